//! HTTP message checks and status codes as the text `netdojo http` prints, shared
//! by the command line and the terminal app.

use std::fmt::Write;

use super::table::Table;
use crate::calc::http::{Message, Part, PartKind, StatusCode, describe, visible};
use crate::lang::Lang;

/// Longest text shown for a part before it is cut.
const SHOWN: usize = 60;

/// A part's text with control characters made visible, cut after 60 characters.
///
/// ```
/// use netdojo::calc::http::Message;
/// let input = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n";
/// let message = Message::parse(input);
/// assert_eq!(netdojo::format::http::shown_text(&message.parts[0], input), "GET / HTTP/1.1");
/// ```
pub fn shown_text(part: &Part, input: &[u8]) -> String {
    let text = visible(part.bytes(input));
    if text.chars().count() > SHOWN {
        let cut: String = text.chars().take(SHOWN).collect();
        format!("{cut}...")
    } else {
        text
    }
}

/// A checked message: what it is, one row per part, then the problems. `name` is
/// where it came from (`standard input` for `-`).
///
/// ```
/// use netdojo::calc::http::Message;
/// use netdojo::lang::Lang;
/// let input = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n";
/// let text = netdojo::format::http::check("-", &Message::parse(input), input, Lang::En);
/// assert!(text.starts_with("standard input: request\n"));
/// assert!(text.ends_with("No problems found.\n"));
/// ```
pub fn check(name: &str, message: &Message, input: &[u8], lang: Lang) -> String {
    let mut out = String::new();
    let name = if name == "-" { "standard input" } else { name };
    let kind = message.kind.map_or("empty input", |k| k.code());
    let _ = writeln!(out, "{name}: {kind}");
    if !message.parts.is_empty() {
        let mut table = Table::new(&["LINE", "PART", "END", "TEXT", "MEANING"]);
        for part in &message.parts {
            let end = if part.kind == PartKind::Body {
                ""
            } else {
                part.line_end.code()
            };
            table.row(vec![
                part.line.to_string(),
                part.kind.name().to_string(),
                end.to_string(),
                shown_text(part, input),
                describe(part, input, lang),
            ]);
        }
        out.push_str(&table.render());
    }
    match message.problems.len() {
        0 => out.push_str("No problems found.\n"),
        n => {
            let noun = if n == 1 { "problem" } else { "problems" };
            let _ = writeln!(out, "{n} {noun}:");
            for problem in &message.problems {
                let _ = writeln!(out, "  - {problem}");
            }
        }
    }
    out
}

/// What an unregistered code is understood as, in `lang`.
///
/// ```
/// use netdojo::lang::Lang;
/// let code = "299".parse().unwrap();
/// assert_eq!(netdojo::format::http::unregistered(code, Lang::En), "not registered: understood as 200");
/// ```
pub fn unregistered(code: StatusCode, lang: Lang) -> String {
    let fallback = code.get() / 100 * 100;
    match lang {
        Lang::En => format!("not registered: understood as {fallback}"),
        Lang::Ja => format!("未登録のコード。{fallback}として扱われる"),
    }
}

/// Status codes as a table: code, class, reason phrase and meaning, in `lang`
/// (nothing at all for no codes).
///
/// ```
/// use netdojo::lang::Lang;
/// let codes = ["404".parse().unwrap()];
/// let text = netdojo::format::http::status(&codes, Lang::En);
/// assert!(text.starts_with("CODE  CLASS"));
/// assert!(text.contains("404   4xx"));
/// ```
pub fn status(codes: &[StatusCode], lang: Lang) -> String {
    if codes.is_empty() {
        return String::new();
    }
    let mut table = Table::new(&["CODE", "CLASS", "REASON", "MEANING"]);
    for code in codes {
        let class = code.class();
        let meaning = match (code.meaning(lang), code.reason()) {
            (Some(meaning), _) => meaning.to_string(),
            (None, Some(_)) => String::new(),
            (None, None) => unregistered(*code, lang),
        };
        table.row(vec![
            code.get().to_string(),
            format!("{} {}", class.range(), class.name(lang)),
            code.reason().unwrap_or("-").to_string(),
            meaning,
        ]);
    }
    table.render()
}
