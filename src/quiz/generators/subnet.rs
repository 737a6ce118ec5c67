//! M3 subnetting: network, broadcast, host range, host count, contains, sizing,
//! normalizing.

use std::net::Ipv4Addr;

use ipnet::{IpNet, Ipv4Net};
use rand_chacha::ChaCha8Rng;

use super::{choice_or_typed, grouped, so_answer, value_choice};
use crate::calc::info::{info, usable_hosts};
use crate::calc::split::{HostRule, smallest_prefix_for_hosts};
use crate::quiz::draw::{below, between, chance, pick_of, word};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Kind, Text, Value, mask_bits};

/// A realistic address: private space at easy and medium, any unicast /8 but 0 and
/// 127 at hard.
pub(super) fn draw_address(rng: &mut ChaCha8Rng, difficulty: Difficulty) -> u32 {
    let low = word(rng);
    match difficulty {
        Difficulty::Hard => {
            let first = loop {
                let first = between(rng, 1, 223);
                if first != 127 {
                    break first;
                }
            };
            (first << 24) | (low & 0x00ff_ffff)
        }
        _ => match pick_of(rng, [10u32, 172, 192]) {
            10 => (10 << 24) | (low & 0x00ff_ffff),
            172 => (172 << 24) | ((16 + between(rng, 0, 15)) << 16) | (low & 0xffff),
            _ => (192 << 24) | (168 << 16) | (low & 0xffff),
        },
    }
}

/// A prefix for address questions: /8, /16 or /24 at easy, /17 to /30 at medium,
/// /2 to /30 at hard.
pub(super) fn draw_prefix(rng: &mut ChaCha8Rng, difficulty: Difficulty) -> u8 {
    let p = match difficulty {
        Difficulty::Easy => pick_of(rng, [8u32, 16, 24]),
        Difficulty::Medium => between(rng, 17, 30),
        Difficulty::Hard => between(rng, 2, 30),
    };
    u8::try_from(p).unwrap_or(24)
}

/// Sets a host bit if none is set, so the address is not its own network.
pub(super) fn with_host_bits(rng: &mut ChaCha8Rng, addr: u32, prefix: u8) -> u32 {
    let host = !mask_bits(prefix);
    if addr & host != 0 {
        return addr;
    }
    // Any host value but 0; for a /24 that is a last octet from 1 to 255.
    addr | (1 + below(rng, host.max(1))).min(host)
}

pub(super) fn v4(n: u32) -> Ipv4Addr {
    Ipv4Addr::from(n)
}

pub(super) fn net_of(addr: u32, prefix: u8) -> u32 {
    addr & mask_bits(prefix)
}

pub(super) fn last_of(addr: u32, prefix: u8) -> u32 {
    addr | !mask_bits(prefix)
}

/// The block size of a prefix, as a u64 (2^32 for /0).
pub(super) fn block(prefix: u8) -> u64 {
    1u64 << (32 - u32::from(prefix.min(32)))
}

/// The classful prefix of an address: A /8, B /16, C /24 (D and E: /32, unused).
pub(super) fn classful(addr: u32) -> u8 {
    match addr.to_be_bytes()[0].leading_ones() {
        0 => 8,
        1 => 16,
        2 => 24,
        _ => 32,
    }
}

/// The prefix one octet away, the mask shifted to the neighbouring octet.
pub(super) fn other_octet(prefix: u8) -> u8 {
    if prefix > 8 { prefix - 8 } else { prefix + 8 }
}

/// The block after (or, at the top of the space, before) this one.
pub(super) fn neighbour(network: u32, prefix: u8) -> u32 {
    let size = block(prefix);
    let next = u64::from(network) + size;
    match u32::try_from(next) {
        Ok(next) => next,
        Err(_) => u32::try_from(u64::from(network).saturating_sub(size)).unwrap_or(0),
    }
}

pub(super) fn netv(network: u32, prefix: u8) -> Value {
    Ipv4Net::new(v4(network), prefix)
        .map(Value::Net)
        .unwrap_or(Value::Addr(v4(network)))
}

/// The mask and wildcard of a prefix, as a step.
pub(super) fn mask_step(prefix: u8) -> Text {
    let mask = Value::Mask(prefix);
    let wild = Value::Wildcard(prefix);
    Text::new(
        format!("/{prefix} means {prefix} one-bits: mask {mask}, wildcard {wild}."),
        format!("/{prefix} は先頭 {prefix} ビットが 1：マスク {mask}、ワイルドカード {wild}。"),
    )
}

/// Where the prefix ends, and the AND in that octet, as a step.
pub(super) fn octet_step(addr: u32, prefix: u8) -> Text {
    let full = prefix / 8;
    let bits = prefix % 8;
    if bits == 0 || prefix >= 32 {
        return Text::new(
            format!(
                "/{prefix} ends at an octet boundary: the first {full} octet(s) are the network part, the rest is the host part."
            ),
            format!(
                "/{prefix} はオクテットの境目で終わります。先頭 {full} オクテットがネットワーク部、残りがホスト部です。"
            ),
        );
    }
    let index = usize::from(full);
    let octet = addr.to_be_bytes().get(index).copied().unwrap_or(0);
    let m = u8::MAX << (8 - bits);
    let r = octet & m;
    let size = 256u32 >> bits;
    let n = index + 1;
    Text::new(
        format!(
            "/{prefix} = {} + {bits}: the prefix ends inside octet {n}, where blocks are {size} addresses wide. Octet {n}: {octet} AND {m} = {r} ({octet:08b} AND {m:08b} = {r:08b}).",
            u32::from(full) * 8
        ),
        format!(
            "/{prefix} = {} + {bits}：プレフィックスは第{n}オクテットの途中で終わり、そこでのブロックは {size} アドレスずつです。第{n}オクテット：{octet} AND {m} = {r}（{octet:08b} AND {m:08b} = {r:08b}）。",
            u32::from(full) * 8
        ),
    )
}

struct Facts {
    addr: u32,
    prefix: u8,
    network: u32,
    last: u32,
}

/// Draws an address with host bits set and a prefix, and computes the block with
/// the calculator core.
fn draw_block(rng: &mut ChaCha8Rng, difficulty: Difficulty) -> Facts {
    let prefix = draw_prefix(rng, difficulty);
    let drawn = draw_address(rng, difficulty);
    let mut addr = with_host_bits(rng, drawn, prefix);
    if addr == last_of(addr, prefix) {
        // The broadcast address itself would give its own answer away.
        addr -= 1;
    }
    let facts = Ipv4Net::new(v4(addr), prefix).map(|n| info(IpNet::V4(n)));
    let (network, last) = match facts {
        Ok(f) => (ip4(f.network), ip4(f.last_address)),
        Err(_) => (net_of(addr, prefix), last_of(addr, prefix)),
    };
    Facts {
        addr,
        prefix,
        network,
        last,
    }
}

fn ip4(addr: std::net::IpAddr) -> u32 {
    match addr {
        std::net::IpAddr::V4(a) => u32::from(a),
        std::net::IpAddr::V6(_) => 0,
    }
}

fn cidr_text(addr: u32, prefix: u8) -> String {
    format!("{}/{prefix}", v4(addr))
}

/// `subnet.network`: the network address of a.b.c.d/n.
pub(super) fn network(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let f = draw_block(rng, difficulty);
    let given = cidr_text(f.addr, f.prefix);
    let answer = netv(f.network, f.prefix);
    let wrong_octet = other_octet(f.prefix);
    let candidates = vec![
        (netv(f.addr, f.prefix), Mistake::HostBitsKept),
        (
            netv(net_of(f.addr, wrong_octet), f.prefix),
            Mistake::WrongOctet,
        ),
        (
            netv(neighbour(f.network, f.prefix), f.prefix),
            Mistake::OffByOneBlock,
        ),
        (
            netv(net_of(f.addr, classful(f.addr)), f.prefix),
            Mistake::ClassfulAssumption,
        ),
        (netv(f.last, f.prefix), Mistake::NetworkBroadcastSwapped),
    ];
    let kind = choice_or_typed(
        rng,
        difficulty == Difficulty::Hard,
        Form::Network,
        answer,
        candidates,
    );
    Draft {
        prompt: Text::new(
            format!("What is the network address of {given}?"),
            format!("{given} のネットワークアドレスは何ですか。"),
        ),
        kind,
        explanation: vec![
            mask_step(f.prefix),
            octet_step(f.addr, f.prefix),
            Text::new(
                format!(
                    "Clear every host bit (octets after that one become 0): the network is {answer}."
                ),
                format!(
                    "ホスト部のビットをすべて 0 にすると（それより後ろのオクテットは 0）、ネットワークは {answer} です。"
                ),
            ),
        ],
    }
}

/// `subnet.broadcast`: the broadcast address of a.b.c.d/n.
pub(super) fn broadcast(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let f = draw_block(rng, difficulty);
    let given = cidr_text(f.addr, f.prefix);
    let answer = Value::Addr(v4(f.last));
    let previous_last = if f.network > 0 {
        f.network - 1
    } else {
        last_of(neighbour(f.network, f.prefix), f.prefix)
    };
    let wrong_octet = other_octet(f.prefix);
    let candidates = vec![
        (Value::Addr(v4(f.network)), Mistake::NetworkBroadcastSwapped),
        (
            Value::Addr(v4(f.last.saturating_sub(1))),
            Mistake::LastHostForBroadcast,
        ),
        (Value::Addr(v4(previous_last)), Mistake::OffByOneBlock),
        (
            Value::Addr(v4(last_of(f.addr, wrong_octet))),
            Mistake::WrongOctet,
        ),
        (
            Value::Addr(v4(last_of(f.addr, classful(f.addr)))),
            Mistake::ClassfulAssumption,
        ),
    ];
    let kind = choice_or_typed(
        rng,
        difficulty == Difficulty::Hard,
        Form::Address,
        answer,
        candidates,
    );
    let size = block(f.prefix);
    Draft {
        prompt: Text::new(
            format!("What is the broadcast address of {given}?"),
            format!("{given} のブロードキャストアドレスは何ですか。"),
        ),
        kind,
        explanation: vec![
            mask_step(f.prefix),
            octet_step(f.addr, f.prefix),
            Text::new(
                format!(
                    "The network is {}; the block holds {} addresses, so its last address is network + {} − 1.",
                    v4(f.network),
                    grouped(size),
                    grouped(size)
                ),
                format!(
                    "ネットワークは {}。ブロックは {} アドレスなので、最後のアドレスはネットワーク + {} − 1 です。",
                    v4(f.network),
                    grouped(size),
                    grouped(size)
                ),
            ),
            Text::new(
                format!("Set every host bit to 1: the broadcast address is {answer}."),
                format!(
                    "ホスト部のビットをすべて 1 にすると、ブロードキャストアドレスは {answer} です。"
                ),
            ),
        ],
    }
}

/// `subnet.first_last`: the first and last usable host of a.b.c.d/n.
pub(super) fn first_last(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let f = draw_block(rng, difficulty);
    let given = cidr_text(f.addr, f.prefix);
    let range = |n: u32, p: u8| Value::Range(v4(n | 1), v4(last_of(n, p) & !1));
    let answer = range(f.network, f.prefix);
    let wrong_octet = other_octet(f.prefix);
    let candidates = vec![
        (
            Value::Range(v4(f.network), v4(f.last)),
            Mistake::RangeIncludesNetworkAndBroadcast,
        ),
        (
            range(neighbour(f.network, f.prefix), f.prefix),
            Mistake::OffByOneBlock,
        ),
        (
            range(net_of(f.addr, wrong_octet), wrong_octet),
            Mistake::WrongOctet,
        ),
        (
            Value::Range(v4(f.network | 1), v4(f.last)),
            Mistake::RangeIncludesNetworkAndBroadcast,
        ),
        (
            range(net_of(f.addr, classful(f.addr)), classful(f.addr)),
            Mistake::ClassfulAssumption,
        ),
    ];
    let kind = choice_or_typed(
        rng,
        difficulty == Difficulty::Hard,
        Form::AddressRange,
        answer,
        candidates,
    );
    Draft {
        prompt: Text::new(
            format!(
                "What are the first and last usable host addresses of {given}? (Write them as first - last.)"
            ),
            format!(
                "{given} で使える最初と最後のホストアドレスは何ですか。（「最初 - 最後」の形で）"
            ),
        ),
        kind,
        explanation: vec![
            mask_step(f.prefix),
            octet_step(f.addr, f.prefix),
            Text::new(
                format!(
                    "The block runs from {} (network) to {} (broadcast).",
                    v4(f.network),
                    v4(f.last)
                ),
                format!(
                    "ブロックは {}（ネットワーク）から {}（ブロードキャスト）までです。",
                    v4(f.network),
                    v4(f.last)
                ),
            ),
            Text::new(
                format!(
                    "Hosts start one above the network and end one below the broadcast: {answer}."
                ),
                format!(
                    "ホストはネットワークの 1 つ上から、ブロードキャストの 1 つ下まで：{answer}。"
                ),
            ),
        ],
    }
}

fn count_value(prefix: u8, minus: u64) -> Value {
    Value::Integer(block(prefix).saturating_sub(minus))
}

/// `subnet.host_count`: usable hosts under the classic rule.
pub(super) fn host_count(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let prefix = u8::try_from(match difficulty {
        Difficulty::Easy => between(rng, 20, 30),
        Difficulty::Medium => between(rng, 16, 30),
        Difficulty::Hard => between(rng, 8, 30),
    })
    .unwrap_or(24);
    let counted = usable_hosts(prefix, false).to_u128().unwrap_or(0);
    let counted_u64 = u64::try_from(counted).unwrap_or(0);
    let answer = Value::Integer(counted_u64);
    let host_bits = 32 - prefix;
    let total = block(prefix);
    let mut candidates = vec![
        (count_value(prefix, 0), Mistake::ForgotMinusTwo),
        (count_value(prefix, 5), Mistake::UsedAwsFiveNotMinusTwo),
        (count_value(prefix + 1, 2), Mistake::OffByOneBit),
    ];
    if prefix > 8 {
        candidates.push((count_value(prefix - 1, 2), Mistake::OffByOneBit));
    }
    let (given_en, given_ja) = if difficulty == Difficulty::Hard && chance(rng, 1, 2) {
        let mask = Value::Mask(prefix);
        (
            format!("a subnet with mask {mask}"),
            format!("マスク {mask} のサブネット"),
        )
    } else if difficulty == Difficulty::Easy {
        (
            format!("a /{prefix} subnet"),
            format!("/{prefix} のサブネット"),
        )
    } else {
        let addr = net_of(draw_address(rng, difficulty), prefix);
        let cidr = cidr_text(addr, prefix);
        (format!("the subnet {cidr}"), format!("サブネット {cidr}"))
    };
    let kind = choice_or_typed(
        rng,
        difficulty == Difficulty::Hard,
        Form::Integer,
        answer,
        candidates,
    );
    Draft {
        prompt: Text::new(
            format!(
                "How many usable host addresses does {given_en} have under the classic rule (network and broadcast addresses are not hosts)?"
            ),
            format!(
                "一般的なルール（ネットワークアドレスとブロードキャストアドレスはホストに使わない）では、{given_ja}で使えるホストアドレスはいくつですか。"
            ),
        ),
        kind,
        explanation: vec![
            Text::new(
                format!(
                    "/{prefix} leaves 32 − {prefix} = {host_bits} host bits: 2^{host_bits} = {} addresses.",
                    grouped(total)
                ),
                format!(
                    "/{prefix} のホスト部は 32 − {prefix} = {host_bits} ビット：2^{host_bits} = {} アドレス。",
                    grouped(total)
                ),
            ),
            Text::new(
                format!(
                    "Take away the network and broadcast addresses: {} − 2 = {}.",
                    grouped(total),
                    grouped(counted_u64)
                ),
                format!(
                    "ネットワークアドレスとブロードキャストアドレスを除いて {} − 2 = {}。",
                    grouped(total),
                    grouped(counted_u64)
                ),
            ),
        ],
    }
}

/// `subnet.contains`: is an address inside a block?
pub(super) fn contains(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let prefix = draw_prefix(rng, difficulty);
    let network = net_of(draw_address(rng, difficulty), prefix);
    let last = last_of(network, prefix);
    let size = u32::try_from(block(prefix).min(u64::from(u32::MAX))).unwrap_or(u32::MAX);
    let near = size.min(if difficulty == Difficulty::Easy {
        256
    } else {
        16
    });
    // Inside, just before the block, or just after it; near the edges at medium and hard.
    let addr = match below(rng, 4) {
        0 => network.saturating_add(below(rng, near)),
        1 => last.saturating_sub(below(rng, near)),
        2 if network > 0 => network - 1 - below(rng, near.min(network)),
        _ => last
            .checked_add(1 + below(rng, near))
            .unwrap_or(network.saturating_sub(1)),
    };
    let inside = Ipv4Net::new(v4(network), prefix)
        .map(|n| n.contains(&v4(addr)))
        .unwrap_or(false);
    let cidr = cidr_text(network, prefix);
    let where_en = if inside { "inside" } else { "outside" };
    let where_ja = if inside { "内側" } else { "外側" };
    Draft {
        prompt: Text::new(
            format!("True or false: {} is inside {cidr}.", v4(addr)),
            format!("正誤問題：{} は {cidr} に含まれる。", v4(addr)),
        ),
        kind: Kind::TrueFalse {
            answer: inside,
            mistake: Some(Mistake::ComparedWholeOctets),
        },
        explanation: vec![
            mask_step(prefix),
            Text::new(
                format!("{cidr} runs from {} to {}.", v4(network), v4(last)),
                format!(
                    "{cidr} の範囲は {} から {} までです。",
                    v4(network),
                    v4(last)
                ),
            ),
            Text::new(
                format!("{} is {where_en} that range.", v4(addr)),
                format!("{} はその範囲の{where_ja}です。", v4(addr)),
            ),
            so_answer(inside),
        ],
    }
}

/// The longest prefix whose block (no addresses set aside) holds `hosts`.
pub(super) fn smallest_raw(hosts: u64, minus: u64) -> u8 {
    (0..=32u8)
        .rev()
        .find(|&p| block(p).saturating_sub(minus) >= hosts)
        .unwrap_or(0)
}

/// A host count for sizing questions: small at easy, up to thousands at medium, and
/// near the powers of two (where the −2 matters) at hard.
pub(super) fn draw_hosts(
    rng: &mut ChaCha8Rng,
    difficulty: Difficulty,
    low: u32,
    max_bits: u32,
) -> u64 {
    match difficulty {
        Difficulty::Easy => u64::from(between(rng, low, 250)),
        Difficulty::Medium => u64::from(between(rng, low, 4000)),
        Difficulty::Hard => {
            let power = 1u64 << between(rng, 3, max_bits);
            // 2^k − 5 to 2^k + 3: the edges of the classic and AWS rules.
            let offset = u64::from(below(rng, 9));
            (power + offset).saturating_sub(5).max(u64::from(low))
        }
    }
}

/// `subnet.smallest_prefix`: the smallest subnet (longest prefix) for H hosts.
pub(super) fn smallest_prefix(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let hosts = draw_hosts(rng, difficulty, 3, 20);
    // Three or more hosts, so the /31 rule of RFC 3021 never decides the answer.
    let prefix = smallest_prefix_for_hosts(hosts, HostRule::Classic).unwrap_or(0);
    let answer = Value::Prefix(prefix);
    let candidates = vec![
        (
            Value::Prefix(smallest_raw(hosts, 0)),
            Mistake::ForgotMinusTwo,
        ),
        (
            Value::Prefix(smallest_raw(hosts, 5)),
            Mistake::UsedAwsFiveNotMinusTwo,
        ),
        (Value::Prefix(prefix + 1), Mistake::OffByOneBit),
        (
            Value::Prefix(prefix.saturating_sub(1)),
            Mistake::OffByOneBit,
        ),
    ];
    let host_bits = 32 - prefix;
    let fits = block(prefix) - 2;
    let smaller = block(prefix + 1).saturating_sub(2);
    let kind = choice_or_typed(
        rng,
        difficulty != Difficulty::Easy,
        Form::PrefixLen { mask_ok: true },
        answer,
        candidates,
    );
    Draft {
        prompt: Text::new(
            format!(
                "What is the longest prefix (the smallest subnet) that holds {} hosts under the classic rule (network and broadcast addresses are not hosts)?",
                grouped(hosts)
            ),
            format!(
                "一般的なルール（ネットワークアドレスとブロードキャストアドレスはホストに使わない）で {} 台のホストが入る、最も長いプレフィックス（最小のサブネット）は何ですか。",
                grouped(hosts)
            ),
        ),
        kind,
        explanation: vec![
            Text::new(
                "Find the fewest host bits h with 2^h − 2 ≥ the number of hosts.",
                "2^h − 2 がホスト数以上になる最小のホストビット数 h を探します。",
            ),
            Text::new(
                format!(
                    "{} host bits give {} usable, too few; {host_bits} host bits give {} usable, enough.",
                    host_bits - 1,
                    grouped(smaller),
                    grouped(fits)
                ),
                format!(
                    "ホストビット {} では {} 台で足りず、{host_bits} ビットなら {} 台で足ります。",
                    host_bits - 1,
                    grouped(smaller),
                    grouped(fits)
                ),
            ),
            Text::new(
                format!("Prefix = 32 − {host_bits} = {answer}."),
                format!("プレフィックス = 32 − {host_bits} = {answer}。"),
            ),
        ],
    }
}

/// `subnet.normalize`: write a.b.c.d/n with its host bits cleared.
pub(super) fn normalize(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let f = draw_block(rng, difficulty);
    let given = cidr_text(f.addr, f.prefix);
    let answer = netv(f.network, f.prefix);
    let candidates = vec![
        (netv(f.addr, f.prefix), Mistake::HostBitsKept),
        (
            netv(net_of(f.addr, other_octet(f.prefix)), f.prefix),
            Mistake::WrongOctet,
        ),
        (
            netv(neighbour(f.network, f.prefix), f.prefix),
            Mistake::OffByOneBlock,
        ),
        (
            netv(net_of(f.addr, classful(f.addr)), f.prefix),
            Mistake::ClassfulAssumption,
        ),
    ];
    let kind = if difficulty == Difficulty::Easy {
        value_choice(rng, answer, candidates)
    } else {
        super::free_text(Form::Network, answer, candidates)
    };
    Draft {
        prompt: Text::new(
            format!(
                "{given} has host bits set. Write it as a proper CIDR block (its network address with the same prefix)."
            ),
            format!(
                "{given} はホスト部のビットが立っています。正しい CIDR ブロック（同じプレフィックスのネットワークアドレス）で書いてください。"
            ),
        ),
        kind,
        explanation: vec![
            mask_step(f.prefix),
            octet_step(f.addr, f.prefix),
            Text::new(
                format!("Clearing the host bits gives {answer}."),
                format!("ホスト部のビットを 0 にすると {answer} になります。"),
            ),
        ],
    }
}
