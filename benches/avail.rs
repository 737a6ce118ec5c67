//! Benchmarks of the availability core: a 20-part system parsed and evaluated
//! into its full report, and k-of-n with a thousand copies.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use netdojo::calc::availability::{Availability, Convention, Expr, Report};

/// Twenty parts: a front door, five redundant tiers, a quorum and a database.
const SYSTEM: &str = "dns:100 * cdn:99.99 * waf:99.99 * lb:99.99 \
    * (web1:99.5 | web2:99.5 | web3:99.5) \
    * (app1:99.9 | app2:99.9) \
    * 2of3(cache:99) \
    * (mq1:99.95 | mq2:99.95) \
    * 3of5(etcd:99.9) \
    * (db1:99.95 | db2:99.95) \
    * (nat1:99.9 | nat2:99.9) \
    * search:99.5 * auth:99.99 * batch:99";

fn system(c: &mut Criterion) {
    let convention = Convention::default();
    assert_eq!(SYSTEM.parse::<Expr>().unwrap().parts().len(), 20);
    c.bench_function("parse 20-part system", |b| {
        b.iter(|| black_box(SYSTEM).parse::<Expr>().unwrap())
    });
    c.bench_function("parse + report 20-part system", |b| {
        b.iter(|| {
            let expr: Expr = black_box(SYSTEM).parse().unwrap();
            Report::new(&expr, &convention)
        })
    });
}

fn k_of_n(c: &mut Criterion) {
    let node: Availability = "99".parse().unwrap();
    c.bench_function("k-of-n 990 of 1000", |b| {
        b.iter(|| {
            black_box(node)
                .k_of_n(black_box(990), black_box(1000))
                .unwrap()
        })
    });
}

criterion_group!(benches, system, k_of_n);
criterion_main!(benches);
