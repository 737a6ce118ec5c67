//! `netdojo http status`: the class, reason phrase and meaning of status codes.

use std::io;

use clap::Args;
use serde_json::json;

use crate::calc::http::StatusCode;
use crate::cli::{Io, Status, report};
use crate::format;
use crate::lang::Lang;

const AFTER_HELP: &str = "\
The first digit gives the class: 1xx informational, 2xx success, 3xx redirection,
4xx client error, 5xx server error. A code that is not registered is understood
as the x00 code of its class.

Examples:
  netdojo http status 404
  netdojo http status 200 301 304 503 --lang ja
  netdojo http status 418 299 --json

--json prints one object per code: code, class (1xx..5xx), class_name, reason
(null when the code is not registered) and meaning (null when this tutor has no
explanation for it).";

/// Arguments of `netdojo http status`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct StatusArgs {
    /// Status codes from 100 to 599
    #[arg(value_name = "CODE", required = true)]
    pub codes: Vec<String>,

    /// Language of the explanations: en or ja
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: String,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Classifies every code.
pub fn run(args: &StatusArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let lang = match args.lang.parse::<Lang>() {
        Ok(lang) => lang,
        Err(e) => return report::bad_input(io, args.json, &args.lang, &e.to_string()),
    };
    let mut status = Status::Ok;
    let mut codes = Vec::new();
    for text in &args.codes {
        let code = match text.parse::<StatusCode>() {
            Ok(code) => code,
            Err(e) => {
                status = report::bad_input(io, args.json, text, &e.to_string())?;
                continue;
            }
        };
        if args.json {
            let class = code.class();
            let value = json!({
                "code": code.get(),
                "class": class.range(),
                "class_name": class.name(lang),
                "reason": code.reason(),
                "meaning": code.meaning(lang).map(str::to_string).or_else(|| code.reason().is_none().then(|| format::http::unregistered(code, lang))),
            });
            serde_json::to_writer(&mut *io.out, &value)?;
            writeln!(io.out)?;
            continue;
        }
        codes.push(code);
    }
    io.out
        .write_all(format::http::status(&codes, lang).as_bytes())?;
    Ok(status)
}
