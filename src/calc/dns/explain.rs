//! Record types explained from the records of the built-in tree, in English and
//! Japanese.

use super::builtin::Namespace;
use super::record::{RData, Record, RecordType};
use crate::lang::Lang;

/// One field of a record's data with what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The field's name, such as `MINIMUM`.
    pub name: &'static str,
    /// Its value in the example.
    pub value: String,
    /// What it means.
    pub meaning: &'static str,
}

/// A record type with real example records and what they mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    /// The type.
    pub rtype: RecordType,
    /// Example records from the built-in zones.
    pub examples: Vec<Record>,
    /// One line saying what the type is for.
    pub meaning: &'static str,
    /// The fields of the first example, for types whose data has several.
    pub fields: Vec<Field>,
}

/// The owner whose records illustrate each type.
fn example_owner(rtype: RecordType) -> &'static str {
    match rtype {
        RecordType::A | RecordType::Aaaa => "web.example.co.jp.",
        RecordType::Cname => "www.example.co.jp.",
        RecordType::Ptr => "80.113.0.203.in-addr.arpa.",
        RecordType::Ns | RecordType::Mx | RecordType::Soa | RecordType::Txt => "example.co.jp.",
    }
}

/// What a record type is for, in one line.
///
/// ```
/// use netdojo::{calc::dns::{meaning, RecordType}, lang::Lang};
/// assert!(meaning(RecordType::Mx, Lang::En).contains("lower preference"));
/// ```
pub fn meaning(rtype: RecordType, lang: Lang) -> &'static str {
    match rtype {
        RecordType::A => lang.pick(
            "the IPv4 address of the name",
            "名前に対応するIPv4アドレス",
        ),
        RecordType::Aaaa => lang.pick(
            "the IPv6 address of the name",
            "名前に対応するIPv6アドレス",
        ),
        RecordType::Ns => lang.pick(
            "a server that answers with authority for the zone; the parent holds a copy to delegate to it",
            "ゾーンについて権威を持って答えるサーバー。親ゾーンにも同じNSが置かれ、委任の印になる",
        ),
        RecordType::Mx => lang.pick(
            "a server that accepts mail for the domain; the lower preference is tried first",
            "そのドメイン宛てのメールを受け取るサーバー。プリファレンス値が小さいものから試される",
        ),
        RecordType::Cname => lang.pick(
            "says the name is an alias of another (canonical) name; an alias has no other records, so never at a zone apex",
            "この名前が別の正式名(canonical name)の別名であることを示す。CNAMEのある名前は他のレコードを持てないので、ゾーンの頂点には置けない",
        ),
        RecordType::Soa => lang.pick(
            "the zone's authority data: primary server, admin mailbox, serial and timers",
            "ゾーンの管理情報。プライマリサーバー、管理者のメールアドレス、シリアル番号、各種タイマー",
        ),
        RecordType::Txt => lang.pick(
            "free text, used for mail policies (SPF) and proofs of domain ownership",
            "自由なテキスト。SPFなどのメールの方針や、ドメイン所有の確認に使われる",
        ),
        RecordType::Ptr => lang.pick(
            "points an address (written backwards under in-addr.arpa) back to a name: reverse lookup",
            "アドレス(in-addr.arpaの下に逆順で書く)から名前を引く逆引きに使う",
        ),
    }
}

fn fields(record: &Record, lang: Lang) -> Vec<Field> {
    let field = |name, value: String, en, ja| Field {
        name,
        value,
        meaning: lang.pick(en, ja),
    };
    match &record.data {
        RData::Mx {
            preference,
            exchange,
        } => vec![
            field(
                "PREFERENCE",
                preference.to_string(),
                "lower is tried first",
                "小さいほど先に試される",
            ),
            field(
                "EXCHANGE",
                exchange.clone(),
                "the mail server's name",
                "メールサーバーの名前",
            ),
        ],
        RData::Soa(soa) => vec![
            field(
                "MNAME",
                soa.mname.clone(),
                "the primary name server",
                "プライマリネームサーバー",
            ),
            field(
                "RNAME",
                soa.rname.clone(),
                "the admin's mailbox; the first dot stands for @",
                "管理者のメールアドレス。最初のドットが@の代わり",
            ),
            field(
                "SERIAL",
                soa.serial.to_string(),
                "zone version, raised on every change",
                "ゾーンの版番号。変更のたびに増やす",
            ),
            field(
                "REFRESH",
                soa.refresh.to_string(),
                "seconds between a secondary's checks",
                "セカンダリが更新を確かめる間隔(秒)",
            ),
            field(
                "RETRY",
                soa.retry.to_string(),
                "seconds before a failed check is retried",
                "確認に失敗したときの再試行までの秒数",
            ),
            field(
                "EXPIRE",
                soa.expire.to_string(),
                "seconds a secondary keeps answering without the primary",
                "プライマリに届かないままセカンダリが応答を続ける秒数",
            ),
            field(
                "MINIMUM",
                soa.minimum.to_string(),
                "how long a negative answer may be cached (RFC 2308)",
                "否定応答をキャッシュしてよい秒数(RFC 2308)",
            ),
        ],
        _ => Vec::new(),
    }
}

/// Explains one type with examples from `namespace`.
///
/// ```
/// use netdojo::{calc::dns::{explain, Namespace, RecordType}, lang::Lang};
/// let mx = explain(&Namespace::builtin(), RecordType::Mx, Lang::En);
/// assert_eq!(mx.examples.len(), 2);
/// assert_eq!(mx.fields[0].value, "10");
/// ```
pub fn explain(namespace: &Namespace, rtype: RecordType, lang: Lang) -> Explained {
    let owner = example_owner(rtype);
    let examples: Vec<Record> = namespace
        .authority_for(owner)
        .map(|zone| {
            zone.at(owner)
                .filter(|r| r.rtype() == rtype)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let fields = examples
        .first()
        .map(|r| fields(r, lang))
        .unwrap_or_default();
    Explained {
        rtype,
        examples,
        meaning: meaning(rtype, lang),
        fields,
    }
}

/// Explains every type, in [`RecordType::ALL`] order.
///
/// ```
/// use netdojo::{calc::dns::{explain_all, Namespace}, lang::Lang};
/// let all = explain_all(&Namespace::builtin(), Lang::Ja);
/// assert_eq!(all.len(), 8);
/// assert!(all.iter().all(|e| !e.examples.is_empty()));
/// ```
pub fn explain_all(namespace: &Namespace, lang: Lang) -> Vec<Explained> {
    RecordType::ALL
        .into_iter()
        .map(|rtype| explain(namespace, rtype, lang))
        .collect()
}
