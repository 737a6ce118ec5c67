//! What can be wrong with an HTTP/1.1 message, each with the line it was found on.

/// One problem found in a message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// Nothing at all was given.
    #[error("the message is empty")]
    Empty,
    /// Lines ending in LF alone.
    #[error(
        "{} {} with a bare LF (\\n); HTTP/1.1 lines end with CRLF (\\r\\n)",
        plural_lines(lines),
        verb(lines)
    )]
    BareLf {
        /// The line numbers, from 1.
        lines: Vec<usize>,
    },
    /// The headers never end with an empty line.
    #[error("no empty line (CRLF) after the headers: every message needs one, even without a body")]
    MissingEmptyLine,
    /// A request line that is not `METHOD SP TARGET SP VERSION`.
    #[error(
        "line 1: \"{text}\" is not a request line (METHOD, one space, TARGET, one space, VERSION)"
    )]
    BadRequestLine {
        /// The line as read.
        text: String,
    },
    /// A status line that is not `VERSION SP CODE SP REASON`.
    #[error(
        "line 1: \"{text}\" is not a status line (VERSION, one space, 3-digit CODE, one space, REASON)"
    )]
    BadStatusLine {
        /// The line as read.
        text: String,
    },
    /// A version other than HTTP/1.0 or HTTP/1.1.
    #[error(
        "line 1: \"{version}\" is not a version this text format uses: expected HTTP/1.1 or HTTP/1.0"
    )]
    BadVersion {
        /// The version as written.
        version: String,
    },
    /// A status code that is not three digits.
    #[error("line 1: status code \"{code}\" is not 3 digits")]
    CodeNotThreeDigits {
        /// The code as written.
        code: String,
    },
    /// A status code outside 100 to 599.
    #[error("line 1: status code {code} is outside 100 to 599")]
    CodeOutOfRange {
        /// The code.
        code: u16,
    },
    /// An HTTP/1.1 request without Host.
    #[error("an HTTP/1.1 request must have a Host header")]
    MissingHost,
    /// More than one Host header.
    #[error("Host appears {} times ({}); a request has exactly one", lines.len(), plural_lines(lines))]
    DuplicateHost {
        /// The lines of the Host headers.
        lines: Vec<usize>,
    },
    /// A line in the header section without a colon.
    #[error("line {line}: \"{text}\" is not a header (NAME: value)")]
    NotAHeader {
        /// The line number.
        line: usize,
        /// The line as read.
        text: String,
    },
    /// A header name with characters a name may not have.
    #[error(
        "line {line}: \"{name}\" is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)"
    )]
    BadHeaderName {
        /// The line number.
        line: usize,
        /// The name as read.
        name: String,
    },
    /// Whitespace between a header name and its colon.
    #[error("line {line}: whitespace before the colon in \"{name}:\", which a server must reject")]
    SpaceBeforeColon {
        /// The line number.
        line: usize,
        /// The name with its trailing whitespace.
        name: String,
    },
    /// A header line continued on the next line (obs-fold).
    #[error(
        "line {line} starts with whitespace: folding a header over lines (obs-fold) is obsolete"
    )]
    ObsoleteFold {
        /// The line number of the continuation.
        line: usize,
    },
    /// A Content-Length that is not a number.
    #[error("line {line}: Content-Length \"{value}\" is not a number of bytes")]
    BadContentLength {
        /// The line number.
        line: usize,
        /// The value as written.
        value: String,
    },
    /// Two Content-Length headers that disagree.
    #[error("Content-Length appears with different values ({}) on {}", values.join(", "), plural_lines(lines))]
    ConflictingContentLength {
        /// The values.
        values: Vec<String>,
        /// Their lines.
        lines: Vec<usize>,
    },
    /// Content-Length differs from the body's length.
    #[error("Content-Length says {declared} bytes but the body has {actual}")]
    LengthMismatch {
        /// The declared length.
        declared: u64,
        /// The bytes after the empty line.
        actual: usize,
    },
    /// Both Content-Length and Transfer-Encoding.
    #[error("both Content-Length and Transfer-Encoding are present: a sender must not send both")]
    LengthAndTransferEncoding,
    /// A request body the server would not read.
    #[error(
        "the request has a {bytes}-byte body but no Content-Length or Transfer-Encoding, so a server reads no body"
    )]
    BodyWithoutLength {
        /// The bytes after the empty line.
        bytes: usize,
    },
}

fn plural_lines(lines: &[usize]) -> String {
    let list: Vec<String> = lines.iter().map(ToString::to_string).collect();
    match lines {
        [_] => format!("line {}", list.join(", ")),
        _ => format!("lines {}", list.join(", ")),
    }
}

fn verb(lines: &[usize]) -> &'static str {
    if lines.len() == 1 { "ends" } else { "end" }
}

impl Problem {
    /// A stable short name for JSON and tests.
    ///
    /// ```
    /// use netdojo::calc::http::Problem;
    /// assert_eq!(Problem::MissingHost.code(), "missing_host");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Empty => "empty",
            Problem::BareLf { .. } => "bare_lf",
            Problem::MissingEmptyLine => "missing_empty_line",
            Problem::BadRequestLine { .. } => "bad_request_line",
            Problem::BadStatusLine { .. } => "bad_status_line",
            Problem::BadVersion { .. } => "bad_version",
            Problem::CodeNotThreeDigits { .. } => "code_not_three_digits",
            Problem::CodeOutOfRange { .. } => "code_out_of_range",
            Problem::MissingHost => "missing_host",
            Problem::DuplicateHost { .. } => "duplicate_host",
            Problem::NotAHeader { .. } => "not_a_header",
            Problem::BadHeaderName { .. } => "bad_header_name",
            Problem::SpaceBeforeColon { .. } => "space_before_colon",
            Problem::ObsoleteFold { .. } => "obsolete_fold",
            Problem::BadContentLength { .. } => "bad_content_length",
            Problem::ConflictingContentLength { .. } => "conflicting_content_length",
            Problem::LengthMismatch { .. } => "length_mismatch",
            Problem::LengthAndTransferEncoding => "length_and_transfer_encoding",
            Problem::BodyWithoutLength { .. } => "body_without_length",
        }
    }

    /// The first line the problem is on, when it is on one.
    ///
    /// ```
    /// use netdojo::calc::http::Problem;
    /// assert_eq!(Problem::ObsoleteFold { line: 4 }.line(), Some(4));
    /// assert_eq!(Problem::MissingHost.line(), None);
    /// ```
    pub fn line(&self) -> Option<usize> {
        match self {
            Problem::BadRequestLine { .. }
            | Problem::BadStatusLine { .. }
            | Problem::BadVersion { .. }
            | Problem::CodeNotThreeDigits { .. }
            | Problem::CodeOutOfRange { .. } => Some(1),
            Problem::BareLf { lines }
            | Problem::DuplicateHost { lines }
            | Problem::ConflictingContentLength { lines, .. } => lines.first().copied(),
            Problem::NotAHeader { line, .. }
            | Problem::BadHeaderName { line, .. }
            | Problem::SpaceBeforeColon { line, .. }
            | Problem::ObsoleteFold { line }
            | Problem::BadContentLength { line, .. } => Some(*line),
            Problem::Empty
            | Problem::MissingEmptyLine
            | Problem::MissingHost
            | Problem::LengthMismatch { .. }
            | Problem::LengthAndTransferEncoding
            | Problem::BodyWithoutLength { .. } => None,
        }
    }
}

/// Shows bytes of a message as text: invalid UTF-8 replaced, control characters escaped.
///
/// ```
/// use netdojo::calc::http::visible;
/// assert_eq!(visible(b"a\tb\r"), "a\\tb\\r");
/// ```
pub fn visible(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            shown.extend(c.escape_debug());
        } else {
            shown.push(c);
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording() {
        assert_eq!(
            Problem::BareLf { lines: vec![1, 2] }.to_string(),
            "lines 1, 2 end with a bare LF (\\n); HTTP/1.1 lines end with CRLF (\\r\\n)"
        );
        assert_eq!(
            Problem::BareLf { lines: vec![3] }.to_string(),
            "line 3 ends with a bare LF (\\n); HTTP/1.1 lines end with CRLF (\\r\\n)"
        );
        assert_eq!(
            Problem::DuplicateHost { lines: vec![2, 5] }.to_string(),
            "Host appears 2 times (lines 2, 5); a request has exactly one"
        );
        assert_eq!(
            Problem::LengthMismatch {
                declared: 10,
                actual: 4
            }
            .to_string(),
            "Content-Length says 10 bytes but the body has 4"
        );
    }
}
