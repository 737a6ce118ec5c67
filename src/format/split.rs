//! Splits and VLSM plans as the tables `netdojo split` prints. They write to any
//! writer: the command line streams millions of rows to standard output, the
//! terminal app collects a bounded number into memory.

use std::io::{self, Write};

use super::prefix_rows::{PrefixCells, PrefixRows};
use super::table::{Align, Columns};
use crate::calc::split::{HostRule, Subnets, VlsmPlan};

/// Every subnet of a split, streamed (or one JSON object per subnet); only the first and last are looked at in advance, to size
/// the columns (the last subnet has the largest value in every part of its address,
/// so its text is the widest).
pub fn subnets(
    out: &mut dyn Write,
    json: bool,
    parts: Subnets,
    note: Option<String>,
) -> io::Result<()> {
    let widest = parts.clone().take(1).chain(parts.clone().next_back());
    let mut rows = PrefixRows::new(json, "CIDR", widest);
    if let Some(note) = note.filter(|_| !json) {
        writeln!(out, "{note}")?;
    }
    rows.header(out, "CIDR")?;
    for net in parts {
        rows.write(out, net)?;
    }
    Ok(())
}

/// A VLSM plan: the blocks with their requirements, then the unused space (or
/// one JSON object per block and per unused prefix).
pub fn vlsm(out: &mut dyn Write, json: bool, plan: &VlsmPlan) -> io::Result<()> {
    let mut cells = PrefixCells::default();
    if json {
        let mut line = Vec::new();
        for block in &plan.blocks {
            cells.fill(block.net);
            line.clear();
            line.push(b'{');
            cells.push_json_fields(&mut line);
            write!(
                line,
                ",\"requirement\":{},\"hosts_requested\":\"{}\",\"usable\":\"{}\",\"unused\":false}}",
                block.position, block.hosts, block.usable
            )?;
            line.push(b'\n');
            out.write_all(&line)?;
        }
        for &net in &plan.unused {
            cells.fill(net);
            line.clear();
            line.push(b'{');
            cells.push_json_fields(&mut line);
            line.extend_from_slice(
                b",\"requirement\":null,\"hosts_requested\":null,\"usable\":null,\"unused\":true}\n",
            );
            out.write_all(&line)?;
        }
    } else {
        let usable_title = match plan.rule {
            HostRule::Classic => "USABLE",
            HostRule::Aws => "AWS USABLE",
        };
        let titles = ["HOSTS", "CIDR", "FIRST", "LAST", usable_title];
        let mut table = Columns::new(&[
            (titles[0], Align::Right),
            (titles[1], Align::Left),
            (titles[2], Align::Left),
            (titles[3], Align::Left),
            (titles[4], Align::Right),
        ]);
        let rows: Vec<[String; 5]> = plan
            .blocks
            .iter()
            .map(|block| {
                cells.fill(block.net);
                [
                    block.hosts.to_string(),
                    cells.cidr.clone(),
                    cells.first.clone(),
                    cells.last.clone(),
                    block.usable.to_string(),
                ]
            })
            .collect();
        for row in &rows {
            table.fit(&row.each_ref().map(String::as_str));
        }
        table.write_row(out, &titles)?;
        for row in &rows {
            table.write_row(out, &row.each_ref().map(String::as_str))?;
        }
        out.write_all(b"\n")?;
        if plan.unused.is_empty() {
            writeln!(out, "No space left over in {}.", plan.network)?;
        } else {
            let mut rows = PrefixRows::new(false, "UNUSED", plan.unused.iter().copied());
            rows.header(out, "UNUSED")?;
            for &net in &plan.unused {
                rows.write(out, net)?;
            }
        }
    }
    Ok(())
}
