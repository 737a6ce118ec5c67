//! `netdojo avail mtbf`: availability from MTBF and MTTR, or the one a target needs.

use std::io;

use clap::Args;
use serde_json::{Value, json};

use super::Context;
use crate::cli::{Io, Status, report};
use crate::format::avail::{self, MtbfAnswer, MtbfQuestion};

/// Arguments of `netdojo avail mtbf`.
#[derive(Debug, Args)]
pub struct MtbfArgs {
    /// Mean time between failures, such as 1000h or 41d 16h
    #[arg(long, value_name = "LENGTH")]
    pub mtbf: Option<String>,
    /// Mean time to repair, such as 2h or 30m
    #[arg(long, value_name = "LENGTH")]
    pub mttr: Option<String>,
    /// Target availability in percent, such as 99.95
    #[arg(long, value_name = "PERCENT")]
    pub target: Option<String>,
}

pub(super) fn run(args: &MtbfArgs, context: &Context, io: &mut Io<'_>) -> io::Result<Status> {
    let (mtbf, mttr, target) = (
        args.mtbf.as_deref(),
        args.mttr.as_deref(),
        args.target.as_deref(),
    );
    let question = match MtbfQuestion::read(mtbf, mttr, target) {
        Ok(question) => question,
        Err((input, message)) => return report::bad_input(io, context.json, &input, &message),
    };
    let answer = match question.answer() {
        Ok(answer) => answer,
        Err(e) => {
            let input = target.or(mtbf).unwrap_or_default();
            let message = avail::mtbf_error_message(mtbf, mttr, target, &e);
            return report::bad_input(io, context.json, input, &message);
        }
    };
    if !context.json {
        let text = avail::mtbf(&question, &answer, &context.figures());
        io.out.write_all(text.as_bytes())?;
        return Ok(Status::Ok);
    }
    let mut fields = serde_json::Map::new();
    for (_, key, span) in question.lengths(&answer) {
        fields.insert(key.into(), json!(context.span(span)));
        fields.insert(format!("{key}_seconds"), json!(span.seconds()));
    }
    if let Some(target) = question.target() {
        fields.insert("target".into(), json!(target.fraction()));
    }
    if let MtbfAnswer::Availability(a) = answer {
        fields.extend(context.availability_fields(a));
    }
    report::json_line(io, &Value::Object(fields))?;
    Ok(Status::Ok)
}
