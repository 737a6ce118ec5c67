//! The language a core text is given in.
//!
//! Explanations that a screen shows (what a DNS record type is for, what a status
//! code means) live in the core in both languages; the face picks one with [`Lang`].

use std::fmt;
use std::str::FromStr;

/// A language of the explanations the core carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Japanese.
    Ja,
}

impl Lang {
    /// Both languages, in the order they are offered.
    ///
    /// ```
    /// use netdojo::calc::lang::Lang;
    /// assert_eq!(Lang::ALL, [Lang::En, Lang::Ja]);
    /// ```
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The short code: `en` or `ja`.
    ///
    /// ```
    /// use netdojo::calc::lang::Lang;
    /// assert_eq!(Lang::Ja.code(), "ja");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// Picks the text of this language out of an English and a Japanese one.
    ///
    /// ```
    /// use netdojo::calc::lang::Lang;
    /// assert_eq!(Lang::Ja.pick("name", "名前"), "名前");
    /// ```
    pub fn pick<'a>(self, en: &'a str, ja: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Ja => ja,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that is neither `en` nor `ja`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a language: use en or ja")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Reads `en` or `ja` (any case).
    ///
    /// ```
    /// use netdojo::calc::lang::Lang;
    /// assert_eq!("JA".parse::<Lang>(), Ok(Lang::Ja));
    /// assert!("fr".parse::<Lang>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        match s.to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "ja" => Ok(Lang::Ja),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}
