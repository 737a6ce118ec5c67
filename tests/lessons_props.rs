//! Robustness of the lesson parser and renderer: no input makes the parser
//! panic, wrapping keeps every visible character and never exceeds the width, and
//! the plain-text renderer stays within any width from 20 on the fixture lessons
//! and the shipped ones.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use netdojo::lesson::load::load_dir;
use netdojo::lesson::{Lang, Lesson, Library, parse, plain, wrap};
use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

/// Pieces of lesson syntax, so random files reach deep into both parsers.
const FRAGMENTS: &[&str] = &[
    "+++\n",
    "format_version = 1\n",
    "id = \"a\"\n",
    "module = \"M3\"\n",
    "order = 1\n",
    "title = \"T\"\n",
    "[[question]]\n",
    "kind = \"choice\"\n",
    "kind = \"order\"\n",
    "choices = [\"a\", \"b\"]\n",
    "answer = \"Z\"\n",
    "answer = [\"A\", 3]\n",
    "answer = true\n",
    "items = []\n",
    "verify = { calc = \"subnet\", input = \"x\", field = \"y\" }\n",
    "# H\n",
    "#### deep\n",
    "- item\n",
    "  - nested\n",
    "    - deeper\n",
    "1. one\n",
    "> note\n",
    "> > inner\n",
    "| a | b |\n",
    "|---|---|\n",
    "```calc subnet\n",
    "```question q1\n",
    "```\n",
    "![i](x.png)\n",
    "<div>\n",
    "[^1]: f\n",
    "*a **b `c` [d](e)** f*\n",
    "日本語の文。\n",
    "\n",
    "\r\n",
    "\u{feff}",
];

fn fragment_file() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40).prop_map(|parts| parts.concat())
}

/// The visible characters of a text, in order (what wrapping must keep).
fn visible(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

proptest! {
    #[test]
    fn the_parser_never_panics_on_any_text(text in any::<String>()) {
        let _ = parse(&text, "f.md", Lang::En);
    }

    #[test]
    fn the_parser_never_panics_on_lesson_like_text(text in fragment_file()) {
        let parsed = parse(&text, "f.md", Lang::Ja);
        for p in &parsed.problems {
            let lines = text.lines().count().max(1);
            prop_assert!(p.line >= 1 && p.line <= lines + 1, "{p} in a file of {lines} lines");
        }
        if let Some(lesson) = parsed.lesson {
            let out = plain::render(&lesson, 20);
            for line in out.lines() {
                prop_assert!(line.width() <= 20, "{line:?}");
            }
        }
    }

    #[test]
    fn the_fixture_lessons_fit_any_width_from_20(width in 20usize..2000) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for lesson in lessons_in(&root.join("tests/fixtures/lessons/valid")) {
            for line in plain::render(&lesson, width).lines() {
                prop_assert!(line.width() <= width, "{line:?} at width {width}");
            }
        }
    }

    #[test]
    fn wrapping_keeps_every_visible_character_within_the_width(
        text in "[a-z ãあ漢字。、（）\\-]{0,80}",
        width in 2usize..40,
    ) {
        let lines = wrap::wrap(&text, width);
        for line in &lines {
            prop_assert!(line.width() <= width, "{line:?} is wider than {width}");
            prop_assert!(!line.starts_with(' ') && !line.ends_with(' '), "{line:?}");
        }
        prop_assert_eq!(visible(&lines.concat()), visible(&text));
    }
}

fn lessons_in(dir: &Path) -> Vec<Lesson> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let (library, _) = Library::from_sources(&load_dir(dir).unwrap().files);
    Lang::ALL
        .iter()
        .flat_map(|&lang| library.lessons(lang).cloned().collect::<Vec<_>>())
        .collect()
}

#[test]
fn rendered_lessons_never_exceed_the_width() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut lessons = lessons_in(&root.join("tests/fixtures/lessons/valid"));
    lessons.extend(lessons_in(&root.join("lessons")));
    assert!(!lessons.is_empty());
    for lesson in &lessons {
        // Every narrow width, where wrapping is hardest, then typical terminals.
        for width in (20..=48).chain([55, 64, 72, 80, 100, 120, 160, 250, 1000]) {
            let out = plain::render(lesson, width);
            for (n, line) in out.lines().enumerate() {
                assert!(
                    line.width() <= width,
                    "{} at width {width}, line {}: {line:?} is {} wide",
                    lesson.file,
                    n + 1,
                    line.width()
                );
            }
        }
    }
}
