//! M4 AWS VPC rules: allowed blocks, usable and reserved addresses, sizing, overlap.

use ipnet::{IpNet, Ipv4Net};
use rand_chacha::ChaCha8Rng;

use super::subnet::{block, draw_hosts, smallest_raw, v4};
use super::{choice_or_typed, grouped, single_choice, so_answer};
use crate::calc::info::aws_subnet;
use crate::calc::info::aws_usable as core_aws_usable;
use crate::calc::split::{HostRule, smallest_prefix_for_hosts};
use crate::calc::vpc::{check_block, check_overlaps};
use crate::quiz::draw::{below, between, chance, pick_of, word};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Choice, Difficulty, Draft, Form, Kind, Text, Value, mask_bits};

/// A network of this prefix in RFC 1918 space.
fn private_block(rng: &mut ChaCha8Rng, prefix: u8) -> u32 {
    let low = word(rng);
    let addr = match pick_of(rng, [10u32, 172, 192]) {
        10 => (10 << 24) | (low & 0x00ff_ffff),
        172 => (172 << 24) | ((16 + below(rng, 16)) << 16) | (low & 0xffff),
        _ => (192 << 24) | (168 << 16) | (low & 0xffff),
    };
    // /8 and shorter would leave the private block; the callers stay at /12 or longer.
    addr & mask_bits(prefix)
}

fn to_u8(n: u32) -> u8 {
    u8::try_from(n).unwrap_or(24)
}

/// `vpc.cidr_valid`: can this block be a VPC or subnet CIDR?
pub(super) fn cidr_valid(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let prefix = to_u8(match difficulty {
        Difficulty::Easy => pick_of(rng, [12u32, 16, 20, 24, 28, 30, 32]),
        Difficulty::Medium => between(rng, 14, 30),
        Difficulty::Hard => between(rng, 13, 30),
    });
    let mut addr = private_block(rng, prefix.max(12));
    let host_bits_set = difficulty == Difficulty::Hard && prefix < 32 && chance(rng, 1, 3);
    if host_bits_set {
        let host = !mask_bits(prefix);
        addr |= (1 << below(rng, 32 - u32::from(prefix))) & host;
    }
    let given = format!("{}/{prefix}", v4(addr));
    let net = Ipv4Net::new(v4(addr), prefix).map(IpNet::V4);
    let verdict = net.map(check_block);
    let answer = matches!(verdict, Ok(Ok(_)));
    let (mistake, reason) = match verdict {
        Ok(Ok(_)) => (
            Mistake::AwsValidRejected,
            Text::new(
                format!(
                    "/{prefix} is between /16 and /28, and {} is the block's network address.",
                    v4(addr)
                ),
                format!(
                    "/{prefix} は /16〜/28 の範囲にあり、{} はブロックのネットワークアドレスです。",
                    v4(addr)
                ),
            ),
        ),
        Ok(Err(crate::calc::vpc::BlockError::HostBitsSet { network, .. })) => (
            Mistake::HostBitsSetAccepted,
            Text::new(
                format!(
                    "/{prefix} is in range, but {} has host bits set: the block would be written {network}.",
                    v4(addr)
                ),
                format!(
                    "/{prefix} は範囲内ですが、{} はホスト部のビットが立っています。ブロックは {network} と書きます。",
                    v4(addr)
                ),
            ),
        ),
        _ => (
            Mistake::AwsPrefixRange,
            Text::new(
                format!(
                    "/{prefix} is outside /16 to /28 ({} addresses; AWS allows 16 to 65,536).",
                    grouped(block(prefix))
                ),
                format!(
                    "/{prefix} は /16〜/28 の範囲外です（{} アドレス。AWS で使えるのは 16〜65,536）。",
                    grouped(block(prefix))
                ),
            ),
        ),
    };
    let what = if chance(rng, 1, 2) {
        Text::new("a VPC", "VPC")
    } else {
        Text::new("a subnet", "サブネット")
    };
    Draft {
        prompt: Text::new(
            format!(
                "True or false: AWS accepts {given} as the IPv4 CIDR block of {}.",
                what.en
            ),
            format!(
                "正誤問題：AWS は {given} を{}の IPv4 CIDR ブロックとして受け付ける。",
                what.ja
            ),
        ),
        kind: Kind::TrueFalse {
            answer,
            mistake: Some(mistake),
        },
        explanation: vec![
            Text::new(
                "AWS allows IPv4 VPC and subnet blocks from /16 (65,536 addresses) to /28 (16 addresses), written with their network address.",
                "AWS の IPv4 の VPC・サブネットのブロックは /16（65,536 個）から /28（16 個）まで、ネットワークアドレスで書きます。",
            ),
            reason,
            so_answer(answer),
        ],
    }
}

fn subnet_prefix(rng: &mut ChaCha8Rng, difficulty: Difficulty) -> u8 {
    to_u8(match difficulty {
        Difficulty::Easy => between(rng, 24, 28),
        Difficulty::Medium => between(rng, 20, 28),
        Difficulty::Hard => between(rng, 16, 28),
    })
}

/// `vpc.aws_usable`: addresses instances can use in an AWS subnet.
pub(super) fn aws_usable(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let prefix = subnet_prefix(rng, difficulty);
    let network = private_block(rng, prefix);
    let usable = core_aws_usable(prefix).unwrap_or(0);
    let answer = Value::Integer(u64::from(usable));
    let total = block(prefix);
    let mut candidates = vec![
        (Value::Integer(total - 2), Mistake::UsedMinusTwoNotAwsFive),
        (Value::Integer(total), Mistake::ForgotAwsReserved),
        (Value::Integer(block(prefix - 1) - 5), Mistake::OffByOneBit),
    ];
    if prefix < 28 {
        candidates.push((Value::Integer(block(prefix + 1) - 5), Mistake::OffByOneBit));
    }
    let cidr = format!("{}/{prefix}", v4(network));
    Draft {
        prompt: Text::new(
            format!("How many IP addresses can instances use in the AWS subnet {cidr}?"),
            format!("AWS のサブネット {cidr} でインスタンスが使える IP アドレスはいくつですか。"),
        ),
        kind: choice_or_typed(
            rng,
            difficulty == Difficulty::Hard,
            Form::Integer,
            answer,
            candidates,
        ),
        explanation: vec![
            Text::new(
                format!(
                    "/{prefix} holds 2^{} = {} addresses.",
                    32 - prefix,
                    grouped(total)
                ),
                format!(
                    "/{prefix} のアドレスは 2^{} = {} 個。",
                    32 - prefix,
                    grouped(total)
                ),
            ),
            Text::new(
                format!(
                    "AWS reserves 5 (network, +1 router, +2 DNS, +3 future use, last): {} − 5 = {}.",
                    grouped(total),
                    grouped(u64::from(usable))
                ),
                format!(
                    "AWS は 5 個（ネットワーク、+1 ルーター、+2 DNS、+3 将来用、最後）を予約：{} − 5 = {}。",
                    grouped(total),
                    grouped(u64::from(usable))
                ),
            ),
        ],
    }
}

/// `vpc.reserved`: the addresses AWS keeps in a subnet.
pub(super) fn reserved(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let prefix = subnet_prefix(rng, difficulty);
    let network = private_block(rng, prefix);
    let cidr = format!("{}/{prefix}", v4(network));
    let Ok(Ok(subnet)) = Ipv4Net::new(v4(network), prefix).map(|n| aws_subnet(IpNet::V4(n))) else {
        return aws_usable(difficulty, rng);
    };
    let five = subnet.reserved.map(|r| (r.address, r.role));
    let last = u32::from(five[4].0);
    let listing = Text::new(
        format!(
            "AWS reserves {} (network), {} (VPC router), {} (DNS), {} (future use) and {} (last address).",
            five[0].0, five[1].0, five[2].0, five[3].0, five[4].0
        ),
        format!(
            "AWS の予約は {}（ネットワーク）、{}（VPC ルーター）、{}（DNS）、{}（将来用）、{}（最後のアドレス）。",
            five[0].0, five[1].0, five[2].0, five[3].0, five[4].0
        ),
    );
    let addr = |n: u32| Text::same(v4(n).to_string());
    match difficulty {
        Difficulty::Easy => {
            let roles = [
                (1usize, Text::new("the VPC router", "VPC ルーター")),
                (
                    2,
                    Text::new(
                        "the Amazon-provided DNS server",
                        "Amazon 提供の DNS サーバー",
                    ),
                ),
                (3, Text::new("future use", "将来の利用")),
            ];
            let (slot, role) = roles[usize::try_from(below(rng, 3)).unwrap_or(0)].clone();
            let right = addr(u32::from(five[slot].0));
            let candidates = five
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != slot)
                .map(|(_, (a, _))| (addr(u32::from(*a)), Mistake::AwsRoleMixedUp))
                .collect();
            Draft {
                prompt: Text::new(
                    format!(
                        "In the AWS subnet {cidr}, which address is reserved for {}?",
                        role.en
                    ),
                    format!(
                        "AWS のサブネット {cidr} で、{}用に予約されているアドレスはどれですか。",
                        role.ja
                    ),
                ),
                kind: single_choice(rng, right.clone(), candidates, 4),
                explanation: vec![
                    listing,
                    Text::new(
                        format!("So {} is {}.", right.en, role.en),
                        format!("したがって{}は {} です。", role.ja, right.ja),
                    ),
                ],
            }
        }
        Difficulty::Medium => {
            let usable = u32::from(five[3].0) + 1 + below(rng, last - u32::from(five[3].0) - 1);
            let mut picks: Vec<usize> = vec![0, 1, 2, 3, 4];
            super::super::draw::shuffle(rng, &mut picks);
            let candidates = picks
                .iter()
                .take(3)
                .map(|&i| (addr(u32::from(five[i].0)), Mistake::AwsReservedMixedUp))
                .collect();
            Draft {
                prompt: Text::new(
                    format!(
                        "In the AWS subnet {cidr}, which of these addresses can be given to an instance?"
                    ),
                    format!(
                        "AWS のサブネット {cidr} で、インスタンスに割り当てられるアドレスはどれですか。"
                    ),
                ),
                kind: single_choice(rng, addr(usable), candidates, 3),
                explanation: vec![
                    listing,
                    Text::new(
                        format!("{} is none of them, so an instance can use it.", v4(usable)),
                        format!(
                            "{} はそのどれでもないので、インスタンスに使えます。",
                            v4(usable)
                        ),
                    ),
                ],
            }
        }
        Difficulty::Hard => {
            let base = network;
            let mut choices: Vec<Choice> = five
                .iter()
                .map(|(a, _)| Choice::right(addr(u32::from(*a))))
                .collect();
            choices.push(Choice::wrong(addr(base + 4), Mistake::AwsReservedMixedUp));
            choices.push(Choice::wrong(addr(last - 1), Mistake::AwsReservedMixedUp));
            super::super::draw::shuffle(rng, &mut choices);
            let answers = choices
                .iter()
                .enumerate()
                .filter(|(_, c)| c.mistake.is_none())
                .map(|(i, _)| i)
                .collect();
            Draft {
                prompt: Text::new(
                    format!("Select every address that AWS reserves in the subnet {cidr}."),
                    format!("サブネット {cidr} で AWS が予約するアドレスをすべて選んでください。"),
                ),
                kind: Kind::MultiChoice { choices, answers },
                explanation: vec![
                    listing,
                    Text::new(
                        format!(
                            "{} and {} are ordinary addresses an instance can use.",
                            v4(base + 4),
                            v4(last - 1)
                        ),
                        format!(
                            "{} と {} はインスタンスが使える普通のアドレスです。",
                            v4(base + 4),
                            v4(last - 1)
                        ),
                    ),
                ],
            }
        }
    }
}

/// `vpc.smallest_subnet`: the smallest AWS subnet for H instances.
pub(super) fn smallest_subnet(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let hosts = draw_hosts(rng, difficulty, 12, 16).min(65_531);
    let prefix = smallest_prefix_for_hosts(hosts, HostRule::Aws).unwrap_or(16);
    let answer = Value::Prefix(prefix);
    let candidates = vec![
        (
            Value::Prefix(smallest_raw(hosts, 2)),
            Mistake::UsedMinusTwoNotAwsFive,
        ),
        (
            Value::Prefix(smallest_raw(hosts, 0)),
            Mistake::ForgotAwsReserved,
        ),
        (Value::Prefix(prefix + 1), Mistake::OffByOneBit),
        (Value::Prefix(prefix - 1), Mistake::OffByOneBit),
    ];
    let fits = block(prefix) - 5;
    let smaller = block(prefix + 1).saturating_sub(5);
    Draft {
        prompt: Text::new(
            format!(
                "A subnet must hold {} instances. What is the smallest AWS subnet (the longest prefix) that fits?",
                grouped(hosts)
            ),
            format!(
                "{} 台のインスタンスを置くサブネットが必要です。入る最小の AWS サブネット（最も長いプレフィックス）は何ですか。",
                grouped(hosts)
            ),
        ),
        kind: choice_or_typed(
            rng,
            difficulty != Difficulty::Easy,
            Form::PrefixLen { mask_ok: true },
            answer,
            candidates,
        ),
        explanation: vec![
            Text::new(
                "An AWS subnet of /n has 2^(32 − n) − 5 usable addresses, and n must be 16 to 28.",
                "AWS の /n のサブネットで使えるのは 2^(32 − n) − 5 個で、n は 16〜28 です。",
            ),
            Text::new(
                format!(
                    "/{} gives {}, too few (or not allowed); {answer} gives {}, enough.",
                    prefix + 1,
                    grouped(smaller),
                    grouped(fits)
                ),
                format!(
                    "/{} では {} 個で足りない（または使えない）。{answer} なら {} 個で足ります。",
                    prefix + 1,
                    grouped(smaller),
                    grouped(fits)
                ),
            ),
        ],
    }
}

/// `vpc.overlap`: do two CIDR blocks overlap?
pub(super) fn overlap(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let (pa, pb) = match difficulty {
        Difficulty::Easy => (16u8, pick_of(rng, [16u8, 24])),
        Difficulty::Medium => (to_u8(between(rng, 16, 24)), to_u8(between(rng, 16, 28))),
        Difficulty::Hard => (to_u8(between(rng, 16, 27)), to_u8(between(rng, 17, 28))),
    };
    let a = private_block(rng, pa);
    let last_a = a | !mask_bits(pa);
    let b = match below(rng, 4) {
        // Inside A (or containing it, when B is the shorter prefix).
        0 => (a | (word(rng) & !mask_bits(pa))) & mask_bits(pb),
        // Right after A.
        1 => last_a.wrapping_add(1) & mask_bits(pb),
        // Right before A.
        2 => a.wrapping_sub(1) & mask_bits(pb),
        // Somewhere else in the same /8.
        _ => (a & 0xff00_0000 | (word(rng) & 0x00ff_ffff)) & mask_bits(pb),
    };
    let (Ok(na), Ok(nb)) = (Ipv4Net::new(v4(a), pa), Ipv4Net::new(v4(b), pb)) else {
        return aws_usable(difficulty, rng);
    };
    let found = check_overlaps(&[("A", IpNet::V4(na)), ("B", IpNet::V4(nb))]);
    let answer = !found.is_empty();
    let last_b = b | !mask_bits(pb);
    let adjacent = last_a.wrapping_add(1) == b || last_b.wrapping_add(1) == a;
    let mistake = if answer {
        Mistake::MissedContainment
    } else if adjacent {
        Mistake::AdjacentIsNotOverlap
    } else {
        Mistake::ComparedWholeOctets
    };
    let verdict = if answer {
        Text::new(
            "One range lies inside the other, so they share addresses.",
            "一方の範囲がもう一方に含まれるので、共通のアドレスがあります。",
        )
    } else {
        Text::new(
            "One range ends before the other starts, so no address is in both.",
            "一方の範囲が終わってからもう一方が始まるので、両方に入るアドレスはありません。",
        )
    };
    Draft {
        prompt: Text::new(
            format!("True or false: {na} and {nb} overlap."),
            format!("正誤問題：{na} と {nb} は重なっている。"),
        ),
        kind: Kind::TrueFalse {
            answer,
            mistake: Some(mistake),
        },
        explanation: vec![
            Text::new(
                format!(
                    "{na} runs from {} to {}; {nb} runs from {} to {}.",
                    v4(a),
                    v4(last_a),
                    v4(b),
                    v4(last_b)
                ),
                format!(
                    "{na} は {} 〜 {}、{nb} は {} 〜 {}。",
                    v4(a),
                    v4(last_a),
                    v4(b),
                    v4(last_b)
                ),
            ),
            verdict,
            so_answer(answer),
        ],
    }
}
