//! M16/M17 spreading servers over Availability Zones: how many per AZ survive the
//! loss of one AZ without scaling, and how much capacity is left when an AZ fails.

use rand_chacha::ChaCha8Rng;

use crate::calc::availability::{Decimal, SizingInput, ZoneLoss};
use crate::quiz::draw::{below, between, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Kind, Known, Text, Unit, Value, format_number};

/// `avail.multi_az`: per-AZ sizing for static stability, or capacity left after an AZ fails.
pub(super) fn multi_az(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    if below(rng, 2) == 0 {
        sizing(difficulty, rng)
    } else {
        capacity_left(difficulty, rng)
    }
}

/// Servers per AZ (or in all) so that losing any one AZ still leaves N.
fn sizing(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let total_asked = difficulty == Difficulty::Hard;
    // Redraw until the named mistakes give at least two wrong values to choose from.
    let mut drawn = None;
    for _ in 0..32 {
        let zones = match difficulty {
            Difficulty::Easy => pick_of(rng, [2u32, 3]),
            Difficulty::Medium => between(rng, 2, 4),
            Difficulty::Hard => between(rng, 2, 5),
        };
        let needed = u64::from(match difficulty {
            Difficulty::Easy => between(rng, 2, 12),
            Difficulty::Medium => between(rng, 3, 40),
            Difficulty::Hard => between(rng, 3, 60),
        });
        let mut input =
            SizingInput::new(Decimal::from_integer(needed), Decimal::from_integer(1), 0);
        input.zones = Some(zones);
        let Some(plan) = input.size().ok().and_then(|s| s.zones) else {
            continue;
        };
        let z = u64::from(zones);
        let all_zones = needed.div_ceil(z);
        let candidates = if total_asked {
            vec![
                (needed + 1, Mistake::SpareIsNotZone),
                (all_zones * z, Mistake::DividedByAllZones),
                (plan.per_zone, Mistake::ForgotCount),
                (needed / (z - 1) * z, Mistake::RoundedDown),
            ]
        } else {
            vec![
                (all_zones, Mistake::DividedByAllZones),
                (needed / (z - 1), Mistake::RoundedDown),
                ((needed + 1).div_ceil(z), Mistake::SpareIsNotZone),
            ]
        };
        let answer = if total_asked {
            plan.total
        } else {
            plan.per_zone
        };
        let mut distinct: Vec<u64> = candidates
            .iter()
            .map(|&(v, _)| v)
            .filter(|&v| v != answer && v > 0)
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() >= 2 {
            drawn = Some((zones, needed, plan, answer, candidates));
            break;
        }
    }
    let Some((zones, needed, plan, answer, candidates)) = drawn else {
        return capacity_left(difficulty, rng);
    };
    let candidates: Vec<(Value, Mistake)> = candidates
        .into_iter()
        .filter(|&(v, _)| v > 0)
        .map(|(v, m)| (Value::Integer(v), m))
        .collect();
    let survivors = zones - 1;
    let per_zone = plan.per_zone;
    let (ask_en, ask_ja) = if total_asked {
        (
            "How many servers does it deploy in all?",
            "全部で何台配置しますか。",
        )
    } else {
        (
            "How many servers go in each AZ?",
            "各 AZ に何台置きますか。",
        )
    };
    let mut explanation = vec![
        Text::new(
            format!("After losing one AZ, {survivors} AZ(s) must still hold all {needed} servers."),
            format!(
                "AZ を 1 つ失っても、残る {survivors} 個の AZ で {needed} 台すべてをまかなう必要があります。"
            ),
        ),
        Text::new(
            format!(
                "Per AZ = ⌈{needed} ÷ ({zones} − 1)⌉ = ⌈{needed} ÷ {survivors}⌉ = {per_zone} (round up: a server cannot be split)."
            ),
            format!(
                "AZ あたり = ⌈{needed} ÷ ({zones} − 1)⌉ = ⌈{needed} ÷ {survivors}⌉ = {per_zone}（サーバーは分割できないので切り上げ）。"
            ),
        ),
    ];
    if total_asked {
        explanation.push(Text::new(
            format!("In all: {zones} × {per_zone} = {}.", plan.total),
            format!("合計：{zones} × {per_zone} = {}。", plan.total),
        ));
    }
    Draft {
        prompt: Text::new(
            format!(
                "The peak load needs {needed} servers. The tier is spread evenly over {zones} Availability Zones and must keep {needed} running after the loss of any one AZ, without launching new ones. {ask_en}"
            ),
            format!(
                "ピーク負荷には {needed} 台のサーバーが必要です。この層を {zones} 個のアベイラビリティーゾーンに均等に分け、いずれかの AZ を失っても新しく起動せずに {needed} 台が動き続けるようにします。{ask_ja}"
            ),
        ),
        kind: super::choice_or_typed(
            rng,
            total_asked,
            Form::Integer,
            Value::Integer(answer),
            candidates,
        ),
        explanation,
    }
}

/// The share of capacity left when one AZ fails.
fn capacity_left(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let names = ["a", "b", "c", "d", "e"];
    let per_zone: Vec<u64> = match difficulty {
        Difficulty::Easy => {
            let each = u64::from(between(rng, 2, 4));
            vec![each; usize::try_from(between(rng, 2, 3)).unwrap_or(2)]
        }
        Difficulty::Medium => {
            let each = u64::from(between(rng, 2, 6));
            vec![each; usize::try_from(between(rng, 2, 5)).unwrap_or(2)]
        }
        Difficulty::Hard => {
            let count = usize::try_from(between(rng, 3, 4)).unwrap_or(3);
            (0..count).map(|_| u64::from(between(rng, 1, 8))).collect()
        }
    };
    let zones = per_zone.len();
    let lost = usize::try_from(below(rng, u32::try_from(zones).unwrap_or(1))).unwrap_or(0);
    let Some(loss) = ZoneLoss::of(&per_zone, lost) else {
        return sizing(difficulty, rng);
    };
    let gone = loss.total - loss.left;
    let answer = loss.percent();
    let tolerance = 0.05;
    let mistakes: Vec<Known<f64>> = [
        (
            gone as f64 / loss.total as f64 * 100.0,
            Mistake::LostShareForRemaining,
        ),
        (
            (loss.total - 1) as f64 / loss.total as f64 * 100.0,
            Mistake::OneServerNotOneZone,
        ),
    ]
    .into_iter()
    .filter(|(v, _)| (v - answer).abs() > 2.0 * tolerance)
    .map(|(value, mistake)| Known { value, mistake })
    .collect();
    let listing: Vec<String> = names
        .iter()
        .zip(&per_zone)
        .map(|(n, s)| format!("{n} = {s}"))
        .collect();
    let name = names.get(lost).copied().unwrap_or("a");
    let shown = format_number(answer, 1);
    let (left, total) = (loss.left, loss.total);
    Draft {
        prompt: Text::new(
            format!(
                "A web tier of identical servers is spread over Availability Zones as {}. AZ {name} fails and the servers in the other AZs keep running. What percentage of the tier's capacity is left? (1 decimal place)",
                listing.join(", ")
            ),
            format!(
                "同じ性能のサーバーからなる Web 層が、アベイラビリティーゾーンに {} と分かれています。AZ {name} が障害で止まり、ほかの AZ のサーバーは動き続けます。層の処理能力は何 % 残りますか（小数第 1 位まで）。",
                listing.join("、")
            ),
        ),
        kind: Kind::Number {
            unit: Unit::Percent,
            answer,
            tolerance,
            decimals: 1,
            mistakes,
        },
        explanation: vec![
            Text::new(
                format!("In all there are {total} servers; AZ {name} takes {gone} of them down."),
                format!("全部で {total} 台あり、AZ {name} の {gone} 台が止まります。"),
            ),
            Text::new(
                format!("Left: {total} − {gone} = {left}, and {left} ÷ {total} = {shown}%."),
                format!("残り：{total} − {gone} = {left}、{left} ÷ {total} = {shown}%。"),
            ),
        ],
    }
}
