//! DNS levels, resolution walks, caches and record types as the text `netdojo dns`
//! prints, shared by the command line and the terminal app.

use std::fmt::Write;

use super::table::Table;
use crate::calc::dns::{
    CacheEntry, Explained, Levels, Outcome, Record, RecordType, Server, Step, Walk, ZoneReply,
    mx_order,
};
use crate::lang::Lang;

/// The cells of a record in zone-file order, with a note at the end.
///
/// ```
/// use netdojo::calc::dns::{RData, Record};
/// let r = Record::new("example.com.", 300, RData::A("192.0.2.1".parse().unwrap()));
/// assert_eq!(netdojo::format::dns::record_cells(&r, "")[3], "A");
/// ```
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

/// A table's text with every line indented by `indent` spaces.
fn indented(out: &mut String, indent: usize, table: &Table) {
    let pad = " ".repeat(indent);
    for line in table.render().lines() {
        let _ = writeln!(out, "{pad}{line}");
    }
}

/// Records as aligned zone-file lines, indented by `indent` spaces.
///
/// ```
/// use netdojo::calc::dns::{RData, Record};
/// let r = Record::new("example.com.", 300, RData::A("192.0.2.1".parse().unwrap()));
/// assert_eq!(netdojo::format::dns::records_text(2, &[r]), "  example.com.  300  IN  A  192.0.2.1\n");
/// ```
pub fn records_text(indent: usize, records: &[Record]) -> String {
    let mut out = String::new();
    indented(&mut out, indent, &records_table(records));
    out
}

/// Records as a table without a header, in zone-file order (TTLs right-aligned).
///
/// ```
/// use netdojo::calc::dns::{RData, Record};
/// let r = Record::new("example.com.", 300, RData::A("192.0.2.1".parse().unwrap()));
/// assert_eq!(netdojo::format::dns::records_table(&[r]).render(), "example.com.  300  IN  A  192.0.2.1\n");
/// ```
pub fn records_table(records: &[Record]) -> Table {
    let mut table = Table::headless().right_align(&[1]);
    for record in records {
        table.row(record_cells(record, ""));
    }
    table
}

/// The levels of a name: a summary, then one row per label from the TLD leftwards.
///
/// ```
/// let split = netdojo::calc::dns::levels("www.example.co.jp").unwrap();
/// let text = netdojo::format::dns::levels(&split);
/// assert!(text.contains("registrable domain  example.co.jp\n"));
/// ```
pub fn levels(split: &Levels) -> String {
    let lang = Lang::En;
    let mut out = String::new();
    let mut summary = Table::headless();
    let root = split.name.is_root();
    let name = if root {
        ". (the root)".to_string()
    } else {
        split.name.to_string()
    };
    summary.row(vec!["name".into(), name]);
    let tld = match (&split.tld, split.tld_kind) {
        (Some(tld), Some(kind)) => format!("{tld} ({})", kind.name(lang)),
        _ => "none (the root has no labels)".into(),
    };
    summary.row(vec!["TLD".into(), tld]);
    let suffix = match &split.public_suffix {
        Some(suffix) if split.suffix_listed => suffix.clone(),
        Some(suffix) => format!("{suffix} (not in the public suffix list, so the TLD alone)"),
        None => "none".into(),
    };
    summary.row(vec!["public suffix".into(), suffix]);
    let registrable = match &split.registrable_domain {
        Some(domain) => domain.clone(),
        None if root => "none".into(),
        None => "none (the name is itself a public suffix)".into(),
    };
    summary.row(vec!["registrable domain".into(), registrable]);
    summary.row(vec!["length".into(), wire_text(split.name.wire_len())]);
    out.push_str(&summary.render());
    if split.levels.is_empty() {
        return out;
    }
    out.push('\n');
    let mut table = Table::new(&["LEVEL", "LABEL", "ROLE"]);
    for level in &split.levels {
        table.row(vec![
            level.ordinal(lang),
            level.label.clone(),
            level.role.describe(lang).to_string(),
        ]);
    }
    out.push_str(&table.render());
    out
}

/// How long a name is on the wire.
///
/// ```
/// assert_eq!(netdojo::format::dns::wire_text(1), "1 octet on the wire (at most 255)");
/// ```
pub fn wire_text(octets: usize) -> String {
    let unit = if octets == 1 { "octet" } else { "octets" };
    format!("{octets} {unit} on the wire (at most 255)")
}

/// A server as `name (address)`.
///
/// ```
/// use netdojo::calc::dns::Namespace;
/// let ns = Namespace::builtin();
/// let root = ns.root_hints()[0];
/// assert!(netdojo::format::dns::server_text(root).ends_with(")"));
/// ```
pub fn server_text(server: &Server) -> String {
    format!("{} ({})", server.name, server.addr)
}

/// One lookup: a heading, each step numbered, and the result.
///
/// ```
/// use netdojo::calc::dns::{Cache, Namespace, RecordType, resolve};
/// let ns = Namespace::builtin();
/// let name = "www.example.co.jp".parse().unwrap();
/// let walk = resolve(&ns, &mut Cache::new(), &name, RecordType::A, 0).unwrap();
/// assert!(netdojo::format::dns::walk(1, &walk).starts_with("Lookup 1: www.example.co.jp. A at t=0s\n"));
/// ```
pub fn walk(count: usize, walk: &Walk) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Lookup {count}: {} at t={}s", walk.question, walk.at);
    for (index, step) in walk.steps.iter().enumerate() {
        out.push_str(&step_text(index.saturating_add(1), step));
    }
    let queries = match walk.queries() {
        1 => "1 query".to_string(),
        n => format!("{n} queries"),
    };
    match walk.outcome {
        Outcome::Answer => {
            let _ = writeln!(out, "Result: answer after {queries}");
            out.push_str(&records_text(2, &walk.answer));
            if walk.question.rtype == RecordType::Mx {
                let order: Vec<String> = mx_order(&walk.answer)
                    .iter()
                    .map(|mx| format!("{} (preference {})", mx.exchange, mx.preference))
                    .collect();
                let _ = writeln!(out, "Mail is tried at: {}", order.join(", then "));
            }
        }
        Outcome::NxDomain => {
            let _ = writeln!(
                out,
                "Result: NXDOMAIN after {queries}: {} does not exist",
                walk.question.name
            );
        }
        Outcome::NoData => {
            let _ = writeln!(
                out,
                "Result: NODATA after {queries}: {} exists but has no {} record",
                walk.question.name, walk.question.rtype
            );
        }
    }
    out
}

/// One step of a lookup, numbered, with the records it carries.
///
/// ```
/// use netdojo::calc::dns::Step;
/// let step = Step::Restart { alias: "a.example.".into(), target: "b.example.".into() };
/// assert_eq!(
///     netdojo::format::dns::step_text(3, &step),
///     " 3. a.example. is an alias of b.example.: start again for b.example.\n"
/// );
/// ```
pub fn step_text(number: usize, step: &Step) -> String {
    let mut out = String::new();
    match step {
        Step::Start {
            question,
            zone,
            servers,
            from_cache,
        } => {
            let list: Vec<String> = servers.iter().map(server_text).collect();
            if *from_cache {
                let _ = writeln!(
                    out,
                    "{number:>2}. start for {question}: the cache knows the servers of {zone}: {}",
                    list.join(", ")
                );
            } else {
                let _ = writeln!(
                    out,
                    "{number:>2}. start for {question}: nothing cached, so ask a root server (root hints): {}",
                    list.join(", ")
                );
            }
        }
        Step::Ask {
            server,
            question,
            reply,
        } => {
            let _ = writeln!(out, "{number:>2}. ask {}: {question}?", server_text(server));
            out.push_str(&reply_text(reply));
        }
        Step::FromCache { question, records } => {
            let _ = writeln!(
                out,
                "{number:>2}. {question}: in the cache, no query sent (TTL shows the seconds left)"
            );
            out.push_str(&records_text(6, records));
        }
        Step::NegativeFromCache { question, entry } => {
            let what = match entry {
                CacheEntry::Negative { nxdomain: true, .. } => "the name does not exist",
                _ => "no such record",
            };
            let _ = writeln!(
                out,
                "{number:>2}. {question}: the cache remembers that {what} ({}s left), no query sent",
                entry.ttl()
            );
        }
        Step::Restart { alias, target } => {
            let _ = writeln!(
                out,
                "{number:>2}. {alias} is an alias of {target}: start again for {target}"
            );
        }
        Step::FindServer { server } => {
            let _ = writeln!(
                out,
                "{number:>2}. the referral gave no address (glue) for {server}: look it up first"
            );
        }
    }
    out
}

/// A server's reply: what kind it is, then its records.
fn reply_text(reply: &ZoneReply) -> String {
    let mut table = Table::headless().right_align(&[1]);
    let heading = match reply {
        ZoneReply::Referral { cut, ns, glue } => {
            for record in ns {
                table.row(record_cells(record, ""));
            }
            for record in glue {
                table.row(record_cells(record, "(glue)"));
            }
            if glue.is_empty() {
                format!("referral to {cut} (no glue)")
            } else {
                format!("referral to {cut}")
            }
        }
        ZoneReply::Answer { records } => {
            for record in records {
                table.row(record_cells(record, ""));
            }
            "authoritative answer".to_string()
        }
        ZoneReply::NxDomain { soa } => {
            if let Some(soa) = soa {
                table.row(record_cells(soa, "(SOA: MINIMUM is the negative TTL)"));
            }
            "NXDOMAIN: no such name".to_string()
        }
        ZoneReply::NoData { soa } => {
            if let Some(soa) = soa {
                table.row(record_cells(soa, "(SOA: MINIMUM is the negative TTL)"));
            }
            "NODATA: the name exists, but not with this type".to_string()
        }
    };
    let mut out = format!("    {heading}\n");
    indented(&mut out, 6, &table);
    out
}

/// What the cache holds at `now`, one entry per line with the seconds left.
///
/// ```
/// assert_eq!(
///     netdojo::format::dns::cache(0, &[]),
///     "Cache at t=0s: 0 entries (TTL = seconds left)\n"
/// );
/// ```
pub fn cache(now: u64, entries: &[CacheEntry]) -> String {
    let mut out = format!(
        "Cache at t={now}s: {} entries (TTL = seconds left)\n",
        entries.len()
    );
    indented(&mut out, 2, &cache_table(entries));
    out
}

/// Cache entries as a table without a header: records as zone-file lines, and
/// what the cache remembers does not exist.
///
/// ```
/// use netdojo::calc::dns::{CacheEntry, RecordType};
/// let e = CacheEntry::Negative { name: "nope.example.".into(), rtype: RecordType::A, nxdomain: true, ttl: 60 };
/// assert!(netdojo::format::dns::cache_table(&[e]).render().contains("*  NXDOMAIN"));
/// ```
pub fn cache_table(entries: &[CacheEntry]) -> Table {
    let mut table = Table::headless().right_align(&[1]);
    for entry in entries {
        match entry {
            CacheEntry::Record(record) => table.row(record_cells(record, "")),
            CacheEntry::Negative {
                name,
                rtype,
                nxdomain,
                ttl,
            } => table.row(vec![
                name.clone(),
                ttl.to_string(),
                "IN".into(),
                if *nxdomain { "*" } else { rtype.mnemonic() }.into(),
                if *nxdomain {
                    "NXDOMAIN (no such name, any type)"
                } else {
                    "NODATA (no record of this type)"
                }
                .into(),
                String::new(),
            ]),
        }
    }
    table
}

/// Record types explained: each type's meaning, its example records and the
/// fields of its data, a blank line between types.
///
/// ```
/// use netdojo::calc::dns::{Namespace, RecordType, explain};
/// use netdojo::lang::Lang;
/// let mx = explain(&Namespace::builtin(), RecordType::Mx, Lang::En);
/// assert!(netdojo::format::dns::records(&[mx]).starts_with("MX: "));
/// ```
pub fn records(shown: &[Explained]) -> String {
    let mut out = String::new();
    for (index, explained) in shown.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "{}: {}", explained.rtype, explained.meaning);
        out.push_str(&records_text(2, &explained.examples));
        if !explained.fields.is_empty() {
            let mut table = Table::new(&["FIELD", "VALUE", "MEANING"]);
            for field in &explained.fields {
                table.row(vec![
                    field.name.to_string(),
                    field.value.clone(),
                    field.meaning.to_string(),
                ]);
            }
            indented(&mut out, 4, &table);
        }
    }
    out
}
