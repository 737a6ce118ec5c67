//! Aligned label/value tables.
//!
//! Labels are padded by display width (not bytes or chars), so a table with Japanese
//! labels lines up too. A value with several lines continues under its first line.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

/// Spaces between the widest label and the values.
const GAP: usize = 2;

/// `label  value` rows with the values in one column, each row ending in a newline.
///
/// ```
/// let text = netdojo::format::table::rows(&[("Net", "10.0.0.0/8".to_string()), ("ネット", "a\nb".to_string())]);
/// assert_eq!(text, "Net     10.0.0.0/8\nネット  a\n        b\n");
/// ```
pub fn rows(rows: &[(&str, String)]) -> String {
    let width = rows
        .iter()
        .map(|(label, _)| label.width())
        .max()
        .unwrap_or(0)
        + GAP;
    let mut out = String::new();
    for (label, value) in rows {
        let mut lines = value.split('\n');
        let first = lines.next().unwrap_or("");
        let _ = writeln!(out, "{}{first}", pad(label, width));
        for line in lines {
            let _ = writeln!(out, "{}{line}", " ".repeat(width));
        }
    }
    out
}

/// `text` followed by spaces up to `width` display columns.
///
/// ```
/// assert_eq!(netdojo::format::table::pad("日本", 6), "日本  ");
/// ```
pub fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

/// `text`, marked with `≈` when it is a rounded value.
///
/// ```
/// assert_eq!(netdojo::format::table::approx("93.13", false), "≈93.13");
/// assert_eq!(netdojo::format::table::approx("100", true), "100");
/// ```
pub fn approx(text: &str, exact: bool) -> String {
    if exact {
        text.to_owned()
    } else {
        format!("≈{text}")
    }
}
