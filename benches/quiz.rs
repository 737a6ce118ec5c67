#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Generating questions: 100,000 across every skill and difficulty in one run, the
//! practice app's worst case (a classroom export of many variants).

use criterion::{Criterion, criterion_group, criterion_main};
use netdojo::quiz::draw::rng_for_seed;
use netdojo::quiz::generators::SKILLS;
use netdojo::quiz::model::Difficulty;

const QUESTIONS: usize = 100_000;

fn generate_many(c: &mut Criterion) {
    let mut group = c.benchmark_group("quiz");
    group.sample_size(10);
    group.bench_function("generate 100k across all skills", |b| {
        b.iter(|| {
            let mut rng = rng_for_seed(42);
            let mut total = 0usize;
            for i in 0..QUESTIONS {
                let skill = &SKILLS[i % SKILLS.len()];
                let difficulty = Difficulty::ALL[(i / SKILLS.len()) % 3];
                let q = skill.generate(difficulty, &mut rng);
                total += q.explanation.len();
            }
            std::hint::black_box(total)
        });
    });
    group.finish();
}

criterion_group!(benches, generate_many);
criterion_main!(benches);
