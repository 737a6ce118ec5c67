//! M2 IPv4 addressing: binary and integer views, validity, counting, classifying.

use std::net::Ipv4Addr;

use rand_chacha::ChaCha8Rng;

use super::subnet::{draw_address, v4};
use super::{choice_or_typed, grouped, single_choice, so_answer, value_choice};
use crate::calc::classify::{Classification, classify_addr};
use crate::calc::parse::parse_addr;
use crate::quiz::draw::{below, between, chance, pick, pick_of, word};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Kind, Text, Value};

fn octet_bits(octets: [u8; 4]) -> String {
    let [a, b, c, d] = octets;
    format!("{a:08b}.{b:08b}.{c:08b}.{d:08b}")
}

fn reverse_octet_bits(n: u32) -> u32 {
    u32::from_be_bytes(n.to_be_bytes().map(u8::reverse_bits))
}

/// The places of an octet's one-bits, as `128 + 32 + 4`.
fn places(octet: u8) -> String {
    let parts: Vec<String> = (0..8)
        .rev()
        .filter(|bit| octet & (1 << bit) != 0)
        .map(|bit| (1u32 << bit).to_string())
        .collect();
    if parts.is_empty() {
        "0".to_owned()
    } else {
        parts.join(" + ")
    }
}

/// `ipv4.to_binary`: an octet or an address to binary, or binary to an address.
pub(super) fn to_binary(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    match difficulty {
        Difficulty::Easy => {
            let n = between(rng, 1, 254);
            let octet = u8::try_from(n).unwrap_or(1);
            let answer = Value::Bits {
                value: n,
                octets: 1,
            };
            let flip = |bit: u32| Value::Bits {
                value: n ^ (1 << bit),
                octets: 1,
            };
            let first = below(rng, 8);
            let second = (first + 1 + below(rng, 7)) % 8;
            let candidates = vec![
                (
                    Value::Bits {
                        value: u32::from(octet.reverse_bits()),
                        octets: 1,
                    },
                    Mistake::BitsReversed,
                ),
                (flip(first), Mistake::WrongPlaceValue),
                (flip(second), Mistake::WrongPlaceValue),
                (
                    flip((second + 1 + below(rng, 6)) % 8),
                    Mistake::WrongPlaceValue,
                ),
            ];
            Draft {
                prompt: Text::new(
                    format!("Write the octet {n} as 8 binary digits."),
                    format!("オクテット {n} を 8 桁の2進数で書いてください。"),
                ),
                kind: value_choice(rng, answer, candidates),
                explanation: vec![
                    Text::new(
                        "From the left the bits are worth 128, 64, 32, 16, 8, 4, 2 and 1.",
                        "ビットの重みは左から 128, 64, 32, 16, 8, 4, 2, 1 です。",
                    ),
                    Text::new(
                        format!("{n} = {}, so the bits are {answer}.", places(octet)),
                        format!("{n} = {} なので、ビットは {answer}。", places(octet)),
                    ),
                ],
            }
        }
        Difficulty::Medium => {
            let addr = draw_address(rng, difficulty);
            let answer = Value::Bits {
                value: addr,
                octets: 4,
            };
            let candidates = vec![(
                Value::Bits {
                    value: reverse_octet_bits(addr),
                    octets: 4,
                },
                Mistake::BitsReversed,
            )];
            let [a, b, c, d] = addr.to_be_bytes();
            Draft {
                prompt: Text::new(
                    format!(
                        "Write {} in binary: 4 groups of 8 bits separated by dots.",
                        v4(addr)
                    ),
                    format!(
                        "{} を2進数で書いてください（8 ビットずつ 4 つ、ドット区切り）。",
                        v4(addr)
                    ),
                ),
                kind: super::free_text(Form::Binary { octets: 4 }, answer, candidates),
                explanation: vec![
                    Text::new(
                        "Convert each octet on its own, keeping all 8 digits (leading zeros too).",
                        "オクテットごとに変換し、先頭の 0 も含めて 8 桁で書きます。",
                    ),
                    Text::new(
                        format!(
                            "{a} = {}; {b} = {}; {c} = {}; {d} = {}.",
                            places(a),
                            places(b),
                            places(c),
                            places(d)
                        ),
                        format!(
                            "{a} = {}、{b} = {}、{c} = {}、{d} = {}。",
                            places(a),
                            places(b),
                            places(c),
                            places(d)
                        ),
                    ),
                    Text::new(
                        format!("Together: {answer}."),
                        format!("まとめると {answer}。"),
                    ),
                ],
            }
        }
        Difficulty::Hard => {
            let addr = draw_address(rng, difficulty);
            let octets = addr.to_be_bytes();
            let answer = Value::Addr(v4(addr));
            let candidates = vec![(
                Value::Addr(v4(reverse_octet_bits(addr))),
                Mistake::BitsReversed,
            )];
            let [a, b, c, d] = octets;
            Draft {
                prompt: Text::new(
                    format!("Write {} in dotted decimal.", octet_bits(octets)),
                    format!("{} を10進ドット表記で書いてください。", octet_bits(octets)),
                ),
                kind: super::free_text(Form::Address, answer, candidates),
                explanation: vec![
                    Text::new(
                        "Each group of 8 bits is one octet; add the places (128, 64, ... 1) that hold a 1.",
                        "8 ビットごとに 1 オクテットです。1 が立っている位の重み（128, 64, … 1）を足します。",
                    ),
                    Text::new(
                        format!(
                            "{}; {}; {}; {}.",
                            places(a),
                            places(b),
                            places(c),
                            places(d)
                        ),
                        format!(
                            "{}、{}、{}、{}。",
                            places(a),
                            places(b),
                            places(c),
                            places(d)
                        ),
                    ),
                    Text::new(
                        format!("The address is {answer}."),
                        format!("アドレスは {answer}。"),
                    ),
                ],
            }
        }
    }
}

/// `ipv4.to_integer`: an address as a 32-bit integer, or back.
pub(super) fn to_integer(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let addr = draw_address(rng, difficulty);
    let [a, b, c, d] = addr.to_be_bytes();
    let value = u64::from(addr);
    let reversed = u32::from_le_bytes(addr.to_be_bytes());
    let base255 = u64::from(a) * 255 * 255 * 255
        + u64::from(b) * 255 * 255
        + u64::from(c) * 255
        + u64::from(d);
    let sum_step = Text::new(
        format!(
            "{a} × 16,777,216 + {b} × 65,536 + {c} × 256 + {d} = {}.",
            grouped(value)
        ),
        format!(
            "{a} × 16,777,216 + {b} × 65,536 + {c} × 256 + {d} = {}。",
            grouped(value)
        ),
    );
    let places_step = Text::new(
        "The octets are base-256 digits: the first is worth 256³ = 16,777,216, then 256² = 65,536, 256 and 1.",
        "オクテットは256進数の各桁です。最初が 256³ = 16,777,216、次が 256² = 65,536、256、1 の重みです。",
    );
    if difficulty == Difficulty::Hard {
        let answer = Value::Addr(v4(addr));
        return Draft {
            prompt: Text::new(
                format!(
                    "Write the 32-bit integer {} as a dotted decimal IPv4 address.",
                    value
                ),
                format!(
                    "32 ビット整数 {} を10進ドット表記の IPv4 アドレスで書いてください。",
                    value
                ),
            ),
            kind: super::free_text(
                Form::Address,
                answer,
                vec![(Value::Addr(v4(reversed)), Mistake::OctetsReversed)],
            ),
            explanation: vec![
                places_step,
                Text::new(
                    format!(
                        "{value} ÷ 16,777,216 = {a} remainder {}; ÷ 65,536 = {b} remainder {}; ÷ 256 = {c} remainder {d}.",
                        value % 16_777_216,
                        value % 65_536
                    ),
                    format!(
                        "{value} ÷ 16,777,216 = {a} 余り {}、÷ 65,536 = {b} 余り {}、÷ 256 = {c} 余り {d}。",
                        value % 16_777_216,
                        value % 65_536
                    ),
                ),
                Text::new(
                    format!("The address is {answer}."),
                    format!("アドレスは {answer}。"),
                ),
            ],
        };
    }
    let answer = Value::Integer(value);
    let candidates = vec![
        (Value::Integer(u64::from(reversed)), Mistake::OctetsReversed),
        (Value::Integer(base255), Mistake::Base255),
        (
            Value::Integer(value ^ (1 << (8 + below(rng, 8)))),
            Mistake::WrongPlaceValue,
        ),
        (
            Value::Integer(value ^ (1 << (16 + below(rng, 8)))),
            Mistake::WrongPlaceValue,
        ),
    ];
    Draft {
        prompt: Text::new(
            format!("What is {} as a 32-bit unsigned integer?", v4(addr)),
            format!(
                "{} を 32 ビットの符号なし整数で表すといくつですか。",
                v4(addr)
            ),
        ),
        kind: choice_or_typed(
            rng,
            difficulty == Difficulty::Medium,
            Form::Integer,
            answer,
            candidates,
        ),
        explanation: vec![places_step, sum_step],
    }
}

/// `ipv4.valid`: is a dotted text a valid IPv4 address?
pub(super) fn valid(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let base = draw_address(rng, difficulty).to_be_bytes();
    let mut octets: Vec<u32> = base.iter().map(|&o| u32::from(o)).collect();
    let slot = usize::try_from(below(rng, 4)).unwrap_or(0);
    let broken = chance(rng, 1, 2);
    let mistake = if broken {
        let over = match difficulty {
            Difficulty::Easy => between(rng, 300, 999),
            Difficulty::Medium => between(rng, 256, 299),
            Difficulty::Hard => 256,
        };
        if difficulty != Difficulty::Easy && chance(rng, 1, 3) {
            if chance(rng, 1, 2) && octets.len() > 3 {
                octets.truncate(3);
            } else {
                octets.push(between(rng, 0, 255));
            }
            Mistake::WrongOctetCount
        } else {
            if let Some(o) = octets.get_mut(slot) {
                *o = over;
            }
            Mistake::OctetOver255
        }
    } else {
        if difficulty == Difficulty::Hard {
            if let Some(o) = octets.get_mut(slot.max(1)) {
                *o = pick_of(rng, [0, 255]);
            }
        }
        Mistake::EdgeOctetInvalid
    };
    let text = octets
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(".");
    let answer = parse_addr(&text).is_ok();
    let reason = if answer {
        Text::new(
            format!("{text} has four octets, each from 0 to 255."),
            format!("{text} は 4 オクテットで、どれも 0〜255 の範囲です。"),
        )
    } else if octets.len() != 4 {
        Text::new(
            format!("{text} has {} octets; IPv4 needs exactly 4.", octets.len()),
            format!(
                "{text} は {} オクテットです。IPv4 はちょうど 4 オクテットです。",
                octets.len()
            ),
        )
    } else {
        let high = octets.iter().copied().max().unwrap_or(0);
        Text::new(
            format!("The octet {high} is over 255, the most 8 bits can hold."),
            format!("オクテット {high} は 8 ビットの最大値 255 を超えています。"),
        )
    };
    Draft {
        prompt: Text::new(
            format!("True or false: {text} is a valid IPv4 address."),
            format!("正誤問題：{text} は正しい IPv4 アドレスである。"),
        ),
        kind: Kind::TrueFalse {
            answer,
            mistake: Some(mistake),
        },
        explanation: vec![reason, so_answer(answer)],
    }
}

/// `ipv4.count_range`: how many addresses from X to Y inclusive.
pub(super) fn count_range(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let start = draw_address(rng, difficulty);
    let span = match difficulty {
        Difficulty::Easy => between(rng, 2, 200),
        Difficulty::Medium => between(rng, 100, 3000),
        Difficulty::Hard => between(rng, 3000, 1 << 20),
    };
    let start = match difficulty {
        // Keep both ends in one /24 so only the last octet changes.
        Difficulty::Easy => (start & 0xffff_ff00) | below(rng, 256 - span),
        _ => start,
    };
    let end = start.saturating_add(span);
    let count = u64::from(end - start) + 1;
    let answer = Value::Integer(count);
    let [_, b1, c1, d1] = start.to_be_bytes();
    let [_, b2, c2, d2] = end.to_be_bytes();
    let as255 = |x: [u8; 3]| i64::from(x[0]) * 65_025 + i64::from(x[1]) * 255 + i64::from(x[2]);
    let base255 = as255([b2, c2, d2]) - as255([b1, c1, d1]) + 1;
    let mut candidates = vec![
        (Value::Integer(count - 1), Mistake::ForgotInclusive),
        (
            Value::Integer(count.saturating_sub(2)),
            Mistake::ExcludedBothEnds,
        ),
    ];
    if let Ok(n) = u64::try_from(base255) {
        candidates.push((Value::Integer(n), Mistake::Base255));
    }
    if let Some(last_only) = u64::from(d2).checked_sub(u64::from(d1)) {
        candidates.push((Value::Integer(last_only + 1), Mistake::LastOctetOnly));
    }
    let (x, y) = (v4(start), v4(end));
    Draft {
        prompt: Text::new(
            format!("How many addresses are there from {x} to {y}, both included?"),
            format!("{x} から {y} まで（両端を含む）のアドレスはいくつですか。"),
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
                format!(
                    "As integers: {x} = {}, {y} = {}.",
                    grouped(u64::from(start)),
                    grouped(u64::from(end))
                ),
                format!(
                    "整数にすると {x} = {}、{y} = {}。",
                    grouped(u64::from(start)),
                    grouped(u64::from(end))
                ),
            ),
            Text::new(
                format!(
                    "{} − {} + 1 = {} (the + 1 counts both ends).",
                    grouped(u64::from(end)),
                    grouped(u64::from(start)),
                    grouped(count)
                ),
                format!(
                    "{} − {} + 1 = {}（+ 1 で両端を数えます）。",
                    grouped(u64::from(end)),
                    grouped(u64::from(start)),
                    grouped(count)
                ),
            ),
        ],
    }
}

/// An address of a class, drawn from the blocks this tool teaches.
fn address_in(rng: &mut ChaCha8Rng, class: Classification, hard: bool) -> u32 {
    let low = word(rng);
    let at = |a: u32, b: u32, bits: u32| (a << 24) | (b << 16) | (low & ((1 << bits) - 1));
    match class {
        Classification::Private => match below(rng, 3) {
            0 => (10 << 24) | (low & 0x00ff_ffff),
            1 => at(172, 16 + below(rng, 16), 16),
            _ => at(192, 168, 16),
        },
        Classification::Shared => at(100, 64 + below(rng, 64), 16),
        Classification::Loopback => (127 << 24) | (low & 0x00ff_ffff),
        Classification::LinkLocal => at(169, 254, 16),
        Classification::Documentation => {
            let base = pick_of(rng, [0xc000_0200u32, 0xc633_6400, 0xcb00_7100]);
            base | (low & 0xff)
        }
        Classification::Multicast => ((224 + below(rng, 16)) << 24) | (low & 0x00ff_ffff),
        Classification::Reserved => ((240 + below(rng, 15)) << 24) | (low & 0x00ff_ffff),
        _ if hard => match below(rng, 6) {
            // Public addresses just outside a special block.
            0 => at(172, pick_of(rng, [15, 32]), 16),
            1 => at(100, pick_of(rng, [63, 128]), 16),
            2 => at(192, 169, 16),
            3 => at(169, 253, 16),
            4 => at(11, below(rng, 256), 16),
            _ => at(9, below(rng, 256), 16),
        },
        _ => loop {
            let candidate = word(rng);
            if classify_addr(v4(candidate).into()) == Classification::Public {
                break candidate;
            }
        },
    }
}

/// The classes a question may draw at each difficulty.
fn classes_for(difficulty: Difficulty) -> &'static [Classification] {
    use Classification as C;
    match difficulty {
        Difficulty::Easy => &[C::Private, C::Loopback, C::Public, C::Multicast],
        Difficulty::Medium => &[
            C::Private,
            C::Shared,
            C::Loopback,
            C::LinkLocal,
            C::Documentation,
            C::Public,
            C::Multicast,
        ],
        Difficulty::Hard => &[
            C::Private,
            C::Shared,
            C::LinkLocal,
            C::Documentation,
            C::Public,
            C::Multicast,
            C::Reserved,
            C::Public,
        ],
    }
}

fn label(class: Classification) -> Text {
    Text::new(class.label_en(), class.label_ja())
}

/// The mistake behind choosing `chosen` for an address of class `right`.
fn classify_mistake(right: Classification, chosen: Classification, addr: u32) -> Mistake {
    use Classification as C;
    let first = addr >> 24;
    match (right, chosen) {
        (C::Shared, C::Private) => Mistake::SharedIsNotPrivate,
        (C::Public, C::Private) if first == 172 => Mistake::PrivateRangeEdge,
        _ => Mistake::WrongSpecialBlock,
    }
}

/// `ipv4.classify`: which kind of address space an address is in.
pub(super) fn classify(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    use Classification as C;
    let hard = difficulty == Difficulty::Hard;
    let wanted = pick(rng, classes_for(difficulty))
        .copied()
        .unwrap_or(C::Private);
    let addr = address_in(rng, wanted, hard);
    // The calculator core decides the answer.
    let right = classify_addr(Ipv4Addr::from(addr).into());
    let mut others: Vec<Classification> = [
        C::Private,
        C::Shared,
        C::Public,
        C::LinkLocal,
        C::Loopback,
        C::Documentation,
        C::Multicast,
        C::Reserved,
    ]
    .into_iter()
    .filter(|c| *c != right)
    .collect();
    super::super::draw::shuffle(rng, &mut others);
    // The most tempting wrong label first.
    let tempting = match right {
        C::Shared | C::Public => Some(C::Private),
        C::Private => Some(C::Public),
        C::Reserved => Some(C::Multicast),
        _ => None,
    };
    if let Some(t) = tempting {
        others.retain(|c| *c != t);
        others.insert(0, t);
    }
    let candidates = others
        .into_iter()
        .map(|c| (label(c), classify_mistake(right, c, addr)))
        .collect();
    let kind = single_choice(rng, label(right), candidates, 3);
    let shown = v4(addr);
    Draft {
        prompt: Text::new(
            format!("What kind of address is {shown}?"),
            format!("{shown} はどの種類のアドレスですか。"),
        ),
        kind,
        explanation: vec![
            block_step(right, addr),
            Text::new(
                format!("So {shown} is {}.", right.label_en()),
                format!("したがって {shown} は「{}」です。", right.label_ja()),
            ),
        ],
    }
}

/// Where the address sits, as a step.
fn block_step(class: Classification, addr: u32) -> Text {
    use Classification as C;
    let (en, ja) = match class {
        C::Private => (
            "It is inside one of the RFC 1918 blocks 10.0.0.0/8, 172.16.0.0/12 (172.16–172.31) or 192.168.0.0/16.",
            "RFC 1918 のブロック 10.0.0.0/8、172.16.0.0/12（172.16〜172.31）、192.168.0.0/16 のどれかに入ります。",
        ),
        C::Shared => (
            "It is inside 100.64.0.0/10 (100.64–100.127), the shared space for carrier-grade NAT (RFC 6598).",
            "100.64.0.0/10（100.64〜100.127）に入ります。キャリアグレード NAT 用の共有アドレス空間（RFC 6598）です。",
        ),
        C::Loopback => (
            "It is inside 127.0.0.0/8, the loopback block.",
            "ループバック用の 127.0.0.0/8 に入ります。",
        ),
        C::LinkLocal => (
            "It is inside 169.254.0.0/16, the link-local block (AWS's instance metadata is 169.254.169.254).",
            "リンクローカルの 169.254.0.0/16 に入ります（AWS のインスタンスメタデータは 169.254.169.254）。",
        ),
        C::Documentation => (
            "It is inside one of the documentation blocks 192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24 (RFC 5737).",
            "文書用ブロック 192.0.2.0/24、198.51.100.0/24、203.0.113.0/24（RFC 5737）のどれかに入ります。",
        ),
        C::Multicast => (
            "It is inside 224.0.0.0/4 (224–239), the multicast block.",
            "マルチキャストの 224.0.0.0/4（224〜239）に入ります。",
        ),
        C::Reserved => (
            "It is inside 240.0.0.0/4 (240–255), reserved for future use.",
            "将来のために予約された 240.0.0.0/4（240〜255）に入ります。",
        ),
        _ => (
            "It is outside every special-purpose block (check the edges: 172.16–172.31, 100.64–100.127, 192.168, 169.254), so it is public.",
            "どの特別用途ブロックにも入りません（境界に注意：172.16〜172.31、100.64〜100.127、192.168、169.254）。したがってパブリックです。",
        ),
    };
    let _ = addr;
    Text::new(en, ja)
}
