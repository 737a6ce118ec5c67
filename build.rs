//! Compiles every lesson file under `lessons/en` and `lessons/ja` into the binary,
//! so an installed netdojo needs no files beside it.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    println!("cargo::rerun-if-changed=lessons");
    let mut entries = String::from("&[\n");
    for lang in ["en", "ja"] {
        let Ok(dir) = fs::read_dir(root.join(lang)) else {
            continue;
        };
        let mut files: Vec<_> = dir.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for path in files {
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let Some(stem) = name.strip_suffix(".md") else {
                continue;
            };
            if stem.is_empty() || name.starts_with('.') || !path.is_file() {
                continue;
            }
            let _ = writeln!(
                entries,
                "    ({lang:?}, {stem:?}, include_str!({:?})),",
                path.display().to_string()
            );
        }
    }
    entries.push_str("]\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("embedded_lessons.rs");
    if let Err(e) = fs::write(&out, entries) {
        panic!("cannot write {}: {e}", out.display());
    }
}
