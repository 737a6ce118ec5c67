//! `netdojo dns levels`: split names into levels with the public suffix list.

use std::io;

use clap::Args;
use serde::Serialize;

use crate::calc::dns::{Levels, levels};
use crate::cli::{Io, Status, report};
use crate::format;

const AFTER_HELP: &str = "\
Levels are counted from the right: the TLD is the 1st level, the label to its left
the 2nd, and so on. The public suffix is the part under which anyone can register
(com, co.jp), as the public suffix list says (built in, no network needed); the
registrable domain is the suffix plus one label. A name is at most 255 octets on
the wire (each label plus a length octet, plus 1 for the root), a label 1 to 63
octets of letters, digits, hyphens or underscores. A trailing dot is the root.

Examples:
  netdojo dns levels www.example.co.jp
  netdojo dns levels mail.example.com. shop.example.co.uk --json

--json prints one object per name: name, tld, tld_kind (generic, country-code,
infrastructure), public_suffix, suffix_listed, registrable_domain, wire_octets,
and levels (one {level, label, role} per label from the TLD leftwards; role is
tld, public_suffix, registrable or subdomain).";

/// Arguments of `netdojo dns levels`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct LevelsArgs {
    /// Domain names, such as www.example.co.jp
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Splits every name.
pub fn run(args: &LevelsArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let mut status = Status::Ok;
    let mut first = true;
    for text in &args.names {
        let split = match levels(text) {
            Ok(split) => split,
            Err(e) => {
                let message = format!("\"{text}\" is not a valid domain name: {e}");
                status = report::bad_input(io, args.json, text, &message)?;
                continue;
            }
        };
        if args.json {
            serde_json::to_writer(&mut *io.out, &LevelsJson::from(&split))?;
            writeln!(io.out)?;
        } else {
            if !first {
                writeln!(io.out)?;
            }
            write_text(io, &split)?;
        }
        first = false;
    }
    Ok(status)
}

fn write_text(io: &mut Io<'_>, split: &Levels) -> io::Result<()> {
    io.out.write_all(format::dns::levels(split).as_bytes())
}

#[derive(Serialize)]
struct LevelsJson {
    name: String,
    tld: Option<String>,
    tld_kind: Option<&'static str>,
    public_suffix: Option<String>,
    suffix_listed: bool,
    registrable_domain: Option<String>,
    wire_octets: usize,
    levels: Vec<LevelJson>,
}

#[derive(Serialize)]
struct LevelJson {
    level: usize,
    label: String,
    role: &'static str,
}

impl From<&Levels> for LevelsJson {
    fn from(split: &Levels) -> LevelsJson {
        LevelsJson {
            name: split.name.to_string(),
            tld: split.tld.clone(),
            tld_kind: split.tld_kind.map(|k| k.code()),
            public_suffix: split.public_suffix.clone(),
            suffix_listed: split.suffix_listed,
            registrable_domain: split.registrable_domain.clone(),
            wire_octets: split.name.wire_len(),
            levels: split
                .levels
                .iter()
                .map(|l| LevelJson {
                    level: l.level,
                    label: l.label.clone(),
                    role: l.role.code(),
                })
                .collect(),
        }
    }
}
