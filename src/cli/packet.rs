//! Reading the packet a firewall subcommand judges: address, protocol, port.

use std::net::IpAddr;

use serde::Serialize;

use super::input;
use crate::calc::firewall::{Packet, Protocol};

/// Builds a packet from the command line's values; the error is the one-line message
/// and the value it is about.
pub fn read(
    address: &str,
    protocol: &str,
    port: &str,
    groups: &[String],
) -> Result<Packet, (String, String)> {
    let address: IpAddr = input::addr(address).map_err(|m| (address.to_owned(), m))?;
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
    let number = input::whole_number(port, what).map_err(|m| (port.to_owned(), m))?;
    let number = u16::try_from(number)
        .ok()
        .filter(|&n| u64::from(n) <= largest)
        .ok_or_else(|| {
            (
                port.to_owned(),
                format!("{port:?} is not a valid {what}: it must be 0 to {largest}"),
            )
        })?;
    let packet = Packet::new(address, protocol_value, number).map_err(|e| {
        (
            protocol.to_owned(),
            format!("{protocol:?} is not a valid protocol for a packet: {e}"),
        )
    })?;
    let groups: Vec<&str> = groups.iter().map(|g| g.trim()).collect();
    Ok(packet.with_groups(&groups))
}

/// A packet in JSON output.
#[derive(Serialize)]
pub struct PacketJson {
    address: String,
    groups: Vec<String>,
    protocol: String,
    port: u16,
}

impl From<&Packet> for PacketJson {
    fn from(packet: &Packet) -> PacketJson {
        PacketJson {
            address: packet.source.to_string(),
            groups: packet.groups.clone(),
            protocol: packet.protocol.to_string(),
            port: packet.port,
        }
    }
}
