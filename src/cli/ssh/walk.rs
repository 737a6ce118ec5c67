//! `netdojo ssh walk`: SSH-2 public-key authentication, step by step.

use std::io;

use clap::Args;
use serde_json::{Value, json};

use crate::calc::ssh::{AuthWalk, Field, Material, Tamper, hex, walk};
use crate::cli::{Io, Status, report};
use crate::format;

const AFTER_HELP: &str = "\
Makes a new Ed25519 key pair, then shows what RFC 4252 §7 does with it: the public
key as an OpenSSH line and its fingerprint, the session identifier that key
exchange produced (random here), the exact bytes the client signs, the signature,
the request sent, and the server's verification with the public key. Two tampered
copies show why the signature is bound to this connection and this user: both fail.
Nothing is ever encrypted with the user's key (that was SSH-1).

--seed makes the key pair and the session identifier reproducible; without it they
come from the operating system's random source.

Examples:
  netdojo ssh walk
  netdojo ssh walk --user admin --seed 42
  netdojo ssh walk --seed 1 --json

--json prints one object: user, public_key, fingerprint, session_id (hex),
signed_fields ({encoding, name, value, hex} each), signed_data, signature,
signature_blob (hex), request_fields, authorized, verified and tampered (each with
change, verified, and session_id or offset/field/before/after).";

/// Arguments of `netdojo ssh walk`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct WalkArgs {
    /// The user logging in
    #[arg(long, value_name = "NAME", default_value = "ec2-user")]
    pub user: String,

    /// Make the key pair and session identifier from this number, reproducibly
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs the walk.
pub fn run(args: &WalkArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let material = match args.seed {
        Some(seed) => Material::from_seed(seed),
        None => {
            let mut bytes = [0u8; 64];
            if let Err(e) = getrandom::fill(&mut bytes) {
                writeln!(
                    io.err,
                    "netdojo: cannot get random bytes from the operating system: {e}"
                )?;
                return Ok(Status::Failure);
            }
            Material::from_bytes(bytes)
        }
    };
    let walked = match walk(&args.user, &material) {
        Ok(walked) => walked,
        Err(e) => {
            let message = format!("\"{}\" is not a usable user name: {e}", args.user);
            return report::bad_input(io, args.json, &args.user, &message);
        }
    };
    if args.json {
        serde_json::to_writer(&mut *io.out, &walk_json(&walked))?;
        writeln!(io.out)?;
    } else {
        write_text(io, &walked)?;
    }
    Ok(Status::Ok)
}

fn write_text(io: &mut Io<'_>, w: &AuthWalk) -> io::Result<()> {
    io.out.write_all(format::ssh::walk(w).as_bytes())
}

fn field_json(field: &Field) -> Value {
    json!({
        "encoding": field.encoding,
        "name": field.name,
        "value": field.shown,
        "hex": hex(&field.bytes),
    })
}

fn walk_json(w: &AuthWalk) -> Value {
    json!({
        "user": w.user,
        "public_key": w.public_key.to_string(),
        "fingerprint": w.public_key.fingerprint(),
        "session_id": hex(&w.session_id),
        "signed_fields": w.signed_fields.iter().map(field_json).collect::<Vec<_>>(),
        "signed_data": hex(&w.signed_data),
        "signature": hex(&w.signature),
        "signature_blob": hex(&w.signature_blob),
        "request_fields": w.request_fields.iter().map(field_json).collect::<Vec<_>>(),
        "authorized": w.authorized,
        "verified": w.verified,
        "tampered": w.tampered.iter().map(|t| match &t.tamper {
            Tamper::OtherSession { session_id } => json!({
                "change": "other_session",
                "session_id": hex(session_id),
                "verified": t.verified,
            }),
            Tamper::FlippedByte { offset, field, before, after } => json!({
                "change": "flipped_byte",
                "offset": offset,
                "field": field,
                "before": format!("{before:02x}"),
                "after": format!("{after:02x}"),
                "verified": t.verified,
            }),
        }).collect::<Vec<_>>(),
    })
}
