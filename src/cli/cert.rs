//! `netdojo cert`: does a certificate's list of names cover a host name?

use std::io;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, report};
use crate::calc::certmatch::{Coverage, HostName, San, certificate_covers, parse_sans};
use crate::format::cert;
use crate::lang::Lang;

const AFTER_HELP: &str = "\
A certificate lists the DNS names it is valid for (its subject alternative
names, SANs). A name is covered when a SAN equals it, ignoring case, or when a
wildcard SAN *.BASE matches it: the * stands for exactly one label. So
*.example.jp covers static.example.jp but not a.b.example.jp, and not the apex
example.jp, which needs its own SAN. A * is allowed only as the whole left-most
label (RFC 6125 6.4.3, kept by RFC 9525).

For CloudFront, the certificate must be requested in ACM in us-east-1, and its
names must match the distribution's alternate domain names.

Exit status: 0 when every name is covered, 1 when one is not, 2 on bad input.

Examples:
  netdojo cert --san '*.example.jp,example.jp' static.example.jp example.jp a.b.example.jp
  netdojo cert --san '*.example.tokyo' example.tokyo --json

--json prints one object per name: name, covered, covered_by (the SAN, or null)
and checks (san, matches, verdict, reason).";

/// Arguments of `netdojo cert`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct CertArgs {
    /// The certificate's names, comma-separated, e.g. '*.example.jp,example.jp'
    #[arg(long, value_name = "NAMES")]
    pub san: String,

    /// Host names to check
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs `netdojo cert`.
pub fn run(args: &CertArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let sans = match parse_sans(&args.san) {
        Ok(sans) => sans,
        Err((item, e)) => {
            let message = format!("{item:?} is not a valid certificate name: {e}");
            return report::bad_input(io, args.json, &item, &message);
        }
    };
    if !args.json {
        io.out
            .write_all(cert::certificate(&sans, Lang::En).as_bytes())?;
    }
    let mut status = Status::Ok;
    for text in &args.names {
        let host = match text.parse::<HostName>() {
            Ok(host) => host,
            Err(e) => {
                let message = format!("{text:?} is not a valid host name: {e}");
                status = report::bad_input(io, args.json, text, &message)?;
                continue;
            }
        };
        let coverage = certificate_covers(&sans, &host);
        if !coverage.covered() {
            status = status.worst(Status::Problems);
        }
        if args.json {
            serde_json::to_writer(&mut *io.out, &CoverageJson::from(&coverage))?;
            writeln!(io.out)?;
        } else {
            writeln!(io.out)?;
            io.out
                .write_all(cert::coverage(&coverage, Lang::En).as_bytes())?;
        }
    }
    Ok(status)
}

#[derive(Serialize)]
struct CoverageJson {
    name: String,
    covered: bool,
    covered_by: Option<String>,
    checks: Vec<CheckJson>,
}

#[derive(Serialize)]
struct CheckJson {
    san: String,
    matches: bool,
    verdict: &'static str,
    reason: String,
}

impl From<&Coverage> for CoverageJson {
    fn from(coverage: &Coverage) -> CoverageJson {
        let san_text = |san: &San| san.to_string();
        CoverageJson {
            name: coverage.host.to_string(),
            covered: coverage.covered(),
            covered_by: coverage
                .covered_by
                .and_then(|i| coverage.checks.get(i))
                .map(|c| san_text(&c.san)),
            checks: coverage
                .checks
                .iter()
                .map(|check| CheckJson {
                    san: san_text(&check.san),
                    matches: check.verdict.matches(),
                    verdict: check.verdict.id(),
                    reason: check.to_string(),
                })
                .collect(),
        }
    }
}
