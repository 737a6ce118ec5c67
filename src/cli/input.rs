//! Reading what a user types (addresses, prefixes, sizes, rates, counts) for every subcommand.
//!
//! Every subcommand goes through these functions, so the rules for what a user may
//! type live in one place (the strict parser in [`crate::calc::parse`]) and every
//! error reads the same way: the input as typed, in double quotes, what it should
//! have been, and the reason, e.g.
//! `"10.0.0.0/33" is not a valid address or prefix: prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)`.

use std::fmt::Display;
use std::net::IpAddr;

use ipnet::IpNet;

use crate::calc::money::YenRate;
use crate::calc::parse;
use crate::calc::size::ByteSize;

/// Reads a block such as `10.0.0.0/16`, `10.0.0.0 255.255.0.0` or a bare address;
/// host bits are kept.
pub fn net(input: &str) -> Result<IpNet, String> {
    parse::parse_net(input).map_err(|e| invalid(input, "address or prefix", e))
}

/// Reads a single address such as `10.0.0.1` or `2001:db8::1`.
pub fn addr(input: &str) -> Result<IpAddr, String> {
    parse::parse_addr(input).map_err(|e| invalid(input, "address", e))
}

/// Reads a prefix length such as `24` or `/24`, from 0 to `max` (32 or 128).
pub fn prefix_len(input: &str, max: u8) -> Result<u8, String> {
    parse::parse_prefix_len(input, max).map_err(|e| invalid(input, "prefix length", e))
}

/// Reads a data size with its unit, such as `100GB` or `64MiB`.
pub fn size(input: &str) -> Result<ByteSize, String> {
    input.parse().map_err(|e| invalid(input, "size", e))
}

/// Reads an exchange rate in yen per US dollar, such as `150` or `149.5`.
pub fn yen_rate(input: &str) -> Result<YenRate, String> {
    parse::normalize_input(input)
        .parse()
        .map_err(|e| invalid(input, "exchange rate in yen per US dollar", e))
}

/// Reads a whole number from 0 up, such as `730`; `what` names it in the message.
pub fn whole_number(input: &str, what: &str) -> Result<u64, String> {
    crate::format::whole_number(input, what)
}

/// The one wording of a bad-input message. The input is quoted with escapes, so a
/// stray quote or control character cannot break the line.
fn invalid(input: &str, what: &str, reason: impl Display) -> String {
    crate::format::bad_input(input, what, reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_input_as_typed() {
        assert_eq!(
            net("10.0.0.0/33").unwrap_err(),
            "\"10.0.0.0/33\" is not a valid address or prefix: prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)"
        );
        assert_eq!(
            net(" １０．０．０．０／３３").unwrap_err(),
            "\" １０．０．０．０／３３\" is not a valid address or prefix: prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)"
        );
        assert_eq!(
            addr("10.0.0.0/24").unwrap_err(),
            "\"10.0.0.0/24\" is not a valid address: a single address is expected, without \"/24\""
        );
        assert_eq!(
            prefix_len("024", 32).unwrap_err(),
            "\"024\" is not a valid prefix length: prefix length 024 has a leading zero: write 24"
        );
        assert_eq!(
            net("a\"\nb").unwrap_err(),
            "\"a\\\"\\nb\" is not a valid address or prefix: unexpected \"a\" in a\"\\nb"
        );
    }

    #[test]
    fn sizes_rates_and_numbers() {
        assert_eq!(size("64MiB").unwrap().bytes(), 64 << 20);
        assert_eq!(
            size("64").unwrap_err(),
            "\"64\" is not a valid size: the unit is missing: add one of B, KB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024)"
        );
        assert_eq!(yen_rate(" １５０ ").unwrap().decimal(), "150");
        assert_eq!(
            yen_rate("0").unwrap_err(),
            "\"0\" is not a valid exchange rate in yen per US dollar: an exchange rate must be more than 0"
        );
        assert_eq!(whole_number("730", "number of hours"), Ok(730));
        assert_eq!(
            whole_number("7.5", "number of hours").unwrap_err(),
            "\"7.5\" is not a valid number of hours: expected a whole number such as 730"
        );
        assert_eq!(
            whole_number("99999999999999999999", "number of hours").unwrap_err(),
            "\"99999999999999999999\" is not a valid number of hours: the number is too large"
        );
    }

    #[test]
    fn good_input_passes_through() {
        assert_eq!(net("10.0.1.5/24").unwrap().to_string(), "10.0.1.5/24");
        assert_eq!(addr("::1").unwrap().to_string(), "::1");
        assert_eq!(prefix_len("/64", 128), Ok(64));
    }
}
