//! The lesson reader driven by actions and by keys through the keymap, drawn on
//! ratatui's TestBackend: snapshots at 80x24 in both languages, every lesson at
//! several sizes, search, the table of contents, embedded questions and
//! calculators, and the place kept across closing and language switches.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod app_keys;
use app_keys::press;

use std::sync::Arc;

use assert_cmd::Command;
use netdojo::i18n::Lang;
use netdojo::i18n::width::columns;
use netdojo::lesson::load::embedded_library;
use netdojo::lesson::plain::display_order;
use netdojo::lesson::{BlockKind, Library, QuestionKind, choice_letter, plain_text};
use netdojo::tui::action::Action;
use netdojo::tui::app::reader::page::EmbedKind;
use netdojo::tui::app::{App, Overlay, ReaderState, Route, Screen};
use netdojo::tui::keymap::Mode;
use netdojo::tui::text::draw_app;
use netdojo::tui::theme::Theme;
use netdojo::tui::update::update;

fn library() -> Arc<Library> {
    embedded_library()
}

fn app(lang: Lang, width: u16, height: u16) -> App {
    App::with_library(lang, Theme::plain(), width, height, library())
}

fn open(lang: Lang, width: u16, height: u16, id: &str) -> App {
    let mut a = app(lang, width, height);
    update(&mut a, Action::Go(Route::Lesson(id.into())));
    assert!(matches!(a.screen(), Screen::Reader(_)), "{id} did not open");
    a
}

fn reader(app: &App) -> &ReaderState {
    match app.screen() {
        Screen::Reader(r) => r,
        _ => panic!("the reader is not on top"),
    }
}

fn reader_mut(app: &mut App) -> &mut ReaderState {
    match app.screen_mut() {
        Screen::Reader(r) => r,
        _ => panic!("the reader is not on top"),
    }
}

/// The row of the page whose text starts with `start`.
fn row_starting(app: &App, start: &str) -> usize {
    reader(app)
        .page()
        .rows
        .iter()
        .position(|r| r.text().starts_with(start))
        .unwrap_or_else(|| panic!("no row starts with {start:?}"))
}

fn lesson_blocks(lang: Lang) -> Vec<BlockKind> {
    let library = library();
    let lesson = library.find("m03-subnetting", lang).unwrap();
    lesson.blocks.iter().map(|b| b.kind.clone()).collect()
}

fn both(name: &str, draw: impl Fn(Lang) -> String) {
    for lang in Lang::ALL {
        insta::assert_snapshot!(format!("{name}_{}", lang.code()), draw(lang));
    }
}

#[test]
fn snapshot_the_top_of_a_lesson() {
    both("reader_top", |lang| {
        draw_app(&open(lang, 80, 24, "m03-subnetting"))
    });
}

#[test]
fn snapshot_a_table() {
    both("reader_table", |lang| {
        let mut a = open(lang, 80, 24, "m03-subnetting");
        // The widest table: prefixes, masks, block sizes and host counts.
        let header = lesson_blocks(lang)
            .into_iter()
            .filter_map(|b| match b {
                BlockKind::Table(t) => Some(t),
                _ => None,
            })
            .max_by_key(|t| t.header.len())
            .map(|t| plain_text(&t.header[0]))
            .unwrap();
        // The header is just above the table's rule (it may wrap to two rows).
        let rows = &reader(&a).page().rows;
        let row = (0..rows.len() - 3)
            .find(|&i| {
                rows[i].text().starts_with(&header)
                    && rows[i + 1..i + 3].iter().any(|r| r.text().starts_with('─'))
            })
            .unwrap();
        reader_mut(&mut a).scroll_to(row - 2);
        draw_app(&a)
    });
}

#[test]
fn snapshot_a_diagram() {
    both("reader_diagram", |lang| {
        let mut a = open(lang, 80, 24, "m03-subnetting");
        let first = lesson_blocks(lang)
            .into_iter()
            .find_map(|b| match b {
                BlockKind::Code(c) => Some(c.text.lines().next().unwrap_or("").to_owned()),
                _ => None,
            })
            .unwrap();
        let row = row_starting(&a, &format!("│ {first}"));
        reader_mut(&mut a).scroll_to(row - 3);
        draw_app(&a)
    });
}

fn answered(lang: Lang, answer: &str) -> String {
    let mut a = open(lang, 80, 24, "m03-subnetting");
    // The first exercise of the lesson is question 4, on subnet masks (A is right).
    press(&mut a, &["Tab"]);
    assert_eq!(a.mode(), Mode::READER_CHOICE);
    press(&mut a, &[answer, "Enter"]);
    draw_app(&a)
}

#[test]
fn snapshot_a_question_answered_right() {
    both("reader_question_right", |lang| answered(lang, "a"));
}

#[test]
fn snapshot_a_question_answered_wrong() {
    both("reader_question_wrong", |lang| answered(lang, "b"));
}

#[test]
fn snapshot_the_contents() {
    both("reader_contents", |lang| {
        let mut a = open(lang, 80, 24, "m03-subnetting");
        press(&mut a, &["t", "j", "j"]);
        draw_app(&a)
    });
}

#[test]
fn snapshot_the_help_lists_the_reader_keys() {
    both("reader_help", |lang| {
        let mut a = open(lang, 80, 24, "m03-subnetting");
        press(&mut a, &["?"]);
        draw_app(&a)
    });
}

/// Every row of the frame is exactly as wide as the window and ends in the
/// box's right border, so nothing was drawn over it; no line is wider.
fn check_frame(text: &str, width: u16, height: u16, what: &str) {
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), usize::from(height), "{what}");
    for (y, line) in lines.iter().enumerate() {
        assert!(columns(line) <= usize::from(width), "{what}: {line:?}");
        let body = y >= 1 && y + 1 < lines.len();
        if body {
            assert_eq!(columns(line), usize::from(width), "{what}: {line:?}");
            let last = line.chars().last().unwrap_or(' ');
            assert!(matches!(last, '│' | '┐' | '┘'), "{what}: {line:?}");
        }
    }
}

#[test]
fn every_lesson_reads_at_every_size_from_top_to_bottom() {
    let library = library();
    for lang in Lang::ALL {
        for lesson in library.lessons(lang) {
            let id = &lesson.meta.id;
            for (width, height) in [(40, 10), (80, 24), (250, 80)] {
                let mut a = open(lang, width, height, id);
                let mut pages = 0;
                loop {
                    let what = format!("{id} {lang} {width}x{height} at {}", reader(&a).offset());
                    check_frame(&draw_app(&a), width, height, &what);
                    let before = reader(&a).offset();
                    update(&mut a, Action::PageDown);
                    pages += 1;
                    if reader(&a).offset() == before {
                        break;
                    }
                }
                assert!(
                    pages > 1 || height == 80,
                    "{id} fits one page at {width}x{height}"
                );
                // Wide diagrams shift and come back without breaking the frame.
                update(&mut a, Action::ScrollRight);
                check_frame(&draw_app(&a), width, height, id);
                update(&mut a, Action::ScrollLeft);
            }
        }
    }
}

#[test]
fn search_finds_and_scrolls_to_each_match() {
    let mut a = open(Lang::En, 80, 24, "m03-subnetting");
    press(&mut a, &["/", "text:broadcast"]);
    assert_eq!(a.mode(), Mode::READER_SEARCH);
    let visible = |a: &App| {
        let r = reader(a);
        let m = r.search().current_match().unwrap();
        let text = r.page().rows[m.row].text().to_lowercase();
        assert!(text.contains("broadcast"), "{text}");
        m.row >= r.offset() && m.row < r.offset() + 20
    };
    assert!(reader(&a).offset() > 0);
    assert!(visible(&a));
    press(&mut a, &["Enter"]);
    assert_eq!(a.mode(), Mode::READER);
    let count = reader(&a).search().matches.len();
    assert!(count >= 3, "{count} matches");
    let first = reader(&a).search().current_match().unwrap().row;
    press(&mut a, &["n"]);
    let second = reader(&a).search().current_match().unwrap().row;
    assert!(second >= first && visible(&a));
    press(&mut a, &["N"]);
    assert_eq!(reader(&a).search().current_match().unwrap().row, first);
    assert!(draw_app(&a).contains(&format!("/broadcast 1/{count}")));
    // Esc clears the search before it leaves the lesson.
    press(&mut a, &["Esc"]);
    assert!(reader(&a).search().matches.is_empty());
    assert!(matches!(a.screen(), Screen::Reader(_)));
    // A search that finds nothing goes back where it started and says so.
    press(&mut a, &["g", "/", "text:zzqx"]);
    assert_eq!(reader(&a).offset(), 0);
    press(&mut a, &["Enter"]);
    assert!(draw_app(&a).contains("no match for \"zzqx\""));
    // Esc while typing cancels and returns to the start.
    press(&mut a, &["G", "/", "text:mask", "Esc"]);
    assert_eq!(reader(&a).offset(), reader(&a).page().rows.len() - 20);
}

#[test]
fn japanese_search_matches_full_width_input() {
    let mut a = open(Lang::Ja, 80, 24, "m03-subnetting");
    press(&mut a, &["/", "text:ＣＩＤＲ", "Enter"]);
    assert!(!reader(&a).search().matches.is_empty());
}

#[test]
fn the_contents_jump_to_a_section() {
    let mut a = open(Lang::En, 80, 24, "m03-subnetting");
    press(&mut a, &["t"]);
    assert_eq!(a.mode(), Mode::READER_TOC);
    assert_eq!(reader(&a).toc(), Some(0));
    press(&mut a, &["j", "j", "j", "Enter"]);
    let r = reader(&a);
    assert_eq!(r.toc(), None);
    assert_eq!(r.offset(), r.page().headings[3]);
    assert_eq!(r.page().section_at(r.offset()), Some(3));
    assert_eq!(r.page().toc[3].text, "Subnet masks");
    // The contents open at the section being read; Esc closes without moving.
    press(&mut a, &["t"]);
    assert_eq!(reader(&a).toc(), Some(3));
    press(&mut a, &["G", "Esc"]);
    assert_eq!(reader(&a).page().section_at(reader(&a).offset()), Some(3));
}

#[test]
fn the_language_switch_keeps_the_section() {
    let mut a = open(Lang::En, 80, 24, "m03-subnetting");
    press(&mut a, &["t", "j", "j", "j", "j", "Enter", "j", "j"]);
    let section = reader(&a).page().section_at(reader(&a).offset());
    assert_eq!(section, Some(4));
    press(&mut a, &["L"]);
    let r = reader(&a);
    assert_eq!(r.page().lang, Lang::Ja);
    assert_eq!(r.page().section_at(r.offset()), Some(4));
    assert!(draw_app(&a).contains("モジュール M3"));
    press(&mut a, &["L"]);
    assert_eq!(reader(&a).page().section_at(reader(&a).offset()), Some(4));
    // A new width keeps the place too.
    update(&mut a, Action::Resize(45, 30));
    assert_eq!(reader(&a).page().section_at(reader(&a).offset()), Some(4));
}

#[test]
fn a_script_of_keys_reads_answers_and_tries_a_calculator() {
    let mut a = app(Lang::En, 80, 24);
    // Home: M3 is the third lesson.
    press(&mut a, &["j", "j", "Enter"]);
    assert_eq!(reader(&a).id(), "m03-subnetting");
    assert_eq!(a.mode(), Mode::READER);
    press(&mut a, &["j", "j", "Down", "k"]);
    assert_eq!(reader(&a).offset(), 2);
    press(&mut a, &["PgDn", "Space"]);
    press(&mut a, &["PgDn"]);
    assert_eq!(reader(&a).offset(), 2 + 19 * 3);
    press(&mut a, &["End"]);
    assert!(draw_app(&a).contains("── End of the lesson ──"));
    press(&mut a, &["Home", "/", "text:magic number", "Enter"]);
    assert!(reader(&a).offset() > 0);
    // Answer the first exercise from the top: question 4, wrong then right.
    press(&mut a, &["g", "Tab", "text:d", "Enter"]);
    let text = draw_app(&a);
    assert!(
        text.contains("✗ Not quite: the answer is A: 255.255.240.0."),
        "{text}"
    );
    press(&mut a, &["Backspace", "text:1", "Enter"]);
    let text = draw_app(&a);
    assert!(text.contains("✓ Right."), "{text}");
    assert!(!text.contains("Not quite"));
    // Esc leaves the answer; the next exercise is the subnet calculator.
    press(&mut a, &["Esc"]);
    assert_eq!(a.mode(), Mode::READER);
    press(&mut a, &["Tab"]);
    assert!(draw_app(&a).contains("▶╭─ Try it: subnet details"));
    press(&mut a, &["Enter"]);
    assert!(matches!(a.screen(), Screen::Subnet(_)));
    assert!(draw_app(&a).contains("Broadcast       192.168.5.95"));
    press(&mut a, &["Esc"]);
    assert!(matches!(a.screen(), Screen::Reader(_)));
    assert!(draw_app(&a).contains("▶╭─ Try it: subnet details"));
    // A short answer takes every letter, so j is typed, not a scroll.
    press(&mut a, &["Tab", "text:172.16.32.0j", "Backspace", "Enter"]);
    assert_eq!(a.mode(), Mode::READER_TEXT);
    assert!(draw_app(&a).contains("✓ Right."));
    // Closing and reopening the lesson comes back to the same place and answers.
    let offset = reader(&a).offset();
    // Esc stops answering, then clears the search kept from before, then leaves.
    press(&mut a, &["Esc", "Esc"]);
    assert!(matches!(a.screen(), Screen::Reader(_)));
    press(&mut a, &["Esc"]);
    assert!(a.stack.is_empty());
    press(&mut a, &["Enter"]);
    assert_eq!(reader(&a).offset(), offset);
    assert_eq!(reader(&a).answer_text("q4"), "1");
    // Practice is one key: the lesson's written questions and skills.
    press(&mut a, &["p"]);
    assert!(matches!(a.screen(), Screen::Practice(_)));
    let text = draw_app(&a);
    assert!(text.contains("Practice: m03-subnetting"), "{text}");
}

#[test]
fn a_calculator_without_a_screen_shows_its_command() {
    let mut a = open(Lang::En, 80, 24, "m03-subnetting");
    press(&mut a, &["BTab"]);
    assert_eq!(a.mode(), Mode::READER);
    press(&mut a, &["Enter"]);
    let text = draw_app(&a);
    assert!(
        text.contains("» No screen yet; in a shell: netdojo split 192.168.10.0/24 --count 4"),
        "{text}"
    );
    assert!(matches!(a.screen(), Screen::Reader(_)));
}

#[test]
fn help_in_the_reader_lists_its_keys() {
    let mut a = open(Lang::En, 100, 60, "m03-subnetting");
    press(&mut a, &["?"]);
    let Some(Overlay::Help(help)) = &a.overlay else {
        panic!("no help");
    };
    assert_eq!(help.mode, Mode::READER);
    let text = draw_app(&a);
    for words in [
        "Reading a lesson",
        "contents",
        "next exercise",
        "next match",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
}

#[test]
fn the_mouse_wheel_scrolls_and_a_click_chooses() {
    let mut a = open(Lang::En, 80, 24, "m03-subnetting");
    update(&mut a, Action::ScrollDown(10, 10));
    assert_eq!(reader(&a).offset(), 3);
    update(&mut a, Action::ScrollUp(10, 10));
    assert_eq!(reader(&a).offset(), 0);
    press(&mut a, &["Tab"]);
    let r = reader(&a);
    let choice_c = r
        .page()
        .rows
        .iter()
        .position(|row| row.text().starts_with("│ C  "))
        .unwrap();
    let y = u16::try_from(choice_c - r.offset()).unwrap() + 2;
    update(&mut a, Action::Click(10, y));
    assert_eq!(reader(&a).answer_text("q4"), "C");
}

/// Types the right answer to a question, as letters in the order shown.
fn right_answer(kind: &QuestionKind, shown: &[usize]) -> String {
    match kind {
        QuestionKind::Choice { answer, .. } => choice_letter(*answer),
        QuestionKind::Multi { answers, .. } => answers.iter().map(|a| choice_letter(*a)).collect(),
        QuestionKind::TrueFalse { answer } => (if *answer { "A" } else { "B" }).to_owned(),
        QuestionKind::Order { items } => {
            assert_eq!(shown, display_order(items));
            (0..items.len())
                .map(|item| choice_letter(shown.iter().position(|&s| s == item).unwrap()))
                .collect()
        }
        QuestionKind::Short { answer, .. } => answer.clone(),
    }
}

#[test]
fn every_embedded_question_takes_its_right_answer() {
    let library = library();
    let mut checked = 0;
    for lang in Lang::ALL {
        for lesson in library.lessons(lang) {
            let mut a = open(lang, 80, 24, &lesson.meta.id);
            let count = reader(&a).page().embeds.len();
            for _ in 0..count {
                update(&mut a, Action::NextField);
                let r = reader(&a);
                let embed = &r.page().embeds[r.focus().unwrap()];
                let EmbedKind::Question { id, shown } = embed.kind.clone() else {
                    continue;
                };
                let q = lesson.question(&id).unwrap();
                update(&mut a, Action::Paste(right_answer(&q.kind, &shown)));
                update(&mut a, Action::Open);
                let text = draw_app(&a);
                let right = if lang == Lang::En {
                    "✓ Right."
                } else {
                    "✓ 正解です。"
                };
                assert!(
                    text.contains(right),
                    "{} {id} {:?}: {text}",
                    lesson.meta.id,
                    right_answer(&q.kind, &shown)
                );
                update(&mut a, Action::Back);
                checked += 1;
            }
        }
    }
    assert!(checked >= 60, "{checked} questions");
}

/// Splits a command line the way the shell would for the single quotes the
/// reader writes.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    words.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            c => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(word);
    }
    words
}

#[test]
fn every_calculator_command_the_reader_shows_runs() {
    let library = library();
    let mut run = 0;
    for lesson in library.lessons(Lang::En) {
        for block in &lesson.blocks {
            let BlockKind::Calc(calc) = &block.kind else {
                continue;
            };
            let Some(command) = netdojo::tui::app::reader::embed::calc_command(calc) else {
                continue;
            };
            let words = shell_words(&command);
            assert_eq!(words[0], "netdojo");
            Command::cargo_bin("netdojo")
                .unwrap()
                .args(&words[1..])
                .assert()
                .success();
            run += 1;
        }
    }
    assert!(run >= 10, "{run} commands");
}

/// The reader's rows of the documentation's keys table, from the keymap.
fn reader_keys_table() -> String {
    let contexts = [
        "Reading a lesson",
        "Ends of the lesson and wide diagrams",
        "Scrolling",
        "Exercises in the lesson",
        "Answering a question",
        "Typing a search",
        "Table of contents",
    ];
    let table = netdojo::tui::keymap::markdown_table();
    let mut lines = table.lines();
    let mut out: Vec<&str> = lines.by_ref().take(2).collect();
    out.extend(lines.filter(|l| contexts.iter().any(|c| l.starts_with(&format!("| {c} |")))));
    out.join("\n") + "\n"
}

#[test]
fn the_documented_reader_keys_are_the_keymap() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/usage/lessons.md"),
    )
    .unwrap();
    let table = reader_keys_table();
    assert!(
        doc.contains(&table),
        "docs/usage/lessons.md should hold:\n{table}"
    );
}
