//! The SSH public-key authentication walk as the text `netdojo ssh walk` prints,
//! step by step, shared by the command line and the terminal app.

use std::fmt::Write;

use super::table::Table;
use crate::calc::ssh::{AuthWalk, Field, SshStep, Tamper, hex};
use crate::lang::Lang;

/// Hex in groups of bytes, `per_line` bytes to a line.
///
/// ```
/// assert_eq!(netdojo::format::ssh::hex_lines(&[1, 2, 255], 2), ["01 02", "ff"]);
/// ```
pub fn hex_lines(bytes: &[u8], per_line: usize) -> Vec<String> {
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

/// Fields in three aligned columns (encoding, name, value), indented by three
/// spaces, each followed by its bytes in hex when `with_hex` is set.
///
/// ```
/// use netdojo::calc::ssh::Field;
/// let f = Field { encoding: "byte", name: "type", shown: "50".into(), bytes: vec![50] };
/// assert_eq!(netdojo::format::ssh::fields_text(&[f], true), "   byte  type  50\n         32\n");
/// ```
pub fn fields_text(fields: &[Field], with_hex: bool) -> String {
    let mut out = String::new();
    let width = |pick: fn(&Field) -> &str| fields.iter().map(|f| pick(f).len()).max().unwrap_or(0);
    let encoding_width = width(|f| f.encoding);
    let name_width = width(|f| f.name);
    for field in fields {
        let _ = writeln!(
            out,
            "   {:<encoding_width$}  {:<name_width$}  {}",
            field.encoding, field.name, field.shown
        );
        if with_hex {
            let pad = " ".repeat(encoding_width.saturating_add(5));
            for line in hex_lines(&field.bytes, 16) {
                let _ = writeln!(out, "{pad}{line}");
            }
        }
    }
    out
}

fn indent(out: &mut String, spaces: usize, table: &Table) {
    let pad = " ".repeat(spaces);
    for line in table.render().lines() {
        let _ = writeln!(out, "{pad}{line}");
    }
}

fn verdict(ok: bool) -> &'static str {
    if ok { "OK" } else { "FAILS" }
}

/// What a tampered copy changed, in English.
///
/// ```
/// use netdojo::calc::ssh::Tamper;
/// let t = Tamper::FlippedByte { offset: 40, field: "user name", before: b'e', after: b'f' };
/// assert_eq!(netdojo::format::ssh::tamper_text(&t), "byte 40 (user name) changed 0x65 'e' -> 0x66 'f'");
/// ```
pub fn tamper_text(tamper: &Tamper) -> String {
    match tamper {
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
    }
}

/// The text of one step of the walk (without its heading).
///
/// ```
/// use netdojo::calc::ssh::{Material, SshStep, walk};
/// let w = walk("ec2-user", &Material::from_seed(1)).unwrap();
/// let text = netdojo::format::ssh::step(&w, SshStep::Verify);
/// assert!(text.contains("SSH_MSG_USERAUTH_SUCCESS"));
/// ```
pub fn step(w: &AuthWalk, step: SshStep) -> String {
    let mut out = String::new();
    let mut table = Table::headless();
    match step {
        SshStep::KeyPair => {
            table.row(vec!["public key".into(), w.public_key.to_string()]);
            table.row(vec!["fingerprint".into(), w.public_key.keygen_line()]);
            table.row(vec![
                "private key".into(),
                "stays on the client and is never sent".into(),
            ]);
        }
        SshStep::SessionId => {
            for (index, line) in hex_lines(&w.session_id, 16).into_iter().enumerate() {
                let label = if index == 0 { "session id" } else { "" };
                table.row(vec![label.into(), line]);
            }
        }
        SshStep::SignedData => {
            let _ = writeln!(
                out,
                "   {} bytes in all, field by field, with the bytes of each:",
                w.signed_data.len()
            );
            out.push_str(&fields_text(&w.signed_fields, true));
            return out;
        }
        SshStep::Signature => {
            for (index, line) in hex_lines(&w.signature, 16).into_iter().enumerate() {
                let label = if index == 0 { "signature" } else { "" };
                table.row(vec![label.into(), line]);
            }
        }
        SshStep::Request => return fields_text(&w.request_fields, false),
        SshStep::Verify => {
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
        }
        SshStep::Tampered => {
            for tampered in &w.tampered {
                table.row(vec![
                    tamper_text(&tampered.tamper),
                    format!("verification {}", verdict(tampered.verified)),
                ]);
            }
        }
    }
    indent(&mut out, 3, &table);
    out
}

/// The whole walk: a title, then every step numbered with its explanation.
///
/// ```
/// use netdojo::calc::ssh::{Material, walk};
/// let w = walk("admin", &Material::from_seed(42)).unwrap();
/// let text = netdojo::format::ssh::walk(&w);
/// assert!(text.starts_with("SSH-2 public-key authentication (RFC 4252 §7) for user \"admin\"\n\n1. "));
/// ```
pub fn walk(w: &AuthWalk) -> String {
    let mut out = format!(
        "SSH-2 public-key authentication (RFC 4252 §7) for user \"{}\"\n",
        w.user
    );
    for (index, s) in SshStep::ALL.iter().enumerate() {
        let _ = writeln!(out, "\n{}. {}", index + 1, s.explain(Lang::En));
        out.push_str(&step(w, *s));
    }
    out
}
