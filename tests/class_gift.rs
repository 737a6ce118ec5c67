//! Moodle GIFT export: snapshots of the output, and a check of every question
//! against the GIFT grammar, above all the escaping of `~ = # { } :` and `\`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;

use netdojo::classroom::gift::{escape, gift};
use netdojo::classroom::pack::{self, Pack};
use netdojo::lang::Lang;
use netdojo::lesson::{Library, load};

fn library() -> Library {
    Library::from_sources(&load::embedded()).0
}

fn pack_at(path: &str) -> Pack {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    pack::read(&text, &library()).unwrap()
}

const SAME: &str = "tests/fixtures/packs/golden/same.json";
const VARIANT: &str = "tests/fixtures/packs/golden/variant.json";

#[test]
fn same_pack_in_english() {
    let text = gift(&pack_at(SAME), &library(), Lang::En, 5).unwrap();
    check_grammar(&text);
    insta::assert_snapshot!(text);
}

#[test]
fn variant_pack_in_japanese_with_two_students() {
    let text = gift(&pack_at(VARIANT), &library(), Lang::Ja, 2).unwrap();
    check_grammar(&text);
    insta::assert_snapshot!(text);
}

#[test]
fn every_sample_pack_exports_to_valid_gift() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/packs");
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".json") || name == "pack.schema.json" {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let pack = pack::read(&text, &library()).unwrap();
        for lang in pack.languages.clone() {
            let out = gift(&pack, &library(), lang, 3).unwrap();
            check_grammar(&out);
        }
    }
}

#[test]
fn escaping_round_trips_every_special_character() {
    for text in [
        "a = b",
        "{x}",
        "~tilde",
        "#hash#",
        "10.0.0.0/8: private",
        "C:\\path\\to",
        "line one\nline two",
        "日本語：全角は＝そのまま",
        "\\n is not a line break",
    ] {
        let escaped = escape(text);
        assert!(unescaped_specials(&escaped).is_empty(), "{escaped}");
        assert_eq!(unescape(&escaped), text.replace('\r', ""), "{text}");
    }
}

/// The positions and characters of GIFT's special characters that are not escaped.
fn unescaped_specials(text: &str) -> Vec<(usize, char)> {
    let mut found = Vec::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                let next = chars.next().map(|(_, n)| n);
                assert!(
                    matches!(next, Some('~' | '=' | '#' | '{' | '}' | ':' | '\\' | 'n')),
                    "a lone backslash in {text:?}"
                );
            }
            '~' | '=' | '#' | '{' | '}' | ':' => found.push((i, c)),
            _ => {}
        }
    }
    found
}

fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

/// Splits at the first unescaped `#`.
fn split_feedback(text: &str) -> (&str, Option<&str>) {
    match unescaped_specials(text)
        .into_iter()
        .find(|&(_, c)| c == '#')
    {
        Some((at, _)) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    }
}

fn plain(part: &str, what: &str) {
    let specials = unescaped_specials(part);
    assert!(
        specials.is_empty(),
        "{what} {part:?} has unescaped {specials:?}"
    );
}

/// Checks GIFT text: comments, categories, and questions of the form
/// `::name::text{` + answer lines + `####feedback` + `}`.
fn check_grammar(text: &str) {
    let mut lines = text.lines().peekable();
    let mut questions = 0;
    while let Some(line) = lines.next() {
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        if let Some(category) = line.strip_prefix("$CATEGORY: ") {
            assert!(category.starts_with("$course$/"), "{line}");
            continue;
        }
        // The question line: ::name::text{
        let rest = line
            .strip_prefix("::")
            .unwrap_or_else(|| panic!("a question starts with :: — {line:?}"));
        let specials = unescaped_specials(rest);
        let (name_end, _) = specials[0];
        assert_eq!(specials[1], (name_end + 1, ':'), "{line}");
        let brace = specials[2];
        assert_eq!(brace.1, '{', "{line}");
        assert_eq!(
            brace.0,
            rest.len() - 1,
            "the text ends at the brace: {line}"
        );
        assert_eq!(specials.len(), 3, "{line}");
        plain(&rest[..name_end], "name");
        plain(&rest[name_end + 2..brace.0], "text");
        let mut answers = 0;
        let mut feedback = false;
        loop {
            let line = lines.next().expect("an unclosed question");
            if line == "}" {
                break;
            }
            let answer = line.strip_prefix('\t').expect("answers are indented");
            assert!(!feedback, "nothing follows the general feedback: {answer}");
            if let Some(general) = answer.strip_prefix("####") {
                plain(general, "general feedback");
                feedback = true;
                continue;
            }
            answers += 1;
            if let Some(numeric) = answer.strip_prefix("#=") {
                let (value, tolerance) = numeric.split_once(':').expect("value:tolerance");
                assert!(
                    value.parse::<f64>().is_ok() && tolerance.parse::<f64>().is_ok(),
                    "{answer}"
                );
                continue;
            }
            if let Some(word) = ["TRUE", "FALSE"].iter().find(|w| answer.starts_with(**w)) {
                let rest = &answer[word.len()..];
                if let Some(fb) = rest.strip_prefix('#') {
                    plain(fb, "feedback");
                } else {
                    assert!(rest.is_empty(), "{answer}");
                }
                continue;
            }
            let body = answer
                .strip_prefix('=')
                .or_else(|| answer.strip_prefix('~'))
                .unwrap_or_else(|| panic!("an answer starts with = or ~: {answer:?}"));
            let body = match body.strip_prefix('%') {
                Some(weighted) => {
                    let (weight, rest) = weighted.split_once('%').expect("%weight%");
                    assert!(weight.parse::<f64>().is_ok(), "{answer}");
                    rest
                }
                None => body,
            };
            let (value, fb) = split_feedback(body);
            // A numerical mistake is value:tolerance.
            let value = match value.split_once(':') {
                Some((v, t)) if v.parse::<f64>().is_ok() && t.parse::<f64>().is_ok() => "",
                _ => value,
            };
            plain(value, "answer");
            if let Some(fb) = fb {
                plain(fb, "feedback");
            }
        }
        assert!(answers > 0, "a question without answers");
        assert!(feedback, "every question has general feedback");
        questions += 1;
    }
    assert!(questions > 0);
}
