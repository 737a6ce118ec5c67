//! `netdojo ssh walk`: SSH-2 public-key authentication, step by step.

use std::io;

use clap::Args;
use serde_json::{Value, json};

use crate::calc::ssh::{AuthWalk, Field, Material, SshStep, Tamper, hex, walk};
use crate::cli::table::Table;
use crate::cli::{Io, Status, report};
use crate::lang::Lang;

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

/// Hex in groups of bytes, `per_line` bytes to a line.
fn hex_lines(bytes: &[u8], per_line: usize) -> Vec<String> {
    bytes
        .chunks(per_line.max(1))
        .map(|chunk| {
            chunk
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn heading(io: &mut Io<'_>, number: usize, step: SshStep) -> io::Result<()> {
    writeln!(io.out)?;
    writeln!(io.out, "{number}. {}", step.explain(Lang::En))
}

fn write_fields(io: &mut Io<'_>, fields: &[Field], with_hex: bool) -> io::Result<()> {
    let width = |pick: fn(&Field) -> &str| fields.iter().map(|f| pick(f).len()).max().unwrap_or(0);
    let encoding_width = width(|f| f.encoding);
    let name_width = width(|f| f.name);
    for field in fields {
        writeln!(
            io.out,
            "   {:<encoding_width$}  {:<name_width$}  {}",
            field.encoding, field.name, field.shown
        )?;
        if with_hex {
            let pad = " ".repeat(encoding_width.saturating_add(5));
            for line in hex_lines(&field.bytes, 16) {
                writeln!(io.out, "{pad}{line}")?;
            }
        }
    }
    Ok(())
}

fn indent(io: &mut Io<'_>, spaces: usize, table: &Table) -> io::Result<()> {
    let mut buffer = Vec::new();
    table.write(&mut buffer)?;
    let pad = " ".repeat(spaces);
    for line in String::from_utf8_lossy(&buffer).lines() {
        writeln!(io.out, "{pad}{line}")?;
    }
    Ok(())
}

fn verdict(ok: bool) -> &'static str {
    if ok { "OK" } else { "FAILS" }
}

fn write_text(io: &mut Io<'_>, w: &AuthWalk) -> io::Result<()> {
    writeln!(
        io.out,
        "SSH-2 public-key authentication (RFC 4252 §7) for user \"{}\"",
        w.user
    )?;

    heading(io, 1, SshStep::KeyPair)?;
    let mut table = Table::headless();
    table.row(vec!["public key".into(), w.public_key.to_string()]);
    table.row(vec!["fingerprint".into(), w.public_key.keygen_line()]);
    table.row(vec![
        "private key".into(),
        "stays on the client and is never sent".into(),
    ]);
    indent(io, 3, &table)?;

    heading(io, 2, SshStep::SessionId)?;
    let mut table = Table::headless();
    for (index, line) in hex_lines(&w.session_id, 16).into_iter().enumerate() {
        let label = if index == 0 { "session id" } else { "" };
        table.row(vec![label.into(), line]);
    }
    indent(io, 3, &table)?;

    heading(io, 3, SshStep::SignedData)?;
    writeln!(
        io.out,
        "   {} bytes in all, field by field, with the bytes of each:",
        w.signed_data.len()
    )?;
    write_fields(io, &w.signed_fields, true)?;

    heading(io, 4, SshStep::Signature)?;
    let mut table = Table::headless();
    for (index, line) in hex_lines(&w.signature, 16).into_iter().enumerate() {
        let label = if index == 0 { "signature" } else { "" };
        table.row(vec![label.into(), line]);
    }
    indent(io, 3, &table)?;

    heading(io, 5, SshStep::Request)?;
    write_fields(io, &w.request_fields, false)?;

    heading(io, 6, SshStep::Verify)?;
    let mut table = Table::headless();
    table.row(vec![
        "authorized_keys".into(),
        format!(
            "the key is listed for {}: {}",
            w.user,
            if w.authorized { "yes" } else { "no" }
        ),
    ]);
    table.row(vec![
        "signature".into(),
        format!(
            "checked with the public key over the rebuilt data: {}",
            verdict(w.verified)
        ),
    ]);
    table.row(vec![
        "result".into(),
        if w.verified {
            "SSH_MSG_USERAUTH_SUCCESS: the user is logged in".into()
        } else {
            "SSH_MSG_USERAUTH_FAILURE".into()
        },
    ]);
    indent(io, 3, &table)?;

    heading(io, 7, SshStep::Tampered)?;
    let mut table = Table::headless();
    for tampered in &w.tampered {
        let what = match &tampered.tamper {
            Tamper::OtherSession { session_id } => format!(
                "replayed on another connection (session id {}...)",
                hex(session_id.get(..8).unwrap_or_default())
            ),
            Tamper::FlippedByte {
                offset,
                field,
                before,
                after,
            } => format!(
                "byte {offset} ({field}) changed {before:#04x} {:?} -> {after:#04x} {:?}",
                char::from(*before),
                char::from(*after)
            ),
        };
        table.row(vec![
            what,
            format!("verification {}", verdict(tampered.verified)),
        ]);
    }
    indent(io, 3, &table)
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
