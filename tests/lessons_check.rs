//! The content checker over folders of invalid fixtures: one folder per kind of
//! problem, each message asserted word for word with its file and line. Also
//! runs the checker over the repository's own lessons.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use netdojo::lesson::check::{check, check_lesson};
use netdojo::lesson::load::{embedded, load_dir};
use netdojo::lesson::{Lang, Library, parse};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lessons")
}

/// Every problem of a folder, with the folder's path taken off the front.
fn problems_in(dir: &Path) -> Vec<String> {
    let loaded = load_dir(dir).unwrap();
    let prefix = format!("{}/", dir.display());
    loaded
        .problems
        .into_iter()
        .chain(check(&loaded.files))
        .map(|p| {
            let line = p.to_string();
            line.strip_prefix(&prefix).unwrap_or(&line).to_owned()
        })
        .collect()
}

/// The names of the invalid fixture folders that have a test below.
const CASES: &[&str] = &[
    "answer-form",
    "answer-out-of-range",
    "bad-meta",
    "calc-block",
    "catalog",
    "choices",
    "deep-heading",
    "deep-list",
    "duplicate-id",
    "empty-texts",
    "footnote",
    "id-file-name",
    "image",
    "list-item-block",
    "missing-key",
    "missing-twin",
    "no-front-matter",
    "note-in-note",
    "price",
    "question-block",
    "question-ids",
    "raw-html",
    "toml-syntax",
    "too-few-questions",
    "twin-answers",
    "twin-meta",
    "twin-questions",
    "unclosed-front-matter",
    "unknown-key",
    "unknown-question-key",
    "verify-disagrees",
    "verify-form",
];

#[test]
fn the_valid_fixture_is_clean() {
    assert_eq!(problems_in(&fixtures().join("valid")), Vec::<String>::new());
}

/// The lessons shipped in `lessons/`: every file loads and the checker finds
/// nothing. An absent or empty folder passes.
#[test]
fn lessons_are_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    if !dir.is_dir() {
        return;
    }
    let loaded = load_dir(&dir).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let (library, parse_problems) = Library::from_sources(&loaded.files);
    let parsed = Lang::ALL
        .iter()
        .map(|&l| library.lessons(l).count())
        .sum::<usize>();
    assert_eq!(parsed, loaded.files.len(), "{parse_problems:?}");
    let problems: Vec<String> = check(&loaded.files)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_binary_embeds_exactly_the_lessons_folder() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    let on_disk: Vec<(Lang, String, String)> = if dir.is_dir() {
        load_dir(&dir)
            .unwrap()
            .files
            .into_iter()
            .map(|f| (f.lang, f.stem, f.text))
            .collect()
    } else {
        Vec::new()
    };
    let built_in: Vec<(Lang, String, String)> = embedded()
        .into_iter()
        .map(|f| (f.lang, f.stem, f.text))
        .collect();
    assert_eq!(built_in, on_disk);
}

/// The complete small example of `lessons/README.md` is a real lesson: it only
/// falls short of the eight questions, which the guide says it leaves out.
#[test]
fn the_example_in_the_authors_guide_reads_cleanly() {
    let guide =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons/README.md"))
            .unwrap();
    let start = guide.find("````markdown\n").unwrap() + "````markdown\n".len();
    let end = start + guide[start..].find("````\n").unwrap();
    let parsed = parse(&guide[start..end], "en/m03-block-size.md", Lang::En);
    assert_eq!(parsed.problems, vec![]);
    let lesson = parsed.lesson.unwrap();
    let problems: Vec<String> = check_lesson(&lesson, "m03-block-size")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        ["en/m03-block-size.md:1: the lesson has 4 questions; a lesson needs at least 8"]
    );
}

#[test]
fn a_missing_folder_is_an_error_that_names_it() {
    let err = load_dir(Path::new("no/such/folder")).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("\"no/such/folder\" cannot be read: "),
        "{err}"
    );
}

macro_rules! case {
    ($test:ident, $folder:literal, [$($line:literal),* $(,)?]) => {
        #[test]
        fn $test() {
            let dir = fixtures().join("invalid").join($folder);
            let expected: Vec<&str> = vec![$($line),*];
            assert_eq!(problems_in(&dir), expected);
        }
    };
}

#[test]
fn every_invalid_fixture_folder_has_its_test() {
    let mut folders: Vec<String> = std::fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut cases: Vec<String> = CASES.iter().map(|c| (*c).to_owned()).collect();
    cases.sort();
    assert_eq!(folders, cases);
}

case!(
    answer_form,
    "answer-form",
    [
        "en/m03-sample.md:17: question q1: the answer of a choice question is one choice letter in quotes, such as \"B\"",
        "en/m03-sample.md:24: question q2: the answer of a true_false question is true or false, without quotes",
        "en/m03-sample.md:32: question q3: the answer of a multi question is a list of choice letters, such as [\"A\", \"C\"]",
        "en/m03-sample.md:40: question q4: an order question takes no `answer` (write the items in the correct order instead)",
        "en/m03-sample.md:52: question q6: a choice question needs `choices`",
        "en/m03-sample.md:60: question q7: unknown kind \"pick\" (use choice, multi, true_false, order or short)",
        "en/m03-sample.md:70: question q8: a short question takes no `items`",
    ]
);
case!(
    answer_out_of_range,
    "answer-out-of-range",
    [
        "en/m03-sample.md:13: question q1: answer D is out of range (the question has 3 choices, A to C)",
        "en/m03-sample.md:28: question q3: the answer lists A twice",
        "ja/m03-sample.md:13: question q1: answer D is out of range (the question has 3 choices, A to C)",
        "ja/m03-sample.md:28: question q3: the answer lists A twice",
    ]
);
case!(
    bad_meta,
    "bad-meta",
    [
        "en/m03-sample.md:2: format_version 2 is not supported (this netdojo reads version 1)",
        "en/m03-sample.md:4: module \"M20\" is not a curriculum module (M1 to M19)",
        "en/m03-sample.md:5: order starts at 1",
        "en/m03-sample.md:6: title is empty",
        "en/m03-sample.md:7: as_of \"Nov 2026\" is not a date: write YYYY-MM or YYYY-MM-DD",
        "ja/m03-sample.md:4: module \"M20\" is not a curriculum module (M1 to M19)",
        "ja/m03-sample.md:5: order starts at 1",
    ]
);
case!(
    calc_block,
    "calc-block",
    [
        "en/m03-sample.md:77: a calc block names an unknown calculator \"subnett\" (calculators: subnet, split, aggregate, overlap, range, exclude, route, vpc, avail, port, tcp, dns, http, ssh)",
        "en/m03-sample.md:81: a calc block names its calculator after `calc`, as in ```calc subnet",
        "en/m03-sample.md:85: a calc block holds one line of input, not 2",
        "en/m03-sample.md:90: a calc block needs one line of input for the calculator",
        "ja/m03-sample.md:77: a calc block names an unknown calculator \"subnett\" (calculators: subnet, split, aggregate, overlap, range, exclude, route, vpc, avail, port, tcp, dns, http, ssh)",
        "ja/m03-sample.md:81: a calc block names its calculator after `calc`, as in ```calc subnet",
        "ja/m03-sample.md:85: a calc block holds one line of input, not 2",
        "ja/m03-sample.md:90: a calc block needs one line of input for the calculator",
    ]
);
case!(
    catalog,
    "catalog",
    [
        "en/m03-sample.md:8: unknown skill \"subnet.hosts\" (see the skill catalog in lessons/README.md)",
        "en/m03-sample.md:9: unknown calculator \"cidr\" (calculators: subnet, split, aggregate, overlap, range, exclude, route, vpc, avail, port, tcp, dns, http, ssh)",
        "en/m03-sample.md:21: question q2: unknown skill \"subnet.pointtopoint\"",
        "ja/m03-sample.md:8: unknown skill \"subnet.hosts\" (see the skill catalog in lessons/README.md)",
        "ja/m03-sample.md:9: unknown calculator \"cidr\" (calculators: subnet, split, aggregate, overlap, range, exclude, route, vpc, avail, port, tcp, dns, http, ssh)",
        "ja/m03-sample.md:21: question q2: unknown skill \"subnet.pointtopoint\"",
    ]
);
case!(
    choices,
    "choices",
    [
        "en/m03-sample.md:13: question q1: choices A and C are the same (\"2\")",
        "en/m03-sample.md:51: question q6 has 6 choices; choice and multi questions have 3 to 5",
        "en/m03-sample.md:51: question q6: choice B is empty",
        "ja/m03-sample.md:13: question q1: choices A and C are the same (\"2\")",
        "ja/m03-sample.md:51: question q6 has 6 choices; choice and multi questions have 3 to 5",
        "ja/m03-sample.md:51: question q6: choice B is empty",
    ]
);
case!(
    deep_heading,
    "deep-heading",
    [
        "en/m03-sample.md:77: headings deeper than ### are not supported (this one is ####)",
        "en/m03-sample.md:79: headings deeper than ### are not supported (this one is #####)",
        "ja/m03-sample.md:77: headings deeper than ### are not supported (this one is ####)",
        "ja/m03-sample.md:79: headings deeper than ### are not supported (this one is #####)",
    ]
);
case!(
    deep_list,
    "deep-list",
    [
        "en/m03-sample.md:79: lists nest one level deep at most: move this list up a level",
        "ja/m03-sample.md:79: lists nest one level deep at most: move this list up a level",
    ]
);
case!(
    duplicate_id,
    "duplicate-id",
    [
        "en/m03-copy.md:3: id \"m03-sample\" does not match the file name (expected \"m03-copy\")",
        "en/m03-copy.md:3: id \"m03-sample\" is also used by en/m03-sample.md",
    ]
);
case!(
    empty_texts,
    "empty-texts",
    [
        "en/m03-sample.md:36: question q4: items 1 and 2 are the same (\"root\")",
        "en/m03-sample.md:43: question q5 has an empty answer",
        "en/m03-sample.md:66: question q8 has no prompt",
        "en/m03-sample.md:66: question q8 has no explanation",
        "ja/m03-sample.md:36: question q4: items 1 and 2 are the same (\"root\")",
        "ja/m03-sample.md:43: question q5 has an empty answer",
        "ja/m03-sample.md:66: question q8 has no prompt",
        "ja/m03-sample.md:66: question q8 has no explanation",
    ]
);
case!(
    footnote,
    "footnote",
    [
        "en/m03-sample.md:77: footnotes are not supported: put the remark in the text or in a > note",
        "en/m03-sample.md:79: footnotes are not supported: put the remark in the text or in a > note",
        "ja/m03-sample.md:77: footnotes are not supported: put the remark in the text or in a > note",
        "ja/m03-sample.md:79: footnotes are not supported: put the remark in the text or in a > note",
    ]
);
case!(
    id_file_name,
    "id-file-name",
    [
        "en/m03-sample.md:3: id \"M03_Sample\" may use only a-z, 0-9 and -",
        "en/m03-sample.md:3: id \"M03_Sample\" does not match the file name (expected \"m03-sample\")",
    ]
);
case!(
    image,
    "image",
    [
        "en/m03-sample.md:77: images are not supported: describe the picture in words or draw it in a ```text block",
        "en/m03-sample.md:79: images are not supported: describe the picture in words or draw it in a ```text block",
        "ja/m03-sample.md:77: images are not supported: describe the picture in words or draw it in a ```text block",
        "ja/m03-sample.md:79: images are not supported: describe the picture in words or draw it in a ```text block",
    ]
);
case!(
    list_item_block,
    "list-item-block",
    [
        "en/m03-sample.md:79: a list item holds only text and one nested list: end the list before this code block",
        "en/m03-sample.md:84: a list item holds only text and one nested list: end the list before this note",
        "ja/m03-sample.md:79: a list item holds only text and one nested list: end the list before this code block",
        "ja/m03-sample.md:84: a list item holds only text and one nested list: end the list before this note",
    ]
);
case!(
    missing_key,
    "missing-key",
    ["en/m03-sample.md:2: missing key `title`",]
);
case!(
    missing_twin,
    "missing-twin",
    [
        "en/m03-sample.md:1: no Japanese twin: ja/m03-sample.md is missing",
        "ja/m03-only-ja.md:1: no English twin: en/m03-only-ja.md is missing",
    ]
);
case!(
    no_front_matter,
    "no-front-matter",
    ["en/m03-sample.md:1: the file must start with a line `+++` that opens the TOML front matter",]
);
case!(
    note_in_note,
    "note-in-note",
    [
        "en/m03-sample.md:79: a note inside a note is not supported",
        "ja/m03-sample.md:79: a note inside a note is not supported",
    ]
);
case!(
    price,
    "price",
    [
        "en/m03-sample.md:77: the lesson states a price (\"$0.005\") but its front matter has no as_of date",
        "ja/m03-sample.md:77: the lesson states a price (\"0.005 USD\") but its front matter has no as_of date",
    ]
);
case!(
    question_block,
    "question-block",
    [
        "en/m03-sample.md:77: a question block names \"q42\", but the front matter has no question with that id",
        "en/m03-sample.md:80: a question block names its question after `question`, as in ```question q5",
        "en/m03-sample.md:83: a question block stays empty: the question itself goes in the front matter",
        "ja/m03-sample.md:77: a question block names \"q42\", but the front matter has no question with that id",
        "ja/m03-sample.md:80: a question block names its question after `question`, as in ```question q5",
        "ja/m03-sample.md:83: a question block stays empty: the question itself goes in the front matter",
    ]
);
case!(
    question_ids,
    "question-ids",
    [
        "en/m03-sample.md:21: question id \"Q 2\" may use only a-z, 0-9 and -",
        "en/m03-sample.md:36: question id \"q3\" is used twice (first on line 28)",
        "ja/m03-sample.md:21: question id \"Q 2\" may use only a-z, 0-9 and -",
        "ja/m03-sample.md:36: question id \"q3\" is used twice (first on line 28)",
    ]
);
case!(
    raw_html,
    "raw-html",
    [
        "en/m03-sample.md:77: raw HTML is not supported: write it in Markdown",
        "en/m03-sample.md:81: raw HTML is not supported: write it in Markdown",
        "ja/m03-sample.md:77: raw HTML is not supported: write it in Markdown",
        "ja/m03-sample.md:81: raw HTML is not supported: write it in Markdown",
    ]
);
case!(
    toml_syntax,
    "toml-syntax",
    ["en/m03-sample.md:6: invalid basic string, expected `\"`",]
);
case!(
    too_few_questions,
    "too-few-questions",
    [
        "en/m03-sample.md:1: the lesson has 7 questions; a lesson needs at least 8",
        "ja/m03-sample.md:1: the lesson has 7 questions; a lesson needs at least 8",
    ]
);
case!(
    twin_meta,
    "twin-meta",
    [
        "ja/m03-sample.md:4: module is \"M4\" here but \"M3\" in en/m03-sample.md",
        "ja/m03-sample.md:5: order is 2 here but 1 in en/m03-sample.md",
        "ja/m03-sample.md:8: skills differ from en/m03-sample.md (here: subnet.host_count, subnet.network; there: subnet.host_count)",
        "ja/m03-sample.md:9: calculators differ from en/m03-sample.md (here: none; there: subnet)",
    ]
);
case!(
    twin_questions,
    "twin-questions",
    [
        "ja/m03-sample.md:1: the lesson has 7 questions; a lesson needs at least 8",
        "ja/m03-sample.md:1: question q7 of en/m03-sample.md is missing here",
        "ja/m03-sample.md:1: question q8 of en/m03-sample.md is missing here",
        "ja/m03-sample.md:13: questions are in a different order than in en/m03-sample.md",
        "ja/m03-sample.md:59: question q9 is not in en/m03-sample.md",
    ]
);
case!(
    unclosed_front_matter,
    "unclosed-front-matter",
    ["en/m03-sample.md:1: the front matter opened on line 1 is never closed by a `+++` line",]
);
case!(
    unknown_key,
    "unknown-key",
    [
        "en/m03-sample.md:11: unknown key `colour`, expected one of `format_version`, `id`, `module`, `order`, `title`, `summary`, `skills`, `calculators`, `sources`, `as_of`, `question`",
    ]
);
case!(
    unknown_question_key,
    "unknown-question-key",
    [
        "en/m03-sample.md:47: unknown key `hint`, expected one of `id`, `kind`, `prompt`, `choices`, `answer`, `items`, `accept`, `explanation`, `skill`, `verify`",
    ]
);
case!(
    verify_form,
    "verify-form",
    [
        "en/m03-sample.md:28: question q3: verify cannot check a multi question",
        "en/m03-sample.md:44: question q5: cannot verify: only the subnet calculator can verify answers, not \"route\"",
        "en/m03-sample.md:61: question q7: verify on a true_false question needs field = \"is_private\"",
        "en/m03-sample.md:69: question q8: cannot verify: unknown subnet field \"hosts\" (fields: network, broadcast, first_host, last_host, netmask, wildcard, prefix, total_addresses, usable_hosts, aws_usable, classification, is_private)",
        "ja/m03-sample.md:28: question q3: verify cannot check a multi question",
        "ja/m03-sample.md:44: question q5: cannot verify: only the subnet calculator can verify answers, not \"route\"",
        "ja/m03-sample.md:61: question q7: verify on a true_false question needs field = \"is_private\"",
        "ja/m03-sample.md:69: question q8: cannot verify: unknown subnet field \"hosts\" (fields: network, broadcast, first_host, last_host, netmask, wildcard, prefix, total_addresses, usable_hosts, aws_usable, classification, is_private)",
    ]
);
case!(
    verify_disagrees,
    "verify-disagrees",
    [
        "en/m03-sample.md:43: question q5: the answer is \"10.0.0.254\" but the subnet calculator gives \"10.0.0.255\" for broadcast of 10.0.0.0/24",
        "en/m03-sample.md:52: question q6: the answer is \"14\" but the subnet calculator gives \"11\" for aws_usable of 10.0.0.0/28",
        "en/m03-sample.md:61: question q7: the answer is \"true\" but the subnet calculator gives \"false\" for is_private of 100.64.0.1",
        "ja/m03-sample.md:43: question q5: the answer is \"10.0.0.254\" but the subnet calculator gives \"10.0.0.255\" for broadcast of 10.0.0.0/24",
        "ja/m03-sample.md:52: question q6: the answer is \"14\" but the subnet calculator gives \"11\" for aws_usable of 10.0.0.0/28",
        "ja/m03-sample.md:61: question q7: the answer is \"true\" but the subnet calculator gives \"false\" for is_private of 100.64.0.1",
    ]
);
case!(
    twin_answers,
    "twin-answers",
    [
        "ja/m03-sample.md:13: question q1: the answer is B here but A in en/m03-sample.md",
        "ja/m03-sample.md:21: question q2: the answer is false here but true in en/m03-sample.md",
        "ja/m03-sample.md:28: question q3: the answers are A, B, C here but A, C in en/m03-sample.md",
        "ja/m03-sample.md:36: question q4 has 2 items here but 3 in en/m03-sample.md",
        "ja/m03-sample.md:43: question q5 is a choice question here but a short question in en/m03-sample.md",
        "ja/m03-sample.md:51: question q6 has 4 choices here but 3 in en/m03-sample.md",
        "ja/m03-sample.md:66: question q8: verify differs from en/m03-sample.md",
    ]
);
