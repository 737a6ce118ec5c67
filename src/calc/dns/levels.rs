//! Splitting a name into its levels: the TLD is the 1st level, the label to its left
//! the 2nd, and so on; with the public suffix and the registrable domain taken from
//! the public suffix list (compiled into the binary by the `psl` crate, so it works
//! offline).

use super::name::{DomainName, NameError};
use crate::lang::Lang;

/// What kind of top-level domain a TLD is (a simple rule, not the IANA database).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TldKind {
    /// A generic TLD such as `com`, `org` or `tokyo`.
    Generic,
    /// A country-code TLD: two ASCII letters (`jp`) or a known internationalised one.
    CountryCode,
    /// `arpa`, the infrastructure TLD that holds reverse-lookup names.
    Infrastructure,
}

/// Internationalised ccTLDs in their ASCII form, with the country.
const IDN_CCTLDS: [&str; 7] = [
    "xn--p1ai",     // .рф, Russia
    "xn--fiqs8s",   // .中国, China
    "xn--j6w193g",  // .香港, Hong Kong
    "xn--3e0b707e", // .한국, Korea
    "xn--wgbh1c",   // .مصر, Egypt
    "xn--kprw13d",  // .台湾, Taiwan
    "xn--h2brj9c",  // .भारत, India
];

impl TldKind {
    /// Classifies a TLD label: `arpa`, two ASCII letters or a known IDN ccTLD, else generic.
    ///
    /// ```
    /// use netdojo::calc::dns::TldKind;
    /// assert_eq!(TldKind::of("jp"), TldKind::CountryCode);
    /// assert_eq!(TldKind::of("com"), TldKind::Generic);
    /// assert_eq!(TldKind::of("arpa"), TldKind::Infrastructure);
    /// ```
    pub fn of(tld: &str) -> TldKind {
        let tld = tld.to_ascii_lowercase();
        if tld == "arpa" {
            TldKind::Infrastructure
        } else if (tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
            || IDN_CCTLDS.contains(&tld.as_str())
        {
            TldKind::CountryCode
        } else {
            TldKind::Generic
        }
    }

    /// The short name used in JSON: `generic`, `country-code` or `infrastructure`.
    ///
    /// ```
    /// use netdojo::calc::dns::TldKind;
    /// assert_eq!(TldKind::CountryCode.code(), "country-code");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            TldKind::Generic => "generic",
            TldKind::CountryCode => "country-code",
            TldKind::Infrastructure => "infrastructure",
        }
    }

    /// The usual abbreviation in the given language.
    ///
    /// ```
    /// use netdojo::{calc::dns::TldKind, lang::Lang};
    /// assert_eq!(TldKind::CountryCode.name(Lang::En), "ccTLD");
    /// assert_eq!(TldKind::Generic.name(Lang::Ja), "gTLD(分野別トップレベルドメイン)");
    /// ```
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            TldKind::Generic => lang.pick("gTLD", "gTLD(分野別トップレベルドメイン)"),
            TldKind::CountryCode => lang.pick("ccTLD", "ccTLD(国別コードトップレベルドメイン)"),
            TldKind::Infrastructure => lang.pick("infrastructure TLD", "インフラ用TLD"),
        }
    }
}

/// The part a label plays in its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The top-level domain (level 1).
    Tld,
    /// A label of the public suffix below the TLD, such as `co` in `co.jp`.
    PublicSuffix,
    /// The label a registrant holds, which with the suffix makes the registrable domain.
    Registrable,
    /// A label the registrant adds below the registrable domain.
    Subdomain,
}

impl Role {
    /// The short name used in JSON.
    ///
    /// ```
    /// use netdojo::calc::dns::Role;
    /// assert_eq!(Role::PublicSuffix.code(), "public_suffix");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Role::Tld => "tld",
            Role::PublicSuffix => "public_suffix",
            Role::Registrable => "registrable",
            Role::Subdomain => "subdomain",
        }
    }

    /// A few words saying what the label is.
    ///
    /// ```
    /// use netdojo::{calc::dns::Role, lang::Lang};
    /// assert_eq!(Role::Registrable.describe(Lang::En), "registered by the domain holder");
    /// ```
    pub fn describe(self, lang: Lang) -> &'static str {
        match self {
            Role::Tld => lang.pick("top-level domain", "トップレベルドメイン"),
            Role::PublicSuffix => {
                lang.pick("part of the public suffix", "パブリックサフィックスの一部")
            }
            Role::Registrable => {
                lang.pick("registered by the domain holder", "登録者が取得するラベル")
            }
            Role::Subdomain => lang.pick(
                "subdomain chosen by the holder",
                "登録者が付けるサブドメイン",
            ),
        }
    }
}

/// One label with its level number and role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    /// 1 for the TLD, 2 for the label left of it, and so on.
    pub level: usize,
    /// The label as typed.
    pub label: String,
    /// What the label is.
    pub role: Role,
}

impl Level {
    /// The level as words: `1st level`, `2nd level` (`第2レベル` in Japanese).
    ///
    /// ```
    /// use netdojo::{calc::dns::{Level, Role}, lang::Lang};
    /// let level = Level { level: 2, label: "co".into(), role: Role::PublicSuffix };
    /// assert_eq!(level.ordinal(Lang::En), "2nd level");
    /// assert_eq!(level.ordinal(Lang::Ja), "第2レベル");
    /// ```
    pub fn ordinal(&self, lang: Lang) -> String {
        let n = self.level;
        match lang {
            Lang::Ja => format!("第{n}レベル"),
            Lang::En => {
                let suffix = match (n % 10, n % 100) {
                    (_, 11..=13) => "th",
                    (1, _) => "st",
                    (2, _) => "nd",
                    (3, _) => "rd",
                    _ => "th",
                };
                format!("{n}{suffix} level")
            }
        }
    }
}

/// A name split into levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Levels {
    /// The name as typed.
    pub name: DomainName,
    /// The TLD label (`None` for the root).
    pub tld: Option<String>,
    /// The kind of the TLD (`None` for the root).
    pub tld_kind: Option<TldKind>,
    /// The public suffix, such as `co.jp` (`None` for the root).
    pub public_suffix: Option<String>,
    /// Whether the public suffix list names this suffix; if not, the list's default
    /// rule made the TLD alone the suffix.
    pub suffix_listed: bool,
    /// The suffix plus one label, such as `example.co.jp` (`None` when the name is
    /// itself a public suffix).
    pub registrable_domain: Option<String>,
    /// The labels from the TLD (level 1) leftwards.
    pub levels: Vec<Level>,
}

/// Splits a name into levels; see [`Levels`].
///
/// ```
/// use netdojo::calc::dns::{levels, Role};
/// let split = levels("www.example.co.jp").unwrap();
/// assert_eq!(split.public_suffix.as_deref(), Some("co.jp"));
/// assert_eq!(split.registrable_domain.as_deref(), Some("example.co.jp"));
/// assert_eq!(split.levels[2].label, "example");
/// assert_eq!(split.levels[2].role, Role::Registrable);
/// ```
pub fn levels(name: &str) -> Result<Levels, NameError> {
    name.parse::<DomainName>().map(|name| split(&name))
}

/// Splits an already checked name into levels.
///
/// ```
/// use netdojo::calc::dns::{split, DomainName};
/// let name: DomainName = "example.com".parse().unwrap();
/// assert_eq!(split(&name).levels.len(), 2);
/// ```
pub fn split(name: &DomainName) -> Levels {
    let labels = name.labels();
    let (suffix_labels, suffix_listed) = suffix_size(labels);
    let tail = |count: usize| -> Option<String> {
        let start = labels.len().checked_sub(count)?;
        (count > 0).then(|| labels[start..].join("."))
    };
    let levels = labels
        .iter()
        .rev()
        .enumerate()
        .map(|(index, label)| {
            let level = index.saturating_add(1);
            let role = if level == 1 {
                Role::Tld
            } else if level <= suffix_labels {
                Role::PublicSuffix
            } else if level == suffix_labels.saturating_add(1) {
                Role::Registrable
            } else {
                Role::Subdomain
            };
            Level {
                level,
                label: label.clone(),
                role,
            }
        })
        .collect();
    let tld = labels.last().cloned();
    Levels {
        name: name.clone(),
        tld_kind: tld.as_deref().map(TldKind::of),
        tld,
        public_suffix: tail(suffix_labels),
        suffix_listed,
        registrable_domain: if suffix_labels < labels.len() {
            tail(suffix_labels.saturating_add(1))
        } else {
            None
        },
        levels,
    }
}

/// How many labels on the right form the public suffix, and whether the list names it.
fn suffix_size(labels: &[String]) -> (usize, bool) {
    if labels.is_empty() {
        return (0, false);
    }
    let lower = labels.join(".").to_ascii_lowercase();
    match psl::suffix(lower.as_bytes()) {
        Some(suffix) => {
            let dots = suffix.as_bytes().iter().filter(|b| **b == b'.').count();
            (dots.saturating_add(1).min(labels.len()), suffix.is_known())
        }
        None => (1, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(name: &str) -> Vec<(String, Role)> {
        levels(name)
            .unwrap()
            .levels
            .into_iter()
            .map(|l| (l.label, l.role))
            .collect()
    }

    #[test]
    fn co_jp_has_four_levels() {
        let split = levels("www.example.co.jp").unwrap();
        assert_eq!(split.tld.as_deref(), Some("jp"));
        assert_eq!(split.tld_kind, Some(TldKind::CountryCode));
        assert!(split.suffix_listed);
        assert_eq!(
            roles("www.example.co.jp"),
            vec![
                ("jp".into(), Role::Tld),
                ("co".into(), Role::PublicSuffix),
                ("example".into(), Role::Registrable),
                ("www".into(), Role::Subdomain),
            ]
        );
    }

    #[test]
    fn dot_com_registrable_is_second_level() {
        let split = levels("mail.example.com.").unwrap();
        assert_eq!(split.public_suffix.as_deref(), Some("com"));
        assert_eq!(split.registrable_domain.as_deref(), Some("example.com"));
        assert_eq!(split.tld_kind, Some(TldKind::Generic));
    }

    #[test]
    fn a_public_suffix_has_no_registrable_domain() {
        let split = levels("co.jp").unwrap();
        assert_eq!(split.public_suffix.as_deref(), Some("co.jp"));
        assert_eq!(split.registrable_domain, None);
        let split = levels("jp").unwrap();
        assert_eq!(split.registrable_domain, None);
        assert_eq!(split.levels.len(), 1);
    }

    #[test]
    fn case_is_kept_but_ignored_for_the_list() {
        let split = levels("WWW.Example.CO.JP").unwrap();
        assert_eq!(split.public_suffix.as_deref(), Some("CO.JP"));
        assert_eq!(split.registrable_domain.as_deref(), Some("Example.CO.JP"));
    }

    #[test]
    fn unlisted_tld_falls_back_to_one_label() {
        let split = levels("host.example.notatld").unwrap();
        assert!(!split.suffix_listed);
        assert_eq!(split.public_suffix.as_deref(), Some("notatld"));
        assert_eq!(split.registrable_domain.as_deref(), Some("example.notatld"));
    }

    #[test]
    fn root_has_no_levels() {
        let split = levels(".").unwrap();
        assert!(split.levels.is_empty());
        assert_eq!(split.tld, None);
        assert_eq!(split.public_suffix, None);
    }

    #[test]
    fn tld_kinds() {
        assert_eq!(TldKind::of("arpa"), TldKind::Infrastructure);
        assert_eq!(TldKind::of("xn--p1ai"), TldKind::CountryCode);
        assert_eq!(TldKind::of("tokyo"), TldKind::Generic);
        assert_eq!(TldKind::of("j1"), TldKind::Generic);
    }

    #[test]
    fn ordinals() {
        let at = |level| Level {
            level,
            label: String::new(),
            role: Role::Subdomain,
        };
        let words: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 112]
            .into_iter()
            .map(|n| at(n).ordinal(Lang::En))
            .collect();
        assert_eq!(
            words,
            [
                "1st level",
                "2nd level",
                "3rd level",
                "4th level",
                "11th level",
                "12th level",
                "13th level",
                "21st level",
                "22nd level",
                "112th level"
            ]
        );
    }
}
