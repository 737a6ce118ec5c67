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

const COLUMN_GAP: &[u8] = b"  ";

fn cell_width(cell: &str) -> usize {
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
            columns: headers.iter().map(|&(h, a)| (cell_width(h), a)).collect(),
        }
    }

    /// Widens the columns so that `cells` fit.
    pub(crate) fn fit(&mut self, cells: &[&str]) {
        for ((w, _), cell) in self.columns.iter_mut().zip(cells) {
            *w = (*w).max(cell_width(cell));
        }
    }

    /// Widens one column to at least `min` characters.
    pub(crate) fn fit_column(&mut self, column: usize, min: usize) {
        if let Some((w, _)) = self.columns.get_mut(column) {
            *w = (*w).max(min);
        }
    }

    /// Appends one row, newline included, to `line`: callers printing many rows keep
    /// one buffer and make one write per row.
    pub(crate) fn render(&self, line: &mut Vec<u8>, cells: &[&str]) {
        self.render_with(line, cells, cell_width);
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
                line.extend_from_slice(COLUMN_GAP);
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
///
/// ```
/// use netdojo::format::table::Table;
/// let mut table = Table::new(&["port", "range"]).right_align(&[0]);
/// table.row(vec!["22".into(), "well-known".into()]);
/// assert_eq!(table.render(), "port  range\n  22  well-known\n");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Table {
    rows: Vec<Vec<String>>,
    right: Vec<usize>,
}

impl Table {
    /// A table whose first row is the header.
    ///
    /// ```
    /// let table = netdojo::format::table::Table::new(&["a", "b"]);
    /// assert_eq!(table.render(), "a  b\n");
    /// ```
    pub fn new(header: &[&str]) -> Table {
        Table {
            rows: vec![header.iter().map(|h| h.to_string()).collect()],
            right: Vec::new(),
        }
    }

    /// A table without a header row (label/value lists).
    ///
    /// ```
    /// let mut table = netdojo::format::table::Table::headless();
    /// table.row(vec!["MTBF".into(), "1000 h".into()]);
    /// assert_eq!(table.render(), "MTBF  1000 h\n");
    /// ```
    pub fn headless() -> Table {
        Table::default()
    }

    /// Right-aligns the given columns (numbers).
    ///
    /// ```
    /// let mut table = netdojo::format::table::Table::new(&["n"]).right_align(&[0]);
    /// table.row(vec!["100".into()]);
    /// assert_eq!(table.render(), "  n\n100\n");
    /// ```
    pub fn right_align(mut self, columns: &[usize]) -> Table {
        self.right = columns.to_vec();
        self
    }

    /// Adds a row.
    ///
    /// ```
    /// let mut table = netdojo::format::table::Table::headless();
    /// table.row(vec!["x".into()]);
    /// assert_eq!(table.render(), "x\n");
    /// ```
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as text, one line per row; trailing spaces are trimmed from every line.
    ///
    /// ```
    /// let mut table = netdojo::format::table::Table::new(&["名前", "x"]);
    /// table.row(vec!["ab".into(), "1".into()]);
    /// assert_eq!(table.render(), "名前  x\nab    1\n");
    /// ```
    pub fn render(&self) -> String {
        let count = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let aligns: Vec<(&str, Align)> = (0..count)
            .map(|c| {
                let align = if self.right.contains(&c) {
                    Align::Right
                } else {
                    Align::Left
                };
                ("", align)
            })
            .collect();
        let mut columns = Columns::new(&aligns);
        for row in &self.rows {
            columns.fit(&row.iter().map(String::as_str).collect::<Vec<_>>());
        }
        let mut text = Vec::new();
        for row in &self.rows {
            columns.render(
                &mut text,
                &row.iter().map(String::as_str).collect::<Vec<_>>(),
            );
        }
        String::from_utf8_lossy(&text).into_owned()
    }
}
