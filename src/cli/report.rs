//! Reporting a bad input: one line on standard error in text mode, or a
//! `{"input": ..., "error": ...}` object on standard output in JSON mode.

use std::io::{self, Write};

use serde::Serialize;

#[derive(Serialize)]
struct BadInput<'a> {
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

/// Reports `message` about `input`; the message already names the value in quotes.
pub(crate) fn bad_input(
    out: &mut dyn Write,
    err: &mut dyn Write,
    json: bool,
    input: &str,
    origin: Option<Origin<'_>>,
    message: &str,
) -> io::Result<()> {
    if json {
        let object = BadInput {
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
