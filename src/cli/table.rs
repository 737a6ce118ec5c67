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

/// Writes a header line and rows in columns two spaces apart, padded by display width.
/// Columns whose `right` flag is set are right-aligned (numbers); trailing spaces are
/// dropped.
pub fn write_columns(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[Vec<String>],
    right: &[bool],
) -> io::Result<()> {
    let widths: Vec<usize> = (0..header.len())
        .map(|column| {
            rows.iter()
                .filter_map(|row| row.get(column))
                .map(|cell| cell.width())
                .chain([header[column].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &mut dyn Iterator<Item = &str>| -> String {
        let mut text = String::new();
        for (column, cell) in cells.enumerate() {
            let width = widths.get(column).copied().unwrap_or(0);
            if column > 0 {
                text.push_str(&" ".repeat(GAP));
            }
            if right.get(column).copied().unwrap_or(false) {
                text.push_str(&" ".repeat(width.saturating_sub(cell.width())));
                text.push_str(cell);
            } else {
                text.push_str(&pad(cell, width));
            }
        }
        text.trim_end().to_owned()
    };
    writeln!(out, "{}", line(&mut header.iter().copied()))?;
    for row in rows {
        writeln!(out, "{}", line(&mut row.iter().map(String::as_str)))?;
    }
    Ok(())
}

/// `text`, marked with `≈` when it is a rounded value.
pub fn approx(text: &str, exact: bool) -> String {
    if exact {
        text.to_owned()
    } else {
        format!("≈{text}")
    }
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
    fn columns_align_left_and_right() {
        let mut out = Vec::new();
        let rows = vec![
            vec!["blue".to_owned(), "90".to_owned(), "9/10".to_owned()],
            vec!["緑".to_owned(), "10".to_owned(), "1/10".to_owned()],
        ];
        write_columns(
            &mut out,
            &["RECORD", "WEIGHT", "SHARE"],
            &rows,
            &[false, true, false],
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "RECORD  WEIGHT  SHARE\nblue        90  9/10\n緑          10  1/10\n"
        );
    }

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
