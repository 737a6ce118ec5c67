//! Property tests of the HTTP core: no input makes the parser panic, well-formed
//! messages built here come back clean and whole, and damage is found where it was made.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdojo::calc::http::{Class, Message, PartKind, Problem, StatusCode};
use proptest::prelude::*;

/// A request written out in the test, with its headers and body.
#[derive(Debug, Clone)]
struct Request {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Request {
    /// The message bytes with the given line ending; Content-Length is `declared`.
    fn bytes(&self, eol: &str, declared: usize) -> Vec<u8> {
        let mut text = format!(
            "{} {} HTTP/1.1{eol}Host: www.example.co.jp{eol}",
            self.method, self.target
        );
        for (name, value) in &self.headers {
            text.push_str(&format!("{name}: {value}{eol}"));
        }
        text.push_str(&format!("Content-Length: {declared}{eol}{eol}"));
        let mut bytes = text.into_bytes();
        bytes.extend(&self.body);
        bytes
    }
}

fn request() -> impl Strategy<Value = Request> {
    (
        prop::sample::select(vec!["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]),
        "/[a-z0-9/._-]{0,20}",
        prop::collection::vec(("X-[A-Za-z0-9-]{1,12}", "[ -~]{0,30}"), 0..6),
        prop::collection::vec(any::<u8>(), 0..64),
    )
        .prop_map(|(method, target, headers, body)| Request {
            method: method.to_string(),
            target,
            // Values keep no whitespace at either end, as a parser trims it.
            headers: headers
                .into_iter()
                .map(|(n, v)| (n, v.trim().to_string()))
                .collect(),
            body,
        })
}

proptest! {
    #[test]
    fn no_input_makes_the_parser_panic(input in prop::collection::vec(any::<u8>(), 0..512)) {
        let message = Message::parse(&input);
        let mut last_end = 0;
        for part in &message.parts {
            prop_assert!(part.start <= part.end && part.end <= input.len());
            prop_assert!(part.start >= last_end);
            last_end = part.end;
        }
    }

    #[test]
    fn text_like_input_never_panics(input in "[A-Za-z /:.\r\n\t0-9-]{0,200}") {
        let _ = Message::parse(input.as_bytes());
    }

    #[test]
    fn a_well_formed_request_is_clean_and_whole(req in request()) {
        let input = req.bytes("\r\n", req.body.len());
        let message = Message::parse(&input);
        prop_assert_eq!(&message.problems, &vec![]);
        // Request line, Host, the extra headers, Content-Length, empty line, body.
        prop_assert_eq!(message.parts.len(), req.headers.len() + 5);
        prop_assert_eq!(message.body_len(&input), Some(req.body.len()));
        let PartKind::RequestLine { method, target, .. } = &message.parts[0].kind else {
            panic!("no request line");
        };
        prop_assert_eq!(method, &req.method);
        prop_assert_eq!(target, &req.target);
        let headers: Vec<(String, String)> = message
            .headers()
            .skip(1)
            .take(req.headers.len())
            .map(|(_, n, v)| (n.to_string(), v.to_string()))
            .collect();
        prop_assert_eq!(headers, req.headers.clone());
    }

    #[test]
    fn bare_lf_names_every_header_line(req in request()) {
        let input = req.bytes("\n", req.body.len());
        let message = Message::parse(&input);
        // Start line, Host, the headers, Content-Length and the empty line all end in LF.
        let lines: Vec<usize> = (1..=req.headers.len() + 4).collect();
        prop_assert_eq!(message.problems, vec![Problem::BareLf { lines }]);
    }

    #[test]
    fn a_wrong_content_length_is_found(req in request(), extra in 1usize..1000) {
        let declared = req.body.len() + extra;
        let input = req.bytes("\r\n", declared);
        let message = Message::parse(&input);
        prop_assert_eq!(
            message.problems,
            vec![Problem::LengthMismatch { declared: declared as u64, actual: req.body.len() }]
        );
    }

    #[test]
    fn status_codes_classify_by_their_first_digit(code in any::<u16>()) {
        let parsed = code.to_string().parse::<StatusCode>();
        if (100..=599).contains(&code) {
            let class = parsed.unwrap().class();
            let expected = [Class::Informational, Class::Successful, Class::Redirection, Class::ClientError, Class::ServerError][usize::from(code / 100 - 1)];
            prop_assert_eq!(class, expected);
        } else {
            prop_assert!(parsed.is_err());
        }
    }
}
