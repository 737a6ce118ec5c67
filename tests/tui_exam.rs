//! The full-screen exam driven by keys through the keymap, with the clock given as
//! actions: answering, moving, the review page, submission, time limits, resume;
//! and its screens at 80x24 (snapshots) and at every size.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod app_keys;
use app_keys::press_all as press;

use std::path::Path;
use std::sync::Arc;

use assert_cmd::Command;
use netdojo::classroom::exam::Exam;
use netdojo::classroom::pack;
use netdojo::classroom::result::{Answer, ResultFile};
use netdojo::classroom::store;
use netdojo::i18n::width::columns;
use netdojo::i18n::{Lang, Msg};
use netdojo::lesson::{Library, load};
use netdojo::tui::action::{Action, Clock, Stored};
use netdojo::tui::app::exam::{ExamSetup, ExamState, ExamWrite, Page};
use netdojo::tui::app::{App, Screen};
use netdojo::tui::text::draw_app;
use netdojo::tui::theme::Theme;
use netdojo::tui::update::{Effect, update};
use netdojo::tui::{ScreenName, ScreenSize, render_to_text};

/// Answers, points and explanations: `feedback: each`, no overall limit.
const EACH: &str = "tests/fixtures/packs/take.json";
/// 30 s a question, 90 s in all, `feedback: end`, lessons allowed.
const TIMED: &str = "tests/fixtures/exam/timed.json";

fn library() -> Arc<Library> {
    Arc::new(Library::from_sources(&load::embedded()).0)
}

fn setup(path: &str, dir: &Path, answers: Vec<Answer>) -> ExamSetup {
    let library = library();
    let text = std::fs::read_to_string(path).unwrap();
    let pack = pack::read(&text, &library).unwrap();
    let exam = Exam::build(&pack, &library, Some("Aiko")).unwrap();
    let mut result = ResultFile::start("Aiko", &pack, &text, "2026-01-01T09:00:00Z");
    result.answers = answers;
    ExamSetup {
        exam,
        pack,
        result,
        dir: dir.to_path_buf(),
    }
}

fn exam_app(path: &str, dir: &Path, lang: Lang) -> App {
    let mut app = App::exam(
        lang,
        Theme::plain(),
        80,
        24,
        library(),
        setup(path, dir, Vec::new()),
    );
    update(&mut app, tick(0));
    app
}

fn tick(ms: u64) -> Action {
    Action::Tick(Clock {
        ms,
        unix: 1_767_258_000 + ms / 1000,
    })
}

fn exam(app: &App) -> &ExamState {
    app.exam_state().unwrap()
}

fn saved(effect: &Effect) -> &ExamWrite {
    match effect {
        Effect::SaveExam(write) | Effect::SubmitExam(write) => write,
        Effect::Quit | Effect::SaveProgress => panic!("not a write"),
    }
}

fn typed(write: &ExamWrite) -> Vec<(&str, u64)> {
    write
        .result
        .answers
        .iter()
        .map(|a| (a.typed.as_str(), a.ms))
        .collect()
}

#[test]
fn answering_records_saves_and_shows_feedback_as_the_pack_says() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = exam_app(EACH, dir.path(), Lang::En);
    update(&mut app, tick(12_000));
    let effects = press(&mut app, &["text:b", "Enter"]);
    assert_eq!(effects.len(), 1);
    assert!(matches!(effects[0], Effect::SaveExam(_)));
    assert_eq!(typed(saved(&effects[0])), [("b", 12_000)]);
    // "each": the answer is locked and judged on the spot.
    let e = exam(&app);
    assert_eq!(
        (e.page(), e.current(), e.is_locked(0)),
        (Page::Question, 0, true)
    );
    let text = draw_app(&app);
    assert!(text.contains("Right (+1)."), "{text}");
    assert!(text.contains("Your answer: b"), "{text}");
    // A locked answer cannot be typed over; Enter goes on.
    assert!(press(&mut app, &["text:c", "Enter"]).is_empty());
    assert_eq!(exam(&app).answer(0), Some("b"));
    assert_eq!(exam(&app).current(), 1);
}

#[test]
fn an_unreadable_answer_is_explained_and_not_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = exam_app(EACH, dir.path(), Lang::En);
    press(&mut app, &["Tab"]);
    assert!(press(&mut app, &["text:maybe", "Enter"]).is_empty());
    let e = exam(&app);
    assert_eq!((e.current(), e.answer(1), e.answered()), (1, None, 0));
    assert!(
        draw_app(&app)
            .contains(" \"maybe\" is not true or false: answer true, false, yes, no, ○ or ×. Try"),
        "{}",
        draw_app(&app)
    );
    // Leaving is refused too, until the answer can be read or is cleared.
    press(&mut app, &["Tab"]);
    assert_eq!(exam(&app).current(), 1);
    press(&mut app, &["C-u", "Tab"]);
    assert_eq!(exam(&app).current(), 2);
}

#[test]
fn next_previous_and_jumping_from_the_review_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = exam_app(TIMED, dir.path(), Lang::En);
    // "end": Enter records the answer and moves on.
    let effects = press(&mut app, &["text:b", "Enter"]);
    assert_eq!(typed(saved(&effects[0])), [("b", 0)]);
    assert_eq!(exam(&app).current(), 1);
    assert!(draw_app(&app).contains("Answer 1 recorded: it can be changed until you submit."));
    press(&mut app, &["Tab", "Tab", "Tab"]);
    assert_eq!(exam(&app).current(), 3, "Tab stops at the last question");
    press(&mut app, &["BTab"]);
    assert_eq!(exam(&app).current(), 2);
    // Leaving a question records what was typed.
    let effects = press(&mut app, &["text:192.168.5.95", "C-r"]);
    assert_eq!(
        typed(saved(&effects[0])),
        [("b", 0), ("", 0), ("192.168.5.95", 0)]
    );
    let e = exam(&app);
    assert_eq!((e.page(), e.selected()), (Page::Review, 2));
    press(&mut app, &["Up", "Enter"]);
    let e = exam(&app);
    assert_eq!((e.page(), e.current()), (Page::Question, 1));
    press(&mut app, &["text:no", "Enter"]);
    assert_eq!(exam(&app).current(), 2);
    // Changing an answer: the field holds the one recorded.
    press(&mut app, &["BTab"]);
    assert_eq!(exam(&app).field().text(), "no");
}

#[test]
fn the_review_page_lists_every_question_with_its_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = exam_app(TIMED, dir.path(), Lang::En);
    update(&mut app, tick(5_000));
    press(&mut app, &["text:b", "Enter", "Enter"]);
    update(&mut app, tick(9_000));
    press(&mut app, &["text:192.168.5.95", "Enter"]);
    assert_eq!(exam(&app).page(), Page::Question);
    press(&mut app, &["C-r"]);
    let text = draw_app(&app);
    let rows: Vec<&str> = text.lines().skip(6).take(4).collect();
    assert_eq!(
        rows,
        [
            "   1 b            0:05",
            "   2 (unanswered) 0:00",
            "   3 192.168.5.95 0:04",
            " › 4 (unanswered) 0:00",
        ]
    );
}

#[test]
fn submitting_writes_a_result_that_the_class_report_grades() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = exam_app(EACH, dir.path(), Lang::En);
    update(&mut app, tick(4_000));
    press(&mut app, &["text:b", "Enter", "Enter"]);
    update(&mut app, tick(7_000));
    press(&mut app, &["text:true", "Enter", "Enter"]);
    update(&mut app, tick(8_000));
    press(&mut app, &["C-r", "s"]);
    assert_eq!(exam(&app).page(), Page::Confirm);
    press(&mut app, &["n"]);
    assert_eq!(exam(&app).page(), Page::Review);
    let effects = press(&mut app, &["s", "y"]);
    let [Effect::SubmitExam(write)] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert_eq!(
        typed(write),
        [("b", 4_000), ("true", 3_000), ("", 1_000), ("", 0)]
    );
    assert_eq!(
        write.result.finished.as_deref(),
        Some("2026-01-01T09:00:08Z")
    );
    assert_eq!(
        (write.result.score, write.result.max_score),
        (Some(1), Some(5))
    );
    // The run loop writes it as the line mode does, then says where.
    let path = store::submit(&write.dir, &write.result).unwrap();
    update(
        &mut app,
        Action::ExamStored(Stored {
            submitted: true,
            outcome: Ok(path.display().to_string()),
        }),
    );
    let text = draw_app(&app);
    assert!(text.contains("Score: 1/5 (20%)"), "{text}");
    assert!(
        text.contains(&format!("Saved: {}", path.display())),
        "{text}"
    );
    assert!(!store::autosave_path(dir.path(), "Aiko").exists());
    let report = Command::cargo_bin("netdojo")
        .unwrap()
        .args(["class", "report", "--json", "--pack", EACH])
        .arg(dir.path())
        .output()
        .unwrap();
    let out = String::from_utf8(report.stdout).unwrap();
    let student = out
        .lines()
        .find(|l| l.contains("\"record\":\"student\""))
        .unwrap();
    assert!(student.contains("\"name\":\"Aiko\""), "{student}");
    assert!(student.contains("\"score\":1,"), "{student}");
    assert!(student.contains("\"max_score\":5,"), "{student}");
    assert!(student.contains("\"tampered\":false"), "{student}");
    // Once submitted, q leaves.
    assert_eq!(press(&mut app, &["q"]), [Effect::Quit]);
}

#[test]
fn a_question_out_of_time_is_locked_and_the_exam_submits_when_all_time_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = exam_app(TIMED, dir.path(), Lang::En);
    update(&mut app, tick(29_000));
    press(&mut app, &["text:b"]);
    assert!(!exam(&app).is_locked(0));
    let effect = update(&mut app, tick(31_000)).unwrap();
    // What was typed is kept, and the time stops at the limit.
    assert_eq!(typed(saved(&effect)), [("b", 30_000)]);
    let e = exam(&app);
    assert_eq!((e.is_locked(0), e.current()), (true, 1));
    assert!(draw_app(&app).contains("Time is up for question 1: it is locked."));
    update(&mut app, tick(41_000));
    press(&mut app, &["text:false", "Enter"]);
    // Back on the locked question: Enter only goes on.
    press(&mut app, &["BTab", "BTab"]);
    assert_eq!(
        (exam(&app).current(), exam(&app).mode()),
        (0, netdojo::tui::keymap::Mode::EXAM_LOCKED)
    );
    update(&mut app, tick(70_000));
    press(&mut app, &["C-r"]);
    // 90 s in all: the review page counts too.
    let effect = update(&mut app, tick(95_000)).unwrap();
    let Effect::SubmitExam(write) = effect else {
        panic!("{effect:?}")
    };
    assert_eq!(
        typed(&write),
        [("b", 30_000), ("false", 10_000), ("", 0), ("", 0)]
    );
    assert_eq!(write.result.score, Some(3));
    let e = exam(&app);
    assert_eq!(
        (e.page(), e.timed_out(), e.used_ms()),
        (Page::Done, true, 90_000)
    );
    // Nothing moves any more.
    assert_eq!(update(&mut app, tick(200_000)), None);
}

#[test]
fn an_interrupted_exam_resumes_from_its_autosave() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = exam_app(TIMED, dir.path(), Lang::En);
    update(&mut app, tick(6_000));
    let effects = press(&mut app, &["text:b", "Enter", "Tab"]);
    update(&mut app, tick(8_000));
    assert_eq!(press(&mut app, &["C-c"]), [Effect::Quit]);
    // The run loop writes the autosave on the way out.
    let write = exam(&app).save_on_quit().unwrap();
    assert_eq!(typed(&write), [("b", 6_000), ("", 0), ("", 2_000)]);
    assert_eq!(typed(saved(&effects[0])), [("b", 6_000)]);
    store::autosave(dir.path(), &write.result).unwrap();
    let resumed = store::resume(dir.path(), "Aiko").unwrap().result.unwrap();
    let mut setup = setup(TIMED, dir.path(), resumed.answers);
    setup.result.started = resumed.started;
    let app = App::exam(Lang::En, Theme::plain(), 80, 24, library(), setup);
    let e = exam(&app);
    assert_eq!(
        (e.page(), e.current(), e.answer(0)),
        (Page::Question, 1, Some("b"))
    );
    assert_eq!(
        (e.time_on(0), e.time_on(2), e.used_ms()),
        (6_000, 2_000, 8_000)
    );
    assert!(draw_app(&app).contains("Resumed: 1 of 4 questions answered so far."));
}

#[test]
fn lessons_and_calculators_open_only_when_the_pack_allows_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = exam_app(EACH, dir.path(), Lang::En);
    press(&mut app, &["C-o"]);
    assert_eq!(app.status.as_ref().map(|s| s.msg), Some(Msg::ExamNoLessons));
    assert!(draw_app(&app).contains("» Lessons are closed during this exam."));
    press(&mut app, &["C-k"]);
    assert_eq!(
        app.status.as_ref().map(|s| s.msg),
        Some(Msg::ExamNoCalculators)
    );
    assert!(app.stack.is_empty());
    let mut app = exam_app(TIMED, dir.path(), Lang::En);
    press(&mut app, &["C-k"]);
    assert_eq!(
        app.status.as_ref().map(|s| s.msg),
        Some(Msg::ExamNoCalculators)
    );
    press(&mut app, &["C-o"]);
    let Screen::Home(home) = app.screen() else {
        panic!("no lesson list")
    };
    assert_eq!(
        home.selected_entry().map(|e| e.id.to_string()),
        Some("M1".into())
    );
    // The exam's clock runs on underneath; Esc goes back to it.
    update(&mut app, tick(3_000));
    assert_eq!(exam(&app).time_on(0), 3_000);
    press(&mut app, &["Esc"]);
    assert!(matches!(app.screen(), Screen::Exam(_)));
}

#[test]
fn the_language_switches_only_between_the_pack_languages() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = exam_app(EACH, dir.path(), Lang::En);
    press(&mut app, &["F2"]);
    assert_eq!(app.lang, Lang::Ja);
    assert!(draw_app(&app).contains("/26 のマスクはどれですか。"));
    let mut app = App::exam(
        Lang::En,
        Theme::plain(),
        80,
        24,
        library(),
        setup(
            "assets/packs/subnetting-basics.en.json",
            dir.path(),
            Vec::new(),
        ),
    );
    press(&mut app, &["F2"]);
    assert_eq!(app.lang, Lang::En);
    assert!(draw_app(&app).contains("» This exam is written in English only."));
}

fn screen(lang: Lang, size: ScreenSize, args: &[&str]) -> String {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    render_to_text(ScreenName::Exam, size, lang, &args).unwrap()
}

const QUESTION: &[&str] = &[EACH, "Aiko", "b"];
const REVIEW: &[&str] = &[EACH, "Aiko", "b", "false", "192.168.5.95", ":review"];
const SUBMITTED: &[&str] = &[EACH, "Aiko", "b", "yes", "_", "C B A", ":submit"];

#[test]
fn snapshots_at_80x24() {
    for lang in Lang::ALL {
        let code = lang.code();
        let size = ScreenSize::default();
        insta::assert_snapshot!(
            format!("exam_question_{code}"),
            screen(lang, size, QUESTION)
        );
        insta::assert_snapshot!(format!("exam_review_{code}"), screen(lang, size, REVIEW));
        insta::assert_snapshot!(
            format!("exam_submitted_{code}"),
            screen(lang, size, SUBMITTED)
        );
    }
}

#[test]
fn every_exam_page_draws_at_every_size() {
    let pages: &[&[&str]] = &[
        &[EACH, "Aiko"],
        QUESTION,
        REVIEW,
        &[EACH, "Aiko", "b", ":confirm"],
        SUBMITTED,
        &[TIMED, "Aiko", "maybe?"],
        &[
            "assets/packs/subnetting-basics.ja.json",
            "Aiko",
            "10.0.0.0",
            ":next",
        ],
    ];
    for cols in [0, 1, 2, 20, 39, 40, 41, 60, 80, 100, 160] {
        for rows in [0, 1, 2, 9, 10, 11, 16, 24, 48] {
            let size = ScreenSize { cols, rows };
            for lang in Lang::ALL {
                for page in pages {
                    let text = screen(lang, size, page);
                    assert_eq!(
                        text.lines().count(),
                        usize::from(rows),
                        "{page:?} at {size}"
                    );
                    for line in text.lines() {
                        assert!(
                            columns(line) <= usize::from(cols),
                            "{page:?} at {size}: {line:?}"
                        );
                    }
                }
            }
        }
    }
}
