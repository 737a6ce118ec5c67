//! Aligned text tables for every subcommand, measured by display width (not bytes or
//! chars) so that Japanese text lines up too.
//!
//! `Table` prints rows of cells in columns; `write_rows` prints label/value rows whose
//! values may run over several lines.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

/// Rows of cells printed in aligned columns, two spaces apart.
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

    /// Writes the table; trailing spaces are trimmed from every line.
    pub fn write(&self, out: &mut dyn Write) -> io::Result<()> {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|cell| cell.width())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in &self.rows {
            let mut line = String::new();
            for (c, cell) in row.iter().enumerate() {
                if c > 0 {
                    line.push_str("  ");
                }
                let pad = " ".repeat(widths[c].saturating_sub(cell.width()));
                if self.right.contains(&c) {
                    line.push_str(&pad);
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    line.push_str(&pad);
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

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
