#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The wildcard-certificate matcher against a plain label-by-label comparison.

use netdojo::calc::certmatch::{HostName, San};
use proptest::prelude::*;

/// A few labels in mixed case, so that equal and unequal names both come up often.
const LABELS: [&str; 8] = [
    "a", "B", "www", "static", "example", "EXAMPLE", "jp", "Tokyo",
];

/// The reference: the same number of labels, equal ignoring case, and a leading `*`
/// matching any one label.
fn reference(san: &[&str], host: &[&str]) -> bool {
    san.len() == host.len()
        && san
            .iter()
            .zip(host)
            .enumerate()
            .all(|(i, (s, h))| (i == 0 && *s == "*") || s.eq_ignore_ascii_case(h))
}

fn labels(max: usize) -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(prop::sample::select(&LABELS[..]), 1..=max)
}

proptest! {
    #[test]
    fn matcher_agrees_with_label_comparison(
        base in labels(3),
        wildcard in any::<bool>(),
        host in labels(5),
    ) {
        let mut san_labels = base.clone();
        if wildcard {
            prop_assume!(base.len() >= 2);
            san_labels.insert(0, "*");
        }
        let san: San = san_labels.join(".").parse().unwrap();
        let name: HostName = host.join(".").parse().unwrap();
        prop_assert_eq!(san.covers(&name), reference(&san_labels, &host));
    }

    #[test]
    fn a_wildcard_never_covers_its_apex(base in labels(4)) {
        prop_assume!(base.len() >= 2);
        let san: San = format!("*.{}", base.join(".")).parse().unwrap();
        let apex: HostName = base.join(".").parse().unwrap();
        prop_assert!(!san.covers(&apex));
    }

    #[test]
    fn names_print_in_lower_case_and_parse_back(host in labels(5)) {
        let name: HostName = host.join(".").parse().unwrap();
        prop_assert_eq!(name.to_string(), host.join(".").to_ascii_lowercase());
        prop_assert_eq!(name.to_string().parse::<HostName>().unwrap(), name);
    }
}
