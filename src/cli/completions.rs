use std::io;

use clap::Args;
use clap_complete::Shell;

use super::{Io, Status};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write completions for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run_completions(args: &CompletionsArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let mut cmd = super::command();
    clap_complete::generate(args.shell, &mut cmd, "netdojo", io.out);
    Ok(Status::Ok)
}

pub fn run_man(io: &mut Io<'_>) -> io::Result<Status> {
    clap_mangen::Man::new(super::command()).render(io.out)?;
    Ok(Status::Ok)
}
