#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The core's serde forms: what JSON output and saved files rely on.

use netdojo::calc::classify::{Classification, HistoricClass};
use netdojo::calc::count::AddrCount;
use netdojo::calc::info::{AwsRole, aws_subnet};

#[test]
fn counts_are_decimal_strings_both_ways() {
    let max = "340282366920938463463374607431768211456";
    let json = serde_json::to_string(&AddrCount::MAX).unwrap();
    assert_eq!(json, format!("\"{max}\""));
    let back: AddrCount = serde_json::from_str(&json).unwrap();
    assert_eq!(back, AddrCount::MAX);
    assert_eq!(serde_json::to_string(&AddrCount::new(0)).unwrap(), "\"0\"");
    assert!(serde_json::from_str::<AddrCount>("\"x\"").is_err());
    assert!(serde_json::from_str::<AddrCount>("12").is_err());
}

#[test]
fn classification_serializes_as_its_id() {
    for class in Classification::ALL {
        let json = serde_json::to_string(&class).unwrap();
        assert_eq!(json, format!("\"{}\"", class.id()));
    }
    assert_eq!(serde_json::to_string(&HistoricClass::D).unwrap(), "\"D\"");
}

#[test]
fn aws_reserved_serializes_address_and_role_id() {
    let subnet = aws_subnet("10.0.0.0/28".parse().unwrap()).unwrap();
    let json = serde_json::to_string(&subnet.reserved).unwrap();
    assert_eq!(
        json,
        concat!(
            r#"[{"address":"10.0.0.0","role":"network"},{"address":"10.0.0.1","role":"router"},"#,
            r#"{"address":"10.0.0.2","role":"dns"},{"address":"10.0.0.3","role":"future_use"},"#,
            r#"{"address":"10.0.0.15","role":"last"}]"#
        )
    );
    for role in [
        AwsRole::Network,
        AwsRole::Router,
        AwsRole::Dns,
        AwsRole::FutureUse,
        AwsRole::Last,
    ] {
        assert_eq!(
            serde_json::to_string(&role).unwrap(),
            format!("\"{}\"", role.id())
        );
    }
}
