//! The calculators a lesson may link or embed, by id.

use super::model::Lang;

/// One calculator of the tutor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calculator {
    /// Stable id such as `subnet`, used in `calculators = [...]` and ```` ```calc ````.
    pub id: &'static str,
    /// What it does, in English.
    pub en: &'static str,
    /// What it does, in Japanese.
    pub ja: &'static str,
}

impl Calculator {
    /// The description in `lang`.
    ///
    /// ```
    /// use netdojo::lesson::{catalog, Lang};
    /// assert_eq!(catalog::find("route").unwrap().describe(Lang::En), "route table lookup");
    /// ```
    pub fn describe(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ja => self.ja,
        }
    }
}

const fn calc(id: &'static str, en: &'static str, ja: &'static str) -> Calculator {
    Calculator { id, en, ja }
}

/// Every calculator.
pub const CALCULATORS: &[Calculator] = &[
    calc("subnet", "subnet details", "サブネットの詳細"),
    calc(
        "split",
        "split a block into subnets",
        "ブロックをサブネットに分割",
    ),
    calc("aggregate", "summarize networks", "ネットワークの集約"),
    calc("overlap", "overlapping blocks", "ブロックの重なり"),
    calc(
        "range",
        "address range to CIDR blocks",
        "アドレス範囲をCIDRブロックに変換",
    ),
    calc(
        "exclude",
        "remove a block from another",
        "ブロックから一部を除外",
    ),
    calc("route", "route table lookup", "ルートテーブルの検索"),
    calc("vpc", "VPC subnet planner", "VPCのサブネット設計"),
    calc("avail", "availability and downtime", "稼働率と停止時間"),
    calc("port", "port numbers", "ポート番号"),
    calc("tcp", "TCP sequence numbers", "TCPのシーケンス番号"),
    calc("dns", "domain names", "ドメイン名"),
    calc("http", "HTTP messages", "HTTPメッセージ"),
    calc(
        "ssh",
        "SSH keys and fingerprints",
        "SSHの鍵とフィンガープリント",
    ),
];

/// The calculator with this id.
///
/// ```
/// use netdojo::lesson::catalog;
/// assert!(catalog::find("subnet").is_some());
/// assert!(catalog::find("subnets").is_none());
/// ```
pub fn find(id: &str) -> Option<&'static Calculator> {
    CALCULATORS.iter().find(|c| c.id == id)
}

/// The ids of every calculator, comma-separated, for messages.
///
/// ```
/// use netdojo::lesson::catalog;
/// assert!(catalog::id_list().starts_with("subnet, split, aggregate"));
/// ```
pub fn id_list() -> String {
    CALCULATORS
        .iter()
        .map(|c| c.id)
        .collect::<Vec<_>>()
        .join(", ")
}
