//! `netdojo class key PACK [--student NAME] [--json]`: the answer key, in the order
//! a student sees the questions.

use std::io;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, library, load_pack};
use crate::classroom::exam::Exam;
use crate::cli::table::Table;
use crate::lang::Lang;

pub const AFTER_HELP: &str = "Without --student, a same-mode pack's key is in the written order with nothing shuffled;\n\
a variant pack needs a student, whose own numbers are rebuilt from the seed and the name.\n\
With --json, each line's \"answer\" is exactly what to type in `class take --plain` to be right.\n\n\
Examples:\n  netdojo class key assets/packs/subnetting-basics.en.json\n  \
netdojo class key assets/packs/vpc-routing.en.json --student \"Aiko Tanaka\"\n  \
netdojo class key my-pack.json --student Aiko --json | jq -r .answer";

/// Arguments of `netdojo class key`.
#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The pack (JSON)
    #[arg(value_name = "PACK")]
    pub pack: PathBuf,
    /// The student whose questions and order to show
    #[arg(long, value_name = "NAME")]
    pub student: Option<String>,
    /// Language of the texts [default: the pack's first]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Print JSON Lines, one question per line
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct KeyLine<'a> {
    number: usize,
    slot: &'a str,
    source: &'a str,
    kind: &'static str,
    points: u32,
    prompt: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    choices: Vec<String>,
    answer: String,
    answer_shown: String,
}

pub fn run(args: &KeyArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let library = library();
    let loaded = match load_pack(&args.pack, &library, io)? {
        Ok(loaded) => loaded,
        Err(status) => return Ok(status),
    };
    let pack = &loaded.pack;
    let lang = pack.language(args.lang);
    let exam = match Exam::build(pack, &library, args.student.as_deref()) {
        Ok(exam) => exam,
        Err(e) => {
            writeln!(io.err, "netdojo: {e}")?;
            return Ok(Status::BadInput);
        }
    };
    if args.json {
        for (i, q) in exam.questions.iter().enumerate() {
            let line = KeyLine {
                number: i + 1,
                slot: &q.slot,
                source: &q.source,
                kind: q.kind(),
                points: q.points,
                prompt: q.prompt(lang),
                choices: q.entries(lang),
                answer: q.answer_text(lang),
                answer_shown: q.answer_shown(lang),
            };
            writeln!(io.out, "{}", serde_json::to_string(&line)?)?;
        }
        return Ok(Status::Ok);
    }
    let whose = match &args.student {
        Some(name) => format!("for {:?}", name.trim()),
        None => "in the written order".to_owned(),
    };
    writeln!(
        io.out,
        "{}: answer key {whose} ({} mode, seed {})",
        pack.title,
        pack.mode.id(),
        pack.seed
    )?;
    let mut table = Table::new(&["#", "SLOT", "SOURCE", "POINTS", "ANSWER"]).right_align(&[0, 3]);
    for (i, q) in exam.questions.iter().enumerate() {
        table.row(vec![
            (i + 1).to_string(),
            q.slot.clone(),
            q.source.clone(),
            q.points.to_string(),
            q.answer_shown(lang),
        ]);
    }
    table.write(io.out)?;
    let count = exam.questions.len();
    let noun = if count == 1 { "question" } else { "questions" };
    writeln!(io.out, "{count} {noun}, {} points", exam.max_points())?;
    Ok(Status::Ok)
}
