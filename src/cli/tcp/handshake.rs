//! `netdojo tcp handshake`: one connection, segment by segment.

use std::io;

use clap::Args;
use serde_json::json;

use super::Lang;
use crate::calc::tcp::{Segment, exchange};
use crate::cli::{Io, Status, report};
use crate::format::{self, tcp::HandshakeText};

/// Arguments of `netdojo tcp handshake`.
#[derive(Debug, Args)]
#[command(allow_negative_numbers = true)]
pub struct HandshakeArgs {
    /// The client's initial sequence number (0 to 4294967295)
    #[arg(long, value_name = "N", default_value = "1000")]
    pub client_isn: String,
    /// The server's initial sequence number (0 to 4294967295)
    #[arg(long, value_name = "N", default_value = "5000")]
    pub server_isn: String,
    /// Sizes of the client's data segments in bytes, such as 100,200
    #[arg(long, value_name = "BYTES,...")]
    pub send: Option<String>,
    /// Sizes of the server's data segments in bytes, sent after the client's
    #[arg(long, value_name = "BYTES,...")]
    pub reply: Option<String>,
    /// Language of the explanations (the JSON carries both)
    #[arg(long, value_enum, default_value = "en")]
    pub lang: Lang,
    /// Print JSON Lines, one segment per line
    #[arg(long)]
    pub json: bool,
}

pub(super) fn run(args: &HandshakeArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let text = HandshakeText {
        client_isn: &args.client_isn,
        server_isn: &args.server_isn,
        send: args.send.as_deref(),
        reply: args.reply.as_deref(),
    };
    let input = match text.read() {
        Ok(input) => input,
        Err((text, message)) => return report::bad_input(io, args.json, &text, &message),
    };
    let steps = match exchange(&input) {
        Ok(steps) => steps,
        Err(e) => {
            let (text, message) = text.error(&e);
            return report::bad_input(io, args.json, &text, &message);
        }
    };
    if args.json {
        for step in &steps {
            report::json_line(io, &json_step(step))?;
        }
        return Ok(Status::Ok);
    }
    let text = format::tcp::handshake(&input, &steps, args.lang);
    io.out.write_all(text.as_bytes())?;
    Ok(Status::Ok)
}

fn json_step(step: &Segment) -> serde_json::Value {
    let flags: Vec<&str> = [
        (step.flags.syn, "SYN"),
        (step.flags.fin, "FIN"),
        (step.flags.psh, "PSH"),
        (step.flags.ack, "ACK"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, name)| name)
    .collect();
    json!({
        "step": step.step,
        "phase": step.phase.to_string(),
        "from": step.from.to_string(),
        "to": step.from.other().to_string(),
        "flags": flags,
        "seq": step.seq,
        "ack": step.ack,
        "len": step.len,
        "client_state": step.client_state.to_string(),
        "server_state": step.server_state.to_string(),
        "explain": step.explain,
        "explain_ja": step.explain_ja,
    })
}
