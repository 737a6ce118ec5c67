//! Every string the interface shows, in English and Japanese, and the helpers that
//! lay text out by display width (so a Japanese line never breaks a border).
//!
//! The language is a value passed down from `main`: nothing here reads the
//! environment. [`Lang::from_locale`] turns locale variables the caller has read
//! into a language.

mod messages;
pub mod width;

pub use messages::Msg;

pub use crate::lang::Lang;

impl Lang {
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
        let same_in_both = [Msg::AppName, Msg::ColCidr, Msg::LblTld, Msg::SshFailure];
        for &msg in Msg::ALL {
            if !same_in_both.contains(&msg) {
                assert_ne!(msg.en(), msg.ja(), "{msg:?} is not translated");
            }
        }
    }
}
