//! M3 masks: netmask ↔ prefix ↔ wildcard, and whether a mask is valid.

use std::net::Ipv4Addr;

use rand_chacha::ChaCha8Rng;

use super::{choice_or_typed, so_answer};
use crate::calc::parse::parse_netmask;
use crate::quiz::draw::{below, between, pick_of};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Form, Kind, Text, Value, mask_bits};

fn binary(bits: u32) -> String {
    let [a, b, c, d] = bits.to_be_bytes();
    format!("{a:08b}.{b:08b}.{c:08b}.{d:08b}")
}

fn neighbours(prefix: u8, value: fn(u8) -> Value) -> Vec<(Value, Mistake)> {
    let mut out = Vec::new();
    if prefix < 32 {
        out.push((value(prefix + 1), Mistake::OffByOneBit));
    }
    if prefix > 0 {
        out.push((value(prefix - 1), Mistake::OffByOneBit));
    }
    let other = if prefix > 8 { prefix - 8 } else { prefix + 8 };
    out.push((value(other), Mistake::WrongOctet));
    out
}

/// `subnet.mask_prefix`: convert between /n, the netmask and the wildcard mask.
pub(super) fn mask_prefix(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let prefix = u8::try_from(match difficulty {
        Difficulty::Easy => between(rng, 16, 30),
        Difficulty::Medium => between(rng, 9, 30),
        Difficulty::Hard => between(rng, 1, 31),
    })
    .unwrap_or(24);
    let typed = difficulty != Difficulty::Easy;
    let mask = Value::Mask(prefix);
    let wildcard = Value::Wildcard(prefix);
    let bits = binary(mask_bits(prefix));
    let direction = if difficulty == Difficulty::Hard {
        below(rng, 3)
    } else {
        below(rng, 2)
    };
    let binary_step = Text::new(
        format!(
            "/{prefix} is {prefix} one-bits then {} zero-bits: {bits}.",
            32 - prefix
        ),
        format!(
            "/{prefix} は 1 が {prefix} 個、続いて 0 が {} 個：{bits}。",
            32 - prefix
        ),
    );
    match direction {
        0 => {
            let mut candidates = vec![(wildcard, Mistake::MaskWildcardSwapped)];
            candidates.extend(neighbours(prefix, Value::Mask));
            Draft {
                prompt: Text::new(
                    format!("Write the netmask of /{prefix} in dotted decimal."),
                    format!("/{prefix} のネットマスクを10進ドット表記で書いてください。"),
                ),
                kind: choice_or_typed(
                    rng,
                    typed,
                    Form::Netmask { slash_ok: false },
                    mask,
                    candidates,
                ),
                explanation: vec![
                    binary_step,
                    Text::new(
                        format!("Each octet of 8 bits as a number: {mask}."),
                        format!("8 ビットずつ10進数にすると {mask}。"),
                    ),
                ],
            }
        }
        1 => {
            let answer = Value::Prefix(prefix);
            Draft {
                prompt: Text::new(
                    format!("What prefix length is the netmask {mask}?"),
                    format!("ネットマスク {mask} はプレフィックス長いくつですか。"),
                ),
                kind: choice_or_typed(
                    rng,
                    typed,
                    Form::PrefixLen { mask_ok: false },
                    answer,
                    neighbours(prefix, Value::Prefix),
                ),
                explanation: vec![
                    Text::new(
                        format!("{mask} in binary is {bits}."),
                        format!("{mask} を2進数にすると {bits}。"),
                    ),
                    Text::new(
                        format!("Count the one-bits: {prefix}, so the prefix is {answer}."),
                        format!(
                            "1 のビットを数えると {prefix} 個なので、プレフィックスは {answer}。"
                        ),
                    ),
                ],
            }
        }
        _ => {
            let mut candidates = vec![(mask, Mistake::MaskWildcardSwapped)];
            candidates.extend(neighbours(prefix, Value::Wildcard));
            let given = if below(rng, 2) == 0 {
                Text::new(format!("/{prefix}"), format!("/{prefix}"))
            } else {
                Text::new(
                    format!("the netmask {mask}"),
                    format!("ネットマスク {mask}"),
                )
            };
            Draft {
                prompt: Text::new(
                    format!("What is the wildcard mask of {}?", given.en),
                    format!("{} のワイルドカードマスクは何ですか。", given.ja),
                ),
                kind: choice_or_typed(rng, typed, Form::Wildcard, wildcard, candidates),
                explanation: vec![
                    binary_step,
                    Text::new(
                        format!(
                            "The wildcard is the netmask inverted (255 − each octet of {mask}): {wildcard}."
                        ),
                        format!(
                            "ワイルドカードはネットマスクの反転（255 − {mask} の各オクテット）：{wildcard}。"
                        ),
                    ),
                ],
            }
        }
    }
}

/// A mask that is not contiguous: a valid mask with one bit flipped so that a one
/// follows a zero, or (hard) a wildcard mask.
fn broken_mask(rng: &mut ChaCha8Rng, difficulty: Difficulty) -> (u32, Mistake) {
    match difficulty {
        Difficulty::Easy => {
            // A whole octet of ones after an octet of zeros.
            let m = pick_of(rng, [0xff00_ff00u32, 0xffff_00ff, 0xff00_ffff, 0xff00_00ff]);
            (m, Mistake::NonContiguousMask)
        }
        Difficulty::Medium | Difficulty::Hard => {
            if difficulty == Difficulty::Hard && below(rng, 3) == 0 {
                let p = u8::try_from(between(rng, 8, 30)).unwrap_or(24);
                return (!mask_bits(p), Mistake::MaskWildcardSwapped);
            }
            // Prefix p with a one set somewhere in its zero part (not right after the
            // ones, which would just be a longer valid mask).
            let p = between(rng, 8, 29);
            let zero_bits = 32 - p;
            let shift = below(rng, zero_bits - 1);
            let m = mask_bits(u8::try_from(p).unwrap_or(24)) | (1 << shift);
            (m, Mistake::NonContiguousMask)
        }
    }
}

/// `subnet.mask_valid`: is a dotted mask a valid netmask?
pub(super) fn mask_valid(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let valid = below(rng, 2) == 0;
    let (bits, mistake) = if valid {
        let p = match difficulty {
            Difficulty::Easy => pick_of(rng, [8u32, 16, 24, 25, 26, 27, 28]),
            Difficulty::Medium => between(rng, 9, 30),
            Difficulty::Hard => between(rng, 1, 31),
        };
        (
            mask_bits(u8::try_from(p).unwrap_or(24)),
            Mistake::ValidMaskRejected,
        )
    } else {
        broken_mask(rng, difficulty)
    };
    let shown = Ipv4Addr::from(bits);
    // The parser's own verdict is the answer.
    let answer = parse_netmask(&shown.to_string()).is_ok();
    let verdict = if answer {
        Text::new(
            format!(
                "The ones are contiguous ({} of them), so {shown} is the valid netmask /{}.",
                bits.leading_ones(),
                bits.leading_ones()
            ),
            format!(
                "1 が {} 個連続しているので、{shown} は正しいネットマスク /{} です。",
                bits.leading_ones(),
                bits.leading_ones()
            ),
        )
    } else if bits.leading_zeros() + bits.trailing_ones() == 32 {
        let p = bits.leading_zeros();
        Text::new(
            format!(
                "It is zeros followed by ones: the wildcard mask of /{p}, whose netmask is {}. A netmask starts with the ones.",
                Ipv4Addr::from(!bits)
            ),
            format!(
                "0 の後に 1 が続くので、/{p} のワイルドカードマスクです（ネットマスクは {}）。ネットマスクは 1 から始まります。",
                Ipv4Addr::from(!bits)
            ),
        )
    } else {
        Text::new(
            format!(
                "After the first {} ones comes a zero, and a one appears again later: not contiguous, so not a netmask.",
                bits.leading_ones()
            ),
            format!(
                "先頭の 1 が {} 個続いた後に 0 があり、さらに後ろに 1 が現れます。連続していないのでネットマスクではありません。",
                bits.leading_ones()
            ),
        )
    };
    Draft {
        prompt: Text::new(
            format!("True or false: {shown} is a valid subnet mask."),
            format!("正誤問題：{shown} は正しいサブネットマスクである。"),
        ),
        kind: Kind::TrueFalse {
            answer,
            mistake: Some(mistake),
        },
        explanation: vec![
            Text::new(
                format!("In binary: {}.", binary(bits)),
                format!("2進数では {}。", binary(bits)),
            ),
            verdict,
            so_answer(answer),
        ],
    }
}
