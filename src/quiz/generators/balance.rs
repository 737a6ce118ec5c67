//! M17 load balancing: requests per target under round robin when health checks take
//! unhealthy targets out of the rotation.

use rand_chacha::ChaCha8Rng;

use crate::calc::balance::round_robin;
use crate::quiz::draw::{below, between};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Text, Value};

/// One drawn scenario: requests, health of each target, the target asked about.
struct Scenario {
    requests: u64,
    healthy: Vec<bool>,
    asked: usize,
    counts: Vec<u64>,
    candidates: Vec<(u64, Mistake)>,
}

/// A seed whose first draw gives a scenario at every difficulty.
const FALLBACK_SEED: u64 = 0;

fn draw(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Option<Scenario> {
    let (targets, down, requests) = match difficulty {
        Difficulty::Easy => (between(rng, 3, 4), 1, between(rng, 6, 30)),
        Difficulty::Medium => (between(rng, 3, 6), 1, between(rng, 20, 1000)),
        Difficulty::Hard => (between(rng, 4, 8), 2, between(rng, 100, 10_000)),
    };
    let targets = usize::try_from(targets).ok()?;
    let mut healthy = vec![true; targets];
    let mut marked = 0;
    while marked < down {
        let i = usize::try_from(below(rng, u32::try_from(targets).ok()?)).ok()?;
        if healthy[i] {
            healthy[i] = false;
            marked += 1;
        }
    }
    let up: Vec<usize> = (0..targets).filter(|&i| healthy[i]).collect();
    let asked = *up.get(usize::try_from(below(rng, u32::try_from(up.len()).ok()?)).ok()?)?;
    let requests = u64::from(requests);
    let counts = round_robin(requests, &healthy).ok()?;
    let ignoring_health = round_robin(requests, &vec![true; targets]).ok()?;
    let in_rotation = up.len() as u64;
    let each = requests / in_rotation;
    let answer = counts[asked];
    let misplaced = if answer == each { each + 1 } else { each };
    let mut candidates = vec![(ignoring_health[asked], Mistake::UnhealthyStillServed)];
    if requests % in_rotation != 0 {
        candidates.push((misplaced, Mistake::RemainderMisplaced));
    }
    let mut wrong: Vec<u64> = candidates
        .iter()
        .map(|&(v, _)| v)
        .filter(|&v| v != answer)
        .collect();
    wrong.sort_unstable();
    wrong.dedup();
    (wrong.len() >= 2).then_some(Scenario {
        requests,
        healthy,
        asked,
        counts,
        candidates,
    })
}

fn name(i: usize) -> String {
    format!("T{}", i + 1)
}

/// `lb.round_robin`: how many requests one healthy target gets.
pub(super) fn round_robin_share(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let scenario = super::redraw(rng, 64, FALLBACK_SEED, |rng| draw(difficulty, rng));
    let Some(Scenario {
        requests,
        healthy,
        asked,
        counts,
        candidates,
    }) = scenario
    else {
        // Not reached: a test checks that the fallback seed draws a scenario.
        return super::zones::multi_az(difficulty, rng);
    };
    let names: Vec<String> = (0..healthy.len()).map(name).collect();
    let down: Vec<String> = (0..healthy.len())
        .filter(|&i| !healthy[i])
        .map(name)
        .collect();
    let up: Vec<String> = (0..healthy.len())
        .filter(|&i| healthy[i])
        .map(name)
        .collect();
    let in_rotation = up.len() as u64;
    let each = requests / in_rotation;
    let extra = requests % in_rotation;
    let target = name(asked);
    let answer = counts[asked];
    let (down_en, down_ja) = if down.len() == 1 {
        (format!("{} has", down.join("")), down.join(""))
    } else {
        (format!("{} have", down.join(" and ")), down.join(" と "))
    };
    let extra_step = if extra == 0 {
        Text::new(
            format!(
                "{requests} divides evenly, so every healthy target gets {each}: {target} gets {answer}."
            ),
            format!(
                "{requests} は割り切れるので、正常なターゲットはどれも {each} 件、{target} は {answer} 件です。"
            ),
        )
    } else {
        let lucky: Vec<String> = up
            .iter()
            .take(usize::try_from(extra).unwrap_or(0))
            .cloned()
            .collect();
        Text::new(
            format!(
                "The {extra} left-over request(s) go one each to the first healthy targets of the rotation ({}), so {target} gets {answer}.",
                lucky.join(", ")
            ),
            format!(
                "余りの {extra} 件はローテーションの先頭から正常なターゲットに 1 件ずつ（{}）渡るので、{target} は {answer} 件です。",
                lucky.join("、")
            ),
        )
    };
    let candidates = candidates
        .into_iter()
        .map(|(v, m)| (Value::Integer(v), m))
        .collect();
    Draft {
        prompt: Text::new(
            format!(
                "A load balancer sends {requests} requests round robin to the targets {} in that order, starting with the first healthy one. Health checks show {down_en} failed. How many requests does {target} get?",
                names.join(", ")
            ),
            format!(
                "ロードバランサーが {requests} 件のリクエストをターゲット {} にこの順でラウンドロビン方式で送ります（最初の正常なターゲットから開始）。ヘルスチェックで {down_ja} が異常と判定されています。{target} は何件受け取りますか。",
                names.join("、")
            ),
        ),
        kind: super::choice_or_typed(
            rng,
            difficulty == Difficulty::Hard,
            Form::Integer,
            Value::Integer(answer),
            candidates,
        ),
        explanation: vec![
            Text::new(
                format!(
                    "Health checks take {} out of the rotation, so {in_rotation} targets share the requests: {}.",
                    down.join(" and "),
                    up.join(", ")
                ),
                format!(
                    "ヘルスチェックにより {} はローテーションから外れ、{in_rotation} 台（{}）でリクエストを分け合います。",
                    down.join(" と "),
                    up.join("、")
                ),
            ),
            Text::new(
                format!("{requests} ÷ {in_rotation} = {each} each, remainder {extra}."),
                format!("{requests} ÷ {in_rotation} = 各 {each} 件、余り {extra} 件。"),
            ),
            extra_step,
        ],
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
