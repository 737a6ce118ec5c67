//! The roster file: one student per line, a key and optionally the name bound to it.
//!
//! ```text
//! # Comments and blank lines are skipped.
//! Aiko Tanaka = SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s
//! Ben = ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI... ben@laptop
//! SHA256:AAAAztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s
//! ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI... chie@home
//! ```
//!
//! A key is a SHA256 fingerprint (as `ssh-keygen -lf` prints it) or a public key line
//! (as in `id_ed25519.pub` or `authorized_keys`; its comment is ignored). A name
//! before ` = ` is the display name that key must use; without one, the student picks.

use russh::keys::{HashAlg, PublicKey};

use super::identity::{Fingerprint, Roster, RosterEntry};

/// Why a roster file cannot be used, naming the line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RosterFileError {
    /// A line whose key part is neither a fingerprint nor a public key.
    #[error(
        "line {line}: {text:?} is not a key: write a SHA256 fingerprint or a public key line, optionally after \"NAME = \""
    )]
    NotAKey {
        /// The line number, from 1.
        line: usize,
        /// The key part as written.
        text: String,
    },
    /// The entries do not make a roster (a key twice, a name twice, a bad name).
    #[error("{0}")]
    Roster(#[from] super::identity::RosterError),
    /// No key at all.
    #[error("the roster lists no key")]
    Empty,
}

/// Reads a roster from the text of its file.
///
/// ```
/// use netdojo::classroom::live::roster::parse_roster;
/// let roster = parse_roster(
///     "# class 1-A\nAiko = SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s\n",
/// ).unwrap();
/// assert_eq!(roster.entries()[0].name.as_deref(), Some("Aiko"));
/// ```
pub fn parse_roster(text: &str) -> Result<Roster, RosterFileError> {
    let mut entries = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, key) = match line.split_once(" = ") {
            Some((name, key)) => (Some(name.trim().to_string()), key.trim()),
            None => (None, line),
        };
        let fingerprint = key_fingerprint(key).ok_or_else(|| RosterFileError::NotAKey {
            line: i.saturating_add(1),
            text: key.to_string(),
        })?;
        entries.push(RosterEntry { fingerprint, name });
    }
    if entries.is_empty() {
        return Err(RosterFileError::Empty);
    }
    Ok(Roster::new(entries)?)
}

/// The fingerprint of a key written as a fingerprint or as a public key line.
fn key_fingerprint(key: &str) -> Option<Fingerprint> {
    if let Ok(fingerprint) = key.parse::<Fingerprint>() {
        return Some(fingerprint);
    }
    let public = PublicKey::from_openssh(key).ok()?;
    public.fingerprint(HashAlg::Sha256).to_string().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use russh::keys::{Algorithm, PrivateKey};

    #[test]
    fn fingerprints_public_keys_names_and_comments() {
        let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).unwrap();
        let public = key.public_key().to_openssh().unwrap();
        let fingerprint = key.public_key().fingerprint(HashAlg::Sha256).to_string();
        let text = format!(
            "# 1-A\n\n田中 愛子 = {public} aiko@laptop\nSHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s\n"
        );
        let roster = parse_roster(&text).unwrap();
        let rows: Vec<(String, Option<String>)> = roster
            .entries()
            .iter()
            .map(|e| (e.fingerprint.to_string(), e.name.clone()))
            .collect();
        assert_eq!(
            rows,
            vec![
                (fingerprint, Some("田中 愛子".to_string())),
                (
                    "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".to_string(),
                    None
                ),
            ]
        );
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(
            parse_roster("\nAiko=SHA256:abc\n").unwrap_err().to_string(),
            "line 2: \"Aiko=SHA256:abc\" is not a key: write a SHA256 fingerprint or a public key line, optionally after \"NAME = \""
        );
        assert_eq!(
            parse_roster("# nobody\n").unwrap_err().to_string(),
            "the roster lists no key"
        );
        let twice = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s\nSHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s\n";
        assert_eq!(
            parse_roster(twice).unwrap_err().to_string(),
            "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s is listed twice"
        );
    }
}
