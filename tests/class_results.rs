//! Result files: round trip, atomic writes, autosaves kept aside when unreadable, and
//! a class report over 30 result files whose answers are known (generated here from
//! the answer key, with deliberate mistakes), with tampered, mismatched and
//! unreadable files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use netdojo::classroom::exam::{Body, Exam, ExamQuestion};
use netdojo::classroom::grade::grade;
use netdojo::classroom::pack::{self, Pack};
use netdojo::classroom::report::{self, ClassPack, Submission};
use netdojo::classroom::result::{Answer, ResultFile};
use netdojo::classroom::store;
use netdojo::lang::Lang;
use netdojo::lesson::{Library, load};
use netdojo::quiz::mistake::Mistake;
use netdojo::quiz::model::Kind;

const SAME: &str = "tests/fixtures/packs/golden/same.json";
const VARIANT: &str = "tests/fixtures/packs/golden/variant.json";

fn library() -> Library {
    Library::from_sources(&load::embedded()).0
}

fn pack_at(path: &str) -> (Pack, String) {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    (pack::read(&text, &library()).unwrap(), text)
}

/// A finished result whose answers are the key's, or `wrong(question)` when given.
fn result_for(
    name: &str,
    pack: &Pack,
    text: &str,
    answer: impl Fn(&ExamQuestion) -> String,
) -> ResultFile {
    let exam = Exam::build(pack, &library(), Some(name)).unwrap();
    let mut result = ResultFile::start(name, pack, text, "2025-04-01T09:00:00Z");
    for q in &exam.questions {
        result.answers.push(Answer {
            slot: q.slot.clone(),
            typed: answer(q),
            ms: 15_000,
        });
    }
    let graded = grade(&exam, pack.time_limit, &result.answers).unwrap();
    result.score = Some(graded.score);
    result.max_score = Some(graded.max_score);
    result.finished = Some("2025-04-01T09:20:00Z".into());
    result
}

#[test]
fn a_result_file_round_trips_through_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let (pack, text) = pack_at(SAME);
    let result = result_for("Aiko Tanaka", &pack, &text, |q| q.answer_text(Lang::En));
    assert_eq!(ResultFile::from_json(&result.to_json()).unwrap(), result);
    let path = store::submit(dir.path(), &result).unwrap();
    assert_eq!(
        path,
        dir.path().join(format!(
            "{}.json",
            netdojo::classroom::result::file_stem("Aiko Tanaka")
        ))
    );
    assert_eq!(store::read_result(&path).unwrap(), result);
    // A second submission never replaces the first.
    let err = store::submit(dir.path(), &result).unwrap_err();
    assert!(
        err.to_string().ends_with("a result was already submitted"),
        "{err}"
    );
    assert_eq!(store::read_result(&path).unwrap(), result);
}

#[test]
fn result_files_of_another_version_or_shape_are_refused_with_a_reason() {
    assert_eq!(
        ResultFile::from_json("{\"format_version\": 9}")
            .unwrap_err()
            .to_string(),
        "not a result file: this netdojo reads result format version 1, found 9"
    );
    assert_eq!(
        ResultFile::from_json("[]").unwrap_err().to_string(),
        "not a result file: this netdojo reads result format version 1, found none"
    );
    assert!(ResultFile::from_json("{\"format_version\": 1}").is_err());
}

#[test]
fn an_interrupted_write_leaves_the_old_file_and_its_temp_file_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let (pack, text) = pack_at(SAME);
    let old = result_for("Ben", &pack, &text, |q| q.answer_text(Lang::En));
    let path = store::submit(dir.path(), &old).unwrap();
    // A crash during a later write left a half-written temporary file behind.
    let leftover = dir.path().join(format!(
        ".{}.tmp-99999",
        path.file_name().unwrap().to_string_lossy()
    ));
    fs::write(&leftover, "{\"format_version\": 1, \"stud").unwrap();
    assert_eq!(store::read_result(&path).unwrap(), old);
    assert_eq!(
        store::result_files(dir.path()).unwrap(),
        std::slice::from_ref(&path)
    );
    // A write that cannot finish (its temporary file cannot be created) fails and
    // leaves the old file whole.
    fs::create_dir(store::temp_path(&path)).unwrap();
    assert!(store::write_atomic(&path, b"new").is_err());
    assert_eq!(store::read_result(&path).unwrap(), old);
    fs::remove_dir(store::temp_path(&path)).unwrap();
    // A write that finishes replaces the file and leaves no temporary file.
    store::write_atomic(&path, b"new\n").unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "new\n");
    assert!(!store::temp_path(&path).exists());
}

#[test]
fn autosaves_resume_and_an_unreadable_one_is_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let (pack, text) = pack_at(SAME);
    let mut partial = ResultFile::start("Chika", &pack, &text, "2025-04-01T09:00:00Z");
    partial.answers.push(Answer {
        slot: "1.1".into(),
        typed: "B".into(),
        ms: 1200,
    });
    store::autosave(dir.path(), &partial).unwrap();
    let resumed = store::resume(dir.path(), "  chika ").unwrap();
    assert_eq!(resumed.result, Some(partial));
    assert!(resumed.warning.is_none());
    // The report does not read autosaves (they are hidden files).
    assert!(store::result_files(dir.path()).unwrap().is_empty());

    let autosave = store::autosave_path(dir.path(), "Chika");
    fs::write(&autosave, "not json").unwrap();
    let resumed = store::resume(dir.path(), "Chika").unwrap();
    assert!(resumed.result.is_none());
    let aside = autosave.with_file_name(format!(
        "{}.corrupt-1",
        autosave.file_name().unwrap().to_string_lossy()
    ));
    assert_eq!(
        resumed.warning.unwrap(),
        format!(
            "{}: not a result file: expected ident at line 1 column 2; it was moved to {} and the exam starts afresh",
            autosave.display(),
            aside.display()
        )
    );
    assert_eq!(fs::read_to_string(&aside).unwrap(), "not json");
    assert!(!autosave.exists());
}

// ---- A class of 30 ---------------------------------------------------------------

fn name(s: usize) -> String {
    format!("Student {s:02}")
}

/// The letter of the entry shown with this text.
fn letter_of(q: &ExamQuestion, text: &str) -> String {
    let at = q.entries(Lang::En).iter().position(|e| e == text).unwrap();
    netdojo::lesson::choice_letter(at)
}

/// The text and letter of the choice a named mistake gives, in a generated question.
fn mistake_choice(q: &ExamQuestion, mistake: Mistake) -> (String, String) {
    let Body::Generated(generated) = &q.body else {
        panic!("generated")
    };
    let Kind::SingleChoice { choices, .. } = &generated.kind else {
        panic!("single choice")
    };
    let at = choices
        .iter()
        .position(|c| c.mistake == Some(mistake))
        .unwrap();
    (
        choices[at].text.en.clone(),
        netdojo::lesson::choice_letter(at),
    )
}

/// Student s's answer: the key, except for the deliberate mistakes.
fn answer_of(s: usize, q: &ExamQuestion) -> String {
    match q.slot.as_str() {
        "1.1" if s % 3 == 0 => mistake_choice(q, Mistake::LastHostForBroadcast).1,
        "1.1" if [5, 10, 20, 25].contains(&s) => {
            mistake_choice(q, Mistake::NetworkBroadcastSwapped).1
        }
        "5" if s <= 6 => letter_of(q, "/29"),
        "5" if s <= 8 => letter_of(q, "/31"),
        "7" if s % 2 == 0 => String::new(),
        "4" if s == 29 => (q.answer_text(Lang::En) == "false").to_string(),
        "4" if s == 30 => "maybe".into(),
        _ => q.answer_text(Lang::En),
    }
}

/// Misses of student s, counted from the rules above independently of the grader.
fn misses(s: usize) -> u64 {
    u64::from(s % 3 == 0 || [5, 10, 20, 25].contains(&s))
        + u64::from(s <= 8)
        + u64::from(s % 2 == 0)
        + u64::from(s >= 29)
}

fn write_class(dir: &Path) {
    let (pack, text) = pack_at(SAME);
    let (other, other_text) = pack_at(VARIANT);
    for s in 1..=30 {
        let mut result = match s {
            // Taken with another pack.
            2 => result_for(&name(s), &other, &other_text, |q| q.answer_text(Lang::En)),
            _ => result_for(&name(s), &pack, &text, |q| answer_of(s, q)),
        };
        if s == 1 {
            // The stored score was raised by hand.
            result.score = result.score.map(|x| x + 1);
        }
        store::submit(dir, &result).unwrap();
    }
    fs::write(dir.join("broken.json"), "{").unwrap();
}

#[test]
fn a_class_report_recomputes_scores_and_finds_what_the_class_missed() {
    let dir = tempfile::tempdir().unwrap();
    write_class(dir.path());
    let (pack, text) = pack_at(SAME);
    let submissions: Vec<Submission> = store::result_files(dir.path())
        .unwrap()
        .iter()
        .map(|p| Submission {
            file: p.file_name().unwrap().to_string_lossy().into_owned(),
            result: store::read_result(p).map_err(|e| match e {
                store::StoreError::NotAResult { reason, .. } => reason,
                other => other.to_string(),
            }),
        })
        .collect();
    assert_eq!(submissions.len(), 31);
    let mut roster: Vec<String> = (1..=30).map(name).collect();
    roster.push("Absent One".into());
    roster.push("absent  TWO".into());
    let built = report::build(
        &submissions,
        Some(ClassPack {
            hash: pack::hash(text.as_bytes()),
            pack,
        }),
        &roster,
        &library(),
        Lang::En,
    );

    // Scores: recomputed, each as the rules say; ties share a rank.
    assert_eq!(built.students.len(), 30);
    for row in &built.students {
        let s: usize = row.name["Student ".len()..].parse().unwrap();
        let expected = if s == 2 { 8 } else { 8 - misses(s) };
        assert_eq!(row.score, Some(expected), "{}", row.name);
        assert_eq!(row.max_score, 8);
    }
    let top: Vec<(&str, Option<usize>)> = built
        .students
        .iter()
        .take(7)
        .map(|r| (r.name.as_str(), r.rank))
        .collect();
    assert_eq!(
        top,
        [
            ("Student 02", Some(1)),
            ("Student 11", Some(1)),
            ("Student 13", Some(1)),
            ("Student 17", Some(1)),
            ("Student 19", Some(1)),
            ("Student 23", Some(1)),
            ("Student 01", Some(7)),
        ]
    );
    let flagged: Vec<(&str, &[String], bool)> = built
        .students
        .iter()
        .filter(|r| !r.sound())
        .map(|r| (r.name.as_str(), r.tampered.as_slice(), r.mismatched))
        .collect();
    assert_eq!(
        flagged,
        [
            ("Student 02", &[][..], true),
            (
                "Student 01",
                &["its score says 8 but the answers give 7".to_owned()][..],
                false
            ),
        ]
    );
    assert_eq!(
        built.unreadable,
        [(
            "broken.json".to_owned(),
            "not a result file: EOF while parsing an object at line 1 column 1".to_owned()
        )]
    );
    assert_eq!(built.missing, ["Absent One", "absent  TWO"]);

    // Facility over the 28 sound results.
    let facility: Vec<(&str, usize, usize, Option<u64>, usize)> = built
        .questions
        .iter()
        .map(|q| {
            (
                q.slot.as_str(),
                q.right,
                q.students,
                q.facility(),
                q.skipped,
            )
        })
        .collect();
    assert_eq!(
        facility,
        [
            ("1.1", 14, 28, Some(50), 0),
            ("1.2", 28, 28, Some(100), 0),
            ("2", 28, 28, Some(100), 0),
            ("3", 28, 28, Some(100), 0),
            ("4", 26, 28, Some(93), 0),
            ("5", 22, 28, Some(79), 0),
            ("6", 28, 28, Some(100), 0),
            ("7", 14, 28, Some(50), 14),
        ]
    );

    // The most common wrong answers, with the diagnosis of the mistake behind them.
    let exam = Exam::build(&pack_at(SAME).0, &library(), None).unwrap();
    let broadcast = exam.questions.iter().find(|q| q.slot == "1.1").unwrap();
    let last_host = mistake_choice(broadcast, Mistake::LastHostForBroadcast).0;
    let swapped = mistake_choice(broadcast, Mistake::NetworkBroadcastSwapped).0;
    let wrong = |slot: &str| -> Vec<(String, usize, Option<Mistake>)> {
        built
            .questions
            .iter()
            .find(|q| q.slot == slot)
            .unwrap()
            .wrong
            .iter()
            .map(|w| (w.answer.clone(), w.count, w.mistake))
            .collect()
    };
    assert_eq!(
        wrong("1.1"),
        [
            (last_host, 10, Some(Mistake::LastHostForBroadcast)),
            (swapped, 4, Some(Mistake::NetworkBroadcastSwapped)),
        ]
    );
    assert_eq!(
        wrong("5"),
        [("/29".to_owned(), 4, None), ("/31".to_owned(), 2, None)]
    );
    let tf = wrong("4");
    assert_eq!(tf.len(), 2);
    assert_eq!((tf[1].0.as_str(), tf[1].1), ("maybe", 1));
    assert_eq!(
        &built.mistakes[..2],
        [
            (Mistake::LastHostForBroadcast, 10),
            (Mistake::NetworkBroadcastSwapped, 4)
        ]
    );

    // Skills for the class.
    let broadcast_skill = built
        .skills
        .iter()
        .find(|s| s.skill == "subnet.broadcast")
        .unwrap();
    assert_eq!((broadcast_skill.right, broadcast_skill.asked), (42, 56));
}

#[test]
fn the_report_command_flags_files_and_lists_who_did_not_submit() {
    let dir = tempfile::tempdir().unwrap();
    write_class(dir.path());
    let roster = dir.path().join("roster.txt");
    fs::write(&roster, "# class 2B\nStudent 01\nAbsent One\n").unwrap();
    let output = Command::cargo_bin("netdojo")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["class", "report"])
        .arg(dir.path())
        .args(["--pack", SAME, "--roster"])
        .arg(&roster)
        .args(["--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let students: Vec<&serde_json::Value> =
        lines.iter().filter(|l| l["record"] == "student").collect();
    assert_eq!(students.len(), 30);
    let first = students.iter().find(|s| s["name"] == "Student 01").unwrap();
    assert_eq!(first["score"], 7);
    assert_eq!(first["max_score"], 8);
    assert_eq!(first["tampered"], true);
    assert_eq!(first["mismatched"], false);
    let second = students.iter().find(|s| s["name"] == "Student 02").unwrap();
    assert_eq!(
        (second["tampered"].clone(), second["mismatched"].clone()),
        (false.into(), true.into())
    );
    assert_eq!(
        lines.last().unwrap(),
        &serde_json::json!({"record": "missing", "name": "Absent One"})
    );
    assert!(lines.iter().any(
        |l| l["record"] == "unreadable" && l["file"].as_str().unwrap().ends_with("broken.json")
    ));

    // Without --pack, the class's pack is the one most results carry.
    let output = Command::cargo_bin("netdojo")
        .unwrap()
        .args(["class", "report", "--csv"])
        .arg(dir.path())
        .output()
        .unwrap();
    let csv = String::from_utf8(output.stdout).unwrap();
    let mut rows = csv.lines();
    assert_eq!(
        rows.next(),
        Some(
            "rank,name,score,max_score,percent,right,questions,tampered,mismatched,submitted,file"
        )
    );
    let student_two = csv.lines().find(|l| l.contains("Student 02")).unwrap();
    assert!(
        student_two.starts_with("1,Student 02,8,8,100,8,8,false,true,true,"),
        "{student_two}"
    );
}
