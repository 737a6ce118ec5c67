//! `netdojo lessons list|show|check`: lessons as plain text, and the content
//! checker for authors.

use std::io;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde::Serialize;

use super::report::bad_input;
use super::table::Table;
use super::{Io, Status};
use crate::lesson::load::{self, LoadError};
use crate::lesson::{Lang, Library, Problem, SourceFile, check::check, plain};

#[derive(Debug, Args)]
pub struct LessonsArgs {
    /// Read lessons from DIR (holding en/ and ja/) instead of the built-in ones
    #[arg(long, value_name = "DIR", global = true)]
    pub lessons: Option<PathBuf>,
    #[command(subcommand)]
    pub command: LessonsCommand,
}

#[derive(Debug, Subcommand)]
pub enum LessonsCommand {
    /// List the lessons in curriculum order
    #[command(
        after_help = "Examples:\n  netdojo lessons list\n  netdojo lessons list --lang ja\n  netdojo lessons list --json | jq -r .id\n  netdojo lessons list --lessons ./lessons"
    )]
    List(ListArgs),
    /// Print one lesson as plain text, its questions and then the answers
    #[command(
        after_help = "Examples:\n  netdojo lessons show m03-subnetting\n  netdojo lessons show m03-subnetting --lang ja --width 60\n  netdojo lessons show m03-subnetting | less"
    )]
    Show(ShowArgs),
    /// Check lesson files and print every problem as FILE:LINE: MESSAGE
    #[command(
        after_help = "Without DIR the lessons built into netdojo are checked.\nExit status: 0 no problems, 1 problems found, 2 DIR cannot be read.\n\nExamples:\n  netdojo lessons check lessons\n  netdojo lessons check lessons --json"
    )]
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Language of the titles
    #[arg(long, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,
    /// Print JSON Lines, one lesson per line
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Lesson id, as `netdojo lessons list` shows it
    pub id: String,
    /// Language to show the lesson in
    #[arg(long, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,
    /// Width of the text in terminal columns (CJK characters count 2)
    #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(20..=1000))]
    pub width: u16,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Folder holding en/ and ja/ (default: the lessons built into netdojo)
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Print JSON Lines, one problem per line
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &LessonsArgs, io: &mut Io<'_>) -> io::Result<Status> {
    match &args.command {
        LessonsCommand::List(list) => run_list(list, args.lessons.as_deref(), io),
        LessonsCommand::Show(show) => run_show(show, args.lessons.as_deref(), io),
        LessonsCommand::Check(check) => {
            run_check(check, check.dir.as_deref().or(args.lessons.as_deref()), io)
        }
    }
}

/// The lesson files of `dir`, or of the binary without one; read problems are
/// returned beside them.
fn sources(dir: Option<&Path>) -> Result<(Vec<SourceFile>, Vec<Problem>), LoadError> {
    match dir {
        Some(dir) => load::load_dir(dir).map(|loaded| (loaded.files, loaded.problems)),
        None => Ok((load::embedded(), Vec::new())),
    }
}

fn shown(dir: Option<&Path>) -> String {
    dir.map(|d| d.display().to_string()).unwrap_or_default()
}

/// Loads the library for list and show; `Err` carries the exit status after the
/// message is written.
fn library(dir: Option<&Path>, json: bool, io: &mut Io<'_>) -> io::Result<Result<Library, Status>> {
    let (files, mut problems) = match sources(dir) {
        Ok(found) => found,
        Err(e) => return bad_input(io, json, &shown(dir), &e.to_string()).map(Err),
    };
    let (library, parse_problems) = Library::from_sources(&files);
    problems.extend(parse_problems);
    if let (false, Some(dir)) = (problems.is_empty(), dir) {
        let count = problems.len();
        let noun = if count == 1 { "problem" } else { "problems" };
        writeln!(
            io.err,
            "netdojo: {count} {noun} in \"{shown}\" (netdojo lessons check {shown} lists them)",
            shown = dir.display()
        )?;
    }
    Ok(Ok(library))
}

/// One lesson of `lessons list --json`, keys in this order.
#[derive(Serialize)]
struct ListLine<'a> {
    id: &'a str,
    lang: &'a str,
    module: &'a str,
    order: u32,
    title: &'a str,
    summary: &'a str,
    questions: usize,
    skills: &'a [String],
    calculators: &'a [String],
}

fn run_list(args: &ListArgs, dir: Option<&Path>, io: &mut Io<'_>) -> io::Result<Status> {
    let library = match library(dir, args.json, io)? {
        Ok(library) => library,
        Err(status) => return Ok(status),
    };
    let lang = args.lang;
    let lessons: Vec<_> = library.lessons(lang).collect();
    if args.json {
        for l in &lessons {
            let m = &l.meta;
            let line = ListLine {
                id: &m.id,
                lang: lang.code(),
                module: &m.module,
                order: m.order,
                title: &m.title,
                summary: &m.summary,
                questions: l.questions.len(),
                skills: &m.skills,
                calculators: &m.calculators,
            };
            writeln!(io.out, "{}", serde_json::to_string(&line)?)?;
        }
        return Ok(Status::Ok);
    }
    if lessons.is_empty() {
        writeln!(io.err, "netdojo: no lessons in {}", lang.english_name())?;
        return Ok(Status::Ok);
    }
    let mut table = Table::new(&["MODULE", "ID", "QUESTIONS", "TITLE"]).right_align(&[2]);
    for l in &lessons {
        table.row(vec![
            l.meta.module.clone(),
            l.meta.id.clone(),
            l.questions.len().to_string(),
            l.meta.title.clone(),
        ]);
    }
    table.write(io.out)?;
    Ok(Status::Ok)
}

fn run_show(args: &ShowArgs, dir: Option<&Path>, io: &mut Io<'_>) -> io::Result<Status> {
    let library = match library(dir, false, io)? {
        Ok(library) => library,
        Err(status) => return Ok(status),
    };
    let lang = args.lang;
    match library.find(&args.id, lang) {
        Some(lesson) => {
            io.out
                .write_all(plain::render(lesson, usize::from(args.width)).as_bytes())?;
            Ok(Status::Ok)
        }
        None => {
            let list = match lang {
                Lang::En => "netdojo lessons list",
                Lang::Ja => "netdojo lessons list --lang ja",
            };
            let message = format!(
                "\"{}\" is not a lesson id in {} ({list} shows them)",
                args.id,
                lang.english_name()
            );
            bad_input(io, false, &args.id, &message)
        }
    }
}

fn run_check(args: &CheckArgs, dir: Option<&Path>, io: &mut Io<'_>) -> io::Result<Status> {
    let (files, mut problems) = match sources(dir) {
        Ok(found) => found,
        Err(e) => return bad_input(io, args.json, &shown(dir), &e.to_string()),
    };
    if let (Some(dir), true) = (dir, files.is_empty() && problems.is_empty()) {
        let message = format!(
            "\"{}\" holds no lessons (expected en/<id>.md and ja/<id>.md files)",
            dir.display()
        );
        return bad_input(io, args.json, &shown(Some(dir)), &message);
    }
    problems.extend(check(&files));
    for p in &problems {
        if args.json {
            writeln!(io.out, "{}", serde_json::to_string(p)?)?;
        } else {
            writeln!(io.out, "{p}")?;
        }
    }
    if !args.json {
        let count = files.len();
        let files_noun = if count == 1 { "file" } else { "files" };
        let found = match problems.len() {
            0 => "no problems".to_owned(),
            1 => "1 problem".to_owned(),
            n => format!("{n} problems"),
        };
        writeln!(io.out, "checked {count} lesson {files_noun}: {found}")?;
    }
    Ok(if problems.is_empty() {
        Status::Ok
    } else {
        Status::Problems
    })
}
