//! Checks the layering rules of ARCHITECTURE.md by reading the sources, so that a
//! violation fails the build's tests instead of waiting for a review.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return files;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// Lines of code outside comments and outside `#[cfg(test)]` modules, with their numbers.
fn code_lines(source: &str) -> Vec<(usize, String)> {
    let mut lines = Vec::new();
    let mut in_tests = false;
    for (i, line) in source.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            // Test modules sit at the end of a file by convention.
            in_tests = true;
        }
        if in_tests || trimmed.starts_with("//") {
            continue;
        }
        lines.push((i + 1, line.to_string()));
    }
    lines
}

fn violations(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut found = Vec::new();
    for file in rust_files(&root) {
        let source = fs::read_to_string(&file).unwrap();
        for (number, line) in code_lines(&source) {
            for pattern in forbidden {
                if line.contains(pattern) {
                    let shown = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
                    found.push(format!("{}:{number}: uses `{pattern}`", shown.display()));
                }
            }
        }
    }
    found
}

#[test]
fn the_calculator_core_is_pure() {
    let forbidden = [
        "ratatui",
        "crossterm",
        "std::fs",
        "std::env",
        "std::io::stdin",
        "std::io::stdout",
        "File::",
        "SystemTime",
        "Instant::now",
        "thread_rng",
        "rand::rng(",
        "std::process",
        "std::net::TcpStream",
        "println!",
        "eprintln!",
    ];
    let found = violations("src/calc", &forbidden);
    assert!(
        found.is_empty(),
        "the core must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_command_line_face_never_draws() {
    let found = violations("src/cli", &["ratatui", "crossterm"]);
    assert!(
        found.is_empty(),
        "cli must not import the terminal UI:\n{}",
        found.join("\n")
    );
}

#[test]
fn crossterm_comes_only_through_ratatui() {
    let manifest =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let direct = manifest
        .lines()
        .any(|line| line.trim_start().starts_with("crossterm"));
    assert!(
        !direct,
        "depend on crossterm through ratatui::crossterm, not directly"
    );
}

#[test]
fn main_only_dispatches() {
    let main =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs")).unwrap();
    let code = code_lines(&main);
    assert!(
        code.len() <= 12,
        "src/main.rs should only dispatch, it has {} lines of code",
        code.len()
    );
}

#[test]
fn lessons_and_quiz_read_files_only_in_the_loader() {
    let forbidden = [
        "ratatui",
        "crossterm",
        "std::fs",
        "std::env",
        "File::",
        "SystemTime",
        "Instant::now",
        "thread_rng",
        "std::process",
        "println!",
        "eprintln!",
    ];
    // The loader is the one file allowed to read the disk.
    let loader = "src/lesson/load.rs:";
    let found: Vec<String> = ["src/lesson", "src/quiz"]
        .iter()
        .flat_map(|dir| violations(dir, &forbidden))
        .filter(|v| !(v.starts_with(loader) && v.ends_with("uses `std::fs`")))
        .collect();
    assert!(
        found.is_empty(),
        "lessons and quiz must stay pure outside src/lesson/load.rs:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_classroom_touches_the_disk_only_in_its_store() {
    let forbidden = [
        "ratatui",
        "crossterm",
        "std::fs",
        "std::env",
        "File::",
        "OpenOptions",
        "SystemTime",
        "Instant::now",
        "thread_rng",
        "rand::rng(",
        "println!",
        "eprintln!",
    ];
    // The store is the one file allowed to read and write files; the live
    // classroom (a server) has rules of its own.
    let found: Vec<String> = violations("src/classroom", &forbidden)
        .into_iter()
        .filter(|v| {
            !v.starts_with("src/classroom/store.rs:") && !v.starts_with("src/classroom/live/")
        })
        .collect();
    assert!(
        found.is_empty(),
        "the classroom must stay pure outside src/classroom/store.rs:\n{}",
        found.join("\n")
    );
}
