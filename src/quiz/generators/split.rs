//! M3 splitting and summarizing: equal subnets of a block, and the one prefix that
//! covers contiguous networks.

use ipnet::{IpNet, Ipv4Net};
use rand_chacha::ChaCha8Rng;

use super::subnet::{block, draw_address, net_of, netv, v4};
use super::{choice_or_typed, grouped};
use crate::calc::setops::aggregate as core_aggregate;
use crate::calc::split::split_into;
use crate::quiz::draw::{below, between};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Text, Value};

fn to_u8(n: u32) -> u8 {
    u8::try_from(n).unwrap_or(24)
}

/// `subnet.split`: split a block into k equal subnets; the prefix of each, or the
/// network of one of them.
pub(super) fn split(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let prefix = to_u8(match difficulty {
        Difficulty::Easy => 16 + 8 * below(rng, 2),
        Difficulty::Medium => between(rng, 16, 24),
        Difficulty::Hard => between(rng, 12, 26),
    });
    let network = net_of(draw_address(rng, difficulty), prefix);
    let parts = u64::from(match difficulty {
        Difficulty::Easy => 1 << between(rng, 1, 3),
        _ => between(rng, 2, 16),
    });
    let parent = Ipv4Net::new(v4(network), prefix).map(IpNet::V4);
    let Ok(Ok(done)) = parent.map(|n| split_into(n, parts)) else {
        return aggregate(difficulty, rng);
    };
    let sub = done.subnets.prefix();
    let extra = sub - prefix;
    let cidr = format!("{}/{prefix}", v4(network));
    let why = Text::new(
        format!(
            "{parts} parts need {extra} more bit(s) (2^{extra} = {} ≥ {parts}), so each subnet is /{prefix} + {extra} = /{sub} with {} addresses.",
            done.produced,
            grouped(block(sub))
        ),
        format!(
            "{parts} 個に分けるにはビットを {extra} 個足します（2^{extra} = {} ≥ {parts}）。各サブネットは /{prefix} + {extra} = /{sub}、{} アドレスです。",
            done.produced,
            grouped(block(sub))
        ),
    );
    let typed = difficulty == Difficulty::Hard;
    if below(rng, 2) == 0 {
        let answer = Value::Prefix(sub);
        let candidates = vec![
            (Value::Prefix(sub + 1), Mistake::OffByOneBit),
            (Value::Prefix(sub - 1), Mistake::OffByOneBit),
            (
                Value::Prefix(to_u8(u32::from(prefix) + u32::try_from(parts).unwrap_or(1)).min(32)),
                Mistake::BitsNotLog2,
            ),
        ];
        return Draft {
            prompt: Text::new(
                format!(
                    "{cidr} is split into {parts} equal subnets, as large as possible. What prefix length does each get?"
                ),
                format!(
                    "{cidr} をできるだけ大きな {parts} 個の等しいサブネットに分けます。各サブネットのプレフィックス長は何ですか。"
                ),
            ),
            kind: choice_or_typed(
                rng,
                typed,
                Form::PrefixLen { mask_ok: true },
                answer,
                candidates,
            ),
            explanation: vec![why],
        };
    }
    let count = u32::try_from(done.produced).unwrap_or(2);
    let index = between(rng, 2, count.max(2));
    let size = u32::try_from(block(sub)).unwrap_or(0);
    let start = network.saturating_add(size.saturating_mul(index - 1));
    let answer = netv(start, sub);
    let candidates = vec![
        (
            netv(start.saturating_add(size), sub),
            Mistake::OffByOneBlock,
        ),
        (
            netv(start.saturating_sub(size), sub),
            Mistake::OffByOneBlock,
        ),
        (
            netv(start & !(size.saturating_mul(2).wrapping_sub(1)), sub - 1),
            Mistake::OffByOneBit,
        ),
    ];
    let nth = |n: u32| match n {
        2 => "2nd".to_owned(),
        3 => "3rd".to_owned(),
        n => format!("{n}th"),
    };
    Draft {
        prompt: Text::new(
            format!(
                "{cidr} is split into {parts} equal subnets, as large as possible. What is the {} subnet (counting from the lowest address)?",
                nth(index)
            ),
            format!(
                "{cidr} をできるだけ大きな {parts} 個の等しいサブネットに分けます。アドレスの小さい方から数えて {index} 番目のサブネットは何ですか。"
            ),
        ),
        kind: choice_or_typed(rng, typed, Form::Network, answer, candidates),
        explanation: vec![
            why,
            Text::new(
                format!(
                    "Subnet {index} starts {} × {} = {} addresses after {}: {answer}.",
                    index - 1,
                    grouped(block(sub)),
                    grouped(u64::from(index - 1) * block(sub)),
                    v4(network)
                ),
                format!(
                    "{index} 番目は {} から {} × {} = {} アドレス後ろ：{answer}。",
                    v4(network),
                    index - 1,
                    grouped(block(sub)),
                    grouped(u64::from(index - 1) * block(sub))
                ),
            ),
        ],
    }
}

/// `subnet.aggregate`: the single prefix that covers 2 or 4 contiguous networks.
pub(super) fn aggregate(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let part = to_u8(match difficulty {
        Difficulty::Easy => 24,
        Difficulty::Medium => between(rng, 20, 26),
        Difficulty::Hard => between(rng, 18, 29),
    });
    let bits = if difficulty == Difficulty::Easy {
        1
    } else {
        1 + below(rng, 2)
    };
    let whole = part - to_u8(bits);
    let start = net_of(draw_address(rng, difficulty), whole);
    let count = 1u32 << bits;
    let size = u32::try_from(block(part)).unwrap_or(0);
    let nets: Vec<IpNet> = (0..count)
        .filter_map(|i| Ipv4Net::new(v4(start + i * size), part).ok().map(IpNet::V4))
        .collect();
    let merged = core_aggregate(&nets);
    let (answer, whole) = match merged.as_slice() {
        [IpNet::V4(one)] => (Value::Net(*one), one.prefix_len()),
        _ => (netv(start, whole), whole),
    };
    let listed: Vec<String> = nets.iter().map(ToString::to_string).collect();
    let candidates = vec![
        (
            netv(net_of(start, whole - 1), whole - 1),
            Mistake::OffByOneBit,
        ),
        (netv(start, whole + 1), Mistake::OffByOneBit),
        (
            netv(net_of(start, 16.min(whole)), 16.min(whole)),
            Mistake::ClassfulAssumption,
        ),
        (netv(start, part), Mistake::ForgotCount),
    ];
    Draft {
        prompt: Text::new(
            format!(
                "Summarize {} into a single prefix that covers exactly these addresses.",
                listed.join(", ")
            ),
            format!(
                "{} を、ちょうどこれらのアドレスだけを含むひとつのプレフィックスにまとめてください。",
                listed.join("、")
            ),
        ),
        kind: choice_or_typed(
            rng,
            difficulty == Difficulty::Hard,
            Form::Network,
            answer,
            candidates,
        ),
        explanation: vec![
            Text::new(
                format!(
                    "{count} blocks of /{part} are 2^{bits}, so the summary is {bits} bit(s) shorter: /{whole}."
                ),
                format!(
                    "/{part} が {count} 個 = 2^{bits} なので、まとめたプレフィックスは {bits} ビット短い /{whole} です。"
                ),
            ),
            Text::new(
                format!(
                    "The first block {} starts on a /{whole} boundary, so the summary is {answer}.",
                    v4(start)
                ),
                format!(
                    "最初のブロック {} は /{whole} の境界から始まるので、まとめると {answer} です。",
                    v4(start)
                ),
            ),
        ],
    }
}
