//! `netdojo dns records`: each record type with example records and what it means.

use std::io;

use clap::Args;
use serde_json::json;

use super::show::record_json;
use crate::calc::dns::{Explained, Namespace, RecordType, explain, explain_all};
use crate::cli::{Io, Status, report};
use crate::format;
use crate::lang::Lang;

const AFTER_HELP: &str = "\
Each type is shown with records from the built-in zones (see `netdojo dns walk`),
written as zone-file lines: owner, TTL, class, type, data. MX and SOA also list the
fields of their data.

Examples:
  netdojo dns records
  netdojo dns records MX
  netdojo dns records SOA --lang ja --json

--json prints one object per type: type, meaning, examples (records as {name,
ttl, class, type, data}) and fields ({name, value, meaning}).";

/// Arguments of `netdojo dns records`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct RecordsArgs {
    /// Record types to show (all when none): A, AAAA, NS, MX, CNAME, SOA, TXT, PTR
    #[arg(value_name = "TYPE")]
    pub types: Vec<String>,

    /// Language of the explanations: en or ja
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: String,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Explains the asked types, or all.
pub fn run(args: &RecordsArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let lang = match args.lang.parse::<Lang>() {
        Ok(lang) => lang,
        Err(e) => return report::bad_input(io, args.json, &args.lang, &e.to_string()),
    };
    let namespace = Namespace::builtin();
    let mut status = Status::Ok;
    let mut shown: Vec<Explained> = Vec::new();
    if args.types.is_empty() {
        shown = explain_all(&namespace, lang);
    }
    for text in &args.types {
        match text.parse::<RecordType>() {
            Ok(rtype) => shown.push(explain(&namespace, rtype, lang)),
            Err(e) => status = report::bad_input(io, args.json, text, &e.to_string())?,
        }
    }
    for explained in &shown {
        if args.json {
            let value = json!({
                "type": explained.rtype.mnemonic(),
                "meaning": explained.meaning,
                "examples": explained.examples.iter().map(record_json).collect::<Vec<_>>(),
                "fields": explained.fields.iter().map(|f| json!({
                    "name": f.name, "value": f.value, "meaning": f.meaning,
                })).collect::<Vec<_>>(),
            });
            serde_json::to_writer(&mut *io.out, &value)?;
            writeln!(io.out)?;
        }
    }
    if !args.json {
        io.out.write_all(format::dns::records(&shown).as_bytes())?;
    }
    Ok(status)
}
