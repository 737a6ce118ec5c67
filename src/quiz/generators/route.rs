//! M4 routing: longest-prefix match, and public or private subnets.

use ipnet::{IpNet, Ipv4Net};
use rand_chacha::ChaCha8Rng;

use super::single_choice;
use super::subnet::v4;
use crate::calc::route::{RouteSpec, RouteTable, TargetKind};
use crate::quiz::draw::{below, pick_of, shuffle, word};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Text, mask_bits};

/// A target id such as `igw-0a1b2c3d`.
fn target(rng: &mut ChaCha8Rng, prefix: &str) -> String {
    format!("{prefix}-{:08x}", word(rng))
}

/// One route of a generated table.
#[derive(Clone)]
struct Row {
    net: Ipv4Net,
    target: String,
}

fn row(network: u32, prefix: u8, target: String) -> Option<Row> {
    Ipv4Net::new(v4(network & mask_bits(prefix)), prefix)
        .ok()
        .map(|net| Row { net, target })
}

/// The table as the prompt shows it: one `DESTINATION  TARGET` line per route.
fn table_text(rows: &[Row]) -> String {
    let width = rows
        .iter()
        .map(|r| r.net.to_string().len())
        .max()
        .unwrap_or(0);
    rows.iter()
        .map(|r| format!("  {:<width$}  {}", r.net.to_string(), r.target))
        .collect::<Vec<_>>()
        .join("\n")
}

fn build(rows: &[Row]) -> Option<RouteTable> {
    RouteTable::from_specs(
        rows.iter()
            .map(|r| RouteSpec::new(r.net.to_string(), r.target.clone())),
    )
    .ok()
}

/// A random address inside a block.
fn inside(rng: &mut ChaCha8Rng, net: Ipv4Net) -> u32 {
    let host = !mask_bits(net.prefix_len());
    u32::from(net.network()) | (word(rng) & host)
}

/// `route.lpm`: which target a destination uses.
pub(super) fn lpm(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let vpc_second = below(rng, 256);
    let peer_second = (vpc_second + 1 + below(rng, 255)) % 256;
    let vpc = (10 << 24) | (vpc_second << 16);
    let peer = (10 << 24) | (peer_second << 16);
    let default_target = if below(rng, 2) == 0 {
        target(rng, "igw")
    } else {
        target(rng, "nat")
    };
    let mut rows: Vec<Row> = Vec::new();
    rows.extend(row(vpc, 16, "local".to_owned()));
    rows.extend(row(0, 0, default_target));
    let third = below(rng, 256);
    match difficulty {
        Difficulty::Easy => rows.extend(row(peer, 16, target(rng, "pcx"))),
        Difficulty::Medium => {
            rows.extend(row(peer, 16, target(rng, "pcx")));
            rows.extend(row(0xac10_0000, 12, target(rng, "tgw")));
            let site = 0xac10_0000 | (below(rng, 16) << 16) | (third << 8);
            rows.extend(row(site, 24, target(rng, "vgw")));
        }
        Difficulty::Hard => {
            rows.extend(row(peer | (below(rng, 16) << 12), 20, target(rng, "pcx")));
            rows.extend(row(0xac10_0000, 12, target(rng, "tgw")));
            let mid = 0xac10_0000 | (below(rng, 4) << 18);
            rows.extend(row(mid, 14, target(rng, "tgw")));
            let deep = mid | (below(rng, 4) << 16) | (below(rng, 32) << 11);
            rows.extend(row(deep, 21, target(rng, "eni")));
        }
    }
    // A destination inside one of the routes (the default route means "anywhere else").
    let aim = usize::try_from(below(rng, u32::try_from(rows.len()).unwrap_or(1))).unwrap_or(0);
    let destination = match rows.get(aim) {
        Some(r) if r.net.prefix_len() > 0 => inside(rng, r.net),
        _ => {
            let cloud = 0x3400_0000 | (word(rng) & 0xffff);
            pick_of(rng, [0x0808_0808u32, 0xc633_6414, 0xcb00_7107, cloud])
        }
    };
    shuffle(rng, &mut rows);
    let table = build(&rows);
    let winner = table
        .as_ref()
        .and_then(|t| t.best(v4(destination).into()))
        .map(|r| (r.destination(), r.target().id().to_owned()));
    let Some((winner_net, winner_target)) = winner else {
        return public_private(difficulty, rng);
    };
    // Matching routes that lose come first: they are the tempting wrong answers.
    let mut candidates: Vec<(Text, Mistake)> = Vec::new();
    let mut losers: Vec<&Row> = rows.iter().filter(|r| r.target != winner_target).collect();
    losers.sort_by_key(|r| !r.net.contains(&v4(destination)));
    for r in losers {
        let mistake = if !r.net.contains(&v4(destination)) {
            Mistake::RouteDoesNotMatch
        } else if r.net.prefix_len() == 0 {
            Mistake::DefaultRouteOnly
        } else {
            Mistake::ShortestPrefixWins
        };
        candidates.push((Text::same(r.target.clone()), mistake));
    }
    let matching: Vec<String> = rows
        .iter()
        .filter(|r| r.net.contains(&v4(destination)))
        .map(|r| r.net.to_string())
        .collect();
    let dest = v4(destination);
    let listing = table_text(&rows);
    let kind = single_choice(rng, Text::same(winner_target.clone()), candidates, 3);
    let winner_kind = TargetKind::of(&winner_target).describe();
    Draft {
        prompt: Text::new(
            format!(
                "A subnet's route table:\n{listing}\nWhich target does a packet to {dest} use?"
            ),
            format!(
                "あるサブネットのルートテーブル：\n{listing}\n{dest} 宛てのパケットはどのターゲットを使いますか。"
            ),
        ),
        kind,
        explanation: vec![
            Text::new(
                format!(
                    "Routes whose destination contains {dest}: {}.",
                    matching.join(", ")
                ),
                format!("{dest} を含む宛先の経路：{}。", matching.join("、")),
            ),
            Text::new(
                format!(
                    "The longest prefix wins: {winner_net}, so the packet goes to {winner_target} ({winner_kind})."
                ),
                format!(
                    "最も長いプレフィックスが勝ちます：{winner_net} なので、パケットは {winner_target} へ送られます。"
                ),
            ),
        ],
    }
}

/// `route.public_private`: is the subnet with this route table public?
pub(super) fn public_private(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let vpc = (10 << 24) | (below(rng, 256) << 16);
    let peer = (10 << 24) | (((vpc >> 16 & 0xff) + 1 + below(rng, 255)) % 256) << 16;
    let variants: u32 = match difficulty {
        Difficulty::Easy => 3,
        Difficulty::Medium => 5,
        Difficulty::Hard => 6,
    };
    let mut rows: Vec<Row> = Vec::new();
    rows.extend(row(vpc, 16, "local".to_owned()));
    match below(rng, variants) {
        0 => rows.extend(row(0, 0, target(rng, "igw"))),
        1 => rows.extend(row(0, 0, target(rng, "nat"))),
        2 => {}
        3 => rows.extend(row(0, 0, target(rng, "tgw"))),
        4 => {
            rows.extend(row(peer, 16, target(rng, "pcx")));
            rows.extend(row(0, 0, target(rng, "igw")));
        }
        _ => {
            rows.extend(row(peer, 16, target(rng, "pcx")));
            rows.extend(row(0, 0, target(rng, "nat")));
        }
    }
    let public = rows
        .iter()
        .any(|r| TargetKind::of(&r.target) == TargetKind::InternetGateway);
    let default_kind = rows
        .iter()
        .find(|r| r.net.prefix_len() == 0)
        .map(|r| TargetKind::of(&r.target));
    let wrong = if public {
        Mistake::IgwMakesPublic
    } else {
        match default_kind {
            Some(TargetKind::NatGateway) => Mistake::NatIsNotPublic,
            Some(TargetKind::TransitGateway | TargetKind::PeeringConnection) => {
                Mistake::PeeringIsNotInternet
            }
            _ => Mistake::NoIgwRoute,
        }
    };
    let public_text = Text::new("public", "パブリック");
    let private_text = Text::new("private", "プライベート");
    let (right, other) = if public {
        (public_text, private_text)
    } else {
        (private_text, public_text)
    };
    let listing = table_text(&rows);
    let reason = if public {
        Text::new(
            "The table has a route to an Internet gateway (igw-), which is what makes a subnet public.",
            "インターネットゲートウェイ（igw-）への経路があります。これがパブリックサブネットの条件です。",
        )
    } else {
        Text::new(
            "No route in the table goes to an Internet gateway (igw-), so the subnet is private.",
            "インターネットゲートウェイ（igw-）への経路がないので、サブネットはプライベートです。",
        )
    };
    // Shown in a fixed order, public first, so the letters mean the same every time.
    let kind = {
        let mut kind = single_choice(rng, right.clone(), vec![(other, wrong)], 1);
        if let crate::quiz::model::Kind::SingleChoice { choices, answer } = &mut kind {
            choices.sort_by_key(|c| c.text.en != "public");
            *answer = choices
                .iter()
                .position(|c| c.mistake.is_none())
                .unwrap_or(0);
        }
        kind
    };
    let _ = IpNet::V4;
    Draft {
        prompt: Text::new(
            format!("A subnet uses this route table:\n{listing}\nIs the subnet public or private?"),
            format!(
                "サブネットが次のルートテーブルを使っています：\n{listing}\nこのサブネットはパブリックですか、プライベートですか。"
            ),
        ),
        kind,
        explanation: vec![
            reason,
            Text::new(
                format!("So it is {}.", right.en),
                format!("したがって{}です。", right.ja),
            ),
        ],
    }
}
