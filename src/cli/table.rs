//! Aligned text tables for every subcommand; the layout lives in
//! [`crate::format::table`], shared with the terminal app.

use std::io::{self, Write};

pub use crate::format::table::{Table, pad};

/// Writes `label  value` rows with the values in one column.
pub fn write_rows(out: &mut dyn Write, rows: &[(&str, String)]) -> io::Result<()> {
    out.write_all(crate::format::table::rows(rows).as_bytes())
}

/// Writes a header line and rows as a [`Table`]; columns whose `right` flag is set
/// are right-aligned (numbers).
pub fn write_columns(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[Vec<String>],
    right: &[bool],
) -> io::Result<()> {
    let right: Vec<usize> = (0..right.len()).filter(|&c| right[c]).collect();
    let mut table = Table::new(header).right_align(&right);
    for row in rows {
        table.row(row.clone());
    }
    table.write(out)
}

pub use crate::format::table::approx;
