//! `netdojo quiz`: practice line by line on standard input and output, for screen
//! readers, ssh sessions and scripts; `--answers` prints questions with their
//! answers, `--list` the skills.

use std::io;

use clap::{ArgGroup, Args, ValueEnum};
use serde::Serialize;

use super::table::Table;
use super::{Io, Status, learner, report};
use crate::i18n::Lang;
use crate::progress::store::{self, StoreError};
use crate::progress::{Leitner, Progress};
use crate::quiz::check::{Verdict, check};
use crate::quiz::generators::{self, SKILLS, Skill};
use crate::quiz::model::{Difficulty, Question, Text, letter};
use crate::quiz::session::{Session, Turn};

/// Examples and notes for `netdojo quiz --help`.
pub const AFTER_HELP: &str = "\
Examples:
  netdojo quiz                                  10 mixed questions, medium
  netdojo quiz --module M3 --difficulty hard    subnetting only, any prefix
  netdojo quiz --skill subnet.broadcast --skill vpc.reserved --count 5
  netdojo quiz --due                            the skills due for review today
  netdojo quiz --lesson m03-subnetting          the questions written in a lesson
  netdojo quiz --seed 42 --answers              a worksheet with its answer key
  netdojo quiz --answers --json --count 3       one JSON object per question
  netdojo quiz --list                           every skill id with its module

Answer with a letter (A-D) or a number (1-4) for choices, true/false (yes/no,
○/×) for statements, or type the value: full-width input works, and equivalent
forms are accepted (10.0.0.0/24 or 10.0.0.0 for a network, /26 or
255.255.255.192 for a mask). A missed question comes back two questions later.
End of input (Ctrl-D) ends the session with a summary.

Results are kept per skill in progress.json in the data folder (NETDOJO_HOME
overrides the folder); --no-save leaves it alone. The same --seed, skills and
difficulty give the same questions on every machine.";

/// How hard the numbers are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DifficultyArg {
    /// Octet-aligned prefixes, small numbers, mostly choices
    Easy,
    /// Prefixes inside an octet, some typed answers
    Medium,
    /// Any prefix, edge cases, typed answers
    Hard,
}

impl From<DifficultyArg> for Difficulty {
    fn from(arg: DifficultyArg) -> Difficulty {
        match arg {
            DifficultyArg::Easy => Difficulty::Easy,
            DifficultyArg::Medium => Difficulty::Medium,
            DifficultyArg::Hard => Difficulty::Hard,
        }
    }
}

/// Arguments of `netdojo quiz`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("mode").args(["answers", "list"])))]
pub struct QuizArgs {
    /// Practise this skill (repeat for several); --list shows the ids
    #[arg(long = "skill", value_name = "ID")]
    pub skills: Vec<String>,

    /// Practise every skill of a module, such as M3
    #[arg(long, value_name = "MODULE")]
    pub module: Option<String>,

    /// Practise the questions written in a lesson (see `netdojo lessons list`)
    #[arg(long, value_name = "ID", conflicts_with_all = ["skills", "module", "due"])]
    pub lesson: Option<String>,

    /// How many new questions [default: 10; with --due, one per due skill; with --lesson, all of them]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub count: Option<u32>,

    /// Seed of the questions [default: from the clock, shown at the start]
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// How hard the numbers are
    #[arg(long, value_enum, default_value_t = DifficultyArg::Medium)]
    pub difficulty: DifficultyArg,

    /// Language of the questions [default: the top-level --lang or the locale]
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// Print the questions with their answers and working instead of asking
    #[arg(long)]
    pub answers: bool,

    /// List the skill ids with their module and description
    #[arg(long, conflicts_with_all = ["skills", "module", "due", "lesson"])]
    pub list: bool,

    /// JSON Lines output (with --answers or --list)
    #[arg(long, requires = "mode")]
    pub json: bool,

    /// Practise the skills due for review today
    #[arg(long)]
    pub due: bool,

    /// Do not record results in the progress file
    #[arg(long)]
    pub no_save: bool,
}

/// Runs `netdojo quiz`.
pub fn run(args: &QuizArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let lang = args.lang.unwrap_or(io.lang);
    if args.list {
        return list(args.json, lang, io);
    }
    let chosen = match chosen_skills(args) {
        Ok(chosen) => chosen,
        Err((input, message)) => return report::bad_input(io, args.json, &input, &message),
    };
    let difficulty = Difficulty::from(args.difficulty);
    let seed = args.seed.unwrap_or_else(learner::fresh_seed);
    let saving = !args.no_save && !args.answers;
    let today = learner::today();
    let mut store = if saving || args.due {
        open_store(io)?
    } else {
        None
    };
    let skills = if args.due {
        let progress = store.as_ref().map(|(_, p)| p.clone()).unwrap_or_default();
        let due: Vec<&'static Skill> = chosen
            .into_iter()
            .filter(|s| progress.due(&Leitner, today).contains(&s.id.as_str()))
            .collect();
        if due.is_empty() {
            nothing_due(&progress, lang, io)?;
            return Ok(Status::Ok);
        }
        due
    } else {
        chosen
    };
    let mut session = if let Some(id) = &args.lesson {
        let questions = match lesson_questions(id, seed) {
            Ok(questions) => questions,
            Err(message) => return report::bad_input(io, args.json, id, &message),
        };
        let count = args
            .count
            .map_or(questions.len(), |c| usize::try_from(c).unwrap_or(10));
        Session::fixed(questions, count, seed)
    } else {
        let default_count = if args.due { skills.len() } else { 10 };
        let count = args
            .count
            .map_or(default_count, |c| usize::try_from(c).unwrap_or(10));
        Session::new(skills, difficulty, count, seed)
    };
    let count = session.planned();
    if args.answers {
        return answer_key(&mut session, args.json, lang, io);
    }
    if !saving {
        store = None;
    }
    practise(&mut session, count, seed, difficulty, lang, store, io)
}

/// The written questions of a lesson, from the lessons built into the binary.
fn lesson_questions(id: &str, seed: u64) -> Result<Vec<Question>, String> {
    use crate::lesson::{Lang as LessonLang, Library, load};
    let (library, _) = Library::from_sources(&load::embedded());
    let (Some(en), Some(ja)) = (
        library.find(id.trim(), LessonLang::En),
        library.find(id.trim(), LessonLang::Ja),
    ) else {
        return Err(format!(
            "{id:?} is not a lesson id: `netdojo lessons list` shows them"
        ));
    };
    // The shown order of ordering questions comes from the seed as well.
    let mut rng = crate::quiz::draw::rng_for_seed(seed);
    Ok(crate::quiz::lesson::lesson_questions(en, ja, &mut rng))
}

/// The skills named by `--skill` and `--module`, or every skill; the bad input and
/// its message otherwise.
fn chosen_skills(args: &QuizArgs) -> Result<Vec<&'static Skill>, (String, String)> {
    let mut chosen: Vec<&'static Skill> = Vec::new();
    for id in &args.skills {
        let skill = generators::find(id.trim()).ok_or_else(|| {
            (
                id.clone(),
                format!(
                    "{id:?} is not a skill with practice questions: `netdojo quiz --list` shows the {} skill ids",
                    SKILLS.len()
                ),
            )
        })?;
        if !chosen.iter().any(|s| s.id == skill.id) {
            chosen.push(skill);
        }
    }
    if let Some(module) = &args.module {
        let wanted = module.trim().to_uppercase();
        let found: Vec<&'static Skill> = SKILLS.iter().filter(|s| s.module() == wanted).collect();
        if found.is_empty() {
            return Err((
                module.clone(),
                format!(
                    "{module:?} is not a module with practice questions: use one of {}",
                    generators::modules().join(", ")
                ),
            ));
        }
        for skill in found {
            if !chosen.iter().any(|s| s.id == skill.id) {
                chosen.push(skill);
            }
        }
    }
    if chosen.is_empty() {
        chosen = SKILLS.iter().collect();
    }
    Ok(chosen)
}

/// Loads the progress file; a problem is a warning and progress is not saved.
fn open_store(io: &mut Io<'_>) -> io::Result<Option<(std::path::PathBuf, Progress)>> {
    let Some(path) = learner::progress_path() else {
        writeln!(
            io.err,
            "netdojo: warning: no data folder on this system: progress will not be saved (set NETDOJO_HOME)"
        )?;
        return Ok(None);
    };
    match store::load(&path) {
        Ok(loaded) => {
            if let Some(warning) = loaded.warning {
                writeln!(io.err, "netdojo: warning: {warning}")?;
            }
            Ok(Some((path, loaded.progress)))
        }
        Err(e) => {
            writeln!(io.err, "netdojo: warning: {e}: progress will not be saved")?;
            Ok(None)
        }
    }
}

fn save_store(store: Option<&(std::path::PathBuf, Progress)>, io: &mut Io<'_>) -> io::Result<()> {
    if let Some((path, progress)) = store {
        if let Err(e) = store::save(path, progress) {
            let e: StoreError = e;
            writeln!(io.err, "netdojo: warning: progress not saved: {e}")?;
        }
    }
    Ok(())
}

fn nothing_due(progress: &Progress, lang: Lang, io: &mut Io<'_>) -> io::Result<()> {
    let next = progress
        .skills
        .iter()
        .filter(|(id, _)| generators::find(id).is_some())
        .min_by_key(|(_, r)| r.due);
    match next {
        Some((id, record)) => writeln!(
            io.out,
            "{}",
            lang.pick(
                &format!("Nothing is due today. Next review: {} ({id}).", record.due),
                &format!("今日の復習はありません。次の復習：{}（{id}）。", record.due),
            )
        ),
        None => writeln!(
            io.out,
            "{}",
            lang.pick(
                "Nothing is due yet: practise first with netdojo quiz.",
                "まだ復習するものはありません。まず netdojo quiz で練習しましょう。",
            )
        ),
    }
}

fn pick(lang: Lang, text: &Text) -> &str {
    lang.pick(&text.en, &text.ja)
}

/// The prompt and the choices, as lines.
fn write_question(question: &Question, lang: Lang, io: &mut Io<'_>) -> io::Result<()> {
    writeln!(io.out, "{}", pick(lang, &question.prompt))?;
    for (i, choice) in question.choices().iter().enumerate() {
        writeln!(io.out, "  {}) {}", letter(i), pick(lang, &choice.text))?;
    }
    if let crate::quiz::model::Kind::Ordering { items, .. } = &question.kind {
        for (i, item) in items.iter().enumerate() {
            writeln!(io.out, "  {}) {}", letter(i), pick(lang, item))?;
        }
    }
    Ok(())
}

fn write_working(question: &Question, lang: Lang, io: &mut Io<'_>) -> io::Result<()> {
    writeln!(io.out, "{}", lang.pick("Working:", "解き方："))?;
    for (i, step) in question.explanation.iter().enumerate() {
        writeln!(io.out, "  {}. {}", i + 1, pick(lang, step))?;
    }
    Ok(())
}

#[derive(Serialize)]
struct KeyJson<'a> {
    n: usize,
    skill: &'a str,
    difficulty: &'a str,
    kind: &'a str,
    prompt: &'a str,
    choices: Option<Vec<&'a str>>,
    answer: String,
    explanation: Vec<&'a str>,
}

/// `--answers`: every question with its answer and working.
fn answer_key(
    session: &mut Session,
    json: bool,
    lang: Lang,
    io: &mut Io<'_>,
) -> io::Result<Status> {
    let mut n = 0;
    while let Some(Turn { question, .. }) = session.next_turn() {
        n += 1;
        if json {
            let items: Vec<&str> = match &question.kind {
                crate::quiz::model::Kind::Ordering { items, .. } => {
                    items.iter().map(|t| pick(lang, t)).collect()
                }
                _ => question
                    .choices()
                    .iter()
                    .map(|c| pick(lang, &c.text))
                    .collect(),
            };
            let line = KeyJson {
                n,
                skill: question.skill.as_str(),
                difficulty: question.difficulty.id(),
                kind: question.kind.id(),
                prompt: pick(lang, &question.prompt),
                choices: (!items.is_empty()).then_some(items),
                answer: question.answer_text(),
                explanation: question.explanation.iter().map(|t| pick(lang, t)).collect(),
            };
            serde_json::to_writer(&mut *io.out, &line)?;
            writeln!(io.out)?;
        } else {
            if n > 1 {
                writeln!(io.out)?;
            }
            writeln!(io.out, "{n}. {} ({})", question.skill, question.difficulty)?;
            write_question(&question, lang, io)?;
            writeln!(
                io.out,
                "{} {}",
                lang.pick("Answer:", "答え："),
                pick(lang, &question.answer_shown())
            )?;
            write_working(&question, lang, io)?;
        }
    }
    Ok(Status::Ok)
}

/// The interactive session.
fn practise(
    session: &mut Session,
    count: usize,
    seed: u64,
    difficulty: Difficulty,
    lang: Lang,
    mut store: Option<(std::path::PathBuf, Progress)>,
    io: &mut Io<'_>,
) -> io::Result<Status> {
    let today = learner::today();
    writeln!(
        io.out,
        "{}",
        lang.pick(
            &format!("Practice: {count} question(s), {difficulty}, seed {seed}. Answer with a letter, a number or a value; end of input (Ctrl-D) stops."),
            &format!("練習：{count} 問、{difficulty}、シード {seed}。記号・番号・値で答えてください。入力の終わり（Ctrl-D）で終了します。"),
        )
    )?;
    let mut new_asked = 0;
    let mut line = String::new();
    'turns: while let Some(turn) = session.next_turn() {
        writeln!(io.out)?;
        if turn.retry == 0 {
            new_asked += 1;
            writeln!(io.out, "[{new_asked}/{count}] {}", turn.question.skill)?;
        } else {
            writeln!(
                io.out,
                "[{}] {}",
                lang.pick("again", "再挑戦"),
                turn.question.skill
            )?;
        }
        write_question(&turn.question, lang, io)?;
        let verdict = loop {
            write!(io.out, "> ")?;
            io.out.flush()?;
            line.clear();
            if io.input.read_line(&mut line)? == 0 {
                writeln!(io.out)?;
                break 'turns;
            }
            match check(&turn.question, &line) {
                Ok(verdict) => break verdict,
                Err(form) => writeln!(io.out, "  {}", pick(lang, &form.0))?,
            }
        };
        session.record(&turn, verdict);
        if let Some((_, progress)) = store.as_mut() {
            progress.record(
                &Leitner,
                turn.question.skill.as_str(),
                verdict.is_right(),
                today,
            );
        }
        feedback(&turn.question, verdict, lang, io)?;
    }
    summary(session, lang, io)?;
    save_store(store.as_ref(), io)?;
    Ok(Status::Ok)
}

fn feedback(question: &Question, verdict: Verdict, lang: Lang, io: &mut Io<'_>) -> io::Result<()> {
    let shown = question.answer_shown();
    match verdict {
        Verdict::Right => writeln!(io.out, "{}", lang.pick("Right.", "正解です。"))?,
        Verdict::Wrong(mistake) => {
            writeln!(
                io.out,
                "{}",
                lang.pick(
                    &format!("Not quite: the answer is {}.", shown.en),
                    &format!("不正解：答えは {} です。", shown.ja),
                )
            )?;
            if let Some(mistake) = mistake {
                let why = mistake.diagnosis();
                writeln!(
                    io.out,
                    "{} {}",
                    lang.pick("Why:", "原因："),
                    pick(lang, &why)
                )?;
            }
        }
    }
    write_working(question, lang, io)
}

fn summary(session: &Session, lang: Lang, io: &mut Io<'_>) -> io::Result<()> {
    writeln!(io.out)?;
    let tally = session.tally();
    let asked: u32 = tally.values().map(|t| t.asked).sum();
    let right: u32 = tally.values().map(|t| t.right_first).sum();
    if asked == 0 {
        writeln!(
            io.out,
            "{}",
            lang.pick("No questions answered.", "解答した問題はありません。")
        )?;
        return Ok(());
    }
    writeln!(
        io.out,
        "{}",
        lang.pick(
            &format!("Summary: {right} of {asked} right the first time."),
            &format!("まとめ：{asked} 問中 {right} 問が一度で正解。"),
        )
    )?;
    let header = if lang == Lang::Ja {
        ["スキル", "出題", "正解", "再挑戦で正解"]
    } else {
        ["skill", "asked", "right", "right on retry"]
    };
    let mut table = Table::new(&header).right_align(&[1, 2, 3]);
    for (id, t) in tally {
        table.row(vec![
            id.to_string(),
            t.asked.to_string(),
            t.right_first.to_string(),
            t.right_on_retry.to_string(),
        ]);
    }
    table.write(io.out)?;
    let missed = session.missed();
    if !missed.is_empty() {
        let flags: Vec<String> = missed.iter().map(|id| format!("--skill {id}")).collect();
        writeln!(
            io.out,
            "{} netdojo quiz {}",
            lang.pick("Practise what you missed:", "間違えたスキルを練習："),
            flags.join(" ")
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct SkillJson<'a> {
    skill: &'a str,
    module: &'a str,
    description: &'a str,
}

/// `--list`: every skill id with its module and description.
fn list(json: bool, lang: Lang, io: &mut Io<'_>) -> io::Result<Status> {
    let mut table = Table::new(&if lang == Lang::Ja {
        ["スキル", "モジュール", "内容"]
    } else {
        ["skill", "module", "description"]
    });
    for skill in SKILLS {
        let description = skill.describe();
        let description = pick(lang, &description).to_owned();
        if json {
            serde_json::to_writer(
                &mut *io.out,
                &SkillJson {
                    skill: skill.id.as_str(),
                    module: skill.module(),
                    description: &description,
                },
            )?;
            writeln!(io.out)?;
        } else {
            table.row(vec![
                skill.id.to_string(),
                skill.module().to_owned(),
                description,
            ]);
        }
    }
    if !json {
        table.write(io.out)?;
    }
    Ok(Status::Ok)
}
