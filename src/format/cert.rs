//! Text of the wildcard-certificate matcher, as `netdojo cert` prints it (in English)
//! and the certificate screen shows it (in either language).

use std::fmt::Write as _;

use crate::calc::certmatch::{Coverage, San};
use crate::lang::Lang;

/// The certificate line: its names, comma-separated.
///
/// ```
/// use netdojo::lang::Lang;
/// let sans = netdojo::calc::certmatch::parse_sans("example.com,*.example.com").unwrap();
/// assert_eq!(netdojo::format::cert::certificate(&sans, Lang::En), "Certificate  example.com, *.example.com\n");
/// assert_eq!(netdojo::format::cert::certificate(&sans, Lang::Ja), "証明書  example.com、*.example.com\n");
/// ```
pub fn certificate(sans: &[San], lang: Lang) -> String {
    let list: Vec<String> = sans.iter().map(ToString::to_string).collect();
    let (label, separator) = match lang {
        Lang::En => ("Certificate", ", "),
        Lang::Ja => ("証明書", "、"),
    };
    super::table::rows(&[(label, list.join(separator))])
}

/// One name's verdict and the check of every certificate name (`*` marks the name
/// that covers it).
///
/// ```
/// use netdojo::calc::certmatch::{certificate_covers, parse_sans};
/// use netdojo::lang::Lang;
/// let sans = parse_sans("*.example.com").unwrap();
/// let coverage = certificate_covers(&sans, &"www.example.com".parse().unwrap());
/// assert!(netdojo::format::cert::coverage(&coverage, Lang::En).starts_with("www.example.com: covered by *.example.com\n"));
/// assert!(netdojo::format::cert::coverage(&coverage, Lang::Ja).starts_with("www.example.com：*.example.com でカバーされます\n"));
/// ```
pub fn coverage(coverage: &Coverage, lang: Lang) -> String {
    let mut out = String::new();
    let host = &coverage.host;
    match (
        coverage.covered_by.and_then(|i| coverage.checks.get(i)),
        lang,
    ) {
        (Some(check), Lang::En) => writeln!(out, "{host}: covered by {}", check.san).ok(),
        (Some(check), Lang::Ja) => writeln!(out, "{host}：{} でカバーされます", check.san).ok(),
        (None, Lang::En) => writeln!(out, "{host}: not covered").ok(),
        (None, Lang::Ja) => writeln!(out, "{host}：どの名前でもカバーされません").ok(),
    };
    let names: Vec<String> = coverage.checks.iter().map(|c| c.san.to_string()).collect();
    let width = names
        .iter()
        .map(|n| crate::i18n::width::columns(n))
        .max()
        .unwrap_or(0);
    for (i, (check, name)) in coverage.checks.iter().zip(&names).enumerate() {
        let mark = if Some(i) == coverage.covered_by {
            '*'
        } else {
            ' '
        };
        let name = super::table::pad(name, width);
        writeln!(out, "  {mark} {name}  {}", check.explain(lang)).ok();
    }
    out
}
