//! Practice in the terminal app, driven by keys through the keymap: answers
//! right and wrong, the diagnosis, the retry queue, the summary, practising what
//! was missed, the calculator key, progress and the statistics; and snapshots
//! of each stage at 80x24 in English and Japanese.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod app_keys;
use app_keys::press;

use netdojo::i18n::Lang;
use netdojo::progress::{Day, Leitner, Progress};
use netdojo::quiz::model::{Difficulty, Kind, letter};
use netdojo::tui::action::Action;
use netdojo::tui::app::practice::Stage;
use netdojo::tui::app::{App, PracticeSource, PracticeSpec, PracticeState, Route, Screen};
use netdojo::tui::text::draw_app;
use netdojo::tui::theme::Theme;
use netdojo::tui::update::{Effect, update};

const TODAY: Day = Day(20_000);

fn app_with(lang: Lang, progress: Progress) -> App {
    App::new(lang, Theme::plain(), 80, 24).with_progress(progress, TODAY, 1)
}

fn practise(lang: Lang, skills: &[&str], seed: u64) -> App {
    let mut app = app_with(lang, Progress::default());
    let spec = PracticeSpec {
        source: PracticeSource::Skills(skills.iter().map(|s| s.to_string()).collect()),
        seed: Some(seed),
        difficulty: None,
    };
    update(&mut app, Action::Go(Route::Practice(spec)));
    app
}

fn state(app: &App) -> &PracticeState {
    match app.screen() {
        Screen::Practice(state) => state,
        _ => panic!("not on the practice screen"),
    }
}

/// The key of the right answer, or of a wrong one, of the single choice question
/// on screen.
fn key(app: &App, right: bool) -> String {
    let question = &state(app).turn().unwrap().question;
    let Kind::SingleChoice { choices, answer } = &question.kind else {
        panic!("not a single choice question: {question:?}");
    };
    let index = if right {
        *answer
    } else {
        (answer + 1) % choices.len()
    };
    letter(index).to_ascii_lowercase().to_string()
}

#[test]
fn a_right_answer_is_praised_recorded_and_saved() {
    let mut app = practise(Lang::En, &["subnet.broadcast"], 7);
    assert!(draw_app(&app).contains("What is the broadcast address of 10.101.83.52/20?"));
    let right = key(&app, true);
    assert_eq!(right, "c");
    assert_eq!(press(&mut app, &[&right]), Some(Effect::SaveProgress));
    let text = draw_app(&app);
    assert!(text.contains("│ ✓ C  10.101.95.255"), "{text}");
    assert!(text.contains("│ ✓ Right."), "{text}");
    assert!(text.contains("│ Working"), "{text}");
    let record = &app.progress.skills["subnet.broadcast"];
    assert_eq!(
        (record.answered, record.right, record.leitner_box),
        (1, 1, 2)
    );
    assert_eq!(record.due, Day(20_001));
}

#[test]
fn a_wrong_answer_shows_the_answer_the_diagnosis_and_the_working() {
    let mut app = practise(Lang::En, &["subnet.broadcast"], 7);
    assert_eq!(press(&mut app, &["a"]), Some(Effect::SaveProgress));
    let text = draw_app(&app);
    for line in [
        "│ ✗ A  10.101.95.254",
        "│ ✓ C  10.101.95.255",
        "│ ✗ Not quite: the answer is C (10.101.95.255).",
        "│ Why: That is the last host. The broadcast address is one higher: all host",
        "│  1. /20 means 20 one-bits: mask 255.255.240.0, wildcard 0.0.15.255.",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
    let record = &app.progress.skills["subnet.broadcast"];
    assert_eq!(
        (record.answered, record.right, record.leitner_box),
        (1, 0, 1)
    );
    // The numbers 1 to 4 answer as well as the letters.
    press(&mut app, &["Enter", "3"]);
    assert!(matches!(state(&app).stage(), Stage::Feedback { .. }));
}

#[test]
fn the_japanese_screen_gives_the_diagnosis_in_japanese() {
    let mut app = practise(Lang::Ja, &["subnet.broadcast"], 7);
    press(&mut app, &["a"]);
    let text = draw_app(&app);
    assert!(
        text.contains("✗ 不正解：答えは C (10.101.95.255) です。"),
        "{text}"
    );
    assert!(text.contains("原因："), "{text}");
}

#[test]
fn an_answer_that_cannot_be_read_says_why_and_waits() {
    let mut app = practise(Lang::En, &["subnet.mask_prefix"], 7);
    assert_eq!(press(&mut app, &["text:foo", "Enter"]), None);
    let text = draw_app(&app);
    assert!(
        text.contains("│ write the mask in dotted decimal, such as 255.255.255.0"),
        "{text}"
    );
    assert!(matches!(state(&app).stage(), Stage::Ask(Some(_))));
    assert!(app.progress.skills.is_empty());
    // Letters are typed here, so q does not quit; Ctrl-U clears the line.
    press(&mut app, &["text:q"]);
    assert_eq!(state(&app).field().text(), "fooq");
    for _ in 0..4 {
        update(&mut app, Action::Backspace);
    }
    press(&mut app, &["text:255.192.0.0", "Enter"]);
    assert!(draw_app(&app).contains("│ ✓ Right."));
}

#[test]
fn a_missed_question_comes_back_two_questions_later() {
    let mut app = practise(Lang::En, &["port.range"], 3);
    let first = state(&app).turn().unwrap().question.clone();
    let wrong = key(&app, false);
    press(&mut app, &[&wrong, "Enter"]);
    for _ in 0..2 {
        assert_eq!(state(&app).turn().unwrap().retry, 0);
        let right = key(&app, true);
        press(&mut app, &[&right, "Enter"]);
    }
    let turn = state(&app).turn().unwrap();
    assert_eq!((turn.retry, &turn.question), (1, &first));
    assert!(draw_app(&app).contains("│ port.range · medium · again"));
    assert_eq!(state(&app).progress(), (3, 10));
}

#[test]
fn the_summary_counts_per_skill_and_practises_what_was_missed() {
    let mut app = practise(Lang::En, &["port.range", "tcpip.layer"], 5);
    let mut missed_one = false;
    while let Some(turn) = state(&app).turn() {
        let wrong = !missed_one && turn.question.skill.as_str() == "tcpip.layer";
        missed_one |= wrong;
        let answer = key(&app, !wrong);
        press(&mut app, &[&answer, "Enter"]);
    }
    assert!(matches!(state(&app).stage(), Stage::Summary));
    let text = draw_app(&app);
    for line in [
        "│ Session over: 9 of 10 right the first time.",
        "│ skill        asked  right  right on retry",
        "│ port.range       5      5               0",
        "│ tcpip.layer      5      4               1",
        "│ Press m to practise what you missed: tcpip.layer.",
        "│ Press r for a new session of the same, Esc to leave.",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
    assert_eq!(state(&app).score(), (10, 1));
    let tally = &app.progress.skills["tcpip.layer"];
    assert_eq!((tally.answered, tally.right), (6, 5));
    // m starts a session on the missed skill in place of this one.
    let depth = app.stack.len();
    press(&mut app, &["m"]);
    assert_eq!(app.stack.len(), depth);
    assert_eq!(
        state(&app).source(),
        &PracticeSource::Skills(vec!["tcpip.layer".into()])
    );
    assert_eq!(state(&app).seed(), 6);
    assert_eq!(state(&app).progress(), (1, 10));
    assert_eq!(
        state(&app).turn().unwrap().question.skill.as_str(),
        "tcpip.layer"
    );
}

#[test]
fn with_nothing_missed_m_says_so_and_r_starts_again() {
    let mut app = practise(Lang::En, &["port.range"], 2);
    while state(&app).turn().is_some() {
        let right = key(&app, true);
        press(&mut app, &[&right, "Enter"]);
    }
    assert!(draw_app(&app).contains("│ Everything was right the first time."));
    press(&mut app, &["m"]);
    assert!(draw_app(&app).contains("Nothing was missed in this session."));
    press(&mut app, &["r"]);
    assert_eq!(state(&app).seed(), 3);
    assert!(matches!(state(&app).stage(), Stage::Ask(None)));
    // Esc leaves practice for the home screen.
    press(&mut app, &["Esc"]);
    assert!(app.stack.is_empty());
}

#[test]
fn c_opens_the_calculator_with_the_question_values() {
    let mut app = practise(Lang::En, &["subnet.broadcast"], 7);
    press(&mut app, &["c"]);
    assert!(
        matches!(app.screen(), Screen::Practice(_)),
        "c is no answer"
    );
    press(&mut app, &["a", "Down", "Down", "Down"]);
    assert!(
        draw_app(&app)
            .contains("│ Press c to see this in the calculator with the question's values.")
    );
    press(&mut app, &["c"]);
    assert!(matches!(app.screen(), Screen::Subnet(_)));
    let text = draw_app(&app);
    assert!(text.contains("10.101.83.52/20"), "{text}");
    assert!(text.contains("Home › Practice › Subnet"), "{text}");
    // Esc comes back to the feedback.
    press(&mut app, &["Esc"]);
    assert!(matches!(state(&app).stage(), Stage::Feedback { .. }));
}

#[test]
fn a_question_without_a_calculator_says_so() {
    let mut app = practise(Lang::En, &["tcpip.layer"], 1);
    let right = key(&app, true);
    press(&mut app, &[&right, "c"]);
    assert!(draw_app(&app).contains("No calculator fits this question."));
}

fn sample_progress() -> Progress {
    let mut p = Progress::default();
    for (skill, right, day) in [
        ("subnet.broadcast", true, 19_998),
        ("subnet.broadcast", false, 19_999),
        ("subnet.network", true, 19_999),
        ("subnet.network", true, 20_000),
        ("port.range", true, 20_000),
        ("vpc.reserved", false, 20_000),
    ] {
        p.record(&Leitner, skill, right, Day(day));
    }
    p
}

#[test]
fn home_shows_the_count_due_and_reviews_it() {
    let mut app = app_with(Lang::En, sample_progress());
    // Due today: subnet.broadcast (missed yesterday) and vpc.reserved (missed today).
    assert_eq!(app.due_count(), 2);
    press(&mut app, &["/", "text:due", "Enter"]);
    let text = draw_app(&app);
    assert!(text.contains("Practice: what is due today"), "{text}");
    assert!(text.contains(" 1/2 "), "{text}");
    let skills: Vec<&str> = ["subnet.broadcast", "vpc.reserved"].to_vec();
    assert!(skills.contains(&state(&app).turn().unwrap().question.skill.as_str()));
    press(&mut app, &["Esc"]);
    let text = draw_app(&app);
    assert!(text.contains("Practice (due today: 2)"), "{text}");
}

#[test]
fn with_nothing_due_the_review_mixes_every_skill() {
    let mut app = app_with(Lang::En, Progress::default());
    update(
        &mut app,
        Action::Go(Route::Practice(PracticeSpec::of(PracticeSource::Due))),
    );
    assert!(draw_app(&app).contains("Practice: every skill (nothing is due today)"));
    assert_eq!(state(&app).progress(), (1, 10));
    // A session without a seed takes the app's next one.
    assert_eq!(state(&app).seed(), 1);
    assert_eq!(app.next_seed, 2);
}

#[test]
fn stats_show_accuracy_streak_and_due_dates() {
    let mut app = app_with(Lang::En, sample_progress());
    update(&mut app, Action::Go(Route::Stats));
    let text = draw_app(&app);
    for line in [
        "│ 6 answers, 4 right (67%). Streak: 3 days. Skills due today: 2.",
        "│ M3             4      3       75%",
        "│ subnet.broadcast       50%         2    1  today",
        "│ subnet.network        100%         2    3  in 3 days (2024-10-07)",
        "│ port.range            100%         1    2  tomorrow",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
}

fn snapshot_states(lang: Lang) -> Vec<(&'static str, String)> {
    let mut app = practise(lang, &["subnet.broadcast"], 7);
    let question = draw_app(&app);
    press(&mut app, &["a"]);
    let feedback = draw_app(&app);
    let mut app = practise(lang, &["port.range", "tcpip.layer"], 5);
    let mut first = true;
    while state(&app).turn().is_some() {
        let answer = key(&app, !first);
        first = false;
        press(&mut app, &[&answer, "Enter"]);
    }
    let summary = draw_app(&app);
    let mut app = app_with(lang, sample_progress());
    update(&mut app, Action::Go(Route::Stats));
    let stats = draw_app(&app);
    vec![
        ("question", question),
        ("feedback", feedback),
        ("summary", summary),
        ("stats", stats),
    ]
}

#[test]
fn snapshots_at_80x24() {
    for lang in Lang::ALL {
        for (name, text) in snapshot_states(lang) {
            insta::assert_snapshot!(format!("practice_{name}_{}", lang.code()), text);
        }
    }
}

#[test]
fn every_stage_fits_at_every_size() {
    for lang in Lang::ALL {
        let mut app = practise(lang, &["route.lpm", "subnet.mask_prefix"], 4);
        for step in [&["text:1"][..], &["Enter"], &["text:x", "Enter"], &["Esc"]] {
            for (cols, rows) in [
                (0, 0),
                (1, 1),
                (39, 9),
                (40, 10),
                (41, 11),
                (80, 24),
                (160, 48),
            ] {
                update(&mut app, Action::Resize(cols, rows));
                let text = draw_app(&app);
                assert_eq!(text.lines().count(), usize::from(rows));
                for line in text.lines() {
                    assert!(
                        netdojo::i18n::width::columns(line) <= usize::from(cols),
                        "{cols}x{rows}: {line}"
                    );
                }
                press(&mut app, &["Down", "Down"]);
            }
            press(&mut app, step);
        }
    }
}

#[test]
fn ctrl_t_makes_the_next_new_questions_harder_and_the_app_remembers() {
    let mut app = practise(Lang::En, &["subnet.broadcast"], 7);
    assert!(draw_app(&app).contains("subnet.broadcast · medium"));
    press(&mut app, &["C-t"]);
    assert_eq!(app.difficulty, Difficulty::Hard);
    assert_eq!(state(&app).difficulty(), Difficulty::Hard);
    let text = draw_app(&app);
    // The question on screen keeps its numbers; the footer says when it applies.
    assert!(text.contains("subnet.broadcast · medium"), "{text}");
    assert!(
        text.contains("Difficulty: hard, from the next new question."),
        "{text}"
    );
    let right = key(&app, true);
    press(&mut app, &[&right, "Enter"]);
    assert_eq!(
        state(&app).turn().unwrap().question.difficulty,
        Difficulty::Hard
    );
    assert!(draw_app(&app).contains("subnet.broadcast · hard"));
    // Hard, then easy again; a new session starts as the app was left.
    press(&mut app, &["C-t"]);
    assert_eq!(app.difficulty, Difficulty::Easy);
    press(&mut app, &["Esc"]);
    update(
        &mut app,
        Action::Go(Route::Practice(PracticeSpec::of(PracticeSource::Skills(
            vec!["subnet.network".to_owned()],
        )))),
    );
    assert_eq!(
        state(&app).turn().unwrap().question.difficulty,
        Difficulty::Easy
    );
}

#[test]
fn the_japanese_screen_names_the_difficulty_in_japanese() {
    let mut app = practise(Lang::Ja, &["subnet.broadcast"], 7);
    assert!(draw_app(&app).contains("subnet.broadcast · ふつう"));
    press(&mut app, &["C-t"]);
    assert!(draw_app(&app).contains("難易度：難しい（次の新しい問題から）"));
}
