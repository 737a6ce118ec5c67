//! `netdojo ssh fingerprint`: the `ssh-keygen -lf` line of every key in a file.

use std::io::{self, Read};

use clap::Args;
use serde_json::json;

use crate::calc::ssh::{KeyFileError, read_key_file};
use crate::cli::{Io, Status, report};

const AFTER_HELP: &str = "\
Reads OpenSSH public key files (id_ed25519.pub, an authorized_keys file; - reads
standard input): one key per line as TYPE BASE64 [COMMENT], blank lines and #
comments skipped. Types: ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521.
Lines that start with authorized_keys options (from=..., command=...) are not read.

Each key gives the line ssh-keygen -lf prints: its size in bits (256 for Ed25519,
the modulus length for RSA, the curve size for ECDSA), SHA256: and the unpadded
base64 of the SHA-256 hash of the key blob, the comment (or \"no comment\") and the
type.

Examples:
  netdojo ssh fingerprint ~/.ssh/id_ed25519.pub
  netdojo ssh fingerprint ~/.ssh/authorized_keys --json

--json prints one object per key: file, line, bits, fingerprint, comment (null
when there is none), type (ED25519, RSA, ECDSA) and algorithm (ssh-ed25519, ...).";

/// Arguments of `netdojo ssh fingerprint`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct FingerprintArgs {
    /// Public key files; - reads standard input
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Fingerprints every key of every file.
pub fn run(args: &FingerprintArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let mut status = Status::Ok;
    for file in &args.files {
        let keys = match read(file, io).and_then(|text| {
            read_key_file(&text).map_err(|e| match e {
                KeyFileError::NoKey => format!("\"{file}\" holds no public key"),
                KeyFileError::Line { .. } => format!("\"{file}\" {e}"),
            })
        }) {
            Ok(keys) => keys,
            Err(message) => {
                status = report::bad_input(io, args.json, file, &message)?;
                continue;
            }
        };
        for (line, key) in keys {
            if args.json {
                let comment = (!key.comment().is_empty()).then(|| key.comment());
                let value = json!({
                    "file": file,
                    "line": line,
                    "bits": key.bits(),
                    "fingerprint": key.fingerprint(),
                    "comment": comment,
                    "type": key.key_type().label(),
                    "algorithm": key.key_type().name(),
                });
                serde_json::to_writer(&mut *io.out, &value)?;
                writeln!(io.out)?;
            } else {
                writeln!(io.out, "{}", key.keygen_line())?;
            }
        }
    }
    Ok(status)
}

fn read(file: &str, io: &mut Io<'_>) -> Result<String, String> {
    let mut bytes = Vec::new();
    if file == "-" {
        io.input
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        std::fs::File::open(file)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| format!("cannot read \"{file}\": {e}"))?;
    }
    String::from_utf8(bytes).map_err(|_| format!("\"{file}\" is not a text file"))
}
