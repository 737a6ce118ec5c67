//! `netdojo class check PACK...`: every problem of each pack, with its place.

use std::io;
use std::path::PathBuf;

use clap::Args;

use super::{Io, Status, cannot_read, library};
use crate::classroom::pack::{self, Entry, Pack};
use crate::classroom::store;

pub const AFTER_HELP: &str = "A problem is printed as FILE: /json/pointer: MESSAGE, or FILE:LINE:COLUMN: MESSAGE for a\n\
syntax error.\nExit status: 0 no problems, 1 problems found, 2 a file cannot be read.\n\n\
Examples:\n  netdojo class check my-pack.json\n  netdojo class check assets/packs/*.en.json";

/// Arguments of `netdojo class check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Pack files (JSON)
    #[arg(value_name = "PACK", required = true)]
    pub packs: Vec<PathBuf>,
}

pub fn run(args: &CheckArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let library = library();
    let mut status = Status::Ok;
    let mut problems_found = 0;
    let mut checked = 0;
    for path in &args.packs {
        let shown = path.display().to_string();
        let text = match store::read_text(path) {
            Ok(text) => text,
            Err(e) => {
                writeln!(io.err, "netdojo: {}", cannot_read(&shown, &e))?;
                status = status.worst(Status::BadInput);
                continue;
            }
        };
        checked += 1;
        match pack::read(&text, &library) {
            Ok(pack) => writeln!(io.out, "{shown}: ok, {}", summary(&pack))?,
            Err(problems) => {
                for p in &problems {
                    let at = match p.at {
                        pack::Where::Syntax { .. } => ":",
                        pack::Where::Pointer(_) => ": ",
                    };
                    writeln!(io.out, "{shown}{at}{p}")?;
                }
                problems_found += problems.len();
                status = status.worst(Status::Problems);
            }
        }
    }
    let packs = if checked == 1 { "pack" } else { "packs" };
    let found = match problems_found {
        0 => "no problems".to_owned(),
        1 => "1 problem".to_owned(),
        n => format!("{n} problems"),
    };
    writeln!(io.out, "checked {checked} {packs}: {found}")?;
    Ok(status)
}

/// `12 questions (10 generated, 1 from lessons, 1 inline), variant mode, en and ja`.
fn summary(pack: &Pack) -> String {
    let mut generated = 0;
    let mut lessons = 0;
    let mut inline = 0;
    for entry in &pack.questions {
        match entry {
            Entry::Generated { .. } => generated += entry.count(),
            Entry::Lesson { .. } => lessons += 1,
            Entry::Inline(_) => inline += 1,
        }
    }
    let mut parts = Vec::new();
    if generated > 0 {
        parts.push(format!("{generated} generated"));
    }
    if lessons > 0 {
        parts.push(format!("{lessons} from lessons"));
    }
    if inline > 0 {
        parts.push(format!("{inline} inline"));
    }
    let count = pack.question_count();
    let noun = if count == 1 { "question" } else { "questions" };
    let langs: Vec<&str> = pack.languages.iter().map(|l| l.code()).collect();
    format!(
        "{count} {noun} ({}), {} mode, {}",
        parts.join(", "),
        pack.mode.id(),
        langs.join(" and ")
    )
}
