//! Property tests of the DNS core: the name parser against a reference written here,
//! level splitting, and resolution over the built-in tree.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdojo::calc::dns::{
    Cache, DomainName, Namespace, Outcome, RecordType, Role, levels, resolve,
};
use proptest::prelude::*;

/// The rules of the name parser, restated independently: the accepted verdict only.
fn reference_accepts(text: &str) -> bool {
    if text.is_empty() {
        return false;
    }
    if text == "." {
        return true;
    }
    let body = text.strip_suffix('.').unwrap_or(text);
    let mut wire: usize = 1;
    for label in body.split('.') {
        let bytes = label.as_bytes();
        if bytes.is_empty() || bytes.len() > 63 {
            return false;
        }
        if !bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
        {
            return false;
        }
        if bytes[0] == b'-' || bytes[bytes.len() - 1] == b'-' {
            return false;
        }
        wire += 1 + bytes.len();
    }
    wire <= 255
}

fn label() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9]([a-zA-Z0-9-]{0,12}[a-zA-Z0-9])?"
}

fn valid_name() -> impl Strategy<Value = String> {
    (prop::collection::vec(label(), 1..7), any::<bool>()).prop_map(|(labels, dot)| {
        let mut name = labels.join(".");
        if dot {
            name.push('.');
        }
        name
    })
}

proptest! {
    #[test]
    fn the_name_parser_never_panics(text in any::<String>()) {
        let _ = text.parse::<DomainName>();
        let _ = levels(&text);
    }

    #[test]
    fn the_name_parser_agrees_with_the_reference(text in "[ab_.-]{0,12}|[a.]{60,300}|[a-z]{1,70}(\\.[a-z]{1,70}){0,4}") {
        prop_assert_eq!(text.parse::<DomainName>().is_ok(), reference_accepts(&text), "{:?}", text);
    }

    #[test]
    fn levels_rejoin_to_the_name(name in valid_name()) {
        let split = levels(&name).unwrap();
        let mut labels: Vec<&str> = split.levels.iter().map(|l| l.label.as_str()).collect();
        labels.reverse();
        let mut rejoined = labels.join(".");
        if name.ends_with('.') {
            rejoined.push('.');
        }
        prop_assert_eq!(&rejoined, &name);
        // Levels count 1, 2, 3... from the TLD.
        for (index, level) in split.levels.iter().enumerate() {
            prop_assert_eq!(level.level, index + 1);
        }
        // Wire length: the text without the root dot, plus the first length octet and the root octet.
        let body = name.strip_suffix('.').unwrap_or(&name);
        prop_assert_eq!(split.name.wire_len(), body.len() + 2);
        // The registrable domain, when there is one, is one label plus the public suffix.
        let suffix = split.public_suffix.clone().unwrap();
        prop_assert!(body.ends_with(&suffix));
        let registrable = split.levels.iter().filter(|l| l.role == Role::Registrable).count();
        match &split.registrable_domain {
            Some(domain) => {
                prop_assert_eq!(registrable, 1);
                let dotted = format!(".{suffix}");
                prop_assert!(domain.ends_with(&dotted));
                prop_assert!(!domain[..domain.len() - suffix.len() - 1].contains('.'));
            }
            None => {
                prop_assert_eq!(registrable, 0);
                prop_assert_eq!(&suffix, body);
            }
        }
    }

    #[test]
    fn resolving_twice_at_once_sends_no_second_query(
        labels in prop::collection::vec(
            prop::sample::select(vec!["www", "web", "mail1", "nope", "shop", "example", "co", "jp", "com", "ns1", "80", "113", "0", "203", "in-addr", "arpa"]),
            1..6,
        ),
        rtype in prop::sample::select(RecordType::ALL.to_vec()),
    ) {
        let namespace = Namespace::builtin();
        let mut cache = Cache::new();
        let name: DomainName = labels.join(".").parse().unwrap();
        let first = resolve(&namespace, &mut cache, &name, rtype, 0).unwrap();
        if first.outcome == Outcome::Answer {
            prop_assert!(!first.answer.is_empty());
            let last = first.answer.last().unwrap().rtype();
            prop_assert_eq!(last, rtype);
        } else {
            prop_assert!(first.answer.iter().all(|r| r.rtype() == RecordType::Cname));
        }
        let second = resolve(&namespace, &mut cache, &name, rtype, 0).unwrap();
        prop_assert_eq!(second.queries(), 0);
        prop_assert_eq!(second.outcome, first.outcome);
        prop_assert_eq!(second.answer, first.answer);
    }
}
