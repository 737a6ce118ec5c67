//! Domain names: labels, the length limits of RFC 1035 §2.3.4 and the characters a
//! label may hold.
//!
//! Length rule, exactly: on the wire a name is each label preceded by one length
//! octet, followed by the zero octet of the root. So `www.example.com` takes
//! 1+3 + 1+7 + 1+3 + 1 = 17 octets. A label holds 1 to 63 octets and the whole
//! name at most 255 octets counted this way, which allows at most 253 characters
//! in the dotted text form without the trailing dot.
//!
//! Characters: ASCII letters, digits and hyphens (the host-name rule of RFC 952 and
//! RFC 1123), plus the underscore that service labels such as `_dmarc` use. A label
//! may not start or end with a hyphen. Internationalised names are written in their
//! ASCII form (`xn--...`). A trailing dot marks an absolute name; `.` alone is the
//! root.

use std::fmt;
use std::str::FromStr;

/// The longest label, in octets.
///
/// ```
/// assert_eq!(netdojo::calc::dns::MAX_LABEL, 63);
/// ```
pub const MAX_LABEL: usize = 63;
/// The longest name, in wire octets (length octets and the root's zero octet included).
///
/// ```
/// assert_eq!(netdojo::calc::dns::MAX_NAME, 255);
/// ```
pub const MAX_NAME: usize = 255;

/// Why a text is not a domain name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    /// Nothing was given.
    #[error("the name is empty (the root is written \".\")")]
    Empty,
    /// Two dots in a row, or a dot at the start.
    #[error("label {position} is empty (two dots in a row or a leading dot)")]
    EmptyLabel {
        /// 1-based position of the label from the left.
        position: usize,
    },
    /// A label of more than 63 octets.
    #[error("label \"{label}\" is {octets} octets long; a label holds at most 63")]
    LabelTooLong {
        /// The label.
        label: String,
        /// Its length.
        octets: usize,
    },
    /// More than 255 octets on the wire.
    #[error("the name takes {octets} octets on the wire; at most 255 are allowed")]
    NameTooLong {
        /// Wire length: every label plus its length octet, plus 1 for the root.
        octets: usize,
    },
    /// A character outside letters, digits, hyphen and underscore.
    #[error(
        "label \"{label}\" contains {found:?}; labels use letters, digits, hyphens and underscores"
    )]
    BadChar {
        /// The label.
        label: String,
        /// The first character that is not allowed.
        found: char,
    },
    /// A label that starts or ends with a hyphen.
    #[error("label \"{label}\" starts or ends with a hyphen")]
    HyphenAtEdge {
        /// The label.
        label: String,
    },
}

/// A checked domain name: its labels as typed, left to right, and whether it ended
/// with the root's dot.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DomainName {
    labels: Vec<String>,
    absolute: bool,
}

impl DomainName {
    /// The root name `.`.
    ///
    /// ```
    /// use netdojo::calc::dns::DomainName;
    /// assert_eq!(DomainName::root().to_string(), ".");
    /// ```
    pub fn root() -> DomainName {
        DomainName {
            labels: Vec::new(),
            absolute: true,
        }
    }

    /// The labels left to right, as typed (the root's empty label is not included).
    ///
    /// ```
    /// use netdojo::calc::dns::DomainName;
    /// let name: DomainName = "www.example.com.".parse().unwrap();
    /// assert_eq!(name.labels(), ["www", "example", "com"]);
    /// ```
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Whether the name was written with the trailing dot of the root.
    ///
    /// ```
    /// use netdojo::calc::dns::DomainName;
    /// assert!("example.com.".parse::<DomainName>().unwrap().is_absolute());
    /// assert!(!"example.com".parse::<DomainName>().unwrap().is_absolute());
    /// ```
    pub fn is_absolute(&self) -> bool {
        self.absolute
    }

    /// Whether this is the root.
    ///
    /// ```
    /// use netdojo::calc::dns::DomainName;
    /// assert!(".".parse::<DomainName>().unwrap().is_root());
    /// ```
    pub fn is_root(&self) -> bool {
        self.labels.is_empty()
    }

    /// Octets the name takes on the wire (see the module notes).
    ///
    /// ```
    /// use netdojo::calc::dns::DomainName;
    /// assert_eq!("www.example.com".parse::<DomainName>().unwrap().wire_len(), 17);
    /// assert_eq!(DomainName::root().wire_len(), 1);
    /// ```
    pub fn wire_len(&self) -> usize {
        wire_len(self.labels.iter().map(String::len))
    }

    /// The name in lower case with the trailing dot, the form zones and caches use.
    ///
    /// ```
    /// use netdojo::calc::dns::DomainName;
    /// assert_eq!("WWW.Example.com".parse::<DomainName>().unwrap().fqdn(), "www.example.com.");
    /// ```
    pub fn fqdn(&self) -> String {
        if self.labels.is_empty() {
            return ".".to_string();
        }
        let mut text = self.labels.join(".").to_ascii_lowercase();
        text.push('.');
        text
    }
}

fn wire_len(label_lengths: impl Iterator<Item = usize>) -> usize {
    label_lengths.fold(1, |total, len| total.saturating_add(len).saturating_add(1))
}

fn check_label(label: &str, position: usize) -> Result<(), NameError> {
    if label.is_empty() {
        return Err(NameError::EmptyLabel { position });
    }
    if let Some(found) = label
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(NameError::BadChar {
            label: label.to_string(),
            found,
        });
    }
    if label.len() > MAX_LABEL {
        return Err(NameError::LabelTooLong {
            label: label.to_string(),
            octets: label.len(),
        });
    }
    if label.starts_with('-') || label.ends_with('-') {
        return Err(NameError::HyphenAtEdge {
            label: label.to_string(),
        });
    }
    Ok(())
}

impl FromStr for DomainName {
    type Err = NameError;

    /// Reads a dotted name; see the module notes for the rules.
    ///
    /// ```
    /// use netdojo::calc::dns::{DomainName, NameError};
    /// assert_eq!("a..b".parse::<DomainName>(), Err(NameError::EmptyLabel { position: 2 }));
    /// assert_eq!("www.example.co.jp".parse::<DomainName>().unwrap().labels().len(), 4);
    /// ```
    fn from_str(text: &str) -> Result<DomainName, NameError> {
        if text.is_empty() {
            return Err(NameError::Empty);
        }
        if text == "." {
            return Ok(DomainName::root());
        }
        let (body, absolute) = match text.strip_suffix('.') {
            Some(body) => (body, true),
            None => (text, false),
        };
        let mut labels = Vec::new();
        for (index, label) in body.split('.').enumerate() {
            check_label(label, index.saturating_add(1))?;
            labels.push(label.to_string());
        }
        let octets = wire_len(labels.iter().map(String::len));
        if octets > MAX_NAME {
            return Err(NameError::NameTooLong { octets });
        }
        Ok(DomainName { labels, absolute })
    }
}

impl fmt::Display for DomainName {
    /// Writes the name as it was read: labels joined by dots, the trailing dot kept.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.labels.is_empty() {
            return f.write_str(".");
        }
        f.write_str(&self.labels.join("."))?;
        if self.absolute {
            f.write_str(".")?;
        }
        Ok(())
    }
}

/// Whether `name` is `zone` or lies below it; both in the lower-case absolute form.
///
/// ```
/// use netdojo::calc::dns::is_within;
/// assert!(is_within("www.example.com.", "com."));
/// assert!(is_within("com.", "."));
/// assert!(!is_within("badcom.", "com."));
/// ```
pub fn is_within(name: &str, zone: &str) -> bool {
    zone == "."
        || name == zone
        || name
            .strip_suffix(zone)
            .is_some_and(|head| head.ends_with('.'))
}

/// The parent of an absolute lower-case name (`None` for the root).
///
/// ```
/// use netdojo::calc::dns::parent;
/// assert_eq!(parent("www.example.com."), Some("example.com."));
/// assert_eq!(parent("com."), Some("."));
/// assert_eq!(parent("."), None);
/// ```
pub fn parent(name: &str) -> Option<&str> {
    if name == "." {
        return None;
    }
    match name.split_once('.') {
        Some((_, "")) | None => Some("."),
        Some((_, rest)) => Some(rest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<DomainName, NameError> {
        text.parse()
    }

    #[test]
    fn label_limits() {
        let ok = "a".repeat(63);
        assert!(parse(&ok).is_ok());
        let long = "a".repeat(64);
        assert_eq!(
            parse(&format!("{long}.com")),
            Err(NameError::LabelTooLong {
                label: long,
                octets: 64
            })
        );
    }

    #[test]
    fn name_limit_counts_length_octets_and_root() {
        // Four labels of 63 and one of 61: 4*64 + 62 + 1 = 319 > 255.
        // 253 characters of text (no trailing dot) is exactly 255 octets.
        let l63 = "a".repeat(63);
        let l61 = "b".repeat(61);
        let name = format!("{l63}.{l63}.{l63}.{l61}");
        assert_eq!(name.len(), 253);
        assert_eq!(parse(&name).unwrap().wire_len(), 255);
        let l60 = "b".repeat(60);
        let over = format!("{l63}.{l63}.{l63}.{l60}.c");
        assert_eq!(over.len(), 254);
        assert_eq!(parse(&over), Err(NameError::NameTooLong { octets: 256 }));
        assert!(parse(&format!("{name}.")).is_ok());
    }

    #[test]
    fn characters_and_hyphens() {
        assert_eq!(
            parse("ex ample.com"),
            Err(NameError::BadChar {
                label: "ex ample".into(),
                found: ' '
            })
        );
        assert_eq!(
            parse("-a.com"),
            Err(NameError::HyphenAtEdge { label: "-a".into() })
        );
        assert!(parse("_dmarc.example.com").is_ok());
        assert!(parse("xn--p1ai").is_ok());
        assert_eq!(
            parse("例え.jp"),
            Err(NameError::BadChar {
                label: "例え".into(),
                found: '例'
            })
        );
    }

    #[test]
    fn empty_labels_and_root() {
        assert_eq!(parse(""), Err(NameError::Empty));
        assert_eq!(parse(".com"), Err(NameError::EmptyLabel { position: 1 }));
        assert_eq!(parse("com.."), Err(NameError::EmptyLabel { position: 2 }));
        assert_eq!(parse(".").unwrap(), DomainName::root());
    }

    #[test]
    fn display_round_trips() {
        for text in ["www.Example.co.jp", "example.com.", ".", "a"] {
            assert_eq!(parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn error_wording() {
        assert_eq!(
            NameError::LabelTooLong {
                label: "x".into(),
                octets: 64
            }
            .to_string(),
            "label \"x\" is 64 octets long; a label holds at most 63"
        );
        assert_eq!(
            NameError::BadChar {
                label: "a b".into(),
                found: ' '
            }
            .to_string(),
            "label \"a b\" contains ' '; labels use letters, digits, hyphens and underscores"
        );
    }
}
