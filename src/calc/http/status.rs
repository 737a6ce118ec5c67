//! Status codes: the class from the first digit (RFC 9110 §15), the registered
//! reason phrase, and what the common codes mean.

use std::str::FromStr;

use crate::lang::Lang;

/// The class of a status code, from its first digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// 1xx: the request was received, the work goes on.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Successful,
    /// 3xx: the client must do more, usually go elsewhere.
    Redirection,
    /// 4xx: the request is wrong or cannot be fulfilled as sent.
    ClientError,
    /// 5xx: the server failed to handle a valid-looking request.
    ServerError,
}

impl Class {
    /// The class's name in the given language.
    ///
    /// ```
    /// use netdojo::{calc::http::Class, lang::Lang};
    /// assert_eq!(Class::ClientError.name(Lang::En), "client error");
    /// assert_eq!(Class::ClientError.name(Lang::Ja), "クライアントエラー");
    /// ```
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Class::Informational => lang.pick("informational", "情報"),
            Class::Successful => lang.pick("success", "成功"),
            Class::Redirection => lang.pick("redirection", "リダイレクト"),
            Class::ClientError => lang.pick("client error", "クライアントエラー"),
            Class::ServerError => lang.pick("server error", "サーバーエラー"),
        }
    }

    /// `1xx` to `5xx`.
    ///
    /// ```
    /// use netdojo::calc::http::Class;
    /// assert_eq!(Class::Redirection.range(), "3xx");
    /// ```
    pub fn range(self) -> &'static str {
        match self {
            Class::Informational => "1xx",
            Class::Successful => "2xx",
            Class::Redirection => "3xx",
            Class::ClientError => "4xx",
            Class::ServerError => "5xx",
        }
    }
}

/// A status code from 100 to 599.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StatusCode(u16);

/// Why a text is not a status code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    /// Not a whole number.
    #[error("\"{0}\" is not a status code: use a number from 100 to 599")]
    NotANumber(String),
    /// A number outside 100 to 599.
    #[error("\"{0}\" is not a status code: status codes run from 100 to 599")]
    OutOfRange(String),
}

impl StatusCode {
    /// Checks a number.
    ///
    /// ```
    /// use netdojo::calc::http::StatusCode;
    /// assert!(StatusCode::new(404).is_some());
    /// assert!(StatusCode::new(99).is_none());
    /// ```
    pub fn new(code: u16) -> Option<StatusCode> {
        (100..=599).contains(&code).then_some(StatusCode(code))
    }

    /// The number.
    ///
    /// ```
    /// use netdojo::calc::http::StatusCode;
    /// assert_eq!("503".parse::<StatusCode>().unwrap().get(), 503);
    /// ```
    pub fn get(self) -> u16 {
        self.0
    }

    /// The class, from the first digit.
    ///
    /// ```
    /// use netdojo::calc::http::{Class, StatusCode};
    /// assert_eq!(StatusCode::new(304).unwrap().class(), Class::Redirection);
    /// ```
    pub fn class(self) -> Class {
        match self.0 / 100 {
            1 => Class::Informational,
            2 => Class::Successful,
            3 => Class::Redirection,
            4 => Class::ClientError,
            _ => Class::ServerError,
        }
    }

    /// The registered reason phrase, if the code is registered (IANA HTTP Status
    /// Code Registry, the codes of RFC 9110 and a few later RFCs).
    ///
    /// ```
    /// use netdojo::calc::http::StatusCode;
    /// assert_eq!(StatusCode::new(413).unwrap().reason(), Some("Content Too Large"));
    /// assert_eq!(StatusCode::new(299).unwrap().reason(), None);
    /// ```
    pub fn reason(self) -> Option<&'static str> {
        REASONS
            .iter()
            .find(|(code, _)| *code == self.0)
            .map(|(_, reason)| *reason)
    }

    /// What the code means, for the common codes.
    ///
    /// ```
    /// use netdojo::{calc::http::StatusCode, lang::Lang};
    /// assert!(StatusCode::new(304).unwrap().meaning(Lang::En).unwrap().contains("cached copy"));
    /// ```
    pub fn meaning(self, lang: Lang) -> Option<&'static str> {
        MEANINGS
            .iter()
            .find(|(code, _, _)| *code == self.0)
            .map(|(_, en, ja)| lang.pick(en, ja))
    }
}

impl FromStr for StatusCode {
    type Err = StatusError;

    /// Reads a number from 100 to 599.
    ///
    /// ```
    /// use netdojo::calc::http::{StatusCode, StatusError};
    /// assert_eq!("600".parse::<StatusCode>(), Err(StatusError::OutOfRange("600".into())));
    /// assert_eq!("abc".parse::<StatusCode>(), Err(StatusError::NotANumber("abc".into())));
    /// ```
    fn from_str(text: &str) -> Result<StatusCode, StatusError> {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(StatusError::NotANumber(text.to_string()));
        }
        text.parse::<u16>()
            .ok()
            .and_then(StatusCode::new)
            .ok_or_else(|| StatusError::OutOfRange(text.to_string()))
    }
}

const REASONS: [(u16, &str); 63] = [
    (100, "Continue"),
    (101, "Switching Protocols"),
    (102, "Processing"),
    (103, "Early Hints"),
    (200, "OK"),
    (201, "Created"),
    (202, "Accepted"),
    (203, "Non-Authoritative Information"),
    (204, "No Content"),
    (205, "Reset Content"),
    (206, "Partial Content"),
    (207, "Multi-Status"),
    (208, "Already Reported"),
    (226, "IM Used"),
    (300, "Multiple Choices"),
    (301, "Moved Permanently"),
    (302, "Found"),
    (303, "See Other"),
    (304, "Not Modified"),
    (305, "Use Proxy"),
    (306, "(Unused)"),
    (307, "Temporary Redirect"),
    (308, "Permanent Redirect"),
    (400, "Bad Request"),
    (401, "Unauthorized"),
    (402, "Payment Required"),
    (403, "Forbidden"),
    (404, "Not Found"),
    (405, "Method Not Allowed"),
    (406, "Not Acceptable"),
    (407, "Proxy Authentication Required"),
    (408, "Request Timeout"),
    (409, "Conflict"),
    (410, "Gone"),
    (411, "Length Required"),
    (412, "Precondition Failed"),
    (413, "Content Too Large"),
    (414, "URI Too Long"),
    (415, "Unsupported Media Type"),
    (416, "Range Not Satisfiable"),
    (417, "Expectation Failed"),
    (418, "(Unused)"),
    (421, "Misdirected Request"),
    (422, "Unprocessable Content"),
    (423, "Locked"),
    (424, "Failed Dependency"),
    (425, "Too Early"),
    (426, "Upgrade Required"),
    (428, "Precondition Required"),
    (429, "Too Many Requests"),
    (431, "Request Header Fields Too Large"),
    (451, "Unavailable For Legal Reasons"),
    (500, "Internal Server Error"),
    (501, "Not Implemented"),
    (502, "Bad Gateway"),
    (503, "Service Unavailable"),
    (504, "Gateway Timeout"),
    (505, "HTTP Version Not Supported"),
    (506, "Variant Also Negotiates"),
    (507, "Insufficient Storage"),
    (508, "Loop Detected"),
    (510, "Not Extended (OBSOLETED)"),
    (511, "Network Authentication Required"),
];

const MEANINGS: [(u16, &str, &str); 27] = [
    (
        100,
        "go on and send the request body",
        "リクエストの本文を送り続けてよい",
    ),
    (
        101,
        "the server switches to the protocol the client asked for (e.g. WebSocket)",
        "クライアントが求めたプロトコル(WebSocketなど)に切り替える",
    ),
    (
        200,
        "it worked; the body holds the result",
        "成功。本文に結果が入っている",
    ),
    (
        201,
        "a new resource was made; Location says where",
        "新しいリソースを作成した。場所はLocationヘッダーが示す",
    ),
    (
        204,
        "it worked and there is no body to send",
        "成功したが、返す本文はない",
    ),
    (
        206,
        "here is the part (range) that was asked for",
        "要求された範囲(Range)の部分だけを返す",
    ),
    (
        301,
        "moved for good: use the URL in Location from now on",
        "恒久的に移動した。今後はLocationのURLを使う",
    ),
    (
        302,
        "found elsewhere for now: follow Location this time",
        "一時的に別の場所にある。今回はLocationに従う",
    ),
    (
        303,
        "see another URL with GET (the usual answer to a form POST)",
        "別のURLをGETで見に行く(フォームのPOSTへの典型的な応答)",
    ),
    (
        304,
        "not changed since your cached copy: use it",
        "キャッシュしている版から変わっていないので、それを使う",
    ),
    (
        307,
        "temporary redirect; repeat the same method at Location",
        "一時的なリダイレクト。同じメソッドでLocationへ送り直す",
    ),
    (
        308,
        "permanent redirect; repeat the same method at Location",
        "恒久的なリダイレクト。同じメソッドでLocationへ送り直す",
    ),
    (
        400,
        "the server cannot make sense of the request (bad syntax)",
        "リクエストの形式がおかしく、サーバーが解釈できない",
    ),
    (
        401,
        "authentication is needed or failed (see WWW-Authenticate)",
        "認証が必要、または認証に失敗した(WWW-Authenticateを参照)",
    ),
    (
        403,
        "understood, but you are not allowed",
        "内容は理解したが、アクセスが許可されていない",
    ),
    (
        404,
        "the server has nothing at this target",
        "このターゲットにはリソースがない",
    ),
    (
        405,
        "this method is not allowed here (see Allow)",
        "このリソースではそのメソッドは使えない(Allowを参照)",
    ),
    (
        408,
        "the client took too long to send the request",
        "リクエストの送信に時間がかかりすぎた",
    ),
    (
        409,
        "the request conflicts with the resource's current state",
        "リソースの現在の状態と矛盾する",
    ),
    (
        410,
        "gone for good, with no forwarding address",
        "恒久的に削除され、移転先もない",
    ),
    (
        413,
        "the request body is larger than the server accepts",
        "リクエストの本文がサーバーの上限を超えている",
    ),
    (
        418,
        "reserved and unused: it began as an April Fools' joke (RFC 2324)",
        "予約済みで使われない。エイプリルフールのRFC 2324に由来する",
    ),
    (
        429,
        "too many requests in a given time: slow down",
        "一定時間内のリクエストが多すぎる。間隔をあける",
    ),
    (
        500,
        "the server hit an unexpected error",
        "サーバー内部で予期しないエラーが起きた",
    ),
    (
        502,
        "a gateway or proxy got a bad answer from the server behind it",
        "ゲートウェイやプロキシが、背後のサーバーから不正な応答を受けた",
    ),
    (
        503,
        "the server cannot handle it now (overload or maintenance); try later",
        "過負荷や保守で今は処理できない。後で再試行する",
    ),
    (
        504,
        "a gateway or proxy got no answer in time from the server behind it",
        "ゲートウェイやプロキシが、背後のサーバーから時間内に応答を得られなかった",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_in_range() {
        assert!(REASONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(MEANINGS.windows(2).all(|w| w[0].0 < w[1].0));
        for (code, ..) in MEANINGS {
            assert!(StatusCode::new(code).unwrap().reason().is_some(), "{code}");
        }
    }

    #[test]
    fn classes_by_first_digit() {
        let classes: Vec<Class> = [100, 199, 200, 302, 404, 599]
            .into_iter()
            .map(|c| StatusCode::new(c).unwrap().class())
            .collect();
        assert_eq!(
            classes,
            [
                Class::Informational,
                Class::Informational,
                Class::Successful,
                Class::Redirection,
                Class::ClientError,
                Class::ServerError
            ]
        );
    }

    #[test]
    fn parse_errors() {
        assert_eq!(
            "99".parse::<StatusCode>().unwrap_err().to_string(),
            "\"99\" is not a status code: status codes run from 100 to 599"
        );
        assert_eq!(
            "4o4".parse::<StatusCode>().unwrap_err().to_string(),
            "\"4o4\" is not a status code: use a number from 100 to 599"
        );
        assert!("99999999999".parse::<StatusCode>().is_err());
        assert!("-1".parse::<StatusCode>().is_err());
    }
}
