//! Text of the EC2 instance-type decoder, as `netdojo instance` prints it.

use crate::calc::fraction::Fraction;
use crate::calc::instance::{Attribute, InstanceType, Size, how_many};

use super::table;
use crate::lang::Lang;

/// The label/value rows of one type: `netdojo instance` prints them in English, the
/// instance-type screen in `lang`.
///
/// ```
/// use netdojo::lang::Lang;
/// let t = "c7g.large".parse().unwrap();
/// assert_eq!(netdojo::format::instance::rows(&t, Lang::En)[0], ("Type", "c7g.large".to_string()));
/// assert_eq!(netdojo::format::instance::rows(&t, Lang::Ja)[2], ("シリーズ", "c：コンピューティング最適化".to_string()));
/// ```
pub fn rows(instance: &InstanceType, lang: Lang) -> Vec<(&'static str, String)> {
    let series = instance.series();
    let ja = lang == Lang::Ja;
    let label = |en: &'static str, ja_label: &'static str| if ja { ja_label } else { en };
    let absent = if ja {
        "名前にありません"
    } else {
        "not in the name"
    };
    let family = if ja {
        format!("{}（ドットより前の部分）", instance.family())
    } else {
        format!("{} (everything before the dot)", instance.family())
    };
    let mut rows = vec![
        (label("Type", "タイプ"), instance.to_string()),
        (label("Family", "ファミリー"), family),
        (
            label("Series", "シリーズ"),
            code_text(series.code, series.meaning_in(lang), lang),
        ),
        (
            label("Category", "カテゴリー"),
            series.category.name(lang).to_owned(),
        ),
        (
            label("Generation", "世代"),
            instance
                .generation()
                .map_or_else(|| absent.to_owned(), |g| g.to_string()),
        ),
        (
            label("Processor", "プロセッサ"),
            instance
                .processor()
                .map_or_else(|| absent.to_owned(), |a| letter_text(a, lang)),
        ),
        (
            label("Capabilities", "追加機能"),
            capabilities_text(&instance.capabilities(), lang),
        ),
    ];
    if let Some(variant) = instance.variant() {
        rows.push((label("Variant", "バリアント"), variant.describe(lang)));
    }
    rows.push((label("Size", "サイズ"), size_text(instance.size(), lang)));
    rows
}

/// The text of one decoded type.
///
/// ```
/// use netdojo::lang::Lang;
/// let m5 = "m5.large".parse().unwrap();
/// let text = netdojo::format::instance::text(&m5, Lang::En);
/// assert!(text.starts_with("Type          m5.large\n"));
/// ```
pub fn text(instance: &InstanceType, lang: Lang) -> String {
    table::rows(&rows(instance, lang))
}

/// `code: meaning`, with a full-width colon in Japanese.
fn code_text(code: impl std::fmt::Display, meaning: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{code}: {meaning}"),
        Lang::Ja => format!("{code}：{meaning}"),
    }
}

fn letter_text(attribute: Attribute, lang: Lang) -> String {
    code_text(attribute.letter(), attribute.meaning_in(lang), lang)
}

fn capabilities_text(capabilities: &[Attribute], lang: Lang) -> String {
    if capabilities.is_empty() {
        return match lang {
            Lang::En => "none in the name",
            Lang::Ja => "名前にはありません",
        }
        .to_owned();
    }
    capabilities
        .iter()
        .map(|&a| letter_text(a, lang))
        .collect::<Vec<_>>()
        .join("\n")
}

fn size_text(size: Size, lang: Lang) -> String {
    match (size, size.per_large(), normalization_factor(size), lang) {
        (Size::Large, _, _, Lang::En) => "large, normalization factor 4".to_owned(),
        (Size::Large, _, _, Lang::Ja) => "large、正規化係数 4".to_owned(),
        (_, Some(multiple), Some(factor), Lang::En) => {
            format!("{size} = {multiple} × large, normalization factor {factor}")
        }
        (_, Some(multiple), Some(factor), Lang::Ja) => {
            format!("{size} = {multiple} × large、正規化係数 {factor}")
        }
        (_, _, _, Lang::En) => format!(
            "{size}: bare metal, the whole server; as large as the family's largest size, which the name does not say"
        ),
        (_, _, _, Lang::Ja) => format!(
            "{size}：ベアメタル（サーバー 1 台をまるごと使う）。ファミリーの最大サイズと同じ大きさですが、それがどれかは名前からわかりません"
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

/// The `Compare` rows for the decoded types (empty when nothing compares), in `lang`.
///
/// ```
/// use netdojo::lang::Lang;
/// let types = vec!["m5.xlarge".parse().unwrap(), "m5.large".parse().unwrap()];
/// assert_eq!(netdojo::format::instance::compare(&types, Lang::En), "Compare  1 m5.xlarge = 2 × m5.large\n");
/// assert_eq!(netdojo::format::instance::compare(&types, Lang::Ja), "比較  1 m5.xlarge = 2 × m5.large\n");
/// ```
pub fn compare(decoded: &[InstanceType], lang: Lang) -> String {
    let mut lines: Vec<String> = comparisons(decoded)
        .iter()
        .map(|(whole, part, count)| format!("1 {whole} = {count} × {part}"))
        .collect();
    // Two types that cannot be compared get the reason, so a question is not left open.
    if let [a, b] = decoded {
        if a.family() != b.family() || a.size().units().is_none() || b.size().units().is_none() {
            if let Err(e) = how_many(a, b) {
                lines.push(match lang {
                    Lang::En => format!("not compared: {}", e.explain(lang)),
                    Lang::Ja => format!("比較できません：{}", e.explain(lang)),
                });
            }
        }
    }
    if lines.is_empty() {
        return String::new();
    }
    let label = match lang {
        Lang::En => "Compare",
        Lang::Ja => "比較",
    };
    table::rows(&[(label, lines.join("\n"))])
}
