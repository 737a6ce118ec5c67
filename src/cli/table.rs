//! Aligned text tables for every subcommand, measured by display width (not bytes or
//! chars) so that Japanese text lines up too.
//!
//! - [`Columns`] fixes the widths before the first row, so a table of millions of rows
//!   streams without being held in memory;
//! - [`Table`] collects its rows first and sizes its columns to fit them;
//! - [`write_rows`] prints label/value rows whose values may run over several lines.

use std::io::{self, Write};

pub use crate::format::table::Table;
pub(crate) use crate::format::table::{Align, Columns};

impl Columns {
    /// Writes one row; a cell wider than its column pushes the rest of its row right.
    pub(crate) fn write_row(&self, out: &mut dyn Write, cells: &[&str]) -> io::Result<()> {
        let mut line = Vec::new();
        self.render(&mut line, cells);
        out.write_all(&line)
    }
}

impl Table {
    /// Writes the table; trailing spaces are trimmed from every line.
    pub fn write(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(self.render().as_bytes())
    }
}

/// `text` followed by spaces up to `width` display columns.
pub use crate::format::table::pad;

/// Writes `label  value` rows with the values in one column (the layout lives in
/// [`crate::format::table::rows`], shared with the terminal app).
pub fn write_rows(out: &mut dyn Write, rows: &[(&str, String)]) -> io::Result<()> {
    out.write_all(crate::format::table::rows(rows).as_bytes())
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
