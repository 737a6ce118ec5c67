//! Does a TLS certificate cover a host name? Matching DNS names against the subject
//! alternative names (SANs) of a certificate, wildcards included.
//!
//! The rules (RFC 6125 §6.4.3, kept by RFC 9525 which replaces it):
//!
//! - Names compare without regard to case, and a trailing dot is ignored.
//! - A wildcard `*` may only be the whole left-most label: `*.example.jp`. Partial
//!   wildcards such as `f*.example.jp` and a `*` in any other label are refused.
//! - `*` stands for **exactly one** label: `*.example.jp` covers `static.example.jp` but
//!   not `a.b.example.jp`, and not the apex `example.jp` itself, which needs its own
//!   SAN.
//! - A wildcard needs at least two labels after it (`*.com` is refused). Whether those
//!   labels are a public suffix such as `co.jp` is not checked here.
//!
//! Only DNS names are handled: an IP address in a certificate is a different kind of
//! SAN and is refused with that reason.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use super::parse::normalize_input;
use crate::lang::Lang;

/// The longest DNS name in text form, without the trailing dot.
const MAX_NAME: usize = 253;
/// The longest label.
const MAX_LABEL: usize = 63;

/// Why a text is not a host name or a SAN.
///
/// ```
/// use netdojo::calc::certmatch::San;
/// assert_eq!(
///     "f*.example.jp".parse::<San>().unwrap_err().to_string(),
///     "f* is a partial wildcard: a * must be the whole left-most label, as in *.example.jp"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum NameError {
    /// Nothing was given.
    #[error("no name was given")]
    Empty,
    /// An empty label: two dots in a row, or a leading dot.
    #[error("a label is empty (two dots in a row or a dot at the start)")]
    EmptyLabel,
    /// A label over 63 characters.
    #[error("the label {label} is {len} characters long; a label has at most 63")]
    LabelTooLong {
        /// The label.
        label: String,
        /// Its length.
        len: usize,
    },
    /// A name over 253 characters.
    #[error("the name is {len} characters long; a DNS name has at most 253")]
    NameTooLong {
        /// Its length.
        len: usize,
    },
    /// A character that cannot appear in a host name.
    #[error("{ch:?} cannot appear in a host name: use letters, digits and hyphens between dots")]
    BadCharacter {
        /// The character.
        ch: char,
    },
    /// A non-ASCII name.
    #[error(
        "{ch:?} is not ASCII: certificates hold internationalized names in their xn-- (punycode) form"
    )]
    NotAscii {
        /// The first non-ASCII character.
        ch: char,
    },
    /// A label starting or ending with a hyphen.
    #[error("the label {label} starts or ends with a hyphen")]
    HyphenAtEdge {
        /// The label.
        label: String,
    },
    /// An IP address where a DNS name belongs.
    #[error(
        "{text} is an IP address: certificates list addresses as IP address SANs, and this checker reads DNS names"
    )]
    IpAddress {
        /// The text.
        text: String,
    },
    /// A `*` inside a host name.
    #[error("a host name cannot contain *: wildcards belong in the certificate's names")]
    WildcardInHost,
    /// A `*` together with other characters in one label.
    #[error(
        "{label} is a partial wildcard: a * must be the whole left-most label, as in *.example.jp"
    )]
    PartialWildcard {
        /// The label.
        label: String,
    },
    /// A `*` label that is not the left-most one.
    #[error("a * is allowed only as the left-most label, as in *.example.jp")]
    WildcardNotLeftmost,
    /// A wildcard with fewer than two labels after it.
    #[error(
        "{text} is too broad: a wildcard needs at least two labels after it, as in *.example.jp"
    )]
    WildcardTooBroad {
        /// The SAN as written.
        text: String,
    },
}

/// A DNS host name: lower-case labels, no trailing dot.
///
/// ```
/// use netdojo::calc::certmatch::HostName;
/// let host: HostName = "Static.Example.JP.".parse().unwrap();
/// assert_eq!(host.to_string(), "static.example.jp");
/// assert_eq!(host.labels().len(), 3);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HostName {
    labels: Vec<String>,
}

impl HostName {
    /// The labels, left to right.
    ///
    /// ```
    /// use netdojo::calc::certmatch::HostName;
    /// let host: HostName = "a.example.jp".parse().unwrap();
    /// assert_eq!(host.labels(), ["a", "example", "jp"]);
    /// ```
    pub fn labels(&self) -> &[String] {
        &self.labels
    }
}

impl fmt::Display for HostName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.labels.join("."))
    }
}

impl FromStr for HostName {
    type Err = NameError;

    fn from_str(input: &str) -> Result<HostName, NameError> {
        let labels = split_labels(input)?;
        if labels.iter().any(|l| l.contains('*')) {
            return Err(NameError::WildcardInHost);
        }
        check_labels(&labels)?;
        Ok(HostName { labels })
    }
}

/// Lower-cases, drops one trailing dot, checks length, characters and IP addresses,
/// and splits into labels.
fn split_labels(input: &str) -> Result<Vec<String>, NameError> {
    let text = normalize_input(input);
    if let Some(ch) = text.chars().find(|c| !c.is_ascii()) {
        return Err(NameError::NotAscii { ch });
    }
    let text = text.to_ascii_lowercase();
    let text = text.strip_suffix('.').unwrap_or(&text);
    if text.is_empty() {
        return Err(NameError::Empty);
    }
    if text.parse::<std::net::IpAddr>().is_ok() {
        return Err(NameError::IpAddress {
            text: text.to_owned(),
        });
    }
    if let Some(ch) = text
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '*')))
    {
        return Err(NameError::BadCharacter { ch });
    }
    if text.len() > MAX_NAME {
        return Err(NameError::NameTooLong { len: text.len() });
    }
    Ok(text.split('.').map(str::to_owned).collect())
}

/// Checks each label's length and hyphens (a lone `*` label passes).
fn check_labels(labels: &[String]) -> Result<(), NameError> {
    for label in labels {
        if label.is_empty() {
            return Err(NameError::EmptyLabel);
        }
        if label.len() > MAX_LABEL {
            return Err(NameError::LabelTooLong {
                label: label.clone(),
                len: label.len(),
            });
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(NameError::HyphenAtEdge {
                label: label.clone(),
            });
        }
    }
    Ok(())
}

/// One DNS name of a certificate: exact, or a wildcard over one label.
///
/// ```
/// use netdojo::calc::certmatch::San;
/// let san: San = "*.example.jp".parse().unwrap();
/// assert!(san.is_wildcard());
/// assert_eq!(san.to_string(), "*.example.jp");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum San {
    /// A name matched exactly: `example.jp`.
    Exact(HostName),
    /// `*.` followed by a base name: covers one label before the base.
    Wildcard(HostName),
}

impl San {
    /// Whether the SAN is a wildcard.
    ///
    /// ```
    /// use netdojo::calc::certmatch::San;
    /// assert!(!"example.jp".parse::<San>().unwrap().is_wildcard());
    /// ```
    pub fn is_wildcard(&self) -> bool {
        matches!(self, San::Wildcard(_))
    }

    /// Whether the SAN covers the host name.
    ///
    /// ```
    /// use netdojo::calc::certmatch::{HostName, San};
    /// let san: San = "*.example.jp".parse().unwrap();
    /// let host = |s: &str| s.parse::<HostName>().unwrap();
    /// assert!(san.covers(&host("static.example.jp")));
    /// assert!(!san.covers(&host("a.b.example.jp")));
    /// assert!(!san.covers(&host("example.jp")));
    /// ```
    pub fn covers(&self, host: &HostName) -> bool {
        self.check(host).matches()
    }

    /// Whether and why the SAN covers the host name.
    ///
    /// ```
    /// use netdojo::calc::certmatch::{HostName, San, Verdict};
    /// let san: San = "*.example.jp".parse().unwrap();
    /// let host: HostName = "example.jp".parse().unwrap();
    /// assert_eq!(san.check(&host), Verdict::Apex);
    /// ```
    pub fn check(&self, host: &HostName) -> Verdict {
        match self {
            San::Exact(name) if name == host => Verdict::Exact,
            San::Exact(_) => Verdict::Different,
            San::Wildcard(base) => {
                let labels = host.labels();
                if labels == base.labels() {
                    return Verdict::Apex;
                }
                let Some(extra) = labels.len().checked_sub(base.labels().len()) else {
                    return Verdict::NotUnder;
                };
                if extra == 0 || labels[extra..] != *base.labels() {
                    return Verdict::NotUnder;
                }
                if extra == 1 {
                    Verdict::OneLabel {
                        label: labels[0].clone(),
                    }
                } else {
                    Verdict::TooManyLabels {
                        labels: labels[..extra].join("."),
                        count: extra,
                    }
                }
            }
        }
    }
}

impl fmt::Display for San {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            San::Exact(name) => write!(f, "{name}"),
            San::Wildcard(base) => write!(f, "*.{base}"),
        }
    }
}

impl FromStr for San {
    type Err = NameError;

    fn from_str(input: &str) -> Result<San, NameError> {
        let labels = split_labels(input)?;
        if let Some(position) = labels.iter().position(|l| l.contains('*')) {
            let label = &labels[position];
            if label != "*" {
                return Err(NameError::PartialWildcard {
                    label: label.clone(),
                });
            }
            if position != 0 || labels[1..].iter().any(|l| l.contains('*')) {
                return Err(NameError::WildcardNotLeftmost);
            }
            let base = labels[1..].to_vec();
            if base.len() < 2 {
                return Err(NameError::WildcardTooBroad {
                    text: labels.join("."),
                });
            }
            check_labels(&base)?;
            return Ok(San::Wildcard(HostName { labels: base }));
        }
        check_labels(&labels)?;
        Ok(San::Exact(HostName { labels }))
    }
}

/// How one SAN relates to a host name.
///
/// ```
/// use netdojo::calc::certmatch::Verdict;
/// let v = Verdict::TooManyLabels { labels: "a.b".into(), count: 2 };
/// assert!(!v.matches());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The SAN is the host name.
    Exact,
    /// A wildcard whose `*` stands for this one label.
    OneLabel {
        /// The label the `*` stands for.
        label: String,
    },
    /// A wildcard and the host is its apex, which a wildcard never covers.
    Apex,
    /// A wildcard and the host has more than one label before the base.
    TooManyLabels {
        /// The labels before the base, joined by dots.
        labels: String,
        /// How many there are.
        count: usize,
    },
    /// A wildcard whose base the host is not under.
    NotUnder,
    /// An exact SAN naming a different host.
    Different,
}

impl Verdict {
    /// Whether the SAN covers the host.
    ///
    /// ```
    /// use netdojo::calc::certmatch::Verdict;
    /// assert!(Verdict::Exact.matches());
    /// assert!(!Verdict::Apex.matches());
    /// ```
    pub fn matches(&self) -> bool {
        matches!(self, Verdict::Exact | Verdict::OneLabel { .. })
    }

    /// A stable id for JSON: `exact`, `one_label`, `apex`, `too_many_labels`,
    /// `not_under`, `different`.
    ///
    /// ```
    /// use netdojo::calc::certmatch::Verdict;
    /// assert_eq!(Verdict::NotUnder.id(), "not_under");
    /// ```
    pub fn id(&self) -> &'static str {
        match self {
            Verdict::Exact => "exact",
            Verdict::OneLabel { .. } => "one_label",
            Verdict::Apex => "apex",
            Verdict::TooManyLabels { .. } => "too_many_labels",
            Verdict::NotUnder => "not_under",
            Verdict::Different => "different",
        }
    }
}

/// A SAN, a host name, and the verdict, explained in one sentence.
///
/// ```
/// use netdojo::calc::certmatch::{certificate_covers, San};
/// let sans: Vec<San> = vec!["*.example.jp".parse().unwrap()];
/// let coverage = certificate_covers(&sans, &"a.b.example.jp".parse().unwrap());
/// assert_eq!(
///     coverage.checks[0].to_string(),
///     "no: *.example.jp covers one label before example.jp, and a.b.example.jp has 2 (a.b)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SanCheck {
    /// The SAN.
    pub san: San,
    /// The host name.
    pub host: HostName,
    /// How they relate.
    pub verdict: Verdict,
}

impl SanCheck {
    /// The verdict explained in one sentence, in `lang`.
    ///
    /// ```
    /// use netdojo::calc::certmatch::{certificate_covers, San};
    /// use netdojo::lang::Lang;
    /// let sans: Vec<San> = vec!["*.example.jp".parse().unwrap()];
    /// let coverage = certificate_covers(&sans, &"example.jp".parse().unwrap());
    /// assert!(coverage.checks[0].explain(Lang::Ja).starts_with("対象外：example.jp は *.example.jp の頂点"));
    /// ```
    pub fn explain(&self, lang: Lang) -> String {
        let (san, host) = (&self.san, &self.host);
        let base = match san {
            San::Exact(name) | San::Wildcard(name) => name,
        };
        match (&self.verdict, lang) {
            (Verdict::Exact, Lang::En) => "yes: the same name (case does not matter)".to_owned(),
            (Verdict::Exact, Lang::Ja) => {
                "対象：同じ名前です（大文字と小文字は区別されません）".to_owned()
            }
            (Verdict::OneLabel { label }, Lang::En) => {
                format!("yes: * stands for the one label {label}")
            }
            (Verdict::OneLabel { label }, Lang::Ja) => {
                format!("対象：* がラベル {label} ひとつを表します")
            }
            (Verdict::Apex, Lang::En) => format!(
                "no: {host} is the apex of {san}, and a * must stand for one label; add {host} as its own name"
            ),
            (Verdict::Apex, Lang::Ja) => format!(
                "対象外：{host} は {san} の頂点（Apex）で、* は必ずラベルひとつを表します。{host} も名前として追加してください"
            ),
            (Verdict::TooManyLabels { labels, count }, Lang::En) => format!(
                "no: {san} covers one label before {base}, and {host} has {count} ({labels})"
            ),
            (Verdict::TooManyLabels { labels, count }, Lang::Ja) => format!(
                "対象外：{san} がカバーするのは {base} の前のラベルひとつだけですが、{host} には {count} 個（{labels}）あります"
            ),
            (Verdict::NotUnder, Lang::En) => format!("no: {host} is not under {base}"),
            (Verdict::NotUnder, Lang::Ja) => format!("対象外：{host} は {base} の下にありません"),
            (Verdict::Different, Lang::En) => "no: a different name".to_owned(),
            (Verdict::Different, Lang::Ja) => "対象外：別の名前です".to_owned(),
        }
    }
}

impl fmt::Display for SanCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.explain(Lang::En))
    }
}

/// Whether a certificate's SANs cover a host name, with every SAN's verdict.
///
/// ```
/// use netdojo::calc::certmatch::{certificate_covers, San};
/// let sans: Vec<San> = ["*.example.jp", "example.jp"].iter().map(|s| s.parse().unwrap()).collect();
/// let coverage = certificate_covers(&sans, &"example.jp".parse().unwrap());
/// assert_eq!(coverage.covered_by, Some(1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// The host name.
    pub host: HostName,
    /// One check per SAN, in the certificate's order.
    pub checks: Vec<SanCheck>,
    /// The first SAN that covers the host, if any (its index in `checks`).
    pub covered_by: Option<usize>,
}

impl Coverage {
    /// Whether some SAN covers the host.
    ///
    /// ```
    /// use netdojo::calc::certmatch::{certificate_covers, San};
    /// let sans: Vec<San> = vec!["www.example.jp".parse().unwrap()];
    /// assert!(!certificate_covers(&sans, &"example.jp".parse().unwrap()).covered());
    /// ```
    pub fn covered(&self) -> bool {
        self.covered_by.is_some()
    }
}

/// Checks a host name against every SAN of a certificate.
///
/// ```
/// use netdojo::calc::certmatch::{certificate_covers, San};
/// let sans: Vec<San> = vec!["*.example.tokyo".parse().unwrap()];
/// assert!(certificate_covers(&sans, &"static.example.tokyo".parse().unwrap()).covered());
/// ```
pub fn certificate_covers(sans: &[San], host: &HostName) -> Coverage {
    let checks: Vec<SanCheck> = sans
        .iter()
        .map(|san| SanCheck {
            san: san.clone(),
            host: host.clone(),
            verdict: san.check(host),
        })
        .collect();
    let covered_by = checks.iter().position(|c| c.verdict.matches());
    Coverage {
        host: host.clone(),
        checks,
        covered_by,
    }
}

/// Reads a comma-separated SAN list such as `*.example.jp,example.jp`; spaces around
/// the commas are ignored and empty items are refused.
///
/// ```
/// use netdojo::calc::certmatch::parse_sans;
/// let sans = parse_sans("*.example.jp, example.jp").unwrap();
/// assert_eq!(sans.len(), 2);
/// assert_eq!(parse_sans("a.jp,,b.jp").unwrap_err().0, "");
/// ```
pub fn parse_sans(text: &str) -> Result<Vec<San>, (String, NameError)> {
    text.split(',')
        .map(|item| {
            let item = item.trim();
            item.parse::<San>().map_err(|e| (item.to_owned(), e))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(text: &str) -> HostName {
        text.parse().unwrap()
    }

    fn san(text: &str) -> San {
        text.parse().unwrap()
    }

    #[test]
    fn the_curriculum_certificate() {
        let sans = parse_sans("*.example.tokyo,example.tokyo").unwrap();
        let covered = |name: &str| certificate_covers(&sans, &host(name)).covered_by;
        assert_eq!(covered("static.example.tokyo"), Some(0));
        assert_eq!(covered("example.tokyo"), Some(1));
        assert_eq!(covered("a.b.example.tokyo"), None);
        assert_eq!(covered("STATIC.Example.Tokyo."), Some(0));
        assert_eq!(covered("example.jp"), None);
        assert_eq!(covered("badexample.tokyo"), None);
    }

    #[test]
    fn every_verdict_explains_itself() {
        let check = |s: &str, h: &str| {
            SanCheck {
                san: san(s),
                host: host(h),
                verdict: san(s).check(&host(h)),
            }
            .to_string()
        };
        assert_eq!(
            check("example.jp", "EXAMPLE.jp"),
            "yes: the same name (case does not matter)"
        );
        assert_eq!(
            check("*.example.jp", "www.example.jp"),
            "yes: * stands for the one label www"
        );
        assert_eq!(
            check("*.example.jp", "example.jp"),
            "no: example.jp is the apex of *.example.jp, and a * must stand for one label; add example.jp as its own name"
        );
        assert_eq!(
            check("*.example.jp", "example.com"),
            "no: example.com is not under example.jp"
        );
        assert_eq!(
            check("*.example.jp", "jp"),
            "no: jp is not under example.jp"
        );
        assert_eq!(
            check("www.example.jp", "example.jp"),
            "no: a different name"
        );
    }

    #[test]
    fn san_syntax() {
        for bad in [
            "*",
            "*.jp",
            "f*.example.jp",
            "*f.example.jp",
            "a.*.example.jp",
            "*.*.example.jp",
        ] {
            assert!(bad.parse::<San>().is_err(), "{bad}");
        }
        assert_eq!(
            "*.jp".parse::<San>().unwrap_err().to_string(),
            "*.jp is too broad: a wildcard needs at least two labels after it, as in *.example.jp"
        );
        assert_eq!(
            "a.*.example.jp".parse::<San>().unwrap_err(),
            NameError::WildcardNotLeftmost
        );
        assert_eq!(san("*.CO.JP").to_string(), "*.co.jp");
    }

    #[test]
    fn host_syntax() {
        let error = |text: &str| text.parse::<HostName>().unwrap_err().to_string();
        assert_eq!(error(""), "no name was given");
        assert_eq!(
            error("a..jp"),
            "a label is empty (two dots in a row or a dot at the start)"
        );
        assert_eq!(error("-a.jp"), "the label -a starts or ends with a hyphen");
        assert_eq!(
            error("a_b.jp"),
            "'_' cannot appear in a host name: use letters, digits and hyphens between dots"
        );
        assert_eq!(
            error("例え.jp"),
            "'例' is not ASCII: certificates hold internationalized names in their xn-- (punycode) form"
        );
        assert_eq!(
            error("192.0.2.1"),
            "192.0.2.1 is an IP address: certificates list addresses as IP address SANs, and this checker reads DNS names"
        );
        assert_eq!(
            error("*.example.jp"),
            "a host name cannot contain *: wildcards belong in the certificate's names"
        );
        let long_label = "a".repeat(64);
        assert_eq!(
            error(&format!("{long_label}.jp")),
            format!("the label {long_label} is 64 characters long; a label has at most 63")
        );
        let long_name = vec!["abcdefghi"; 26].join(".");
        assert_eq!(
            error(&long_name),
            "the name is 259 characters long; a DNS name has at most 253"
        );
        assert_eq!(host("xn--r8jz45g.jp").to_string(), "xn--r8jz45g.jp");
    }
}
