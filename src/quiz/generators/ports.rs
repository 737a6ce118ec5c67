//! M7 ports and public addresses: port ranges, well-known services, the Linux
//! ephemeral range, and the cost of public IPv4 addresses.

use rand_chacha::ChaCha8Rng;

use super::{grouped, single_choice, so_answer};
use crate::calc::cost::{PUBLIC_IPV4_HOURLY, public_ipv4_cost};
use crate::calc::ports::{LINUX_EPHEMERAL, PortRange, services_on};
use crate::quiz::draw::{below, between, pick, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Kind, Known, Text, Unit};

fn range_label(range: PortRange) -> Text {
    Text::new(
        format!(
            "{} ({}–{})",
            range.name(),
            range.bounds().0,
            range.bounds().1
        ),
        format!(
            "{}（{}〜{}）",
            range.name_ja(),
            range.bounds().0,
            range.bounds().1
        ),
    )
}

fn draw_port(rng: &mut ChaCha8Rng, difficulty: Difficulty) -> u16 {
    let n = match difficulty {
        Difficulty::Easy => pick_of(
            rng,
            [
                22u32, 53, 80, 443, 3306, 3389, 5432, 8080, 27017, 50000, 60000,
            ],
        ),
        Difficulty::Medium => match below(rng, 3) {
            0 => between(rng, 1, 1023),
            1 => between(rng, 1024, 49151),
            _ => between(rng, 49152, 65535),
        },
        Difficulty::Hard => {
            let edge = pick_of(
                rng,
                [1023u32, 1024, 49151, 49152, 49142, 32768, 60999, 65535],
            );
            edge + between(rng, 0, 2) - 1
        }
    };
    u16::try_from(n.min(65535)).unwrap_or(80)
}

/// `port.range`: well-known, registered or dynamic.
pub(super) fn range(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let port = draw_port(rng, difficulty);
    let right = PortRange::of(port);
    let candidates = PortRange::ALL
        .into_iter()
        .filter(|r| *r != right)
        .map(|r| {
            let mistake = if r == PortRange::Dynamic && (49142..49152).contains(&port) {
                Mistake::DynamicFrom49142
            } else {
                Mistake::PortRangeEdge
            };
            (range_label(r), mistake)
        })
        .collect();
    let label = range_label(right);
    let mut kind = single_choice(rng, label.clone(), candidates, 2);
    // Always shown in ascending order, so the letters follow the numbers.
    if let Kind::SingleChoice { choices, answer } = &mut kind {
        choices.sort_by_key(|c| {
            PortRange::ALL
                .iter()
                .position(|r| range_label(*r) == c.text)
        });
        *answer = choices
            .iter()
            .position(|c| c.mistake.is_none())
            .unwrap_or(0);
    }
    Draft {
        prompt: Text::new(
            format!("Which RFC 6335 range is port {port} in?"),
            format!("ポート {port} は RFC 6335 のどの範囲ですか。"),
        ),
        kind,
        explanation: vec![
            Text::new(
                "Well-known (system) ports are 0–1023, registered (user) ports 1024–49151, dynamic ports 49152–65535.",
                "ウェルノウン（システム）ポートは 0〜1023、登録済み（ユーザー）ポートは 1024〜49151、動的ポートは 49152〜65535 です。",
            ),
            Text::new(
                format!("{port} falls in {}.", label.en),
                format!("{port} は{}に入ります。", label.ja),
            ),
        ],
    }
}

/// Services with one well-known port each, as the curriculum lists them.
const COMMON: [u16; 11] = [21, 22, 25, 53, 80, 110, 143, 443, 3306, 3389, 5432];

fn service_name(port: u16) -> &'static str {
    services_on(port).first().map_or("?", |s| s.name)
}

/// `port.service`: a service's port, or the service on a port.
pub(super) fn service(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let port = pick(rng, &COMMON).copied().unwrap_or(22);
    let name = service_name(port);
    let mut others: Vec<u16> = COMMON.iter().copied().filter(|p| *p != port).collect();
    super::super::draw::shuffle(rng, &mut others);
    let by_port = difficulty != Difficulty::Easy && below(rng, 2) == 0;
    let listing = Text::new(
        format!("{name} listens on TCP port {port} by default."),
        format!("{name} の既定のポートは TCP {port} です。"),
    );
    if by_port {
        let candidates = others
            .iter()
            .map(|p| (Text::same(service_name(*p)), Mistake::WrongServicePort))
            .collect();
        Draft {
            prompt: Text::new(
                format!("Which service uses port {port} by default?"),
                format!("ポート {port} を既定で使うサービスはどれですか。"),
            ),
            kind: single_choice(rng, Text::same(name), candidates, 3),
            explanation: vec![listing],
        }
    } else {
        let candidates = others
            .iter()
            .map(|p| (Text::same(p.to_string()), Mistake::WrongServicePort))
            .collect();
        Draft {
            prompt: Text::new(
                format!("Which port does {name} use by default?"),
                format!("{name} が既定で使うポートはどれですか。"),
            ),
            kind: single_choice(rng, Text::same(port.to_string()), candidates, 3),
            explanation: vec![listing],
        }
    }
}

/// `port.ephemeral`: is a source port inside Linux's default ephemeral range?
pub(super) fn ephemeral(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let n = match difficulty {
        Difficulty::Easy => pick_of(
            rng,
            [22u32, 443, 1024, 33000, 40000, 45123, 50000, 55555, 8080],
        ),
        Difficulty::Medium => between(rng, 20_000, 65_535),
        Difficulty::Hard => pick_of(
            rng,
            [
                32767u32, 32768, 32769, 60998, 60999, 61000, 49151, 49152, 65535, 61001, 1023, 1024,
            ],
        ),
    };
    let port = u16::try_from(n).unwrap_or(40000);
    let answer = LINUX_EPHEMERAL.contains(&port);
    let mistake = if !answer && port >= 49152 {
        Mistake::IanaIsNotLinux
    } else {
        Mistake::PortRangeEdge
    };
    let (start, end) = (LINUX_EPHEMERAL.start(), LINUX_EPHEMERAL.end());
    let verdict = if answer {
        Text::new(
            format!("{port} is inside it."),
            format!("{port} はその範囲内です。"),
        )
    } else {
        Text::new(
            format!("{port} is outside it."),
            format!("{port} はその範囲外です。"),
        )
    };
    Draft {
        prompt: Text::new(
            format!(
                "True or false: source port {port} is in the default Linux ephemeral port range."
            ),
            format!(
                "正誤問題：送信元ポート {port} は Linux の既定のエフェメラルポート範囲に入る。"
            ),
        ),
        kind: Kind::TrueFalse {
            answer,
            mistake: Some(mistake),
        },
        explanation: vec![
            Text::new(
                format!(
                    "Linux's default range (net.ipv4.ip_local_port_range) is {start}–{end}; IANA's dynamic range 49152–65535 is a different thing."
                ),
                format!(
                    "Linux の既定の範囲（net.ipv4.ip_local_port_range）は {start}〜{end} です。IANA の動的ポート 49152〜65535 とは別物です。"
                ),
            ),
            verdict,
            so_answer(answer),
        ],
    }
}

fn dollars(micros: u128) -> f64 {
    // A few addresses over a month are far below 2^53 micro-dollars: exact in an f64.
    f64::from(u32::try_from(micros).unwrap_or(u32::MAX)) / 1_000_000.0
}

/// `ipv4cost.monthly`: the charge for public IPv4 addresses.
pub(super) fn ipv4_monthly(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let (count, hours) = match difficulty {
        Difficulty::Easy => (
            u64::from(between(rng, 1, 3)),
            u64::from(pick_of(rng, [720u32, 730])),
        ),
        Difficulty::Medium => (
            u64::from(between(rng, 2, 10)),
            u64::from(pick_of(rng, [720u32, 730])),
        ),
        Difficulty::Hard => (
            u64::from(between(rng, 2, 40)),
            u64::from(between(rng, 24, 744)),
        ),
    };
    let cost = public_ipv4_cost(count, hours).map_or(0.0, |usd| dollars(usd.micros()));
    let one = public_ipv4_cost(1, hours).map_or(0.0, |usd| dollars(usd.micros()));
    let hourly = PUBLIC_IPV4_HOURLY.decimal();
    let shown = if (cost * 100.0).fract().abs() < 1e-9 {
        format!("{cost:.2}")
    } else {
        format!("{cost:.3}")
    };
    let mut mistakes = vec![Known {
        value: 0.0,
        mistake: Mistake::AttachedIpv4Free,
    }];
    if count > 1 {
        mistakes.push(Known {
            value: one,
            mistake: Mistake::ForgotCount,
        });
    }
    let things = if count == 1 {
        Text::new(
            "1 public IPv4 address stays".to_owned(),
            "パブリック IPv4 アドレス 1 個".to_owned(),
        )
    } else {
        Text::new(
            format!("{count} public IPv4 addresses stay"),
            format!("パブリック IPv4 アドレス {count} 個"),
        )
    };
    Draft {
        prompt: Text::new(
            format!(
                "{} attached to running instances for {hours} hours. At ${hourly} per address per hour (as of 2026-11, Amazon VPC pricing), what is the charge in dollars?",
                things.en
            ),
            format!(
                "{}を稼働中のインスタンスに {hours} 時間付けています。アドレスごと・時間あたり ${hourly}（2026-11 時点、Amazon VPC の料金ページ）のとき、料金は何ドルですか。",
                things.ja
            ),
        ),
        kind: Kind::Number {
            unit: Unit::Dollars,
            answer: cost,
            tolerance: 0.005,
            // Half cents show as such: $53.595, which $53.59 and $53.60 both round.
            decimals: if (cost * 100.0).fract().abs() < 1e-9 {
                2
            } else {
                3
            },
            mistakes,
        },
        explanation: vec![
            Text::new(
                "Since 1 February 2024 every public IPv4 address is charged, in use or idle.",
                "2024 年 2 月 1 日から、使用中か未使用かにかかわらず、すべてのパブリック IPv4 アドレスが課金されます。",
            ),
            Text::new(
                format!(
                    "{count} × {hours} h × ${hourly} = ${} ({} address-hours).",
                    shown,
                    grouped(count * hours)
                ),
                format!(
                    "{count} × {hours} 時間 × ${hourly} = ${}（{} アドレス時間）。",
                    shown,
                    grouped(count * hours)
                ),
            ),
        ],
    }
}
