//! M12 HTTP messages: the parts of a generated request, and what is wrong with one.

use rand_chacha::ChaCha8Rng;

use super::{choice_or_typed, sentence, single_choice, so_answer};
use crate::calc::http::{Message, PartKind, Problem};
use crate::quiz::draw::{below, between, chance, pick, pick_of, shuffle};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Kind, Text, Value};

const TARGETS: [&str; 6] = [
    "/",
    "/index.html",
    "/api/items?page=2",
    "/login",
    "/images/logo.png",
    "/search?q=dns",
];

const HOSTS: [&str; 4] = [
    "www.example.co.jp",
    "example.com",
    "api.example.com",
    "shop.example.jp",
];

const EXTRA_HEADERS: [&str; 6] = [
    "Accept: */*",
    "User-Agent: netdojo/1.0",
    "Accept-Language: ja,en;q=0.8",
    "Cookie: session=abc123",
    "Cache-Control: no-cache",
    "Connection: keep-alive",
];

const BODIES: [&str; 4] = ["name=taro", "q=netdojo&page=2", "title=hello", "id=7&qty=3"];

/// A request as lines: request line, headers, then the body (if any) after the
/// empty line.
struct Request {
    request_line: String,
    headers: Vec<String>,
    empty_line: bool,
    body: String,
}

impl Request {
    fn random(rng: &mut ChaCha8Rng, difficulty: Difficulty, with_body: bool) -> Request {
        let method = if with_body {
            pick_of(rng, ["POST", "PUT"])
        } else {
            pick_of(rng, ["GET", "GET", "HEAD", "DELETE"])
        };
        let target = pick_of(rng, TARGETS);
        let version = if difficulty == Difficulty::Hard && chance(rng, 1, 4) {
            "HTTP/1.0"
        } else {
            "HTTP/1.1"
        };
        let most = if difficulty == Difficulty::Easy { 2 } else { 4 };
        let mut extra = EXTRA_HEADERS;
        shuffle(rng, &mut extra);
        let mut headers = vec![format!("Host: {}", pick_of(rng, HOSTS))];
        headers.extend(
            extra
                .iter()
                .take(usize::try_from(between(rng, 0, most)).unwrap_or(0))
                .map(|h| (*h).to_owned()),
        );
        let body = if with_body {
            let body = pick_of(rng, BODIES);
            headers.push("Content-Type: application/x-www-form-urlencoded".to_owned());
            headers.push(format!("Content-Length: {}", body.len()));
            body.to_owned()
        } else {
            String::new()
        };
        Request {
            request_line: format!("{method} {target} {version}"),
            headers,
            empty_line: true,
            body,
        }
    }

    /// The bytes on the wire: CRLF after every line.
    fn wire(&self) -> Vec<u8> {
        let mut text = format!("{}\r\n", self.request_line);
        for h in &self.headers {
            text.push_str(h);
            text.push_str("\r\n");
        }
        if self.empty_line {
            text.push_str("\r\n");
            text.push_str(&self.body);
        }
        text.into_bytes()
    }

    /// The message as the prompt shows it, two spaces in front of every line and the
    /// empty line written as `(empty line)`.
    fn shown(&self, empty: &str) -> String {
        let mut lines = vec![format!("  {}", self.request_line)];
        lines.extend(self.headers.iter().map(|h| format!("  {h}")));
        if self.empty_line {
            lines.push(format!("  {empty}"));
            if !self.body.is_empty() {
                lines.push(format!("  {}", self.body));
            }
        }
        lines.join("\n")
    }
}

const EMPTY_EN: &str = "(empty line)";
const EMPTY_JA: &str = "（空行）";

/// `http.parts`: method, target, version, header count or body of a request.
pub(super) fn parts(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let with_body = chance(rng, 1, 2);
    let request = Request::random(rng, difficulty, with_body);
    let wire = request.wire();
    let message = Message::parse(&wire);
    let (en, ja) = (request.shown(EMPTY_EN), request.shown(EMPTY_JA));
    let line = message.parts.iter().find_map(|p| match &p.kind {
        PartKind::RequestLine {
            method,
            target,
            version,
        } => Some([method.clone(), target.clone(), version.clone()]),
        _ => None,
    });
    let Some(fields) = line else {
        return problem(difficulty, rng);
    };
    let headers = message.headers().count();
    let body = message.body_len(&wire).unwrap_or(0);
    let intro = Text::new(
        format!(
            "A request line is METHOD TARGET VERSION: here {}, {} and {}.",
            fields[0], fields[1], fields[2]
        ),
        format!(
            "リクエストラインは「メソッド ターゲット バージョン」の順です。ここでは {}、{}、{} です。",
            fields[0], fields[1], fields[2]
        ),
    );
    let counted = Text::new(
        format!(
            "The header lines are those between the request line and the empty line: {headers} of them."
        ),
        format!("ヘッダーはリクエストラインと空行の間の行で、{headers} 行あります。"),
    );
    let asked = below(rng, 5);
    let (prompt_en, prompt_ja, kind, explanation) = match asked {
        0..=2 => {
            let index = usize::try_from(asked).unwrap_or(0);
            let (what_en, what_ja) = [
                ("method", "メソッド"),
                ("request target", "リクエストターゲット"),
                ("HTTP version", "HTTP バージョン"),
            ][index];
            let right = fields[index].clone();
            let candidates = fields
                .iter()
                .filter(|f| **f != right)
                .map(|f| (Text::same(f.clone()), Mistake::RequestLinePartsMixedUp))
                .collect();
            let mut kind = single_choice(rng, Text::same(right.clone()), candidates, 2);
            // In the order they appear on the line.
            if let Kind::SingleChoice { choices, answer } = &mut kind {
                choices.sort_by_key(|c| fields.iter().position(|f| *f == c.text.en));
                *answer = choices
                    .iter()
                    .position(|c| c.mistake.is_none())
                    .unwrap_or(0);
            }
            (
                format!("What is the {what_en} of this request?"),
                format!("このリクエストの{what_ja}はどれですか。"),
                kind,
                vec![
                    intro,
                    Text::new(
                        format!("So the {what_en} is {right}."),
                        format!("したがって{what_ja}は {right} です。"),
                    ),
                ],
            )
        }
        3 => {
            let n = u64::try_from(headers).unwrap_or(0);
            let kind = choice_or_typed(
                rng,
                difficulty == Difficulty::Hard,
                Form::Integer,
                Value::Integer(n),
                vec![
                    (Value::Integer(n + 1), Mistake::CountedNonHeaderLine),
                    (Value::Integer(n + 2), Mistake::CountedNonHeaderLine),
                    (
                        Value::Integer(n.saturating_sub(1)),
                        Mistake::CountedNonHeaderLine,
                    ),
                ],
            );
            (
                "How many header fields does this request have?".to_owned(),
                "このリクエストのヘッダーフィールドはいくつですか。".to_owned(),
                kind,
                vec![
                    counted,
                    Text::new(
                        format!("So the answer is {headers}."),
                        format!("したがって答えは {headers} です。"),
                    ),
                ],
            )
        }
        _ => {
            let answer = body > 0;
            let after = if answer {
                Text::new(
                    format!("After the empty line come {body} bytes: that is the body."),
                    format!("空行の後に {body} バイトあり、それがボディーです。"),
                )
            } else {
                Text::new(
                    "Nothing follows the empty line, so there is no body.",
                    "空行の後に何もないので、ボディーはありません。",
                )
            };
            (
                "True or false: this request has a body.".to_owned(),
                "正誤問題：このリクエストにはボディーがある。".to_owned(),
                Kind::TrueFalse {
                    answer,
                    mistake: Some(Mistake::BodyAfterEmptyLine),
                },
                vec![counted, after, so_answer(answer)],
            )
        }
    };
    Draft {
        prompt: Text::new(
            format!("An HTTP request:\n{en}\n{prompt_en}"),
            format!("HTTP リクエスト：\n{ja}\n{prompt_ja}"),
        ),
        kind,
        explanation,
    }
}

/// The flaws `http.problem` can put in a request.
#[derive(Clone, Copy)]
enum Flaw {
    NoHost,
    NoEmptyLine,
    BadRequestLine,
    NoColon,
    WrongLength,
    SpaceBeforeColon,
    BadVersion,
}

/// What a problem is called in a choice: the same short phrase for every message.
fn problem_name(problem: &Problem) -> Option<Text> {
    let (en, ja) = match problem {
        Problem::MissingHost => ("there is no Host header", "Host ヘッダーがない"),
        Problem::MissingEmptyLine => (
            "there is no empty line after the headers",
            "ヘッダーの後に空行がない",
        ),
        Problem::BadRequestLine { .. } => (
            "the request line is not METHOD TARGET VERSION",
            "リクエストラインが「メソッド ターゲット バージョン」になっていない",
        ),
        Problem::NotAHeader { .. } => {
            ("a header line has no colon", "コロンのないヘッダー行がある")
        }
        Problem::LengthMismatch { .. } => (
            "Content-Length does not match the body",
            "Content-Length がボディーの長さと合わない",
        ),
        Problem::SpaceBeforeColon { .. } => (
            "a header name is followed by a space before the colon",
            "ヘッダー名とコロンの間に空白がある",
        ),
        Problem::BadVersion { .. } => (
            "the HTTP version is written wrongly",
            "HTTP バージョンの書き方が誤っている",
        ),
        _ => return None,
    };
    Some(Text::new(en, ja))
}

/// Why the problem matters, in Japanese (the English is the parser's own line).
fn problem_ja(problem: &Problem) -> &'static str {
    match problem {
        Problem::MissingHost => "HTTP/1.1 のリクエストには Host ヘッダーが必須です。",
        Problem::MissingEmptyLine => {
            "ヘッダーの終わりには必ず空行（CRLF）が必要です。ボディーがなくても省けません。"
        }
        Problem::BadRequestLine { .. } => {
            "1 行目は「メソッド、空白 1 つ、ターゲット、空白 1 つ、バージョン」でなければなりません。"
        }
        Problem::NotAHeader { .. } => "ヘッダーは「名前: 値」の形で、コロンが必要です。",
        Problem::LengthMismatch { .. } => {
            "Content-Length の値とボディーのバイト数が一致していません。"
        }
        Problem::SpaceBeforeColon { .. } => {
            "ヘッダー名とコロンの間に空白を入れてはいけません。サーバーは拒否します。"
        }
        Problem::BadVersion { .. } => "バージョンは HTTP/1.1 や HTTP/1.0 の形で書きます。",
        _ => "",
    }
}

/// `http.problem`: what is wrong with a request.
pub(super) fn problem(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let pool: &[Flaw] = match difficulty {
        Difficulty::Easy => &[Flaw::NoHost, Flaw::NoEmptyLine, Flaw::BadRequestLine],
        Difficulty::Medium => &[
            Flaw::NoHost,
            Flaw::NoEmptyLine,
            Flaw::BadRequestLine,
            Flaw::NoColon,
            Flaw::WrongLength,
        ],
        Difficulty::Hard => &[
            Flaw::NoHost,
            Flaw::NoEmptyLine,
            Flaw::BadRequestLine,
            Flaw::NoColon,
            Flaw::WrongLength,
            Flaw::SpaceBeforeColon,
            Flaw::BadVersion,
        ],
    };
    let flaw = pick(rng, pool).copied().unwrap_or(Flaw::NoHost);
    let with_body = matches!(flaw, Flaw::WrongLength);
    let mut request = Request::random(rng, difficulty.min(Difficulty::Medium), with_body);
    // Keep a spare header for the flaws that spoil one.
    if request.headers.len() < 2 {
        request.headers.push("Accept: */*".to_owned());
    }
    let fields: Vec<String> = request.request_line.split(' ').map(str::to_owned).collect();
    let (method, target) = (
        fields.first().cloned().unwrap_or_default(),
        fields.get(1).cloned().unwrap_or_default(),
    );
    match flaw {
        Flaw::NoHost => request.headers.retain(|h| !h.starts_with("Host:")),
        Flaw::NoEmptyLine => request.empty_line = false,
        Flaw::BadRequestLine => {
            request.request_line = match below(rng, 3) {
                0 => format!("{method} {target}"),
                1 => format!("{method} /my page.html HTTP/1.1"),
                _ => format!("{method}  {target} HTTP/1.1"),
            }
        }
        Flaw::NoColon => {
            if let Some(h) = request.headers.get_mut(1) {
                *h = h.replacen(": ", " ", 1);
            }
        }
        Flaw::WrongLength => {
            let n = request.body.len();
            let wrong = n + usize::try_from(between(rng, 1, 9)).unwrap_or(1);
            for h in &mut request.headers {
                if h.starts_with("Content-Length:") {
                    *h = format!("Content-Length: {wrong}");
                }
            }
        }
        Flaw::SpaceBeforeColon => {
            if let Some(h) = request.headers.get_mut(1) {
                *h = h.replacen(": ", " : ", 1);
            }
        }
        Flaw::BadVersion => {
            request.request_line = format!(
                "{method} {target} {}",
                pick_of(rng, ["HTTP1.1", "http/1.1", "HTTP/1.2"])
            );
        }
    }
    let message = Message::parse(&request.wire());
    let found = match message.problems.as_slice() {
        [one] => one.clone(),
        _ => return parts(difficulty, rng),
    };
    let Some(right) = problem_name(&found) else {
        return parts(difficulty, rng);
    };
    let mut others: Vec<Text> = [
        Problem::MissingHost,
        Problem::MissingEmptyLine,
        Problem::BadRequestLine {
            text: String::new(),
        },
        Problem::NotAHeader {
            line: 0,
            text: String::new(),
        },
        Problem::LengthMismatch {
            declared: 0,
            actual: 0,
        },
        Problem::SpaceBeforeColon {
            line: 0,
            name: String::new(),
        },
        Problem::BadVersion {
            version: String::new(),
        },
    ]
    .iter()
    .filter_map(problem_name)
    .filter(|t| *t != right)
    .collect();
    shuffle(rng, &mut others);
    let candidates = others
        .into_iter()
        .map(|t| (t, Mistake::WrongHttpProblem))
        .collect();
    let kind = single_choice(rng, right.clone(), candidates, 3);
    let (en, ja) = (request.shown(EMPTY_EN), request.shown(EMPTY_JA));
    Draft {
        prompt: Text::new(
            format!("What is wrong with this HTTP request?\n{en}"),
            format!("この HTTP リクエストの誤りはどれですか。\n{ja}"),
        ),
        kind,
        explanation: vec![
            Text::new(
                "Check the parts in order: the request line, each header (NAME: value), the empty line, then the body.",
                "リクエストライン、各ヘッダー（名前: 値）、空行、ボディーの順に確かめます。",
            ),
            Text::new(sentence(&found.to_string()), problem_ja(&found)),
            Text::new(
                format!("So: {}.", right.en),
                format!("したがって「{}」が誤りです。", right.ja),
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::quiz::draw::rng_for_seed;
    use crate::quiz::model::Difficulty;

    /// Every flaw gives exactly one problem, so the generator never falls back.
    #[test]
    fn each_flawed_request_has_one_problem() {
        for difficulty in Difficulty::ALL {
            for seed in 0..300 {
                let draft = problem(difficulty, &mut rng_for_seed(seed));
                assert!(
                    draft.prompt.en.starts_with("What is wrong"),
                    "{difficulty} seed {seed}: {}",
                    draft.prompt.en
                );
            }
        }
    }

    /// Seed 1 pins each question: the prompt and the answer as shown.
    #[test]
    fn seed_one_gives_these_questions() {
        let cases = [
            (
                "http.parts",
                Difficulty::Easy,
                "An HTTP request:\n  HEAD /search?q=dns HTTP/1.1\n  Host: example.com\n  User-Agent: netdojo/1.0\n  (empty line)\nTrue or false: this request has a body.",
                "false",
            ),
            (
                "http.parts",
                Difficulty::Hard,
                "An HTTP request:\n  HEAD /search?q=dns HTTP/1.0\n  Host: shop.example.jp\n  Connection: keep-alive\n  User-Agent: netdojo/1.0\n  Accept: */*\n  Cache-Control: no-cache\n  (empty line)\nWhat is the method of this request?",
                "A (HEAD)",
            ),
            (
                "http.problem",
                Difficulty::Easy,
                "What is wrong with this HTTP request?\n  HEAD /search?q=dns\n  Host: example.com\n  User-Agent: netdojo/1.0\n  (empty line)",
                "B (the request line is not METHOD TARGET VERSION)",
            ),
            (
                "http.problem",
                Difficulty::Hard,
                "What is wrong with this HTTP request?\n  POST /search?q=dns HTTP/1.1\n  Host: example.com\n  User-Agent: netdojo/1.0\n  Content-Type: application/x-www-form-urlencoded\n  Content-Length: 17\n  (empty line)\n  name=taro",
                "C (Content-Length does not match the body)",
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
