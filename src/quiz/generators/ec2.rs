//! M5 EC2 instance types: what the parts of a name mean, and how sizes compare.

use rand_chacha::ChaCha8Rng;

use super::{choice_or_typed, single_choice};
use crate::calc::instance::{Attribute, Category, InstanceType, Size, how_many};
use crate::quiz::draw::{below, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Text, Value};

/// Families AWS sells, from the plainest names to ones with several letters.
const EASY_FAMILIES: [&str; 8] = ["m5", "c5", "r5", "t3", "t2", "m4", "c4", "i3"];
const MEDIUM_FAMILIES: [&str; 10] = [
    "m6i", "c6g", "r6g", "m5a", "t4g", "c7g", "m7i", "r7i", "m6a", "t3a",
];
const HARD_FAMILIES: [&str; 12] = [
    "c7gn", "r6id", "m5zn", "r5dn", "m6idn", "c6gd", "x2iedn", "r6idn", "m7gd", "c5n", "r5b", "z1d",
];

/// Sizes every family above sells (x2iedn starts at xlarge).
const SIZES: [&str; 3] = ["large", "xlarge", "2xlarge"];

fn category_ja(category: Category) -> &'static str {
    match category {
        Category::GeneralPurpose => "汎用",
        Category::ComputeOptimized => "コンピューティング最適化",
        Category::MemoryOptimized => "メモリ最適化",
        Category::StorageOptimized => "ストレージ最適化",
        Category::AcceleratedComputing => "高速コンピューティング",
        Category::HpcOptimized => "HPC 最適化",
    }
}

fn category_text(category: Category) -> Text {
    Text::new(category.to_string(), category_ja(category))
}

fn attribute_ja(attribute: Attribute) -> &'static str {
    match attribute {
        Attribute::Amd => "AMD のプロセッサー",
        Attribute::Graviton => "AWS Graviton プロセッサー（Arm）",
        Attribute::Intel => "Intel のプロセッサー",
        Attribute::EbsOptimized => "ブロックストレージ（EBS）最適化",
        Attribute::InstanceStore => "ローカル NVMe インスタンスストア",
        Attribute::Extra => "追加のストレージまたはメモリ",
        Attribute::Network => "ネットワークと EBS の最適化",
        Attribute::Qualcomm => "Qualcomm の推論アクセラレーター",
        Attribute::HighFrequency => "高周波数の CPU",
    }
}

fn attribute_text(attribute: Attribute) -> Text {
    Text::new(attribute.meaning(), attribute_ja(attribute))
}

/// The worked decoding of a name, part by part, in both languages.
fn decoding(t: &InstanceType) -> Vec<Text> {
    let series = t.series();
    let generation = t.generation().map_or_else(String::new, |g| g.to_string());
    let mut steps = vec![
        Text::new(
            format!(
                "{t}: the instance family is everything before the dot, {}; the size is {}.",
                t.family(),
                t.size()
            ),
            format!(
                "{t}：インスタンスファミリーはドットより前のすべて、{} です。サイズは {} です。",
                t.family(),
                t.size()
            ),
        ),
        Text::new(
            format!(
                "Series {}: {}; generation {generation}.",
                series.code, series.category
            ),
            format!(
                "シリーズ {}：{}、世代 {generation}。",
                series.code,
                category_ja(series.category)
            ),
        ),
    ];
    for a in t.attributes() {
        steps.push(Text::new(
            format!("{}: {}.", a.letter(), a.meaning()),
            format!("{}：{}。", a.letter(), attribute_ja(*a)),
        ));
    }
    steps
}

fn draw_type(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Option<InstanceType> {
    let family = match difficulty {
        Difficulty::Easy => pick_of(rng, EASY_FAMILIES),
        Difficulty::Medium => pick_of(rng, MEDIUM_FAMILIES),
        Difficulty::Hard => pick_of(rng, HARD_FAMILIES),
    };
    let size = match pick_of(rng, SIZES) {
        "large" if family == "x2iedn" => "xlarge",
        size => size,
    };
    format!("{family}.{size}").parse().ok()
}

/// The answer with its name, and the mistake-named wrong choices, for one question.
struct Asked {
    prompt: Text,
    right: Text,
    wrong: Vec<(Text, Mistake)>,
}

fn ask_family(t: &InstanceType) -> Asked {
    let series = t.series().code;
    let generation = t.generation().map_or_else(String::new, |g| g.to_string());
    Asked {
        prompt: Text::new(
            format!("In AWS's naming, what is the instance family of {t}?"),
            format!("AWS の命名で、{t} のインスタンスファミリーは何ですか。"),
        ),
        right: Text::same(t.family()),
        wrong: vec![
            (Text::same(series), Mistake::Ec2FamilyIsSeries),
            (
                Text::same(format!("{series}{generation}")),
                Mistake::Ec2FamilyDropsLetters,
            ),
            (Text::same(t.size().to_string()), Mistake::Ec2SizeIsFamily),
        ],
    }
}

fn ask_series(t: &InstanceType) -> Asked {
    let series = t.series();
    let wrong = [
        Category::GeneralPurpose,
        Category::ComputeOptimized,
        Category::MemoryOptimized,
        Category::StorageOptimized,
    ]
    .into_iter()
    .filter(|c| *c != series.category)
    .map(|c| (category_text(c), Mistake::Ec2SeriesMixedUp))
    .collect();
    Asked {
        prompt: Text::new(
            format!(
                "What kind of instance does the series letter {} of {t} stand for?",
                series.code
            ),
            format!(
                "{t} のシリーズ文字 {} はどんな種類のインスタンスを表しますか。",
                series.code
            ),
        ),
        right: category_text(series.category),
        wrong,
    }
}

fn ask_letter(t: &InstanceType, rng: &mut ChaCha8Rng) -> Option<Asked> {
    let letters = t.attributes();
    let n = u32::try_from(letters.len()).ok()?;
    let asked = *letters.get(usize::try_from(below(rng, n)).ok()?)?;
    // Processors are confused with processors, capabilities with capabilities first.
    let mut others: Vec<Attribute> = Attribute::ALL
        .into_iter()
        .filter(|a| !letters.contains(a))
        .collect();
    others.sort_by_key(|a| a.is_processor() != asked.is_processor());
    let wrong = others
        .into_iter()
        .take(3)
        .map(|a| (attribute_text(a), Mistake::Ec2LetterMixedUp))
        .collect();
    Some(Asked {
        prompt: Text::new(
            format!(
                "What does the letter {} after the generation in {t} stand for?",
                asked.letter()
            ),
            format!(
                "{t} の世代の後ろの文字 {} は何を表しますか。",
                asked.letter()
            ),
        ),
        right: attribute_text(asked),
        wrong,
    })
}

/// `ec2.decode`: the family, series or a letter of an instance type name.
pub(super) fn decode(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let Some(t) = draw_type(difficulty, rng).or_else(|| "m5.large".parse().ok()) else {
        return size_ratio(difficulty, rng);
    };
    let asked = match (difficulty, below(rng, 3)) {
        (Difficulty::Easy, 0) | (_, 1) => Some(ask_family(&t)),
        (Difficulty::Easy, _) => Some(ask_series(&t)),
        (Difficulty::Medium, 0) => Some(ask_series(&t)),
        _ => ask_letter(&t, rng),
    }
    .unwrap_or_else(|| ask_family(&t));
    let mut explanation = decoding(&t);
    explanation.push(Text::new(
        format!("So the answer is {}.", asked.right.en),
        format!("したがって答えは「{}」です。", asked.right.ja),
    ));
    Draft {
        prompt: asked.prompt,
        kind: single_choice(rng, asked.right, asked.wrong, 3),
        explanation,
    }
}

/// Sizes that double from one to the next, for counting steps.
const LADDER: [Size; 10] = [
    Size::Nano,
    Size::Micro,
    Size::Small,
    Size::Medium,
    Size::Large,
    Size::XLarge(1),
    Size::XLarge(2),
    Size::XLarge(4),
    Size::XLarge(8),
    Size::XLarge(16),
];

/// `ec2.size_ratio`: how many of a smaller size make one of a larger size.
pub(super) fn size_ratio(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let (family, part, whole) = match difficulty {
        Difficulty::Easy => (
            pick_of(rng, ["m5", "c5", "r5", "m6i"]),
            "large",
            pick_of(rng, ["xlarge", "2xlarge", "4xlarge", "8xlarge"]),
        ),
        Difficulty::Medium => {
            // Graviton families sell a medium, half a large. (The burstable t types
            // are left out: their small sizes keep the same vCPUs.)
            if below(rng, 2) == 0 {
                (
                    pick_of(rng, ["m6g", "c6g", "r6g", "m7g", "c7g"]),
                    "medium",
                    pick_of(rng, ["xlarge", "2xlarge", "4xlarge"]),
                )
            } else {
                (
                    pick_of(rng, ["m5", "c6g", "r6i", "m7g"]),
                    pick_of(rng, ["large", "xlarge"]),
                    pick_of(rng, ["4xlarge", "8xlarge", "16xlarge"]),
                )
            }
        }
        Difficulty::Hard => (
            pick_of(rng, ["m5", "c5", "r6i", "m6i", "r5"]),
            pick_of(rng, ["large", "xlarge", "2xlarge"]),
            pick_of(rng, ["12xlarge", "24xlarge", "16xlarge"]),
        ),
    };
    let parse = |size: &str| format!("{family}.{size}").parse::<InstanceType>().ok();
    let (Some(small), Some(big)) = (parse(part), parse(whole)) else {
        return decode(difficulty, rng);
    };
    let Ok(ratio) = how_many(&small, &big) else {
        return decode(difficulty, rng);
    };
    let answer = u64::try_from(ratio.numerator() / ratio.denominator().max(1)).unwrap_or(0);
    let units = |t: &InstanceType| t.size().units().unwrap_or(16);
    let (small_units, big_units) = (units(&small), units(&big));
    let mut candidates = Vec::new();
    // Reading `N`xlarge as N of the smaller size, as if large and xlarge were one size.
    let as_xlarge = |u: u64| if u == 16 { 32 } else { u };
    if as_xlarge(small_units) > 0 && big_units % as_xlarge(small_units) == 0 {
        candidates.push((
            Value::Integer(big_units / as_xlarge(small_units)),
            Mistake::Ec2XlargeIsOneLarge,
        ));
    }
    let step = |s: Size| LADDER.iter().position(|l| *l == s);
    if let (Some(a), Some(b)) = (step(small.size()), step(big.size())) {
        candidates.push((
            Value::Integer(u64::try_from(b.saturating_sub(a)).unwrap_or(0)),
            Mistake::Ec2StepsNotDoubling,
        ));
    }
    let per_large = |t: &InstanceType| {
        t.size()
            .per_large()
            .map_or_else(String::new, |f| f.to_string())
    };
    Draft {
        prompt: Text::new(
            format!("How many {small} instances add up to the vCPUs and memory of one {big}?"),
            format!("{big} の vCPU とメモリは、{small} 何台分ですか。"),
        ),
        kind: choice_or_typed(
            rng,
            difficulty != Difficulty::Easy,
            Form::Integer,
            Value::Integer(answer),
            candidates,
        ),
        explanation: vec![
            Text::new(
                "Within one family each size step doubles vCPUs and memory: medium is half a large, xlarge is 2 × large and Nxlarge is 2N × large.",
                "同じファミリーでは、サイズが 1 段上がるごとに vCPU とメモリが 2 倍になります。medium は large の半分、xlarge は large の 2 倍、Nxlarge は large の 2N 倍です。",
            ),
            Text::new(
                format!(
                    "{small} = {} × large and {big} = {} × large.",
                    per_large(&small),
                    per_large(&big)
                ),
                format!(
                    "{small} = large の {} 倍、{big} = large の {} 倍。",
                    per_large(&small),
                    per_large(&big)
                ),
            ),
            Text::new(
                format!("{} ÷ {} = {answer}.", per_large(&big), per_large(&small)),
                format!("{} ÷ {} = {answer}。", per_large(&big), per_large(&small)),
            ),
        ],
    }
}
