//! Every `$ netdojo ...` example in the README and in docs/ is run, and what it prints
//! (standard output, then standard error) must match the page word for word, so the
//! documentation cannot drift from the program.
//!
//! A `console` block holds one or more commands, each a `$ ` line followed by its
//! output. `printf '...' | netdojo ...` feeds the printf text to standard input, and
//! `cat FILE` shows a file of the repository that later examples read. A line that is
//! only `...` in the shown output stands for any number of lines.
//!
//! `UPDATE_DOCS=1 cargo test --test docs` writes what netdojo prints into the pages
//! instead of failing, for the examples without `...`; read the diff before keeping it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

struct Example {
    place: String,
    /// The index of the page's first output line of this example.
    first_line: usize,
    args: Vec<String>,
    stdin: Option<String>,
    expected: String,
}

/// Whether `actual` is what the page shows, where a `...` line stands for any lines.
fn matches(expected: &str, actual: &str) -> bool {
    let pieces: Vec<&str> = expected.split("...\n").collect();
    if pieces.len() == 1 {
        return expected == actual;
    }
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    if !actual.starts_with(first) || !actual[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &actual[first.len()..actual.len() - last.len()];
    for middle in &pieces[1..pieces.len() - 1] {
        match rest.find(middle) {
            Some(at) => rest = &rest[at + middle.len()..],
            None => return false,
        }
    }
    true
}

/// Splits a command line the way a POSIX shell would for the quoting used in docs.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for q in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                    word.push(q);
                }
            }
            '"' => {
                in_word = true;
                while let Some(q) = chars.next() {
                    match q {
                        '"' => break,
                        '\\' => word.extend(chars.next()),
                        _ => word.push(q),
                    }
                }
            }
            '\\' => {
                in_word = true;
                word.extend(chars.next());
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// The text printf would print for a format with only `\n` and `\t` escapes.
fn printf_text(format: &str) -> String {
    format.replace("\\n", "\n").replace("\\t", "\t")
}

fn examples(path: &Path) -> Vec<Example> {
    let text = fs::read_to_string(path).unwrap();
    let shown = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .display()
        .to_string();
    let mut found = Vec::new();
    let mut in_console = false;
    let mut current: Option<Example> = None;
    for (number, line) in text.lines().enumerate() {
        if !in_console {
            in_console = line.trim_start() == "```console";
            continue;
        }
        if line.trim_start().starts_with("```") {
            in_console = false;
            found.extend(current.take());
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            found.extend(current.take());
            let mut words = shell_words(command);
            let mut stdin = None;
            if words.first().is_some_and(|w| w == "printf") {
                let bar = words
                    .iter()
                    .position(|w| w == "|")
                    .expect("printf ... | netdojo");
                stdin = Some(printf_text(&words[1]));
                words.drain(..=bar);
            }
            if words[0] == "cat" {
                current = Some(Example {
                    place: format!("{shown}:{}", number + 1),
                    first_line: number + 1,
                    args: words,
                    stdin: None,
                    expected: String::new(),
                });
                continue;
            }
            assert_eq!(
                words[0],
                "netdojo",
                "{shown}:{}: examples run netdojo",
                number + 1
            );
            current = Some(Example {
                place: format!("{shown}:{}", number + 1),
                first_line: number + 1,
                args: words[1..].to_vec(),
                stdin,
                expected: String::new(),
            });
        } else if let Some(example) = current.as_mut() {
            example.expected.push_str(line);
            example.expected.push('\n');
        }
    }
    found
}

fn pages() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = fs::read_dir(root.join("docs/usage"))
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    docs.sort();
    pages.extend(
        docs.into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "md")),
    );
    pages
}

#[test]
fn documented_examples_are_current() {
    let mut failures = Vec::new();
    let mut count = 0;
    let update = std::env::var_os("UPDATE_DOCS").is_some();
    for page in pages() {
        // Output to write into the page: the first line and count of the lines it
        // replaces, and the new text.
        let mut rewrites: Vec<(usize, usize, String)> = Vec::new();
        // Each page gets its own empty data folder: examples that practise write
        // progress there, never in the user's own.
        let home = tempfile::tempdir().unwrap();
        for example in examples(&page) {
            count += 1;
            if example.args[0] == "cat" {
                let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(&example.args[1]);
                let actual = fs::read_to_string(&file).unwrap_or_default();
                if actual != example.expected {
                    failures.push(format!(
                        "{}: {} differs from the page",
                        example.place, example.args[1]
                    ));
                }
                continue;
            }
            let mut command = Command::cargo_bin("netdojo").unwrap();
            command
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .env_remove("LANG")
                .env_remove("LC_ALL")
                .env("NO_COLOR", "1")
                .env("NETDOJO_HOME", home.path())
                .args(&example.args);
            command.write_stdin(example.stdin.clone().unwrap_or_default());
            // An example that waits forever (a server, a prompt) must fail, not hang the run.
            command.timeout(std::time::Duration::from_secs(120));
            let output = command
                .output()
                .unwrap_or_else(|e| panic!("{}: netdojo did not finish: {e}", example.place));
            let actual = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            if !matches(&example.expected, &actual) {
                if update && !example.expected.contains("...\n") {
                    let lines = example.expected.lines().count();
                    rewrites.push((example.first_line, lines, actual));
                    continue;
                }
                failures.push(format!(
                    "{}: netdojo {}\n--- the page shows\n{}--- netdojo prints\n{}",
                    example.place,
                    example.args.join(" "),
                    example.expected,
                    actual
                ));
            }
        }
        if !rewrites.is_empty() {
            let text = fs::read_to_string(&page).unwrap();
            let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
            for (first, count, actual) in rewrites.into_iter().rev() {
                lines.splice(first..first + count, actual.lines().map(str::to_owned));
            }
            fs::write(&page, lines.join("\n") + "\n").unwrap();
        }
    }
    assert!(count > 0, "no examples found");
    assert!(
        failures.is_empty(),
        "{} of {count} examples differ:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
