//! M14 S3: multipart upload part counts and tiered monthly storage cost.

use rand_chacha::ChaCha8Rng;

use super::{choice_or_typed, grouped};
use crate::calc::cost::S3_STANDARD_US_EAST_1;
use crate::calc::multipart::plan_upload;
use crate::quiz::draw::{between, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Kind, Text, Unit, Value};

/// `s3.parts`: how many parts a multipart upload needs.
pub(super) fn parts(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let (gib, mib) = match difficulty {
        Difficulty::Easy => (
            u64::from(pick_of(rng, [1u32, 2, 4, 10])),
            u64::from(pick_of(rng, [8u32, 16, 64, 100])),
        ),
        Difficulty::Medium => (
            u64::from(between(rng, 1, 200)),
            u64::from(pick_of(rng, [8u32, 16, 25, 64, 100, 128])),
        ),
        Difficulty::Hard => (
            u64::from(between(rng, 50, 5000)),
            u64::from(between(rng, 5, 512)),
        ),
    };
    let object_mib = gib * 1024;
    let parts = plan_upload(gib << 30, mib << 20).map_or(0, |p| p.parts);
    let answer = Value::Integer(parts);
    let candidates = vec![
        (Value::Integer(object_mib / mib), Mistake::RoundedDown),
        (
            Value::Integer((gib * 1000).div_ceil(mib)),
            Mistake::DecimalBinaryUnits,
        ),
        (Value::Integer(object_mib / mib + 2), Mistake::RoundedDown),
    ];
    let exact = object_mib % mib == 0;
    Draft {
        prompt: Text::new(
            format!(
                "An object of {gib} GiB is uploaded to S3 in parts of {mib} MiB (the last part may be smaller). How many parts does the upload have?"
            ),
            format!(
                "{gib} GiB のオブジェクトを {mib} MiB のパートに分けて S3 にアップロードします（最後のパートは小さくてもよい）。パートはいくつですか。"
            ),
        ),
        kind: choice_or_typed(
            rng,
            difficulty != Difficulty::Easy,
            Form::Integer,
            answer,
            candidates,
        ),
        explanation: vec![
            Text::new(
                format!("{gib} GiB = {gib} × 1,024 = {} MiB.", grouped(object_mib)),
                format!("{gib} GiB = {gib} × 1,024 = {} MiB。", grouped(object_mib)),
            ),
            Text::new(
                format!(
                    "{} ÷ {mib} = {}{}, so {} parts{}.",
                    grouped(object_mib),
                    grouped(object_mib / mib),
                    if exact {
                        String::new()
                    } else {
                        format!(" remainder {}", object_mib % mib)
                    },
                    grouped(parts),
                    if exact {
                        ""
                    } else {
                        " (the last one holds the remainder)"
                    }
                ),
                format!(
                    "{} ÷ {mib} = {}{}、したがって {} パート{}。",
                    grouped(object_mib),
                    grouped(object_mib / mib),
                    if exact {
                        String::new()
                    } else {
                        format!(" 余り {}", object_mib % mib)
                    },
                    grouped(parts),
                    if exact {
                        ""
                    } else {
                        "（最後のパートに余りが入ります）"
                    }
                ),
            ),
            Text::new(
                "S3 allows at most 10,000 parts of 5 MiB to 5 GiB each.",
                "S3 のパートは最大 10,000 個、各 5 MiB〜5 GiB です。",
            ),
        ],
    }
}

fn dollars(micros: u128) -> f64 {
    // Even 5 PB a month costs far below 2^53 micro-dollars.
    u64::try_from(micros).map_or(0.0, |m| m as f64) / 1_000_000.0
}

/// `s3.cost`: one month of S3 Standard storage (us-east-1), tiered.
pub(super) fn cost(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let gb = u64::from(match difficulty {
        Difficulty::Easy => pick_of(rng, [10u32, 50, 100, 200, 500, 1000]),
        Difficulty::Medium => between(rng, 100, 50_000),
        // The first tier (up to 50 TB) is the price the curriculum could verify.
        Difficulty::Hard => between(rng, 10_000, 51_200),
    });
    let prices = S3_STANDARD_US_EAST_1;
    let Ok(bill) = prices.monthly_cost_gb(gb) else {
        return parts(difficulty, rng);
    };
    let answer = dollars(bill.total.micros());
    let shown = format!("{answer:.2}");
    let mut steps: Vec<Text> = bill
        .charges
        .iter()
        .map(|c| {
            let line = format!("{} GB × ${}", c.gb_text(), c.price.decimal());
            Text::new(
                format!("{line} = ${}", c.cost.decimal()),
                format!("{line} = ${}", c.cost.decimal()),
            )
        })
        .collect();
    steps.insert(
        0,
        Text::new(
            "S3 Standard in us-east-1 costs $0.023 per GB-month for the first 50 TB (51,200 GB) of the month (as of 2026-11, Amazon S3 pricing page); requests and transfer are extra.",
            "us-east-1 の S3 Standard は、月の最初の 50 TB（51,200 GB）まで 1 GB・月あたり $0.023 です（2026-11 時点、Amazon S3 料金ページ）。リクエストと転送は別料金です。",
        ),
    );
    steps.push(Text::new(
        format!("Total: ${shown}."),
        format!("合計：${shown}。"),
    ));
    Draft {
        prompt: Text::new(
            format!(
                "How much does it cost to keep {} GB in S3 Standard (us-east-1) for 1 month, storage only? (in dollars, 2 decimal places)",
                grouped(gb)
            ),
            format!(
                "S3 Standard（us-east-1）に {} GB を 1 か月保存する料金（保存料のみ）はいくらですか（ドル、小数第 2 位まで）。",
                grouped(gb)
            ),
        ),
        kind: Kind::Number {
            unit: Unit::Dollars,
            answer,
            tolerance: 0.005,
            decimals: 2,
            mistakes: Vec::new(),
        },
        explanation: steps,
    }
}
