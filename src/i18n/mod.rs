//! Every string the interface shows, in English and Japanese, and the helpers that
//! lay text out by display width (so a Japanese line never breaks a border).
//!
//! The language is a value passed down from `main`: nothing here reads the
//! environment. [`Lang::from_locale`] turns locale variables the caller has read
//! into a language.

mod messages;
pub mod width;

pub use messages::Msg;

/// A language of the interface.
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
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The language a POSIX locale asks for: the first set of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` decides; `ja*` means Japanese, anything else English.
    ///
    /// ```
    /// use netdojo::i18n::Lang;
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

    /// The short code used on the command line (`en`, `ja`).
    ///
    /// ```
    /// use netdojo::i18n::Lang;
    /// assert_eq!(Lang::Ja.code(), "ja");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The other language, for the runtime switch.
    ///
    /// ```
    /// use netdojo::i18n::Lang;
    /// assert_eq!(Lang::En.toggled(), Lang::Ja);
    /// ```
    pub fn toggled(self) -> Lang {
        match self {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::En,
        }
    }

    /// The text of a message in this language.
    ///
    /// ```
    /// use netdojo::i18n::{Lang, Msg};
    /// assert_eq!(Lang::En.text(Msg::KeyQuit), "quit");
    /// assert_eq!(Lang::Ja.text(Msg::KeyQuit), "終了");
    /// ```
    pub fn text(self, msg: Msg) -> &'static str {
        match self {
            Lang::En => msg.en(),
            Lang::Ja => msg.ja(),
        }
    }

    /// The text of a message with its `{0}`, `{1}`, ... placeholders filled in.
    ///
    /// ```
    /// use netdojo::i18n::{Lang, Msg};
    /// assert_eq!(
    ///     Lang::En.fill(Msg::NoMatches, &["xyz"]),
    ///     "Nothing matches \"xyz\"."
    /// );
    /// ```
    pub fn fill(self, msg: Msg, args: &[&str]) -> String {
        fill(self.text(msg), args)
    }

    /// Picks one of two texts given for this language (for content that is not in
    /// the message table, such as catalog titles).
    ///
    /// ```
    /// use netdojo::i18n::Lang;
    /// assert_eq!(Lang::Ja.pick("Home", "ホーム"), "ホーム");
    /// ```
    pub fn pick<'a>(self, en: &'a str, ja: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Ja => ja,
        }
    }
}

/// Replaces `{0}`, `{1}`, ... in `template` by the matching argument; a placeholder
/// without an argument is left as it is, so a mistake shows instead of vanishing.
fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let index = after
            .find('}')
            .and_then(|close| after[..close].parse::<usize>().ok().map(|i| (i, close)));
        match index.and_then(|(i, close)| args.get(i).map(|arg| (arg, close))) {
            Some((arg, close)) => {
                out.push_str(arg);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders (`{0}`, `{1}`, ...) a template uses, sorted, for the tests
/// that check both languages of a message take the same arguments.
pub fn placeholders(template: &str) -> Vec<usize> {
    let mut found: Vec<usize> = template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').and_then(|(n, _)| n.parse().ok()))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_precedence_follows_posix() {
        assert_eq!(Lang::from_locale(None, None, None), Lang::En);
        assert_eq!(
            Lang::from_locale(None, Some("ja_JP"), Some("en_US")),
            Lang::Ja
        );
        assert_eq!(
            Lang::from_locale(None, Some("en_US"), Some("ja_JP")),
            Lang::En
        );
        assert_eq!(Lang::from_locale(Some("ja"), Some("en_US"), None), Lang::Ja);
        assert_eq!(Lang::from_locale(Some(""), Some(""), Some("")), Lang::En);
        assert_eq!(Lang::from_locale(None, None, Some("C.UTF-8")), Lang::En);
    }

    #[test]
    fn fill_replaces_numbered_placeholders() {
        assert_eq!(fill("{1} and {0}", &["a", "b"]), "b and a");
        assert_eq!(fill("{0}{0}", &["x"]), "xx");
        assert_eq!(fill("{2} stays", &["x"]), "{2} stays");
        assert_eq!(fill("{ brace", &[]), "{ brace");
        assert_eq!(fill("日本{0}語", &["の"]), "日本の語");
    }

    #[test]
    fn every_message_has_both_languages() {
        for &msg in Msg::ALL {
            assert!(!msg.en().trim().is_empty(), "{msg:?} has no English text");
            assert!(!msg.ja().trim().is_empty(), "{msg:?} has no Japanese text");
            assert_eq!(
                placeholders(msg.en()),
                placeholders(msg.ja()),
                "{msg:?} takes different arguments in English and Japanese"
            );
        }
    }

    #[test]
    fn japanese_texts_are_translated() {
        // Names that read the same in both languages are listed; everything else
        // must differ, so a copied English string is caught.
        let same_in_both = [Msg::AppName, Msg::ColCidr];
        for &msg in Msg::ALL {
            if !same_in_both.contains(&msg) {
                assert_ne!(msg.en(), msg.ja(), "{msg:?} is not translated");
            }
        }
    }
}
