//! Text of the EC2 instance-type decoder, as `netdojo instance` prints it.

use crate::calc::fraction::Fraction;
use crate::calc::instance::{Attribute, InstanceType, Size, how_many};

use super::table;

/// The label/value rows `netdojo instance` prints for one type.
///
/// ```
/// let t = "c7g.large".parse().unwrap();
/// assert_eq!(netdojo::format::instance::rows(&t)[0], ("Type", "c7g.large".to_string()));
/// ```
pub fn rows(instance: &InstanceType) -> Vec<(&'static str, String)> {
    let series = instance.series();
    let mut rows = vec![
        ("Type", instance.to_string()),
        (
            "Family",
            format!("{} (everything before the dot)", instance.family()),
        ),
        ("Series", format!("{}: {}", series.code, series.meaning)),
        ("Category", series.category.to_string()),
        (
            "Generation",
            instance
                .generation()
                .map_or_else(|| "not in the name".to_owned(), |g| g.to_string()),
        ),
        (
            "Processor",
            instance
                .processor()
                .map_or_else(|| "not in the name".to_owned(), letter_text),
        ),
        ("Capabilities", capabilities_text(&instance.capabilities())),
    ];
    if let Some(variant) = instance.variant() {
        rows.push(("Variant", variant.to_string()));
    }
    rows.push(("Size", size_text(instance.size())));
    rows
}

/// The text of one decoded type.
///
/// ```
/// let m5 = "m5.large".parse().unwrap();
/// let text = netdojo::format::instance::text(&m5);
/// assert!(text.starts_with("Type          m5.large\n"));
/// ```
pub fn text(instance: &InstanceType) -> String {
    table::rows(&rows(instance))
}

fn letter_text(attribute: Attribute) -> String {
    format!("{}: {}", attribute.letter(), attribute.meaning())
}

fn capabilities_text(capabilities: &[Attribute]) -> String {
    if capabilities.is_empty() {
        return "none in the name".to_owned();
    }
    capabilities
        .iter()
        .map(|&a| letter_text(a))
        .collect::<Vec<_>>()
        .join("\n")
}

fn size_text(size: Size) -> String {
    match (size, size.per_large(), normalization_factor(size)) {
        (Size::Large, _, _) => "large, normalization factor 4".to_owned(),
        (_, Some(multiple), Some(factor)) => {
            format!(
                "{size} = {} × large, normalization factor {factor}",
                multiple
            )
        }
        _ => format!(
            "{size}: bare metal, the whole server; as large as the family's largest size, which the name does not say"
        ),
    }
}

/// The normalization factor of a size (large = 4), as a decimal; `None` for metal.
///
/// ```
/// use netdojo::calc::instance::InstanceType;
/// let t: InstanceType = "m5.2xlarge".parse().unwrap();
/// assert_eq!(netdojo::format::instance::normalization_factor(t.size()).as_deref(), Some("16"));
/// ```
pub fn normalization_factor(size: Size) -> Option<String> {
    size.units()
        .and_then(|units| Fraction::new(u128::from(units), 4))
        .map(|factor| factor.decimal(2).0)
}

/// Pairs of the same family in different sizes: the larger, the smaller, and how
/// many of the smaller make one larger.
///
/// ```
/// let types = vec!["m5.large".parse().unwrap(), "m5.xlarge".parse().unwrap()];
/// assert_eq!(netdojo::format::instance::comparisons(&types).len(), 1);
/// ```
pub fn comparisons(decoded: &[InstanceType]) -> Vec<(&InstanceType, &InstanceType, Fraction)> {
    let mut pairs = Vec::new();
    for (i, a) in decoded.iter().enumerate() {
        for b in &decoded[i + 1..] {
            if a.family() != b.family() || a.size() == b.size() {
                continue;
            }
            let (whole, part) = if a.size().units() >= b.size().units() {
                (a, b)
            } else {
                (b, a)
            };
            if let Ok(count) = how_many(part, whole) {
                pairs.push((whole, part, count));
            }
        }
    }
    pairs
}

/// The `Compare` rows for the decoded types (empty when nothing compares).
///
/// ```
/// let types = vec!["m5.xlarge".parse().unwrap(), "m5.large".parse().unwrap()];
/// assert_eq!(netdojo::format::instance::compare(&types), "Compare  1 m5.xlarge = 2 × m5.large\n");
/// ```
pub fn compare(decoded: &[InstanceType]) -> String {
    let mut lines: Vec<String> = comparisons(decoded)
        .iter()
        .map(|(whole, part, count)| format!("1 {whole} = {count} × {part}"))
        .collect();
    // Two types that cannot be compared get the reason, so a question is not left open.
    if let [a, b] = decoded {
        if a.family() != b.family() || a.size().units().is_none() || b.size().units().is_none() {
            if let Err(e) = how_many(a, b) {
                lines.push(format!("not compared: {e}"));
            }
        }
    }
    if lines.is_empty() {
        return String::new();
    }
    table::rows(&[("Compare", lines.join("\n"))])
}
