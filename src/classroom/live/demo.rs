//! Three fixed subnetting questions shared by the whole class, without a pack:
//! the session shape that journals of packless sessions hold, kept for them and
//! for the engine's own examples and tests (`class host --demo` hosts a built-in
//! pack instead). Every right answer is computed by the subnet core.

use ipnet::IpNet;

use super::model::{LiveQuestion, Pacing, Setup};
use crate::calc::info::{info, total_addresses, usable_hosts};

/// The demo session's title.
pub const TITLE: &str = "Subnetting warm-up";

/// The demo session with a join code, pacing and class size.
///
/// ```
/// use netdojo::classroom::live::demo::demo_setup;
/// use netdojo::classroom::live::model::Pacing;
/// let setup = demo_setup("net101", Pacing::Teacher { question_secs: None }, 40);
/// assert_eq!(setup.questions.len(), 3);
/// assert!(setup.check().is_ok());
/// ```
pub fn demo_setup(code: &str, pacing: Pacing, max_students: u32) -> Setup {
    Setup {
        title: TITLE.into(),
        code: code.into(),
        pacing,
        questions: demo_questions(),
        board_visible: true,
        max_students,
        roster: None,
        pack: None,
    }
}

fn net(text: &str) -> Option<IpNet> {
    text.parse().ok()
}

/// Puts the right answer among the wrong ones at `slot` and builds the question.
fn question(
    id: &str,
    prompts: (&str, &str),
    right: String,
    wrong: [String; 3],
    slot: usize,
    explain: (String, String),
) -> LiveQuestion {
    let mut choices: Vec<String> = wrong.into_iter().collect();
    let slot = slot.min(choices.len());
    choices.insert(slot, right);
    let refs: Vec<&str> = choices.iter().map(String::as_str).collect();
    let mut q = LiveQuestion::new(id, prompts.0, prompts.1, &refs, slot);
    q.points = 10;
    q.explain_en = explain.0;
    q.explain_ja = explain.1;
    q
}

/// The three demo questions.
pub fn demo_questions() -> Vec<LiveQuestion> {
    let mut questions = Vec::with_capacity(3);

    if let Some(block) = net("192.168.10.0/26") {
        let facts = info(block);
        let usable = facts.usable_hosts.to_string();
        questions.push(question(
            "demo-usable-26",
            (
                "How many usable host addresses does 192.168.10.0/26 have?",
                "192.168.10.0/26 で使えるホストアドレスはいくつ？",
            ),
            usable.clone(),
            [
                facts.total_addresses.to_string(),
                usable_hosts(27, false).to_string(),
                usable_hosts(25, false).to_string(),
            ],
            1,
            (
                format!(
                    "A /26 leaves 6 host bits: 2^6 = {} addresses, minus the network and broadcast addresses = {usable}.",
                    facts.total_addresses
                ),
                format!(
                    "/26 はホスト部が 6 ビット：2^6 = {} 個から、ネットワークアドレスとブロードキャストアドレスを除いて {usable} 個。",
                    facts.total_addresses
                ),
            ),
        ));
    }

    if let Some(block) = net("10.0.20.37/22") {
        let facts = info(block);
        let broadcast = facts
            .broadcast
            .map_or_else(|| facts.last_address.to_string(), |b| b.to_string());
        let same_24 = net("10.0.20.37/24")
            .and_then(|n| info(n).broadcast)
            .map_or_else(String::new, |b| b.to_string());
        questions.push(question(
            "demo-broadcast-22",
            (
                "What is the broadcast address of 10.0.20.37/22?",
                "10.0.20.37/22 のブロードキャストアドレスは？",
            ),
            broadcast.clone(),
            [
                same_24,
                facts.last_host.to_string(),
                facts.network.to_string(),
            ],
            2,
            (
                format!(
                    "A /22 spans four /24s starting at {}: the last address, {broadcast}, is the broadcast.",
                    facts.network
                ),
                format!(
                    "/22 は {} から始まる /24 四つ分。最後のアドレス {broadcast} がブロードキャスト。",
                    facts.network
                ),
            ),
        ));
    }

    if let Some(block) = net("10.0.1.0/28") {
        let facts = info(block);
        let total = total_addresses(28, false).to_string();
        let aws = facts
            .aws
            .as_ref()
            .map_or_else(|_| String::new(), |a| a.usable.to_string());
        questions.push(question(
            "demo-aws-28",
            (
                "An AWS subnet is 10.0.1.0/28. How many addresses can your instances use?",
                "AWS のサブネット 10.0.1.0/28 で、インスタンスが使えるアドレスはいくつ？",
            ),
            aws.clone(),
            [
                total.clone(),
                facts.usable_hosts.to_string(),
                usable_hosts(29, false).to_string(),
            ],
            3,
            (
                format!(
                    "AWS keeps 5 addresses of every subnet (network, +1 router, +2 DNS, +3 reserved, last): {total} − 5 = {aws}."
                ),
                format!(
                    "AWS はどのサブネットでも 5 個（ネットワーク、+1 ルーター、+2 DNS、+3 予約、最後）を使う：{total} − 5 = {aws}。"
                ),
            ),
        ));
    }
    questions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_answers_come_from_the_core() {
        let questions = demo_questions();
        let rows: Vec<(Vec<String>, usize)> = questions
            .iter()
            .map(|q| (q.choices.clone(), q.correct))
            .collect();
        assert_eq!(
            rows,
            vec![
                (vec!["64".into(), "62".into(), "30".into(), "126".into()], 1),
                (
                    vec![
                        "10.0.20.255".into(),
                        "10.0.23.254".into(),
                        "10.0.23.255".into(),
                        "10.0.20.0".into()
                    ],
                    2
                ),
                (vec!["16".into(), "14".into(), "6".into(), "11".into()], 3),
            ]
        );
        assert_eq!(
            questions[2].explain_en,
            "AWS keeps 5 addresses of every subnet (network, +1 router, +2 DNS, +3 reserved, last): 16 − 5 = 11."
        );
    }
}
