#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The instance type decoder against names built from their parts, and size ratios
//! against a table of AWS normalization factors written here.

use netdojo::calc::instance::{InstanceType, how_many};
use proptest::prelude::*;

/// Series codes and a size table in quarters of the normalization factor.
const SERIES: [&str; 21] = [
    "a", "c", "d", "dl", "f", "g", "gr", "h", "hpc", "i", "im", "inf", "is", "m", "p", "r", "t",
    "trn", "vt", "x", "z",
];
const LETTERS: [char; 9] = ['a', 'g', 'i', 'b', 'd', 'e', 'n', 'q', 'z'];
const SIZES: [(&str, u64); 12] = [
    ("nano", 1),
    ("micro", 2),
    ("small", 4),
    ("medium", 8),
    ("large", 16),
    ("xlarge", 32),
    ("2xlarge", 64),
    ("3xlarge", 96),
    ("4xlarge", 128),
    ("12xlarge", 384),
    ("24xlarge", 768),
    ("metal-48xl", 1536),
];

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

proptest! {
    #[test]
    fn names_built_from_parts_decode_to_those_parts(
        series in 0usize..SERIES.len(),
        generation in 1u32..=9,
        letters in prop::collection::vec(0usize..LETTERS.len(), 0..4),
        size in 0usize..SIZES.len(),
        flex in any::<bool>(),
    ) {
        let letters: String = letters.iter().map(|&i| LETTERS[i]).collect();
        let suffix = if flex { "-flex" } else { "" };
        let family = format!("{}{generation}{letters}{suffix}", SERIES[series]);
        let name = format!("{family}.{}", SIZES[size].0);
        let t: InstanceType = name.parse().unwrap();
        prop_assert_eq!(t.family(), family.as_str());
        prop_assert_eq!(t.series().code, SERIES[series]);
        prop_assert_eq!(t.generation(), Some(generation));
        let decoded: String = t.attributes().iter().map(|a| a.letter()).collect();
        prop_assert_eq!(decoded, letters);
        prop_assert_eq!(t.size().units(), Some(SIZES[size].1));
        prop_assert_eq!(t.to_string(), name.clone());
        prop_assert_eq!(name.to_uppercase().parse::<InstanceType>().unwrap(), t);
    }

    #[test]
    fn ratios_match_the_normalization_table(a in 0usize..SIZES.len(), b in 0usize..SIZES.len()) {
        let part: InstanceType = format!("m5.{}", SIZES[a].0).parse().unwrap();
        let whole: InstanceType = format!("m5.{}", SIZES[b].0).parse().unwrap();
        let ratio = how_many(&part, &whole).unwrap();
        let (n, d) = (SIZES[b].1, SIZES[a].1);
        let g = gcd(n, d);
        prop_assert_eq!((ratio.numerator(), ratio.denominator()), (u128::from(n / g), u128::from(d / g)));
    }

    #[test]
    fn any_text_decodes_or_fails_without_panicking(text in "[a-zA-Z0-9.\\-_ ]{0,24}") {
        if let Ok(t) = text.parse::<InstanceType>() {
            // Whatever decodes prints back as the same name in lower case.
            prop_assert_eq!(t.to_string(), text.trim().to_ascii_lowercase());
        }
    }
}
