//! M11 IPv4 fragmentation: how many fragments a datagram becomes, and their offsets.

use rand_chacha::ChaCha8Rng;

use super::{choice_or_typed, grouped};
use crate::calc::tcp::{Fragment, FragmentInput, fragment as cut};
use crate::quiz::draw::{below, between, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Text, Value};

/// The datagram, header and MTU of a question; always more than one fragment.
fn draw_input(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> FragmentInput {
    let (header, mtu) = match difficulty {
        Difficulty::Easy => (20, 1500),
        Difficulty::Medium => (20, pick_of(rng, [576, 1006, 1280, 1492, 1500])),
        Difficulty::Hard => (20 + 4 * between(rng, 0, 10), between(rng, 300, 1500)),
    };
    let total = match difficulty {
        Difficulty::Easy => between(rng, 16, 60) * 100,
        _ => between(rng, mtu + 1, 9000.max(mtu * 4)),
    };
    FragmentInput {
        total_length: total,
        header_length: header,
        mtu,
        dont_fragment: false,
    }
}

/// `ip.fragment`: the fragment count, or the offset field of one fragment.
pub(super) fn fragment(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let input = draw_input(difficulty, rng);
    let FragmentInput {
        total_length: total,
        header_length: header,
        mtu,
        ..
    } = input;
    let fragments: Vec<Fragment> = cut(&input).unwrap_or_default();
    let data = total - header;
    let room = mtu - header;
    let per = room / 8 * 8;
    let count = u64::try_from(fragments.len()).unwrap_or(0);
    let listing_en: Vec<String> = fragments
        .iter()
        .map(|f| {
            format!(
                "#{} {} bytes at offset {} (byte {})",
                f.index, f.data_length, f.offset_units, f.offset_bytes
            )
        })
        .collect();
    let listing_ja: Vec<String> = fragments
        .iter()
        .map(|f| {
            format!(
                "#{} {} バイト、オフセット {}（{} バイト目）",
                f.index, f.data_length, f.offset_units, f.offset_bytes
            )
        })
        .collect();
    let setup = Text::new(
        format!(
            "Each fragment repeats the {header}-byte header, so it can carry {mtu} − {header} = {room} bytes of data, rounded down to a multiple of 8: {per}. The data is {total} − {header} = {data} bytes."
        ),
        format!(
            "各フラグメントに {header} バイトのヘッダーが付くので、運べるデータは {mtu} − {header} = {room} バイトを 8 の倍数に切り捨てた {per} バイトです。データは {total} − {header} = {data} バイトです。"
        ),
    );
    let all = Text::new(
        format!("Fragments: {}.", listing_en.join("; ")),
        format!("フラグメント：{}。", listing_ja.join("；")),
    );
    let typed = difficulty == Difficulty::Hard;
    let asks_offset = difficulty != Difficulty::Easy && below(rng, 2) == 0;
    let intro_en = format!(
        "An IPv4 datagram of {} bytes (header {header} bytes) must cross a link with MTU {}.",
        grouped(u64::from(total)),
        grouped(u64::from(mtu))
    );
    let intro_ja = format!(
        "{} バイトの IPv4 データグラム（ヘッダー {header} バイト）が MTU {} のリンクを通ります。",
        grouped(u64::from(total)),
        grouped(u64::from(mtu))
    );
    if asks_offset && fragments.len() >= 2 {
        let index = usize::try_from(between(rng, 2, u32::try_from(fragments.len()).unwrap_or(2)))
            .unwrap_or(2);
        let Some(f) = fragments.get(index - 1) else {
            return count_question(rng, typed, input, count, (intro_en, intro_ja), [setup, all]);
        };
        let steps = u32::try_from(index - 1).unwrap_or(0);
        let answer = Value::Integer(u64::from(f.offset_units));
        let candidates = vec![
            (
                Value::Integer(u64::from(f.offset_bytes)),
                Mistake::OffsetInBytes,
            ),
            (
                Value::Integer(u64::from(steps * room / 8)),
                Mistake::FragmentNotMultipleOf8,
            ),
            (
                Value::Integer(u64::from(steps * mtu / 8)),
                Mistake::FragmentHeaderIgnored,
            ),
        ];
        let units = f.offset_units;
        let bytes = f.offset_bytes;
        return Draft {
            prompt: Text::new(
                format!("{intro_en} What is the Fragment Offset field of fragment {index}?"),
                format!(
                    "{intro_ja}{index} 番目のフラグメントのフラグメントオフセットの値はいくつですか。"
                ),
            ),
            kind: choice_or_typed(rng, typed, Form::Integer, answer, candidates),
            explanation: vec![
                setup,
                Text::new(
                    format!(
                        "Fragment {index} starts after {steps} full fragments: byte {steps} × {per} = {bytes}. The field counts 8-byte units: {bytes} ÷ 8 = {units}."
                    ),
                    format!(
                        "{index} 番目のフラグメントは {steps} 個分の後から始まります：{steps} × {per} = {bytes} バイト目。フィールドは 8 バイト単位なので {bytes} ÷ 8 = {units}。"
                    ),
                ),
                all,
            ],
        };
    }
    count_question(rng, typed, input, count, (intro_en, intro_ja), [setup, all])
}

/// The question "how many fragments", with the two named shortcuts as distractors.
fn count_question(
    rng: &mut ChaCha8Rng,
    typed: bool,
    input: FragmentInput,
    count: u64,
    intro: (String, String),
    working: [Text; 2],
) -> Draft {
    let FragmentInput {
        total_length: total,
        header_length: header,
        mtu,
        ..
    } = input;
    let data = u64::from(total - header);
    let room = u64::from(mtu - header);
    let per = room / 8 * 8;
    let candidates = vec![
        (
            Value::Integer(u64::from(total).div_ceil(u64::from(mtu).max(1))),
            Mistake::FragmentHeaderIgnored,
        ),
        (
            Value::Integer(data.div_ceil(room.max(1))),
            Mistake::FragmentNotMultipleOf8,
        ),
        (
            Value::Integer(count.saturating_sub(1)),
            Mistake::RoundedDown,
        ),
    ];
    let [setup, all] = working;
    Draft {
        prompt: Text::new(
            format!("{} How many fragments does it become?", intro.0),
            format!("{}フラグメントはいくつになりますか。", intro.1),
        ),
        kind: choice_or_typed(rng, typed, Form::Integer, Value::Integer(count), candidates),
        explanation: vec![
            setup,
            Text::new(
                format!(
                    "{data} ÷ {per}, rounded up: {count} fragments; only the last has More Fragments = 0."
                ),
                format!(
                    "{data} ÷ {per} を切り上げて {count} 個です。最後だけ More Fragments = 0 です。"
                ),
            ),
            all,
        ],
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use crate::quiz::model::Difficulty;

    /// Seed 1 pins each question: the prompt and the answer as shown.
    #[test]
    fn seed_one_gives_these_questions() {
        let cases = [
            (
                "ip.fragment",
                Difficulty::Easy,
                "An IPv4 datagram of 3,000 bytes (header 20 bytes) must cross a link with MTU 1,500. How many fragments does it become?",
                "B (3)",
            ),
            (
                "ip.fragment",
                Difficulty::Hard,
                "An IPv4 datagram of 5,806 bytes (header 40 bytes) must cross a link with MTU 1,310. What is the Fragment Offset field of fragment 3?",
                "316",
            ),
        ];
        for (id, difficulty, prompt, answer) in cases {
            let q = crate::quiz::generators::generate_seeded(id, difficulty, 1).unwrap();
            assert_eq!(q.prompt.en, prompt, "{id} {difficulty}");
            assert_eq!(q.answer_shown().en, answer, "{id} {difficulty}");
            assert_eq!(
                crate::quiz::check::check(&q, &q.answer_text()),
                Ok(crate::quiz::check::Verdict::Right)
            );
        }
    }
}
