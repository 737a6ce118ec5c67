#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Seed → questions is a promise to every teacher who published a seed: the golden
//! file pins the question each skill and difficulty gives for seed 42, and the
//! order of a mixed session.
//!
//! After a deliberate change to a generator, regenerate the file with
//! `NETDOJO_BLESS=1 cargo test --test quiz_golden` and say in the commit message
//! that published seeds change.

use std::path::Path;

use netdojo::quiz::generators::{SKILLS, generate_seeded};
use netdojo::quiz::model::Difficulty;
use netdojo::quiz::session::Session;

const SEED: u64 = 42;

fn current() -> String {
    let mut lines = Vec::new();
    for skill in SKILLS {
        for difficulty in Difficulty::ALL {
            let q = generate_seeded(skill.id.as_str(), difficulty, SEED).unwrap();
            lines.push(serde_json::to_string(&q).unwrap());
        }
    }
    let mut session = Session::new(SKILLS.iter().collect(), Difficulty::Medium, 12, SEED);
    let order: Vec<String> = std::iter::from_fn(|| session.next_turn())
        .map(|t| t.question.skill.to_string())
        .collect();
    lines.push(serde_json::json!({ "session_order": order }).to_string());
    lines.join("\n") + "\n"
}

#[test]
fn seed_42_gives_the_pinned_questions() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/quiz_seed_42.jsonl");
    let now = current();
    if std::env::var_os("NETDOJO_BLESS").is_some() {
        std::fs::write(&path, &now).unwrap();
        return;
    }
    let pinned =
        std::fs::read_to_string(&path).expect("missing golden file: run with NETDOJO_BLESS=1 once");
    for (i, (was, is)) in pinned.lines().zip(now.lines()).enumerate() {
        assert_eq!(
            was,
            is,
            "line {} of {} changed: published seeds would give other questions",
            i + 1,
            path.display()
        );
    }
    assert_eq!(
        pinned.lines().count(),
        now.lines().count(),
        "the number of skills changed: regenerate with NETDOJO_BLESS=1"
    );
}
