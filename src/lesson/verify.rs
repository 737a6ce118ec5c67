//! Recomputing a question's answer with the calculator core, for the `verify` key.

use crate::calc::classify::Classification;
use crate::calc::info::info;
use crate::calc::parse::parse_net;

/// The result fields of the subnet calculator that `verify` may name.
pub const SUBNET_FIELDS: &[&str] = &[
    "network",
    "broadcast",
    "first_host",
    "last_host",
    "netmask",
    "wildcard",
    "prefix",
    "total_addresses",
    "usable_hosts",
    "aws_usable",
    "classification",
    "is_private",
];

/// The value calculator `calc` gives for `field` of `input`, as text; or why it
/// cannot be computed. Addresses are in their usual notation, counts in decimal,
/// `prefix` is the bare number, `classification` is the id of the address space
/// (`private`, `shared`...), `is_private` is `true` or `false`.
///
/// ```
/// use netdojo::lesson::verify::compute;
/// assert_eq!(compute("subnet", "192.168.5.77/27", "broadcast"), Ok("192.168.5.95".to_owned()));
/// assert_eq!(compute("subnet", "10.0.0.0 255.255.255.192", "prefix"), Ok("26".to_owned()));
/// assert_eq!(compute("subnet", "100.64.1.1", "is_private"), Ok("false".to_owned()));
/// assert_eq!(
///     compute("route", "10.0.0.0/8", "network"),
///     Err("only the subnet calculator can verify answers, not \"route\"".to_owned())
/// );
/// ```
pub fn compute(calc: &str, input: &str, field: &str) -> Result<String, String> {
    if calc != "subnet" {
        return Err(format!(
            "only the subnet calculator can verify answers, not \"{calc}\""
        ));
    }
    if !SUBNET_FIELDS.contains(&field) {
        return Err(format!(
            "unknown subnet field \"{field}\" (fields: {})",
            SUBNET_FIELDS.join(", ")
        ));
    }
    subnet_field(input, field)
}

/// One field of the subnet calculator's result for `input`.
fn subnet_field(input: &str, field: &str) -> Result<String, String> {
    let net = parse_net(input)
        .map_err(|e| format!("the subnet calculator cannot read \"{input}\": {e}"))?;
    let facts = info(net);
    let value = match field {
        "network" => facts.network.to_string(),
        "broadcast" => match facts.broadcast {
            Some(address) => address.to_string(),
            None => return Err(format!("{} has no broadcast address", facts.cidr())),
        },
        "first_host" => facts.first_host.to_string(),
        "last_host" => facts.last_host.to_string(),
        "netmask" => facts.netmask.to_string(),
        "wildcard" => facts.wildcard.to_string(),
        "prefix" => facts.prefix.to_string(),
        "total_addresses" => facts.total_addresses.to_string(),
        "usable_hosts" => facts.usable_hosts.to_string(),
        "aws_usable" => match facts.aws {
            Ok(subnet) => subnet.usable.to_string(),
            Err(refusal) => return Err(refusal.to_string()),
        },
        "classification" => facts.classification.id().to_owned(),
        "is_private" => facts.is_private.to_string(),
        other => return Err(format!("unknown subnet field \"{other}\"")),
    };
    Ok(value)
}

/// Whether an answer as written in a lesson states the computed value of `field`.
/// Values must be equal, except that a `classification` may also be written as the
/// calculator's English or Japanese label, so both twins can verify it.
///
/// ```
/// use netdojo::lesson::verify::agrees;
/// assert!(agrees("broadcast", "192.168.5.95", "192.168.5.95"));
/// assert!(agrees("classification", "shared", "共有アドレス空間 (CGNAT, RFC 6598)"));
/// assert!(!agrees("usable_hosts", "62", "64"));
/// ```
pub fn agrees(field: &str, computed: &str, stated: &str) -> bool {
    let stated = stated.trim();
    if stated == computed {
        return true;
    }
    field == "classification"
        && Classification::ALL
            .iter()
            .find(|c| c.id() == computed)
            .is_some_and(|c| stated == c.label_en() || stated == c.label_ja())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subnet(input: &str, field: &str) -> Result<String, String> {
        compute("subnet", input, field)
    }

    #[test]
    fn every_field_of_a_slash_26() {
        let expected = [
            ("network", "10.0.0.0"),
            ("broadcast", "10.0.0.63"),
            ("first_host", "10.0.0.1"),
            ("last_host", "10.0.0.62"),
            ("netmask", "255.255.255.192"),
            ("wildcard", "0.0.0.63"),
            ("prefix", "26"),
            ("total_addresses", "64"),
            ("usable_hosts", "62"),
            ("aws_usable", "59"),
            ("classification", "private"),
            ("is_private", "true"),
        ];
        for (field, value) in expected {
            assert_eq!(
                subnet("10.0.0.5/26", field),
                Ok(value.to_owned()),
                "{field}"
            );
        }
        assert_eq!(expected.len(), SUBNET_FIELDS.len());
    }

    #[test]
    fn fields_a_block_does_not_have_are_explained() {
        assert_eq!(
            subnet("10.0.0.0/31", "broadcast"),
            Err("10.0.0.0/31 has no broadcast address".to_owned())
        );
        assert_eq!(
            subnet("10.0.0.0/29", "aws_usable"),
            Err("AWS subnets are /16 to /28; /29 is smaller than /28".to_owned())
        );
        assert!(
            subnet("10.0.0.0/33", "network")
                .unwrap_err()
                .starts_with("the subnet calculator cannot read \"10.0.0.0/33\": ")
        );
    }
}
