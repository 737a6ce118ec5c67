//! M19 IAM policy evaluation: generated identity-policy statements and a request,
//! decided by explicit deny, then explicit allow, then the default implicit deny.

use rand_chacha::ChaCha8Rng;

use crate::calc::iam::{Decision, Effect, Reason, Statement, evaluate, wildcard_match};
use crate::quiz::draw::{below, between, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Text};

const BUCKETS: [&str; 4] = ["app-data", "team-logs", "web-assets", "backups"];
const PREFIXES: [&str; 3] = ["reports", "public", "tmp"];
const ACTIONS: [&str; 5] = [
    "s3:GetObject",
    "s3:PutObject",
    "s3:DeleteObject",
    "s3:GetObjectTagging",
    "s3:PutObjectAcl",
];
const ACTION_PATTERNS: [&str; 8] = [
    "s3:Get*",
    "s3:Put*",
    "s3:Delete*",
    "s3:*",
    "s3:GetObject",
    "s3:PutObject",
    "s3:*Object",
    "*",
];

fn effect_ja(effect: Effect) -> &'static str {
    match effect {
        Effect::Allow => "許可",
        Effect::Deny => "拒否",
    }
}

/// A decision as a choice: "Deny: statement 2 denies it explicitly".
fn decision_text(d: Decision) -> Text {
    let ja = match d.reason {
        Reason::ExplicitDeny(i) => format!("ステートメント {} が明示的に拒否する", i + 1),
        Reason::ExplicitAllow(i) => format!("ステートメント {} が許可する", i + 1),
        Reason::ImplicitDeny => "一致するステートメントがないので暗黙的に拒否".to_owned(),
    };
    Text::new(
        format!("{}: {}", d.effect, d.reason),
        format!("{}：{ja}", effect_ja(d.effect)),
    )
}

fn statement(rng: &mut ChaCha8Rng, difficulty: Difficulty, bucket: &str) -> Statement {
    let effect = if below(rng, 3) == 0 {
        Effect::Deny
    } else {
        Effect::Allow
    };
    let action = match difficulty {
        Difficulty::Easy => pick_of(rng, ["s3:GetObject", "s3:PutObject", "s3:Get*", "s3:*"]),
        _ => pick_of(rng, ACTION_PATTERNS),
    };
    let other = pick_of(rng, BUCKETS);
    let prefix = pick_of(rng, PREFIXES);
    let resource = match below(rng, if difficulty == Difficulty::Easy { 2 } else { 4 }) {
        0 => format!("arn:aws:s3:::{bucket}/*"),
        1 => format!("arn:aws:s3:::{other}/*"),
        2 => format!("arn:aws:s3:::{bucket}/{prefix}/*"),
        _ => "*".to_owned(),
    };
    Statement::new(effect, &[action], &[resource.as_str()])
}

/// `iam.evaluate`: is the request allowed, and which rule decides.
pub(super) fn evaluate_request(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    match super::redraw(rng, 200, FALLBACK_SEED, |rng| attempt(difficulty, rng)) {
        Some(draft) => draft,
        // Not reached: a test checks that the fallback seed draws a question.
        None => super::monitor::alarm(difficulty, rng),
    }
}

/// A seed whose first attempt gives a question at every difficulty.
const FALLBACK_SEED: u64 = 0;

fn attempt(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Option<Draft> {
    let count = match difficulty {
        Difficulty::Easy => 2,
        Difficulty::Medium => 3,
        Difficulty::Hard => between(rng, 3, 4),
    };
    let bucket = pick_of(rng, BUCKETS);
    let statements: Vec<Statement> = (0..count)
        .map(|_| statement(rng, difficulty, bucket))
        .collect();
    let action = pick_of(rng, ACTIONS);
    let key = format!(
        "{}/{}.csv",
        pick_of(rng, PREFIXES),
        pick_of(rng, ["q1", "a", "index"])
    );
    let resource = format!("arn:aws:s3:::{bucket}/{key}");
    let decision = evaluate(&statements, action, &resource);

    // The wrong decisions that named mistakes give.
    let mut candidates: Vec<(Text, Mistake)> = Vec::new();
    if let Reason::ExplicitDeny(_) = decision.reason {
        let allows = statements
            .iter()
            .position(|s| s.effect == Effect::Allow && s.matches(action, &resource));
        if let Some(i) = allows {
            candidates.push((
                decision_text(Decision {
                    effect: Effect::Allow,
                    reason: Reason::ExplicitAllow(i),
                }),
                Mistake::AllowOverridesDeny,
            ));
        }
    }
    if decision.reason == Reason::ImplicitDeny {
        candidates.push((
            Text::new(
                "Allow: no statement denies it",
                "許可：拒否するステートメントがない",
            ),
            Mistake::NoMatchMeansAllow,
        ));
    }
    let any_resource: Vec<Statement> = statements
        .iter()
        .map(|s| Statement {
            resources: vec!["*".to_owned()],
            ..s.clone()
        })
        .collect();
    let ignoring_resource = evaluate(&any_resource, action, &resource);
    if ignoring_resource != decision {
        candidates.push((decision_text(ignoring_resource), Mistake::ResourceIgnored));
    }
    // Reading `*` in an action as a literal character instead of a wildcard.
    let literal: Vec<Statement> = statements
        .iter()
        .map(|s| Statement {
            actions: s
                .actions
                .iter()
                .map(|a| {
                    if a.contains('*') {
                        a.replace('*', "\u{2217}")
                    } else {
                        a.clone()
                    }
                })
                .collect(),
            ..s.clone()
        })
        .collect();
    let literal_decision = evaluate(&literal, action, &resource);
    if literal_decision != decision {
        candidates.push((decision_text(literal_decision), Mistake::WildcardMisread));
    }
    let right = decision_text(decision);
    let mut distinct: Vec<&str> = candidates
        .iter()
        .map(|(t, _)| t.en.as_str())
        .filter(|t| *t != right.en)
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    let wanted = if difficulty == Difficulty::Easy { 1 } else { 2 };
    if distinct.len() < wanted {
        return None;
    }

    let lines: Vec<String> = statements
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                "  {}. {} {} on {}",
                i + 1,
                s.effect,
                s.actions.join(", "),
                s.resources.join(", ")
            )
        })
        .collect();
    let listing = lines.join("\n");
    let matched: Vec<String> = statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.matches(action, &resource))
        .map(|(i, s)| format!("{} ({})", i + 1, s.effect))
        .collect();
    let matched_en = if matched.is_empty() {
        "No statement matches both the action and the resource.".to_owned()
    } else {
        format!(
            "Statements that match both the action and the resource: {}.",
            matched.join(", ")
        )
    };
    let matched_ja = if matched.is_empty() {
        "アクションとリソースの両方に一致するステートメントはありません。".to_owned()
    } else {
        format!(
            "アクションとリソースの両方に一致するステートメント：{}。",
            matched.join("、")
        )
    };
    let mut working: Vec<Text> = statements
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let said = |yes: bool| {
                if yes {
                    ("matches", "一致")
                } else {
                    ("does not match", "不一致")
                }
            };
            let (a_en, a_ja) = said(s.actions.iter().any(|p| wildcard_match(p, action)));
            let (r_en, r_ja) = said(s.resources.iter().any(|p| wildcard_match(p, &resource)));
            Text::new(
                format!(
                    "Statement {} ({}): the action {a_en}, the resource {r_en}.",
                    i + 1,
                    s.effect
                ),
                format!(
                    "ステートメント {}（{}）：アクションは{a_ja}、リソースは{r_ja}。",
                    i + 1,
                    s.effect
                ),
            )
        })
        .collect();
    let rule = Text::new(
        "An explicit Deny in a matching statement wins; otherwise a matching Allow allows; otherwise the request is denied by default.",
        "一致するステートメントの明示的な Deny が最優先です。なければ一致する Allow で許可し、どちらもなければ暗黙的に拒否されます。",
    );
    Some(Draft {
        prompt: Text::new(
            format!(
                "An IAM user's identity policies hold these statements (no conditions; * matches any characters):\n{listing}\nThe user requests {action} on {resource}. What is the result?"
            ),
            format!(
                "IAM ユーザーのアイデンティティポリシーに次のステートメントがあります（条件なし。* は任意の文字列に一致）：\n{listing}\nこのユーザーが {resource} に対して {action} をリクエストします。結果はどうなりますか。"
            ),
        ),
        kind: super::single_choice(rng, right.clone(), candidates, 3),
        explanation: {
            working.push(Text::new(matched_en, matched_ja));
            working.push(rule);
            working.push(Text::new(
                format!("So: {}.", right.en),
                format!("したがって {}。", right.ja),
            ));
            working
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_seed_draws_at_every_difficulty() {
        for difficulty in Difficulty::ALL {
            let mut rng = crate::quiz::draw::rng_for_seed(FALLBACK_SEED);
            assert!(attempt(difficulty, &mut rng).is_some(), "{difficulty}");
        }
    }
}
