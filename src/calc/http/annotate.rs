//! What each part of a message is for, in words a screen can show next to it.

use super::message::{Part, PartKind};
use crate::lang::Lang;

/// Common header fields and what they carry.
const HEADERS: [(&str, &str, &str); 16] = [
    (
        "host",
        "the server name (and port) the request is for",
        "リクエスト先のサーバー名(とポート)",
    ),
    (
        "user-agent",
        "the client software",
        "クライアントのソフトウェア",
    ),
    (
        "accept",
        "the media types the client can take",
        "クライアントが受け取れるメディアタイプ",
    ),
    (
        "accept-language",
        "the languages the client prefers",
        "クライアントが望む言語",
    ),
    (
        "accept-encoding",
        "the compressions the client can decode",
        "クライアントが解凍できる圧縮方式",
    ),
    (
        "connection",
        "whether to keep the connection open after this message",
        "このメッセージの後も接続を保つかどうか",
    ),
    (
        "content-type",
        "the media type of the body",
        "本文のメディアタイプ",
    ),
    (
        "content-length",
        "the body's size in bytes",
        "本文の大きさ(バイト数)",
    ),
    (
        "transfer-encoding",
        "how the body is framed, e.g. chunked",
        "本文の区切り方(chunkedなど)",
    ),
    (
        "date",
        "when the message was made",
        "メッセージが作られた日時",
    ),
    ("server", "the server software", "サーバーのソフトウェア"),
    (
        "location",
        "where to go next (redirects, created resources)",
        "次に行く先(リダイレクトや作成したリソース)",
    ),
    (
        "cache-control",
        "how the response may be cached",
        "応答をどうキャッシュしてよいか",
    ),
    (
        "set-cookie",
        "a cookie for the client to store",
        "クライアントに保存させるクッキー",
    ),
    (
        "cookie",
        "cookies the client stored for this site",
        "クライアントが保存していたクッキー",
    ),
    (
        "authorization",
        "the client's credentials",
        "クライアントの認証情報",
    ),
];

/// What a header field carries, for the common ones (names are case-insensitive).
///
/// ```
/// use netdojo::{calc::http::header_meaning, lang::Lang};
/// assert_eq!(header_meaning("HOST", Lang::En), Some("the server name (and port) the request is for"));
/// assert_eq!(header_meaning("X-Custom", Lang::En), None);
/// ```
pub fn header_meaning(name: &str, lang: Lang) -> Option<&'static str> {
    HEADERS
        .iter()
        .find(|(known, _, _)| known.eq_ignore_ascii_case(name))
        .map(|(_, en, ja)| lang.pick(en, ja))
}

/// One line saying what a part is: its fields for a start line, the header's
/// meaning, the body's size.
///
/// ```
/// use netdojo::{calc::http::{describe, Message}, lang::Lang};
/// let input = b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
/// let message = Message::parse(input);
/// assert_eq!(describe(&message.parts[0], input, Lang::En), "method GET, target /a, version HTTP/1.1");
/// assert_eq!(describe(&message.parts[3], input, Lang::En), "no body (0 bytes)");
/// ```
pub fn describe(part: &Part, input: &[u8], lang: Lang) -> String {
    match &part.kind {
        PartKind::RequestLine {
            method,
            target,
            version,
        } => {
            if method.is_empty() {
                lang.pick(
                    "not METHOD TARGET VERSION",
                    "「メソッド ターゲット バージョン」の形ではない",
                )
                .to_string()
            } else {
                match lang {
                    Lang::En => format!("method {method}, target {target}, version {version}"),
                    Lang::Ja => {
                        format!("メソッド {method}、ターゲット {target}、バージョン {version}")
                    }
                }
            }
        }
        PartKind::StatusLine {
            version,
            code,
            reason,
        } => match lang {
            Lang::En => format!("version {version}, status {code}, reason \"{reason}\""),
            Lang::Ja => format!("バージョン {version}、ステータス {code}、理由句「{reason}」"),
        },
        PartKind::Header { name, .. } => header_meaning(name, lang)
            .unwrap_or_else(|| lang.pick("a header field", "ヘッダーフィールド"))
            .to_string(),
        PartKind::NotAHeader => lang
            .pick(
                "no colon: not NAME: value",
                "コロンがなく「名前: 値」の形ではない",
            )
            .to_string(),
        PartKind::Fold => lang
            .pick(
                "continues the header above (obsolete folding)",
                "前のヘッダーの続き(廃止された折り返し)",
            )
            .to_string(),
        PartKind::EmptyLine => lang
            .pick("ends the headers", "ヘッダーの終わり")
            .to_string(),
        PartKind::Body => {
            let bytes = part.bytes(input).len();
            match (lang, bytes) {
                (Lang::En, 0) => "no body (0 bytes)".to_string(),
                (Lang::En, 1) => "1 byte".to_string(),
                (Lang::En, n) => format!("{n} bytes"),
                (Lang::Ja, 0) => "本文なし(0バイト)".to_string(),
                (Lang::Ja, n) => format!("{n}バイト"),
            }
        }
    }
}
