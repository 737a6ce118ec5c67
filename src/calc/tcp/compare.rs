//! TCP and UDP side by side.

/// One property of TCP and UDP, in English and Japanese.
///
/// ```
/// use netdojo::calc::tcp::TCP_VS_UDP;
/// let header = TCP_VS_UDP.iter().find(|c| c.property == "header size").unwrap();
/// assert_eq!(header.udp, "8 bytes");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contrast {
    /// What is compared.
    pub property: &'static str,
    /// What is compared, in Japanese.
    pub property_ja: &'static str,
    /// How TCP does it.
    pub tcp: &'static str,
    /// How TCP does it, in Japanese.
    pub tcp_ja: &'static str,
    /// How UDP does it.
    pub udp: &'static str,
    /// How UDP does it, in Japanese.
    pub udp_ja: &'static str,
}

/// TCP (RFC 9293) and UDP (RFC 768) compared, one property a row.
///
/// ```
/// use netdojo::calc::tcp::TCP_VS_UDP;
/// assert_eq!(TCP_VS_UDP[0].property, "connection");
/// assert!(TCP_VS_UDP.iter().all(|c| !c.tcp_ja.is_empty() && !c.udp_ja.is_empty()));
/// ```
pub const TCP_VS_UDP: &[Contrast] = &[
    Contrast {
        property: "connection",
        property_ja: "接続",
        tcp: "connection-oriented: a three-way handshake opens it, FIN closes it",
        tcp_ja: "コネクション型: 3ウェイハンドシェイクで開き、FINで閉じる",
        udp: "connectionless: every datagram stands alone",
        udp_ja: "コネクションレス型: データグラムは1つずつ独立している",
    },
    Contrast {
        property: "delivery",
        property_ja: "到達保証",
        tcp: "reliable: data not acknowledged in time is sent again",
        tcp_ja: "信頼性あり: 確認応答のないデータは再送する",
        udp: "best effort: a lost datagram is not sent again",
        udp_ja: "ベストエフォート: 失われたデータグラムは再送しない",
    },
    Contrast {
        property: "order",
        property_ja: "順序",
        tcp: "kept: sequence numbers put the bytes back in order",
        tcp_ja: "保証する: シーケンス番号でバイトを正しい順に並べ直す",
        udp: "not kept: datagrams may arrive in any order",
        udp_ja: "保証しない: データグラムは順不同で届くことがある",
    },
    Contrast {
        property: "unit of data",
        property_ja: "データの単位",
        tcp: "a byte stream: no message boundaries",
        tcp_ja: "バイトストリーム: メッセージの区切りはない",
        udp: "messages: one send is one datagram",
        udp_ja: "メッセージ: 1回の送信が1つのデータグラムになる",
    },
    Contrast {
        property: "flow control",
        property_ja: "フロー制御",
        tcp: "yes: the receiver advertises a window",
        tcp_ja: "あり: 受信側がウィンドウを通知する",
        udp: "none",
        udp_ja: "なし",
    },
    Contrast {
        property: "congestion control",
        property_ja: "輻輳制御",
        tcp: "yes (RFC 5681)",
        tcp_ja: "あり(RFC 5681)",
        udp: "none in UDP itself (QUIC adds its own)",
        udp_ja: "UDP自体にはない(QUICは独自に持つ)",
    },
    Contrast {
        property: "header size",
        property_ja: "ヘッダー長",
        tcp: "20 to 60 bytes",
        tcp_ja: "20〜60バイト",
        udp: "8 bytes",
        udp_ja: "8バイト",
    },
    Contrast {
        property: "broadcast and multicast",
        property_ja: "ブロードキャストとマルチキャスト",
        tcp: "no: one peer to one peer",
        tcp_ja: "不可: 1対1の通信のみ",
        udp: "yes",
        udp_ja: "可能",
    },
    Contrast {
        property: "typical uses",
        property_ja: "主な用途",
        tcp: "HTTP/1.1 and HTTP/2, SSH, SMTP, database connections, DNS zone transfers",
        tcp_ja: "HTTP/1.1とHTTP/2、SSH、SMTP、データベース接続、DNSのゾーン転送",
        udp: "DNS queries, DHCP, NTP, voice and video, games, QUIC and HTTP/3",
        udp_ja: "DNSの問い合わせ、DHCP、NTP、音声と映像、ゲーム、QUICとHTTP/3",
    },
    Contrast {
        property: "specification",
        property_ja: "仕様",
        tcp: "RFC 9293",
        tcp_ja: "RFC 9293",
        udp: "RFC 768",
        udp_ja: "RFC 768",
    },
];
