//! Pack validation: folders of valid and invalid fixtures with the exact problems
//! expected, and the published JSON Schema checked against the sample packs and
//! against the Rust model.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use netdojo::classroom::pack::{self, Entry, REQUIRED};
use netdojo::lesson::{Library, load};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn library() -> Library {
    Library::from_sources(&load::embedded()).0
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn sample_packs() -> Vec<PathBuf> {
    json_files(&root().join("assets/packs"))
        .into_iter()
        .filter(|p| !p.ends_with("pack.schema.json"))
        .collect()
}

#[test]
fn valid_fixtures_and_sample_packs_read_cleanly() {
    let library = library();
    let mut files = json_files(&root().join("tests/fixtures/packs/valid"));
    files.extend(sample_packs());
    assert!(files.len() >= 12, "{files:?}");
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        if let Err(problems) = pack::read(&text, &library) {
            let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("{}:\n{}", file.display(), shown.join("\n"));
        }
    }
}

#[test]
fn invalid_fixtures_give_exactly_the_expected_problems() {
    let library = library();
    let files = json_files(&root().join("tests/fixtures/packs/invalid"));
    assert!(files.len() >= 10);
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let expected = fs::read_to_string(file.with_extension("expected")).unwrap();
        let problems = pack::read(&text, &library).expect_err("an invalid pack");
        let actual: String = problems.iter().map(|p| format!("{p}\n")).collect();
        assert_eq!(actual, expected, "{}", file.display());
    }
}

#[test]
fn a_valid_fixture_reads_into_the_model() {
    let text =
        fs::read_to_string(root().join("tests/fixtures/packs/valid/every-kind.json")).unwrap();
    let pack = pack::read(&text, &library()).unwrap();
    assert_eq!(
        pack.languages,
        [netdojo::lang::Lang::Ja, netdojo::lang::Lang::En]
    );
    assert_eq!(pack.seed, pack::MAX_SEED);
    assert_eq!(pack.points, 2);
    assert_eq!(pack.time_limit.question_secs, Some(60));
    assert_eq!(pack.question_count(), 9);
    assert_eq!(pack.questions[0].points(), Some(5));
    let Entry::Inline(multi) = &pack.questions[3] else {
        panic!("inline")
    };
    assert_eq!(
        multi.kind,
        pack::InlineKind::Multi {
            choices: ["a", "b", "c", "d"]
                .map(netdojo::quiz::model::Text::same)
                .to_vec(),
            answer: vec![0, 2]
        }
    );
}

// ---- The JSON Schema ------------------------------------------------------------

fn schema() -> Value {
    serde_json::from_str(&fs::read_to_string(root().join("assets/packs/pack.schema.json")).unwrap())
        .unwrap()
}

fn keys(value: &Value) -> BTreeSet<String> {
    value.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn the_schema_names_exactly_the_fields_of_the_model() {
    let schema = schema();
    let required: BTreeSet<String> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(required, REQUIRED.iter().map(|s| s.to_string()).collect());
    // Every field of the model, serialised, is a property of the schema and back.
    let starter = serde_json::to_value(pack::starter()).unwrap();
    assert_eq!(keys(&schema["properties"]), keys(&starter));
    let defs = &schema["$defs"];
    let entries = serde_json::to_value(&pack::starter().questions).unwrap();
    for entry in entries.as_array().unwrap() {
        let source = entry["source"].as_str().unwrap();
        let properties = keys(&defs[source]["properties"]);
        for key in keys(entry) {
            assert!(
                properties.contains(&key),
                "{source}: {key} is not in the schema"
            );
        }
    }
    let generated = serde_json::to_value(Entry::Generated {
        skill: "s.t".into(),
        difficulty: netdojo::quiz::model::Difficulty::Easy,
        count: 1,
        points: Some(1),
    })
    .unwrap();
    assert_eq!(keys(&defs["generated"]["properties"]), keys(&generated));
    let lesson = serde_json::to_value(Entry::Lesson {
        lesson: "l".into(),
        question: "q".into(),
        points: Some(1),
    })
    .unwrap();
    assert_eq!(keys(&defs["lesson"]["properties"]), keys(&lesson));
}

#[test]
fn every_sample_pack_and_valid_fixture_validates_against_the_schema() {
    let schema = schema();
    let mut files = sample_packs();
    files.extend(json_files(&root().join("tests/fixtures/packs/valid")));
    for file in files {
        let value: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        let errors = validate(&schema, &schema, &value, "");
        assert!(errors.is_empty(), "{}: {errors:?}", file.display());
    }
}

#[test]
fn the_schema_rejects_structural_mistakes() {
    let schema = schema();
    for (name, pointer) in [
        ("missing-keys", ""),
        ("unknown-keys", "/shufle"),
        ("settings", "/format_version"),
        ("not-an-object", ""),
        ("duplicate-ids", ""),
    ] {
        let file = root().join(format!("tests/fixtures/packs/invalid/{name}.json"));
        let value: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        let errors = validate(&schema, &schema, &value, "");
        if name == "duplicate-ids" {
            // Unique ids are beyond JSON Schema: only `class check` finds them.
            assert!(errors.is_empty(), "{errors:?}");
        } else {
            assert!(
                errors.iter().any(|e| e.starts_with(&format!("{pointer}:"))),
                "{name}: {errors:?}"
            );
        }
    }
    let inline_without_answer = serde_json::json!({
        "format_version": 1, "title": "t", "languages": ["en"], "seed": 1, "mode": "same",
        "questions": [{"source": "inline", "id": "a", "kind": "true_false", "prompt": "p", "explanation": "e"}]
    });
    assert!(!validate(&schema, &schema, &inline_without_answer, "").is_empty());
}

/// A validator for the JSON Schema keywords the pack schema uses (draft 2020-12:
/// type, const, enum, required, properties, additionalProperties, items, min/max
/// items and properties, uniqueItems, minimum, maximum, minLength, oneOf, anyOf,
/// allOf, not, if/then, $ref to #/$defs). `pattern` is left to `class check`.
/// Returns one `pointer: keyword` line per failure.
fn validate(root: &Value, schema: &Value, value: &Value, at: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let Some(rules) = schema.as_object() else {
        return errors;
    };
    let fail = |errors: &mut Vec<String>, keyword: &str| errors.push(format!("{at}: {keyword}"));
    if let Some(reference) = rules.get("$ref").and_then(Value::as_str) {
        let name = reference.strip_prefix("#/$defs/").expect("local $ref");
        errors.extend(validate(root, &root["$defs"][name], value, at));
    }
    if let Some(kind) = rules.get("type").and_then(Value::as_str) {
        let ok = match kind {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            "integer" => value.is_i64() || value.is_u64(),
            other => panic!("type {other} is not handled"),
        };
        if !ok {
            fail(&mut errors, "type");
            return errors;
        }
    }
    if rules.get("const").is_some_and(|c| c != value) {
        fail(&mut errors, "const");
    }
    if let Some(options) = rules.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            fail(&mut errors, "enum");
        }
    }
    if let Some(n) = value.as_f64() {
        if rules
            .get("minimum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n < m)
        {
            fail(&mut errors, "minimum");
        }
        if rules
            .get("maximum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n > m)
        {
            fail(&mut errors, "maximum");
        }
    }
    if let Some(s) = value.as_str() {
        if rules
            .get("minLength")
            .and_then(Value::as_u64)
            .is_some_and(|m| (s.chars().count() as u64) < m)
        {
            fail(&mut errors, "minLength");
        }
    }
    if let Some(items) = value.as_array() {
        let len = items.len() as u64;
        if rules
            .get("minItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| len < m)
        {
            fail(&mut errors, "minItems");
        }
        if rules
            .get("maxItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| len > m)
        {
            fail(&mut errors, "maxItems");
        }
        if rules.get("uniqueItems") == Some(&Value::Bool(true)) {
            for (i, item) in items.iter().enumerate() {
                if items[..i].contains(item) {
                    fail(&mut errors, "uniqueItems");
                }
            }
        }
        if let Some(item_schema) = rules.get("items") {
            for (i, item) in items.iter().enumerate() {
                errors.extend(validate(root, item_schema, item, &format!("{at}/{i}")));
            }
        }
    }
    if let Some(object) = value.as_object() {
        if let Some(required) = rules.get("required").and_then(Value::as_array) {
            for key in required {
                if !object.contains_key(key.as_str().unwrap()) {
                    fail(&mut errors, &format!("required {key}"));
                }
            }
        }
        if rules
            .get("minProperties")
            .and_then(Value::as_u64)
            .is_some_and(|m| (object.len() as u64) < m)
        {
            fail(&mut errors, "minProperties");
        }
        let properties = rules.get("properties").and_then(Value::as_object);
        for (key, item) in object {
            match properties.and_then(|p| p.get(key)) {
                Some(property) => {
                    errors.extend(validate(root, property, item, &format!("{at}/{key}")))
                }
                None if rules.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{at}/{key}: additionalProperties"));
                }
                None => {}
            }
        }
    }
    if let Some(options) = rules.get("oneOf").and_then(Value::as_array) {
        let passing = options
            .iter()
            .filter(|o| validate(root, o, value, at).is_empty())
            .count();
        if passing != 1 {
            fail(&mut errors, "oneOf");
        }
    }
    if let Some(options) = rules.get("anyOf").and_then(Value::as_array) {
        if !options
            .iter()
            .any(|o| validate(root, o, value, at).is_empty())
        {
            fail(&mut errors, "anyOf");
        }
    }
    if let Some(all) = rules.get("allOf").and_then(Value::as_array) {
        for each in all {
            errors.extend(validate(root, each, value, at));
        }
    }
    if let Some(not) = rules.get("not") {
        if validate(root, not, value, at).is_empty() {
            fail(&mut errors, "not");
        }
    }
    if let Some(condition) = rules.get("if") {
        if validate(root, condition, value, at).is_empty() {
            if let Some(then) = rules.get("then") {
                errors.extend(validate(root, then, value, at));
            }
        }
    }
    errors
}
