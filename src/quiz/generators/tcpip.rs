//! M11 and M12: TCP sequence numbers, TTL, the layer of a protocol, and HTTP status
//! classes.

use rand_chacha::ChaCha8Rng;

use super::{single_choice, value_choice};
use crate::quiz::draw::{below, between, pick, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Kind, Text, Value};

/// `tcp.seq_ack`: the ACK number after a handshake and some data.
pub(super) fn seq_ack(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let isn = match difficulty {
        Difficulty::Easy => between(rng, 0, 9) * 1000,
        Difficulty::Medium => between(rng, 1000, 999_999),
        Difficulty::Hard => u32::MAX - between(rng, 0, 3000),
    };
    let sizes: Vec<u32> = (0..if difficulty == Difficulty::Easy { 1 } else { 2 })
        .map(|_| between(rng, 1, 1460))
        .collect();
    let data: u32 = sizes.iter().sum();
    // Sequence numbers wrap at 2^32.
    let ack = isn.wrapping_add(1).wrapping_add(data);
    let listed: Vec<String> = sizes.iter().map(u32::to_string).collect();
    let answer = Value::Integer(u64::from(ack));
    let candidates = vec![
        (
            Value::Integer(u64::from(isn.wrapping_add(data))),
            Mistake::SynNotCounted,
        ),
        (
            Value::Integer(u64::from(ack.wrapping_add(1))),
            Mistake::SynNotCounted,
        ),
        (
            Value::Integer(u64::from(
                isn.wrapping_add(1)
                    .wrapping_add(sizes.last().copied().unwrap_or(0)),
            )),
            Mistake::ForgotCount,
        ),
    ];
    let wrap = if u64::from(isn) + 1 + u64::from(data) > u64::from(u32::MAX) {
        Text::new(
            "Sequence numbers wrap around after 4,294,967,295 (they count modulo 2^32).",
            "順序番号は 4,294,967,295 の次で 0 に戻ります（2^32 を法とする）。",
        )
    } else {
        Text::new(
            "No wrap-around here (sequence numbers count modulo 2^32).",
            "ここでは一周しません（順序番号は 2^32 を法として数えます）。",
        )
    };
    Draft {
        prompt: Text::new(
            format!(
                "A client's initial sequence number (ISN) is {isn}. After the 3-way handshake it sends segments of {} bytes of data. What acknowledgment number does the server send after receiving them all?",
                listed.join(" and ")
            ),
            format!(
                "クライアントの初期シーケンス番号（ISN）は {isn} です。3 ウェイハンドシェイクの後、{} バイトのデータのセグメントを送ります。すべて受け取ったサーバーが返す確認応答番号は何ですか。",
                listed.join(" バイトと ")
            ),
        ),
        kind: super::choice_or_typed(
            rng,
            difficulty != Difficulty::Easy,
            crate::quiz::model::Form::Integer,
            answer,
            candidates,
        ),
        explanation: vec![
            Text::new(
                format!(
                    "The SYN uses one sequence number, so data starts at ISN + 1 = {}.",
                    isn.wrapping_add(1)
                ),
                format!(
                    "SYN が順序番号を 1 つ使うので、データは ISN + 1 = {} から始まります。",
                    isn.wrapping_add(1)
                ),
            ),
            wrap,
            Text::new(
                format!(
                    "The ACK names the next byte expected: {} + {data} = {ack}.",
                    isn.wrapping_add(1)
                ),
                format!(
                    "ACK は次に期待するバイトの番号：{} + {data} = {ack}。",
                    isn.wrapping_add(1)
                ),
            ),
        ],
    }
}

/// `ip.ttl`: the TTL a packet arrives with.
pub(super) fn ttl(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let start = match difficulty {
        Difficulty::Easy => 64,
        _ => pick_of(rng, [64u32, 128, 255]),
    };
    let routers = between(
        rng,
        1,
        if difficulty == Difficulty::Hard {
            30
        } else {
            12
        },
    );
    let answer = start - routers;
    let kind = value_choice(
        rng,
        Value::Integer(u64::from(answer)),
        vec![
            (Value::Integer(u64::from(answer - 1)), Mistake::TtlOffByOne),
            (Value::Integer(u64::from(answer + 1)), Mistake::TtlOffByOne),
            (Value::Integer(u64::from(start)), Mistake::TtlOffByOne),
        ],
    );
    Draft {
        prompt: Text::new(
            format!(
                "A packet leaves a host with TTL {start} and crosses {routers} routers to reach its destination. What TTL does it arrive with?"
            ),
            format!(
                "TTL {start} で送り出されたパケットが、宛先までに {routers} 台のルーターを通ります。宛先に届いたときの TTL はいくつですか。"
            ),
        ),
        kind,
        explanation: vec![Text::new(
            format!("Each router lowers the TTL by 1: {start} − {routers} = {answer}."),
            format!("ルーターごとに TTL が 1 減ります：{start} − {routers} = {answer}。"),
        )],
    }
}

/// The four layers of RFC 1122, with examples that textbooks agree on.
const LAYERS: [(&str, &str, &[&str]); 4] = [
    (
        "application",
        "アプリケーション層",
        &["HTTP", "DNS", "SSH", "SMTP", "FTP"],
    ),
    ("transport", "トランスポート層", &["TCP", "UDP"]),
    ("internet", "インターネット層", &["IP", "ICMP"]),
    ("link", "リンク層", &["Ethernet", "PPP"]),
];

/// `tcpip.layer`: the TCP/IP layer of a protocol.
pub(super) fn layer(_difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let index = usize::try_from(below(rng, 4)).unwrap_or(0);
    let (en, ja, examples) = LAYERS[index];
    let protocol = pick(rng, examples).copied().unwrap_or("TCP");
    let candidates = LAYERS
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .map(|(_, (e, j, _))| (Text::new(*e, *j), Mistake::WrongLayer))
        .collect();
    let mut kind = single_choice(rng, Text::new(en, ja), candidates, 3);
    // Top to bottom, as the model is drawn.
    if let Kind::SingleChoice { choices, answer } = &mut kind {
        choices.sort_by_key(|c| LAYERS.iter().position(|(e, _, _)| *e == c.text.en));
        *answer = choices
            .iter()
            .position(|c| c.mistake.is_none())
            .unwrap_or(0);
    }
    Draft {
        prompt: Text::new(
            format!(
                "In the 4-layer TCP/IP model (RFC 1122), which layer does {protocol} belong to?"
            ),
            format!("TCP/IP の 4 階層モデル（RFC 1122）で、{protocol} はどの層に属しますか。"),
        ),
        kind,
        explanation: vec![Text::new(
            format!(
                "{protocol} works at the {en} layer, together with {}.",
                examples.join(", ")
            ),
            format!(
                "{protocol} は{ja}のプロトコルです（同じ層：{}）。",
                examples.join("、")
            ),
        )],
    }
}

const CLASSES: [(&str, &str); 5] = [
    ("1xx informational", "1xx 情報"),
    ("2xx success", "2xx 成功"),
    ("3xx redirection", "3xx リダイレクト"),
    ("4xx client error", "4xx クライアントエラー"),
    ("5xx server error", "5xx サーバーエラー"),
];

/// `http.status_class`: the class of a status code (RFC 9110 §15).
pub(super) fn status_class(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let code = match difficulty {
        Difficulty::Easy => pick_of(rng, [200u32, 301, 404, 500, 503]),
        Difficulty::Medium => pick_of(
            rng,
            [100u32, 201, 204, 302, 304, 400, 401, 403, 429, 502, 504],
        ),
        Difficulty::Hard => between(rng, 100, 599),
    };
    // The class is the first digit (RFC 9110 §15).
    let class = usize::try_from(code / 100 - 1).unwrap_or(0);
    let (en, ja) = CLASSES[class];
    let candidates = CLASSES
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != class)
        .map(|(_, (e, j))| (Text::new(*e, *j), Mistake::WrongStatusClass))
        .collect();
    let mut kind = single_choice(rng, Text::new(en, ja), candidates, 4);
    if let Kind::SingleChoice { choices, answer } = &mut kind {
        choices.sort_by(|a, b| a.text.en.cmp(&b.text.en));
        *answer = choices
            .iter()
            .position(|c| c.mistake.is_none())
            .unwrap_or(0);
    }
    Draft {
        prompt: Text::new(
            format!("Which class does the HTTP status code {code} belong to?"),
            format!("HTTP ステータスコード {code} はどのクラスですか。"),
        ),
        kind,
        explanation: vec![Text::new(
            format!(
                "The first digit of {code} is {}, so it is {en}.",
                code / 100
            ),
            format!("{code} の最初の桁は {} なので「{ja}」です。", code / 100),
        )],
    }
}
