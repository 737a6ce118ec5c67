//! The two ways a subcommand reports: JSON Lines objects, and one-line errors for
//! bad input (on stderr in text mode, as `{"input", "error"}` on stdout with --json).

use std::io;

use serde_json::{Value, json};

use super::{Io, Status};

/// Writes one JSON Lines object.
pub fn json_line(io: &mut Io<'_>, value: &Value) -> io::Result<()> {
    writeln!(io.out, "{value}")
}

/// Reports a bad input and returns the status for it.
pub fn bad_input(io: &mut Io<'_>, json: bool, input: &str, message: &str) -> io::Result<Status> {
    if json {
        json_line(io, &json!({ "input": input, "error": message }))?;
    } else {
        writeln!(io.err, "netdojo: {message}")?;
    }
    Ok(Status::BadInput)
}
