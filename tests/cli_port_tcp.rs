//! `netdojo port` and `netdojo tcp`: exact text output, JSON Lines and error wording.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use serde_json::{Value, json};

fn netdojo(args: &[&str]) -> assert_cmd::assert::Assert {
    Command::new(env!("CARGO_BIN_EXE_netdojo"))
        .args(args)
        .assert()
}

/// Lines joined with a newline after each.
fn lines(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// Runs with --json and parses every line of stdout.
fn json_lines(args: &[&str], code: i32) -> Vec<Value> {
    let output = netdojo(args)
        .code(code)
        .stderr("")
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn json_ports_of_the_issue() {
    let out = json_lines(&["port", "22", "443", "49151", "49152", "--json"], 0);
    let summary: Vec<(u64, &str, bool)> = out
        .iter()
        .map(|v| {
            (
                v["port"].as_u64().unwrap(),
                v["range"].as_str().unwrap(),
                v["linux_ephemeral"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (22, "well-known", false),
            (443, "well-known", false),
            (49151, "registered", true),
            (49152, "dynamic", true)
        ]
    );
    assert_eq!(out[0]["services"][0]["name"], "SSH");
    assert_eq!(out[0]["services"][0]["transports"], json!(["tcp"]));
    assert_eq!(out[1]["services"][1]["name"], "HTTP/3");
    assert_eq!(out[1]["services"][1]["transports"], json!(["udp"]));
    assert_eq!(out[2]["services"], json!([]));
    assert_eq!(out[3]["rfc6335_range"], "dynamic/private");
    let mut keys: Vec<&str> = out[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "linux_ephemeral",
            "port",
            "range",
            "rfc6335_range",
            "services"
        ]
    );
}

#[test]
fn json_bad_port_is_one_line_and_the_run_goes_on() {
    let out = json_lines(&["port", "65536", "53", "--json"], 2);
    assert_eq!(
        out[0],
        json!({
            "input": "65536",
            "error": "\"65536\" is over 65535 (a port is a 16-bit number, 0 to 65535)"
        })
    );
    assert_eq!(out[1]["services"][0]["transports"], json!(["tcp", "udp"]));
}

#[test]
fn json_handshake_one_segment_a_line() {
    let out = json_lines(
        &[
            "tcp",
            "handshake",
            "--client-isn",
            "4294967295",
            "--server-isn",
            "7",
            "--send",
            "10",
            "--json",
        ],
        0,
    );
    assert_eq!(out.len(), 9);
    assert_eq!(
        out[1],
        json!({
            "step": 2,
            "phase": "handshake",
            "from": "server",
            "to": "client",
            "flags": ["SYN", "ACK"],
            "seq": 7,
            "ack": 0,
            "len": 0,
            "client_state": "ESTABLISHED",
            "server_state": "SYN-RECEIVED",
            "explain": "The server acknowledges the SYN with ack 0 (the SYN uses one sequence number) (past 4294967295 it wraps to 0) and sends its own ISN 7.",
            "explain_ja": "サーバーはack 0でSYNを確認応答し(SYNはシーケンス番号を1つ使う)(4294967295の次は0に戻る)、自分の初期シーケンス番号7を送る。"
        })
    );
    assert_eq!(out[0]["ack"], Value::Null);
    assert_eq!(out[4]["ack"], 10);
    assert_eq!(out[8]["seq"], 11);
    assert_eq!(out[8]["ack"], 9);
}

#[test]
fn json_fragments() {
    let out = json_lines(
        &[
            "tcp", "fragment", "--size", "4000", "--mtu", "1500", "--json",
        ],
        0,
    );
    assert_eq!(
        out,
        [
            json!({"fragment": 1, "total_length": 1500, "data_length": 1480, "offset_bytes": 0, "offset": 0, "more_fragments": true}),
            json!({"fragment": 2, "total_length": 1500, "data_length": 1480, "offset_bytes": 1480, "offset": 185, "more_fragments": true}),
            json!({"fragment": 3, "total_length": 1040, "data_length": 1020, "offset_bytes": 2960, "offset": 370, "more_fragments": false}),
        ]
    );
    let out = json_lines(
        &[
            "tcp", "fragment", "--size", "4000", "--mtu", "1500", "--df", "--json",
        ],
        2,
    );
    assert_eq!(
        out,
        [json!({
            "input": "1500",
            "error": "--mtu \"1500\": the 4000-byte datagram does not fit the MTU of 1500 and has DF set: the router drops it and sends ICMP \"fragmentation needed\""
        })]
    );
}

#[test]
fn json_compare_carries_both_languages() {
    let out = json_lines(&["tcp", "compare", "--json"], 0);
    assert_eq!(out.len(), 10);
    assert_eq!(out[6]["property"], "header size");
    assert_eq!(out[6]["tcp"], "20 to 60 bytes");
    assert_eq!(out[6]["udp_ja"], "8バイト");
}

#[test]
fn ports_of_the_issue() {
    let expected = lines(&[
        " port  range                    services                   linux ephemeral",
        "   22  well-known (0-1023)      SSH (tcp)                  no",
        "  443  well-known (0-1023)      HTTPS (tcp), HTTP/3 (udp)  no",
        "49151  registered (1024-49151)  -                          yes",
        "49152  dynamic (49152-65535)    -                          yes",
    ]);
    netdojo(&["port", "22", "443", "49151", "49152"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn range_boundaries_and_services() {
    let expected = lines(&[
        " port  range                    services        linux ephemeral",
        "    0  well-known (0-1023)      -               no",
        "   53  well-known (0-1023)      DNS (tcp, udp)  no",
        " 1023  well-known (0-1023)      -               no",
        " 1024  registered (1024-49151)  -               no",
        " 3306  registered (1024-49151)  MySQL (tcp)     no",
        "32767  registered (1024-49151)  -               no",
        "32768  registered (1024-49151)  -               yes",
        "60999  dynamic (49152-65535)    -               yes",
        "61000  dynamic (49152-65535)    -               no",
        "65535  dynamic (49152-65535)    -               no",
    ]);
    netdojo(&[
        "port", "0", "53", "1023", "1024", "3306", "32767", "32768", "60999", "61000", "65535",
    ])
    .code(0)
    .stdout(expected)
    .stderr("");
}

#[test]
fn bad_ports_named_in_quotes() {
    let expected = lines(&[
        "port  range                services   linux ephemeral",
        "  22  well-known (0-1023)  SSH (tcp)  no",
    ]);
    netdojo(&["port", "22", "70000", "ssh", "-1"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"70000\" is over 65535 (a port is a 16-bit number, 0 to 65535)\nnetdojo: \"ssh\" is not a port number (expected a whole number from 0 to 65535)\nnetdojo: \"-1\" is not a port number (expected a whole number from 0 to 65535)\n");
}

#[test]
fn handshake_with_data_both_ways() {
    let expected = lines(&[
        "client ISN 1000, server ISN 5000; client sends 100 + 200 bytes, server replies 300 bytes",
        "",
        "step  phase      direction         flags      seq   ack  len  client       server        why",
        "   1  handshake  client -> server  SYN       1000     -    0  SYN-SENT     SYN-RECEIVED  The client opens with SYN and its initial sequence number 1000.",
        "   2  handshake  server -> client  SYN, ACK  5000  1001    0  ESTABLISHED  SYN-RECEIVED  The server acknowledges the SYN with ack 1001 (the SYN uses one sequence number) and sends its own ISN 5000.",
        "   3  handshake  client -> server  ACK       1001  5001    0  ESTABLISHED  ESTABLISHED   The client acknowledges the server's SYN with ack 5001; the connection is open.",
        "   4  data       client -> server  PSH, ACK  1001  5001  100  ESTABLISHED  ESTABLISHED   The client sends 100 bytes numbered 1001 to 1100.",
        "   5  data       server -> client  ACK       5001  1101    0  ESTABLISHED  ESTABLISHED   The server acknowledges them: ack 1101 = 1001 + 100, the next byte it expects.",
        "   6  data       client -> server  PSH, ACK  1101  5001  200  ESTABLISHED  ESTABLISHED   The client sends 200 bytes numbered 1101 to 1300.",
        "   7  data       server -> client  ACK       5001  1301    0  ESTABLISHED  ESTABLISHED   The server acknowledges them: ack 1301 = 1101 + 200, the next byte it expects.",
        "   8  data       server -> client  PSH, ACK  5001  1301  300  ESTABLISHED  ESTABLISHED   The server sends 300 bytes numbered 5001 to 5300.",
        "   9  data       client -> server  ACK       1301  5301    0  ESTABLISHED  ESTABLISHED   The client acknowledges them: ack 5301 = 5001 + 300, the next byte it expects.",
        "  10  teardown   client -> server  FIN, ACK  1301  5301    0  FIN-WAIT-1   CLOSE-WAIT    The client has nothing more to send: FIN with seq 1301. A FIN uses one sequence number, like a SYN.",
        "  11  teardown   server -> client  ACK       5301  1302    0  FIN-WAIT-2   CLOSE-WAIT    The server acknowledges the FIN with ack 1302; it may still send data.",
        "  12  teardown   server -> client  FIN, ACK  5301  1302    0  TIME-WAIT    LAST-ACK      The server is done too: FIN with seq 5301.",
        "  13  teardown   client -> server  ACK       1302  5302    0  TIME-WAIT    CLOSED        The client acknowledges with ack 5302 and waits in TIME-WAIT (twice the maximum segment lifetime) before closing.",
    ]);
    netdojo(&[
        "tcp",
        "handshake",
        "--client-isn",
        "1000",
        "--server-isn",
        "5000",
        "--send",
        "100,200",
        "--reply",
        "300",
    ])
    .code(0)
    .stdout(expected)
    .stderr("");
}

#[test]
fn handshake_wraps_at_two_to_the_32_in_japanese() {
    let expected = lines(&[
        "client ISN 4294967295, server ISN 4294967294; client sends 10 bytes, server replies nothing",
        "",
        "step  phase      direction         flags            seq         ack  len  client       server        why",
        "   1  handshake  client -> server  SYN       4294967295           -    0  SYN-SENT     SYN-RECEIVED  クライアントはSYNと初期シーケンス番号4294967295を送って接続を開始する。",
        "   2  handshake  server -> client  SYN, ACK  4294967294           0    0  ESTABLISHED  SYN-RECEIVED  サーバーはack 0でSYNを確認応答し(SYNはシーケンス番号を1つ使う)(4294967295の次は0に戻る)、自分の初期シーケンス番号4294967294を送る。",
        "   3  handshake  client -> server  ACK                0  4294967295    0  ESTABLISHED  ESTABLISHED   クライアントはack 4294967295でサーバーのSYNを確認応答し、接続が確立する。",
        "   4  data       client -> server  PSH, ACK           0  4294967295   10  ESTABLISHED  ESTABLISHED   クライアントは10バイトを送る(番号0〜9)。",
        "   5  data       server -> client  ACK       4294967295          10    0  ESTABLISHED  ESTABLISHED   サーバーは確認応答する: ack 10 = 0 + 10。次に期待するバイトの番号である。",
        "   6  teardown   client -> server  FIN, ACK          10  4294967295    0  FIN-WAIT-1   CLOSE-WAIT    クライアントは送るデータがなくなり、seq 10のFINを送る。FINもSYNと同じくシーケンス番号を1つ使う。",
        "   7  teardown   server -> client  ACK       4294967295          11    0  FIN-WAIT-2   CLOSE-WAIT    サーバーはack 11でFINを確認応答する。サーバーはまだデータを送れる。",
        "   8  teardown   server -> client  FIN, ACK  4294967295          11    0  TIME-WAIT    LAST-ACK      サーバーも送り終え、seq 4294967295のFINを送る。",
        "   9  teardown   client -> server  ACK               11           0    0  TIME-WAIT    CLOSED        クライアントはack 0で確認応答し(4294967295の次は0に戻る)、TIME-WAIT(最大セグメント寿命の2倍)を待ってから閉じる。",
    ]);
    netdojo(&[
        "tcp",
        "handshake",
        "--client-isn",
        "4294967295",
        "--server-isn",
        "4294967294",
        "--send",
        "10",
        "--lang",
        "ja",
    ])
    .code(0)
    .stdout(expected)
    .stderr("");
}

#[test]
fn handshake_bad_isn() {
    let expected = String::new();
    netdojo(&["tcp", "handshake", "--client-isn", "4294967296"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"4294967296\" is not a sequence number (expected a whole number from 0 to 4294967295)\n");
}

#[test]
fn handshake_negative_isn() {
    let expected = String::new();
    netdojo(&["tcp", "handshake", "--server-isn", "-1"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"-1\" is not a sequence number (expected a whole number from 0 to 4294967295)\n");
}

#[test]
fn handshake_bad_sizes() {
    let expected = String::new();
    netdojo(&["tcp", "handshake", "--send", "100,,200"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"100,,200\" is not a list of segment sizes (expected bytes separated by commas, such as 100,200)\n");
}

#[test]
fn handshake_empty_segment() {
    let expected = String::new();
    netdojo(&["tcp", "handshake", "--reply", "100,0"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: --reply \"100,0\": the server's segment 2 has 0 bytes: a data segment carries at least 1\n");
}

#[test]
fn fragment_of_the_curriculum() {
    let expected = lines(&[
        "datagram 4000 bytes (20-byte header + 3980 bytes of data), MTU 1500: 3 fragments",
        "",
        "fragment  total length  data  offset (bytes)  offset field (x8)  MF",
        "       1          1500  1480               0                  0   1",
        "       2          1500  1480            1480                185   1",
        "       3          1040  1020            2960                370   0",
        "",
        "Only the destination host reassembles the fragments; routers on the way do not.",
    ]);
    netdojo(&["tcp", "fragment", "--size", "4000", "--mtu", "1500"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn fragment_odd_mtu_and_header() {
    let expected = lines(&[
        "datagram 3024 bytes (24-byte header + 3000 bytes of data), MTU 1006: 4 fragments",
        "",
        "fragment  total length  data  offset (bytes)  offset field (x8)  MF",
        "       1          1000   976               0                  0   1",
        "       2          1000   976             976                122   1",
        "       3          1000   976            1952                244   1",
        "       4            96    72            2928                366   0",
        "",
        "Only the destination host reassembles the fragments; routers on the way do not.",
    ]);
    netdojo(&[
        "tcp", "fragment", "--size", "3024", "--mtu", "1006", "--header", "24",
    ])
    .code(0)
    .stdout(expected)
    .stderr("");
}

#[test]
fn fragment_fits() {
    let expected = lines(&[
        "datagram 1500 bytes (20-byte header + 1480 bytes of data), MTU 1500: 1 fragment",
        "",
        "fragment  total length  data  offset (bytes)  offset field (x8)  MF",
        "       1          1500  1480               0                  0   0",
        "",
        "It fits the MTU as it is: no fragmentation needed.",
    ]);
    netdojo(&["tcp", "fragment", "--size", "1500", "--mtu", "1500", "--df"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn fragment_dont_fragment() {
    let expected = String::new();
    netdojo(&["tcp", "fragment", "--size", "4000", "--mtu", "1500", "--df"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: --mtu \"1500\": the 4000-byte datagram does not fit the MTU of 1500 and has DF set: the router drops it and sends ICMP \"fragmentation needed\"\n");
}

#[test]
fn fragment_mtu_too_small() {
    let expected = String::new();
    netdojo(&["tcp", "fragment", "--size", "4000", "--mtu", "60"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: --mtu \"60\": an MTU of 60 bytes is below 68, the smallest an IPv4 link may have (RFC 791)\n");
}

#[test]
fn fragment_bad_header() {
    let expected = String::new();
    netdojo(&["tcp", "fragment", "--size", "4000", "--mtu", "1500", "--header", "22"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: --header \"22\": a 22-byte header is impossible: an IPv4 header is 20 to 60 bytes, in steps of 4\n");
}

#[test]
fn fragment_too_large() {
    let expected = String::new();
    netdojo(&["tcp", "fragment", "--size", "70000", "--mtu", "1500"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: --size \"70000\": a 70000-byte datagram is over 65535 bytes, the largest IPv4 total length\n");
}

#[test]
fn fragment_not_a_number() {
    let expected = String::new();
    netdojo(&["tcp", "fragment", "--size", "4k", "--mtu", "1500"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"4k\" is not a datagram size (expected a whole number of bytes)\n");
}

#[test]
fn compare_in_english() {
    let expected = lines(&[
        "property                 TCP                                                                       UDP",
        "connection               connection-oriented: a three-way handshake opens it, FIN closes it        connectionless: every datagram stands alone",
        "delivery                 reliable: data not acknowledged in time is sent again                     best effort: a lost datagram is not sent again",
        "order                    kept: sequence numbers put the bytes back in order                        not kept: datagrams may arrive in any order",
        "unit of data             a byte stream: no message boundaries                                      messages: one send is one datagram",
        "flow control             yes: the receiver advertises a window                                     none",
        "congestion control       yes (RFC 5681)                                                            none in UDP itself (QUIC adds its own)",
        "header size              20 to 60 bytes                                                            8 bytes",
        "broadcast and multicast  no: one peer to one peer                                                  yes",
        "typical uses             HTTP/1.1 and HTTP/2, SSH, SMTP, database connections, DNS zone transfers  DNS queries, DHCP, NTP, voice and video, games, QUIC and HTTP/3",
        "specification            RFC 9293                                                                  RFC 768",
    ]);
    netdojo(&["tcp", "compare"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn compare_in_japanese() {
    let expected = lines(&[
        "項目                              TCP                                                             UDP",
        "接続                              コネクション型: 3ウェイハンドシェイクで開き、FINで閉じる        コネクションレス型: データグラムは1つずつ独立している",
        "到達保証                          信頼性あり: 確認応答のないデータは再送する                      ベストエフォート: 失われたデータグラムは再送しない",
        "順序                              保証する: シーケンス番号でバイトを正しい順に並べ直す            保証しない: データグラムは順不同で届くことがある",
        "データの単位                      バイトストリーム: メッセージの区切りはない                      メッセージ: 1回の送信が1つのデータグラムになる",
        "フロー制御                        あり: 受信側がウィンドウを通知する                              なし",
        "輻輳制御                          あり(RFC 5681)                                                  UDP自体にはない(QUICは独自に持つ)",
        "ヘッダー長                        20〜60バイト                                                    8バイト",
        "ブロードキャストとマルチキャスト  不可: 1対1の通信のみ                                            可能",
        "主な用途                          HTTP/1.1とHTTP/2、SSH、SMTP、データベース接続、DNSのゾーン転送  DNSの問い合わせ、DHCP、NTP、音声と映像、ゲーム、QUICとHTTP/3",
        "仕様                              RFC 9293                                                        RFC 768",
    ]);
    netdojo(&["tcp", "compare", "--lang", "ja"])
        .code(0)
        .stdout(expected)
        .stderr("");
}
