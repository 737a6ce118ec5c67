//! Set operations as the tables their commands print.

use std::io::{self, Write};

use ipnet::IpNet;
use serde::Serialize;

use super::table::{Align, Columns};
use crate::calc::setops::{Relation, relation};

#[derive(Serialize)]
struct PairJson<'a> {
    a: &'a str,
    b: &'a str,
    relation: Relation,
    overlaps: bool,
}

/// How every pair of `nets` relates, as `netdojo overlap` prints it: a table of
/// A, B, RELATION and OVERLAPS (the header only when there are two or more), or one
/// JSON object per pair. Each net comes with the text to show for it.
pub fn overlap_pairs(out: &mut dyn Write, json: bool, nets: &[(IpNet, String)]) -> io::Result<()> {
    let mut table = Columns::new(&[
        ("A", Align::Left),
        ("B", Align::Left),
        ("RELATION", Align::Left),
        ("OVERLAPS", Align::Left),
    ]);
    // Column A shows every input but the last, column B every input but the first.
    let widest = |names: &[(IpNet, String)]| names.iter().map(|(_, t)| t.len()).max();
    let count = nets.len();
    table.fit_column(0, widest(&nets[..count.saturating_sub(1)]).unwrap_or(0));
    table.fit_column(1, widest(nets.get(1..).unwrap_or_default()).unwrap_or(0));
    table.fit(&["", "", "contained_by"]);
    if !json && nets.len() >= 2 {
        table.write_row(&mut *out, &["A", "B", "RELATION", "OVERLAPS"])?;
    }
    for (i, (a, a_text)) in nets.iter().enumerate() {
        for (b, b_text) in &nets[i + 1..] {
            let rel = relation(*a, *b);
            if json {
                let pair = PairJson {
                    a: a_text,
                    b: b_text,
                    relation: rel,
                    overlaps: rel.overlaps(),
                };
                serde_json::to_writer(&mut *out, &pair)?;
                out.write_all(b"\n")?;
            } else {
                let overlaps = if rel.overlaps() { "yes" } else { "no" };
                table.write_row(&mut *out, &[a_text, b_text, rel.name(), overlaps])?;
            }
        }
    }
    Ok(())
}
