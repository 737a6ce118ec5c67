//! `netdojo dns walk`: an iterative resolution over the built-in zones, step by step.

use std::io;

use clap::Args;
use serde_json::{Value, json};

use super::show::record_json;
use crate::calc::dns::{
    Cache, CacheEntry, DomainName, Namespace, RecordType, Server, Step, Walk, ZoneReply, resolve,
};
use crate::cli::{Io, Status, report};
use crate::format;

const AFTER_HELP: &str = "\
The built-in zones are a small teaching tree: the root, jp., co.jp., example.co.jp.,
com., example.com. and a reverse branch under arpa. (addresses are documentation
addresses). A full resolver starts at the root servers, follows each referral (NS
records plus glue addresses) down to the authoritative server, starts again when an
alias (CNAME) points to a name the reply did not cover, and caches everything for its
TTL. Several names share one cache; each lookup happens GAP seconds after the one
before, so cached TTLs count down.

Names to try: www.example.co.jp (a CNAME chain), example.co.jp with --type MX,
shop.example.com (an alias into another zone), nope.example.com (NXDOMAIN),
80.113.0.203.in-addr.arpa with --type PTR (a referral without glue).

Examples:
  netdojo dns walk www.example.co.jp
  netdojo dns walk www.example.co.jp --twice
  netdojo dns walk example.co.jp --type MX --json

--json prints one object per lookup: lookup, name, type, at, steps, outcome
(answer, NXDOMAIN, NODATA), queries, answer (records) and cache (what the cache
holds afterwards). Each step has kind: start, ask, from_cache,
negative_from_cache, restart or find_server. A record is {name, ttl, class, type,
data}.";

/// Arguments of `netdojo dns walk`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct WalkArgs {
    /// Names to look up, in order, sharing one cache
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,

    /// Record type to ask for: A, AAAA, NS, MX, CNAME, SOA, TXT or PTR
    #[arg(long = "type", value_name = "TYPE", default_value = "A")]
    pub rtype: String,

    /// Look every name up a second time, to see the answer come from the cache
    #[arg(long)]
    pub twice: bool,

    /// Seconds between one lookup and the next
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub gap: u32,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs the lookups.
pub fn run(args: &WalkArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let rtype = match args.rtype.parse::<RecordType>() {
        Ok(rtype) => rtype,
        Err(e) => return report::bad_input(io, args.json, &args.rtype, &e.to_string()),
    };
    let mut status = Status::Ok;
    let mut names: Vec<(&String, DomainName)> = Vec::new();
    for text in &args.names {
        match text.parse::<DomainName>() {
            Ok(name) => names.push((text, name)),
            Err(e) => {
                let message = format!("\"{text}\" is not a valid domain name: {e}");
                status = report::bad_input(io, args.json, text, &message)?;
            }
        }
    }
    let rounds = if args.twice { 2 } else { 1 };
    let namespace = Namespace::builtin();
    let mut cache = Cache::new();
    let mut now: u64 = 0;
    let mut count: usize = 0;
    let total = names.len().saturating_mul(rounds);
    for _ in 0..rounds {
        for (text, name) in &names {
            let walk = match resolve(&namespace, &mut cache, name, rtype, now) {
                Ok(walk) => walk,
                Err(e) => {
                    let message = format!("cannot resolve \"{text}\": {e}");
                    status = report::bad_input(io, args.json, text, &message)?;
                    continue;
                }
            };
            count = count.saturating_add(1);
            let entries = cache.entries(now);
            if args.json {
                serde_json::to_writer(&mut *io.out, &walk_json(count, &walk, &entries))?;
                writeln!(io.out)?;
            } else {
                if count > 1 {
                    writeln!(io.out)?;
                }
                io.out
                    .write_all(format::dns::walk(count, &walk).as_bytes())?;
                if count == total {
                    writeln!(io.out)?;
                    io.out
                        .write_all(format::dns::cache(now, &entries).as_bytes())?;
                }
            }
            now = now.saturating_add(u64::from(args.gap));
        }
    }
    Ok(status)
}

fn question_json(question: &crate::calc::dns::Question) -> Value {
    json!({"name": question.name, "type": question.rtype.mnemonic()})
}

fn server_json(server: &Server) -> Value {
    json!({"name": server.name, "address": server.addr.to_string()})
}

fn reply_json(reply: &ZoneReply) -> Value {
    let records = |list: &[crate::calc::dns::Record]| -> Vec<Value> {
        list.iter().map(record_json).collect()
    };
    match reply {
        ZoneReply::Referral { cut, ns, glue } => {
            json!({"kind": "referral", "zone": cut, "ns": records(ns), "glue": records(glue)})
        }
        ZoneReply::Answer { records: answer } => {
            json!({"kind": "answer", "records": records(answer)})
        }
        ZoneReply::NxDomain { soa } => {
            json!({"kind": "nxdomain", "soa": soa.as_ref().map(record_json)})
        }
        ZoneReply::NoData { soa } => {
            json!({"kind": "nodata", "soa": soa.as_ref().map(record_json)})
        }
    }
}

fn step_json(step: &Step) -> Value {
    match step {
        Step::Start {
            question,
            zone,
            servers,
            from_cache,
        } => json!({
            "kind": "start",
            "question": question_json(question),
            "zone": zone,
            "servers": servers.iter().map(server_json).collect::<Vec<_>>(),
            "from_cache": from_cache,
        }),
        Step::Ask {
            server,
            question,
            reply,
        } => json!({
            "kind": "ask",
            "server": server_json(server),
            "question": question_json(question),
            "reply": reply_json(reply),
        }),
        Step::FromCache { question, records } => json!({
            "kind": "from_cache",
            "question": question_json(question),
            "records": records.iter().map(record_json).collect::<Vec<_>>(),
        }),
        Step::NegativeFromCache { question, entry } => json!({
            "kind": "negative_from_cache",
            "question": question_json(question),
            "entry": cache_json(entry),
        }),
        Step::Restart { alias, target } => json!({
            "kind": "restart",
            "alias": alias,
            "target": target,
        }),
        Step::FindServer { server } => json!({"kind": "find_server", "server": server}),
    }
}

fn cache_json(entry: &CacheEntry) -> Value {
    match entry {
        CacheEntry::Record(record) => record_json(record),
        CacheEntry::Negative {
            name,
            rtype,
            nxdomain,
            ttl,
        } => json!({
            "name": name,
            "ttl": ttl,
            "class": "IN",
            "type": rtype.mnemonic(),
            "negative": if *nxdomain { "NXDOMAIN" } else { "NODATA" },
        }),
    }
}

fn walk_json(count: usize, walk: &Walk, entries: &[CacheEntry]) -> Value {
    json!({
        "lookup": count,
        "name": walk.question.name,
        "type": walk.question.rtype.mnemonic(),
        "at": walk.at,
        "steps": walk.steps.iter().map(step_json).collect::<Vec<_>>(),
        "outcome": walk.outcome.code(),
        "queries": walk.queries(),
        "answer": walk.answer.iter().map(record_json).collect::<Vec<_>>(),
        "cache": entries.iter().map(cache_json).collect::<Vec<_>>(),
    })
}
