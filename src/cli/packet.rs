//! Reading the packet a firewall subcommand judges: address, protocol, port.

use serde::Serialize;

use crate::calc::firewall::Packet;

/// Builds a packet from the command line's values; the error is the one-line message
/// and the value it is about.
pub fn read(
    address: &str,
    protocol: &str,
    port: &str,
    groups: &[String],
) -> Result<Packet, (String, String)> {
    crate::format::firewall::packet(address, protocol, port, groups)
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
