//! Reading an HTTP/1.1 message (RFC 9112 §2.1): a start line, header lines, an empty
//! line, then the body. Every part is kept with its line number and byte range, so
//! a face can show each one next to what it means, and every problem is listed
//! instead of stopping at the first.

use super::problem::{Problem, visible};

/// Whether a message is a request or a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Sent by a client: starts with a request line.
    Request,
    /// Sent by a server: starts with a status line (`HTTP/...`).
    Response,
}

impl Kind {
    /// `request` or `response`.
    ///
    /// ```
    /// use netdojo::calc::http::Kind;
    /// assert_eq!(Kind::Response.code(), "response");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Kind::Request => "request",
            Kind::Response => "response",
        }
    }
}

/// How a line ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnd {
    /// CR LF, as HTTP/1.1 requires.
    CrLf,
    /// LF alone.
    Lf,
    /// The input ended without a line break.
    Missing,
}

impl LineEnd {
    /// `CRLF`, `LF` or `none`.
    ///
    /// ```
    /// use netdojo::calc::http::LineEnd;
    /// assert_eq!(LineEnd::Lf.code(), "LF");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            LineEnd::CrLf => "CRLF",
            LineEnd::Lf => "LF",
            LineEnd::Missing => "none",
        }
    }
}

/// What a part of the message is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartKind {
    /// `METHOD SP TARGET SP VERSION`; fields are empty when the line did not split.
    RequestLine {
        /// The method, such as GET.
        method: String,
        /// The request target, such as `/index.html`.
        target: String,
        /// The version, such as `HTTP/1.1`.
        version: String,
    },
    /// `VERSION SP CODE SP REASON`.
    StatusLine {
        /// The version.
        version: String,
        /// The status code as written.
        code: String,
        /// The reason phrase (may be empty).
        reason: String,
    },
    /// `NAME: value`.
    Header {
        /// The field name as written (without whitespace before the colon).
        name: String,
        /// The value without the whitespace around it.
        value: String,
    },
    /// A line of the header section that is not a header.
    NotAHeader,
    /// A continuation line of an obsolete folded header.
    Fold,
    /// The empty line that ends the headers.
    EmptyLine,
    /// Everything after the empty line.
    Body,
}

impl PartKind {
    /// A short name: `request line`, `status line`, `header`, ... .
    ///
    /// ```
    /// use netdojo::calc::http::PartKind;
    /// assert_eq!(PartKind::EmptyLine.name(), "empty line");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            PartKind::RequestLine { .. } => "request line",
            PartKind::StatusLine { .. } => "status line",
            PartKind::Header { .. } => "header",
            PartKind::NotAHeader => "not a header",
            PartKind::Fold => "folded line",
            PartKind::EmptyLine => "empty line",
            PartKind::Body => "body",
        }
    }
}

/// One part of a message: where it is and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The line it starts on, from 1.
    pub line: usize,
    /// Byte offset of its first byte in the input.
    pub start: usize,
    /// Byte offset just past its content (before the line ending).
    pub end: usize,
    /// How its line ended (the body has [`LineEnd::Missing`]).
    pub line_end: LineEnd,
    /// What it is.
    pub kind: PartKind,
}

impl Part {
    /// The part's bytes in `input`.
    ///
    /// ```
    /// use netdojo::calc::http::Message;
    /// let input = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n";
    /// let message = Message::parse(input);
    /// assert_eq!(message.parts[1].bytes(input), b"Host: a");
    /// ```
    pub fn bytes<'a>(&self, input: &'a [u8]) -> &'a [u8] {
        input.get(self.start..self.end).unwrap_or_default()
    }
}

/// A parsed message: its parts in order and every problem found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Request or response (`None` for empty input).
    pub kind: Option<Kind>,
    /// The parts in input order.
    pub parts: Vec<Part>,
    /// What is wrong, in the order found.
    pub problems: Vec<Problem>,
}

/// A line of input: content range and ending.
struct Line {
    number: usize,
    start: usize,
    end: usize,
    next: usize,
    line_end: LineEnd,
}

fn next_line(input: &[u8], start: usize, number: usize) -> Line {
    let rest = input.get(start..).unwrap_or_default();
    match rest.iter().position(|b| *b == b'\n') {
        Some(offset) => {
            let newline = start.saturating_add(offset);
            let crlf = offset > 0 && rest.get(offset.saturating_sub(1)) == Some(&b'\r');
            Line {
                number,
                start,
                end: if crlf {
                    newline.saturating_sub(1)
                } else {
                    newline
                },
                next: newline.saturating_add(1),
                line_end: if crlf { LineEnd::CrLf } else { LineEnd::Lf },
            }
        }
        None => Line {
            number,
            start,
            end: input.len(),
            next: input.len(),
            line_end: LineEnd::Missing,
        },
    }
}

fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn is_version(text: &str) -> bool {
    matches!(text, "HTTP/1.0" | "HTTP/1.1")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

impl Message {
    /// Reads a message from bytes. Never fails: what does not fit the grammar is kept
    /// as a part and reported as a problem.
    ///
    /// ```
    /// use netdojo::calc::http::{Kind, Message, Problem};
    /// let ok = Message::parse(b"GET / HTTP/1.1\r\nHost: example.com\r\n\r\n");
    /// assert_eq!(ok.kind, Some(Kind::Request));
    /// assert!(ok.problems.is_empty());
    /// let bad = Message::parse(b"GET / HTTP/1.1\r\n\r\n");
    /// assert_eq!(bad.problems, vec![Problem::MissingHost]);
    /// ```
    pub fn parse(input: &[u8]) -> Message {
        let mut message = Message {
            kind: None,
            parts: Vec::new(),
            problems: Vec::new(),
        };
        if input.is_empty() {
            message.problems.push(Problem::Empty);
            return message;
        }
        let mut bare_lf = Vec::new();
        let first = next_line(input, 0, 1);
        if first.line_end == LineEnd::Lf {
            bare_lf.push(1);
        }
        message.read_start_line(input, &first);
        let mut position = first.next;
        let mut number: usize = 1;
        let mut found_empty_line = false;
        while position < input.len() {
            number = number.saturating_add(1);
            let line = next_line(input, position, number);
            position = line.next;
            if line.line_end == LineEnd::Lf {
                bare_lf.push(number);
            }
            if line.start == line.end && line.line_end != LineEnd::Missing {
                message.push(&line, PartKind::EmptyLine);
                found_empty_line = true;
                break;
            }
            message.read_header(input, &line);
        }
        if found_empty_line {
            message.parts.push(Part {
                line: number.saturating_add(1),
                start: position,
                end: input.len(),
                line_end: LineEnd::Missing,
                kind: PartKind::Body,
            });
        } else {
            message.problems.push(Problem::MissingEmptyLine);
        }
        if !bare_lf.is_empty() {
            message
                .problems
                .insert(0, Problem::BareLf { lines: bare_lf });
        }
        message.check_headers(input);
        message
    }

    fn push(&mut self, line: &Line, kind: PartKind) {
        self.parts.push(Part {
            line: line.number,
            start: line.start,
            end: line.end,
            line_end: line.line_end,
            kind,
        });
    }

    fn read_start_line(&mut self, input: &[u8], line: &Line) {
        let content = input.get(line.start..line.end).unwrap_or_default();
        let shown = visible(content);
        let fields: Vec<&[u8]> = content.split(|b| *b == b' ').collect();
        if content.starts_with(b"HTTP/") {
            self.kind = Some(Kind::Response);
            let mut pieces = content.splitn(3, |b| *b == b' ');
            let version = text(pieces.next().unwrap_or_default());
            let code = text(pieces.next().unwrap_or_default());
            let reason = text(pieces.next().unwrap_or_default());
            if !is_version(&version) {
                self.problems.push(Problem::BadVersion {
                    version: version.clone(),
                });
            }
            if code.is_empty() {
                self.problems.push(Problem::BadStatusLine { text: shown });
            } else if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
                self.problems
                    .push(Problem::CodeNotThreeDigits { code: code.clone() });
            } else if let Ok(value) = code.parse::<u16>() {
                if !(100..=599).contains(&value) {
                    self.problems.push(Problem::CodeOutOfRange { code: value });
                }
            }
            self.push(
                line,
                PartKind::StatusLine {
                    version,
                    code,
                    reason,
                },
            );
            return;
        }
        self.kind = Some(Kind::Request);
        let well_formed = fields.len() == 3
            && !fields[1].is_empty()
            && !fields[0].is_empty()
            && fields[0].iter().all(|b| is_tchar(*b))
            && !fields[1]
                .iter()
                .any(|b| b.is_ascii_whitespace() || b.is_ascii_control());
        if !well_formed {
            self.problems.push(Problem::BadRequestLine { text: shown });
            self.push(
                line,
                PartKind::RequestLine {
                    method: String::new(),
                    target: String::new(),
                    version: String::new(),
                },
            );
            return;
        }
        let version = text(fields[2]);
        if !is_version(&version) {
            self.problems.push(Problem::BadVersion {
                version: version.clone(),
            });
        }
        self.push(
            line,
            PartKind::RequestLine {
                method: text(fields[0]),
                target: text(fields[1]),
                version,
            },
        );
    }

    fn read_header(&mut self, input: &[u8], line: &Line) {
        let content = input.get(line.start..line.end).unwrap_or_default();
        if content.first().is_some_and(|b| *b == b' ' || *b == b'\t') {
            self.problems
                .push(Problem::ObsoleteFold { line: line.number });
            self.push(line, PartKind::Fold);
            return;
        }
        let Some(colon) = content.iter().position(|b| *b == b':') else {
            self.problems.push(Problem::NotAHeader {
                line: line.number,
                text: visible(content),
            });
            self.push(line, PartKind::NotAHeader);
            return;
        };
        let raw_name = content.get(..colon).unwrap_or_default();
        let name = raw_name.trim_ascii_end();
        if name.len() != raw_name.len() {
            self.problems.push(Problem::SpaceBeforeColon {
                line: line.number,
                name: visible(raw_name),
            });
        } else if name.is_empty() || !name.iter().all(|b| is_tchar(*b)) {
            self.problems.push(Problem::BadHeaderName {
                line: line.number,
                name: visible(name),
            });
        }
        let value = content
            .get(colon.saturating_add(1)..)
            .unwrap_or_default()
            .trim_ascii();
        self.push(
            line,
            PartKind::Header {
                name: text(name),
                value: text(value),
            },
        );
    }

    /// Host, Content-Length, Transfer-Encoding and the body's length.
    fn check_headers(&mut self, input: &[u8]) {
        let is_request = self.kind == Some(Kind::Request);
        let version_11 = self.parts.iter().any(
            |p| matches!(&p.kind, PartKind::RequestLine { version, .. } if version == "HTTP/1.1"),
        );
        let host_lines = self.header_lines("host");
        if is_request && version_11 && host_lines.is_empty() {
            self.problems.push(Problem::MissingHost);
        }
        if is_request && host_lines.len() > 1 {
            self.problems
                .push(Problem::DuplicateHost { lines: host_lines });
        }
        let lengths: Vec<(usize, String)> = self
            .headers()
            .filter(|(_, name, _)| name.eq_ignore_ascii_case("content-length"))
            .map(|(line, _, value)| (line, value.to_string()))
            .collect();
        let has_transfer_encoding = !self.header_lines("transfer-encoding").is_empty();
        let body = self.body_len(input);
        let mut declared: Option<u64> = None;
        for (line, value) in &lengths {
            match value.parse::<u64>() {
                Ok(n) if value.bytes().all(|b| b.is_ascii_digit()) => declared = Some(n),
                _ => self.problems.push(Problem::BadContentLength {
                    line: *line,
                    value: value.clone(),
                }),
            }
        }
        let mut values: Vec<String> = lengths.iter().map(|(_, v)| v.clone()).collect();
        values.dedup();
        if values.len() > 1 {
            self.problems.push(Problem::ConflictingContentLength {
                values,
                lines: lengths.iter().map(|(line, _)| *line).collect(),
            });
        } else if let (Some(declared), Some(actual), false) =
            (declared, body, has_transfer_encoding)
        {
            if u64::try_from(actual).ok() != Some(declared) {
                self.problems
                    .push(Problem::LengthMismatch { declared, actual });
            }
        }
        if !lengths.is_empty() && has_transfer_encoding {
            self.problems.push(Problem::LengthAndTransferEncoding);
        }
        if let Some(bytes) = body {
            if is_request && bytes > 0 && lengths.is_empty() && !has_transfer_encoding {
                self.problems.push(Problem::BodyWithoutLength { bytes });
            }
        }
    }

    fn header_lines(&self, wanted: &str) -> Vec<usize> {
        self.headers()
            .filter(|(_, name, _)| name.eq_ignore_ascii_case(wanted))
            .map(|(line, _, _)| line)
            .collect()
    }

    /// The headers in order: line number, name, value.
    ///
    /// ```
    /// use netdojo::calc::http::Message;
    /// let message = Message::parse(b"GET / HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n");
    /// let names: Vec<&str> = message.headers().map(|(_, name, _)| name).collect();
    /// assert_eq!(names, ["Host", "Accept"]);
    /// ```
    pub fn headers(&self) -> impl Iterator<Item = (usize, &str, &str)> {
        self.parts.iter().filter_map(|p| match &p.kind {
            PartKind::Header { name, value } => Some((p.line, name.as_str(), value.as_str())),
            _ => None,
        })
    }

    /// The body's length in bytes (`None` when there is no empty line, so no body).
    ///
    /// ```
    /// use netdojo::calc::http::Message;
    /// let input = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi";
    /// assert_eq!(Message::parse(input).body_len(input), Some(2));
    /// ```
    pub fn body_len(&self, input: &[u8]) -> Option<usize> {
        self.parts
            .iter()
            .find(|p| p.kind == PartKind::Body)
            .map(|p| p.bytes(input).len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(input: &[u8]) -> Vec<Problem> {
        Message::parse(input).problems
    }

    #[test]
    fn a_clean_request_and_its_parts() {
        let input = b"GET /index.html HTTP/1.1\r\nHost: www.example.co.jp\r\nAccept: */*\r\n\r\n";
        let message = Message::parse(input);
        assert!(message.problems.is_empty());
        let names: Vec<&str> = message.parts.iter().map(|p| p.kind.name()).collect();
        assert_eq!(
            names,
            ["request line", "header", "header", "empty line", "body"]
        );
        assert_eq!(
            message.parts[0].kind,
            PartKind::RequestLine {
                method: "GET".into(),
                target: "/index.html".into(),
                version: "HTTP/1.1".into()
            }
        );
        assert_eq!(message.parts[4].line, 5);
        assert_eq!(message.body_len(input), Some(0));
    }

    #[test]
    fn a_clean_response_with_a_body() {
        let input = b"HTTP/1.1 404 Not Found\r\nContent-Length: 5\r\n\r\nnope\n";
        let message = Message::parse(input);
        assert_eq!(message.problems, vec![]);
        assert_eq!(message.kind, Some(Kind::Response));
        assert_eq!(message.body_len(input), Some(5));
    }

    #[test]
    fn bare_lf_is_reported_once_with_every_line() {
        let input = b"GET / HTTP/1.1\nHost: a\r\n\n";
        assert_eq!(problems(input), vec![Problem::BareLf { lines: vec![1, 3] }]);
    }

    #[test]
    fn missing_empty_line() {
        assert_eq!(
            problems(b"GET / HTTP/1.1\r\nHost: a\r\n"),
            vec![Problem::MissingEmptyLine]
        );
        assert_eq!(
            problems(b"HTTP/1.1 204 No Content"),
            vec![Problem::MissingEmptyLine]
        );
    }

    #[test]
    fn host_rules() {
        assert_eq!(problems(b"GET / HTTP/1.0\r\n\r\n"), vec![]);
        assert_eq!(
            problems(b"GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n"),
            vec![Problem::DuplicateHost { lines: vec![2, 3] }]
        );
    }

    #[test]
    fn start_lines() {
        assert_eq!(
            problems(b"GET  / HTTP/1.1\r\nHost: a\r\n\r\n"),
            vec![Problem::BadRequestLine {
                text: "GET  / HTTP/1.1".into()
            }]
        );
        assert_eq!(
            problems(b"GET / HTTP/2\r\nHost: a\r\n\r\n"),
            vec![Problem::BadVersion {
                version: "HTTP/2".into()
            }]
        );
        assert_eq!(
            problems(b"HTTP/1.1 20 OK\r\n\r\n"),
            vec![Problem::CodeNotThreeDigits { code: "20".into() }]
        );
        assert_eq!(
            problems(b"HTTP/1.1 600 Odd\r\n\r\n"),
            vec![Problem::CodeOutOfRange { code: 600 }]
        );
        assert_eq!(
            problems(b"HTTP/1.1\r\n\r\n"),
            vec![Problem::BadStatusLine {
                text: "HTTP/1.1".into()
            }]
        );
        // A status line without a reason phrase is accepted.
        assert_eq!(problems(b"HTTP/1.1 200\r\n\r\n"), vec![]);
    }

    #[test]
    fn header_syntax() {
        assert_eq!(
            problems(b"GET / HTTP/1.1\r\nHost : a\r\nX-Long: a\r\n  b\r\nnonsense\r\n\r\n"),
            vec![
                Problem::SpaceBeforeColon {
                    line: 2,
                    name: "Host ".into()
                },
                Problem::ObsoleteFold { line: 4 },
                Problem::NotAHeader {
                    line: 5,
                    text: "nonsense".into()
                },
            ]
        );
        assert_eq!(
            problems(b"GET / HTTP/1.1\r\nHost: a\r\nBad(name): x\r\n\r\n"),
            vec![Problem::BadHeaderName {
                line: 3,
                name: "Bad(name)".into()
            }]
        );
    }

    #[test]
    fn lengths() {
        assert_eq!(
            problems(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"),
            vec![Problem::LengthMismatch {
                declared: 10,
                actual: 5
            }]
        );
        assert_eq!(
            problems(b"HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n"),
            vec![Problem::BadContentLength {
                line: 2,
                value: "ten".into()
            }]
        );
        assert_eq!(
            problems(b"HTTP/1.1 200 OK\r\nContent-Length: +5\r\n\r\nhello"),
            vec![Problem::BadContentLength {
                line: 2,
                value: "+5".into()
            }]
        );
        assert_eq!(
            problems(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
            vec![Problem::LengthAndTransferEncoding]
        );
        assert_eq!(
            problems(b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nx"),
            vec![Problem::ConflictingContentLength {
                values: vec!["1".into(), "2".into()],
                lines: vec![2, 3]
            }]
        );
        assert_eq!(
            problems(b"POST /form HTTP/1.1\r\nHost: a\r\n\r\nname=x"),
            vec![Problem::BodyWithoutLength { bytes: 6 }]
        );
        // A response may run its body to the end of the connection.
        assert_eq!(problems(b"HTTP/1.0 200 OK\r\n\r\nall of it"), vec![]);
    }

    #[test]
    fn empty_and_odd_inputs() {
        assert_eq!(problems(b""), vec![Problem::Empty]);
        let message = Message::parse(b"\r\n");
        assert_eq!(message.kind, Some(Kind::Request));
        assert!(message.problems.contains(&Problem::MissingEmptyLine));
        let message = Message::parse(b"\xff\xfe / HTTP/1.1\r\n\r\n");
        assert!(!message.problems.is_empty());
    }
}
