//! M5 EC2 billing: the charge for one run under per-second billing with the
//! 60-second minimum.

use rand_chacha::ChaCha8Rng;

use crate::calc::billing::{MINIMUM_SECONDS, billed_seconds, per_hour_cost, per_second_cost};
use crate::calc::money::Usd;
use crate::quiz::draw::{below, between, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Kind, Known, Text, Unit, format_number};

/// Hourly prices in millionths of a dollar; each is a multiple of 3,600 so one second
/// costs a whole number of millionths and every answer is exact.
const RATES: [u32; 10] = [
    10_800, 21_600, 43_200, 86_400, 100_800, 172_800, 201_600, 345_600, 403_200, 691_200,
];

fn dollars(usd: Usd) -> f64 {
    usd.micros() as f64 / 1_000_000.0
}

/// The fewest decimals (2 to 6) that show an amount exactly.
fn decimals_for(usd: Usd) -> u8 {
    let mut decimals = 2u8;
    let mut unit: u128 = 10_000;
    while decimals < 6 && usd.micros() % unit != 0 {
        decimals += 1;
        unit /= 10;
    }
    decimals
}

/// A run length as `1 h 23 min 17 s`, leaving out leading zero parts.
fn duration(seconds: u64) -> (String, String) {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut en = Vec::new();
    let mut ja = Vec::new();
    if h > 0 {
        en.push(format!("{h} h"));
        ja.push(format!("{h} 時間"));
    }
    if h > 0 || m > 0 {
        en.push(format!("{m} min"));
        ja.push(format!("{m} 分"));
    }
    en.push(format!("{s} s"));
    ja.push(format!("{s} 秒"));
    (en.join(" "), ja.join(" "))
}

/// `ec2.billing`: the charge for an instance that ran some seconds at an hourly price.
pub(super) fn billing(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let (rate, seconds) = match difficulty {
        Difficulty::Easy => (
            pick_of(rng, [360_000u32, 720_000, 1_440_000, 3_600_000]),
            u64::from(pick_of(rng, [20u32, 30, 45, 50, 90, 120, 600, 1800])),
        ),
        Difficulty::Medium => (
            pick_of(rng, RATES),
            if below(rng, 3) == 0 {
                u64::from(between(rng, 5, 59))
            } else {
                u64::from(between(rng, 61, 7200))
            },
        ),
        Difficulty::Hard => (
            pick_of(rng, RATES),
            if below(rng, 4) == 0 {
                u64::from(between(rng, 1, 59))
            } else {
                u64::from(between(rng, 3601, 5 * 3600))
            },
        ),
    };
    let hourly = Usd::from_micros(u128::from(rate));
    let Ok(cost) = per_second_cost(hourly, seconds) else {
        return super::iam::evaluate_request(difficulty, rng);
    };
    let billed = billed_seconds(seconds);
    let decimals = decimals_for(cost);
    let answer = dollars(cost);
    let tolerance = 0.5 * 10f64.powi(-i32::from(decimals));
    let per_second = Usd::from_micros(u128::from(rate) / 3600);
    let mut candidates = vec![];
    if seconds < MINIMUM_SECONDS {
        candidates.push((
            dollars(per_second) * seconds as f64,
            Mistake::NoMinimumCharge,
        ));
    }
    if let Ok(hours) = per_hour_cost(hourly, seconds) {
        candidates.push((dollars(hours), Mistake::BilledPerStartedHour));
    }
    candidates.push((
        dollars(hourly) * billed as f64 / 60.0,
        Mistake::HourlyRateAsPerMinute,
    ));
    let mistakes: Vec<Known<f64>> = candidates
        .into_iter()
        .filter(|(v, _)| (v - answer).abs() > 2.0 * tolerance)
        .map(|(value, mistake)| Known { value, mistake })
        .collect();
    let price = hourly.decimal();
    let (ran_en, ran_ja) = if difficulty == Difficulty::Hard {
        duration(seconds)
    } else {
        (format!("{seconds} seconds"), format!("{seconds} 秒"))
    };
    let (rule_en, rule_ja) = if difficulty == Difficulty::Easy {
        (
            "billed per second with a 60-second minimum",
            "最低 60 秒の秒単位課金",
        )
    } else {
        (
            "billed per second, as most Linux instances are",
            "多くの Linux インスタンスと同じ秒単位課金",
        )
    };
    let shown = format_number(answer, decimals);
    let per_second_shown = per_second.decimal();
    let mut explanation = Vec::new();
    if difficulty == Difficulty::Hard && seconds >= 60 {
        explanation.push(Text::new(
            format!("{ran_en} = {seconds} seconds."),
            format!("{ran_ja} = {seconds} 秒。"),
        ));
    }
    explanation.push(if seconds < MINIMUM_SECONDS {
        Text::new(
            format!("Per-second billing charges at least 60 seconds, so {seconds} seconds are billed as {billed}."),
            format!("秒単位課金は最低 60 秒分かかるので、{seconds} 秒は {billed} 秒として課金されます。"),
        )
    } else {
        Text::new(
            format!("The run is over the 60-second minimum, so all {billed} seconds are billed as they are."),
            format!("60 秒の最低課金を超えているので、{billed} 秒がそのまま課金されます。"),
        )
    });
    explanation.push(Text::new(
        format!("One second costs ${price} ÷ 3600 = ${per_second_shown}."),
        format!("1 秒あたり ${price} ÷ 3600 = ${per_second_shown}。"),
    ));
    explanation.push(Text::new(
        format!("{billed} × ${per_second_shown} = ${shown}."),
        format!("{billed} × ${per_second_shown} = ${shown}。"),
    ));
    Draft {
        prompt: Text::new(
            format!(
                "An on-demand EC2 instance {rule_en}, at ${price} per hour, ran for {ran_en} and was then terminated. What is the instance charge in dollars?"
            ),
            format!(
                "オンデマンドの EC2 インスタンス（{rule_ja}、時間単価 ${price}）が {ran_ja} 動いた後に終了しました。インスタンスの料金は何ドルですか。"
            ),
        ),
        kind: Kind::Number {
            unit: Unit::Dollars,
            answer,
            tolerance,
            decimals,
            mistakes,
        },
        explanation,
    }
}
