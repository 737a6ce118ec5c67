//! Text of the wildcard-certificate matcher, as `netdojo cert` prints it.

use std::fmt::Write as _;

use crate::calc::certmatch::{Coverage, San};

/// The certificate line: its names, comma-separated.
///
/// ```
/// let sans = netdojo::calc::certmatch::parse_sans("example.com,*.example.com").unwrap();
/// assert_eq!(netdojo::format::cert::certificate(&sans), "Certificate  example.com, *.example.com\n");
/// ```
pub fn certificate(sans: &[San]) -> String {
    let list: Vec<String> = sans.iter().map(ToString::to_string).collect();
    super::table::rows(&[("Certificate", list.join(", "))])
}

/// One name's verdict and the check of every certificate name, as `netdojo cert`
/// prints it (`*` marks the name that covers it).
///
/// ```
/// use netdojo::calc::certmatch::{certificate_covers, parse_sans};
/// let sans = parse_sans("*.example.com").unwrap();
/// let coverage = certificate_covers(&sans, &"www.example.com".parse().unwrap());
/// assert!(netdojo::format::cert::coverage(&coverage).starts_with("www.example.com: covered by *.example.com\n"));
/// ```
pub fn coverage(coverage: &Coverage) -> String {
    let mut out = String::new();
    match coverage.covered_by.and_then(|i| coverage.checks.get(i)) {
        Some(check) => writeln!(out, "{}: covered by {}", coverage.host, check.san).ok(),
        None => writeln!(out, "{}: not covered", coverage.host).ok(),
    };
    let width = coverage
        .checks
        .iter()
        .map(|c| c.san.to_string().len())
        .max()
        .unwrap_or(0);
    for (i, check) in coverage.checks.iter().enumerate() {
        let mark = if Some(i) == coverage.covered_by {
            '*'
        } else {
            ' '
        };
        writeln!(out, "  {mark} {:<width$}  {check}", check.san.to_string()).ok();
    }
    out
}
