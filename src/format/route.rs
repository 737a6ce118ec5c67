//! Route tables and lookups as text.

use std::fmt::Write;

use crate::calc::route::{Lookup, RouteTable, Verdict};

use super::plural;

/// One line about a table: its size and whether its subnets are public.
///
/// ```
/// use netdojo::calc::route::RouteTable;
/// let table: RouteTable = "10.0.0.0/16 local\n0.0.0.0/0 igw-1".parse().unwrap();
/// assert_eq!(
///     netdojo::format::route::table_summary(&table),
///     "Table: 2 routes; subnets using it are public (0.0.0.0/0 -> igw-1)"
/// );
/// ```
pub fn table_summary(table: &RouteTable) -> String {
    let routes = format!("{} {}", table.len(), plural(table.len(), "route", "routes"));
    match table.internet_route() {
        Some(route) => format!(
            "Table: {routes}; subnets using it are public ({} -> {})",
            route.destination(),
            route.target()
        ),
        None => format!(
            "Table: {routes}; subnets using it are private (no default route to an Internet gateway)"
        ),
    }
}

/// A lookup: the winner on one line, then the trace with `*` on the route used.
///
/// ```
/// use netdojo::calc::route::RouteTable;
/// let table: RouteTable = "10.0.0.0/16 local".parse().unwrap();
/// let text = netdojo::format::route::lookup(&table.lookup("10.0.3.7".parse().unwrap()));
/// assert!(text.starts_with("10.0.3.7 -> local (inside the VPC) via 10.0.0.0/16\n"));
/// ```
pub fn lookup(lookup: &Lookup<'_>) -> String {
    let mut out = String::new();
    match lookup.route() {
        Some(route) => {
            let _ = writeln!(
                out,
                "{} -> {} ({}) via {}",
                lookup.address(),
                route.target(),
                route.target().kind().describe(),
                route.destination()
            );
        }
        None => {
            let _ = writeln!(
                out,
                "{} -> no route: no destination contains it, so the traffic is dropped",
                lookup.address()
            );
        }
    }
    let rows: Vec<[String; 3]> = lookup
        .trace()
        .iter()
        .map(|step| {
            [
                step.route().destination().to_string(),
                step.route().target().to_string(),
                step.to_string(),
            ]
        })
        .collect();
    let width = |column: usize, title: &str| {
        rows.iter()
            .map(|row| row[column].len())
            .chain([title.len()])
            .max()
            .unwrap_or(0)
    };
    let (dw, tw) = (width(0, "DESTINATION"), width(1, "TARGET"));
    let _ = writeln!(out, "    {:<dw$}  {:<tw$}  WHY", "DESTINATION", "TARGET");
    for (step, [destination, target, why]) in lookup.trace().iter().zip(&rows) {
        let mark = if step.verdict() == Verdict::Wins {
            '*'
        } else {
            ' '
        };
        let _ = writeln!(out, "  {mark} {destination:<dw$}  {target:<tw$}  {why}");
    }
    out
}
