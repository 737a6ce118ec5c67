//! `netdojo class new`: print the starter pack.

use std::io;

use clap::Args;

use super::{Io, Status};
use crate::classroom::pack::STARTER;

pub const AFTER_HELP: &str = "The pack uses every setting once; its description says what each one does.\n\n\
Examples:\n  netdojo class new > my-pack.json\n  netdojo class check my-pack.json";

/// Arguments of `netdojo class new`.
#[derive(Debug, Args)]
pub struct NewArgs {}

pub fn run(_args: &NewArgs, io: &mut Io<'_>) -> io::Result<Status> {
    io.out.write_all(STARTER.as_bytes())?;
    Ok(Status::Ok)
}
