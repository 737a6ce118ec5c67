//! `netdojo class take PACK --name NAME [--out DIR] --plain`: an exam line by line.
//!
//! Each question is printed, then one line is read as the answer, so the exam runs
//! in any terminal, with a screen reader, or from a script. The answers are
//! autosaved after each one; running the same command again after an interruption
//! goes on from the first unanswered question. Submitting writes the result file.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use clap::Args;

use super::{Io, Status, clock, library, load_pack};
use crate::classroom::exam::{Exam, ExamQuestion, Outcome};
use crate::classroom::grade::{Graded, grade};
use crate::classroom::pack::{self, Feedback, Pack};
use crate::classroom::result::{Answer, ResultFile};
use crate::classroom::store;
use crate::cli::table::Table;
use crate::lang::Lang;
use crate::lesson::choice_letter;
use crate::tui::{ExamEnd, ExamSetup};

pub const AFTER_HELP: &str = "Each answer is one line on standard input; an empty line skips the question. An answer\n\
that cannot be read (a letter that is not a choice, a word that is not an address) is\n\
explained and asked again. The answers are saved after each one: run the same command\n\
again to go on after an interruption. The result is written to DIR/<name>-<tag>.json.\n\n\
Examples:\n  netdojo class take assets/packs/subnetting-basics.en.json --name \"Aiko Tanaka\" --plain\n  \
netdojo class take quiz.json --name Aiko --out results --plain < answers.txt";

/// Arguments of `netdojo class take`.
#[derive(Debug, Args)]
pub struct TakeArgs {
    /// The pack (JSON)
    #[arg(value_name = "PACK")]
    pub pack: PathBuf,
    /// Your name, as the teacher knows you
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Folder for the result file
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
    /// One answer per line on standard input, no full-screen display
    #[arg(long)]
    pub plain: bool,
    /// Language of the exam [default: the pack's first]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

pub fn run(args: &TakeArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let full_screen = !args.plain && io::stdout().is_terminal() && io::stdin().is_terminal();
    if !args.plain && !full_screen {
        writeln!(
            io.err,
            "netdojo: not a terminal, so the exam runs line by line, as with --plain"
        )?;
    }
    let name = args.name.trim();
    if name.is_empty() {
        writeln!(
            io.err,
            "netdojo: \"{}\" is not a name: give the name your teacher knows you by",
            args.name
        )?;
        return Ok(Status::BadInput);
    }
    let library = library();
    let loaded = match load_pack(&args.pack, &library, io)? {
        Ok(loaded) => loaded,
        Err(status) => return Ok(status),
    };
    let pack = &loaded.pack;
    let lang = pack.language(args.lang);
    let exam = match Exam::build(pack, &library, Some(name)) {
        Ok(exam) => exam,
        Err(e) => {
            writeln!(io.err, "netdojo: {e}")?;
            return Ok(Status::BadInput);
        }
    };
    let dir = args.out.as_path();
    let submitted = store::final_path(dir, name);
    if submitted.exists() {
        writeln!(
            io.err,
            "netdojo: {name:?} has already submitted {}; a result is never overwritten",
            submitted.display()
        )?;
        return Ok(Status::BadInput);
    }
    let mut result = match start_or_resume(dir, name, pack, &loaded.text, io)? {
        Ok(result) => result,
        Err(status) => return Ok(status),
    };
    if grade(&exam, pack.time_limit, &result.answers).is_err() {
        writeln!(
            io.err,
            "netdojo: the saved answers in {} do not fit this exam; move the file away to start again",
            store::autosave_path(dir, name).display()
        )?;
        return Ok(Status::BadInput);
    }
    if full_screen {
        let setup = ExamSetup {
            exam,
            pack: loaded.pack.clone(),
            result,
            dir: dir.to_path_buf(),
        };
        return full_screen_exam(setup, library, lang, io);
    }
    header(pack, &exam, name, lang, io)?;
    if !result.answers.is_empty() {
        let done = result.answers.len();
        let text = match lang {
            Lang::En => format!(
                "Resuming: {done} of {} questions already answered.",
                exam.questions.len()
            ),
            Lang::Ja => format!(
                "再開します：{} 問中 {done} 問に回答済みです。",
                exam.questions.len()
            ),
        };
        writeln!(io.out, "{text}")?;
    }
    let total_ms = pack.time_limit.total_secs.map(|s| u64::from(s) * 1000);
    for index in result.answers.len()..exam.questions.len() {
        let used: u64 = result.answers.iter().map(|a| a.ms).sum();
        if total_ms.is_some_and(|limit| used >= limit) {
            writeln!(io.out, "\n{}", lang.pick("Time is up.", "時間切れです。"))?;
            break;
        }
        let Some(question) = exam.questions.get(index) else {
            break;
        };
        show(question, index, exam.questions.len(), lang, io)?;
        let started = Instant::now();
        let Some(typed) = read_answer(question, lang, io)? else {
            let text = match lang {
                Lang::En => format!(
                    "Stopped at question {} of {}. Your answers so far are saved: run the same command to go on.",
                    index + 1,
                    exam.questions.len()
                ),
                Lang::Ja => format!(
                    "問題 {} / {} で中断しました。ここまでの答えは保存されています。同じコマンドで続きから再開できます。",
                    index + 1,
                    exam.questions.len()
                ),
            };
            writeln!(io.out, "\n{text}")?;
            return Ok(Status::Problems);
        };
        let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        result.answers.push(Answer {
            slot: question.slot.clone(),
            typed,
            ms,
        });
        if let Err(e) = store::autosave(dir, &result) {
            writeln!(io.err, "netdojo: cannot save the answers: {e}")?;
            return Ok(Status::Failure);
        }
        let outcome = grade(&exam, pack.time_limit, &result.answers)
            .ok()
            .and_then(|g| g.marks.get(index).map(|m| m.outcome.clone()))
            .unwrap_or(Outcome::Skipped);
        feedback(question, &outcome, pack.feedback, lang, io)?;
    }
    finish(pack, &exam, &mut result, dir, lang, io)
}

/// Runs the exam full-screen, then says where the result went.
fn full_screen_exam(
    setup: ExamSetup,
    library: crate::lesson::Library,
    lang: Lang,
    io: &mut Io<'_>,
) -> io::Result<Status> {
    let options = crate::tui::Options {
        lang,
        color: io.color,
        library: Arc::new(library),
        // An exam keeps no practice progress.
        progress: None,
        today: crate::progress::Day(0),
        seed: 0,
    };
    match crate::tui::run_exam(options, setup) {
        Ok(ExamEnd::Submitted(path)) => {
            writeln!(io.out, "{}{path}", lang.pick("Saved: ", "保存先："))?;
            Ok(Status::Ok)
        }
        Ok(ExamEnd::Left) => {
            let text = lang.pick(
                "Your answers so far are saved: run the same command to go on.",
                "ここまでの答えは保存されています。同じコマンドで続きから再開できます。",
            );
            writeln!(io.out, "{text}")?;
            Ok(Status::Problems)
        }
        Err(e) => {
            writeln!(io.err, "netdojo: {e}")?;
            Ok(Status::Failure)
        }
    }
}

/// The saved answers of an interrupted exam, or a new result.
fn start_or_resume(
    dir: &Path,
    name: &str,
    pack: &Pack,
    text: &str,
    io: &mut Io<'_>,
) -> io::Result<Result<ResultFile, Status>> {
    let resumed = match store::resume(dir, name) {
        Ok(resumed) => resumed,
        Err(e) => {
            writeln!(io.err, "netdojo: cannot read the saved answers: {e}")?;
            return Ok(Err(Status::Failure));
        }
    };
    if let Some(warning) = &resumed.warning {
        writeln!(io.err, "netdojo: warning: {warning}")?;
    }
    match resumed.result {
        Some(saved) if saved.pack_sha256 == pack::hash(text.as_bytes()) => Ok(Ok(saved)),
        Some(_) => {
            writeln!(
                io.err,
                "netdojo: an unfinished exam of {name:?} with another pack is saved in {}; finish it with that pack or move the file away",
                store::autosave_path(dir, name).display()
            )?;
            Ok(Err(Status::BadInput))
        }
        None => Ok(Ok(ResultFile::start(name, pack, text, &clock::now()))),
    }
}

fn header(pack: &Pack, exam: &Exam, name: &str, lang: Lang, io: &mut Io<'_>) -> io::Result<()> {
    let count = exam.questions.len();
    let points = exam.max_points();
    let limits = pack.time_limit;
    writeln!(io.out, "{}", pack.title)?;
    let lines: Vec<String> = match lang {
        Lang::En => {
            let mut time = match (limits.question_secs, limits.total_secs) {
                (None, None) => "No time limit.".to_owned(),
                (Some(q), None) => format!("Time limit: {q} s a question."),
                (None, Some(t)) => format!("Time limit: {t} s in all."),
                (Some(q), Some(t)) => format!("Time limit: {q} s a question, {t} s in all."),
            };
            time.push_str(match pack.feedback {
                Feedback::Each => " You learn after each answer whether it was right.",
                Feedback::End => " Your answers are reviewed at the end.",
            });
            let open = match (pack.allow.lessons, pack.allow.calculators) {
                (false, false) => "Lessons and calculators are closed during this exam.",
                (true, false) => "Lessons may be opened during this exam; calculators are closed.",
                (false, true) => "Calculators may be used during this exam; lessons are closed.",
                (true, true) => "Lessons and calculators may be used during this exam.",
            };
            vec![
                format!("Student: {name}"),
                format!(
                    "{count} {}, {points} {}. {time}",
                    plural(count, "question", "questions"),
                    plural(points, "point", "points")
                ),
                open.to_owned(),
                "Type one answer per line; an empty line skips the question.".to_owned(),
            ]
        }
        Lang::Ja => {
            let mut time = match (limits.question_secs, limits.total_secs) {
                (None, None) => "制限時間はありません。".to_owned(),
                (Some(q), None) => format!("制限時間：1 問 {q} 秒。"),
                (None, Some(t)) => format!("制限時間：全体で {t} 秒。"),
                (Some(q), Some(t)) => format!("制限時間：1 問 {q} 秒、全体で {t} 秒。"),
            };
            time.push_str(match pack.feedback {
                Feedback::Each => "答えるたびに正誤を表示します。",
                Feedback::End => "正誤は最後にまとめて表示します。",
            });
            let open = match (pack.allow.lessons, pack.allow.calculators) {
                (false, false) => "試験中はレッスンと計算機を使えません。",
                (true, false) => "試験中はレッスンを開けます。計算機は使えません。",
                (false, true) => "試験中は計算機を使えます。レッスンは開けません。",
                (true, true) => "試験中はレッスンと計算機を使えます。",
            };
            vec![
                format!("受験者：{name}"),
                format!("全 {count} 問、{points} 点。{time}"),
                open.to_owned(),
                "1 行に 1 つ答えを入力してください。空行でその問題を飛ばします。".to_owned(),
            ]
        }
    };
    for line in lines {
        writeln!(io.out, "{line}")?;
    }
    Ok(())
}

fn plural<N: PartialEq + From<u8>>(n: N, one: &'static str, many: &'static str) -> &'static str {
    if n == N::from(1) { one } else { many }
}

fn show(
    q: &ExamQuestion,
    index: usize,
    count: usize,
    lang: Lang,
    io: &mut Io<'_>,
) -> io::Result<()> {
    let heading = match lang {
        Lang::En => format!(
            "Question {} of {count} ({} {})",
            index + 1,
            q.points,
            plural(q.points, "point", "points")
        ),
        Lang::Ja => format!("問題 {} / {count}（{} 点）", index + 1, q.points),
    };
    writeln!(io.out, "\n{heading}")?;
    writeln!(io.out, "{}", q.prompt(lang))?;
    for (i, entry) in q.entries(lang).iter().enumerate() {
        writeln!(io.out, "  {}. {entry}", choice_letter(i))?;
    }
    writeln!(io.out, "{}", q.hint(lang))?;
    io.out.flush()
}

/// Reads lines until one can be read as an answer (or is empty); `None` at the end
/// of the input.
fn read_answer(q: &ExamQuestion, lang: Lang, io: &mut Io<'_>) -> io::Result<Option<String>> {
    loop {
        let mut line = String::new();
        if io.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let typed = line.trim_end_matches(['\n', '\r']).to_owned();
        if let Outcome::Unreadable(reason) = q.grade(&typed) {
            let line = match lang {
                Lang::En => format!("{}. Try again.", reason.en),
                Lang::Ja => format!("{}。もう一度入力してください。", reason.ja),
            };
            writeln!(io.out, "{line}")?;
            io.out.flush()?;
            continue;
        }
        return Ok(Some(typed));
    }
}

fn feedback(
    q: &ExamQuestion,
    outcome: &Outcome,
    policy: Feedback,
    lang: Lang,
    io: &mut Io<'_>,
) -> io::Result<()> {
    if policy == Feedback::End {
        let text = match outcome {
            Outcome::Late => lang.pick(
                "Recorded after the time limit: it does not count.",
                "制限時間を過ぎて記録されました。得点になりません。",
            ),
            Outcome::Skipped => lang.pick("Skipped.", "飛ばしました。"),
            _ => lang.pick("Recorded.", "記録しました。"),
        };
        return writeln!(io.out, "{text}");
    }
    let answer = q.answer_shown(lang);
    let verdict = match (outcome, lang) {
        (Outcome::Right, Lang::En) => format!(
            "Right (+{} {}).",
            q.points,
            plural(q.points, "point", "points")
        ),
        (Outcome::Right, Lang::Ja) => format!("正解（+{} 点）。", q.points),
        (Outcome::Skipped, Lang::En) => format!("Skipped. The answer is {answer}."),
        (Outcome::Skipped, Lang::Ja) => format!("飛ばしました。答えは {answer} です。"),
        (Outcome::Late, Lang::En) => {
            format!("Too late: answers after the time limit do not count. The answer is {answer}.")
        }
        (Outcome::Late, Lang::Ja) => {
            format!("時間切れです。制限時間後の答えは得点になりません。答えは {answer} です。")
        }
        (_, Lang::En) => format!("Wrong. The answer is {answer}."),
        (_, Lang::Ja) => format!("不正解。答えは {answer} です。"),
    };
    writeln!(io.out, "{verdict}")?;
    if !outcome.is_right() {
        explain(q, outcome, lang, io)?;
    }
    Ok(())
}

/// The diagnosis of a known mistake, then the worked explanation, indented.
fn explain(q: &ExamQuestion, outcome: &Outcome, lang: Lang, io: &mut Io<'_>) -> io::Result<()> {
    if let Outcome::Wrong(Some(mistake)) = outcome {
        let d = mistake.diagnosis();
        writeln!(io.out, "  {}", lang.pick(&d.en, &d.ja))?;
    }
    for step in q.explanation(lang) {
        writeln!(io.out, "  {step}")?;
    }
    Ok(())
}

fn outcome_word(outcome: &Outcome, lang: Lang) -> &'static str {
    match (outcome, lang) {
        (Outcome::Right, Lang::En) => "right",
        (Outcome::Wrong(_), Lang::En) => "wrong",
        (Outcome::Unreadable(_), Lang::En) => "unreadable",
        (Outcome::Skipped, Lang::En) => "skipped",
        (Outcome::Late, Lang::En) => "late",
        (Outcome::Right, Lang::Ja) => "正解",
        (Outcome::Wrong(_), Lang::Ja) => "不正解",
        (Outcome::Unreadable(_), Lang::Ja) => "読めない",
        (Outcome::Skipped, Lang::Ja) => "未回答",
        (Outcome::Late, Lang::Ja) => "時間切れ",
    }
}

fn finish(
    pack: &Pack,
    exam: &Exam,
    result: &mut ResultFile,
    dir: &Path,
    lang: Lang,
    io: &mut Io<'_>,
) -> io::Result<Status> {
    let graded = match grade(exam, pack.time_limit, &result.answers) {
        Ok(graded) => graded,
        Err(e) => {
            writeln!(io.err, "netdojo: the answers do not fit the exam: {e}")?;
            return Ok(Status::Failure);
        }
    };
    result.finished = Some(clock::now());
    result.score = Some(graded.score);
    result.max_score = Some(graded.max_score);
    review(pack, exam, &graded, lang, io)?;
    match store::submit(dir, result) {
        Ok(path) => {
            let saved = lang.pick("Saved: ", "保存先：");
            writeln!(io.out, "{saved}{}", path.display())?;
            Ok(Status::Ok)
        }
        Err(e) => {
            writeln!(io.err, "netdojo: cannot write the result: {e}")?;
            Ok(Status::Failure)
        }
    }
}

fn review(
    pack: &Pack,
    exam: &Exam,
    graded: &Graded,
    lang: Lang,
    io: &mut Io<'_>,
) -> io::Result<()> {
    writeln!(io.out, "\n{}", lang.pick("Review", "振り返り"))?;
    let header = match lang {
        Lang::En => ["#", "YOUR ANSWER", "RESULT", "POINTS", "ANSWER"],
        Lang::Ja => ["#", "あなたの答え", "結果", "得点", "正解"],
    };
    let mut table = Table::new(&header).right_align(&[0, 3]);
    for mark in &graded.marks {
        let Some(q) = exam.questions.get(mark.index) else {
            continue;
        };
        table.row(vec![
            (mark.index + 1).to_string(),
            mark.typed.clone().unwrap_or_default(),
            outcome_word(&mark.outcome, lang).to_owned(),
            format!("{}/{}", mark.points, q.points),
            q.answer_shown(lang),
        ]);
    }
    table.write(io.out)?;
    if pack.feedback == Feedback::End {
        for mark in graded.marks.iter().filter(|m| !m.outcome.is_right()) {
            let Some(q) = exam.questions.get(mark.index) else {
                continue;
            };
            writeln!(
                io.out,
                "\n{} {}: {}",
                lang.pick("Question", "問題"),
                mark.index + 1,
                outcome_word(&mark.outcome, lang)
            )?;
            explain(q, &mark.outcome, lang, io)?;
        }
    }
    let percent = crate::classroom::report::percent(
        usize::try_from(graded.score).unwrap_or(usize::MAX),
        usize::try_from(graded.max_score).unwrap_or(usize::MAX),
    )
    .unwrap_or(0);
    let score = lang.pick("Score: ", "得点：");
    writeln!(
        io.out,
        "\n{score}{}/{} ({percent}%)",
        graded.score, graded.max_score
    )
}
