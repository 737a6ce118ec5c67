//! What the security-group and network-ACL texts share: reading the packet to
//! judge, and a rule's mismatch in Japanese.

use std::net::IpAddr;

use crate::calc::firewall::{Match, Packet, Ports, Protocol, Source, mismatch_text, traffic_text};
use crate::calc::parse::parse_addr;
use crate::lang::Lang;

use super::{bad_input, whole_number};

/// Builds the packet to judge from typed values; the error is the value it is
/// about and the one-line message.
///
/// ```
/// use netdojo::format::firewall::packet;
/// let web = packet("10.0.1.5", "tcp", "3306", &["sg-web".to_string()]).unwrap();
/// assert_eq!(web.to_string(), "tcp port 3306 from 10.0.1.5 (sg-web)");
/// assert_eq!(
///     packet("10.0.1.5", "tcp", "70000", &[]).unwrap_err().1,
///     "\"70000\" is not a valid port: it must be 0 to 65535"
/// );
/// ```
pub fn packet(
    address: &str,
    protocol: &str,
    port: &str,
    groups: &[String],
) -> Result<Packet, (String, String)> {
    let address_value: IpAddr =
        parse_addr(address).map_err(|e| (address.to_owned(), bad_input(address, "address", e)))?;
    let protocol_value: Protocol = protocol.parse().map_err(|e| {
        (
            protocol.to_owned(),
            format!("{protocol:?} is not a valid protocol: {e}"),
        )
    })?;
    let (what, largest) = match protocol_value {
        Protocol::Icmp => ("ICMP type", 255),
        _ => ("port", u64::from(u16::MAX)),
    };
    let number = whole_number(port, what).map_err(|m| (port.to_owned(), m))?;
    let number = u16::try_from(number)
        .ok()
        .filter(|&n| u64::from(n) <= largest)
        .ok_or_else(|| {
            (
                port.to_owned(),
                format!("{port:?} is not a valid {what}: it must be 0 to {largest}"),
            )
        })?;
    let packet = Packet::new(address_value, protocol_value, number).map_err(|e| {
        (
            protocol.to_owned(),
            format!("{protocol:?} is not a valid protocol for a packet: {e}"),
        )
    })?;
    let groups: Vec<&str> = groups.iter().map(|g| g.trim()).collect();
    Ok(packet.with_groups(&groups))
}

/// A rule's protocol and ports in `lang`: `tcp port 443`, `tcp ポート 443`.
///
/// ```
/// use netdojo::calc::firewall::Protocol;
/// use netdojo::format::firewall::traffic;
/// use netdojo::lang::Lang;
/// let ports = "1024-65535".parse().unwrap();
/// assert_eq!(traffic(Protocol::Tcp, ports, Lang::En), "tcp ports 1024-65535");
/// assert_eq!(traffic(Protocol::Tcp, ports, Lang::Ja), "tcp ポート 1024-65535");
/// ```
pub fn traffic(protocol: Protocol, ports: Ports, lang: Lang) -> String {
    if lang == Lang::En {
        return traffic_text(protocol, ports);
    }
    match (protocol, ports) {
        (Protocol::All, _) => "すべての通信".to_owned(),
        (Protocol::Icmp, Ports::All) => "icmp、全タイプ".to_owned(),
        (Protocol::Icmp, ports) => format!("icmp タイプ {ports}"),
        (protocol, Ports::All) => format!("{protocol}、全ポート"),
        (protocol, ports) => format!("{protocol} ポート {ports}"),
    }
}

/// `port 443` (or `type 8` for ICMP) in `lang`.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::lang::Lang;
/// let ping = Packet::new("10.0.0.1".parse().unwrap(), Protocol::Icmp, 8).unwrap();
/// assert_eq!(netdojo::format::firewall::port_text(&ping, Lang::Ja), "タイプ 8");
/// ```
pub fn port_text(packet: &Packet, lang: Lang) -> String {
    match (lang, packet.protocol) {
        (Lang::En, _) => packet.port_text(),
        (Lang::Ja, Protocol::Icmp) => format!("タイプ {}", packet.port),
        (Lang::Ja, _) => format!("ポート {}", packet.port),
    }
}

/// The packet in `lang`: `tcp port 3306 from 10.0.1.5 (sg-web)`.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::lang::Lang;
/// let ssh = Packet::new("10.0.0.1".parse().unwrap(), Protocol::Tcp, 22).unwrap();
/// assert_eq!(netdojo::format::firewall::packet_text(&ssh, Lang::Ja), "tcp ポート 22、送信元 10.0.0.1");
/// ```
pub fn packet_text(packet: &Packet, lang: Lang) -> String {
    match lang {
        Lang::En => packet.to_string(),
        Lang::Ja => {
            let mut text = format!(
                "{} {}、送信元 {}",
                packet.protocol,
                port_text(packet, lang),
                packet.source
            );
            if !packet.groups.is_empty() {
                text.push_str(&format!("（{}）", packet.groups.join(", ")));
            }
            text
        }
    }
}

/// Why a rule does not match, in `lang` (empty for a match).
///
/// ```
/// use netdojo::calc::firewall::{Match, Packet, Protocol};
/// use netdojo::lang::Lang;
/// let packet = Packet::new("10.0.0.1".parse().unwrap(), Protocol::Udp, 53).unwrap();
/// let source = "sg-x".parse().unwrap();
/// assert_eq!(
///     netdojo::format::firewall::mismatch(Match::WrongProtocol, Protocol::Tcp, &source, &packet, Lang::Ja),
///     "ルールは tcp 用で、パケットは udp"
/// );
/// ```
pub fn mismatch(
    verdict: Match,
    protocol: Protocol,
    source: &Source,
    packet: &Packet,
    lang: Lang,
) -> String {
    if lang == Lang::En {
        return mismatch_text(verdict, protocol, source, packet);
    }
    match verdict {
        Match::Matches => String::new(),
        Match::WrongProtocol => format!("ルールは {protocol} 用で、パケットは {}", packet.protocol),
        Match::PortOutside => format!("{} はルールの範囲外", port_text(packet, lang)),
        Match::SourceOutside => format!("{} は {source} に含まれない", packet.source),
        Match::OtherFamily => {
            let (rule, other) = match packet.source {
                IpAddr::V4(_) => ("IPv6", "IPv4"),
                IpAddr::V6(_) => ("IPv4", "IPv6"),
            };
            format!(
                "{source} は {rule} のブロックで、{} は {other}",
                packet.source
            )
        }
        Match::GroupMissing => format!("送信元は {source} に属していない"),
    }
}

/// `no: ` before a mismatch, in `lang`.
pub(crate) fn no(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "no: ",
        Lang::Ja => "不一致：",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packet_errors_name_the_value() {
        let error = |a: &str, p: &str, n: &str| packet(a, p, n, &[]).unwrap_err();
        assert_eq!(
            error("10.0.0.300", "tcp", "22"),
            (
                "10.0.0.300".to_owned(),
                "\"10.0.0.300\" is not a valid address: octet 300 is over 255".to_owned()
            )
        );
        assert_eq!(
            error("10.0.0.1", "icmp", "256").1,
            "\"256\" is not a valid ICMP type: it must be 0 to 255"
        );
        assert_eq!(
            error("10.0.0.1", "tcp", "x").1,
            "\"x\" is not a valid port: expected a whole number such as 730"
        );
    }

    #[test]
    fn japanese_mismatches() {
        let packet = packet("2001:db8::1", "tcp", "22", &[]).unwrap();
        let block: Source = "10.0.0.0/8".parse().unwrap();
        let text = |m| mismatch(m, Protocol::Tcp, &block, &packet, Lang::Ja);
        assert_eq!(text(Match::PortOutside), "ポート 22 はルールの範囲外");
        assert_eq!(
            text(Match::OtherFamily),
            "10.0.0.0/8 は IPv4 のブロックで、2001:db8::1 は IPv6"
        );
        assert_eq!(
            text(Match::SourceOutside),
            "2001:db8::1 は 10.0.0.0/8 に含まれない"
        );
    }
}
