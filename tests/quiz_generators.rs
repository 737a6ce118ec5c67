#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every generator, many seeds, every difficulty: the stated answer equals an
//! independent computation done here with plain integer arithmetic; the question is
//! well formed in both languages; the checker accepts the answer and diagnoses every
//! known mistake.
//!
//! Seeds per skill and difficulty: 500 in debug builds, 2,000 in release builds
//! (`cargo test --release --test quiz_generators`), or `QUIZ_SEEDS=N`.

use std::collections::BTreeSet;
use std::net::Ipv4Addr;

use netdojo::quiz::check::{Verdict, check};
use netdojo::quiz::generators::SKILLS;
use netdojo::quiz::model::{Difficulty, Kind, Question, letter};
use proptest::prelude::*;

fn seeds() -> u64 {
    std::env::var("QUIZ_SEEDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 500 } else { 2000 })
}

fn mask(p: u32) -> u32 {
    if p == 0 { 0 } else { u32::MAX << (32 - p) }
}

fn ip(s: &str) -> u32 {
    let parts: Vec<u32> = s.split('.').map(|o| o.parse().unwrap()).collect();
    assert_eq!(parts.len(), 4, "{s}");
    parts.iter().fold(0, |acc, &o| {
        assert!(o <= 255, "{s}");
        (acc << 8) | o
    })
}

fn dotted(n: u32) -> String {
    Ipv4Addr::from(n).to_string()
}

/// Words of the English prompt with surrounding punctuation removed.
fn words(q: &Question) -> Vec<String> {
    q.prompt
        .en
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| {
                matches!(c, '?' | ',' | ':' | '(' | ')') || c == '.' && !w.ends_with("..")
            })
            .to_owned()
        })
        .map(|w| w.trim_end_matches('.').to_owned())
        .collect()
}

/// The first `a.b.c.d/p` in the prompt.
fn cidr(q: &Question) -> (u32, u32) {
    let w = words(q)
        .into_iter()
        .find(|w| w.contains('/') && w.contains('.'))
        .unwrap();
    let (a, p) = w.split_once('/').unwrap();
    (ip(a), p.parse().unwrap())
}

fn cidrs(q: &Question) -> Vec<(u32, u32)> {
    words(q)
        .into_iter()
        .filter(|w| w.contains('/') && w.split('.').count() == 4)
        .map(|w| {
            let (a, p) = w.split_once('/').unwrap();
            (ip(a), p.parse().unwrap())
        })
        .collect()
}

fn addresses(q: &Question) -> Vec<u32> {
    words(q)
        .into_iter()
        .filter(|w| {
            !w.contains('/')
                && w.split('.').count() == 4
                && w.split('.')
                    .all(|o| !o.is_empty() && o.bytes().all(|b| b.is_ascii_digit()) && o.len() <= 3)
        })
        .filter(|w| w.split('.').all(|o| o.parse::<u32>().unwrap() <= 255))
        .map(|w| ip(&w))
        .collect()
}

fn number_after(q: &Question, before: &str) -> u64 {
    let w = words(q);
    let at = w.iter().position(|x| x == before).unwrap();
    w[at + 1].replace(',', "").parse().unwrap()
}

fn smallest(hosts: u64, minus: u64, min_p: u32, max_p: u32) -> u32 {
    (min_p..=max_p)
        .rev()
        .find(|&p| (1u64 << (32 - p)) - minus >= hosts)
        .unwrap()
}

/// The answer as an independent computation would write it: the text of the right
/// choice, the value, or `true`/`false`.
fn expected(q: &Question) -> String {
    let id = q.skill.as_str();
    let en = &q.prompt.en;
    match id {
        "ipv4.to_binary" => {
            if en.starts_with("Write the octet") {
                format!("{:08b}", number_after(q, "octet"))
            } else if en.contains("in binary") {
                let a = addresses(q)[0];
                a.to_be_bytes()
                    .iter()
                    .map(|o| format!("{o:08b}"))
                    .collect::<Vec<_>>()
                    .join(".")
            } else {
                let bits = words(q)[1].replace('.', "");
                dotted(u32::from_str_radix(&bits, 2).unwrap())
            }
        }
        "ipv4.to_integer" => {
            if en.starts_with("Write the 32-bit integer") {
                dotted(u32::try_from(number_after(q, "integer")).unwrap())
            } else {
                addresses(q)[0].to_string()
            }
        }
        "ipv4.valid" => {
            let text = words(q)[3].clone();
            let parts: Vec<&str> = text.split('.').collect();
            let ok = parts.len() == 4
                && parts.iter().all(|p| {
                    !p.is_empty()
                        && p.len() <= 3
                        && !(p.len() > 1 && p.starts_with('0'))
                        && p.parse::<u32>().is_ok_and(|v| v <= 255)
                });
            ok.to_string()
        }
        "ipv4.count_range" => {
            let a = addresses(q);
            (u64::from(a[1]) - u64::from(a[0]) + 1).to_string()
        }
        "ipv4.classify" => {
            let a = addresses(q)[0];
            let inside = |net: u32, p: u32| a & mask(p) == net;
            let label = if inside(ip("10.0.0.0"), 8)
                || inside(ip("172.16.0.0"), 12)
                || inside(ip("192.168.0.0"), 16)
            {
                "private (RFC 1918)"
            } else if inside(ip("100.64.0.0"), 10) {
                "shared address space (CGNAT, RFC 6598)"
            } else if inside(ip("127.0.0.0"), 8) {
                "loopback"
            } else if inside(ip("169.254.0.0"), 16) {
                "link-local"
            } else if inside(ip("192.0.2.0"), 24)
                || inside(ip("198.51.100.0"), 24)
                || inside(ip("203.0.113.0"), 24)
            {
                "documentation"
            } else if inside(ip("224.0.0.0"), 4) {
                "multicast"
            } else if inside(ip("240.0.0.0"), 4) && a != u32::MAX {
                "reserved"
            } else if inside(0, 8) || inside(ip("192.0.0.0"), 24) || inside(ip("198.18.0.0"), 15) {
                "special (not generated)"
            } else {
                "public"
            };
            label.to_owned()
        }
        "subnet.network" | "subnet.normalize" => {
            let (a, p) = cidr(q);
            format!("{}/{p}", dotted(a & mask(p)))
        }
        "subnet.broadcast" => {
            let (a, p) = cidr(q);
            assert!(p <= 30);
            dotted(a | !mask(p))
        }
        "subnet.first_last" => {
            let (a, p) = cidr(q);
            assert!(p <= 30);
            format!(
                "{} - {}",
                dotted((a & mask(p)) + 1),
                dotted((a | !mask(p)) - 1)
            )
        }
        "subnet.host_count" => {
            let p = if en.contains("with mask") {
                ip(&words(q).into_iter().find(|w| w.starts_with("255")).unwrap()).leading_ones()
            } else {
                let w = words(q).into_iter().find(|w| w.contains('/')).unwrap();
                w.split_once('/').unwrap().1.parse().unwrap()
            };
            assert!(p <= 30);
            ((1u64 << (32 - p)) - 2).to_string()
        }
        "subnet.mask_prefix" => {
            if en.starts_with("Write the netmask of /") {
                let p: u32 = words(q)[4].trim_start_matches('/').parse().unwrap();
                dotted(mask(p))
            } else if en.starts_with("What prefix length") {
                let m = ip(&words(q)[6]);
                assert_eq!(m.leading_ones() + m.trailing_zeros(), 32);
                format!("/{}", m.leading_ones())
            } else {
                let w = words(q);
                let last = w.last().unwrap();
                let p = if let Some(p) = last.strip_prefix('/') {
                    p.parse().unwrap()
                } else {
                    ip(last).leading_ones()
                };
                dotted(!mask(p))
            }
        }
        "subnet.mask_valid" => {
            let m = addresses(q)[0];
            (m.leading_ones() + m.trailing_zeros() == 32).to_string()
        }
        "subnet.contains" => {
            let a = addresses(q)[0];
            let (n, p) = cidr(q);
            (a & mask(p) == n).to_string()
        }
        "subnet.smallest_prefix" => {
            let hosts = number_after(q, "holds");
            assert!(hosts >= 3);
            format!("/{}", smallest(hosts, 2, 0, 30))
        }
        "vpc.cidr_valid" => {
            let (a, p) = cidr(q);
            ((16..=28).contains(&p) && a & !mask(p) == 0).to_string()
        }
        "vpc.aws_usable" => {
            let (_, p) = cidr(q);
            assert!((16..=28).contains(&p));
            ((1u64 << (32 - p)) - 5).to_string()
        }
        "vpc.reserved" => {
            let (n, p) = cidr(q);
            let last = n | !mask(p);
            if en.contains("which address is reserved for") {
                let offset = if en.contains("VPC router") {
                    1
                } else if en.contains("DNS") {
                    2
                } else {
                    3
                };
                dotted(n + offset)
            } else if en.contains("can be given to an instance") {
                // The one choice strictly between network + 3 and the last address.
                let usable: Vec<String> = q
                    .choices()
                    .iter()
                    .map(|c| c.text.en.clone())
                    .filter(|t| {
                        let a = ip(t);
                        a > n + 3 && a < last
                    })
                    .collect();
                assert_eq!(usable.len(), 1, "{en}");
                usable[0].clone()
            } else {
                let reserved: BTreeSet<u32> = [n, n + 1, n + 2, n + 3, last].into();
                let picked: Vec<String> = q
                    .choices()
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| reserved.contains(&ip(&c.text.en)))
                    .map(|(i, _)| letter(i).to_string())
                    .collect();
                assert_eq!(picked.len(), 5);
                picked.join(", ")
            }
        }
        "vpc.smallest_subnet" => {
            let hosts = number_after(q, "hold");
            format!("/{}", smallest(hosts, 5, 16, 28))
        }
        "vpc.overlap" => {
            let c = cidrs(q);
            let range = |(n, p): (u32, u32)| (n, n | !mask(p));
            let (a0, a1) = range(c[0]);
            let (b0, b1) = range(c[1]);
            (a0 <= b1 && b0 <= a1).to_string()
        }
        "route.lpm" | "route.public_private" => {
            let routes: Vec<(u32, u32, String)> = en
                .lines()
                .filter(|l| l.starts_with("  "))
                .map(|l| {
                    let mut parts = l.split_whitespace();
                    let (n, p) = parts.next().unwrap().split_once('/').unwrap();
                    (ip(n), p.parse().unwrap(), parts.next().unwrap().to_owned())
                })
                .collect();
            if id == "route.public_private" {
                return if routes.iter().any(|r| r.2.starts_with("igw-")) {
                    "public"
                } else {
                    "private"
                }
                .to_owned();
            }
            let dest = addresses(q).into_iter().last().unwrap();
            routes
                .iter()
                .filter(|(n, p, _)| dest & mask(*p) == *n)
                .max_by_key(|(_, p, _)| *p)
                .unwrap()
                .2
                .clone()
        }
        "subnet.split" => {
            let (n, p) = cidr(q);
            let parts = number_after(q, "into");
            let extra = (0..).find(|b| 1u64 << b >= parts).unwrap();
            let sub = p + extra;
            if en.contains("What prefix length") {
                format!("/{sub}")
            } else {
                let w = words(q);
                let nth = w
                    .iter()
                    .find(|x| {
                        x.ends_with("nd")
                            || x.ends_with("rd")
                            || x.ends_with("th") && x.starts_with(|c: char| c.is_ascii_digit())
                    })
                    .unwrap();
                let index: u32 = nth
                    .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .parse()
                    .unwrap();
                format!("{}/{sub}", dotted(n + (index - 1) * (1u32 << (32 - sub))))
            }
        }
        "subnet.aggregate" => {
            let c = cidrs(q);
            let start = c.iter().map(|(n, _)| *n).min().unwrap();
            let end = c.iter().map(|(n, p)| n | !mask(*p)).max().unwrap();
            let total = u64::from(end - start) + 1;
            let covered: u64 = c.iter().map(|(_, p)| 1u64 << (32 - p)).sum();
            assert_eq!(total, covered, "the listed networks are contiguous");
            assert!(total.is_power_of_two() && u64::from(start) % total == 0);
            format!("{}/{}", dotted(start), 32 - total.trailing_zeros())
        }
        "port.range" => {
            let port = number_after(q, "port");
            match port {
                0..=1023 => "well-known (0–1023)",
                1024..=49151 => "registered (1024–49151)",
                _ => "dynamic (49152–65535)",
            }
            .to_owned()
        }
        "port.service" => {
            let table = [
                (21, "FTP"),
                (22, "SSH"),
                (25, "SMTP"),
                (53, "DNS"),
                (80, "HTTP"),
                (110, "POP3"),
                (143, "IMAP"),
                (443, "HTTPS"),
                (3306, "MySQL"),
                (3389, "RDP"),
                (5432, "PostgreSQL"),
            ];
            if en.starts_with("Which service uses port") {
                let port = number_after(q, "port");
                table.iter().find(|(p, _)| *p == port).unwrap().1.to_owned()
            } else {
                let name = &words(q)[3];
                table.iter().find(|(_, n)| n == name).unwrap().0.to_string()
            }
        }
        "port.ephemeral" => (32768..=60999)
            .contains(&number_after(q, "port"))
            .to_string(),
        "ipv4cost.monthly" => {
            let count = words(q)[0].parse::<u64>().unwrap();
            let hours = number_after(q, "for");
            format!("{}", (count * hours * 5) as f64 / 1000.0)
        }
        "r53.weighted" => {
            let w = words(q);
            let weights: Vec<(String, u64)> = w
                .windows(3)
                .filter(|x| x[1] == "=")
                .map(|x| (x[0].clone(), x[2].parse().unwrap()))
                .collect();
            let name = w[w.iter().rposition(|x| x == "record").unwrap() + 1].clone();
            let total: u64 = weights.iter().map(|x| x.1).sum();
            let mine = weights.iter().find(|x| x.0 == name).unwrap().1;
            format!("{}", mine as f64 * 100.0 / total as f64)
        }
        "tcp.seq_ack" => {
            let isn = u32::try_from(number_after(q, "is")).unwrap();
            let w = words(q);
            let from = w.iter().position(|x| x == "of").unwrap();
            let to = w.iter().position(|x| x == "bytes").unwrap();
            let data: u32 = w[from + 1..to]
                .iter()
                .filter_map(|x| x.parse::<u32>().ok())
                .sum();
            isn.wrapping_add(1).wrapping_add(data).to_string()
        }
        "ip.ttl" => (number_after(q, "TTL") - number_after(q, "crosses")).to_string(),
        "tcpip.layer" => {
            let protocol = &words(q)[words(q).iter().position(|x| x == "does").unwrap() + 1];
            match protocol.as_str() {
                "HTTP" | "DNS" | "SSH" | "SMTP" | "FTP" => "application",
                "TCP" | "UDP" => "transport",
                "IP" | "ICMP" => "internet",
                "Ethernet" | "PPP" => "link",
                other => panic!("unknown protocol {other}"),
            }
            .to_owned()
        }
        "http.status_class" => {
            let code = number_after(q, "code");
            [
                "1xx informational",
                "2xx success",
                "3xx redirection",
                "4xx client error",
                "5xx server error",
            ][usize::try_from(code / 100 - 1).unwrap()]
            .to_owned()
        }
        "avail.mtbf_mttr" => {
            let mtbf: f64 = words(q)[words(q).iter().position(|x| x == "every").unwrap() + 1]
                .parse()
                .unwrap();
            let mttr: f64 = words(q)[words(q).iter().position(|x| x == "takes").unwrap() + 1]
                .parse()
                .unwrap();
            format!("{}", mtbf / (mtbf + mttr) * 100.0)
        }
        "avail.series_parallel" => {
            let parts: Vec<f64> = words(q)
                .iter()
                .filter_map(|x| x.strip_suffix('%'))
                .filter_map(|x| x.parse::<f64>().ok())
                .map(|p| p / 100.0)
                .collect();
            let a = if en.contains("redundant") {
                1.0 - parts.iter().map(|a| 1.0 - a).product::<f64>()
            } else {
                parts.iter().product::<f64>()
            };
            format!("{}", a * 100.0)
        }
        "avail.downtime" => {
            let percent: f64 = words(q)
                .iter()
                .find_map(|x| x.strip_suffix('%'))
                .unwrap()
                .parse()
                .unwrap();
            let minutes = if en.contains("30-day month") {
                30.0 * 1440.0
            } else {
                365.0 * 1440.0
            };
            format!("{}", minutes * (1.0 - percent / 100.0))
        }
        "s3.parts" => {
            let gib = number_after(q, "of");
            let w = words(q);
            let mib: u64 = w[w.iter().position(|x| x == "parts").unwrap() + 2]
                .parse()
                .unwrap();
            (gib * 1024).div_ceil(mib).to_string()
        }
        "s3.cost" => {
            let gb = number_after(q, "keep");
            assert!(gb <= 51_200, "only the verified first tier is asked");
            format!("{}", gb as f64 * 0.023)
        }
        "avail.k_of_n" => {
            let n = number_after(q, "on");
            let k = number_after(q, "least");
            let w = words(q);
            let a: f64 = w[w.iter().position(|x| x == "each").unwrap() + 1]
                .trim_end_matches('%')
                .parse::<f64>()
                .unwrap()
                / 100.0;
            let choose =
                |n: u64, i: u64| (0..i).fold(1.0, |acc, j| acc * (n - j) as f64 / (j + 1) as f64);
            let total: f64 = (k..=n)
                .map(|i| choose(n, i) * a.powi(i as i32) * (1.0 - a).powi((n - i) as i32))
                .sum();
            format!("{}", total * 100.0)
        }
        "avail.n_plus" => {
            let load = number_after(q, "is");
            let capacity = number_after(q, "handles");
            let w = words(q);
            let label = w.iter().find(|x| x.starts_with("N+")).unwrap();
            let spares: u64 = label[2..].parse().unwrap();
            (load.div_ceil(capacity) + spares).to_string()
        }
        "dns.levels" => {
            let w = words(q);
            let name = &w[4];
            let ordinal = &w[w.iter().position(|x| x == "level").unwrap() - 1];
            let n: usize = ordinal
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .parse()
                .unwrap();
            name.split('.').rev().nth(n - 1).unwrap().to_owned()
        }
        "dns.tld_kind" => {
            let tld = words(q)[6].trim_start_matches('.').to_owned();
            if tld == "arpa" {
                "infrastructure TLD"
            } else if tld.len() == 2 {
                "ccTLD"
            } else {
                "gTLD"
            }
            .to_owned()
        }
        "dns.registrable" => {
            let name = &words(q)[6];
            let labels: Vec<&str> = name.split('.').collect();
            let two = labels[labels.len() - 2..].join(".");
            let multi = [
                "co.jp", "ne.jp", "or.jp", "ac.jp", "co.uk", "org.uk", "com.au",
            ];
            let keep = if multi.contains(&two.as_str()) { 3 } else { 2 };
            labels[labels.len() - keep..].join(".")
        }
        "dns.label_valid" => {
            let name = en.split('"').nth(1).unwrap();
            let labels: Vec<&str> = name.split('.').collect();
            let wire: usize = labels.iter().map(|l| l.len() + 1).sum::<usize>() + 1;
            let ok = wire <= 255
                && labels.iter().all(|l| {
                    (1..=63).contains(&l.len())
                        && l.bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                        && !l.starts_with('-')
                        && !l.ends_with('-')
                });
            ok.to_string()
        }
        "dns.ttl" => {
            let seconds = |t: &str| {
                let p: Vec<u64> = t.split(':').map(|x| x.parse().unwrap()).collect();
                p[0] * 3600 + p[1] * 60 + p[2]
            };
            let times: Vec<u64> = words(q)
                .iter()
                .filter(|x| x.matches(':').count() == 2)
                .map(|x| seconds(x))
                .collect();
            let ttl = number_after(q, "TTL");
            assert_ne!(times[1], times[0] + ttl, "never asked at the expiry second");
            (times[1] < times[0] + ttl).to_string()
        }
        "dns.mx" => {
            en.lines()
                .filter(|l| l.starts_with("  "))
                .map(|l| {
                    let f: Vec<&str> = l.split_whitespace().collect();
                    assert_eq!(f[3], "MX");
                    (f[4].parse::<u32>().unwrap(), f[5].to_owned())
                })
                .min()
                .unwrap()
                .1
        }
        "dns.resolution_order" => {
            let name = &words(q)[9];
            let mut servers = vec!["a.root-servers.net."];
            if name.ends_with(".example.co.jp") {
                servers.extend(["a.dns.jp.", "ns1.co.jp.", "ns1.example.co.jp."]);
            } else {
                assert!(name.ends_with(".example.com"), "{name}");
                servers.extend(["a.gtld-servers.net.", "ns1.example.com."]);
            }
            let Kind::Ordering { items, .. } = &q.kind else {
                panic!("not an ordering")
            };
            assert_eq!(items.len(), servers.len());
            servers
                .iter()
                .map(|s| letter(items.iter().position(|i| i.en == *s).unwrap()).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        }
        "http.parts" | "http.problem" => {
            let lines: Vec<&str> = en.lines().filter_map(|l| l.strip_prefix("  ")).collect();
            let empty = lines.iter().position(|l| *l == "(empty line)");
            let head = &lines[1..empty.unwrap_or(lines.len())];
            let body = empty.map_or("", |e| lines.get(e + 1).copied().unwrap_or(""));
            let request_line: Vec<&str> = lines[0].split(' ').collect();
            if id == "http.parts" {
                return if en.contains("How many header") {
                    head.len().to_string()
                } else if en.contains("has a body") {
                    (!body.is_empty()).to_string()
                } else if en.contains("the method") {
                    request_line[0].to_owned()
                } else if en.contains("request target") {
                    request_line[1].to_owned()
                } else {
                    assert!(en.contains("HTTP version"));
                    request_line[2].to_owned()
                };
            }
            let mut found = Vec::new();
            if request_line.len() != 3 || request_line.iter().any(|f| f.is_empty()) {
                found.push("the request line is not METHOD TARGET VERSION");
            } else if !["HTTP/1.0", "HTTP/1.1"].contains(&request_line[2]) {
                found.push("the HTTP version is written wrongly");
            }
            if empty.is_none() {
                found.push("there is no empty line after the headers");
            }
            if !head.iter().any(|h| h.starts_with("Host: ")) {
                found.push("there is no Host header");
            }
            for h in head {
                match h.split_once(':') {
                    None => found.push("a header line has no colon"),
                    Some((name, _)) if name.ends_with(' ') => {
                        found.push("a header name is followed by a space before the colon")
                    }
                    Some(("Content-Length", v)) => {
                        if v.trim().parse::<usize>().unwrap() != body.len() {
                            found.push("Content-Length does not match the body");
                        }
                    }
                    Some(_) => {}
                }
            }
            assert_eq!(found.len(), 1, "{en}");
            found[0].to_owned()
        }
        "ip.fragment" => {
            let total = number_after(q, "of");
            let header = number_after(q, "header");
            let mtu = number_after(q, "MTU");
            let per = (mtu - header) / 8 * 8;
            let data = total - header;
            if en.contains("Fragment Offset") {
                let w = words(q);
                let k: u64 = w[w.iter().rposition(|x| x == "fragment").unwrap() + 1]
                    .parse()
                    .unwrap();
                assert!(k >= 2 && (k - 1) * per < data);
                ((k - 1) * per / 8).to_string()
            } else {
                assert!(total > mtu);
                data.div_ceil(per).to_string()
            }
        }
        // Availability over AZs, load balancing, monitoring and IAM.
        "avail.observed" => {
            let down = number_after(q, "for") as f64;
            let period = if en.contains("30-day month") {
                30.0 * 1440.0
            } else {
                assert!(en.contains("365-day year"));
                365.0 * 1440.0
            };
            let share = down / period;
            assert!(share > 0.0 && share < 1.0);
            if en.contains("nines") {
                format!("{}", -share.log10())
            } else {
                format!("{}", (1.0 - share) * 100.0)
            }
        }
        "avail.multi_az" => {
            if en.contains("capacity is left") {
                let w = words(q);
                let counts: Vec<(String, u64)> = w
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| *x == "=")
                    .map(|(i, _)| (w[i - 1].clone(), w[i + 1].parse().unwrap()))
                    .collect();
                let failed = &w[w.iter().position(|x| x == "fails").unwrap() - 1];
                let total: u64 = counts.iter().map(|(_, n)| n).sum();
                let gone = counts.iter().find(|(z, _)| z == failed).unwrap().1;
                format!("{}", (total - gone) as f64 / total as f64 * 100.0)
            } else {
                let needed = number_after(q, "needs");
                let zones = number_after(q, "over");
                assert!(zones >= 2);
                let per_zone = needed.div_ceil(zones - 1);
                // The zones left after a loss still hold every needed server.
                assert!(per_zone * (zones - 1) >= needed);
                if en.contains("in all") {
                    (per_zone * zones).to_string()
                } else {
                    per_zone.to_string()
                }
            }
        }
        "lb.round_robin" => {
            let requests = number_after(q, "sends");
            let w = words(q);
            let from = w.iter().position(|x| x == "targets").unwrap();
            let targets: Vec<&String> = w[from + 1..]
                .iter()
                .take_while(|x| x.starts_with('T') && x[1..].parse::<u32>().is_ok())
                .collect();
            let show = w.iter().position(|x| x == "show").unwrap();
            let failed = w.iter().position(|x| x == "failed").unwrap();
            let down: Vec<&String> = w[show + 1..failed]
                .iter()
                .filter(|x| targets.contains(x))
                .collect();
            let asked = &w[w.len() - 2];
            // One request at a time, skipping the failed targets.
            let mut counts = vec![0u64; targets.len()];
            let mut next = 0;
            for _ in 0..requests {
                while down.contains(&targets[next % targets.len()]) {
                    next += 1;
                }
                counts[next % targets.len()] += 1;
                next += 1;
            }
            counts[targets.iter().position(|t| *t == asked).unwrap()].to_string()
        }
        "cw.alarm" => {
            let w = words(q);
            let at = w.iter().position(|x| x == "CPUUtilization").unwrap();
            let op = w[at + 1].as_str();
            let threshold: f64 = w[at + 2].parse().unwrap();
            let out = w.iter().position(|x| x == "out").unwrap();
            let m: usize = w[out - 1].parse().unwrap();
            let n: usize = w[out + 2].parse().unwrap();
            let from = w.iter().position(|x| x == "#1").unwrap() + 2;
            assert_eq!(w[from - 1], "are");
            let series: Vec<f64> = w[from..].iter().map_while(|x| x.parse().ok()).collect();
            let breach = |v: f64| match op {
                ">" => v > threshold,
                ">=" => v >= threshold,
                "<" => v < threshold,
                "<=" => v <= threshold,
                other => panic!("{other}"),
            };
            // 0 = not enough data, 1 = OK, 2 = ALARM, after each datapoint.
            let states: Vec<u8> = (1..=series.len())
                .map(|seen| {
                    if seen < n {
                        0
                    } else if series[seen - n..seen]
                        .iter()
                        .filter(|&&v| breach(v))
                        .count()
                        >= m
                    {
                        2
                    } else {
                        1
                    }
                })
                .collect();
            let first_alarm = states.iter().position(|&s| s == 2).unwrap();
            let at = if en.contains("back to OK") {
                first_alarm + states[first_alarm..].iter().position(|&s| s == 1).unwrap()
            } else {
                first_alarm
            };
            (at + 1).to_string()
        }
        "iam.evaluate" => {
            fn glob(p: &[u8], t: &[u8]) -> bool {
                match (p.first(), t.first()) {
                    (None, None) => true,
                    (Some(b'*'), _) => glob(&p[1..], t) || (!t.is_empty() && glob(p, &t[1..])),
                    (Some(&a), Some(&b)) if a == b => glob(&p[1..], &t[1..]),
                    _ => false,
                }
            }
            let statements: Vec<(String, String, String)> = en
                .lines()
                .filter_map(|l| l.strip_prefix("  "))
                .map(|l| {
                    let f: Vec<&str> = l.split(' ').collect();
                    assert_eq!(f[3], "on", "{l}");
                    (f[1].to_owned(), f[2].to_owned(), f[4].to_owned())
                })
                .collect();
            let w = words(q);
            let at = w.iter().position(|x| x == "requests").unwrap();
            let (action, resource) = (&w[at + 1], &w[at + 3]);
            let hit = |effect: &str| {
                statements.iter().position(|(e, a, r)| {
                    e == effect
                        && glob(a.as_bytes(), action.as_bytes())
                        && glob(r.as_bytes(), resource.as_bytes())
                })
            };
            if let Some(i) = hit("Deny") {
                format!("Deny: statement {} denies it explicitly", i + 1)
            } else if let Some(i) = hit("Allow") {
                format!("Allow: statement {} allows it", i + 1)
            } else {
                "Deny: no statement matches, so it is denied by default".to_owned()
            }
        }
        "ec2.billing" => {
            let w = words(q);
            let price: f64 = w
                .iter()
                .find_map(|x| x.strip_prefix('$'))
                .unwrap()
                .parse()
                .unwrap();
            let ran = w.iter().position(|x| x == "for").unwrap();
            let mut seconds = 0u64;
            let mut i = ran + 1;
            while let Ok(n) = w[i].parse::<u64>() {
                seconds += n * match w[i + 1].as_str() {
                    "h" => 3600,
                    "min" => 60,
                    "s" | "seconds" => 1,
                    other => panic!("{other}"),
                };
                i += 2;
            }
            // Micro-dollars, so the arithmetic is exact.
            let micros = (price * 1e6).round() as u64;
            format!("{}", (micros * seconds.max(60)) as f64 / 3600.0 / 1e6)
        }
        // AWS compute, firewalls, databases and edge.
        "sg.evaluate" | "nacl.evaluate" => firewall_reference(q),
        "ec2.decode" | "ec2.size_ratio" => ec2_reference(q),
        "cert.covers" => cert_reference(en),
        "cdn.hit_ratio" => {
            let requests = number_after(q, "received");
            if en.contains("went to the origin") {
                (requests - number_after(q, "and")).to_string()
            } else {
                let misses = number_after(q, "fetched");
                assert!(misses <= requests);
                ((requests - misses) as f64 / requests as f64 * 100.0).to_string()
            }
        }
        other => panic!("no reference computation for {other}: add one to this test"),
    }
}

/// A packet of a firewall question: protocol, port (or ICMP type), address (the
/// source, or the destination of an outbound packet) and the sender's group.
struct FwPacket {
    protocol: String,
    port: u32,
    address: u32,
    group: Option<String>,
}

fn fw_packet(en: &str) -> FwPacket {
    let at = en
        .find("arrives: ")
        .or_else(|| en.find("leaves: "))
        .unwrap();
    let w: Vec<&str> = en[at..]
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']))
        .collect();
    assert!(matches!(w[2], "port" | "type"), "{en}");
    assert!(matches!(w[4], "from" | "to"), "{en}");
    let group = en.find("an instance in ").map(|g| {
        en[g + 15..]
            .split([',', '.', ' '])
            .next()
            .unwrap()
            .to_owned()
    });
    FwPacket {
        protocol: w[1].to_owned(),
        port: w[3].parse().unwrap(),
        address: ip(w[5]),
        group,
    }
}

/// Whether protocol, ports and source (a block or a group) of one rule match.
fn fw_matches(protocol: &str, ports: &str, source: &str, p: &FwPacket) -> bool {
    let protocol_ok = protocol == "all" || protocol == p.protocol;
    let ports_ok = ports == "all" || {
        let (from, to) = ports.split_once('-').unwrap_or((ports, ports));
        (from.parse::<u32>().unwrap()..=to.parse::<u32>().unwrap()).contains(&p.port)
    };
    let source_ok = if source.starts_with("sg-") {
        p.group.as_deref() == Some(source)
    } else {
        let (a, len) = source.split_once('/').unwrap();
        let m = mask(len.parse().unwrap());
        ip(a) & m == p.address & m
    };
    protocol_ok && ports_ok && source_ok
}

/// The listed rules of a firewall question, field by field.
fn fw_rules(en: &str) -> Vec<Vec<String>> {
    en.lines()
        .filter_map(|l| l.strip_prefix("  "))
        .map(|l| l.split_whitespace().map(str::to_owned).collect())
        .collect()
}

fn firewall_reference(q: &Question) -> String {
    let en = &q.prompt.en;
    let packet = fw_packet(en);
    let rules = fw_rules(en);
    if q.skill.as_str() == "sg.evaluate" {
        let matching: Vec<usize> = rules
            .iter()
            .enumerate()
            .filter(|(_, r)| fw_matches(&r[1], &r[2], &r[3], &packet))
            .map(|(i, r)| {
                assert_eq!(r[0], format!("{}.", i + 1));
                i + 1
            })
            .collect();
        assert!(matching.len() <= 1, "two rules allow: {en}");
        return matching.first().map_or_else(
            || "denied: no rule allows it".to_owned(),
            |n| format!("allowed by rule {n}"),
        );
    }
    let (last, numbered) = rules.split_last().unwrap();
    assert_eq!(last.join(" "), "* deny all all 0.0.0.0/0");
    let numbers: Vec<u32> = numbered.iter().map(|r| r[0].parse().unwrap()).collect();
    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{en}");
    assert!(numbers.iter().all(|n| (1..=32766).contains(n)));
    numbered
        .iter()
        .find(|r| fw_matches(&r[2], &r[3], &r[4], &packet))
        .map_or_else(
            || "denied by rule *".to_owned(),
            |r| {
                let verb = if r[1] == "allow" { "allowed" } else { "denied" };
                format!("{verb} by rule {}", r[0])
            },
        )
}

/// An instance type name in a prompt: series letters, generation, letters after it
/// and size.
fn ec2_parts(name: &str) -> (String, String, String, String) {
    let (family, size) = name.split_once('.').unwrap();
    let series: String = family
        .chars()
        .take_while(char::is_ascii_lowercase)
        .collect();
    let rest = &family[series.len()..];
    let generation: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let letters = rest[generation.len()..].to_owned();
    assert!(!generation.is_empty(), "{name}");
    (series, generation, letters, size.to_owned())
}

/// A size in halves of a large: medium 1, large 2, xlarge 4, Nxlarge 4N.
fn ec2_halves(size: &str) -> u64 {
    match size {
        "medium" => 1,
        "large" => 2,
        "xlarge" => 4,
        other => {
            4 * other
                .strip_suffix("xlarge")
                .unwrap()
                .parse::<u64>()
                .unwrap()
        }
    }
}

fn ec2_reference(q: &Question) -> String {
    let names: Vec<String> = words(q)
        .into_iter()
        .filter(|w| w.contains('.') && w.contains("large") || w.ends_with(".medium"))
        .collect();
    if q.skill.as_str() == "ec2.size_ratio" {
        let (small, big) = (ec2_parts(&names[0]), ec2_parts(&names[1]));
        assert_eq!(
            (&small.0, &small.1, &small.2),
            (&big.0, &big.1, &big.2),
            "one family"
        );
        let (a, b) = (ec2_halves(&small.3), ec2_halves(&big.3));
        assert!(b > a && b % a == 0, "{}", q.prompt.en);
        return (b / a).to_string();
    }
    let name = &names[0];
    let (series, generation, letters, _) = ec2_parts(name);
    let en = &q.prompt.en;
    if en.contains("instance family") {
        return format!("{series}{generation}{letters}");
    }
    if en.contains("series letter") {
        return match series.as_str() {
            "m" | "t" => "general purpose",
            "c" => "compute optimized",
            "r" | "x" | "z" => "memory optimized",
            "i" => "storage optimized",
            other => panic!("series {other}"),
        }
        .to_owned();
    }
    let letter = words(q)[4].clone();
    assert!(letters.contains(letter.as_str()), "{en}");
    match letter.as_str() {
        "a" => "AMD processor",
        "g" => "AWS Graviton processor (Arm)",
        "i" => "Intel processor",
        "b" => "block storage (EBS) optimized",
        "d" => "local NVMe instance store",
        "e" => "extra storage or memory",
        "n" => "network and EBS optimized",
        "z" => "high frequency CPU",
        other => panic!("letter {other}"),
    }
    .to_owned()
}

/// Whether the names listed in the prompt cover its host, by whole labels.
fn cert_reference(en: &str) -> String {
    let names = &en[en.find("the names ").unwrap() + 10..en.find(" covers the host ").unwrap()];
    let host = en[en.find(" covers the host ").unwrap() + 17..]
        .trim_end_matches('.')
        .to_lowercase();
    let covered = names.split(", ").any(|san| match san.strip_prefix("*.") {
        Some(base) => host
            .strip_suffix(base)
            .and_then(|rest| rest.strip_suffix('.'))
            .is_some_and(|label| !label.is_empty() && !label.contains('.')),
        None => san == host,
    });
    covered.to_string()
}

/// What the question states as its answer, in the same form as [`expected`].
fn stated(q: &Question) -> String {
    match &q.kind {
        Kind::SingleChoice { choices, answer } => choices[*answer].text.en.clone(),
        Kind::TrueFalse { answer, .. } => answer.to_string(),
        _ => q.answer_text(),
    }
}

fn digits_of(text: &str) -> Vec<String> {
    // Number-system names are words, not values.
    let text = text
        .replace("10進", "")
        .replace("2進", "")
        .replace("256進", "");
    let mut runs: Vec<String> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '/'))
        .map(|r| r.trim_matches('.').to_owned())
        .filter(|r| r.bytes().any(|b| b.is_ascii_digit()))
        .collect();
    runs.sort();
    runs
}

fn check_shape(q: &Question) {
    let label = format!("{} {} {:?}", q.skill, q.difficulty, q.prompt.en);
    assert!(!q.explanation.is_empty(), "{label}");
    for text in std::iter::once(&q.prompt)
        .chain(&q.explanation)
        .chain(q.choices().iter().map(|c| &c.text))
    {
        for s in [&text.en, &text.ja] {
            assert!(!s.trim().is_empty(), "{label}: empty text");
            assert!(
                !s.contains('{') && !s.contains('}'),
                "{label}: placeholder in {s:?}"
            );
            assert!(!s.to_lowercase().contains("todo"), "{label}");
        }
    }
    // The same numbers, addresses and prefixes in both languages.
    assert_eq!(
        digits_of(&q.prompt.en),
        digits_of(&q.prompt.ja),
        "{label}: prompts differ in numbers"
    );
    let working_en: String = q
        .explanation
        .iter()
        .map(|t| t.en.as_str())
        .collect::<Vec<_>>()
        .join(" ")
        .replace(',', "");
    let working_ja: String = q
        .explanation
        .iter()
        .map(|t| t.ja.as_str())
        .collect::<Vec<_>>()
        .join(" ")
        .replace(',', "");
    match &q.kind {
        Kind::SingleChoice { choices, answer } => {
            assert!(choices.len() >= 2, "{label}: {} choices", choices.len());
            let rights = choices.iter().filter(|c| c.mistake.is_none()).count();
            assert_eq!(
                rights, 1,
                "{label}: the answer must be present exactly once"
            );
            assert!(choices[*answer].mistake.is_none(), "{label}");
            let en: BTreeSet<&str> = choices.iter().map(|c| c.text.en.as_str()).collect();
            let ja: BTreeSet<&str> = choices.iter().map(|c| c.text.ja.as_str()).collect();
            assert_eq!(en.len(), choices.len(), "{label}: repeated choice");
            assert_eq!(ja.len(), choices.len(), "{label}: repeated choice (ja)");
            for c in choices {
                if c.text
                    .en
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || "./ -,$".contains(ch))
                {
                    assert_eq!(
                        c.text.en, c.text.ja,
                        "{label}: a value choice differs between languages"
                    );
                }
            }
            let right = &choices[*answer].text;
            assert!(
                working_en.contains(&right.en.replace(',', "")),
                "{label}: working does not mention {:?}",
                right.en
            );
            assert!(
                working_ja.contains(&right.ja.replace(',', "")),
                "{label}: working (ja) does not mention {:?}",
                right.ja
            );
        }
        Kind::MultiChoice { choices, answers } => {
            let rights: Vec<usize> = choices
                .iter()
                .enumerate()
                .filter(|(_, c)| c.mistake.is_none())
                .map(|(i, _)| i)
                .collect();
            assert_eq!(&rights, answers, "{label}");
            assert!(answers.len() < choices.len(), "{label}");
            let en: BTreeSet<&str> = choices.iter().map(|c| c.text.en.as_str()).collect();
            assert_eq!(en.len(), choices.len(), "{label}");
            for &i in answers {
                assert!(working_en.contains(&choices[i].text.en), "{label}");
            }
        }
        Kind::TrueFalse { answer, .. } => {
            let word = answer.to_string();
            assert!(q.explanation.last().unwrap().en.contains(&word), "{label}");
            assert!(q.explanation.last().unwrap().ja.contains(&word), "{label}");
        }
        Kind::FreeText {
            answer, mistakes, ..
        } => {
            let shown = answer.to_string().replace(',', "");
            assert!(
                working_en.contains(&shown),
                "{label}: working does not mention {shown}"
            );
            assert!(
                working_ja.contains(&shown),
                "{label}: working (ja) does not mention {shown}"
            );
            let values: BTreeSet<String> = mistakes.iter().map(|k| k.value.to_string()).collect();
            assert_eq!(
                values.len(),
                mistakes.len(),
                "{label}: a wrong value with two diagnoses"
            );
            assert!(
                !values.contains(&answer.to_string()),
                "{label}: the answer is listed as a mistake"
            );
        }
        Kind::Number { .. } | Kind::Ordering { .. } | Kind::Short { .. } => {}
    }
}

fn check_grading(q: &Question) {
    let label = format!("{} {} {:?}", q.skill, q.difficulty, q.prompt.en);
    assert_eq!(
        check(q, &q.answer_text()),
        Ok(Verdict::Right),
        "{label}: {:?}",
        q.answer_text()
    );
    match &q.kind {
        Kind::SingleChoice { choices, .. } => {
            for (i, c) in choices.iter().enumerate() {
                if let Some(m) = c.mistake {
                    assert_eq!(
                        check(q, &letter(i).to_string()),
                        Ok(Verdict::Wrong(Some(m))),
                        "{label}"
                    );
                }
            }
        }
        Kind::TrueFalse { answer, mistake } => {
            assert_eq!(
                check(q, &(!answer).to_string()),
                Ok(Verdict::Wrong(*mistake)),
                "{label}"
            );
        }
        Kind::FreeText { mistakes, .. } => {
            for k in mistakes {
                assert_eq!(
                    check(q, &k.value.to_string()),
                    Ok(Verdict::Wrong(Some(k.mistake))),
                    "{label}: {}",
                    k.value
                );
            }
        }
        _ => {}
    }
}

/// The stated answer equals the reference; the question is well formed and graded.
fn verify(q: &Question, seed: u64) {
    let difficulty = q.difficulty;
    if let Kind::Number {
        answer, tolerance, ..
    } = &q.kind
    {
        let reference: f64 = expected(q).parse().unwrap();
        assert!(
            (answer - reference).abs() <= tolerance / 100.0,
            "{} {difficulty} seed {seed}: {} states {answer}, reference {reference}",
            q.skill,
            q.prompt.en
        );
    } else {
        assert_eq!(
            stated(q),
            expected(q),
            "{} {difficulty} seed {seed}: {}",
            q.skill,
            q.prompt.en
        );
    }
    check_shape(q);
    check_grading(q);
}

#[test]
fn every_generator_states_the_answer_an_independent_computation_gives() {
    for skill in SKILLS {
        for difficulty in Difficulty::ALL {
            for seed in 0..seeds() {
                let q =
                    netdojo::quiz::generators::generate_seeded(skill.id.as_str(), difficulty, seed)
                        .unwrap();
                assert_eq!(q.skill, skill.id);
                verify(&q, seed);
            }
        }
    }
}

/// The M8, M11 and M12 generators, checked again over seeds drawn from the whole u64 range.
const NEWER: [&str; 10] = [
    "dns.levels",
    "dns.tld_kind",
    "dns.registrable",
    "dns.label_valid",
    "dns.resolution_order",
    "dns.ttl",
    "dns.mx",
    "ip.fragment",
    "http.parts",
    "http.problem",
];

/// The AWS compute, firewall, database and edge generators, checked again over the
/// whole seed range.
const AWS_FAMILY: [&str; 4] = [
    "sg.evaluate",
    "nacl.evaluate",
    "ec2.decode",
    "ec2.size_ratio",
];

proptest! {
    #[test]
    fn aws_family_any_seed_gives_a_right_and_well_formed_question(
        seed in any::<u64>(),
        level in 0usize..3,
        which in 0usize..AWS_FAMILY.len(),
    ) {
        let difficulty = Difficulty::ALL[level];
        let q = netdojo::quiz::generators::generate_seeded(AWS_FAMILY[which], difficulty, seed).unwrap();
        prop_assert_eq!(q.skill.as_str(), AWS_FAMILY[which]);
        verify(&q, seed);
    }
}

proptest! {
    #[test]
    fn any_seed_gives_a_right_and_well_formed_question(
        seed in any::<u64>(),
        level in 0usize..3,
        which in 0usize..NEWER.len(),
    ) {
        let difficulty = Difficulty::ALL[level];
        let q = netdojo::quiz::generators::generate_seeded(NEWER[which], difficulty, seed).unwrap();
        prop_assert_eq!(q.skill.as_str(), NEWER[which]);
        verify(&q, seed);
    }
}

/// The availability-over-AZs, load-balancing, monitoring and IAM generators, checked
/// again over seeds drawn from the whole u64 range.
const AZ_LB_MONITOR_IAM: [&str; 6] = [
    "avail.observed",
    "avail.multi_az",
    "lb.round_robin",
    "cw.alarm",
    "iam.evaluate",
    "ec2.billing",
];

proptest! {
    #[test]
    fn any_seed_gives_a_right_question_for_az_lb_monitor_iam(
        seed in any::<u64>(),
        level in 0usize..3,
        which in 0usize..AZ_LB_MONITOR_IAM.len(),
    ) {
        let difficulty = Difficulty::ALL[level];
        let id = AZ_LB_MONITOR_IAM[which];
        let q = netdojo::quiz::generators::generate_seeded(id, difficulty, seed).unwrap();
        prop_assert_eq!(q.skill.as_str(), id);
        verify(&q, seed);
        numbers_are_explained(&q);
    }
}

/// A number answer is shown in the working with its decimals, and every named wrong
/// number is wrong by more than the tolerance.
fn numbers_are_explained(q: &Question) {
    if let Kind::Number {
        answer,
        tolerance,
        decimals,
        mistakes,
        ..
    } = &q.kind
    {
        let shown = netdojo::quiz::model::format_number(*answer, *decimals);
        let en: String = q.explanation.iter().map(|t| t.en.as_str()).collect();
        let ja: String = q.explanation.iter().map(|t| t.ja.as_str()).collect();
        assert!(en.contains(&shown), "{}: {shown} not in {en}", q.prompt.en);
        assert!(ja.contains(&shown), "{}: {shown} not in {ja}", q.prompt.ja);
        for k in mistakes {
            assert!(
                (k.value - answer).abs() > *tolerance,
                "{}: {:?} is within the tolerance",
                q.prompt.en,
                k.mistake
            );
        }
    }
}

#[test]
fn az_lb_monitor_iam_answers_are_explained_for_many_seeds() {
    for id in AZ_LB_MONITOR_IAM {
        for difficulty in Difficulty::ALL {
            for seed in 0..seeds() {
                let q = netdojo::quiz::generators::generate_seeded(id, difficulty, seed).unwrap();
                numbers_are_explained(&q);
            }
        }
    }
}

#[test]
fn generators_vary_their_questions() {
    for skill in SKILLS {
        for difficulty in Difficulty::ALL {
            let prompts: BTreeSet<String> = (0..50)
                .map(|seed| {
                    netdojo::quiz::generators::generate_seeded(skill.id.as_str(), difficulty, seed)
                        .unwrap()
                        .prompt
                        .en
                })
                .collect();
            // Easy questions may draw from a short list of classic values.
            let least = if difficulty == Difficulty::Hard {
                10
            } else {
                4
            };
            assert!(
                prompts.len() >= least,
                "{} {difficulty}: only {} different prompts in 50 seeds",
                skill.id,
                prompts.len()
            );
        }
    }
}
