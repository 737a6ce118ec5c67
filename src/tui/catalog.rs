//! What the home screen lists: the curriculum modules, the calculators and
//! practice. The lesson engine will provide the modules later; until then they come
//! from the built-in table below, behind [`catalog`], so the source can be swapped
//! without touching the screen.

use std::borrow::Cow;

use crate::i18n::Lang;
use crate::lesson::Library;

use super::app::{AwsKind, CalcKind, FirewallKind, Route};

/// A text given in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    /// English.
    pub en: Cow<'static, str>,
    /// Japanese.
    pub ja: Cow<'static, str>,
}

impl Localized {
    /// A text from two static strings.
    pub const fn new(en: &'static str, ja: &'static str) -> Localized {
        Localized {
            en: Cow::Borrowed(en),
            ja: Cow::Borrowed(ja),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.ja)
    }
}

/// The group an entry is listed under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// The curriculum modules.
    Lessons,
    /// The calculators.
    Calculators,
    /// Generated practice.
    Practice,
}

/// One line of the home list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// A short id shown before the title (`M3`, `calc`).
    pub id: Cow<'static, str>,
    /// Where it is listed.
    pub section: Section,
    /// Its title.
    pub title: Localized,
    /// One or two sentences on what it holds.
    pub summary: Localized,
    /// What Enter opens, or `None` while it does not exist yet.
    pub target: Option<Route>,
}

impl Entry {
    /// Whether a filter (already lower-cased) matches this entry, in either language.
    pub fn matches(&self, needle: &str) -> bool {
        needle.is_empty()
            || [&*self.id, &*self.title.en, &*self.title.ja]
                .iter()
                .any(|hay| hay.to_lowercase().contains(needle))
    }
}

/// Every entry of the home screen, in the order listed.
pub fn catalog() -> Vec<Entry> {
    let mut entries: Vec<Entry> = MODULES
        .iter()
        .map(|m| Entry {
            id: Cow::Borrowed(m.id),
            section: Section::Lessons,
            title: Localized::new(m.en, m.ja),
            summary: Localized::new(m.about_en, m.about_ja),
            target: None,
        })
        .collect();
    entries.extend(CALCULATORS.iter().map(|c| Entry {
        id: Cow::Borrowed(c.id),
        section: Section::Calculators,
        title: Localized::new(c.en, c.ja),
        summary: Localized::new(c.about_en, c.about_ja),
        target: (c.route)(),
    }));
    entries.extend(practice_entries());
    entries
}

// Practice
/// The practice entries: a review of what is due, one session per module that
/// has generated questions, and the statistics.
fn practice_entries() -> Vec<Entry> {
    use super::app::{PracticeSource, PracticeSpec};
    let mut entries = vec![Entry {
        id: Cow::Borrowed("quiz"),
        section: Section::Practice,
        title: Localized::new("Review what is due", "今日の復習"),
        summary: Localized::new(
            "Fresh questions on the skills due for review today (every skill when none is due), whose answers are computed, with the working shown; what you miss comes back later in the session.",
            "今日が復習日のスキルの問題が出ます（復習するものがなければ全スキルから）。答えは計算で確かめられ、解き方も表示されます。間違えた問題は同じ練習の中でまた出題されます。",
        ),
        target: Some(Route::Practice(PracticeSpec::of(PracticeSource::Due))),
    }];
    for id in crate::quiz::generators::modules() {
        let Some(m) = MODULES.iter().find(|m| m.id == id) else {
            continue;
        };
        entries.push(Entry {
            id: Cow::Borrowed(m.id),
            section: Section::Practice,
            title: Localized {
                en: Cow::Owned(format!("{id} {}", m.en)),
                ja: Cow::Owned(format!("{id} {}", m.ja)),
            },
            summary: Localized {
                en: Cow::Owned(format!("Ten generated questions on {}.", m.en)),
                ja: Cow::Owned(format!("「{}」の問題を10問出題します。", m.ja)),
            },
            target: Some(Route::Practice(PracticeSpec::of(PracticeSource::Module(
                id.to_owned(),
            )))),
        });
    }
    entries.push(Entry {
        id: Cow::Borrowed("stats"),
        section: Section::Practice,
        title: Localized::new("Statistics", "学習の記録"),
        summary: Localized::new(
            "Accuracy per module and per skill, your streak, and when each skill is due for review.",
            "モジュール別・スキル別の正答率、連続学習日数、各スキルの次の復習日。",
        ),
        target: Some(Route::Stats),
    });
    entries
}

/// The home entries with the lessons of `library` listed under their modules:
/// each lesson is an entry that opens the reader, titled in both languages (a
/// lesson without a twin uses its own title for both). Modules without a lesson
/// keep their entry still to come; modules the catalog does not know follow the
/// others.
pub fn with_lessons(library: &Library) -> Vec<Entry> {
    // Every lesson id once, in curriculum order, with its module.
    let mut lessons: Vec<(u8, u32, String, String)> = Vec::new();
    for lang in Lang::ALL {
        for lesson in library.lessons(lang) {
            if !lessons.iter().any(|l| l.2 == lesson.meta.id) {
                let meta = &lesson.meta;
                let number = meta.module_number().unwrap_or(u8::MAX);
                lessons.push((number, meta.order, meta.id.clone(), meta.module.clone()));
            }
        }
    }
    lessons.sort();
    let entry = |id: &str, module: &str| {
        let en = library
            .find(id, Lang::En)
            .or_else(|| library.find(id, Lang::Ja))?;
        let ja = library.find(id, Lang::Ja).unwrap_or(en);
        let summary = |l: &crate::lesson::Lesson| {
            if l.meta.summary.trim().is_empty() {
                l.meta.title.clone()
            } else {
                l.meta.summary.clone()
            }
        };
        Some(Entry {
            id: Cow::Owned(module.to_owned()),
            section: Section::Lessons,
            title: Localized {
                en: Cow::Owned(en.meta.title.clone()),
                ja: Cow::Owned(ja.meta.title.clone()),
            },
            summary: Localized {
                en: Cow::Owned(summary(en)),
                ja: Cow::Owned(summary(ja)),
            },
            target: Some(Route::Lesson(id.to_owned())),
        })
    };
    let mut entries = Vec::new();
    for item in catalog() {
        if item.section != Section::Lessons {
            continue;
        }
        let of_module: Vec<Entry> = lessons
            .iter()
            .filter(|l| l.3 == item.id)
            .filter_map(|l| entry(&l.2, &l.3))
            .collect();
        if of_module.is_empty() {
            entries.push(item);
        } else {
            entries.extend(of_module);
        }
    }
    let known: Vec<&str> = MODULES.iter().map(|m| m.id).collect();
    entries.extend(
        lessons
            .iter()
            .filter(|l| !known.contains(&l.3.as_str()))
            .filter_map(|l| entry(&l.2, &l.3)),
    );
    entries.extend(
        catalog()
            .into_iter()
            .filter(|e| e.section != Section::Lessons),
    );
    entries
}

struct Item {
    id: &'static str,
    en: &'static str,
    ja: &'static str,
    about_en: &'static str,
    about_ja: &'static str,
}

struct Calc {
    id: &'static str,
    en: &'static str,
    ja: &'static str,
    about_en: &'static str,
    about_ja: &'static str,
    route: fn() -> Option<Route>,
}

const fn module(
    id: &'static str,
    en: &'static str,
    ja: &'static str,
    about_en: &'static str,
    about_ja: &'static str,
) -> Item {
    Item {
        id,
        en,
        ja,
        about_en,
        about_ja,
    }
}

const MODULES: &[Item] = &[
    module(
        "M1",
        "AWS global infrastructure",
        "AWSのグローバルインフラ",
        "Regions and Availability Zones: where AWS runs, and why a design spreads across zones.",
        "リージョンとアベイラビリティーゾーン。AWSがどこで動き、なぜ複数のゾーンにまたがって設計するのか。",
    ),
    module(
        "M2",
        "IPv4 addressing",
        "IPv4アドレス",
        "32-bit addresses in dotted decimal, public and private ranges, and who hands addresses out.",
        "32ビットのアドレスとドット付き10進表記、パブリックとプライベートの範囲、アドレスを割り当てる組織。",
    ),
    module(
        "M3",
        "Subnetting",
        "サブネット化",
        "Network part and host part, CIDR and masks, usable hosts, and splitting a block.",
        "ネットワーク部とホスト部、CIDRとサブネットマスク、使えるホスト数、アドレスブロックの分割。",
    ),
    module(
        "M4",
        "VPC, subnets and routing",
        "VPC・サブネット・ルーティング",
        "VPC CIDR rules, the five addresses AWS reserves, public and private subnets, route tables and longest-prefix match.",
        "VPCのCIDRの決まり、AWSが予約する5つのアドレス、パブリックとプライベートのサブネット、ルートテーブルと最長一致。",
    ),
    module(
        "M5",
        "EC2 compute basics",
        "EC2の基本",
        "Instances, AMIs, how instance type names are built, and EBS versus instance store.",
        "インスタンス、AMI、インスタンスタイプ名の読み方、EBSとインスタンスストアの違い。",
    ),
    module(
        "M6",
        "SSH and public-key authentication",
        "SSHと公開鍵認証",
        "Key pairs, fingerprints, known_hosts, and what the server really checks when you log in with a key.",
        "鍵ペア、フィンガープリント、known_hosts、そして鍵でログインするときにサーバーが実際に確かめていること。",
    ),
    module(
        "M7",
        "Ports, firewalls and public addresses",
        "ポート・ファイアウォール・パブリックIP",
        "Port numbers and their ranges, security groups and network ACLs, Elastic IPs and what public IPv4 costs.",
        "ポート番号とその範囲、セキュリティグループとネットワークACL、Elastic IPとパブリックIPv4の料金。",
    ),
    module(
        "M8",
        "Domains and DNS",
        "ドメインとDNS",
        "Levels of a name, the delegation chain, resolvers and authoritative servers, record types, and dig.",
        "ドメイン名の階層、委任の流れ、フルリゾルバーと権威サーバー、レコードの種類、digの使い方。",
    ),
    module(
        "M9",
        "Route 53",
        "Route 53",
        "Hosted zones, records, routing policies, health checks and alias records.",
        "ホストゾーンとレコード、ルーティングポリシー、ヘルスチェック、エイリアスレコード。",
    ),
    module(
        "M10",
        "Databases: RDS and MySQL access",
        "データベース：RDSとMySQLへの接続",
        "RDS settings, network security, Multi-AZ versus read replicas, and MySQL users and grants.",
        "RDSの設定、ネットワークのセキュリティ、マルチAZとリードレプリカ、MySQLのユーザーと権限。",
    ),
    module(
        "M11",
        "TCP/IP: layers, IP, TCP and UDP",
        "TCP/IP：階層、IP・TCP・UDP",
        "The layer model and encapsulation, IP, TCP and its handshake, UDP, and when each is used.",
        "階層モデルとカプセル化、IP、TCPとハンドシェイク、UDP、そしてそれぞれの使いどころ。",
    ),
    module(
        "M12",
        "HTTP",
        "HTTP",
        "Requests and responses line by line: start line, headers, the empty line, the body, methods and status codes.",
        "リクエストとレスポンスを1行ずつ：開始行、ヘッダー、空行、ボディ、メソッドとステータスコード。",
    ),
    module(
        "M13",
        "Infrastructure design viewpoints",
        "インフラ設計の観点",
        "The non-functional requirements a design must answer: availability, performance, security, cost and more.",
        "設計が答えるべき非機能要件：可用性、性能、セキュリティ、コストなど。",
    ),
    module(
        "M14",
        "S3",
        "S3",
        "Buckets and objects, durability, storage classes, what storage costs per month, and multipart upload.",
        "バケットとオブジェクト、耐久性、ストレージクラス、月々の保存料金、マルチパートアップロード。",
    ),
    module(
        "M15",
        "CloudFront and CDN",
        "CloudFrontとCDN",
        "Why a CDN helps, distribution settings, and custom domains with a TLS certificate.",
        "CDNが役立つ理由、ディストリビューションの設定、独自ドメインとTLS証明書。",
    ),
    module(
        "M16",
        "Availability and redundancy",
        "可用性と冗長化",
        "MTBF and MTTR, series and parallel systems, nines and downtime, single points of failure, N+1.",
        "MTBFとMTTR、直列と並列、稼働率の「9の数」と停止時間、単一障害点、N+1構成。",
    ),
    module(
        "M17",
        "Load balancing and ELB",
        "負荷分散とELB",
        "What a load balancer does, the kinds of ELB, health checks and how to run one.",
        "ロードバランサーの役割、ELBの種類、ヘルスチェックと運用のポイント。",
    ),
    module(
        "M18",
        "Monitoring and CloudWatch",
        "監視とCloudWatch",
        "Why and what to monitor, metrics, alarms and how an alarm decides its state.",
        "何をなぜ監視するか、メトリクス、アラーム、そしてアラームが状態を決める仕組み。",
    ),
    module(
        "M19",
        "IAM",
        "IAM",
        "Users, groups, roles and policies, good practice, and how a request is allowed or denied.",
        "ユーザー・グループ・ロール・ポリシー、推奨される使い方、リクエストが許可または拒否される仕組み。",
    ),
];

const CALCULATORS: &[Calc] = &[
    Calc {
        id: "subnet",
        en: "Subnet calculator",
        ja: "サブネット計算",
        about_en: "Type a CIDR and see its network, broadcast, hosts and bits as you type.",
        about_ja: "CIDRを入力すると、ネットワーク・ブロードキャスト・ホスト数・ビット列がその場で表示されます。",
        route: || Some(Route::Calc(CalcKind::Subnet, Vec::new())),
    },
    Calc {
        id: "s3",
        en: "S3 cost and multipart",
        ja: "S3の料金とマルチパート",
        about_en: "A stored size becomes a monthly S3 Standard bill, tier by tier; or an object and a part size become a multipart plan checked against the limits.",
        about_ja: "保存量からS3 Standardの月額を料金段階ごとに計算します。オブジェクトとパートのサイズから、マルチパートの分け方と制限違反も確かめられます。",
        route: || Some(Route::Calc(CalcKind::S3, Vec::new())),
    },
    // AWS calculators
    Calc {
        id: "weighted",
        en: "Weighted routing",
        ja: "加重ルーティング",
        about_en: "Route 53 weights become each record's share of the answers, with a bar per record.",
        about_ja: "Route 53の重みから、各レコードが受け取る応答の割合をレコードごとの棒グラフで表示します。",
        route: || Some(Route::Calc(CalcKind::Aws(AwsKind::Weighted), Vec::new())),
    },
    Calc {
        id: "instance",
        en: "EC2 instance types",
        ja: "EC2インスタンスタイプ",
        about_en: "An instance type's name read letter by letter: series, generation, processor, capabilities and size.",
        about_ja: "インスタンスタイプの名前を1文字ずつ読み解きます：シリーズ、世代、プロセッサー、追加機能、サイズ。",
        route: || Some(Route::Calc(CalcKind::Aws(AwsKind::Instance), Vec::new())),
    },
    Calc {
        id: "cert",
        en: "Certificate names",
        ja: "証明書の名前",
        about_en: "Which host names a certificate's names cover, wildcards included, and why.",
        about_ja: "証明書の名前（ワイルドカードを含む）がどのホスト名に合うかと、その理由を表示します。",
        route: || Some(Route::Calc(CalcKind::Aws(AwsKind::Cert), Vec::new())),
    },
    Calc {
        id: "mysqlhost",
        en: "MySQL host patterns",
        ja: "MySQLのホスト指定",
        about_en: "Which MySQL account a client connects as, most specific host first.",
        about_ja: "接続元がどのMySQLアカウントとして扱われるかを、ホスト指定の具体的な順に確かめます。",
        route: || Some(Route::Calc(CalcKind::Aws(AwsKind::MysqlHost), Vec::new())),
    },
    Calc {
        id: "ipv4cost",
        en: "Public IPv4 cost",
        ja: "パブリックIPv4の料金",
        about_en: "What public IPv4 addresses cost by the hour and the month, with an optional yen rate.",
        about_ja: "パブリックIPv4アドレスの料金を時間・月単位で計算します。円換算もできます。",
        route: || Some(Route::Calc(CalcKind::Aws(AwsKind::Ipv4Cost), Vec::new())),
    },
    // Security groups and network ACLs
    Calc {
        id: "sg",
        en: "Security group rules",
        ja: "セキュリティグループのルール",
        about_en: "Would a security group let a packet in? Every inbound rule checked, by address or by the sender's group: stateful, allow rules only.",
        about_ja: "セキュリティグループがパケットを通すかを、インバウンドルールを1つずつ（アドレスまたは送信元のグループで）確かめます。ステートフルで、許可ルールのみ。",
        route: || {
            Some(Route::Calc(
                CalcKind::Firewall(FirewallKind::Sg),
                Vec::new(),
            ))
        },
    },
    Calc {
        id: "nacl",
        en: "Network ACL rules",
        ja: "ネットワークACLのルール",
        about_en: "What a subnet's network ACL does with a packet, inbound or outbound: numbered allow and deny rules, lowest first, then the default deny; stateless.",
        about_ja: "サブネットのネットワークACLがパケットをどう扱うかを、インバウンド・アウトバウンドごとに確かめます。番号の小さい順に許可・拒否を評価し、最後はデフォルトの拒否。ステートレス。",
        route: || {
            Some(Route::Calc(
                CalcKind::Firewall(FirewallKind::Nacl),
                Vec::new(),
            ))
        },
    },
    Calc {
        id: "split",
        en: "Split and VLSM",
        ja: "分割とVLSM",
        about_en: "Split a block by prefix, by count or by host needs, and see what is left free.",
        about_ja: "アドレスブロックをプレフィックス長・個数・必要ホスト数で分割し、空きを確かめます。",
        route: || Some(Route::Calc(CalcKind::Split, Vec::new())),
    },
    Calc {
        id: "vpc",
        en: "VPC planner",
        ja: "VPC設計",
        about_en: "A VPC CIDR, zones and tiers become a subnet layout with AWS usable counts.",
        about_ja: "VPCのCIDR・AZ数・層から、AWSで使えるアドレス数つきのサブネット配置を作ります。",
        route: || Some(Route::Calc(CalcKind::Vpc, Vec::new())),
    },
    Calc {
        id: "route",
        en: "Route table lookup",
        ja: "ルートテーブル検索",
        about_en: "Type an address and see which route wins by longest-prefix match, and why the others lose.",
        about_ja: "アドレスを入力すると、最長一致でどのルートが選ばれ、ほかがなぜ選ばれないかがわかります。",
        route: || Some(Route::Calc(CalcKind::RouteLookup, Vec::new())),
    },
    Calc {
        id: "aggregate",
        en: "Aggregate and overlap",
        ja: "集約と重複チェック",
        about_en: "Paste a list of prefixes to see their shortest summary and any overlaps.",
        about_ja: "プレフィックスの一覧を貼り付けると、最短の集約結果と重なりがわかります。",
        route: || Some(Route::Calc(CalcKind::Aggregate, Vec::new())),
    },
    Calc {
        id: "avail",
        en: "Availability",
        ja: "可用性の計算",
        about_en: "Write a system as parts in series and parallel and see its availability, downtime, weakest link and diagram; also MTBF/MTTR and N+k sizing.",
        about_ja: "部品を直列・並列につないだ構成を書くと、稼働率・停止時間・最も弱い部分と構成図がわかります。MTBF・MTTR と N+k の台数計算もできます。",
        route: || Some(Route::Calc(CalcKind::Avail, Vec::new())),
    },
    Calc {
        id: "port",
        en: "Port numbers",
        ja: "ポート番号",
        about_en: "Type port numbers and see their range (well-known, registered, dynamic), the common services on them and the Linux ephemeral range.",
        about_ja: "ポート番号を入力すると、範囲（ウェルノウン・登録済み・動的）、よく使われるサービス、Linux の一時ポートの範囲がわかります。",
        route: || Some(Route::Calc(CalcKind::Port, Vec::new())),
    },
    Calc {
        id: "tcp",
        en: "TCP step by step",
        ja: "TCP を順に見る",
        about_en: "Step through a TCP connection segment by segment with its sequence and acknowledgement numbers; compare TCP with UDP; fragment an IPv4 datagram.",
        about_ja: "TCP の接続をセグメントごとに、シーケンス番号と確認応答番号とともにたどります。TCP と UDP の比較、IPv4 のフラグメント化も見られます。",
        route: || Some(Route::Calc(CalcKind::Tcp, Vec::new())),
    },
    // DNS, HTTP, SSH screens
    Calc {
        id: "dns",
        en: "DNS step by step",
        ja: "DNS を順に見る",
        about_en: "Split a name into its levels, walk an iterative resolution one message at a time (referrals, glue, CNAME, TTL, then the cache), and see each record type with real records.",
        about_ja: "ドメイン名を階層に分け、反復問い合わせによる名前解決をメッセージごとにたどります（委任・グルー・CNAME・TTL、そしてキャッシュ）。レコードの種類も実例で確かめられます。",
        route: || Some(Route::Calc(CalcKind::Dns, Vec::new())),
    },
    Calc {
        id: "ssh",
        en: "SSH public-key login",
        ja: "SSH 公開鍵認証",
        about_en: "Step through SSH-2 public-key authentication with a key pair made on the spot: fingerprint, the signed data, the signature, the server's check, and tampered copies that fail.",
        about_ja: "その場で作った鍵ペアで SSH-2 の公開鍵認証をたどります。フィンガープリント、署名するデータ、署名、サーバーの検証、そして失敗する改ざん例。",
        route: || Some(Route::Calc(CalcKind::Ssh, Vec::new())),
    },
    Calc {
        id: "http",
        en: "HTTP message check",
        ja: "HTTP メッセージの確認",
        about_en: "Type or paste a request or a response and see each part annotated as you type: start line, headers, the empty line, the body, and what is wrong; status codes classified.",
        about_ja: "リクエストやレスポンスを入力・貼り付けすると、開始行・ヘッダー・空行・ボディが入力に合わせて解説され、誤りも示されます。ステータスコードの分類も確かめられます。",
        route: || Some(Route::Calc(CalcKind::Http, Vec::new())),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nineteen_modules_in_order_with_both_languages() {
        let entries = catalog();
        let modules: Vec<&str> = entries
            .iter()
            .filter(|e| e.section == Section::Lessons)
            .map(|e| &*e.id)
            .collect();
        let expected: Vec<String> = (1..=19).map(|n| format!("M{n}")).collect();
        assert_eq!(modules, expected);
        for e in &entries {
            for text in [&e.title.en, &e.title.ja, &e.summary.en, &e.summary.ja] {
                assert!(!text.trim().is_empty(), "{} has an empty text", e.id);
            }
        }
    }

    #[test]
    fn lessons_replace_their_modules_and_open_the_reader() {
        let library = crate::lesson::load::embedded_library();
        let entries = with_lessons(&library);
        let m3: Vec<&Entry> = entries
            .iter()
            .filter(|e| e.id == "M3" && e.section == Section::Lessons)
            .collect();
        assert_eq!(m3.len(), 1);
        assert_eq!(m3[0].target, Some(Route::Lesson("m03-subnetting".into())));
        assert_eq!(
            m3[0].title.get(Lang::En),
            "Subnetting: network part, host part and masks"
        );
        assert!(m3[0].title.get(Lang::Ja).starts_with("サブネット"));
        assert_eq!(
            entries
                .iter()
                .filter(|e| e.section == Section::Calculators)
                .count(),
            CALCULATORS.len()
        );
        let empty = with_lessons(&Library::default());
        assert_eq!(empty, catalog());
    }

    #[test]
    fn filters_match_either_language_ignoring_case() {
        let entries = catalog();
        let hits = |needle: &str| entries.iter().filter(|e| e.matches(needle)).count();
        // The M8 lesson, the DNS calculator and the practice of M8.
        assert_eq!(hits("dns"), 3);
        // Lesson modules, and the practice of M3 and M4.
        assert_eq!(hits("サブネット"), 5);
        // M1 and M10 to M19, and the practice of M11, M12 and M14 to M19.
        assert_eq!(hits("m1"), 19);
        assert_eq!(hits(""), entries.len());
    }
}
