#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Parsing plus info for one IPv4 and one IPv6 block: the work of `netdojo subnet`
//! for one input, without the process start and the printing.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use netdojo::calc::info::info;
use netdojo::calc::parse::parse_net;

fn parse_and_info(c: &mut Criterion) {
    c.bench_function("parse+info 10.0.20.37/24", |b| {
        b.iter(|| info(parse_net(black_box("10.0.20.37/24")).unwrap()))
    });
    c.bench_function("parse+info 2001:db8:abcd:12::1/64", |b| {
        b.iter(|| info(parse_net(black_box("2001:db8:abcd:12::1/64")).unwrap()))
    });
    c.bench_function("parse only 10.0.20.37/24", |b| {
        b.iter(|| parse_net(black_box("10.0.20.37/24")).unwrap())
    });
}

criterion_group!(benches, parse_and_info);
criterion_main!(benches);
