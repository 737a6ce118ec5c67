//! One block's facts as the table `netdojo subnet` prints.

use std::fmt::Write;

use crate::calc::count::AddrCount;
use crate::calc::info::{AwsSubnet, BitView, SubnetInfo};

const NETWORK_COLOR: &str = "\x1b[36m";
const HOST_COLOR: &str = "\x1b[33m";
const RESET: &str = "\x1b[0m";

fn yes_no(flag: bool) -> String {
    if flag { "yes" } else { "no" }.to_owned()
}

/// The bit view, with the two sides coloured when colour is on; the `|` stays either way.
fn bits_text(view: &BitView, color: bool) -> String {
    if color {
        format!(
            "{NETWORK_COLOR}{}{RESET}{}{HOST_COLOR}{}{RESET}",
            view.network_bits(),
            BitView::SPLIT,
            view.host_bits()
        )
    } else {
        view.to_string()
    }
}

fn broadcast_text(facts: &SubnetInfo) -> String {
    match (facts.broadcast, facts.version(), facts.prefix) {
        (Some(addr), _, _) => addr.to_string(),
        (None, 6, _) => "none (IPv6 has no broadcast)".to_owned(),
        (None, _, 31) => "none (/31 point-to-point link, RFC 3021)".to_owned(),
        (None, _, _) => "none (a single address)".to_owned(),
    }
}

fn count_text(count: AddrCount, host_bits: u32) -> String {
    format!("{count} (2^{host_bits})")
}

fn usable_text(facts: &SubnetInfo) -> String {
    let usable = facts.usable_hosts;
    match (facts.version(), facts.prefix) {
        (6, _) => format!("{usable} (every address)"),
        (_, 32) => format!("{usable} (the address itself)"),
        (_, 31) => format!("{usable} (both addresses, RFC 3021)"),
        _ => format!("{usable} ({} - network - broadcast)", facts.total_addresses),
    }
}

fn aws_reserved_text(subnet: &AwsSubnet) -> String {
    let width = subnet
        .reserved
        .iter()
        .map(|r| r.address.to_string().len())
        .max()
        .unwrap_or(0)
        + 2;
    let lines: Vec<String> = subnet
        .reserved
        .iter()
        .map(|r| {
            format!(
                "{}{}",
                super::table::pad(&r.address.to_string(), width),
                r.role
            )
        })
        .collect();
    lines.join("\n")
}

fn historic_text(facts: &SubnetInfo) -> String {
    match (facts.historic_class, facts.version()) {
        (Some(class), _) => class.to_string(),
        (None, 6) => "n/a (IPv4 only)".to_owned(),
        (None, _) => "none (the block spans several classes)".to_owned(),
    }
}

/// The table `netdojo subnet` prints for one input: one row per fact, then notes.
/// With `color`, the network and host bits are coloured (the `|` stays either way).
///
/// ```
/// use netdojo::calc::info::info;
/// let text = netdojo::format::subnet::table("10.0.20.37/24", &info("10.0.20.37/24".parse().unwrap()), false);
/// assert!(text.contains("Broadcast       10.0.20.255\n"));
/// assert!(text.ends_with("note: host bits set: the network is 10.0.20.0/24\n"));
/// ```
pub fn table(text: &str, facts: &SubnetInfo, color: bool) -> String {
    let width: u32 = if facts.version() == 4 { 32 } else { 128 };
    let host_bits = width - u32::from(facts.prefix);
    let (aws_usable, aws_reserved) = match &facts.aws {
        Ok(subnet) => (
            format!("{} ({} - 5 reserved)", subnet.usable, facts.total_addresses),
            aws_reserved_text(subnet),
        ),
        Err(_) => ("n/a".to_owned(), "n/a".to_owned()),
    };
    let rows = [
        ("Input", text.trim().to_owned()),
        ("Address", facts.address.to_string()),
        ("Network", facts.cidr().to_string()),
        ("Prefix", format!("/{}", facts.prefix)),
        ("Netmask", facts.netmask.to_string()),
        ("Wildcard", facts.wildcard.to_string()),
        ("Broadcast", broadcast_text(facts)),
        ("First host", facts.first_host.to_string()),
        ("Last host", facts.last_host.to_string()),
        ("Last address", facts.last_address.to_string()),
        ("Addresses", count_text(facts.total_addresses, host_bits)),
        ("Usable hosts", usable_text(facts)),
        ("AWS usable", aws_usable),
        ("AWS reserved", aws_reserved),
        ("Host bits set", yes_no(facts.host_bits_set)),
        ("Classification", facts.classification.to_string()),
        ("Private", yes_no(facts.is_private)),
        ("Historic class", historic_text(facts)),
        ("Binary", bits_text(&facts.binary, color)),
        ("Netmask bits", bits_text(&facts.netmask_binary, color)),
    ];
    let mut out = super::table::rows(&rows);
    if facts.host_bits_set {
        let _ = writeln!(out, "note: host bits set: the network is {}", facts.cidr());
    }
    if let Err(refusal) = &facts.aws {
        let _ = writeln!(out, "note: AWS usable n/a: {refusal}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::info::info;
    use crate::calc::parse::parse_net;

    fn table_of(text: &str, color: bool) -> String {
        table(text, &info(parse_net(text).unwrap()), color)
    }

    #[test]
    fn colour_marks_the_bits_and_keeps_the_bar() {
        let coloured = table_of("10.0.0.0/30", true);
        assert!(coloured.contains(
            "Binary          \x1b[36m00001010.00000000.00000000.000000\x1b[0m|\x1b[33m00\x1b[0m\n"
        ));
        let plain = table_of("10.0.0.0/30", false);
        assert!(!plain.contains('\x1b'));
        assert!(plain.contains("Binary          00001010.00000000.00000000.000000|00\n"));
    }

    #[test]
    fn single_address_rows() {
        let text = table_of("10.0.0.1", false);
        assert!(text.contains("Broadcast       none (a single address)\n"));
        assert!(text.contains("Usable hosts    1 (the address itself)\n"));
        assert!(text.contains("Historic class  A\n"));
        let mixed = table_of("0.0.0.0/0", false);
        assert!(mixed.contains("Historic class  none (the block spans several classes)\n"));
        assert!(mixed.contains("Classification  mixed (spans more than one kind)\n"));
    }
}
