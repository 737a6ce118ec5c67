use netdojo::quiz::model::Difficulty;
use netdojo::quiz::{draw, generators};
fn main() {
    let mut rng = draw::rng_for_seed(1);
    for s in generators::SKILLS {
        for d in Difficulty::ALL {
            let q = s.generate(d, &mut rng);
            println!("== {} {}\n{}\n{}", q.skill, d, q.prompt.en, q.prompt.ja);
            for (i, c) in q.choices().iter().enumerate() {
                println!(
                    "  {}) {} {:?}",
                    netdojo::quiz::model::letter(i),
                    c.text.en,
                    c.mistake.map(|m| m.id())
                );
            }
            println!("answer: {}  [{}]", q.answer_text(), q.answer_shown().en);
            if let netdojo::quiz::model::Kind::FreeText { mistakes, .. } = &q.kind {
                for m in mistakes {
                    println!("  mistake {} {:?}", m.value, m.mistake);
                }
            }
            for st in &q.explanation {
                println!("  - {}\n    {}", st.en, st.ja);
            }
        }
    }
}
