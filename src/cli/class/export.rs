//! `netdojo class export PACK --format gift [--students N]`: the pack for Moodle.

use std::io;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{Io, Status, library, load_pack};
use crate::classroom::gift::gift;
use crate::lang::Lang;

pub const AFTER_HELP: &str = "A variant pack's generated questions are written for N students each, in one category\n\
per pack entry, so a Moodle quiz can draw a random question from each category.\n\n\
Examples:\n  netdojo class export assets/packs/subnetting-basics.en.json --format gift > quiz.gift\n  \
netdojo class export my-pack.json --format gift --students 30 --lang ja";

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Moodle GIFT
    Gift,
}

/// Arguments of `netdojo class export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The pack (JSON)
    #[arg(value_name = "PACK")]
    pub pack: PathBuf,
    /// The format to write
    #[arg(long, value_enum)]
    pub format: Format,
    /// Variants of each generated question in a variant pack
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=200))]
    pub students: u16,
    /// Language of the texts [default: the pack's first]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

pub fn run(args: &ExportArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let library = library();
    let loaded = match load_pack(&args.pack, &library, io)? {
        Ok(loaded) => loaded,
        Err(status) => return Ok(status),
    };
    let lang = loaded.pack.language(args.lang);
    match (
        args.format,
        gift(&loaded.pack, &library, lang, usize::from(args.students)),
    ) {
        (Format::Gift, Ok(text)) => {
            io.out.write_all(text.as_bytes())?;
            Ok(Status::Ok)
        }
        (Format::Gift, Err(e)) => {
            writeln!(io.err, "netdojo: {e}")?;
            Ok(Status::BadInput)
        }
    }
}
