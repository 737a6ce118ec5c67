//! Reporting a bad input the same way in every subcommand.

use std::io;

use serde::Serialize;

use super::{Io, Status};

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
