//! M8 domains and DNS: levels of a name, TLD kinds, the registrable domain, name
//! rules, cache lifetimes, MX preference and the servers of a cold lookup.

use rand_chacha::ChaCha8Rng;

use super::{sentence, single_choice, so_answer};
use crate::calc::dns::{
    Cache, DomainName, NameError, Namespace, RData, Record, RecordType, Role, Step, TldKind,
    ZoneReply, levels, mx_order, resolve,
};
use crate::lang::Lang;
use crate::quiz::draw::{between, chance, pick, pick_of, shuffle};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Kind, Text};

/// Public suffixes the name generators use, by difficulty: one label at easy, then
/// two-label suffixes such as `co.jp` where levels and registrable domains part ways.
const SUFFIXES_EASY: [&str; 4] = ["com", "org", "net", "jp"];
const SUFFIXES_MORE: [&str; 8] = [
    "co.jp", "ne.jp", "or.jp", "ac.jp", "co.uk", "tokyo", "com.au", "org.uk",
];

/// Second-level names a registrant might pick (made up, so no real site is meant).
const HOLDERS: [&str; 8] = [
    "example",
    "sakura-tea",
    "hoshino",
    "midori-net",
    "kumo-cloud",
    "tsubame",
    "umi-books",
    "yama-labs",
];

/// Labels a holder adds below its domain; none equals a suffix or holder label.
const HOSTS: [&str; 8] = ["www", "mail", "shop", "api", "blog", "dev", "img", "office"];

/// A random name: `labels` labels in all, ending in a suffix fit for the difficulty.
fn random_name(rng: &mut ChaCha8Rng, difficulty: Difficulty, labels: usize) -> String {
    let suffix = if difficulty == Difficulty::Easy || chance(rng, 1, 3) {
        pick_of(rng, SUFFIXES_EASY)
    } else {
        pick_of(rng, SUFFIXES_MORE)
    };
    let mut parts: Vec<&str> = vec![suffix];
    let mut used = suffix.split('.').count();
    if used < labels {
        parts.push(pick_of(rng, HOLDERS));
        used += 1;
    }
    let mut hosts = HOSTS;
    shuffle(rng, &mut hosts);
    for host in hosts.iter().take(labels.saturating_sub(used)) {
        parts.push(host);
    }
    parts.reverse();
    parts.join(".")
}

/// `dns.levels`: which label sits at a given level.
pub(super) fn levels_of(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let count = match difficulty {
        Difficulty::Easy => 3,
        Difficulty::Medium => 4,
        Difficulty::Hard => pick_of(rng, [4usize, 5]),
    };
    let name = random_name(rng, difficulty, count);
    let Ok(split) = levels(&name) else {
        return tld_kind(difficulty, rng);
    };
    let total = split.levels.len();
    let asked = usize::try_from(between(rng, 1, u32::try_from(total).unwrap_or(1))).unwrap_or(1);
    let label_at = |level: usize| {
        split
            .levels
            .iter()
            .find(|l| l.level == level)
            .map(|l| l.label.clone())
    };
    let Some(level) = split.levels.iter().find(|l| l.level == asked) else {
        return tld_kind(difficulty, rng);
    };
    let right = level.label.clone();
    let mut candidates = Vec::new();
    // The same position counted from the left.
    if let Some(label) = label_at(total + 1 - asked) {
        candidates.push((Text::same(label), Mistake::LevelsFromLeft));
    }
    for near in [asked.saturating_sub(1), asked + 1] {
        if let Some(label) = label_at(near) {
            candidates.push((Text::same(label), Mistake::LevelOffByOne));
        }
    }
    let kind = single_choice(rng, Text::same(right.clone()), candidates, 3);
    let listing = |lang: Lang| {
        split
            .levels
            .iter()
            .map(|l| format!("{} = {}", l.ordinal(lang), l.label))
            .collect::<Vec<_>>()
    };
    let en_ord = level.ordinal(Lang::En);
    let ja_ord = level.ordinal(Lang::Ja);
    Draft {
        prompt: Text::new(
            format!("In the domain name {name}, which label is at the {en_ord}?"),
            format!("ドメイン名 {name} で、{ja_ord}のラベルはどれですか。"),
        ),
        kind,
        explanation: vec![
            Text::new(
                "Levels are counted from the right: the TLD is the 1st level, and each label to its left is one level deeper.",
                "レベルは右から数えます。TLD が第1レベルで、左へ 1 つ進むごとにレベルが 1 つ深くなります。",
            ),
            Text::new(
                format!("{name}: {}.", listing(Lang::En).join(", ")),
                format!("{name}：{}。", listing(Lang::Ja).join("、")),
            ),
            Text::new(
                format!("So the {en_ord} is {right}."),
                format!("したがって{ja_ord}は {right} です。"),
            ),
        ],
    }
}

/// The TLD kind as a choice text.
fn kind_text(kind: TldKind) -> Text {
    Text::new(kind.name(Lang::En), kind.name(Lang::Ja))
}

/// `dns.tld_kind`: generic, country-code or infrastructure TLD.
pub(super) fn tld_kind(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let tld = match difficulty {
        Difficulty::Easy => pick_of(rng, ["com", "org", "net", "info", "jp", "uk", "de", "kr"]),
        Difficulty::Medium => pick_of(
            rng,
            [
                "com", "org", "tokyo", "shop", "app", "dev", "jp", "us", "cn", "au", "ca", "fr",
            ],
        ),
        Difficulty::Hard => pick_of(
            rng,
            [
                "io", "tv", "ai", "co", "me", "xyz", "online", "museum", "arpa", "tokyo", "jp",
                "info",
            ],
        ),
    };
    let kind = TldKind::of(tld);
    let mut options = vec![TldKind::Generic, TldKind::CountryCode];
    if difficulty == Difficulty::Hard {
        options.push(TldKind::Infrastructure);
    }
    let candidates = options
        .into_iter()
        .filter(|k| *k != kind)
        .map(|k| (kind_text(k), Mistake::TldKindMixedUp))
        .collect();
    let right = kind_text(kind);
    let mut choices = single_choice(rng, right.clone(), candidates, 2);
    // Always in the same order: gTLD, ccTLD, infrastructure.
    if let Kind::SingleChoice { choices, answer } = &mut choices {
        choices.sort_by_key(|c| match c.text.en.as_str() {
            "gTLD" => 0,
            "ccTLD" => 1,
            _ => 2,
        });
        *answer = choices
            .iter()
            .position(|c| c.mistake.is_none())
            .unwrap_or(0);
    }
    let reason = match kind {
        TldKind::Infrastructure => Text::new(
            format!(
                "{tld} is the TLD kept for infrastructure, such as reverse lookups under in-addr.arpa."
            ),
            format!("{tld} は in-addr.arpa での逆引きなど、インフラのために使う TLD です。"),
        ),
        TldKind::CountryCode => Text::new(
            format!(
                "{tld} is two letters: country-code TLDs are the two-letter country codes, even when they are used like generic ones."
            ),
            format!(
                "{tld} は 2 文字です。国別コード TLD は 2 文字の国コードで、汎用的に使われていても変わりません。"
            ),
        ),
        TldKind::Generic => Text::new(
            format!("{tld} is not a two-letter country code, so it is a generic TLD."),
            format!("{tld} は 2 文字の国コードではないので、分野別の TLD です。"),
        ),
    };
    Draft {
        prompt: Text::new(
            format!("What kind of top-level domain is .{tld} (as in www.example.{tld})?"),
            format!(".{tld}（www.example.{tld} の {tld}）はどの種類のトップレベルドメインですか。"),
        ),
        kind: choices,
        explanation: vec![
            reason,
            Text::new(
                format!("So .{tld} is a {}.", right.en),
                format!("したがって .{tld} は {}です。", right.ja),
            ),
        ],
    }
}

/// `dns.registrable`: the domain a registrant buys for a given host name.
pub(super) fn registrable(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let count = match difficulty {
        Difficulty::Easy => 3,
        Difficulty::Medium => 4,
        Difficulty::Hard => pick_of(rng, [4usize, 5]),
    };
    let name = random_name(rng, difficulty, count);
    let Ok(split) = levels(&name) else {
        return tld_kind(difficulty, rng);
    };
    let (Some(suffix), Some(right)) = (
        split.public_suffix.clone(),
        split.registrable_domain.clone(),
    ) else {
        return tld_kind(difficulty, rng);
    };
    let labels: Vec<&str> = name.split('.').collect();
    let last_two = labels
        .get(labels.len().saturating_sub(2)..)
        .map(|l| l.join("."))
        .unwrap_or_default();
    let without_first = labels.get(1..).map(|l| l.join(".")).unwrap_or_default();
    let candidates = vec![
        (Text::same(suffix.clone()), Mistake::PublicSuffixRegistered),
        (Text::same(last_two), Mistake::LastTwoLabelsOnly),
        (Text::same(name.clone()), Mistake::SubdomainRegistered),
        (Text::same(without_first), Mistake::SubdomainRegistered),
    ];
    let kind = single_choice(rng, Text::same(right.clone()), candidates, 3);
    let holder = split
        .levels
        .iter()
        .find(|l| l.role == Role::Registrable)
        .map(|l| l.label.clone())
        .unwrap_or_default();
    Draft {
        prompt: Text::new(
            format!(
                "A shop wants its site at {name}. Which domain name does it register (buy) from a registrar?"
            ),
            format!(
                "あるお店が {name} でサイトを公開したいと考えています。レジストラから登録（購入）するドメイン名はどれですか。"
            ),
        ),
        kind,
        explanation: vec![
            Text::new(
                format!(
                    "The public suffix of {name} is {suffix}: names are registered directly under it, and nobody can buy the suffix itself."
                ),
                format!(
                    "{name} のパブリックサフィックスは {suffix} です。登録はその直下で行い、サフィックス自体は誰も取得できません。"
                ),
            ),
            Text::new(
                format!(
                    "One label more, {holder}, gives the registrable domain {right}; labels to its left are subdomains the holder creates itself."
                ),
                format!(
                    "ラベルを 1 つ足した {holder} までが登録可能ドメイン {right} です。それより左のラベルは、持ち主が自分で作るサブドメインです。"
                ),
            ),
        ],
    }
}

/// Letters, digits and inner hyphens, cut to `len` characters.
fn long_label(rng: &mut ChaCha8Rng, len: usize) -> String {
    let stem = pick_of(
        rng,
        ["abcdefghij", "netdojo-lab", "kumo0123456789", "tokyo-osaka"],
    );
    let mut label: String = stem.chars().cycle().take(len).collect();
    // Ends on a letter so that only the length decides.
    if label.ends_with('-') {
        label.pop();
        label.push('x');
    }
    label
}

/// The mistake of someone who calls an invalid name valid.
fn accepted(error: &NameError) -> Mistake {
    match error {
        NameError::Empty | NameError::EmptyLabel { .. } => Mistake::EmptyLabelAccepted,
        NameError::LabelTooLong { .. } => Mistake::LabelTooLongAccepted,
        NameError::NameTooLong { .. } => Mistake::NameTooLongAccepted,
        NameError::BadChar { .. } => Mistake::BadLabelCharAccepted,
        NameError::HyphenAtEdge { .. } => Mistake::HyphenAtEdgeAccepted,
    }
}

/// The rule a name breaks, in Japanese (the English is the error's own line).
fn broken_rule_ja(error: &NameError) -> String {
    match error {
        NameError::Empty => "名前が空です。".to_owned(),
        NameError::EmptyLabel { position } => {
            format!("左から {position} 番目のラベルが空です（ドットの連続か先頭のドット）。")
        }
        NameError::LabelTooLong { label, octets } => {
            format!("ラベル「{label}」は {octets} オクテットで、上限の 63 を超えています。")
        }
        NameError::NameTooLong { octets } => {
            format!("名前全体が {octets} オクテットで、上限の 255 を超えています。")
        }
        NameError::BadChar { label, found } => {
            format!(
                "ラベル「{label}」に使えない文字 '{found}' があります（英字・数字・ハイフン・アンダースコアのみ）。"
            )
        }
        NameError::HyphenAtEdge { label } => {
            format!("ラベル「{label}」がハイフンで始まるか終わっています。")
        }
    }
}

/// `dns.label_valid`: is a generated name valid?
pub(super) fn label_valid(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let base = random_name(rng, Difficulty::Medium, 3);
    let mut labels: Vec<String> = base.split('.').map(str::to_owned).collect();
    let flaws: &[u32] = match difficulty {
        Difficulty::Easy => &[0, 0, 1, 2],
        Difficulty::Medium => &[0, 0, 1, 2, 3, 4, 5],
        Difficulty::Hard => &[0, 3, 4, 5, 6, 7],
    };
    let flaw = pick(rng, flaws).copied().unwrap_or(0);
    let first = labels.first().cloned().unwrap_or_default();
    match flaw {
        // Valid: a plain name, or one with an inner hyphen.
        0 => {
            if chance(rng, 1, 2) {
                labels.insert(0, format!("{first}-{}", pick_of(rng, ["east", "2", "jp"])));
                labels.remove(1);
            }
        }
        // An empty label.
        1 => {
            let at = usize::try_from(between(rng, 1, 2)).unwrap_or(1);
            labels.insert(at, String::new());
        }
        // A character outside the rule.
        2 => {
            let bad = pick_of(rng, ['!', '@', '#', '&', '+', '=']);
            let cut = first.len() / 2;
            let (a, b) = first.split_at(cut);
            labels[0] = format!("{a}{bad}{b}");
        }
        // A hyphen at an edge.
        3 => {
            labels[0] = if chance(rng, 1, 2) {
                format!("-{first}")
            } else {
                format!("{first}-")
            };
        }
        // A label of exactly 63 (valid) or 64 (too long).
        4 | 5 => {
            let len = if flaw == 4 { 63 } else { 64 };
            labels[0] = long_label(rng, len);
        }
        // A whole name near the 255-octet limit: four long labels and a TLD.
        _ => {
            let tld = labels.last().cloned().unwrap_or_default();
            // 63+1 three times, then x+1, the TLD and the root: 192 + x + 1 + tld + 2.
            let room = 255 - 192 - 1 - tld.len() - 2;
            let fourth = if flaw == 6 { room } else { room + 1 };
            labels = vec![
                long_label(rng, 63),
                long_label(rng, 63),
                long_label(rng, 63),
                long_label(rng, fourth),
                tld,
            ];
        }
    }
    let name = labels.join(".");
    let parsed = name.parse::<DomainName>();
    let answer = parsed.is_ok();
    let long = labels.iter().any(|l| l.len() > 20);
    let lengths: Vec<String> = labels.iter().map(|l| l.len().to_string()).collect();
    let (note_en, note_ja) = if long {
        (
            format!(" (label lengths: {})", lengths.join(", ")),
            format!("（ラベルの長さ：{}）", lengths.join("、")),
        )
    } else {
        (String::new(), String::new())
    };
    let (why, mistake) = match &parsed {
        Ok(ok) => (
            Text::new(
                format!(
                    "Every label is 1 to 63 octets of letters, digits and inner hyphens, and the name takes {} of the 255 octets allowed.",
                    ok.wire_len()
                ),
                format!(
                    "どのラベルも英字・数字・途中のハイフンからなる 1〜63 オクテットで、名前全体は上限 255 オクテットのうち {} オクテットです。",
                    ok.wire_len()
                ),
            ),
            Mistake::ValidNameRejected,
        ),
        Err(error) => (
            Text::new(sentence(&error.to_string()), broken_rule_ja(error)),
            accepted(error),
        ),
    };
    Draft {
        prompt: Text::new(
            format!("True or false: \"{name}\" is a valid domain name.{note_en}"),
            format!("正誤問題：「{name}」はドメイン名として有効である。{note_ja}"),
        ),
        kind: Kind::TrueFalse {
            answer,
            mistake: Some(mistake),
        },
        explanation: vec![
            Text::new(
                "Rules (RFC 1035): each label is 1 to 63 octets; the whole name is at most 255 octets counting a length octet per label and 1 for the root; host names use letters, digits and hyphens, not at a label's edge.",
                "規則（RFC 1035）：ラベルは 1〜63 オクテット、名前全体は各ラベルの長さ 1 オクテットとルートの 1 オクテットを含めて最大 255 オクテット。ホスト名は英字・数字・ハイフンを使い、ハイフンはラベルの端に置けません。",
            ),
            why,
            so_answer(answer),
        ],
    }
}

/// Seconds since midnight as `hh:mm:ss`.
fn clock(seconds: u64) -> String {
    format!(
        "{:02}:{:02}:{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// A duration in words: `5 min`, `1 h 30 min`, `45 s` (`5 分`, `1 時間 30 分`, `45 秒`).
fn span(seconds: u64, lang: Lang) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let unit = |en: &'static str, ja: &'static str| lang.pick(en, ja);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{h} {}", unit("h", "時間")));
    }
    if m > 0 {
        parts.push(format!("{m} {}", unit("min", "分")));
    }
    if s > 0 || parts.is_empty() {
        parts.push(format!("{s} {}", unit("s", "秒")));
    }
    parts.join(" ")
}

/// `dns.ttl`: is a cached answer still valid at a later time?
pub(super) fn ttl(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let ttl: u32 = match difficulty {
        Difficulty::Easy => pick_of(rng, [60, 300, 600, 3600]),
        Difficulty::Medium => pick_of(rng, [30, 120, 300, 900, 1800, 3600]),
        Difficulty::Hard => pick_of(rng, [45, 86, 299, 1234, 3599, 7200, 14400]),
    };
    let cached_at = match difficulty {
        Difficulty::Easy => u64::from(between(rng, 6, 20) * 3600 + between(rng, 0, 11) * 300),
        _ => u64::from(between(rng, 0, 19 * 3600)),
    };
    // Never exactly at the expiry second: "at 10:05:00" reads both ways to a learner.
    let gap: u64 = match difficulty {
        Difficulty::Easy => u64::from(pick_of(rng, [ttl / 2, ttl / 3, ttl * 2, ttl + 120])),
        Difficulty::Medium => u64::from(between(rng, 1, 30)),
        Difficulty::Hard => u64::from(between(rng, 1, 5)),
    };
    let later = chance(rng, 1, 2);
    let asked_at = match difficulty {
        Difficulty::Easy => cached_at + gap.max(1),
        _ if later => cached_at + u64::from(ttl) + gap,
        _ => cached_at + u64::from(ttl).saturating_sub(gap).max(1),
    };
    let owner = "www.example.jp.";
    let mut cache = Cache::new();
    cache.insert(
        &Record::new(owner, ttl, RData::A([192, 0, 2, 80].into())),
        cached_at,
    );
    let answer = !cache.records(owner, RecordType::A, asked_at).is_empty();
    let expires = cached_at + u64::from(ttl);
    let (c, a, e) = (clock(cached_at), clock(asked_at), clock(expires));
    let (life, life_ja) = (
        span(u64::from(ttl), Lang::En),
        span(u64::from(ttl), Lang::Ja),
    );
    let verdict = if answer {
        Text::new(
            format!("{a} is before {e}, so the cached answer is still used."),
            format!("{a} は {e} より前なので、キャッシュした応答がまだ使われます。"),
        )
    } else {
        Text::new(
            format!(
                "{a} is not before {e}, so the answer has expired and the resolver must ask again."
            ),
            format!(
                "{a} は {e} より前ではないので、応答は期限切れで、リゾルバは問い合わせ直します。"
            ),
        )
    };
    Draft {
        prompt: Text::new(
            format!(
                "A resolver cached an A record at {c} with TTL {ttl}. True or false: at {a} it still answers from the cache."
            ),
            format!(
                "リゾルバが {c} に TTL {ttl} の A レコードをキャッシュしました。正誤問題：{a} にはまだキャッシュから答える。"
            ),
        ),
        kind: Kind::TrueFalse {
            answer,
            mistake: Some(Mistake::TtlMisread),
        },
        explanation: vec![
            Text::new(
                format!(
                    "TTL {ttl} means {ttl} seconds ({life}): the answer expires at {c} + {life} = {e}."
                ),
                format!(
                    "TTL {ttl} は {ttl} 秒（{life_ja}）なので、応答は {c} + {life_ja} = {e} に期限切れになります。"
                ),
            ),
            verdict,
            so_answer(answer),
        ],
    }
}

/// `dns.mx`: which host receives mail first.
pub(super) fn mx(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let domain = pick_of(
        rng,
        [
            "example.jp",
            "example.com",
            "example.co.jp",
            "sakura-tea.jp",
            "yama-labs.com",
        ],
    );
    let count = if difficulty == Difficulty::Hard { 4 } else { 3 };
    let mut preferences: Vec<u16> = match difficulty {
        Difficulty::Easy => vec![10, 20, 30],
        Difficulty::Medium => {
            let mut p: Vec<u16> = vec![5, 10, 15, 20, 25, 30, 40, 50];
            shuffle(rng, &mut p);
            p.truncate(count);
            p
        }
        Difficulty::Hard => {
            let mut p: Vec<u16> = Vec::new();
            while p.len() < count {
                let v = u16::try_from(between(rng, 0, 100)).unwrap_or(0);
                if !p.contains(&v) {
                    p.push(v);
                }
            }
            p
        }
    };
    shuffle(rng, &mut preferences);
    let mut hosts = ["mx1", "mx2", "mx3", "mail", "smtp", "relay"];
    shuffle(rng, &mut hosts);
    let owner = format!("{domain}.");
    let records: Vec<Record> = preferences
        .iter()
        .zip(hosts)
        .map(|(&preference, host)| {
            Record::new(
                &owner,
                3600,
                RData::Mx {
                    preference,
                    exchange: format!("{host}.{domain}."),
                },
            )
        })
        .collect();
    let order = mx_order(&records);
    let Some(first) = order.first() else {
        return tld_kind(difficulty, rng);
    };
    let right = first.exchange.clone();
    let candidates = order
        .iter()
        .skip(1)
        .rev()
        .map(|m| (Text::same(m.exchange.clone()), Mistake::MxHighestPreferred))
        .collect();
    let kind = single_choice(rng, Text::same(right.clone()), candidates, 3);
    let listing = records
        .iter()
        .map(|r| format!("  {r}"))
        .collect::<Vec<_>>()
        .join("\n");
    let tried: Vec<String> = order.iter().map(|m| m.to_string()).collect();
    Draft {
        prompt: Text::new(
            format!(
                "The zone of {domain} has these MX records:\n{listing}\nWhich host does a sender try first for mail to {domain}?"
            ),
            format!(
                "{domain} のゾーンに次の MX レコードがあります。\n{listing}\n{domain} 宛てのメールを送る側が最初に試すホストはどれですか。"
            ),
        ),
        kind,
        explanation: vec![
            Text::new(
                "Senders try MX hosts from the lowest preference number up; higher numbers are backups.",
                "送信側は優先度の数値が小さい MX ホストから順に試します。大きい数値は予備です。",
            ),
            Text::new(
                format!("Tried in this order: {}", tried.join(" → ")),
                format!("試す順番：{}", tried.join(" → ")),
            ),
            Text::new(
                format!(
                    "So mail goes first to {right} (preference {}).",
                    first.preference
                ),
                format!(
                    "したがって最初に {right}（優先度 {}）に送られます。",
                    first.preference
                ),
            ),
        ],
    }
}

/// A name under the built-in tree whose cold lookup asks each server once.
fn lookup_name(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> (String, RecordType) {
    match difficulty {
        Difficulty::Easy => (
            format!(
                "{}.example.com",
                pick_of(rng, ["www", "mail", "api", "ftp"])
            ),
            RecordType::A,
        ),
        Difficulty::Medium => (
            format!(
                "{}.example.co.jp",
                pick_of(rng, ["www", "mail1", "mail2", "web", "api"])
            ),
            RecordType::A,
        ),
        Difficulty::Hard => {
            let zone = pick_of(rng, ["example.com", "example.co.jp"]);
            let host = format!(
                "{}{}",
                pick_of(rng, ["host", "app", "db", "cdn"]),
                between(rng, 1, 99)
            );
            let rtype = pick_of(
                rng,
                [
                    RecordType::A,
                    RecordType::Aaaa,
                    RecordType::Mx,
                    RecordType::Txt,
                ],
            );
            (format!("{host}.{zone}"), rtype)
        }
    }
}

/// `dns.resolution_order`: the servers a cold-cache resolver asks, in order.
pub(super) fn resolution_order(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let (name, rtype) = lookup_name(difficulty, rng);
    let namespace = Namespace::builtin();
    let walk = name
        .parse::<DomainName>()
        .ok()
        .and_then(|n| resolve(&namespace, &mut Cache::new(), &n, rtype, 0).ok());
    let Some(walk) = walk else {
        return mx(difficulty, rng);
    };
    let asks: Vec<(String, &ZoneReply)> = walk
        .steps
        .iter()
        .filter_map(|s| match s {
            Step::Ask { server, reply, .. } => Some((server.name.clone(), reply)),
            _ => None,
        })
        .collect();
    let servers: Vec<String> = asks.iter().map(|(s, _)| s.clone()).collect();
    let mut items: Vec<Text> = servers.iter().cloned().map(Text::same).collect();
    shuffle(rng, &mut items);
    // A shuffle that left everything in place would give the answer away.
    if items.iter().map(|t| &t.en).eq(servers.iter()) {
        items.rotate_left(1);
    }
    let order: Vec<usize> = servers
        .iter()
        .filter_map(|s| items.iter().position(|t| &t.en == s))
        .collect();
    let mut explanation = vec![Text::new(
        "With an empty cache a full resolver starts at a root server and follows each referral down the tree.",
        "キャッシュが空のフルリゾルバはルートサーバーから始め、紹介（リファラル）をたどって木を下ります。",
    )];
    for (i, (server, reply)) in asks.iter().enumerate() {
        let n = i + 1;
        explanation.push(match reply {
            ZoneReply::Referral { cut, .. } => Text::new(
                format!("{n}. {server} refers the resolver to the servers of the zone {cut}"),
                format!("{n}. {server} がゾーン {cut} のサーバーを紹介します。"),
            ),
            ZoneReply::Answer { .. } => Text::new(
                format!("{n}. {server} is authoritative and answers."),
                format!("{n}. {server} は権威サーバーとして応答を返します。"),
            ),
            ZoneReply::NxDomain { .. } | ZoneReply::NoData { .. } => Text::new(
                format!("{n}. {server} is authoritative and says there is no such record."),
                format!("{n}. {server} は権威サーバーとして、そのレコードは無いと答えます。"),
            ),
        });
    }
    let rt = rtype.mnemonic();
    Draft {
        prompt: Text::new(
            format!(
                "A full resolver with an empty cache looks up {name} ({rt}). Put the servers it asks in order."
            ),
            format!(
                "キャッシュが空のフルリゾルバが {name}（{rt}）を調べます。問い合わせるサーバーを順に並べてください。"
            ),
        ),
        kind: Kind::Ordering { items, order },
        explanation,
    }
}

/// How many labels above a public suffix a name keeps (for tests of the lists).
#[cfg(test)]
fn below_suffix(name: &str) -> Option<usize> {
    levels(name).ok().map(|s| {
        s.levels
            .iter()
            .filter(|l| matches!(l.role, Role::Registrable | Role::Subdomain))
            .count()
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::quiz::draw::rng_for_seed;

    #[test]
    fn every_generated_name_has_a_registrable_domain() {
        for suffix in SUFFIXES_EASY.iter().chain(SUFFIXES_MORE.iter()) {
            for holder in HOLDERS {
                let name = format!("www.{holder}.{suffix}");
                assert_eq!(below_suffix(&name), Some(2), "{name}");
            }
        }
    }

    #[test]
    fn lookups_ask_each_server_once() {
        for difficulty in Difficulty::ALL {
            for seed in 0..40 {
                let draft = resolution_order(difficulty, &mut rng_for_seed(seed));
                let Kind::Ordering { items, order } = draft.kind else {
                    panic!("not an ordering");
                };
                assert!(items.len() >= 3);
                assert_ne!(order, (0..items.len()).collect::<Vec<_>>());
                let mut sorted = order.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, (0..items.len()).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn clock_and_span() {
        assert_eq!(clock(36_000), "10:00:00");
        assert_eq!(clock(36_299), "10:04:59");
        assert_eq!(span(300, Lang::En), "5 min");
        assert_eq!(span(5400, Lang::En), "1 h 30 min");
        assert_eq!(span(45, Lang::En), "45 s");
        assert_eq!(span(3599, Lang::Ja), "59 分 59 秒");
    }

    /// Seed 1 pins each question: the prompt and the answer as shown.
    #[test]
    fn seed_one_gives_these_questions() {
        let cases = [
            (
                "dns.levels",
                Difficulty::Easy,
                "In the domain name dev.hoshino.org, which label is at the 2nd level?",
                "C (hoshino)",
            ),
            (
                "dns.levels",
                Difficulty::Hard,
                "In the domain name blog.img.example.ac.jp, which label is at the 1st level?",
                "B (jp)",
            ),
            (
                "dns.tld_kind",
                Difficulty::Easy,
                "What kind of top-level domain is .org (as in www.example.org)?",
                "A (gTLD)",
            ),
            (
                "dns.tld_kind",
                Difficulty::Hard,
                "What kind of top-level domain is .xyz (as in www.example.xyz)?",
                "A (gTLD)",
            ),
            (
                "dns.registrable",
                Difficulty::Easy,
                "A shop wants its site at dev.hoshino.org. Which domain name does it register (buy) from a registrar?",
                "B (hoshino.org)",
            ),
            (
                "dns.registrable",
                Difficulty::Hard,
                "A shop wants its site at blog.img.example.ac.jp. Which domain name does it register (buy) from a registrar?",
                "B (example.ac.jp)",
            ),
            (
                "dns.label_valid",
                Difficulty::Easy,
                "True or false: \"midori-net-jp.or.jp\" is a valid domain name.",
                "true",
            ),
            (
                "dns.label_valid",
                Difficulty::Hard,
                "True or false: \"midori-net-jp.or.jp\" is a valid domain name.",
                "true",
            ),
            (
                "dns.resolution_order",
                Difficulty::Easy,
                "A full resolver with an empty cache looks up mail.example.com (A). Put the servers it asks in order.",
                "C (a.root-servers.net.) → A (a.gtld-servers.net.) → B (ns1.example.com.)",
            ),
            (
                "dns.resolution_order",
                Difficulty::Hard,
                "A full resolver with an empty cache looks up db72.example.co.jp (A). Put the servers it asks in order.",
                "B (a.root-servers.net.) → D (a.dns.jp.) → A (ns1.co.jp.) → C (ns1.example.co.jp.)",
            ),
            (
                "dns.ttl",
                Difficulty::Easy,
                "A resolver cached an A record at 08:55:00 with TTL 300. True or false: at 08:57:30 it still answers from the cache.",
                "true",
            ),
            (
                "dns.ttl",
                Difficulty::Hard,
                "A resolver cached an A record at 09:04:50 with TTL 3599. True or false: at 10:04:50 it still answers from the cache.",
                "false",
            ),
            (
                "dns.mx",
                Difficulty::Easy,
                "The zone of yama-labs.com has these MX records:\n  yama-labs.com. 3600 IN MX 10 mx2.yama-labs.com.\n  yama-labs.com. 3600 IN MX 20 mx3.yama-labs.com.\n  yama-labs.com. 3600 IN MX 30 relay.yama-labs.com.\nWhich host does a sender try first for mail to yama-labs.com?",
                "C (mx2.yama-labs.com.)",
            ),
            (
                "dns.mx",
                Difficulty::Hard,
                "The zone of yama-labs.com has these MX records:\n  yama-labs.com. 3600 IN MX 66 relay.yama-labs.com.\n  yama-labs.com. 3600 IN MX 29 mx3.yama-labs.com.\n  yama-labs.com. 3600 IN MX 90 smtp.yama-labs.com.\n  yama-labs.com. 3600 IN MX 99 mx1.yama-labs.com.\nWhich host does a sender try first for mail to yama-labs.com?",
                "D (mx3.yama-labs.com.)",
            ),
        ];
        for (id, difficulty, prompt, answer) in cases {
            let q = crate::quiz::generators::generate_seeded(id, difficulty, 1).unwrap();
            assert_eq!(q.prompt.en, prompt, "{id} {difficulty}");
            assert_eq!(q.answer_shown().en, answer, "{id} {difficulty}");
            assert_eq!(
                crate::quiz::check::check(&q, &q.answer_text()),
                Ok(crate::quiz::check::Verdict::Right)
            );
        }
    }
}
