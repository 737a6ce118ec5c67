//! Aligned text tables for every subcommand; the layout lives in
//! [`crate::format::table`], shared with the terminal app.

use std::io::{self, Write};

pub use crate::format::table::{Table, pad};

/// Writes `label  value` rows with the values in one column.
pub fn write_rows(out: &mut dyn Write, rows: &[(&str, String)]) -> io::Result<()> {
    out.write_all(crate::format::table::rows(rows).as_bytes())
}
