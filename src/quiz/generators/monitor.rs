//! M18 monitoring: when a CloudWatch-style alarm (threshold, comparison, M out of N
//! datapoints) changes state over a series of datapoints.

use rand_chacha::ChaCha8Rng;

use crate::calc::alarm::{AlarmRule, AlarmState, Comparison};
use crate::quiz::draw::{below, between, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Text, Value};

/// One drawn alarm question before it is written out.
struct Drawn {
    comparison: Comparison,
    threshold: u32,
    m: u32,
    n: u32,
    series: Vec<f64>,
    back_to_ok: bool,
    answer: usize,
    candidates: Vec<(usize, Mistake)>,
}

/// The first datapoint (from 1) where `m` breaches in a row end.
fn first_run(rule: &AlarmRule, series: &[f64], m: u32) -> Option<usize> {
    let mut run = 0u32;
    series
        .iter()
        .position(|&v| {
            run = if rule.breaches(v) { run + 1 } else { 0 };
            run >= m
        })
        .map(|i| i + 1)
}

/// The first datapoint where `m` of the datapoints so far (at most `n`) breach,
/// judging before the window is full.
fn judged_early(rule: &AlarmRule, series: &[f64], m: u32, n: u32) -> Option<usize> {
    let n = usize::try_from(n).ok()?;
    let m = usize::try_from(m).ok()?;
    (0..series.len())
        .find(|&i| {
            let from = (i + 1).saturating_sub(n);
            series[from..=i]
                .iter()
                .filter(|&&v| rule.breaches(v))
                .count()
                >= m
        })
        .map(|i| i + 1)
}

fn draw(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Option<Drawn> {
    let (m, n) = match difficulty {
        Difficulty::Easy => pick_of(rng, [(3u32, 3u32), (2, 2)]),
        Difficulty::Medium => pick_of(rng, [(2u32, 3u32), (3, 5), (2, 4), (3, 3)]),
        Difficulty::Hard => pick_of(rng, [(2u32, 3u32), (3, 5), (2, 4), (4, 5)]),
    };
    let comparison = if difficulty == Difficulty::Easy {
        Comparison::Greater
    } else {
        pick_of(rng, Comparison::ALL)
    };
    let high = matches!(comparison, Comparison::Greater | Comparison::GreaterOrEqual);
    let threshold = if high {
        pick_of(rng, [60u32, 70, 75, 80, 90])
    } else {
        pick_of(rng, [10u32, 20, 25, 30])
    };
    let length = match difficulty {
        Difficulty::Easy => 6,
        Difficulty::Medium => between(rng, 6, 8),
        Difficulty::Hard => between(rng, 8, 10),
    };
    let series: Vec<f64> = (0..length)
        .map(|_| {
            let value = if below(rng, 5) == 0 {
                threshold
            } else if below(rng, 2) == 0 {
                threshold + between(rng, 1, 15)
            } else {
                threshold.saturating_sub(between(rng, 1, 9))
            };
            f64::from(value.min(100))
        })
        .collect();
    let rule = AlarmRule::new(comparison, f64::from(threshold), m, n).ok()?;
    let toggled = AlarmRule::new(comparison.toggle_equal(), f64::from(threshold), m, n).ok()?;
    let back_to_ok = difficulty == Difficulty::Hard && below(rng, 2) == 0;
    let alarm_at = rule.first(&series, AlarmState::Alarm)?;
    let (answer, candidates) = if back_to_ok {
        let changes = rule.transitions(&series);
        let answer = changes
            .iter()
            .find(|t| t.from == AlarmState::Alarm && t.to == AlarmState::Ok)?
            .at;
        let first_good = series
            .iter()
            .enumerate()
            .skip(alarm_at)
            .find(|(_, v)| !rule.breaches(**v))
            .map(|(i, _)| i + 1);
        let toggled_ok = toggled
            .transitions(&series)
            .iter()
            .find(|t| t.from == AlarmState::Alarm && t.to == AlarmState::Ok)
            .map(|t| t.at);
        let candidates: Vec<(usize, Mistake)> = [
            (first_good, Mistake::FirstGoodPointIsOk),
            (toggled_ok, Mistake::ThresholdEqualMisread),
        ]
        .into_iter()
        .filter_map(|(v, m)| v.map(|v| (v, m)))
        .collect();
        (answer, candidates)
    } else {
        let first_breach = series.iter().position(|&v| rule.breaches(v)).map(|i| i + 1);
        let candidates: Vec<(usize, Mistake)> = [
            (first_run(&rule, &series, m), Mistake::ConsecutiveForMOfN),
            (
                judged_early(&rule, &series, m, n),
                Mistake::JudgedBeforeWindowFull,
            ),
            (
                toggled.first(&series, AlarmState::Alarm),
                Mistake::ThresholdEqualMisread,
            ),
            (first_breach, Mistake::FirstBreachIsAlarm),
        ]
        .into_iter()
        .filter_map(|(v, m)| v.map(|v| (v, m)))
        .collect();
        (alarm_at, candidates)
    };
    let mut wrong: Vec<usize> = candidates
        .iter()
        .map(|&(v, _)| v)
        .filter(|&v| v != answer)
        .collect();
    wrong.sort_unstable();
    wrong.dedup();
    let wanted = if difficulty == Difficulty::Hard { 1 } else { 2 };
    (wrong.len() >= wanted).then_some(Drawn {
        comparison,
        threshold,
        m,
        n,
        series,
        back_to_ok,
        answer,
        candidates,
    })
}

/// A seed whose first draw gives an alarm question at every difficulty.
const FALLBACK_SEED: u64 = 152;

/// `cw.alarm`: after which datapoint an alarm goes into ALARM (or back to OK).
pub(super) fn alarm(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let drawn = super::redraw(rng, 1000, FALLBACK_SEED, |rng| draw(difficulty, rng));
    let Some(Drawn {
        comparison,
        threshold,
        m,
        n,
        series,
        back_to_ok,
        answer,
        candidates,
    }) = drawn
    else {
        // Not reached: a test checks that the fallback seed draws a question.
        return super::balance::round_robin_share(difficulty, rng);
    };
    let Ok(rule) = AlarmRule::new(comparison, f64::from(threshold), m, n) else {
        return super::balance::round_robin_share(difficulty, rng);
    };
    let period = if difficulty == Difficulty::Easy {
        5
    } else {
        pick_of(rng, [1u32, 5])
    };
    let minutes = if period == 1 { "minute" } else { "minutes" };
    let listed: Vec<String> = series.iter().map(|v| format!("{v}")).collect();
    let breaching: Vec<String> = series
        .iter()
        .enumerate()
        .filter(|(_, v)| rule.breaches(**v))
        .map(|(i, _)| format!("#{}", i + 1))
        .collect();
    let condition = format!("CPUUtilization {comparison} {threshold}");
    let (ask_en, ask_ja) = if back_to_ok {
        (
            "After which datapoint does it first go from ALARM back to OK?",
            "最初に ALARM から OK に戻るのは何番目のデータポイントの後ですか。",
        )
    } else {
        (
            "After which datapoint does it first go into ALARM?",
            "最初に ALARM になるのは何番目のデータポイントの後ですか。",
        )
    };
    let window = usize::try_from(n).unwrap_or(1);
    let states = rule.evaluate(&series);
    let mut explanation = vec![
        Text::new(
            format!(
                "A datapoint breaches when {condition}: here {} breach.",
                breaching.join(", ")
            ),
            format!(
                "{condition} を満たすデータポイントが閾値超過です。ここでは {} が該当します。",
                breaching.join("、")
            ),
        ),
        if window == 2 {
            Text::new(
                format!(
                    "After datapoint #1 the state stays INSUFFICIENT_DATA (fewer than {n} exist)."
                ),
                format!(
                    "#1 の時点ではデータポイントが {n} 個未満なので INSUFFICIENT_DATA のままです。"
                ),
            )
        } else {
            Text::new(
                format!(
                    "Datapoints #1 to #{} leave the state at INSUFFICIENT_DATA (fewer than {n} exist).",
                    window - 1
                ),
                format!(
                    "#1〜#{} の時点ではデータポイントが {n} 個未満なので INSUFFICIENT_DATA のままです。",
                    window - 1
                ),
            )
        },
    ];
    if window == 1 {
        explanation.pop();
    }
    for (i, state) in states.iter().enumerate().take(answer).skip(window - 1) {
        let seen = i + 1;
        let count = series[seen - window..seen]
            .iter()
            .filter(|&&v| rule.breaches(v))
            .count();
        explanation.push(Text::new(
            format!(
                "After #{seen}: {count} of the last {n} breach (#{} to #{seen}), so {state}.",
                seen + 1 - window
            ),
            format!(
                "#{seen} の後：直近 {n} 個（#{}〜#{seen}）のうち {count} 個が超過なので {state}。",
                seen + 1 - window
            ),
        ));
    }
    let (to_en, to_ja) = if back_to_ok {
        ("back to OK", "OK に戻る")
    } else {
        ("into ALARM", "ALARM になる")
    };
    explanation.push(Text::new(
        format!("So it first goes {to_en} after datapoint {answer}."),
        format!("したがって最初に{to_ja}のは {answer} 番目のデータポイントの後です。"),
    ));
    let candidates = candidates
        .into_iter()
        .map(|(v, m)| (Value::Integer(v as u64), m))
        .collect();
    Draft {
        prompt: Text::new(
            format!(
                "A CloudWatch alarm has a period of {period} {minutes}, the condition {condition}, and alarms when {m} out of {n} datapoints breach. Assume no datapoint is missing, the state is INSUFFICIENT_DATA until {n} datapoints exist, and after each datapoint it is ALARM if at least {m} of the last {n} breach, OK otherwise. The datapoints, in order from #1, are {}. {ask_en}",
                listed.join(", ")
            ),
            format!(
                "CloudWatch アラームの期間は {period} 分、条件は {condition}、{n} 個中 {m} 個のデータポイントが超過するとアラームになります。データポイントの欠落はなく、{n} 個そろうまでは INSUFFICIENT_DATA、その後は各データポイントの後に直近 {n} 個のうち {m} 個以上が超過なら ALARM、そうでなければ OK とします。データポイントは #1 から順に {} です。{ask_ja}",
                listed.join("、")
            ),
        ),
        kind: super::choice_or_typed(
            rng,
            difficulty == Difficulty::Hard,
            Form::Integer,
            Value::Integer(answer as u64),
            candidates,
        ),
        explanation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_seed_draws_at_every_difficulty() {
        for difficulty in Difficulty::ALL {
            let mut rng = crate::quiz::draw::rng_for_seed(FALLBACK_SEED);
            assert!(draw(difficulty, &mut rng).is_some(), "{difficulty}");
        }
    }
}
