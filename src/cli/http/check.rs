//! `netdojo http check`: every part of a message with what it is, then the problems.

use std::io::{self, Read};

use clap::Args;
use serde_json::{Value, json};

use crate::calc::http::{Message, Part, PartKind, describe, visible};
use crate::cli::{Io, Status, report};
use crate::format;
use crate::lang::Lang;

const AFTER_HELP: &str = "\
Reads one HTTP/1.1 request or response per FILE (- reads standard input) and shows
each part: the request or status line, every header, the empty line that ends the
headers, and the body. Then it lists what is wrong: lines not ending in CRLF, no
empty line, no Host (or two) in an HTTP/1.1 request, a bad request or status line,
a bad version or status code, a Content-Length that is not a number or does not
match the body, Content-Length together with Transfer-Encoding, folded header lines,
whitespace before a colon.

Exit status: 0 when every message is clean, 1 when problems were found, 2 when a
file cannot be read.

Examples:
  netdojo http check assets/http/get-clean.http
  netdojo http check assets/http/broken-request.http --json
  printf 'GET / HTTP/1.1\\r\\nHost: example.com\\r\\n\\r\\n' | netdojo http check -

--json prints one object per file: file, kind (request or response), parts (one
{line, part, line_end, text, meaning} each; byte offsets in start and end), headers
(the count), body_length (null without an empty line) and problems (one {code,
line, message} each; line is null when the problem is not on one line).";

/// Arguments of `netdojo http check`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct CheckArgs {
    /// Files holding one message each; - reads standard input
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,

    /// Language of the explanations: en or ja
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: String,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Checks every file.
pub fn run(args: &CheckArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let lang = match args.lang.parse::<Lang>() {
        Ok(lang) => lang,
        Err(e) => return report::bad_input(io, args.json, &args.lang, &e.to_string()),
    };
    let mut status = Status::Ok;
    for (index, file) in args.files.iter().enumerate() {
        let input = match read(file, io) {
            Ok(input) => input,
            Err(message) => {
                status = status.worst(report::bad_input(io, args.json, file, &message)?);
                continue;
            }
        };
        let message = Message::parse(&input);
        if !message.problems.is_empty() {
            status = status.worst(Status::Problems);
        }
        if args.json {
            serde_json::to_writer(&mut *io.out, &message_json(file, &message, &input, lang))?;
            writeln!(io.out)?;
        } else {
            if index > 0 {
                writeln!(io.out)?;
            }
            write_text(io, file, &message, &input, lang)?;
        }
    }
    Ok(status)
}

fn read(file: &str, io: &mut Io<'_>) -> Result<Vec<u8>, String> {
    let mut input = Vec::new();
    if file == "-" {
        io.input
            .read_to_end(&mut input)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(input);
    }
    std::fs::File::open(file)
        .and_then(|mut f| f.read_to_end(&mut input))
        .map_err(|e| format!("cannot read \"{file}\": {e}"))?;
    Ok(input)
}

fn write_text(
    io: &mut Io<'_>,
    file: &str,
    message: &Message,
    input: &[u8],
    lang: Lang,
) -> io::Result<()> {
    io.out
        .write_all(format::http::check(file, message, input, lang).as_bytes())
}

fn part_json(part: &Part, input: &[u8], lang: Lang) -> Value {
    let mut value = json!({
        "line": part.line,
        "part": part.kind.name(),
        "line_end": if part.kind == PartKind::Body { Value::Null } else { json!(part.line_end.code()) },
        "start": part.start,
        "end": part.end,
        "text": visible(part.bytes(input)),
        "meaning": describe(part, input, lang),
    });
    let extra = match &part.kind {
        PartKind::RequestLine {
            method,
            target,
            version,
        } => json!({"method": method, "target": target, "version": version}),
        PartKind::StatusLine {
            version,
            code,
            reason,
        } => json!({"version": version, "code": code, "reason": reason}),
        PartKind::Header { name, value } => json!({"name": name, "value": value}),
        _ => json!({}),
    };
    if let (Some(target), Value::Object(fields)) = (value.as_object_mut(), extra) {
        target.extend(fields);
    }
    value
}

fn message_json(file: &str, message: &Message, input: &[u8], lang: Lang) -> Value {
    json!({
        "file": file,
        "kind": message.kind.map(|k| k.code()),
        "parts": message.parts.iter().map(|p| part_json(p, input, lang)).collect::<Vec<_>>(),
        "headers": message.headers().count(),
        "body_length": message.body_len(input),
        "problems": message.problems.iter().map(|p| json!({
            "code": p.code(),
            "line": p.line(),
            "message": p.to_string(),
        })).collect::<Vec<_>>(),
    })
}
