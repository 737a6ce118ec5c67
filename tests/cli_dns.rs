//! Command-line tests of `netdojo dns`: exact output, errors and exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;

fn netdojo() -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

#[test]
fn levels_of_a_co_jp_name() {
    netdojo()
        .args(["dns", "levels", "www.example.co.jp"])
        .assert()
        .code(0)
        .stdout(
            r"name                www.example.co.jp
TLD                 jp (ccTLD)
public suffix       co.jp
registrable domain  example.co.jp
length              19 octets on the wire (at most 255)

LEVEL      LABEL    ROLE
1st level  jp       top-level domain
2nd level  co       part of the public suffix
3rd level  example  registered by the domain holder
4th level  www      subdomain chosen by the holder
",
        )
        .stderr(r"");
}

#[test]
fn levels_of_a_public_suffix_and_the_root() {
    netdojo()
        .args(["dns", "levels", "co.jp", "."])
        .assert()
        .code(0)
        .stdout(
            r"name                co.jp
TLD                 jp (ccTLD)
public suffix       co.jp
registrable domain  none (the name is itself a public suffix)
length              7 octets on the wire (at most 255)

LEVEL      LABEL  ROLE
1st level  jp     top-level domain
2nd level  co     part of the public suffix

name                . (the root)
TLD                 none (the root has no labels)
public suffix       none
registrable domain  none
length              1 octet on the wire (at most 255)
",
        )
        .stderr(r"");
}

#[test]
fn levels_json() {
    netdojo()
        .args(["dns", "levels", "--json", "www.example.co.jp", "example.com."])
        .assert()
        .code(0)
        .stdout(r#"{"name":"www.example.co.jp","tld":"jp","tld_kind":"country-code","public_suffix":"co.jp","suffix_listed":true,"registrable_domain":"example.co.jp","wire_octets":19,"levels":[{"level":1,"label":"jp","role":"tld"},{"level":2,"label":"co","role":"public_suffix"},{"level":3,"label":"example","role":"registrable"},{"level":4,"label":"www","role":"subdomain"}]}
{"name":"example.com.","tld":"com","tld_kind":"generic","public_suffix":"com","suffix_listed":true,"registrable_domain":"example.com","wire_octets":13,"levels":[{"level":1,"label":"com","role":"tld"},{"level":2,"label":"example","role":"registrable"}]}
"#)
        .stderr(r"");
}

#[test]
fn levels_bad_name_is_one_line_and_exit_2() {
    netdojo()
        .args(["dns", "levels", "www..example.com"])
        .assert()
        .code(2)
        .stdout(r"")
        .stderr(r#"netdojo: "www..example.com" is not a valid domain name: label 2 is empty (two dots in a row or a leading dot)
"#);
}

#[test]
fn levels_bad_name_in_json_continues() {
    netdojo()
        .args(["dns", "levels", "--json", "bad-.example", "example.com"])
        .assert()
        .code(2)
        .stdout(r#"{"input":"bad-.example","error":"\"bad-.example\" is not a valid domain name: label \"bad-\" starts or ends with a hyphen"}
{"name":"example.com","tld":"com","tld_kind":"generic","public_suffix":"com","suffix_listed":true,"registrable_domain":"example.com","wire_octets":13,"levels":[{"level":1,"label":"com","role":"tld"},{"level":2,"label":"example","role":"registrable"}]}
"#)
        .stderr(r"");
}

#[test]
fn levels_label_too_long() {
    netdojo()
        .args(["dns", "levels", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com"])
        .assert()
        .code(2)
        .stdout(r"")
        .stderr(r#"netdojo: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com" is not a valid domain name: label "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" is 64 octets long; a label holds at most 63
"#);
}

#[test]
fn levels_bad_character() {
    netdojo()
        .args(["dns", "levels", "例え.jp"])
        .assert()
        .code(2)
        .stdout(r"")
        .stderr(r#"netdojo: "例え.jp" is not a valid domain name: label "例え" contains '例'; labels use letters, digits, hyphens and underscores
"#);
}

#[test]
fn walk_twice_answers_from_the_cache() {
    netdojo()
        .args(["dns", "walk", "www.example.co.jp", "--twice"])
        .assert()
        .code(0)
        .stdout(r"Lookup 1: www.example.co.jp. A at t=0s
 1. start for www.example.co.jp. A: nothing cached, so ask a root server (root hints): a.root-servers.net. (198.51.100.1)
 2. ask a.root-servers.net. (198.51.100.1): www.example.co.jp. A?
    referral to jp.
      jp.        172800  IN  NS    a.dns.jp.
      a.dns.jp.  172800  IN  A     192.0.2.10    (glue)
      a.dns.jp.  172800  IN  AAAA  2001:db8::10  (glue)
 3. ask a.dns.jp. (192.0.2.10): www.example.co.jp. A?
    referral to co.jp.
      co.jp.      86400  IN  NS  ns1.co.jp.
      ns1.co.jp.  86400  IN  A   192.0.2.30  (glue)
 4. ask ns1.co.jp. (192.0.2.30): www.example.co.jp. A?
    referral to example.co.jp.
      example.co.jp.      86400  IN  NS  ns1.example.co.jp.
      example.co.jp.      86400  IN  NS  ns2.example.co.jp.
      ns1.example.co.jp.  86400  IN  A   198.51.100.53       (glue)
      ns2.example.co.jp.  86400  IN  A   198.51.100.54       (glue)
 5. ask ns1.example.co.jp. (198.51.100.53): www.example.co.jp. A?
    authoritative answer
      www.example.co.jp.  300  IN  CNAME  web.example.co.jp.
      web.example.co.jp.  300  IN  A      203.0.113.80
Result: answer after 4 queries
  www.example.co.jp.  300  IN  CNAME  web.example.co.jp.
  web.example.co.jp.  300  IN  A      203.0.113.80

Lookup 2: www.example.co.jp. A at t=60s
 1. www.example.co.jp. A: in the cache, no query sent (TTL shows the seconds left)
      www.example.co.jp.  240  IN  CNAME  web.example.co.jp.
 2. www.example.co.jp. is an alias of web.example.co.jp.: start again for web.example.co.jp.
 3. web.example.co.jp. A: in the cache, no query sent (TTL shows the seconds left)
      web.example.co.jp.  240  IN  A  203.0.113.80
Result: answer after 0 queries
  www.example.co.jp.  240  IN  CNAME  web.example.co.jp.
  web.example.co.jp.  240  IN  A      203.0.113.80

Cache at t=60s: 11 entries (TTL = seconds left)
  jp.                 172740  IN  NS     a.dns.jp.
  a.dns.jp.           172740  IN  A      192.0.2.10
  a.dns.jp.           172740  IN  AAAA   2001:db8::10
  co.jp.               86340  IN  NS     ns1.co.jp.
  ns1.co.jp.           86340  IN  A      192.0.2.30
  example.co.jp.       86340  IN  NS     ns1.example.co.jp.
  example.co.jp.       86340  IN  NS     ns2.example.co.jp.
  ns1.example.co.jp.   86340  IN  A      198.51.100.53
  ns2.example.co.jp.   86340  IN  A      198.51.100.54
  www.example.co.jp.     240  IN  CNAME  web.example.co.jp.
  web.example.co.jp.     240  IN  A      203.0.113.80
")
        .stderr(r"");
}

#[test]
fn walk_mx_lists_exchangers_by_preference() {
    netdojo()
        .args(["dns", "walk", "example.co.jp", "--type", "mx"])
        .assert()
        .code(0)
        .stdout(r"Lookup 1: example.co.jp. MX at t=0s
 1. start for example.co.jp. MX: nothing cached, so ask a root server (root hints): a.root-servers.net. (198.51.100.1)
 2. ask a.root-servers.net. (198.51.100.1): example.co.jp. MX?
    referral to jp.
      jp.        172800  IN  NS    a.dns.jp.
      a.dns.jp.  172800  IN  A     192.0.2.10    (glue)
      a.dns.jp.  172800  IN  AAAA  2001:db8::10  (glue)
 3. ask a.dns.jp. (192.0.2.10): example.co.jp. MX?
    referral to co.jp.
      co.jp.      86400  IN  NS  ns1.co.jp.
      ns1.co.jp.  86400  IN  A   192.0.2.30  (glue)
 4. ask ns1.co.jp. (192.0.2.30): example.co.jp. MX?
    referral to example.co.jp.
      example.co.jp.      86400  IN  NS  ns1.example.co.jp.
      example.co.jp.      86400  IN  NS  ns2.example.co.jp.
      ns1.example.co.jp.  86400  IN  A   198.51.100.53       (glue)
      ns2.example.co.jp.  86400  IN  A   198.51.100.54       (glue)
 5. ask ns1.example.co.jp. (198.51.100.53): example.co.jp. MX?
    authoritative answer
      example.co.jp.  3600  IN  MX  10 mail1.example.co.jp.
      example.co.jp.  3600  IN  MX  20 mail2.example.co.jp.
Result: answer after 4 queries
  example.co.jp.  3600  IN  MX  10 mail1.example.co.jp.
  example.co.jp.  3600  IN  MX  20 mail2.example.co.jp.
Mail is tried at: mail1.example.co.jp. (preference 10), then mail2.example.co.jp. (preference 20)

Cache at t=0s: 11 entries (TTL = seconds left)
  jp.                 172800  IN  NS    a.dns.jp.
  a.dns.jp.           172800  IN  A     192.0.2.10
  a.dns.jp.           172800  IN  AAAA  2001:db8::10
  co.jp.               86400  IN  NS    ns1.co.jp.
  ns1.co.jp.           86400  IN  A     192.0.2.30
  example.co.jp.       86400  IN  NS    ns1.example.co.jp.
  example.co.jp.       86400  IN  NS    ns2.example.co.jp.
  ns1.example.co.jp.   86400  IN  A     198.51.100.53
  ns2.example.co.jp.   86400  IN  A     198.51.100.54
  example.co.jp.        3600  IN  MX    10 mail1.example.co.jp.
  example.co.jp.        3600  IN  MX    20 mail2.example.co.jp.
")
        .stderr(r"");
}

#[test]
fn walk_nxdomain_then_negative_cache() {
    netdojo()
        .args(["dns", "walk", "nope.example.com", "nope.example.com", "--gap", "100"])
        .assert()
        .code(0)
        .stdout(r"Lookup 1: nope.example.com. A at t=0s
 1. start for nope.example.com. A: nothing cached, so ask a root server (root hints): a.root-servers.net. (198.51.100.1)
 2. ask a.root-servers.net. (198.51.100.1): nope.example.com. A?
    referral to com.
      com.                 172800  IN  NS    a.gtld-servers.net.
      a.gtld-servers.net.  172800  IN  A     192.0.2.20           (glue)
      a.gtld-servers.net.  172800  IN  AAAA  2001:db8::20         (glue)
 3. ask a.gtld-servers.net. (192.0.2.20): nope.example.com. A?
    referral to example.com.
      example.com.      172800  IN  NS  ns1.example.com.
      ns1.example.com.  172800  IN  A   198.51.100.10     (glue)
 4. ask ns1.example.com. (198.51.100.10): nope.example.com. A?
    NXDOMAIN: no such name
      example.com.  3600  IN  SOA  ns1.example.com. hostmaster.example.com. 2025061501 3600 900 604800 300  (SOA: MINIMUM is the negative TTL)
Result: NXDOMAIN after 3 queries: nope.example.com. does not exist

Lookup 2: nope.example.com. A at t=100s
 1. nope.example.com. A: the cache remembers that the name does not exist (200s left), no query sent
Result: NXDOMAIN after 0 queries: nope.example.com. does not exist

Cache at t=100s: 6 entries (TTL = seconds left)
  com.                 172700  IN  NS    a.gtld-servers.net.
  a.gtld-servers.net.  172700  IN  A     192.0.2.20
  a.gtld-servers.net.  172700  IN  AAAA  2001:db8::20
  example.com.         172700  IN  NS    ns1.example.com.
  ns1.example.com.     172700  IN  A     198.51.100.10
  nope.example.com.       200  IN  *     NXDOMAIN (no such name, any type)
")
        .stderr(r"");
}

#[test]
fn walk_referral_without_glue() {
    netdojo()
        .args(["dns", "walk", "80.113.0.203.in-addr.arpa", "--type", "PTR"])
        .assert()
        .code(0)
        .stdout(r"Lookup 1: 80.113.0.203.in-addr.arpa. PTR at t=0s
 1. start for 80.113.0.203.in-addr.arpa. PTR: nothing cached, so ask a root server (root hints): a.root-servers.net. (198.51.100.1)
 2. ask a.root-servers.net. (198.51.100.1): 80.113.0.203.in-addr.arpa. PTR?
    referral to arpa.
      arpa.       172800  IN  NS  a.ns.arpa.
      a.ns.arpa.  172800  IN  A   192.0.2.40  (glue)
 3. ask a.ns.arpa. (192.0.2.40): 80.113.0.203.in-addr.arpa. PTR?
    referral to in-addr.arpa.
      in-addr.arpa.            172800  IN  NS  a.in-addr-servers.arpa.
      a.in-addr-servers.arpa.  172800  IN  A   192.0.2.41               (glue)
 4. ask a.in-addr-servers.arpa. (192.0.2.41): 80.113.0.203.in-addr.arpa. PTR?
    referral to 113.0.203.in-addr.arpa. (no glue)
      113.0.203.in-addr.arpa.  86400  IN  NS  ns1.example.co.jp.
 5. the referral gave no address (glue) for ns1.example.co.jp.: look it up first
 6. start for ns1.example.co.jp. A: nothing cached, so ask a root server (root hints): a.root-servers.net. (198.51.100.1)
 7. ask a.root-servers.net. (198.51.100.1): ns1.example.co.jp. A?
    referral to jp.
      jp.        172800  IN  NS    a.dns.jp.
      a.dns.jp.  172800  IN  A     192.0.2.10    (glue)
      a.dns.jp.  172800  IN  AAAA  2001:db8::10  (glue)
 8. ask a.dns.jp. (192.0.2.10): ns1.example.co.jp. A?
    referral to co.jp.
      co.jp.      86400  IN  NS  ns1.co.jp.
      ns1.co.jp.  86400  IN  A   192.0.2.30  (glue)
 9. ask ns1.co.jp. (192.0.2.30): ns1.example.co.jp. A?
    referral to example.co.jp.
      example.co.jp.      86400  IN  NS  ns1.example.co.jp.
      example.co.jp.      86400  IN  NS  ns2.example.co.jp.
      ns1.example.co.jp.  86400  IN  A   198.51.100.53       (glue)
      ns2.example.co.jp.  86400  IN  A   198.51.100.54       (glue)
10. ask ns1.example.co.jp. (198.51.100.53): ns1.example.co.jp. A?
    authoritative answer
      ns1.example.co.jp.  3600  IN  A  198.51.100.53
11. ask ns1.example.co.jp. (198.51.100.53): 80.113.0.203.in-addr.arpa. PTR?
    authoritative answer
      80.113.0.203.in-addr.arpa.  3600  IN  PTR  web.example.co.jp.
Result: answer after 8 queries
  80.113.0.203.in-addr.arpa.  3600  IN  PTR  web.example.co.jp.

Cache at t=0s: 15 entries (TTL = seconds left)
  arpa.                       172800  IN  NS    a.ns.arpa.
  a.ns.arpa.                  172800  IN  A     192.0.2.40
  in-addr.arpa.               172800  IN  NS    a.in-addr-servers.arpa.
  a.in-addr-servers.arpa.     172800  IN  A     192.0.2.41
  113.0.203.in-addr.arpa.      86400  IN  NS    ns1.example.co.jp.
  jp.                         172800  IN  NS    a.dns.jp.
  a.dns.jp.                   172800  IN  A     192.0.2.10
  a.dns.jp.                   172800  IN  AAAA  2001:db8::10
  co.jp.                       86400  IN  NS    ns1.co.jp.
  ns1.co.jp.                   86400  IN  A     192.0.2.30
  example.co.jp.               86400  IN  NS    ns1.example.co.jp.
  example.co.jp.               86400  IN  NS    ns2.example.co.jp.
  ns2.example.co.jp.           86400  IN  A     198.51.100.54
  ns1.example.co.jp.            3600  IN  A     198.51.100.53
  80.113.0.203.in-addr.arpa.    3600  IN  PTR   web.example.co.jp.
")
        .stderr(r"");
}

#[test]
fn walk_unknown_type() {
    netdojo()
        .args(["dns", "walk", "example.com", "--type", "SRV"])
        .assert()
        .code(2)
        .stdout(r"")
        .stderr(r#"netdojo: "SRV" is not a record type this tutor knows: use A, AAAA, NS, MX, CNAME, SOA, TXT or PTR
"#);
}

#[test]
fn walk_bad_name_and_a_good_one() {
    netdojo()
        .args(["dns", "walk", "a..b", "www.example.com"])
        .assert()
        .code(2)
        .stdout(r"Lookup 1: www.example.com. A at t=0s
 1. start for www.example.com. A: nothing cached, so ask a root server (root hints): a.root-servers.net. (198.51.100.1)
 2. ask a.root-servers.net. (198.51.100.1): www.example.com. A?
    referral to com.
      com.                 172800  IN  NS    a.gtld-servers.net.
      a.gtld-servers.net.  172800  IN  A     192.0.2.20           (glue)
      a.gtld-servers.net.  172800  IN  AAAA  2001:db8::20         (glue)
 3. ask a.gtld-servers.net. (192.0.2.20): www.example.com. A?
    referral to example.com.
      example.com.      172800  IN  NS  ns1.example.com.
      ns1.example.com.  172800  IN  A   198.51.100.10     (glue)
 4. ask ns1.example.com. (198.51.100.10): www.example.com. A?
    authoritative answer
      www.example.com.  300  IN  A  203.0.113.100
Result: answer after 3 queries
  www.example.com.  300  IN  A  203.0.113.100

Cache at t=0s: 6 entries (TTL = seconds left)
  com.                 172800  IN  NS    a.gtld-servers.net.
  a.gtld-servers.net.  172800  IN  A     192.0.2.20
  a.gtld-servers.net.  172800  IN  AAAA  2001:db8::20
  example.com.         172800  IN  NS    ns1.example.com.
  ns1.example.com.     172800  IN  A     198.51.100.10
  www.example.com.        300  IN  A     203.0.113.100
")
        .stderr(r#"netdojo: "a..b" is not a valid domain name: label 2 is empty (two dots in a row or a leading dot)
"#);
}

#[test]
fn records_mx() {
    netdojo()
        .args(["dns", "records", "MX"])
        .assert()
        .code(0)
        .stdout(
            r"MX: a server that accepts mail for the domain; the lower preference is tried first
  example.co.jp.  3600  IN  MX  10 mail1.example.co.jp.
  example.co.jp.  3600  IN  MX  20 mail2.example.co.jp.
    FIELD       VALUE                 MEANING
    PREFERENCE  10                    lower is tried first
    EXCHANGE    mail1.example.co.jp.  the mail server's name
",
        )
        .stderr(r"");
}

#[test]
fn records_soa_in_japanese() {
    netdojo()
        .args(["dns", "records", "soa", "--lang", "ja"])
        .assert()
        .code(0)
        .stdout(r"SOA: ゾーンの管理情報。プライマリサーバー、管理者のメールアドレス、シリアル番号、各種タイマー
  example.co.jp.  3600  IN  SOA  ns1.example.co.jp. hostmaster.example.co.jp. 2025061501 3600 900 604800 300
    FIELD    VALUE                      MEANING
    MNAME    ns1.example.co.jp.         プライマリネームサーバー
    RNAME    hostmaster.example.co.jp.  管理者のメールアドレス。最初のドットが@の代わり
    SERIAL   2025061501                 ゾーンの版番号。変更のたびに増やす
    REFRESH  3600                       セカンダリが更新を確かめる間隔(秒)
    RETRY    900                        確認に失敗したときの再試行までの秒数
    EXPIRE   604800                     プライマリに届かないままセカンダリが応答を続ける秒数
    MINIMUM  300                        否定応答をキャッシュしてよい秒数(RFC 2308)
")
        .stderr(r"");
}

#[test]
fn records_cname_json() {
    netdojo()
        .args(["dns", "records", "CNAME", "--json"])
        .assert()
        .code(0)
        .stdout(r#"{"examples":[{"class":"IN","data":"web.example.co.jp.","name":"www.example.co.jp.","ttl":300,"type":"CNAME"}],"fields":[],"meaning":"says the name is an alias of another (canonical) name; an alias has no other records, so never at a zone apex","type":"CNAME"}
"#)
        .stderr(r"");
}

#[test]
fn records_unknown_type() {
    netdojo()
        .args(["dns", "records", "A", "SRV"])
        .assert()
        .code(2)
        .stdout(r"A: the IPv4 address of the name
  web.example.co.jp.  300  IN  A  203.0.113.80
")
        .stderr(r#"netdojo: "SRV" is not a record type this tutor knows: use A, AAAA, NS, MX, CNAME, SOA, TXT or PTR
"#);
}

#[test]
fn records_unknown_language() {
    netdojo()
        .args(["dns", "records", "--lang", "fr"])
        .assert()
        .code(2)
        .stdout(r"")
        .stderr(
            r#"netdojo: "fr" is not a language netdojo speaks (use en or ja)
"#,
        );
}
