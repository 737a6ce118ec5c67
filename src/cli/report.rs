//! The two ways a subcommand reports: JSON Lines objects, and one-line errors for
//! bad input (on stderr in text mode, as `{"input", "error"}` on stdout with --json).

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use super::{Io, Status};

/// Writes one JSON Lines object.
pub fn json_line(io: &mut Io<'_>, value: &Value) -> io::Result<()> {
    writeln!(io.out, "{value}")
}

// A struct rather than `json!` so that `input` comes before `error` in every line.
#[derive(Serialize)]
struct BadInputJson<'a> {
    input: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    error: &'a str,
}

/// Where a bad input came from, when it was read from a file.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Origin<'a> {
    /// The file name as given, or `stdin`.
    pub(crate) source: &'a str,
    /// The line number, from 1.
    pub(crate) line: usize,
}

/// Reports a bad input: one `netdojo: ...` line on stderr, or in JSON mode an
/// `{"input", "error"}` line on stdout so the run can go on. Returns `Status::BadInput`.
pub fn bad_input(io: &mut Io<'_>, json: bool, input: &str, message: &str) -> io::Result<Status> {
    bad_input_at(io.out, io.err, json, input, None, message)?;
    Ok(Status::BadInput)
}

/// Like [`bad_input`], for an input read from a file: the line names where it came from.
pub(crate) fn bad_input_at(
    out: &mut dyn Write,
    err: &mut dyn Write,
    json: bool,
    input: &str,
    origin: Option<Origin<'_>>,
    message: &str,
) -> io::Result<()> {
    if json {
        let object = BadInputJson {
            input,
            line: origin.map(|o| o.line),
            error: message,
        };
        serde_json::to_writer(&mut *out, &object)?;
        out.write_all(b"\n")
    } else {
        match origin {
            Some(o) => writeln!(err, "netdojo: {}:{}: {message}", o.source, o.line),
            None => writeln!(err, "netdojo: {message}"),
        }
    }
}
