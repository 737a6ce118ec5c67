//! M16 availability: series and parallel parts, downtime for a number of nines, and
//! availability from MTBF and MTTR.

use rand_chacha::ChaCha8Rng;

use crate::calc::availability::{Availability, Convention, Period};
use crate::quiz::draw::{below, between, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Kind, Known, Text, Unit, format_number};

fn part(percent: f64) -> Availability {
    Availability::from_fraction(percent / 100.0).unwrap_or(Availability::from_nines(2.0))
}

/// `avail.series_parallel`: two or three parts in series or in parallel.
pub(super) fn series_parallel(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let choices = [95.0, 98.0, 99.0, 99.5, 99.9, 99.95];
    let count = if difficulty == Difficulty::Hard { 3 } else { 2 };
    let same = difficulty == Difficulty::Easy;
    let first = pick_of(rng, choices);
    let percents: Vec<f64> = (0..count)
        .map(|_| if same { first } else { pick_of(rng, choices) })
        .collect();
    let parallel = below(rng, 2) == 0;
    let parts: Vec<Availability> = percents.iter().map(|&p| part(p)).collect();
    let series_value = Availability::series(parts.clone()).percent();
    let parallel_value = Availability::parallel(parts).percent();
    let (answer, wrong, mistake) = if parallel {
        (
            parallel_value,
            series_value,
            Mistake::SeriesInsteadOfParallel,
        )
    } else {
        (
            series_value,
            parallel_value,
            Mistake::ParallelInsteadOfSeries,
        )
    };
    let listed: Vec<String> = percents.iter().map(|p| format!("{p}%")).collect();
    let (how_en, how_ja) = if parallel {
        (
            "redundant: the system is up while any one of them is up",
            "冗長構成：どれかひとつが動いていればシステムは動く",
        )
    } else {
        (
            "in series: the system needs every one of them",
            "直列：すべてが動いていないとシステムは動かない",
        )
    };
    let rule = if parallel {
        Text::new(
            format!(
                "Parallel: A = 1 − ∏(1 − aᵢ) = 1 − {}.",
                percents
                    .iter()
                    .map(|p| format!("(1 − {})", format_number(p / 100.0, 4)))
                    .collect::<Vec<_>>()
                    .join(" × ")
            ),
            format!(
                "並列：A = 1 − ∏(1 − aᵢ) = 1 − {}。",
                percents
                    .iter()
                    .map(|p| format!("(1 − {})", format_number(p / 100.0, 4)))
                    .collect::<Vec<_>>()
                    .join(" × ")
            ),
        )
    } else {
        Text::new(
            format!(
                "Series: A = ∏aᵢ = {}.",
                percents
                    .iter()
                    .map(|p| format_number(p / 100.0, 4))
                    .collect::<Vec<_>>()
                    .join(" × ")
            ),
            format!(
                "直列：A = ∏aᵢ = {}。",
                percents
                    .iter()
                    .map(|p| format_number(p / 100.0, 4))
                    .collect::<Vec<_>>()
                    .join(" × ")
            ),
        )
    };
    let shown = format_number(answer, 4);
    Draft {
        prompt: Text::new(
            format!(
                "Parts with availabilities {} are {how_en}. What is the system's availability in percent? (4 decimal places; assume independent failures)",
                listed.join(", ")
            ),
            format!(
                "稼働率 {} の部品が{how_ja}構成です。システムの稼働率は何 % ですか（小数第 4 位まで。故障は独立と仮定）。",
                listed.join("、")
            ),
        ),
        kind: Kind::Number {
            unit: Unit::Percent,
            answer,
            tolerance: 0.00005,
            decimals: 4,
            mistakes: vec![Known {
                value: wrong,
                mistake,
            }],
        },
        explanation: vec![
            rule,
            Text::new(format!("A = {shown}%."), format!("A = {shown}%。")),
        ],
    }
}

/// `avail.downtime`: allowed downtime for an availability over a period.
pub(super) fn downtime(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let percent = match difficulty {
        Difficulty::Easy => pick_of(rng, [99.0, 99.5, 99.9, 99.95]),
        Difficulty::Medium => pick_of(rng, [99.5, 99.9, 99.95, 99.99]),
        Difficulty::Hard => pick_of(rng, [99.95, 99.99, 99.995, 99.999, 99.8]),
    };
    let convention = Convention::default();
    let month = below(rng, 2) == 0;
    let (period, other) = if month {
        (Period::Month, Period::Year)
    } else {
        (Period::Year, Period::Month)
    };
    let a = part(percent);
    let minutes = |p: Period| a.downtime(convention.span(p)).seconds() / 60.0;
    let answer = minutes(period);
    let period_minutes = convention.span(period).seconds() / 60.0;
    let (name_en, name_ja) = if month {
        ("30-day month", "30 日の月")
    } else {
        ("365-day year", "365 日の年")
    };
    let shown = format_number(answer, 1);
    Draft {
        prompt: Text::new(
            format!(
                "A service must be available {percent}% of the time. How many minutes of downtime does that allow in a {name_en}? (1 decimal place)"
            ),
            format!(
                "サービスの稼働率の目標が {percent}% です。{name_ja}で許される停止時間は何分ですか（小数第 1 位まで）。"
            ),
        ),
        kind: Kind::Number {
            unit: Unit::Minutes,
            answer,
            tolerance: 0.05,
            decimals: 1,
            mistakes: vec![
                Known {
                    value: minutes(other),
                    mistake: Mistake::WrongPeriod,
                },
                Known {
                    value: period_minutes - answer,
                    mistake: Mistake::UptimeForDowntime,
                },
            ],
        },
        explanation: vec![
            Text::new(
                format!(
                    "A {name_en} has {} minutes.",
                    format_number(period_minutes, 0)
                ),
                format!("{name_ja}は {} 分です。", format_number(period_minutes, 0)),
            ),
            Text::new(
                format!(
                    "Downtime = {} × (1 − {}) = {shown} min.",
                    format_number(period_minutes, 0),
                    format_number(percent / 100.0, 5)
                ),
                format!(
                    "停止時間 = {} × (1 − {}) = {shown} 分。",
                    format_number(period_minutes, 0),
                    format_number(percent / 100.0, 5)
                ),
            ),
        ],
    }
}

/// `avail.mtbf_mttr`: availability from MTBF and MTTR.
pub(super) fn mtbf_mttr(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let (mtbf, mttr) = match difficulty {
        Difficulty::Easy => (f64::from(pick_of(rng, [99u32, 199, 999, 499])), 1.0),
        Difficulty::Medium => (
            f64::from(between(rng, 100, 2000)),
            f64::from(between(rng, 1, 8)),
        ),
        Difficulty::Hard => (
            f64::from(between(rng, 200, 9000)),
            f64::from(between(rng, 1, 48)) / 2.0,
        ),
    };
    let span = |h: f64| crate::calc::availability::Span::from_hours(h);
    let answer = match (span(mtbf), span(mttr)) {
        (Ok(b), Ok(r)) => Availability::from_mtbf_mttr(b, r).map_or(0.0, |a| a.percent()),
        _ => 0.0,
    };
    let shown = format_number(answer, 3);
    let total = mtbf + mttr;
    Draft {
        prompt: Text::new(
            format!(
                "A server fails on average every {mtbf} hours (MTBF) and takes {mttr} hours to repair (MTTR). What is its availability in percent? (3 decimal places)"
            ),
            format!(
                "サーバーの平均故障間隔（MTBF）が {mtbf} 時間、平均修復時間（MTTR）が {mttr} 時間です。稼働率は何 % ですか（小数第 3 位まで）。"
            ),
        ),
        kind: Kind::Number {
            unit: Unit::Percent,
            answer,
            tolerance: 0.0005,
            decimals: 3,
            mistakes: vec![Known {
                value: mttr / total * 100.0,
                mistake: Mistake::UptimeForDowntime,
            }],
        },
        explanation: vec![
            Text::new("A = MTBF ÷ (MTBF + MTTR).", "A = MTBF ÷ (MTBF + MTTR)。"),
            Text::new(
                format!("{mtbf} ÷ ({mtbf} + {mttr}) = {mtbf} ÷ {total} = {shown}%."),
                format!("{mtbf} ÷ ({mtbf} + {mttr}) = {mtbf} ÷ {total} = {shown}%。"),
            ),
        ],
    }
}
