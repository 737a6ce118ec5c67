//! Reading addresses and prefixes typed by a user, for every subcommand.
//!
//! Every subcommand goes through these two functions, so the rules for what a user
//! may type live in one place and every error names the value in quotes.

use std::net::IpAddr;

use ipnet::IpNet;

/// Reads a prefix such as `10.0.0.0/16`; the message names the input in quotes.
pub fn net(input: &str) -> Result<IpNet, String> {
    let trimmed = input.trim();
    trimmed
        .parse::<IpNet>()
        .or_else(|_| trimmed.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| {
            format!("\"{input}\" is not an IPv4 or IPv6 prefix (expected e.g. 10.0.0.0/16)")
        })
}

/// Reads a single address such as `10.0.0.1`; the message names the input in quotes.
pub fn addr(input: &str) -> Result<IpAddr, String> {
    input
        .trim()
        .parse::<IpAddr>()
        .map_err(|_| format!("\"{input}\" is not an IPv4 or IPv6 address (expected e.g. 10.0.0.1)"))
}
