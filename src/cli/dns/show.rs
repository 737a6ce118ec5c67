//! Shared ways to show DNS records as text and JSON.

use std::io::{self, Write};

use serde_json::{Value, json};

use crate::calc::dns::Record;
use crate::cli::table::Table;

/// A record as a JSON object: name, ttl, class, type, data.
pub fn record_json(record: &Record) -> Value {
    json!({
        "name": record.owner,
        "ttl": record.ttl,
        "class": "IN",
        "type": record.rtype().mnemonic(),
        "data": record.data.to_string(),
    })
}

/// The cells of a record in zone-file order, with an optional note at the end.
pub fn record_cells(record: &Record, note: &str) -> Vec<String> {
    vec![
        record.owner.clone(),
        record.ttl.to_string(),
        "IN".to_string(),
        record.rtype().mnemonic().to_string(),
        record.data.to_string(),
        note.to_string(),
    ]
}

/// Writes a table with every line indented by `indent` spaces.
pub fn write_indented(out: &mut dyn Write, indent: usize, table: &Table) -> io::Result<()> {
    let mut buffer = Vec::new();
    table.write(&mut buffer)?;
    let pad = " ".repeat(indent);
    for line in String::from_utf8_lossy(&buffer).lines() {
        writeln!(out, "{pad}{line}")?;
    }
    Ok(())
}

/// Writes records as aligned zone-file lines, indented.
pub fn write_records(out: &mut dyn Write, indent: usize, records: &[Record]) -> io::Result<()> {
    let mut table = Table::headless().right_align(&[1]);
    for record in records {
        table.row(record_cells(record, ""));
    }
    write_indented(out, indent, &table)
}
