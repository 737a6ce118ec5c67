//! `netdojo tcp handshake`: one connection, segment by segment.

use std::io;

use clap::Args;
use serde_json::json;

use super::Lang;
use crate::calc::tcp::{ExchangeInput, Segment, Side, exchange};
use crate::cli::table::Table;
use crate::cli::{Io, Status, report};

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
    let input = match read(args) {
        Ok(input) => input,
        Err((text, message)) => return report::bad_input(io, args.json, &text, &message),
    };
    let steps = match exchange(&input) {
        Ok(steps) => steps,
        Err(e) => {
            let (flag, text) = match e.side() {
                Side::Client => ("--send", args.send.as_deref().unwrap_or_default()),
                Side::Server => ("--reply", args.reply.as_deref().unwrap_or_default()),
            };
            return report::bad_input(io, args.json, text, &format!("{flag} \"{text}\": {e}"));
        }
    };
    if args.json {
        for step in &steps {
            report::json_line(io, &json_step(step))?;
        }
        return Ok(Status::Ok);
    }
    writeln!(
        io.out,
        "client ISN {}, server ISN {}; client sends {}, server replies {}",
        input.client_isn,
        input.server_isn,
        sizes_text(&input.client_sends),
        sizes_text(&input.server_sends)
    )?;
    writeln!(io.out)?;
    let mut table = Table::new(&[
        "step",
        "phase",
        "direction",
        "flags",
        "seq",
        "ack",
        "len",
        "client",
        "server",
        "why",
    ])
    .right_align(&[0, 4, 5, 6]);
    for step in &steps {
        table.row(vec![
            step.step.to_string(),
            step.phase.to_string(),
            format!("{} -> {}", step.from, step.from.other()),
            step.flags.to_string(),
            step.seq.to_string(),
            step.ack.map_or("-".into(), |a| a.to_string()),
            step.len.to_string(),
            step.client_state.to_string(),
            step.server_state.to_string(),
            match args.lang {
                Lang::En => step.explain.clone(),
                Lang::Ja => step.explain_ja.clone(),
            },
        ]);
    }
    table.write(io.out)?;
    Ok(Status::Ok)
}

fn sizes_text(sizes: &[u32]) -> String {
    if sizes.is_empty() {
        return "nothing".into();
    }
    let each: Vec<String> = sizes.iter().map(|b| format!("{b}")).collect();
    format!("{} bytes", each.join(" + "))
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

fn read(args: &HandshakeArgs) -> Result<ExchangeInput, (String, String)> {
    let isn = |text: &str| -> Result<u32, (String, String)> {
        text.trim().parse::<u32>().map_err(|_| {
            (
                text.to_string(),
                format!(
                    "\"{text}\" is not a sequence number (expected a whole number from 0 to 4294967295)"
                ),
            )
        })
    };
    let sizes = |text: &Option<String>| -> Result<Vec<u32>, (String, String)> {
        let Some(text) = text else {
            return Ok(Vec::new());
        };
        text.split(',')
            .map(|part| part.trim().parse::<u32>())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| {
                (
                    text.clone(),
                    format!(
                        "\"{text}\" is not a list of segment sizes (expected bytes separated by commas, such as 100,200)"
                    ),
                )
            })
    };
    Ok(ExchangeInput {
        client_isn: isn(&args.client_isn)?,
        server_isn: isn(&args.server_isn)?,
        client_sends: sizes(&args.send)?,
        server_sends: sizes(&args.reply)?,
    })
}
