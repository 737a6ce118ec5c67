//! DNS records as JSON for the `dns` subcommands (their text is in `format::dns`).

use serde_json::{Value, json};

use crate::calc::dns::Record;

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
