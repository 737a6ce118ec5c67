//! `netdojo class report DIR|FILES... [--pack PACK] [--roster FILE] [--csv|--json]`.

use std::io;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, cannot_read, library, load_pack};
use crate::classroom::pack;
use crate::classroom::report::{self, ClassPack, Report, StudentRow, Submission, percent};
use crate::classroom::store;
use crate::cli::table::Table;
use crate::lang::Lang;

pub const AFTER_HELP: &str = "Every score is computed again from the answers, the pack and the seed; the score written\n\
in a result file is never trusted. A file whose score differs, or whose pack does not match\n\
its hash, is flagged as tampered; one taken with another pack than the class's is flagged as\n\
mismatched. Flagged files are listed but left out of the class statistics. Without --pack,\n\
the class's pack is the one most results were taken with.\n\
Exit status: 0 every file sound, 1 some file flagged or unreadable, 2 bad arguments.\n\n\
Examples:\n  netdojo class report results/ --pack quiz.json --roster class-2b.txt\n  \
netdojo class report results/*.json --csv > scores.csv\n  \
netdojo class report results/ --json | jq 'select(.record == \"student\")'";

/// Arguments of `netdojo class report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A folder of result files, or result files
    #[arg(value_name = "DIR|FILE", required = true)]
    pub paths: Vec<PathBuf>,
    /// The class's pack (default: the pack most results were taken with)
    #[arg(long, value_name = "PACK")]
    pub pack: Option<PathBuf>,
    /// Names of the class, one per line, to list who did not submit
    #[arg(long, value_name = "FILE")]
    pub roster: Option<PathBuf>,
    /// Print the students as CSV
    #[arg(long, conflicts_with = "json")]
    pub csv: bool,
    /// Print JSON Lines: students, questions, skills, mistakes, missing names
    #[arg(long)]
    pub json: bool,
    /// Language of diagnoses and choice texts [default: the pack's first]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

pub fn run(args: &ReportArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let library = library();
    let class_pack = match &args.pack {
        Some(path) => match load_pack(path, &library, io)? {
            Ok(loaded) => Some(ClassPack {
                hash: pack::hash(loaded.text.as_bytes()),
                pack: loaded.pack,
            }),
            Err(status) => return Ok(status),
        },
        None => None,
    };
    let roster = match &args.roster {
        Some(path) => match store::read_text(path) {
            Ok(text) => report::roster(&text),
            Err(e) => {
                writeln!(
                    io.err,
                    "netdojo: {}",
                    cannot_read(&path.display().to_string(), &e)
                )?;
                return Ok(Status::BadInput);
            }
        },
        None => Vec::new(),
    };
    let mut files = Vec::new();
    for path in &args.paths {
        if path.is_dir() {
            match store::result_files(path) {
                Ok(found) => files.extend(found),
                Err(e) => {
                    writeln!(
                        io.err,
                        "netdojo: {}",
                        cannot_read(&path.display().to_string(), &e)
                    )?;
                    return Ok(Status::BadInput);
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    let submissions: Vec<Submission> = files
        .iter()
        .map(|path| Submission {
            file: path.display().to_string(),
            result: store::read_result(path).map_err(|e| match e {
                store::StoreError::NotAResult { reason, .. } => reason,
                other => cannot_read(&path.display().to_string(), &other),
            }),
        })
        .collect();
    let lang = class_pack
        .as_ref()
        .map_or(args.lang.unwrap_or_default(), |c| {
            c.pack.language(args.lang)
        });
    let built = report::build(&submissions, class_pack, &roster, &library, lang);
    let lang = built
        .pack
        .as_ref()
        .map_or(lang, |c| c.pack.language(args.lang));
    if args.json {
        write_json(&built, lang, io)?;
    } else if args.csv {
        write_csv(&built, io)?;
    } else {
        write_text(&built, lang, io)?;
    }
    let flagged = built
        .students
        .iter()
        .any(|s| !s.tampered.is_empty() || s.mismatched);
    Ok(if flagged || !built.unreadable.is_empty() {
        Status::Problems
    } else {
        Status::Ok
    })
}

fn short(hash: &str) -> &str {
    hash.get(..8).unwrap_or(hash)
}

fn flags(row: &StudentRow) -> String {
    let mut flags = Vec::new();
    if !row.tampered.is_empty() {
        flags.push("tampered");
    }
    if row.mismatched {
        flags.push("mismatched");
    }
    flags.join(", ")
}

fn shown_percent(part: u64, whole: u64) -> String {
    let as_usize = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    percent(as_usize(part), as_usize(whole)).map_or_else(|| "-".to_owned(), |p| format!("{p}%"))
}

fn write_text(report: &Report, lang: Lang, io: &mut Io<'_>) -> io::Result<()> {
    let results = report.students.len();
    let title = match &report.pack {
        Some(c) => format!(
            "{} (pack {}, seed {})",
            c.pack.title,
            short(&c.hash),
            c.pack.seed
        ),
        None => "no pack".to_owned(),
    };
    let noun = if results == 1 { "result" } else { "results" };
    writeln!(io.out, "Class report: {title}, {results} {noun}")?;
    if !report.students.is_empty() {
        writeln!(io.out)?;
        let mut table = Table::new(&["RANK", "STUDENT", "SCORE", "MAX", "%", "FLAGS"])
            .right_align(&[0, 2, 3, 4]);
        for row in &report.students {
            table.row(vec![
                row.rank.map_or_else(|| "-".to_owned(), |r| r.to_string()),
                row.name.clone(),
                row.score.map_or_else(|| "-".to_owned(), |s| s.to_string()),
                row.max_score.to_string(),
                row.score
                    .map_or_else(|| "-".to_owned(), |s| shown_percent(s, row.max_score)),
                flags(row),
            ]);
        }
        table.write(io.out)?;
    }
    if !report.questions.is_empty() {
        writeln!(
            io.out,
            "\nQuestions (facility: the share of students right)"
        )?;
        let mut table =
            Table::new(&["SLOT", "SOURCE", "RIGHT", "FACILITY", "SKIPPED"]).right_align(&[2, 3, 4]);
        for q in &report.questions {
            table.row(vec![
                q.slot.clone(),
                q.source.clone(),
                format!("{}/{}", q.right, q.students),
                q.facility()
                    .map_or_else(|| "-".to_owned(), |f| format!("{f}%")),
                q.skipped.to_string(),
            ]);
        }
        table.write(io.out)?;
        let wrong: Vec<_> = report
            .questions
            .iter()
            .filter(|q| !q.wrong.is_empty())
            .collect();
        if !wrong.is_empty() {
            writeln!(io.out, "\nMost common wrong answers")?;
            for q in wrong {
                for w in &q.wrong {
                    let mut line = format!("{}  {:?} × {}", q.slot, w.answer, w.count);
                    if let Some(m) = w.mistake {
                        let d = m.diagnosis();
                        line.push_str(": ");
                        line.push_str(lang.pick(&d.en, &d.ja));
                    }
                    writeln!(io.out, "{line}")?;
                }
            }
        }
    }
    if !report.skills.is_empty() {
        writeln!(io.out, "\nSkills (class)")?;
        let mut table = Table::new(&["SKILL", "RIGHT", "FACILITY"]).right_align(&[1, 2]);
        for s in &report.skills {
            table.row(vec![
                s.skill.clone(),
                format!("{}/{}", s.right, s.asked),
                percent(s.right, s.asked).map_or_else(|| "-".to_owned(), |p| format!("{p}%")),
            ]);
        }
        table.write(io.out)?;
        writeln!(io.out, "\nSkills per student (right/asked)")?;
        let mut header = vec!["STUDENT"];
        header.extend(report.skills.iter().map(|s| s.skill.as_str()));
        let mut table = Table::new(&header);
        for row in report.students.iter().filter(|r| r.sound()) {
            let mut cells = vec![row.name.clone()];
            for skill in &report.skills {
                let cell = row
                    .skills
                    .iter()
                    .find(|t| t.skill == skill.skill)
                    .map_or_else(|| "-".to_owned(), |t| format!("{}/{}", t.right, t.asked));
                cells.push(cell);
            }
            table.row(cells);
        }
        table.write(io.out)?;
    }
    if !report.mistakes.is_empty() {
        writeln!(io.out, "\nMistakes of the class")?;
        let mut table = Table::new(&["COUNT", "MISTAKE"]).right_align(&[0]);
        for (mistake, count) in &report.mistakes {
            let d = mistake.diagnosis();
            table.row(vec![count.to_string(), lang.pick(&d.en, &d.ja).to_owned()]);
        }
        table.write(io.out)?;
    }
    let flagged: Vec<&StudentRow> = report
        .students
        .iter()
        .filter(|r| !r.tampered.is_empty() || r.mismatched)
        .collect();
    if !flagged.is_empty() {
        writeln!(io.out, "\nFlagged files (left out of the class statistics)")?;
        for row in flagged {
            for reason in &row.tampered {
                writeln!(io.out, "{}: tampered: {reason}", row.file)?;
            }
            if row.mismatched {
                writeln!(
                    io.out,
                    "{}: mismatched: taken with another pack than the class's",
                    row.file
                )?;
            }
        }
    }
    if !report.unreadable.is_empty() {
        writeln!(io.out, "\nUnreadable files")?;
        for (file, reason) in &report.unreadable {
            writeln!(io.out, "{file}: {reason}")?;
        }
    }
    if !report.missing.is_empty() {
        writeln!(io.out, "\nDid not submit ({})", report.missing.len())?;
        for name in &report.missing {
            writeln!(io.out, "{name}")?;
        }
    }
    Ok(())
}

#[derive(Serialize)]
#[serde(tag = "record", rename_all = "snake_case")]
enum Line<'a> {
    Student {
        rank: Option<usize>,
        name: &'a str,
        score: Option<u64>,
        max_score: u64,
        right: usize,
        questions: usize,
        tampered: bool,
        mismatched: bool,
        #[serde(skip_serializing_if = "<[String]>::is_empty")]
        reasons: &'a [String],
        file: &'a str,
        skills: Vec<SkillJson<'a>>,
    },
    Question {
        slot: &'a str,
        source: &'a str,
        students: usize,
        right: usize,
        facility: Option<u64>,
        skipped: usize,
        wrong_answers: Vec<WrongJson<'a>>,
    },
    Skill {
        skill: &'a str,
        right: usize,
        asked: usize,
    },
    Mistake {
        mistake: &'static str,
        count: usize,
        diagnosis: &'a str,
    },
    Unreadable {
        file: &'a str,
        error: &'a str,
    },
    Missing {
        name: &'a str,
    },
}

#[derive(Serialize)]
struct SkillJson<'a> {
    skill: &'a str,
    right: usize,
    asked: usize,
}

#[derive(Serialize)]
struct WrongJson<'a> {
    answer: &'a str,
    count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    mistake: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diagnosis: Option<String>,
}

fn write_json(report: &Report, lang: Lang, io: &mut Io<'_>) -> io::Result<()> {
    let mut lines = Vec::new();
    for row in &report.students {
        lines.push(Line::Student {
            rank: row.rank,
            name: &row.name,
            score: row.score,
            max_score: row.max_score,
            right: row.right,
            questions: row.questions,
            tampered: !row.tampered.is_empty(),
            mismatched: row.mismatched,
            reasons: &row.tampered,
            file: &row.file,
            skills: row
                .skills
                .iter()
                .map(|t| SkillJson {
                    skill: &t.skill,
                    right: t.right,
                    asked: t.asked,
                })
                .collect(),
        });
    }
    for q in &report.questions {
        lines.push(Line::Question {
            slot: &q.slot,
            source: &q.source,
            students: q.students,
            right: q.right,
            facility: q.facility(),
            skipped: q.skipped,
            wrong_answers: q
                .wrong
                .iter()
                .map(|w| WrongJson {
                    answer: &w.answer,
                    count: w.count,
                    mistake: w.mistake.map(|m| m.id()),
                    diagnosis: w.mistake.map(|m| {
                        let d = m.diagnosis();
                        lang.pick(&d.en, &d.ja).to_owned()
                    }),
                })
                .collect(),
        });
    }
    for s in &report.skills {
        lines.push(Line::Skill {
            skill: &s.skill,
            right: s.right,
            asked: s.asked,
        });
    }
    let diagnoses: Vec<(&'static str, usize, String)> = report
        .mistakes
        .iter()
        .map(|(m, count)| {
            let d = m.diagnosis();
            (m.id(), *count, lang.pick(&d.en, &d.ja).to_owned())
        })
        .collect();
    for (mistake, count, diagnosis) in &diagnoses {
        lines.push(Line::Mistake {
            mistake,
            count: *count,
            diagnosis,
        });
    }
    for (file, error) in &report.unreadable {
        lines.push(Line::Unreadable { file, error });
    }
    for name in &report.missing {
        lines.push(Line::Missing { name });
    }
    for line in lines {
        writeln!(io.out, "{}", serde_json::to_string(&line)?)?;
    }
    Ok(())
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn write_csv(report: &Report, io: &mut Io<'_>) -> io::Result<()> {
    writeln!(
        io.out,
        "rank,name,score,max_score,percent,right,questions,tampered,mismatched,submitted,file"
    )?;
    for row in &report.students {
        let cells = [
            row.rank.map(|r| r.to_string()).unwrap_or_default(),
            csv_field(&row.name),
            row.score.map(|s| s.to_string()).unwrap_or_default(),
            row.max_score.to_string(),
            row.score
                .and_then(|s| {
                    percent(
                        usize::try_from(s).unwrap_or(usize::MAX),
                        usize::try_from(row.max_score).unwrap_or(usize::MAX),
                    )
                })
                .map(|p| p.to_string())
                .unwrap_or_default(),
            row.right.to_string(),
            row.questions.to_string(),
            (!row.tampered.is_empty()).to_string(),
            row.mismatched.to_string(),
            "true".to_owned(),
            csv_field(&row.file),
        ];
        writeln!(io.out, "{}", cells.join(","))?;
    }
    for name in &report.missing {
        writeln!(io.out, ",{},,,,,,false,false,false,", csv_field(name))?;
    }
    Ok(())
}
