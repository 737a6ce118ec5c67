//! Aligned text tables, measured by display width (not bytes or chars) so that
//! Japanese text lines up too; shared by the command line and the terminal app.
//!
//! - [`Columns`] fixes the widths before the first row, so a table of millions of rows
//!   streams without being held in memory;
//! - [`Table`] collects its rows first and sizes its columns to fit them;
//! - [`rows`] lays out label/value rows whose values may run over several lines.

use std::fmt::Write as _;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

/// Which side of its column a cell sticks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
}

/// Column layout of a streamed table: widths are fixed before the first row, two spaces
/// between columns, no trailing blanks.
#[derive(Debug, Clone)]
pub(crate) struct Columns {
    columns: Vec<(usize, Align)>,
}

const GAP: &[u8] = b"  ";

fn width(cell: &str) -> usize {
    if cell.is_ascii() {
        cell.len()
    } else {
        cell.width()
    }
}

impl Columns {
    /// A table whose columns start as wide as their headers.
    pub(crate) fn new(headers: &[(&str, Align)]) -> Columns {
        Columns {
            columns: headers.iter().map(|&(h, a)| (width(h), a)).collect(),
        }
    }

    /// Widens the columns so that `cells` fit.
    pub(crate) fn fit(&mut self, cells: &[&str]) {
        for ((w, _), cell) in self.columns.iter_mut().zip(cells) {
            *w = (*w).max(width(cell));
        }
    }

    /// Widens one column to at least `min` characters.
    pub(crate) fn fit_column(&mut self, column: usize, min: usize) {
        if let Some((w, _)) = self.columns.get_mut(column) {
            *w = (*w).max(min);
        }
    }

    /// Writes one row; a cell wider than its column pushes the rest of its row right.
    pub(crate) fn write_row(&self, out: &mut dyn Write, cells: &[&str]) -> io::Result<()> {
        let mut line = Vec::new();
        self.render(&mut line, cells);
        out.write_all(&line)
    }

    /// Appends one row, newline included, to `line`: callers printing many rows keep
    /// one buffer and make one write per row.
    pub(crate) fn render(&self, line: &mut Vec<u8>, cells: &[&str]) {
        self.render_with(line, cells, width);
    }

    /// [`Columns::render`] for cells known to be ASCII, which skips measuring them: a
    /// split may print millions of rows.
    pub(crate) fn render_ascii(&self, line: &mut Vec<u8>, cells: &[&str]) {
        self.render_with(line, cells, str::len);
    }

    fn render_with(&self, line: &mut Vec<u8>, cells: &[&str], width: impl Fn(&str) -> usize) {
        let last = cells.len().min(self.columns.len()).saturating_sub(1);
        for (i, (&(w, align), cell)) in self.columns.iter().zip(cells).enumerate() {
            if i > 0 {
                line.extend_from_slice(GAP);
            }
            let pad = w.saturating_sub(width(cell));
            match align {
                Align::Right => {
                    line.resize(line.len() + pad, b' ');
                    line.extend_from_slice(cell.as_bytes());
                }
                Align::Left => {
                    line.extend_from_slice(cell.as_bytes());
                    if i < last {
                        line.resize(line.len() + pad, b' ');
                    }
                }
            }
        }
        line.push(b'\n');
    }
}

/// Rows of cells printed in aligned columns, two spaces apart, once all rows are known.
pub struct Table {
    rows: Vec<Vec<String>>,
    right: Vec<usize>,
}

impl Table {
    /// A table whose first row is the header.
    pub fn new(header: &[&str]) -> Table {
        Table {
            rows: vec![header.iter().map(|h| h.to_string()).collect()],
            right: Vec::new(),
        }
    }

    /// A table without a header row (label/value lists).
    pub fn headless() -> Table {
        Table {
            rows: Vec::new(),
            right: Vec::new(),
        }
    }

    /// Right-aligns the given columns (numbers).
    pub fn right_align(mut self, columns: &[usize]) -> Table {
        self.right = columns.to_vec();
        self
    }

    /// Adds a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as text, as [`Table::write`] writes it.
    ///
    /// ```
    /// use netdojo::format::table::Table;
    /// let mut table = Table::new(&["名前", "port"]).right_align(&[1]);
    /// table.row(vec!["ssh".into(), "22".into()]);
    /// assert_eq!(table.render(), "名前  port\nssh     22\n");
    /// ```
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        // Writing into a Vec cannot fail.
        let _ = self.write(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Writes the table; trailing spaces are trimmed from every line.
    pub fn write(&self, out: &mut dyn Write) -> io::Result<()> {
        let count = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let aligns: Vec<(&str, Align)> = (0..count)
            .map(|c| {
                (
                    "",
                    if self.right.contains(&c) {
                        Align::Right
                    } else {
                        Align::Left
                    },
                )
            })
            .collect();
        let mut columns = Columns::new(&aligns);
        for row in &self.rows {
            columns.fit(&row.iter().map(String::as_str).collect::<Vec<_>>());
        }
        let mut line = Vec::new();
        for row in &self.rows {
            line.clear();
            columns.render(
                &mut line,
                &row.iter().map(String::as_str).collect::<Vec<_>>(),
            );
            // Empty trailing cells still get their column's padding: trim it.
            writeln!(out, "{}", String::from_utf8_lossy(&line).trim_end())?;
        }
        Ok(())
    }
}

/// Spaces between the widest label and the values.
const LABEL_GAP: usize = 2;

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
        + LABEL_GAP;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_and_leaves_no_trailing_blanks() {
        let mut table = Columns::new(&[
            ("NAME", Align::Left),
            ("N", Align::Right),
            ("END", Align::Left),
        ]);
        table.fit(&["a-long-name", "1000", "x"]);
        let mut out = Vec::new();
        table.write_row(&mut out, &["NAME", "N", "END"]).unwrap();
        table.write_row(&mut out, &["b", "7", "yy"]).unwrap();
        table
            .write_row(&mut out, &["wider-than-the-column", "12345", "z"])
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "NAME            N  END\nb               7  yy\nwider-than-the-column  12345  z\n"
        );
    }

    #[test]
    fn wide_characters_count_twice() {
        let mut table = Columns::new(&[("名前", Align::Left), ("X", Align::Left)]);
        table.fit_column(0, 5);
        let mut out = Vec::new();
        table.write_row(&mut out, &["名前", "1"]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "名前   1\n");
    }

    #[test]
    fn aligns_by_display_width() {
        let rows_in = [
            ("Net", "10.0.0.0/8".to_owned()),
            ("ネット", "a\nb".to_owned()),
        ];
        let out = rows(&rows_in);
        assert_eq!(out, "Net     10.0.0.0/8\nネット  a\n        b\n");
    }

    #[test]
    fn collected_tables_right_align_numbers_and_trim() {
        let mut table = Table::new(&["PORT", "RANGE"]).right_align(&[0]);
        table.row(vec!["22".into(), "system".into()]);
        table.row(vec!["49152".into(), "dynamic".into()]);
        let mut out = Vec::new();
        table.write(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            " PORT  RANGE\n   22  system\n49152  dynamic\n"
        );
    }
}
