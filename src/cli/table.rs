//! Aligned label/value tables for text output.
//!
//! Labels are padded by display width (not bytes or chars), so a table with Japanese
//! labels lines up too. A value with several lines continues under its first line.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

/// Spaces between the widest label and the values.
const GAP: usize = 2;

/// Writes `label  value` rows with the values in one column.
pub fn write_rows(out: &mut dyn Write, rows: &[(&str, String)]) -> io::Result<()> {
    let width = rows
        .iter()
        .map(|(label, _)| label.width())
        .max()
        .unwrap_or(0)
        + GAP;
    for (label, value) in rows {
        let mut lines = value.split('\n');
        let first = lines.next().unwrap_or("");
        writeln!(out, "{}{first}", pad(label, width))?;
        for line in lines {
            writeln!(out, "{}{line}", " ".repeat(width))?;
        }
    }
    Ok(())
}

/// `text` followed by spaces up to `width` display columns.
pub fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_by_display_width() {
        let mut out = Vec::new();
        let rows = [
            ("Net", "10.0.0.0/8".to_owned()),
            ("ネット", "a\nb".to_owned()),
        ];
        write_rows(&mut out, &rows).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Net     10.0.0.0/8\nネット  a\n        b\n"
        );
    }
}
