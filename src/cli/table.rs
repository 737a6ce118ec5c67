//! Aligned text tables that can be written one row at a time.
//!
//! Column widths are settled before the first row is written (from the header and
//! whatever rows the caller offers as the widest), so a table of millions of rows
//! streams without being held in memory.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

/// Which side of its column a cell sticks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
}

/// Column layout of a text table: two spaces between columns, no trailing blanks.
#[derive(Debug, Clone)]
pub(crate) struct Table {
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

impl Table {
    /// A table whose columns start as wide as their headers.
    pub(crate) fn new(headers: &[(&str, Align)]) -> Table {
        Table {
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

    /// [`Table::render`] for cells known to be ASCII, which skips measuring them: a
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_and_leaves_no_trailing_blanks() {
        let mut table = Table::new(&[
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
        let mut table = Table::new(&[("名前", Align::Left), ("X", Align::Left)]);
        table.fit_column(0, 5);
        let mut out = Vec::new();
        table.write_row(&mut out, &["名前", "1"]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "名前   1\n");
    }
}
