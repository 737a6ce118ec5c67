//! VPC plans and overlap checks as text.

use std::fmt::Write;

use ipnet::IpNet;

use crate::calc::vpc::{Overlap, Plan, PlanError};

use super::plural;

/// Addresses in an IPv4 block (the planner deals only in IPv4 /16 to /28 blocks and
/// their leftovers, so the count always fits).
///
/// ```
/// assert_eq!(netdojo::format::vpc::addresses("10.0.0.0/16".parse().unwrap()), 65_536);
/// ```
pub fn addresses(net: IpNet) -> u64 {
    let host_bits = u32::from(net.max_prefix_len().saturating_sub(net.prefix_len()));
    1u64.checked_shl(host_bits).unwrap_or(u64::MAX)
}

/// The message for an AZ count that is not a whole number.
///
/// ```
/// assert_eq!(
///     netdojo::format::vpc::bad_az_count("two"),
///     "\"two\" is not a number of AZs: expected a whole number such as 2 or 3"
/// );
/// ```
pub fn bad_az_count(text: &str) -> String {
    format!("\"{text}\" is not a number of AZs: expected a whole number such as 2 or 3")
}

/// The message for a subnet prefix length that is not a number.
///
/// ```
/// assert!(netdojo::format::vpc::bad_subnet_prefix("x").starts_with("\"x\" is not a prefix length"));
/// ```
pub fn bad_subnet_prefix(text: &str) -> String {
    format!("\"{text}\" is not a prefix length: expected a number from 16 to 28, e.g. 24")
}

/// The message for a plan the planner refused.
///
/// ```
/// use netdojo::calc::vpc::PlanError;
/// assert_eq!(
///     netdojo::format::vpc::refused("10.0.0.0/16", &PlanError::NoTiers),
///     "cannot plan \"10.0.0.0/16\": a plan needs at least 1 tier"
/// );
/// ```
pub fn refused(cidr: &str, error: &PlanError) -> String {
    format!("cannot plan \"{cidr}\": {error}")
}

/// The number of tiers and of AZs of a plan (subnets are tier by tier, AZ by AZ).
///
/// ```
/// use netdojo::calc::vpc::{plan, PlanOptions};
/// let p = plan("10.0.0.0/16".parse().unwrap(), 3, &["web", "db"], &PlanOptions::default()).unwrap();
/// assert_eq!(netdojo::format::vpc::shape(&p), (2, 3));
/// ```
pub fn shape(plan: &Plan) -> (usize, usize) {
    let subnets = plan.subnets();
    let azs = subnets
        .iter()
        .take_while(|s| {
            subnets
                .first()
                .is_some_and(|first| first.tier() == s.tier())
        })
        .count();
    let tiers = subnets.len().checked_div(azs).unwrap_or(0);
    (tiers, azs)
}

/// A plan: the summary, the subnet table, AWS's reserved addresses, and the free space.
///
/// ```
/// use netdojo::calc::vpc::{plan, PlanOptions};
/// let p = plan("10.0.0.0/16".parse().unwrap(), 2, &["public"], &PlanOptions::default()).unwrap();
/// let text = netdojo::format::vpc::plan(&p);
/// assert!(text.starts_with("VPC      10.0.0.0/16 (65536 addresses)\n"));
/// assert!(text.contains("10.0.11.0/24  public-b"));
/// ```
pub fn plan(plan: &Plan) -> String {
    let mut out = String::new();
    let (tiers, azs) = shape(plan);
    let vpc = plan.vpc();
    let count = plan.subnets().len();
    let usable = plan.subnets().first().map_or(0, |s| s.aws_usable());
    let _ = writeln!(out, "VPC      {vpc} ({} addresses)", addresses(vpc.into()));
    let _ = writeln!(
        out,
        "Subnets  {tiers} {} x {azs} {} = {count} {} of /{}, {usable} AWS-usable addresses each",
        plural(tiers, "tier", "tiers"),
        plural(azs, "AZ", "AZs"),
        plural(count, "subnet", "subnets"),
        plan.subnet_prefix()
    );
    let _ = writeln!(out, "Layout   {}", plan.layout());
    let _ = writeln!(out);

    let header = [
        "CIDR",
        "NAME",
        "TIER",
        "AZ",
        "AWS USABLE",
        "FIRST USABLE",
        "LAST USABLE",
    ];
    let rows: Vec<[String; 7]> = plan
        .subnets()
        .iter()
        .map(|s| {
            [
                s.cidr().to_string(),
                s.name(),
                s.tier().to_string(),
                s.az().to_string(),
                s.aws_usable().to_string(),
                s.first_usable().to_string(),
                s.last_usable().to_string(),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.len());
        }
    }
    let header_row = header.map(String::from);
    for row in std::iter::once(&header_row).chain(&rows) {
        let [cidr, name, tier, az, usable, first, last] = row;
        let [w0, w1, w2, w3, w4, w5, _] = widths;
        let _ = writeln!(
            out,
            "{cidr:<w0$}  {name:<w1$}  {tier:<w2$}  {az:<w3$}  {usable:>w4$}  {first:<w5$}  {last}"
        );
    }
    let _ = writeln!(
        out,
        "AWS keeps 5 addresses of each subnet: the network, +1 (VPC router), +2 (DNS), +3 (future use) and the last."
    );

    let _ = writeln!(out);
    let free = plan.free();
    if free.is_empty() {
        let _ = writeln!(out, "Room for growth: none, the subnets fill the VPC");
        return out;
    }
    let _ = writeln!(
        out,
        "Room for growth: {} addresses in {} free {}",
        plan.free_addresses(),
        free.len(),
        plural(free.len(), "block", "blocks")
    );
    let cidr_width = free
        .iter()
        .map(|n| n.to_string().len())
        .chain(["CIDR".len()])
        .max()
        .unwrap_or(0);
    let _ = writeln!(out, "  {:<cidr_width$}  ADDRESSES", "CIDR");
    for net in free {
        let _ = writeln!(
            out,
            "  {:<cidr_width$}  {:>9}",
            net.to_string(),
            addresses(IpNet::V4(*net))
        );
    }
    out
}

/// The overlaps found among `ranges` ranges: one line per pair, then a count.
///
/// ```
/// use netdojo::calc::vpc::check_overlaps;
/// let found = check_overlaps(&[("a", "10.0.0.0/16".parse().unwrap()), ("b", "10.1.0.0/16".parse().unwrap())]);
/// assert_eq!(netdojo::format::vpc::overlaps(&found, 2), "No overlaps among 2 ranges.\n");
/// ```
pub fn overlaps(overlaps: &[Overlap], ranges: usize) -> String {
    let mut out = String::new();
    for overlap in overlaps {
        let _ = writeln!(out, "{overlap}");
    }
    let among = format!("among {ranges} {}", plural(ranges, "range", "ranges"));
    match overlaps.len() {
        0 => {
            let _ = writeln!(out, "No overlaps {among}.");
        }
        pairs => {
            let _ = writeln!(
                out,
                "\n{pairs} overlapping {} {among}.",
                plural(pairs, "pair", "pairs")
            );
        }
    }
    out
}
