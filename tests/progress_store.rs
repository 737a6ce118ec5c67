#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The progress file: round trip, atomic writes under a simulated crash, corrupt
//! files kept aside, newer files left alone.

use std::fs;

use netdojo::progress::store::{self, FILE_NAME};
use netdojo::progress::{Day, Leitner, Progress};

fn sample() -> Progress {
    let mut p = Progress::default();
    p.record(&Leitner, "subnet.network", true, Day(19_700));
    p.record(&Leitner, "vpc.reserved", false, Day(19_701));
    p
}

#[test]
fn a_missing_file_is_empty_progress() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = store::load(&dir.path().join(FILE_NAME)).unwrap();
    assert_eq!(loaded.progress, Progress::default());
    assert!(loaded.warning.is_none());
}

#[test]
fn round_trip_keeps_everything_and_is_readable_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/progress.json");
    store::save(&path, &sample()).unwrap();
    assert_eq!(store::load(&path).unwrap().progress, sample());
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(
        text,
        r#"{
  "version": 1,
  "skills": {
    "subnet.network": {
      "box": 2,
      "due": "2023-12-10",
      "answered": 1,
      "right": 1,
      "last": "2023-12-09"
    },
    "vpc.reserved": {
      "box": 1,
      "due": "2023-12-10",
      "answered": 1,
      "right": 0,
      "last": "2023-12-10"
    }
  },
  "days": {
    "2023-12-09": {
      "answered": 1,
      "right": 1
    },
    "2023-12-10": {
      "answered": 1,
      "right": 0
    }
  }
}
"#
    );
}

#[test]
fn a_crash_before_the_rename_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    store::save(&path, &sample()).unwrap();
    // A crash mid-write leaves a half-written temporary file next to the real one.
    fs::write(
        store::temp_path(&path),
        b"{\"version\": 1, \"skills\": {\"sub",
    )
    .unwrap();
    fs::write(dir.path().join(".progress.json.tmp-99999"), b"garbage").unwrap();
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded.progress, sample());
    assert!(loaded.warning.is_none());
    // The next save replaces the leftover of its own name and the file is whole.
    let mut more = sample();
    more.record(&Leitner, "ipv4.valid", true, Day(19_702));
    store::save(&path, &more).unwrap();
    assert_eq!(store::load(&path).unwrap().progress, more);
    assert!(!store::temp_path(&path).exists());
}

#[test]
fn a_corrupt_file_is_moved_aside_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, b"{ not json").unwrap();
    fs::write(dir.path().join("progress.json.corrupt-1"), b"older").unwrap();
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded.progress, Progress::default());
    let aside = dir.path().join("progress.json.corrupt-2");
    assert_eq!(fs::read(&aside).unwrap(), b"{ not json");
    assert_eq!(
        fs::read(dir.path().join("progress.json.corrupt-1")).unwrap(),
        b"older"
    );
    assert!(!path.exists());
    let warning = loaded.warning.unwrap();
    assert!(
        warning.starts_with(&format!("{} could not be read (", path.display())),
        "{warning}"
    );
    assert!(
        warning.ends_with(&format!(
            "it was moved to {} and progress starts afresh",
            aside.display()
        )),
        "{warning}"
    );
    // Valid JSON of the wrong shape is corrupt too.
    fs::write(&path, b"{\"version\": 1, \"skills\": 3}").unwrap();
    assert!(store::load(&path).unwrap().warning.is_some());
    assert!(dir.path().join("progress.json.corrupt-3").exists());
}

#[test]
fn a_newer_file_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(
        &path,
        b"{\"version\": 9, \"skills\": {}, \"days\": {}, \"extra\": 1}",
    )
    .unwrap();
    let err = store::load(&path).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{} was written by a newer netdojo (format version 9, this one reads 1); it is left as it is",
            path.display()
        )
    );
    assert!(path.exists());
}

#[test]
fn reset_deletes_the_file_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    store::save(&path, &sample()).unwrap();
    assert!(store::reset(&path).unwrap());
    assert!(!store::reset(&path).unwrap());
}

#[test]
fn the_home_override_names_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        store::path_in(Some(dir.path())).unwrap(),
        dir.path().join("progress.json")
    );
}
