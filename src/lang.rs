//! The two languages netdojo speaks, as one plain value shared by the core, the
//! lessons, the command line and the app.

use std::fmt;
use std::str::FromStr;

/// A language of the interface and of the content: English or Japanese.
///
/// ```
/// use netdojo::lang::Lang;
/// assert_eq!("ja".parse::<Lang>(), Ok(Lang::Ja));
/// assert_eq!(Lang::Ja.to_string(), "ja");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    /// English (the default), folder `en/`.
    #[default]
    En,
    /// Japanese, folder `ja/`.
    Ja,
}

impl Lang {
    /// Both languages, in the order they are offered.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The short code used on the command line and as the lessons' folder: `en`, `ja`.
    ///
    /// ```
    /// use netdojo::lang::Lang;
    /// assert_eq!(Lang::Ja.code(), "ja");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The language's name in English, for messages.
    ///
    /// ```
    /// use netdojo::lang::Lang;
    /// assert_eq!(Lang::Ja.english_name(), "Japanese");
    /// ```
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "Japanese",
        }
    }

    /// The other language: the runtime switch, and a lesson's twin.
    ///
    /// ```
    /// use netdojo::lang::Lang;
    /// assert_eq!(Lang::En.other(), Lang::Ja);
    /// ```
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::En,
        }
    }

    /// Picks the text given for this language.
    ///
    /// ```
    /// use netdojo::lang::Lang;
    /// assert_eq!(Lang::Ja.pick("Home", "ホーム"), "ホーム");
    /// ```
    pub fn pick<'a>(self, en: &'a str, ja: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Ja => ja,
        }
    }

    /// The language a POSIX locale asks for: the first set of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` decides; `ja*` means Japanese, anything else English.
    /// The caller reads the environment; this only decides.
    ///
    /// ```
    /// use netdojo::lang::Lang;
    /// assert_eq!(Lang::from_locale(None, None, Some("ja_JP.UTF-8")), Lang::Ja);
    /// assert_eq!(Lang::from_locale(Some("C"), None, Some("ja_JP.UTF-8")), Lang::En);
    /// assert_eq!(Lang::from_locale(Some(""), None, Some("ja_JP.UTF-8")), Lang::Ja);
    /// ```
    pub fn from_locale(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        let chosen = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|value| !value.is_empty());
        match chosen {
            Some(value) if value.starts_with("ja") => Lang::Ja,
            _ => Lang::En,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language code that is neither `en` nor `ja`.
///
/// ```
/// use netdojo::lang::Lang;
/// let err = "fr".parse::<Lang>().unwrap_err();
/// assert_eq!(err.to_string(), "\"fr\" is not a language netdojo speaks (use en or ja)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a language netdojo speaks (use en or ja)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        match s {
            "en" => Ok(Lang::En),
            "ja" => Ok(Lang::Ja),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}
