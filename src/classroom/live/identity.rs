//! Who a student is: the SHA256 fingerprint of their SSH key, an optional roster of
//! the fingerprints allowed in, and the display name they pick.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_width::UnicodeWidthStr;

/// How `SHA256:` fingerprints start, as OpenSSH prints them.
const PREFIX: &str = "SHA256:";
/// A SHA-256 digest in unpadded base64 is 43 characters long.
const DIGEST_CHARS: usize = 43;

/// The SHA256 fingerprint of a public key, as `ssh-keygen -lf` prints it.
///
/// ```
/// use netdojo::classroom::live::identity::Fingerprint;
/// let fp: Fingerprint = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".parse().unwrap();
/// assert_eq!(fp.to_string(), "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s");
/// assert!("MD5:00:11".parse::<Fingerprint>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Fingerprint(String);

impl Fingerprint {
    /// The fingerprint as text, `SHA256:` included.
    ///
    /// ```
    /// use netdojo::classroom::live::identity::Fingerprint;
    /// let fp: Fingerprint = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".parse().unwrap();
    /// assert!(fp.as_str().starts_with("SHA256:uNiV"));
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first characters of the digest, enough to tell students apart on a screen.
    ///
    /// ```
    /// use netdojo::classroom::live::identity::Fingerprint;
    /// let fp: Fingerprint = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".parse().unwrap();
    /// assert_eq!(fp.short(), "uNiVztks");
    /// ```
    pub fn short(&self) -> &str {
        self.0
            .get(PREFIX.len()..PREFIX.len() + 8)
            .unwrap_or(&self.0)
    }
}

/// Why a text is not a SHA256 fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FingerprintError {
    /// The text does not start with `SHA256:`.
    #[error("a fingerprint starts with \"SHA256:\"")]
    Prefix,
    /// The digest has the wrong length.
    #[error("the digest after \"SHA256:\" has {found} characters, not 43")]
    Length {
        /// How many characters the digest had.
        found: usize,
    },
    /// The digest holds a character that base64 does not use.
    #[error("{found:?} is not a base64 character")]
    Character {
        /// The offending character.
        found: char,
    },
}

impl FromStr for Fingerprint {
    type Err = FingerprintError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let digest = text.strip_prefix(PREFIX).ok_or(FingerprintError::Prefix)?;
        if let Some(found) = digest
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '+' || *c == '/'))
        {
            return Err(FingerprintError::Character { found });
        }
        if digest.len() != DIGEST_CHARS {
            return Err(FingerprintError::Length {
                found: digest.len(),
            });
        }
        Ok(Fingerprint(text.to_string()))
    }
}

impl TryFrom<String> for Fingerprint {
    type Error = FingerprintError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<Fingerprint> for String {
    fn from(fp: Fingerprint) -> String {
        fp.0
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The widest display name, in terminal columns (a Japanese character takes two).
pub const NAME_MAX_WIDTH: usize = 20;

/// Why a display name is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum NameError {
    /// Nothing but spaces.
    #[error("the name is empty")]
    Empty,
    /// Wider than [`NAME_MAX_WIDTH`] columns.
    #[error("the name is {width} columns wide; at most 20 fit")]
    TooWide {
        /// The name's display width.
        width: usize,
    },
    /// A control character (tab, escape, newline...).
    #[error("the name holds a control character")]
    Control,
    /// Another student has it already.
    #[error("{name:?} is taken; pick another name")]
    Taken {
        /// The name as asked for.
        name: String,
    },
}

/// Cleans a display name: NFC form, spaces trimmed and runs of spaces collapsed; then
/// checks it is not empty, holds no control character and fits [`NAME_MAX_WIDTH`].
///
/// ```
/// use netdojo::classroom::live::identity::{check_name, NameError};
/// assert_eq!(check_name("  Aiko   Tanaka ").unwrap(), "Aiko Tanaka");
/// assert_eq!(check_name("田中 愛子").unwrap(), "田中 愛子");
/// assert_eq!(check_name("   "), Err(NameError::Empty));
/// assert_eq!(check_name("a\u{1b}[2J"), Err(NameError::Control));
/// ```
pub fn check_name(raw: &str) -> Result<String, NameError> {
    if raw.chars().any(char::is_control) {
        return Err(NameError::Control);
    }
    let normalized: String = raw.nfc().collect();
    let name = normalized.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    let width = name.width();
    if width > NAME_MAX_WIDTH {
        return Err(NameError::TooWide { width });
    }
    Ok(name)
}

/// Whether two display names would be confused on a leaderboard.
///
/// ```
/// use netdojo::classroom::live::identity::same_name;
/// assert!(same_name("Aiko", "aiko"));
/// assert!(!same_name("Aiko", "Aika"));
/// ```
pub fn same_name(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// One line of a roster: a key that may join, and the name it must use, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterEntry {
    /// The fingerprint of the student's key.
    pub fingerprint: Fingerprint,
    /// The name bound to the key; `None` lets the student pick one.
    pub name: Option<String>,
}

/// The keys allowed in a session that has a roster.
///
/// ```
/// use netdojo::classroom::live::identity::{Roster, RosterEntry};
/// let fp = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".parse().unwrap();
/// let roster = Roster::new(vec![RosterEntry { fingerprint: fp, name: Some("Aiko".into()) }]).unwrap();
/// assert_eq!(roster.len(), 1);
/// assert_eq!(roster.entries()[0].name.as_deref(), Some("Aiko"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "Vec<RosterEntry>", into = "Vec<RosterEntry>")]
pub struct Roster {
    entries: Vec<RosterEntry>,
}

/// Why a list of entries is not a roster.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RosterError {
    /// The same key twice.
    #[error("{fingerprint} is listed twice")]
    DuplicateKey {
        /// The repeated fingerprint.
        fingerprint: Fingerprint,
    },
    /// The same name bound to two keys.
    #[error("the name {name:?} is bound to two keys")]
    DuplicateName {
        /// The repeated name.
        name: String,
    },
    /// A bound name that is not a valid display name.
    #[error("the name {name:?} cannot be used: {reason}")]
    BadName {
        /// The name as written.
        name: String,
        /// What is wrong with it.
        reason: NameError,
    },
}

impl Roster {
    /// A roster from its entries; names are cleaned with [`check_name`].
    ///
    /// ```
    /// use netdojo::classroom::live::identity::{Roster, RosterEntry, RosterError};
    /// let fp: netdojo::classroom::live::identity::Fingerprint =
    ///     "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".parse().unwrap();
    /// let twice = vec![
    ///     RosterEntry { fingerprint: fp.clone(), name: None },
    ///     RosterEntry { fingerprint: fp.clone(), name: None },
    /// ];
    /// assert_eq!(Roster::new(twice), Err(RosterError::DuplicateKey { fingerprint: fp }));
    /// ```
    pub fn new(entries: Vec<RosterEntry>) -> Result<Self, RosterError> {
        let mut clean: Vec<RosterEntry> = Vec::with_capacity(entries.len());
        for entry in entries {
            if clean.iter().any(|e| e.fingerprint == entry.fingerprint) {
                return Err(RosterError::DuplicateKey {
                    fingerprint: entry.fingerprint,
                });
            }
            let name = match entry.name {
                None => None,
                Some(raw) => {
                    let name = check_name(&raw).map_err(|reason| RosterError::BadName {
                        name: raw.clone(),
                        reason,
                    })?;
                    let taken = clean
                        .iter()
                        .filter_map(|e| e.name.as_deref())
                        .any(|other| same_name(other, &name));
                    if taken {
                        return Err(RosterError::DuplicateName { name });
                    }
                    Some(name)
                }
            };
            clean.push(RosterEntry {
                fingerprint: entry.fingerprint,
                name,
            });
        }
        Ok(Roster { entries: clean })
    }

    /// The entry of a key, if the key is on the roster.
    ///
    /// ```
    /// use netdojo::classroom::live::identity::Roster;
    /// let fp = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".parse().unwrap();
    /// assert!(Roster::default().find(&fp).is_none());
    /// ```
    pub fn find(&self, fingerprint: &Fingerprint) -> Option<&RosterEntry> {
        self.entries.iter().find(|e| &e.fingerprint == fingerprint)
    }

    /// Every entry, in the order given.
    ///
    /// ```
    /// use netdojo::classroom::live::identity::Roster;
    /// assert!(Roster::default().entries().is_empty());
    /// ```
    pub fn entries(&self) -> &[RosterEntry] {
        &self.entries
    }

    /// How many keys the roster lists.
    ///
    /// ```
    /// use netdojo::classroom::live::identity::Roster;
    /// assert_eq!(Roster::default().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the roster lists no key at all.
    ///
    /// ```
    /// use netdojo::classroom::live::identity::Roster;
    /// assert!(Roster::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl TryFrom<Vec<RosterEntry>> for Roster {
    type Error = RosterError;

    fn try_from(entries: Vec<RosterEntry>) -> Result<Self, Self::Error> {
        Roster::new(entries)
    }
}

impl From<Roster> for Vec<RosterEntry> {
    fn from(roster: Roster) -> Self {
        roster.entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FP: &str = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s";

    #[test]
    fn fingerprints_parse_strictly() {
        assert!(FP.parse::<Fingerprint>().is_ok());
        assert_eq!(
            "sha256:uNiV".parse::<Fingerprint>(),
            Err(FingerprintError::Prefix)
        );
        assert_eq!(
            "SHA256:abc".parse::<Fingerprint>(),
            Err(FingerprintError::Length { found: 3 })
        );
        assert_eq!(
            "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2=".parse::<Fingerprint>(),
            Err(FingerprintError::Character { found: '=' })
        );
        assert_eq!(
            FingerprintError::Length { found: 3 }.to_string(),
            "the digest after \"SHA256:\" has 3 characters, not 43"
        );
    }

    #[test]
    fn fingerprints_serialize_as_text() {
        let fp: Fingerprint = FP.parse().unwrap();
        let json = serde_json::to_string(&fp).unwrap();
        assert_eq!(json, format!("\"{FP}\""));
        assert_eq!(serde_json::from_str::<Fingerprint>(&json).unwrap(), fp);
        assert!(serde_json::from_str::<Fingerprint>("\"SHA256:x\"").is_err());
    }

    #[test]
    fn names_are_cleaned_and_bounded() {
        assert_eq!(check_name("Ａｉｋｏ").unwrap(), "Ａｉｋｏ");
        assert_eq!(check_name(&"x".repeat(20)).unwrap().len(), 20);
        assert_eq!(
            check_name(&"x".repeat(21)),
            Err(NameError::TooWide { width: 21 })
        );
        // Eleven Japanese characters take 22 columns.
        assert_eq!(
            check_name("あいうえおかきくけこさ"),
            Err(NameError::TooWide { width: 22 })
        );
        assert_eq!(check_name("a\tb"), Err(NameError::Control));
        assert_eq!(
            NameError::TooWide { width: 22 }.to_string(),
            "the name is 22 columns wide; at most 20 fit"
        );
        assert_eq!(
            NameError::Taken {
                name: "Aiko".into()
            }
            .to_string(),
            "\"Aiko\" is taken; pick another name"
        );
    }

    #[test]
    fn rosters_refuse_repeated_names_and_bad_names() {
        let a: Fingerprint = FP.parse().unwrap();
        let b: Fingerprint = "SHA256:AAAAztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"
            .parse()
            .unwrap();
        let entries = vec![
            RosterEntry {
                fingerprint: a.clone(),
                name: Some("Aiko".into()),
            },
            RosterEntry {
                fingerprint: b.clone(),
                name: Some("aiko".into()),
            },
        ];
        assert_eq!(
            Roster::new(entries),
            Err(RosterError::DuplicateName {
                name: "aiko".into()
            })
        );
        let bad = vec![RosterEntry {
            fingerprint: b,
            name: Some(" ".into()),
        }];
        assert_eq!(
            Roster::new(bad).unwrap_err().to_string(),
            "the name \" \" cannot be used: the name is empty"
        );
    }
}
