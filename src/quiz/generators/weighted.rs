//! M9 Route 53 weighted routing: the share of answers a record gets.

use rand_chacha::ChaCha8Rng;

use crate::calc::weighted::shares;
use crate::quiz::draw::{below, between, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Kind, Known, Text, Unit, format_number};

/// `r53.weighted`: the percentage of answers one record gets.
pub(super) fn weighted(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let weights: Vec<u32> = match difficulty {
        Difficulty::Easy => pick_of(
            rng,
            [
                [70u32, 20, 10],
                [50, 30, 20],
                [80, 15, 5],
                [60, 30, 10],
                [90, 5, 5],
            ],
        )
        .to_vec(),
        Difficulty::Medium => (0..3).map(|_| between(rng, 1, 20)).collect(),
        Difficulty::Hard => {
            let mut w: Vec<u32> = (0..4).map(|_| between(rng, 1, 255)).collect();
            if below(rng, 3) == 0 {
                w[usize::try_from(below(rng, 4)).unwrap_or(0)] = 0;
            }
            w
        }
    };
    let names = ["A", "B", "C", "D"];
    let asked = usize::try_from(below(rng, u32::try_from(weights.len()).unwrap_or(1))).unwrap_or(0);
    // Weights drawn here are 0..=255, the range Route 53 accepts.
    let as_u8: Vec<u8> = weights
        .iter()
        .map(|&w| u8::try_from(w).unwrap_or(u8::MAX))
        .collect();
    let answer = shares(&as_u8)
        .ok()
        .and_then(|s| s.records.get(asked).map(|r| r.share))
        .map_or(0.0, |share| {
            share.numerator() as f64 / share.denominator() as f64
        })
        * 100.0;
    let total: u32 = weights.iter().sum();
    let weight = weights.get(asked).copied().unwrap_or(0);
    let listing: Vec<String> = weights
        .iter()
        .zip(names)
        .map(|(w, n)| format!("{n} = {w}"))
        .collect();
    let mut mistakes = Vec::new();
    if total != 100 {
        mistakes.push(Known {
            value: f64::from(weight),
            mistake: Mistake::WeightIsNotPercent,
        });
    }
    let name = names.get(asked).copied().unwrap_or("A");
    let shown = format_number(answer, 1);
    Draft {
        prompt: Text::new(
            format!(
                "A Route 53 weighted record set has weights {}. What percentage of answers return record {name}? (1 decimal place)",
                listing.join(", ")
            ),
            format!(
                "Route 53 の加重レコードの重みが {} です。レコード {name} が返される割合は何 % ですか（小数第 1 位まで）。",
                listing.join("、")
            ),
        ),
        kind: Kind::Number {
            unit: Unit::Percent,
            answer,
            tolerance: 0.05,
            decimals: 1,
            mistakes,
        },
        explanation: vec![
            Text::new(
                format!(
                    "Each record's share is its weight divided by the sum of the weights ({total})."
                ),
                format!("各レコードの割合は、重み ÷ 重みの合計（{total}）です。"),
            ),
            Text::new(
                format!("{name}: {weight} ÷ {total} = {shown}%."),
                format!("{name}：{weight} ÷ {total} = {shown}%。"),
            ),
        ],
    }
}
