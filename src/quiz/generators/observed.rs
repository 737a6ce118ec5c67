//! M16 measured availability: the availability, or its number of nines, of a service
//! that was down for some minutes over a stated period.

use rand_chacha::ChaCha8Rng;

use crate::calc::availability::{Availability, Convention, Period, Span};
use crate::quiz::draw::{below, between, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Kind, Known, Text, Unit, format_number};

/// The availability measured over `period` with `minutes` of downtime, by the core.
fn measured(minutes: u32, period: Period) -> Option<Availability> {
    let down = Span::from_seconds(f64::from(minutes) * 60.0).ok()?;
    Availability::from_downtime(down, Convention::default().span(period)).ok()
}

/// The minutes in a period under the default convention (365-day year, 30-day month).
fn period_minutes(period: Period) -> u32 {
    u32::try_from(Convention::default().seconds(period) / 60).unwrap_or(u32::MAX)
}

/// How many 9 digits a percentage starts with, as someone counting digits would.
fn leading_nines(percent: f64, decimals: u8) -> f64 {
    let digits = format_number(percent, decimals).replace('.', "");
    digits.chars().take_while(|&c| c == '9').count() as f64
}

/// `avail.observed`: availability (or nines) from the minutes a service was down.
pub(super) fn observed(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let year = difficulty != Difficulty::Easy && below(rng, 2) == 0;
    let (period, other) = if year {
        (Period::Year, Period::Month)
    } else {
        (Period::Month, Period::Year)
    };
    let minutes = match difficulty {
        Difficulty::Easy => pick_of(rng, [15u32, 30, 43, 45, 60, 90, 120, 216, 432]),
        Difficulty::Medium if year => between(rng, 10, 3000),
        Difficulty::Medium => between(rng, 2, 900),
        Difficulty::Hard if year => between(rng, 5, 6000),
        Difficulty::Hard => between(rng, 1, 2000),
    };
    let total = period_minutes(period);
    let (name_en, name_ja) = if year {
        ("365-day year", "365 日の年")
    } else {
        ("30-day month", "30 日の月")
    };
    let Some(a) = measured(minutes, period) else {
        return super::avail::downtime(difficulty, rng);
    };
    let share = f64::from(minutes) / f64::from(total);
    let nines = difficulty == Difficulty::Hard;
    let decimals: u8 = match difficulty {
        Difficulty::Easy => 3,
        Difficulty::Medium => 4,
        Difficulty::Hard => 2,
    };
    let tolerance = 0.5 * 10f64.powi(-i32::from(decimals));
    let answer = if nines { a.nines() } else { a.percent() };
    let percent_shown = format_number(a.percent(), 4);
    let mut candidates = Vec::new();
    let elsewhere = measured(minutes, other);
    if nines {
        candidates.push((leading_nines(a.percent(), 4), Mistake::NinesAsDigits));
        if let Some(b) = elsewhere {
            candidates.push((b.nines(), Mistake::WrongPeriod));
        }
    } else {
        candidates.push((share * 100.0, Mistake::DowntimeShareAsAvailability));
        if let Some(b) = elsewhere {
            candidates.push((b.percent(), Mistake::WrongPeriod));
        }
        let hours = f64::from(total) / 60.0;
        if f64::from(minutes) < hours {
            candidates.push((
                100.0 - f64::from(minutes) / hours * 100.0,
                Mistake::MinutesOverHours,
            ));
        }
    }
    let mistakes: Vec<Known<f64>> = candidates
        .into_iter()
        .filter(|(value, _)| value.is_finite() && (value - answer).abs() > 2.0 * tolerance)
        .map(|(value, mistake)| Known { value, mistake })
        .collect();
    let total_shown = super::grouped(u64::from(total));
    let mut explanation = vec![
        Text::new(
            format!("A {name_en} has {total_shown} minutes."),
            format!("{name_ja}は {total_shown} 分です。"),
        ),
        Text::new(
            format!("A = 1 − down ÷ period = 1 − {minutes} ÷ {total_shown} = {percent_shown}%."),
            format!("A = 1 − 停止時間 ÷ 期間 = 1 − {minutes} ÷ {total_shown} = {percent_shown}%。"),
        ),
    ];
    let shown = format_number(answer, decimals);
    let (ask_en, ask_ja) = if nines {
        explanation.push(Text::new(
            format!(
                "Nines = −log10(1 − A) = −log10({}) = {shown}.",
                format_number(share, 7)
            ),
            format!(
                "ナインの数 = −log10(1 − A) = −log10({}) = {shown}。",
                format_number(share, 7)
            ),
        ));
        (
            format!(
                "How many nines is that availability, −log10(1 − A)? ({decimals} decimal places)"
            ),
            format!(
                "その稼働率はナインいくつ分ですか（−log10(1 − A)、小数第 {decimals} 位まで）。"
            ),
        )
    } else {
        explanation.push(Text::new(
            format!("Rounded: {shown}%."),
            format!("四捨五入して {shown}%。"),
        ));
        (
            format!(
                "What was its availability over that period in percent? ({decimals} decimal places)"
            ),
            format!("その期間の稼働率は何 % ですか（小数第 {decimals} 位まで）。"),
        )
    };
    Draft {
        prompt: Text::new(
            format!(
                "Monitoring shows a service was down for {minutes} minutes in total during a {name_en}. {ask_en}"
            ),
            format!(
                "監視によると、あるサービスは{name_ja}の間に合計 {minutes} 分停止しました。{ask_ja}"
            ),
        ),
        kind: Kind::Number {
            unit: if nines { Unit::None } else { Unit::Percent },
            answer,
            tolerance,
            decimals,
            mistakes,
        },
        explanation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_leading_nines_like_a_hurried_reader() {
        assert_eq!(leading_nines(99.896, 4), 2.0);
        assert_eq!(leading_nines(99.9538, 4), 3.0);
        assert_eq!(leading_nines(98.5, 4), 1.0);
    }

    #[test]
    fn curriculum_example_45_minutes_in_a_30_day_month() {
        let a = measured(45, Period::Month).unwrap();
        assert_eq!(format_number(a.percent(), 3), "99.896");
    }
}
