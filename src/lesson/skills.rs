//! The skill catalog: every skill id a lesson may list, with its module and a
//! one-line description in each language. Practice keys progress by these ids, so
//! an id never changes once published.

use super::model::Lang;

/// One practisable skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Skill {
    /// Stable id such as `subnet.broadcast`.
    pub id: &'static str,
    /// Curriculum module such as `M3`.
    pub module: &'static str,
    /// What it practises, in English.
    pub en: &'static str,
    /// What it practises, in Japanese.
    pub ja: &'static str,
}

impl Skill {
    /// The description in `lang`.
    ///
    /// ```
    /// use netdojo::lesson::{skills, Lang};
    /// let skill = skills::find("subnet.broadcast").unwrap();
    /// assert_eq!(skill.describe(Lang::En), "broadcast address");
    /// ```
    pub fn describe(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ja => self.ja,
        }
    }
}

const fn skill(
    id: &'static str,
    module: &'static str,
    en: &'static str,
    ja: &'static str,
) -> Skill {
    Skill { id, module, en, ja }
}

/// Every skill, grouped by module.
pub const SKILLS: &[Skill] = &[
    skill(
        "ipv4.to_binary",
        "M2",
        "dotted decimal ↔ binary",
        "ドット区切り10進数 ↔ 2進数",
    ),
    skill(
        "ipv4.to_integer",
        "M2",
        "dotted decimal ↔ 32-bit integer",
        "ドット区切り10進数 ↔ 32ビット整数",
    ),
    skill(
        "ipv4.valid",
        "M2",
        "is this a valid IPv4 address",
        "正しいIPv4アドレスかどうか",
    ),
    skill(
        "ipv4.count_range",
        "M2",
        "addresses from X to Y inclusive",
        "XからYまで(両端を含む)のアドレス数",
    ),
    skill(
        "ipv4.classify",
        "M2",
        "private / shared / loopback / link-local / documentation / multicast / reserved / public",
        "プライベート・共有・ループバック・リンクローカル・文書用・マルチキャスト・予約・グローバルの区別",
    ),
    skill(
        "subnet.network",
        "M3",
        "network address of a.b.c.d/n",
        "a.b.c.d/n のネットワークアドレス",
    ),
    skill(
        "subnet.broadcast",
        "M3",
        "broadcast address",
        "ブロードキャストアドレス",
    ),
    skill(
        "subnet.first_last",
        "M3",
        "first and last usable host",
        "使える最初と最後のホストアドレス",
    ),
    skill(
        "subnet.host_count",
        "M3",
        "usable hosts, classic rule",
        "使えるホスト数(従来のルール)",
    ),
    skill(
        "subnet.mask_prefix",
        "M3",
        "mask ↔ prefix ↔ wildcard",
        "サブネットマスク ↔ プレフィックス長 ↔ ワイルドカード",
    ),
    skill(
        "subnet.mask_valid",
        "M3",
        "is this mask valid (contiguous)",
        "正しい(1が連続した)マスクかどうか",
    ),
    skill(
        "subnet.contains",
        "M3",
        "is IP X in subnet Y",
        "IPアドレスXはサブネットYに含まれるか",
    ),
    skill(
        "subnet.smallest_prefix",
        "M3",
        "smallest prefix that fits H hosts (classic)",
        "H台のホストが収まる最小のサブネット(従来のルール)",
    ),
    skill(
        "subnet.split",
        "M3",
        "split a block into k equal subnets",
        "ブロックをk個の同じ大きさのサブネットに分割",
    ),
    skill(
        "subnet.aggregate",
        "M3",
        "summarize contiguous networks",
        "連続したネットワークの集約",
    ),
    skill(
        "subnet.normalize",
        "M3",
        "normalize a prefix with host bits set",
        "ホスト部が0でないプレフィックスの正規化",
    ),
    skill(
        "vpc.cidr_valid",
        "M4",
        "is this CIDR allowed for a VPC/subnet (/16–/28)",
        "VPC・サブネットに使えるCIDRか(/16〜/28)",
    ),
    skill(
        "vpc.aws_usable",
        "M4",
        "usable addresses under AWS's 5 reserved",
        "AWSの予約5個を除いた使えるアドレス数",
    ),
    skill(
        "vpc.reserved",
        "M4",
        "list the 5 reserved addresses",
        "予約される5個のアドレス",
    ),
    skill(
        "vpc.smallest_subnet",
        "M4",
        "smallest AWS subnet for H instances",
        "H台のインスタンスが収まる最小のAWSサブネット",
    ),
    skill(
        "vpc.overlap",
        "M4",
        "do these CIDRs overlap",
        "CIDRどうしが重なるか",
    ),
    skill(
        "route.lpm",
        "M4",
        "longest-prefix match in a route table",
        "ルートテーブルの最長一致",
    ),
    skill(
        "route.public_private",
        "M4",
        "public or private subnet from its route table",
        "ルートテーブルから見たパブリック/プライベートサブネットの区別",
    ),
    skill(
        "port.range",
        "M7",
        "well-known / registered / dynamic",
        "ウェルノウン・登録済み・動的ポートの区別",
    ),
    skill(
        "port.service",
        "M7",
        "service ↔ port",
        "サービス ↔ ポート番号",
    ),
    skill(
        "port.ephemeral",
        "M7",
        "in the Linux ephemeral range?",
        "Linuxのエフェメラルポート範囲に入るか",
    ),
    skill(
        "ipv4cost.monthly",
        "M7",
        "public IPv4 address cost",
        "パブリックIPv4アドレスの料金",
    ),
    skill(
        "dns.levels",
        "M8",
        "name the levels of a domain name",
        "ドメイン名の各レベル",
    ),
    skill(
        "dns.tld_kind",
        "M8",
        "generic or country-code TLD",
        "gTLDとccTLDの区別",
    ),
    skill(
        "dns.registrable",
        "M8",
        "registrable domain / public suffix",
        "登録可能ドメインとパブリックサフィックス",
    ),
    skill(
        "dns.label_valid",
        "M8",
        "label and name length rules",
        "ラベルと名前の長さの規則",
    ),
    skill(
        "dns.resolution_order",
        "M8",
        "which servers a cold resolver asks, in order",
        "キャッシュが空のリゾルバが問い合わせるサーバーの順番",
    ),
    skill(
        "dns.ttl",
        "M8",
        "is a cached answer still valid",
        "キャッシュした応答がまだ有効か",
    ),
    skill(
        "dns.mx",
        "M8",
        "which MX host receives mail",
        "どのMXホストがメールを受け取るか",
    ),
    skill(
        "r53.weighted",
        "M9",
        "weighted routing shares",
        "加重ルーティングの割合",
    ),
    skill(
        "tcp.seq_ack",
        "M11",
        "sequence and acknowledgement numbers",
        "シーケンス番号と確認応答番号",
    ),
    skill(
        "tcpip.layer",
        "M11",
        "which layer a protocol belongs to",
        "プロトコルが属する層",
    ),
    skill(
        "ip.ttl",
        "M11",
        "TTL after r routers",
        "ルーターをr台通過した後のTTL",
    ),
    skill(
        "ip.fragment",
        "M11",
        "IPv4 fragment sizes and offsets",
        "IPv4フラグメントの大きさとオフセット",
    ),
    skill(
        "http.parts",
        "M12",
        "parts of an HTTP message",
        "HTTPメッセージの構成要素",
    ),
    skill(
        "http.problem",
        "M12",
        "what is wrong with an HTTP message",
        "HTTPメッセージの誤り",
    ),
    skill(
        "http.status_class",
        "M12",
        "status code classes",
        "ステータスコードの分類",
    ),
    skill(
        "s3.cost",
        "M14",
        "tiered monthly storage cost",
        "段階料金での月額ストレージ料金",
    ),
    skill(
        "s3.parts",
        "M14",
        "multipart upload part count",
        "マルチパートアップロードのパート数",
    ),
    skill(
        "avail.mtbf_mttr",
        "M16",
        "availability from MTBF and MTTR, and back",
        "MTBFとMTTRから稼働率、またその逆",
    ),
    skill(
        "avail.series_parallel",
        "M16",
        "series / parallel systems",
        "直列・並列システム",
    ),
    skill(
        "avail.k_of_n",
        "M16",
        "k-of-n systems",
        "n台中k台が動けばよいシステム",
    ),
    skill(
        "avail.downtime",
        "M16",
        "nines ↔ downtime per period",
        "ナインの数 ↔ 期間あたりの停止時間",
    ),
    skill(
        "avail.n_plus",
        "M16",
        "N+1 / N+2 sizing",
        "N+1・N+2の台数設計",
    ),
    // Availability over AZs, load balancing, monitoring and IAM.
    skill(
        "avail.observed",
        "M16",
        "availability and nines from observed downtime",
        "実測の停止時間から稼働率とナインの数",
    ),
    skill(
        "avail.multi_az",
        "M16",
        "servers per AZ to survive losing one AZ; capacity left",
        "AZ を 1 つ失っても耐える AZ あたりの台数と残る処理能力",
    ),
    skill(
        "lb.round_robin",
        "M17",
        "round robin over the healthy targets",
        "正常なターゲットへのラウンドロビン",
    ),
    skill(
        "cw.alarm",
        "M18",
        "alarm state over a series of datapoints (M out of N)",
        "データポイント列に対するアラームの状態（N 個中 M 個）",
    ),
    skill(
        "iam.evaluate",
        "M19",
        "Allow or Deny for a request against policy statements",
        "ポリシーのステートメントに対するリクエストの許可・拒否",
    ),
    skill(
        "ec2.billing",
        "M5",
        "per-second billing with the 60-second minimum",
        "最低 60 秒の秒単位課金",
    ),
    // AWS compute, firewalls, databases and edge.
    skill(
        "sg.evaluate",
        "M7",
        "does a security group let a packet in, and by which rule",
        "セキュリティグループはパケットを通すか、どのルールで通すか",
    ),
    skill(
        "nacl.evaluate",
        "M7",
        "which network ACL rule decides a packet: allow or deny",
        "ネットワークACLのどのルールでパケットの許可・拒否が決まるか",
    ),
    skill(
        "ec2.decode",
        "M5",
        "instance type names: family, series, processor and capability letters",
        "インスタンスタイプ名の読み方：ファミリー・シリーズ・プロセッサーと機能の文字",
    ),
    skill(
        "ec2.size_ratio",
        "M5",
        "how many of one size make a larger size of the same family",
        "同じファミリーの大きいサイズ 1 台は小さいサイズ何台分か",
    ),
    skill(
        "cert.covers",
        "M15",
        "does a certificate (wildcard, apex) cover a host name",
        "証明書（ワイルドカード・apex）がホスト名に使えるか",
    ),
    skill(
        "cdn.hit_ratio",
        "M15",
        "cache hits, origin fetches and the hit ratio",
        "キャッシュヒット数・オリジンへの取得数・ヒット率",
    ),
];

/// The skill with this id.
///
/// ```
/// use netdojo::lesson::skills;
/// assert_eq!(skills::find("dns.mx").map(|s| s.module), Some("M8"));
/// assert!(skills::find("dns.nope").is_none());
/// ```
pub fn find(id: &str) -> Option<&'static Skill> {
    SKILLS.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut ids: Vec<&str> = SKILLS.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), SKILLS.len());
        assert_eq!(SKILLS.len(), 61);
        for s in SKILLS {
            assert!(
                s.id.bytes().all(|b| b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || b == b'.'
                    || b == b'_'),
                "{}",
                s.id
            );
            assert!(!s.en.is_empty() && !s.ja.is_empty(), "{}", s.id);
        }
    }
}
