//! Longest-prefix match in a 1,000-route table: the indexed lookup, the lookup with a full
//! trace, and a plain linear scan for comparison.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::net::{IpAddr, Ipv4Addr};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use netdojo::calc::route::{RouteSpec, RouteTable};

/// A small fixed-seed generator (xorshift64*), so every run measures the same table.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn mask(len: u32) -> u32 {
    if len == 0 { 0 } else { u32::MAX << (32 - len) }
}

/// 1,000 distinct IPv4 routes inside 10.0.0.0/8, /8 to /28, plus a default route.
fn table(rng: &mut Rng) -> (RouteTable, Vec<(u32, u32)>) {
    let mut routes = vec![(0u32, 0u32)];
    while routes.len() < 1_000 {
        let len = 8 + (rng.next() % 21) as u32;
        let network = (0x0A00_0000 | (rng.next() as u32 & 0x00FF_FFFF)) & mask(len);
        if !routes.contains(&(network, len)) {
            routes.push((network, len));
        }
    }
    let specs = routes.iter().enumerate().map(|(i, &(n, l))| {
        RouteSpec::new(format!("{}/{l}", Ipv4Addr::from(n)), format!("eni-{i}"))
    });
    (RouteTable::from_specs(specs).unwrap(), routes)
}

fn linear_scan(routes: &[(u32, u32)], address: u32) -> Option<usize> {
    let mut best: Option<(usize, u32)> = None;
    for (i, &(network, len)) in routes.iter().enumerate() {
        if address & mask(len) == network && best.is_none_or(|(_, l)| len > l) {
            best = Some((i, len));
        }
    }
    best.map(|(i, _)| i)
}

fn bench(c: &mut Criterion) {
    let mut rng = Rng(0x6e65_7464_6f6a_6f21);
    let (table, routes) = table(&mut rng);
    let addresses: Vec<u32> = (0..1_024)
        .map(|_| 0x0A00_0000 | (rng.next() as u32 & 0x00FF_FFFF))
        .collect();
    let ips: Vec<IpAddr> = addresses
        .iter()
        .map(|&a| IpAddr::V4(Ipv4Addr::from(a)))
        .collect();

    let mut group = c.benchmark_group("lpm_1000_routes");
    group.throughput(Throughput::Elements(ips.len() as u64));
    group.bench_function("best", |b| {
        b.iter(|| {
            for ip in &ips {
                black_box(table.best(black_box(*ip)));
            }
        });
    });
    group.bench_function("lookup_with_trace", |b| {
        b.iter(|| {
            for ip in &ips {
                black_box(table.lookup(black_box(*ip)));
            }
        });
    });
    group.bench_function("linear_scan_reference", |b| {
        b.iter(|| {
            for &a in &addresses {
                black_box(linear_scan(&routes, black_box(a)));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
