//! M15 CloudFront and CDNs: which names a certificate covers, and cache hit counts.

use rand_chacha::ChaCha8Rng;

use super::{choice_or_typed, grouped, so_answer};
use crate::calc::cdn::CacheStats;
use crate::calc::certmatch::{HostName, San, Verdict, certificate_covers};
use crate::quiz::draw::{below, between, chance, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Kind, Text, Unit, Value};

const DOMAINS: [&str; 4] = [
    "example.jp",
    "example.tokyo",
    "example.com",
    "example.co.jp",
];
const LABELS: [&str; 6] = ["static", "www", "img", "api", "cdn", "media"];

/// The mistake behind the wrong answer to "does this certificate cover the name?".
fn cert_mistake(verdicts: &[Verdict], covered: bool) -> Mistake {
    if covered {
        return if verdicts.iter().any(|v| matches!(v, Verdict::Exact)) {
            Mistake::CertExactNameMissed
        } else {
            Mistake::CertWildcardOneLabel
        };
    }
    if verdicts.iter().any(|v| matches!(v, Verdict::Apex)) {
        Mistake::CertWildcardCoversApex
    } else if verdicts
        .iter()
        .any(|v| matches!(v, Verdict::TooManyLabels { .. }))
    {
        Mistake::CertWildcardTwoLevels
    } else {
        Mistake::CertNotUnderDomain
    }
}

/// `cert.covers`: does a certificate's list of names cover a host name?
pub(super) fn cert_covers(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let domain = pick_of(rng, DOMAINS);
    let label = pick_of(rng, LABELS);
    let with_apex = match difficulty {
        Difficulty::Easy => chance(rng, 1, 2),
        _ => chance(rng, 1, 3),
    };
    let mut sans = vec![format!("*.{domain}")];
    if with_apex {
        sans.push(domain.to_owned());
    }
    if difficulty == Difficulty::Hard && chance(rng, 1, 2) {
        sans.push(format!("www.{}", pick_of(rng, DOMAINS)));
    }
    let host = match (difficulty, below(rng, 4)) {
        (_, 0) => format!("{label}.{domain}"),
        (_, 1) => domain.to_owned(),
        (Difficulty::Easy, _) => format!("{label}.{domain}"),
        (_, 2) => format!(
            "{}.{label}.{domain}",
            pick_of(rng, ["a", "dev", "eu", "v2"])
        ),
        (Difficulty::Medium, _) => format!("{}.{domain}", label.to_uppercase()),
        _ => match below(rng, 4) {
            0 => format!("{label}.{domain}.example.net"),
            1 => format!("{label}.{domain}."),
            2 => format!("{label}-{domain}"),
            _ => format!("{label}.a.{domain}"),
        },
    };
    let parsed: Vec<San> = sans.iter().filter_map(|s| s.parse().ok()).collect();
    let Ok(name) = host.parse::<HostName>() else {
        return hit_ratio(difficulty, rng);
    };
    let coverage = certificate_covers(&parsed, &name);
    let covered = coverage.covered();
    let verdicts: Vec<Verdict> = coverage.checks.iter().map(|c| c.verdict.clone()).collect();
    let mistake = cert_mistake(&verdicts, covered);
    let list = sans.join(", ");
    let mut explanation = vec![Text::new(
        "A name is covered when one of the certificate's names matches it: an exact name matches itself (case and a trailing dot do not matter), and *.domain stands for exactly one label before domain, never for the domain itself.",
        "証明書のどれか 1 つの名前に一致すれば、その名前は対象です。ふつうの名前はそれ自身に一致し（大文字小文字と末尾のドットは区別しません）、*.ドメイン はドメインの前のちょうど 1 つのラベルを表し、ドメインそのものには一致しません。",
    )];
    for check in &coverage.checks {
        let ja = match &check.verdict {
            Verdict::Exact => "一致：同じ名前です".to_owned(),
            Verdict::OneLabel { label } => format!("一致：* は 1 つのラベル {label} を表します"),
            Verdict::Apex => format!(
                "不一致：{host} は {} の頂点（apex）で、* は必ず 1 つのラベルを表します",
                check.san
            ),
            Verdict::TooManyLabels { labels, count } => format!(
                "不一致：{} が表すのは 1 ラベルだけですが、{host} には {count} 個（{labels}）あります",
                check.san
            ),
            Verdict::NotUnder | Verdict::Different => {
                format!("不一致：{host} は {} に当てはまりません", check.san)
            }
        };
        explanation.push(Text::new(
            format!("{}: {check}.", check.san),
            format!("{}：{ja}。", check.san),
        ));
    }
    explanation.push(so_answer(covered));
    Draft {
        prompt: Text::new(
            format!("True or false: a certificate with the names {list} covers the host {host}"),
            format!("正しいか：名前 {list} を持つ証明書は、ホスト {host} に使える。"),
        ),
        kind: Kind::TrueFalse {
            answer: covered,
            mistake: Some(mistake),
        },
        explanation,
    }
}

/// `cdn.hit_ratio`: origin fetches from requests and hits, or the hit ratio.
pub(super) fn hit_ratio(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let requests = u64::from(match difficulty {
        Difficulty::Easy => pick_of(rng, [100u32, 200, 1000, 10_000]),
        Difficulty::Medium => between(rng, 2, 99) * 100,
        Difficulty::Hard => between(rng, 1000, 2_000_000),
    });
    let hit_percent = u64::from(match difficulty {
        Difficulty::Easy => pick_of(rng, [50u32, 80, 90, 95]),
        _ => between(rng, 51, 99),
    });
    let hits = match difficulty {
        Difficulty::Hard => requests * hit_percent / 100 + u64::from(below(rng, 7)),
        _ => requests * hit_percent / 100,
    }
    .min(requests);
    let Ok(stats) = CacheStats::new(requests, hits) else {
        return cert_covers(difficulty, rng);
    };
    let misses = stats.origin_fetches();
    let prompt_counts = (grouped(requests), grouped(hits));
    if chance(rng, 1, 2) {
        return Draft {
            prompt: Text::new(
                format!(
                    "An edge received {} requests and {} of them were cache hits. How many requests went to the origin?",
                    prompt_counts.0, prompt_counts.1
                ),
                format!(
                    "エッジに {} 件のリクエストが届き、そのうち {} 件がキャッシュヒットでした。オリジンへ行ったリクエストは何件ですか。",
                    prompt_counts.0, prompt_counts.1
                ),
            ),
            kind: choice_or_typed(
                rng,
                difficulty != Difficulty::Easy,
                Form::Integer,
                Value::Integer(misses),
                vec![
                    (Value::Integer(hits), Mistake::CdnHitsForMisses),
                    (Value::Integer(requests), Mistake::CdnEveryRequestToOrigin),
                ],
            ),
            explanation: vec![
                Text::new(
                    "A hit is answered from the edge's cache; only a miss is fetched from the origin.",
                    "ヒットはエッジのキャッシュから返されます。オリジンから取ってくるのはミスだけです。",
                ),
                Text::new(
                    format!(
                        "Misses = {} − {} = {}.",
                        prompt_counts.0,
                        prompt_counts.1,
                        grouped(misses)
                    ),
                    format!(
                        "ミス = {} − {} = {}。",
                        prompt_counts.0,
                        prompt_counts.1,
                        grouped(misses)
                    ),
                ),
            ],
        };
    }
    let ratio = stats.hit_ratio();
    let answer = ratio.numerator() as f64 / ratio.denominator() as f64 * 100.0;
    let miss_percent = 100.0 - answer;
    let shown = format!("{answer:.1}");
    Draft {
        prompt: Text::new(
            format!(
                "An edge received {} requests and fetched {} of them from the origin. What is its cache hit ratio? (percent, 1 decimal place)",
                prompt_counts.0,
                grouped(misses)
            ),
            format!(
                "エッジに {} 件のリクエストが届き、そのうち {} 件をオリジンから取ってきました。キャッシュヒット率は何 % ですか（小数第 1 位まで）。",
                prompt_counts.0,
                grouped(misses)
            ),
        ),
        kind: Kind::Number {
            unit: Unit::Percent,
            answer,
            tolerance: 0.05,
            decimals: 1,
            mistakes: vec![crate::quiz::model::Known {
                value: miss_percent,
                mistake: Mistake::CdnRatioInverted,
            }],
        },
        explanation: vec![
            Text::new(
                format!(
                    "Hits = requests − origin fetches = {} − {} = {}.",
                    prompt_counts.0,
                    grouped(misses),
                    prompt_counts.1
                ),
                format!(
                    "ヒット = リクエスト − オリジンへの取得 = {} − {} = {}。",
                    prompt_counts.0,
                    grouped(misses),
                    prompt_counts.1
                ),
            ),
            Text::new(
                format!(
                    "Hit ratio = {} ÷ {} = {shown}%.",
                    prompt_counts.1, prompt_counts.0
                ),
                format!(
                    "ヒット率 = {} ÷ {} = {shown}%。",
                    prompt_counts.1, prompt_counts.0
                ),
            ),
        ],
    }
}
