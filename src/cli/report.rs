//! The two ways a subcommand reports: JSON Lines objects, and one-line errors for
//! bad input (on stderr in text mode, as `{"input", "error"}` on stdout with --json).

use std::io;

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
    error: &'a str,
}

/// Reports a bad input: one `netdojo: ...` line on stderr, or in JSON mode an
/// `{"input", "error"}` line on stdout so the run can go on. Returns `Status::BadInput`.
pub fn bad_input(io: &mut Io<'_>, json: bool, input: &str, message: &str) -> io::Result<Status> {
    if json {
        serde_json::to_writer(
            &mut *io.out,
            &BadInputJson {
                input,
                error: message,
            },
        )?;
        writeln!(io.out)?;
    } else {
        writeln!(io.err, "netdojo: {message}")?;
    }
    Ok(Status::BadInput)
}
