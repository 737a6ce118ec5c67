//! Benchmarks of the set operations and splitting in the core.
//!
//! The prefix lists come from a fixed-seed xorshift generator written here, so every
//! run (and every machine) aggregates the same million prefixes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::net::Ipv4Addr;

use criterion::{Criterion, criterion_group, criterion_main};
use ipnet::{IpNet, Ipv4Net};
use netdojo::calc::setops::aggregate;
use netdojo::calc::split::subnets;

/// xorshift64 (Marsaglia), fixed seed.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// `count` random IPv4 prefixes with lengths from `shortest` to /32.
fn random_prefixes(count: usize, shortest: u8) -> Vec<IpNet> {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let lengths = u64::from(33 - shortest);
    (0..count)
        .map(|_| {
            let r = rng.next();
            let prefix = shortest + ((r & 0xff) % lengths) as u8;
            let addr = Ipv4Addr::from((r >> 32) as u32);
            IpNet::V4(Ipv4Net::new(addr, prefix).unwrap().trunc())
        })
        .collect()
}

fn bench_aggregate(c: &mut Criterion) {
    let mut group = c.benchmark_group("aggregate");
    group.sample_size(10);
    for shortest in [8u8, 24] {
        let nets = random_prefixes(1_000_000, shortest);
        group.bench_function(format!("1M random /{shortest}-/32"), |b| {
            b.iter(|| aggregate(black_box(&nets)))
        });
        group.bench_function(
            format!("1M random /{shortest}-/32 (ipnet::IpNet::aggregate)"),
            |b| b.iter(|| IpNet::aggregate(black_box(&nets))),
        );
    }
    group.finish();
}

fn bench_split(c: &mut Criterion) {
    let mut group = c.benchmark_group("split");
    let ten: IpNet = "10.0.0.0/8".parse().unwrap();
    group.bench_function("10.0.0.0/8 into /24s", |b| {
        b.iter(|| {
            for net in subnets(black_box(ten), 24).unwrap() {
                black_box(net);
            }
        })
    });
    let twelve: IpNet = "10.0.0.0/12".parse().unwrap();
    group.sample_size(20);
    group.bench_function("every address of 10.0.0.0/12", |b| {
        b.iter(|| {
            for net in subnets(black_box(twelve), 32).unwrap() {
                black_box(net);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench_aggregate, bench_split);
criterion_main!(benches);
