//! Checking a typed answer, kindly.
//!
//! Every answer is first trimmed and NFKC-normalised with
//! [`normalize_input`](crate::calc::parse::normalize_input), so full-width digits and
//! punctuation from a Japanese input method (`１０．０．０．２５５`) read as ASCII.
//! Choices, true/false and orders are read by [`answer`](super::answer), the same
//! reader that grades lesson questions. Then the question decides what it accepts:
//!
//! - choices: a letter (`b`, `B`, `(b)`, `B.`) or a number (`2`), or the text of a
//!   choice itself; several choices as `A, C`, `a c` or `ac`;
//! - true/false: `true`/`false`, `t`/`f`, `yes`/`no`, `y`/`n`, `はい`/`いいえ`,
//!   `正しい`/`誤り`, `○`/`×`;
//! - an order: letters first to last (`C A B`, `c,a,b`, `cab`, `C→A→B`);
//! - values in their equivalent forms: a network as `10.0.0.0/24` or `10.0.0.0`, a
//!   netmask as `255.255.255.192` or `/26` (unless the question converts one into
//!   the other), a count with or without thousands separators, a duration in another
//!   time unit (`52.6 min` or `0.877 h`) within the question's tolerance.
//!
//! An answer that cannot be read in the question's form is not marked wrong: the
//! learner gets a [`FormError`] saying what to write instead.

use std::net::{IpAddr, Ipv4Addr};

use ipnet::{IpNet, Ipv4Net};

use super::answer;
use super::mistake::Mistake;
use super::model::{Form, Kind, Question, Text, Unit, Value};
use crate::calc::parse::{
    ParseError, normalize_input, parse_addr, parse_net, parse_netmask, parse_prefix_len,
};

/// The verdict on a readable answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The answer is right.
    Right,
    /// The answer is wrong; the mistake behind it when it is a known one.
    Wrong(Option<Mistake>),
}

impl Verdict {
    /// Whether the answer was right.
    ///
    /// ```
    /// use netdojo::quiz::check::Verdict;
    /// assert!(Verdict::Right.is_right());
    /// assert!(!Verdict::Wrong(None).is_right());
    /// ```
    pub fn is_right(self) -> bool {
        self == Verdict::Right
    }
}

/// Why an answer cannot be read, with what to write instead, in both languages.
///
/// ```
/// use netdojo::quiz::check::FormError;
/// let e = FormError::empty();
/// assert_eq!(e.0.en, "no answer was given");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError(pub Text);

impl FormError {
    /// Nothing but spaces was typed.
    ///
    /// ```
    /// use netdojo::quiz::check::FormError;
    /// assert_eq!(FormError::empty().0.ja, "答えが入力されていません");
    /// ```
    pub fn empty() -> FormError {
        FormError(Text::new("no answer was given", "答えが入力されていません"))
    }

    fn new(en: String, ja: String) -> FormError {
        FormError(Text::new(en, ja))
    }
}

/// Checks a typed answer against a question.
///
/// ```
/// use netdojo::quiz::check::{check, Verdict};
/// use netdojo::quiz::generators;
/// use netdojo::quiz::model::Difficulty;
/// let q = generators::generate_seeded("subnet.broadcast", Difficulty::Hard, 5).unwrap();
/// assert_eq!(check(&q, &q.answer_text()), Ok(Verdict::Right));
/// assert!(check(&q, "not an address").is_err());
/// ```
pub fn check(question: &Question, input: &str) -> Result<Verdict, FormError> {
    let text = normalize_input(input);
    if text.is_empty() {
        return Err(FormError::empty());
    }
    match &question.kind {
        Kind::SingleChoice { choices, answer } => {
            let texts: Vec<&Text> = choices.iter().map(|c| &c.text).collect();
            let picked = read_choice(&text, &texts)?;
            Ok(if picked == *answer {
                Verdict::Right
            } else {
                Verdict::Wrong(choices.get(picked).and_then(|c| c.mistake))
            })
        }
        Kind::MultiChoice { choices, answers } => {
            let picked = answer::parse_choice_set(&text, choices.len())?;
            if picked == *answers {
                return Ok(Verdict::Right);
            }
            let mistake = picked
                .iter()
                .filter_map(|&i| choices.get(i).and_then(|c| c.mistake))
                .next();
            Ok(Verdict::Wrong(mistake))
        }
        Kind::TrueFalse { answer, mistake } => {
            let said = answer::parse_true_false(&text)?;
            Ok(if said == *answer {
                Verdict::Right
            } else {
                Verdict::Wrong(*mistake)
            })
        }
        Kind::Ordering { items, order } => {
            let said = answer::parse_order(&text, items.len())?;
            Ok(if said == *order {
                Verdict::Right
            } else {
                Verdict::Wrong(None)
            })
        }
        Kind::FreeText {
            form,
            answer,
            mistakes,
        } => {
            let value = read_value(&text, *form, *answer)?;
            Ok(if value == *answer {
                Verdict::Right
            } else {
                Verdict::Wrong(
                    mistakes
                        .iter()
                        .find(|k| k.value == value)
                        .map(|k| k.mistake),
                )
            })
        }
        Kind::Short { accepted } => {
            let (first, rest) = accepted
                .split_first()
                .map_or(("", &[][..]), |(f, r)| (f.as_str(), r));
            Ok(if answer::text_matches(&text, first, rest) {
                Verdict::Right
            } else {
                Verdict::Wrong(None)
            })
        }
        Kind::Number {
            unit,
            answer,
            tolerance,
            mistakes,
            ..
        } => {
            let value = read_number(&text, *unit)?;
            let close = |target: f64| (value - target).abs() <= *tolerance + 1e-9;
            Ok(if close(*answer) {
                Verdict::Right
            } else {
                Verdict::Wrong(mistakes.iter().find(|k| close(k.value)).map(|k| k.mistake))
            })
        }
    }
}

impl From<answer::FormError> for FormError {
    /// The lesson grader's reasons, with a Japanese twin of each.
    fn from(e: answer::FormError) -> FormError {
        use answer::FormError as E;
        let ja = match &e {
            E::Empty => "答えが入力されていません".to_owned(),
            E::NotAChoice { input, last, count } => {
                format!(
                    "「{input}」は選択肢ではありません。A〜{last} の文字か 1〜{count} の番号で答えてください"
                )
            }
            E::NotTrueFalse { input } => format!(
                "「{input}」は正誤の答えではありません。true、false、はい、いいえ、○、× で答えてください"
            ),
            E::NotAnOrder { input, last, count } => format!(
                "「{input}」は {count} 項目の並びではありません。A〜{last} の各文字を 1 回ずつ並べてください"
            ),
            E::Layout { count } => format!("表示の順序が {count} 項目に合いません"),
        };
        FormError(Text::new(e.to_string(), ja))
    }
}

/// Reads one choice. A letter is always a letter; a number that is the text of a
/// choice (choices such as 62, 64, 59, 30) is read as that choice, any other number
/// as its position; the text of a choice (`10.0.0.255`, `public`) picks it too.
fn read_choice(text: &str, choices: &[&Text]) -> Result<usize, FormError> {
    let typed = answer::normalize(text);
    let by_text = choices
        .iter()
        .position(|c| answer::normalize(&c.en) == typed || answer::normalize(&c.ja) == typed);
    let is_letter = typed.chars().count() == 1 && typed.chars().all(|c| c.is_ascii_alphabetic());
    match by_text {
        Some(index) if !is_letter => Ok(index),
        _ => Ok(answer::parse_choice(text, choices.len())?),
    }
}

fn form_hint(form: Form, detail: Option<&ParseError>) -> FormError {
    let example = form.example();
    let (en, ja) = match form {
        Form::Address => (
            "write an IPv4 address such as",
            "IPv4 アドレスで書いてください。例：",
        ),
        Form::Network => (
            "write a network such as",
            "ネットワークで書いてください。例：",
        ),
        Form::PrefixLen { .. } => (
            "write a prefix length such as",
            "プレフィックス長で書いてください。例：",
        ),
        Form::Netmask { .. } => (
            "write the mask in dotted decimal, such as",
            "マスクを10進ドット表記で書いてください。例：",
        ),
        Form::Wildcard => (
            "write the wildcard mask in dotted decimal, such as",
            "ワイルドカードマスクを10進ドット表記で書いてください。例：",
        ),
        Form::Integer => ("write a whole number such as", "整数で書いてください。例："),
        Form::Binary { octets: 1 } => (
            "write all 8 bits, such as",
            "8 ビットすべてを書いてください。例：",
        ),
        Form::Binary { .. } => (
            "write 32 bits as four dotted groups of 8, such as",
            "8 ビットずつ 4 つ、ドット区切りで 32 ビットを書いてください。例：",
        ),
        Form::AddressRange => (
            "write the first and last address as",
            "最初と最後のアドレスを次の形で書いてください：",
        ),
    };
    match detail {
        Some(reason) => FormError::new(
            format!("{en} {example} ({reason})"),
            format!("{ja}{example}（{reason}）"),
        ),
        None => FormError::new(format!("{en} {example}"), format!("{ja}{example}")),
    }
}

fn ipv4_addr(text: &str, form: Form) -> Result<Ipv4Addr, FormError> {
    match parse_addr(text) {
        Ok(IpAddr::V4(a)) => Ok(a),
        Ok(IpAddr::V6(_)) => Err(form_hint(form, None)),
        Err(e) => Err(form_hint(form, Some(&e))),
    }
}

/// Reads a value in the question's form; values of a neighbouring form (a netmask
/// where a wildcard is asked) are read as what they are, so their mistake is found.
fn read_value(text: &str, form: Form, answer: Value) -> Result<Value, FormError> {
    match form {
        Form::Address => ipv4_addr(text, form).map(Value::Addr),
        Form::Network => {
            let net = parse_net(text).map_err(|e| form_hint(form, Some(&e)))?;
            let IpNet::V4(v4) = net else {
                return Err(form_hint(form, None));
            };
            if text.contains(['/', ' ']) {
                Ok(Value::Net(v4))
            } else {
                // A bare address takes the prefix of the question.
                let prefix = match answer {
                    Value::Net(n) => n.prefix_len(),
                    _ => 32,
                };
                Ipv4Net::new(v4.addr(), prefix)
                    .map(Value::Net)
                    .map_err(|_| form_hint(form, None))
            }
        }
        Form::PrefixLen { mask_ok } => {
            if text.contains('.') {
                if !mask_ok {
                    return Err(form_hint(form, None));
                }
                return parse_netmask(text)
                    .map(Value::Prefix)
                    .map_err(|e| form_hint(form, Some(&e)));
            }
            parse_prefix_len(text, 32)
                .map(Value::Prefix)
                .map_err(|e| form_hint(form, Some(&e)))
        }
        Form::Netmask { slash_ok } => {
            if !text.contains('.') {
                if !slash_ok {
                    return Err(form_hint(form, None));
                }
                return parse_prefix_len(text, 32)
                    .map(Value::Mask)
                    .map_err(|e| form_hint(form, Some(&e)));
            }
            match parse_netmask(text) {
                Ok(p) => Ok(Value::Mask(p)),
                Err(ParseError::WildcardMask { prefix, .. }) => Ok(Value::Wildcard(prefix)),
                Err(e) => Err(form_hint(form, Some(&e))),
            }
        }
        Form::Wildcard => {
            let bits = u32::from(ipv4_addr(text, form)?);
            if bits.leading_zeros() + bits.trailing_ones() == 32 {
                Ok(Value::Wildcard(
                    u8::try_from(bits.leading_zeros()).unwrap_or(0),
                ))
            } else if bits.leading_ones() + bits.trailing_zeros() == 32 {
                Ok(Value::Mask(u8::try_from(bits.leading_ones()).unwrap_or(0)))
            } else {
                Err(form_hint(form, None))
            }
        }
        Form::Integer => {
            let digits: String = text.chars().filter(|c| !matches!(c, ',' | '_')).collect();
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(form_hint(form, None));
            }
            digits
                .parse::<u64>()
                .map(Value::Integer)
                .map_err(|_| form_hint(form, None))
        }
        Form::Binary { octets } => read_bits(text, octets).ok_or_else(|| form_hint(form, None)),
        Form::AddressRange => {
            let parts: Vec<&str> = text
                .split(|c: char| {
                    c.is_whitespace() || matches!(c, '-' | '–' | '—' | '~' | '〜' | ',' | '、')
                })
                .filter(|p| !p.is_empty() && *p != "to")
                .collect();
            let [first, last] = parts.as_slice() else {
                return Err(form_hint(form, None));
            };
            Ok(Value::Range(
                ipv4_addr(first, form)?,
                ipv4_addr(last, form)?,
            ))
        }
    }
}

/// Reads 8 bits, or 32 bits in four dotted groups (or as one run of 32 digits).
fn read_bits(text: &str, octets: u8) -> Option<Value> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let groups: Vec<&str> = compact.split('.').collect();
    let want = usize::from(octets);
    let ok_group = |g: &&str| g.len() == 8 && g.bytes().all(|b| b == b'0' || b == b'1');
    let digits = if groups.len() == want && groups.iter().all(ok_group) {
        groups.concat()
    } else if groups.len() == 1
        && compact.len() == 8 * want
        && compact.bytes().all(|b| b == b'0' || b == b'1')
    {
        compact.clone()
    } else {
        return None;
    };
    u32::from_str_radix(&digits, 2)
        .ok()
        .map(|value| Value::Bits { value, octets })
}

/// Unit words a learner may type after a number.
fn unit_of(word: &str) -> Option<Unit> {
    match word {
        "" => None,
        "s" | "sec" | "secs" | "second" | "seconds" | "秒" => Some(Unit::Seconds),
        "m" | "min" | "mins" | "minute" | "minutes" | "分" => Some(Unit::Minutes),
        "h" | "hr" | "hrs" | "hour" | "hours" | "時間" => Some(Unit::Hours),
        "%" | "percent" => Some(Unit::Percent),
        "$" | "usd" | "dollars" | "ドル" => Some(Unit::Dollars),
        _ => Some(Unit::None),
    }
}

/// Reads a number with an optional unit and converts it to `unit`.
fn read_number(text: &str, unit: Unit) -> Result<f64, FormError> {
    let hint = || {
        let example = unit.show(match unit {
            Unit::Dollars => "12.50",
            Unit::Percent => "99.95",
            _ => "12.5",
        });
        FormError::new(
            format!("write a number such as {example}"),
            format!("数値で書いてください。例：{example}"),
        )
    };
    let lower = text.to_lowercase();
    let (dollar, rest) = match lower.strip_prefix('$') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, lower.as_str()),
    };
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '_' | '-')))
        .unwrap_or(rest.len());
    let (number, word) = rest.split_at(end);
    let number: String = number.chars().filter(|c| !matches!(c, ',' | '_')).collect();
    let value: f64 = number.parse().map_err(|_| hint())?;
    let typed = if dollar {
        Some(Unit::Dollars)
    } else {
        unit_of(word.trim())
    };
    match typed {
        None => Ok(value),
        Some(t) if t == unit => Ok(value),
        Some(t) => match (t.seconds(), unit.seconds()) {
            (Some(from), Some(to)) => Ok(value * from / to),
            _ => Err(hint()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::model::{Choice, Difficulty, Known, SkillId};

    fn q(kind: Kind) -> Question {
        Question {
            skill: SkillId("test.skill"),
            difficulty: Difficulty::Easy,
            prompt: Text::same("p"),
            kind,
            explanation: vec![],
        }
    }

    fn free(form: Form, answer: Value, mistakes: Vec<Known<Value>>) -> Question {
        q(Kind::FreeText {
            form,
            answer,
            mistakes,
        })
    }

    fn addr(s: &str) -> Ipv4Addr {
        s.parse().unwrap()
    }

    #[test]
    fn choices_take_letters_numbers_and_texts_in_any_width() {
        let question = q(Kind::SingleChoice {
            choices: vec![
                Choice::wrong(Text::same("256"), Mistake::ForgotMinusTwo),
                Choice::right(Text::same("254")),
                Choice::wrong(
                    Text::new("public", "パブリック"),
                    Mistake::WrongSpecialBlock,
                ),
            ],
            answer: 1,
        });
        for input in ["B", "b", " 2 ", "Ｂ", "２", "(b)", "B.", "254", "２５４"] {
            assert_eq!(check(&question, input), Ok(Verdict::Right), "{input}");
        }
        assert_eq!(
            check(&question, "a"),
            Ok(Verdict::Wrong(Some(Mistake::ForgotMinusTwo)))
        );
        assert_eq!(
            check(&question, "パブリック"),
            Ok(Verdict::Wrong(Some(Mistake::WrongSpecialBlock)))
        );
        assert_eq!(
            check(&question, "d").unwrap_err().0.en,
            "\"d\" is not one of the choices: answer with a letter from A to C or a number from 1 to 3"
        );
        assert_eq!(
            check(&question, "ｄ").unwrap_err().0.ja,
            "「d」は選択肢ではありません。A〜C の文字か 1〜3 の番号で答えてください"
        );
        assert_eq!(check(&question, "  ").unwrap_err(), FormError::empty());
    }

    #[test]
    fn true_false_in_words_and_marks() {
        let question = q(Kind::TrueFalse {
            answer: false,
            mistake: Some(Mistake::OctetOver255),
        });
        for input in ["false", "F", "no", "いいえ", "×", "ｆａｌｓｅ", "誤り"] {
            assert_eq!(check(&question, input), Ok(Verdict::Right), "{input}");
        }
        assert_eq!(
            check(&question, "yes"),
            Ok(Verdict::Wrong(Some(Mistake::OctetOver255)))
        );
        assert_eq!(
            check(&question, "maybe").unwrap_err().0.en,
            "\"maybe\" is not true or false: answer true, false, yes, no, ○ or ×"
        );
    }

    #[test]
    fn multi_and_order() {
        let choices = ["a", "b", "c", "d"]
            .map(|t| Choice::right(Text::same(t)))
            .to_vec();
        let question = q(Kind::MultiChoice {
            choices,
            answers: vec![0, 2],
        });
        for input in ["A, C", "c a", "ac", "1,3", "Ａ、Ｃ"] {
            assert_eq!(check(&question, input), Ok(Verdict::Right), "{input}");
        }
        assert_eq!(check(&question, "a"), Ok(Verdict::Wrong(None)));
        let items = ["x", "y", "z"].map(Text::same).to_vec();
        let question = q(Kind::Ordering {
            items,
            order: vec![2, 0, 1],
        });
        for input in ["C A B", "c,a,b", "cab", "C→A→B"] {
            assert_eq!(check(&question, input), Ok(Verdict::Right), "{input}");
        }
        assert_eq!(check(&question, "a b c"), Ok(Verdict::Wrong(None)));
        assert_eq!(
            check(&question, "a a b").unwrap_err().0.en,
            "\"a a b\" is not an order of the 3 items: give each letter from A to C once"
        );
    }

    #[test]
    fn addresses_accept_full_width_and_explain_wrong_forms() {
        let question = free(
            Form::Address,
            Value::Addr(addr("10.0.0.255")),
            vec![Known {
                value: Value::Addr(addr("10.0.0.254")),
                mistake: Mistake::LastHostForBroadcast,
            }],
        );
        assert_eq!(check(&question, "１０．０．０．２５５"), Ok(Verdict::Right));
        assert_eq!(check(&question, " 10.0.0.255 "), Ok(Verdict::Right));
        assert_eq!(
            check(&question, "10.0.0.254"),
            Ok(Verdict::Wrong(Some(Mistake::LastHostForBroadcast)))
        );
        assert_eq!(check(&question, "10.0.0.0"), Ok(Verdict::Wrong(None)));
        assert_eq!(
            check(&question, "10.0.0.256").unwrap_err().0.en,
            "write an IPv4 address such as 192.0.2.10 (octet 256 is over 255)"
        );
        assert_eq!(
            check(&question, "broadcast").unwrap_err().0.ja,
            "IPv4 アドレスで書いてください。例：192.0.2.10（unexpected \"b\" in broadcast）"
        );
        assert_eq!(
            check(&question, "::1").unwrap_err().0.en,
            "write an IPv4 address such as 192.0.2.10"
        );
    }

    #[test]
    fn networks_with_or_without_the_prefix() {
        let net: Ipv4Net = "10.0.0.0/24".parse().unwrap();
        let kept: Ipv4Net = "10.0.0.77/24".parse().unwrap();
        let question = free(
            Form::Network,
            Value::Net(net),
            vec![Known {
                value: Value::Net(kept),
                mistake: Mistake::HostBitsKept,
            }],
        );
        assert_eq!(check(&question, "10.0.0.0/24"), Ok(Verdict::Right));
        assert_eq!(check(&question, "10.0.0.0"), Ok(Verdict::Right));
        assert_eq!(
            check(&question, "10.0.0.0 255.255.255.0"),
            Ok(Verdict::Right)
        );
        assert_eq!(check(&question, "10.0.0.0/25"), Ok(Verdict::Wrong(None)));
        assert_eq!(
            check(&question, "10.0.0.77/24"),
            Ok(Verdict::Wrong(Some(Mistake::HostBitsKept)))
        );
        assert_eq!(
            check(&question, "10.0.0.77"),
            Ok(Verdict::Wrong(Some(Mistake::HostBitsKept)))
        );
    }

    #[test]
    fn masks_prefixes_and_wildcards() {
        let mask = free(
            Form::Netmask { slash_ok: true },
            Value::Mask(26),
            vec![Known {
                value: Value::Wildcard(26),
                mistake: Mistake::MaskWildcardSwapped,
            }],
        );
        assert_eq!(check(&mask, "255.255.255.192"), Ok(Verdict::Right));
        assert_eq!(check(&mask, "/26"), Ok(Verdict::Right));
        assert_eq!(check(&mask, "26"), Ok(Verdict::Right));
        assert_eq!(
            check(&mask, "0.0.0.63"),
            Ok(Verdict::Wrong(Some(Mistake::MaskWildcardSwapped)))
        );
        assert_eq!(
            check(&mask, "255.255.0.255").unwrap_err().0.en,
            "write the mask in dotted decimal, such as 255.255.255.0 (255.255.0.255 is not a netmask: its one-bits are not contiguous)"
        );
        let dotted_only = free(Form::Netmask { slash_ok: false }, Value::Mask(26), vec![]);
        assert_eq!(
            check(&dotted_only, "/26").unwrap_err().0.en,
            "write the mask in dotted decimal, such as 255.255.255.0"
        );
        let prefix = free(Form::PrefixLen { mask_ok: true }, Value::Prefix(25), vec![]);
        for input in ["/25", "25", "255.255.255.128", "／２５"] {
            assert_eq!(check(&prefix, input), Ok(Verdict::Right), "{input}");
        }
        let prefix_only = free(
            Form::PrefixLen { mask_ok: false },
            Value::Prefix(25),
            vec![],
        );
        assert_eq!(
            check(&prefix_only, "255.255.255.128").unwrap_err().0.en,
            "write a prefix length such as /24"
        );
        let wildcard = free(
            Form::Wildcard,
            Value::Wildcard(20),
            vec![Known {
                value: Value::Mask(20),
                mistake: Mistake::MaskWildcardSwapped,
            }],
        );
        assert_eq!(check(&wildcard, "0.0.15.255"), Ok(Verdict::Right));
        assert_eq!(
            check(&wildcard, "255.255.240.0"),
            Ok(Verdict::Wrong(Some(Mistake::MaskWildcardSwapped)))
        );
    }

    #[test]
    fn integers_bits_and_ranges() {
        let count = free(
            Form::Integer,
            Value::Integer(65531),
            vec![Known {
                value: Value::Integer(65534),
                mistake: Mistake::UsedMinusTwoNotAwsFive,
            }],
        );
        for input in ["65531", "65,531", "６５５３１", "65_531"] {
            assert_eq!(check(&count, input), Ok(Verdict::Right), "{input}");
        }
        assert_eq!(
            check(&count, "65534"),
            Ok(Verdict::Wrong(Some(Mistake::UsedMinusTwoNotAwsFive)))
        );
        assert_eq!(
            check(&count, "about 65531").unwrap_err().0.en,
            "write a whole number such as 1024"
        );
        let octet = free(
            Form::Binary { octets: 1 },
            Value::Bits {
                value: 21,
                octets: 1,
            },
            vec![],
        );
        assert_eq!(check(&octet, "00010101"), Ok(Verdict::Right));
        assert_eq!(check(&octet, "0001 0101"), Ok(Verdict::Right));
        assert_eq!(
            check(&octet, "10101").unwrap_err().0.en,
            "write all 8 bits, such as 00101100"
        );
        let address = free(
            Form::Binary { octets: 4 },
            Value::Bits {
                value: 0x0a00_0001,
                octets: 4,
            },
            vec![],
        );
        assert_eq!(
            check(&address, "00001010.00000000.00000000.00000001"),
            Ok(Verdict::Right)
        );
        assert_eq!(
            check(&address, "00001010000000000000000000000001"),
            Ok(Verdict::Right)
        );
        let range = free(
            Form::AddressRange,
            Value::Range(addr("10.0.0.1"), addr("10.0.0.254")),
            vec![],
        );
        for input in [
            "10.0.0.1 - 10.0.0.254",
            "10.0.0.1-10.0.0.254",
            "10.0.0.1 to 10.0.0.254",
            "10.0.0.1〜10.0.0.254",
            "１０．０．０．１ ～ １０．０．０．２５４",
        ] {
            assert_eq!(check(&range, input), Ok(Verdict::Right), "{input}");
        }
        assert_eq!(
            check(&range, "10.0.0.1").unwrap_err().0.en,
            "write the first and last address as 192.0.2.1 - 192.0.2.254"
        );
    }

    #[test]
    fn numbers_within_tolerance_and_in_other_time_units() {
        let question = q(Kind::Number {
            unit: Unit::Minutes,
            answer: 52.56,
            tolerance: 0.1,
            decimals: 1,
            mistakes: vec![Known {
                value: 525.6,
                mistake: Mistake::OffByOneBit,
            }],
        });
        for input in [
            "52.6",
            "52.6 min",
            "52.5 minutes",
            "0.876 h",
            "3153.6 s",
            "５２．６分",
        ] {
            assert_eq!(check(&question, input), Ok(Verdict::Right), "{input}");
        }
        assert_eq!(check(&question, "53"), Ok(Verdict::Wrong(None)));
        assert_eq!(
            check(&question, "525.6"),
            Ok(Verdict::Wrong(Some(Mistake::OffByOneBit)))
        );
        assert_eq!(
            check(&question, "soon").unwrap_err().0.en,
            "write a number such as 12.5 min"
        );
        let money = q(Kind::Number {
            unit: Unit::Dollars,
            answer: 2.3,
            tolerance: 0.005,
            decimals: 2,
            mistakes: vec![],
        });
        for input in ["$2.30", "2.3", "2.30 usd", "＄２．３０"] {
            assert_eq!(check(&money, input), Ok(Verdict::Right), "{input}");
        }
        assert!(check(&money, "2.3 h").is_err());
    }
}
