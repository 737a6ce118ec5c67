//! The question model: what a generator produces and every face shows.
//!
//! A question is plain data. Its prompt and explanation are built by the generator
//! from typed values (addresses, prefixes, counts) with `format!`, in English and
//! Japanese, so nothing is left to fill in later. Each kind carries its own answer,
//! so a single-choice question cannot hold a list of answers by mistake.

use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

use ipnet::Ipv4Net;
use serde::Serialize;

use super::mistake::Mistake;

/// A text in English and Japanese.
///
/// ```
/// use netdojo::quiz::model::Text;
/// let t = Text::same("10.0.0.0/24");
/// assert_eq!(t.en, t.ja);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Text {
    /// English.
    pub en: String,
    /// Japanese.
    pub ja: String,
}

impl Text {
    /// A text written separately in each language.
    ///
    /// ```
    /// use netdojo::quiz::model::Text;
    /// assert_eq!(Text::new("public", "パブリック").ja, "パブリック");
    /// ```
    pub fn new(en: impl Into<String>, ja: impl Into<String>) -> Text {
        Text {
            en: en.into(),
            ja: ja.into(),
        }
    }

    /// The text in `lang`.
    ///
    /// ```
    /// use netdojo::lang::Lang;
    /// use netdojo::quiz::model::Text;
    /// assert_eq!(Text::new("public", "パブリック").get(Lang::Ja), "パブリック");
    /// ```
    pub fn get(&self, lang: crate::lang::Lang) -> &str {
        lang.pick(&self.en, &self.ja)
    }

    /// A text that reads the same in both languages, such as an address.
    ///
    /// ```
    /// use netdojo::quiz::model::Text;
    /// assert_eq!(Text::same("/26").en, "/26");
    /// ```
    pub fn same(text: impl Into<String>) -> Text {
        let text = text.into();
        Text {
            en: text.clone(),
            ja: text,
        }
    }
}

/// One step of a worked explanation.
pub type Step = Text;

/// How hard the numbers of a generated question are.
///
/// ```
/// use netdojo::quiz::model::Difficulty;
/// assert_eq!("hard".parse::<Difficulty>(), Ok(Difficulty::Hard));
/// assert_eq!(Difficulty::Easy.to_string(), "easy");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    /// Octet-aligned prefixes, small numbers, choices.
    Easy,
    /// Prefixes inside an octet, typed answers for some skills.
    Medium,
    /// Any prefix, edge cases, typed answers.
    Hard,
}

impl Difficulty {
    /// Every difficulty, easiest first.
    ///
    /// ```
    /// use netdojo::quiz::model::Difficulty;
    /// assert_eq!(Difficulty::ALL.len(), 3);
    /// ```
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

    /// The id used on the command line and in files.
    ///
    /// ```
    /// use netdojo::quiz::model::Difficulty;
    /// assert_eq!(Difficulty::Medium.id(), "medium");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }

    /// The next harder difficulty, and after the hardest the easiest again.
    ///
    /// ```
    /// use netdojo::quiz::model::Difficulty;
    /// assert_eq!(Difficulty::Medium.next(), Difficulty::Hard);
    /// assert_eq!(Difficulty::Hard.next(), Difficulty::Easy);
    /// ```
    pub fn next(self) -> Difficulty {
        match self {
            Difficulty::Easy => Difficulty::Medium,
            Difficulty::Medium => Difficulty::Hard,
            Difficulty::Hard => Difficulty::Easy,
        }
    }
}

impl fmt::Display for Difficulty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.id())
    }
}

/// A word that is not a difficulty.
///
/// ```
/// use netdojo::quiz::model::Difficulty;
/// let err = "expert".parse::<Difficulty>().unwrap_err();
/// assert_eq!(err.to_string(), "\"expert\" is not a difficulty: use easy, medium or hard");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a difficulty: use easy, medium or hard")]
pub struct UnknownDifficulty(pub String);

impl FromStr for Difficulty {
    type Err = UnknownDifficulty;

    fn from_str(s: &str) -> Result<Difficulty, UnknownDifficulty> {
        Difficulty::ALL
            .into_iter()
            .find(|d| d.id() == s)
            .ok_or_else(|| UnknownDifficulty(s.to_owned()))
    }
}

/// A stable skill id such as `subnet.broadcast`: progress is kept per skill.
///
/// ```
/// use netdojo::quiz::model::SkillId;
/// assert_eq!(SkillId("subnet.broadcast").module_prefix(), "subnet");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct SkillId(pub &'static str);

impl SkillId {
    /// The id as text.
    ///
    /// ```
    /// use netdojo::quiz::model::SkillId;
    /// assert_eq!(SkillId("ipv4.valid").as_str(), "ipv4.valid");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// The family before the dot, such as `subnet`.
    ///
    /// ```
    /// use netdojo::quiz::model::SkillId;
    /// assert_eq!(SkillId("vpc.overlap").module_prefix(), "vpc");
    /// ```
    pub fn module_prefix(self) -> &'static str {
        self.0.split('.').next().unwrap_or(self.0)
    }
}

impl fmt::Display for SkillId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.0)
    }
}

/// One choice of a choice question, with the mistake that leads to it when it is
/// wrong.
///
/// ```
/// use netdojo::quiz::model::{Choice, Text};
/// use netdojo::quiz::mistake::Mistake;
/// let c = Choice::wrong(Text::same("64"), Mistake::ForgotMinusTwo);
/// assert_eq!(c.mistake, Some(Mistake::ForgotMinusTwo));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// What the choice says.
    pub text: Text,
    /// Why someone would pick it; `None` for a right choice (and for the wrong
    /// choices of lesson questions, whose mistakes are not named: there the kind's
    /// answer decides).
    pub mistake: Option<Mistake>,
}

impl Choice {
    /// A right choice.
    ///
    /// ```
    /// use netdojo::quiz::model::{Choice, Text};
    /// assert_eq!(Choice::right(Text::same("62")).mistake, None);
    /// ```
    pub fn right(text: Text) -> Choice {
        Choice {
            text,
            mistake: None,
        }
    }

    /// A wrong choice that comes from a named mistake.
    ///
    /// ```
    /// use netdojo::quiz::model::{Choice, Text};
    /// use netdojo::quiz::mistake::Mistake;
    /// assert!(Choice::wrong(Text::same("59"), Mistake::UsedAwsFiveNotMinusTwo).mistake.is_some());
    /// ```
    pub fn wrong(text: Text, mistake: Mistake) -> Choice {
        Choice {
            text,
            mistake: Some(mistake),
        }
    }
}

/// The form a typed answer must take; the checker reads input by it.
///
/// ```
/// use netdojo::quiz::model::Form;
/// assert_eq!(Form::Address.example(), "192.0.2.10");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "form")]
pub enum Form {
    /// A dotted IPv4 address.
    Address,
    /// A network: `a.b.c.d/n`, or `a.b.c.d` alone (the prefix is the question's).
    Network,
    /// A prefix length: `26` or `/26`; also a dotted netmask when `mask_ok`.
    PrefixLen {
        /// Whether a dotted netmask is accepted (not when the question shows one).
        mask_ok: bool,
    },
    /// A netmask in dotted decimal; also as `/26` when `slash_ok`.
    Netmask {
        /// Whether `/n` is accepted (not when the question converts /n to a mask).
        slash_ok: bool,
    },
    /// A wildcard (inverse) mask in dotted decimal.
    Wildcard,
    /// A whole number; thousands separators are allowed.
    Integer,
    /// Binary digits: 8 for one octet, or 32 in four dotted octets.
    Binary {
        /// 1 or 4.
        octets: u8,
    },
    /// Two addresses, first and last: `10.0.0.1 - 10.0.0.254`.
    AddressRange,
}

impl Form {
    /// An example of the form, unrelated to any answer, for messages.
    ///
    /// ```
    /// use netdojo::quiz::model::Form;
    /// assert_eq!(Form::Binary { octets: 1 }.example(), "00101100");
    /// ```
    pub fn example(self) -> &'static str {
        match self {
            Form::Address => "192.0.2.10",
            Form::Network => "192.0.2.0/24",
            Form::PrefixLen { .. } => "/24",
            Form::Netmask { .. } => "255.255.255.0",
            Form::Wildcard => "0.0.0.255",
            Form::Integer => "1024",
            Form::Binary { octets: 1 } => "00101100",
            Form::Binary { .. } => "11000000.00000000.00000010.00001010",
            Form::AddressRange => "192.0.2.1 - 192.0.2.254",
        }
    }
}

/// A typed answer value, compared after the checker has read the input.
///
/// ```
/// use netdojo::quiz::model::Value;
/// assert_eq!(Value::Mask(26).to_string(), "255.255.255.192");
/// assert_eq!(Value::Wildcard(26).to_string(), "0.0.0.63");
/// assert_eq!(Value::Bits { value: 5, octets: 1 }.to_string(), "00000101");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Value {
    /// An address.
    Addr(Ipv4Addr),
    /// A network (host bits clear).
    Net(Ipv4Net),
    /// A prefix length.
    Prefix(u8),
    /// A netmask, by its prefix length.
    Mask(u8),
    /// A wildcard mask, by the prefix length of its netmask.
    Wildcard(u8),
    /// A whole number.
    Integer(u64),
    /// Bits of one octet or of a whole address.
    Bits {
        /// The bits as a number.
        value: u32,
        /// 1 or 4.
        octets: u8,
    },
    /// A first and last address.
    Range(Ipv4Addr, Ipv4Addr),
}

/// The netmask with `prefix` leading ones (prefixes over 32 give all ones).
pub(crate) fn mask_bits(prefix: u8) -> u32 {
    u32::MAX
        .checked_shl(32u32.saturating_sub(u32::from(prefix)))
        .unwrap_or(0)
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Addr(a) => write!(f, "{a}"),
            Value::Net(n) => write!(f, "{n}"),
            Value::Prefix(p) => write!(f, "/{p}"),
            Value::Mask(p) => write!(f, "{}", Ipv4Addr::from(mask_bits(p))),
            Value::Wildcard(p) => write!(f, "{}", Ipv4Addr::from(!mask_bits(p))),
            Value::Integer(n) => write!(f, "{n}"),
            Value::Bits { value, octets: 1 } => write!(f, "{value:08b}"),
            Value::Bits { value, .. } => {
                let [a, b, c, d] = value.to_be_bytes();
                write!(f, "{a:08b}.{b:08b}.{c:08b}.{d:08b}")
            }
            Value::Range(a, b) => write!(f, "{a} - {b}"),
        }
    }
}

/// A wrong value that a named mistake produces.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Known<V> {
    /// The wrong value.
    pub value: V,
    /// The mistake that gives it.
    pub mistake: Mistake,
}

/// A unit of a numeric answer.
///
/// ```
/// use netdojo::quiz::model::Unit;
/// assert_eq!(Unit::Minutes.symbol(), "min");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// No unit.
    None,
    /// US dollars.
    Dollars,
    /// Percent.
    Percent,
    /// Seconds.
    Seconds,
    /// Minutes.
    Minutes,
    /// Hours.
    Hours,
}

impl Unit {
    /// The symbol written after a number (empty for no unit; `$` goes in front).
    ///
    /// ```
    /// use netdojo::quiz::model::Unit;
    /// assert_eq!(Unit::Hours.symbol(), "h");
    /// ```
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::None | Unit::Dollars => "",
            Unit::Percent => "%",
            Unit::Seconds => "s",
            Unit::Minutes => "min",
            Unit::Hours => "h",
        }
    }

    /// Seconds per unit for a duration, so answers in another time unit can be
    /// converted; `None` for units that are not durations.
    ///
    /// ```
    /// use netdojo::quiz::model::Unit;
    /// assert_eq!(Unit::Hours.seconds(), Some(3600.0));
    /// assert_eq!(Unit::Dollars.seconds(), None);
    /// ```
    pub fn seconds(self) -> Option<f64> {
        match self {
            Unit::Seconds => Some(1.0),
            Unit::Minutes => Some(60.0),
            Unit::Hours => Some(3600.0),
            Unit::None | Unit::Dollars | Unit::Percent => None,
        }
    }

    /// A number with this unit: `$2.30`, `52.6 min`, `99.9%`, `7`.
    ///
    /// ```
    /// use netdojo::quiz::model::Unit;
    /// assert_eq!(Unit::Dollars.show("2.30"), "$2.30");
    /// assert_eq!(Unit::Minutes.show("52.6"), "52.6 min");
    /// ```
    pub fn show(self, number: &str) -> String {
        match self {
            Unit::None => number.to_owned(),
            Unit::Dollars => format!("${number}"),
            Unit::Percent => format!("{number}%"),
            Unit::Seconds | Unit::Minutes | Unit::Hours => format!("{number} {}", self.symbol()),
        }
    }
}

/// What kind of question it is, with its answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Kind {
    /// Pick one choice.
    SingleChoice {
        /// The choices in the order shown (A, B, C...).
        choices: Vec<Choice>,
        /// Index of the right choice.
        answer: usize,
    },
    /// Pick every right choice.
    MultiChoice {
        /// The choices in the order shown.
        choices: Vec<Choice>,
        /// Indexes of the right choices, ascending.
        answers: Vec<usize>,
    },
    /// True or false.
    TrueFalse {
        /// The right answer.
        answer: bool,
        /// The mistake behind the wrong answer.
        mistake: Option<Mistake>,
    },
    /// Put items in order.
    Ordering {
        /// The items in the order shown.
        items: Vec<Text>,
        /// Indexes of the shown items, in the right order.
        order: Vec<usize>,
    },
    /// Type a value of a given form.
    FreeText {
        /// How the answer must be written.
        form: Form,
        /// The right value.
        #[serde(serialize_with = "as_text")]
        answer: Value,
        /// Wrong values that named mistakes give.
        #[serde(serialize_with = "known_as_text")]
        mistakes: Vec<Known<Value>>,
    },
    /// Type a short text; any accepted spelling counts (lesson questions).
    Short {
        /// The answer first, then the other accepted spellings, in both languages.
        accepted: Vec<String>,
    },
    /// Type a number with a unit, within a tolerance.
    Number {
        /// The unit of the answer.
        unit: Unit,
        /// The right number.
        answer: f64,
        /// How far from the answer still counts as right, in `unit`.
        tolerance: f64,
        /// Decimal places the answer is shown with.
        decimals: u8,
        /// Wrong numbers that named mistakes give.
        mistakes: Vec<Known<f64>>,
    },
}

impl Kind {
    /// A stable snake_case id of the kind, as in JSON.
    ///
    /// ```
    /// use netdojo::quiz::model::Kind;
    /// assert_eq!(Kind::TrueFalse { answer: true, mistake: None }.id(), "true_false");
    /// ```
    pub fn id(&self) -> &'static str {
        match self {
            Kind::SingleChoice { .. } => "single_choice",
            Kind::MultiChoice { .. } => "multi_choice",
            Kind::TrueFalse { .. } => "true_false",
            Kind::Ordering { .. } => "ordering",
            Kind::FreeText { .. } => "free_text",
            Kind::Short { .. } => "short",
            Kind::Number { .. } => "number",
        }
    }
}

fn as_text<S: serde::Serializer>(value: &Value, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(value)
}

fn known_as_text<S: serde::Serializer>(known: &[Known<Value>], s: S) -> Result<S::Ok, S::Error> {
    let shown: Vec<Known<String>> = known
        .iter()
        .map(|k| Known {
            value: k.value.to_string(),
            mistake: k.mistake,
        })
        .collect();
    serde::Serialize::serialize(&shown, s)
}

/// The letter of a choice: 0 → `A`, 25 → `Z`, then `?`.
///
/// ```
/// use netdojo::quiz::model::letter;
/// assert_eq!(letter(1), 'B');
/// ```
pub fn letter(index: usize) -> char {
    u8::try_from(index)
        .ok()
        .filter(|&i| i < 26)
        .map_or('?', |i| char::from(b'A' + i))
}

/// A question, as a generator made it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    /// The skill it practises.
    pub skill: SkillId,
    /// How hard its numbers are.
    pub difficulty: Difficulty,
    /// What is asked.
    pub prompt: Text,
    /// The kind, with the answer and the mistakes behind wrong answers.
    #[serde(flatten)]
    pub kind: Kind,
    /// The working, step by step.
    pub explanation: Vec<Step>,
}

impl Question {
    /// Exactly what one would type to be right: a letter for a choice, `A, C` for
    /// several, `true`/`false`, letters in order, or the value itself.
    ///
    /// ```
    /// use netdojo::quiz::generators;
    /// use netdojo::quiz::model::Difficulty;
    /// let q = generators::generate_seeded("subnet.host_count", Difficulty::Hard, 1).unwrap();
    /// assert!(q.answer_text().parse::<u64>().is_ok());
    /// ```
    pub fn answer_text(&self) -> String {
        match &self.kind {
            Kind::SingleChoice { answer, .. } => letter(*answer).to_string(),
            Kind::MultiChoice { answers, .. } => answers
                .iter()
                .map(|&i| letter(i).to_string())
                .collect::<Vec<_>>()
                .join(", "),
            Kind::TrueFalse { answer, .. } => answer.to_string(),
            Kind::Ordering { order, .. } => order
                .iter()
                .map(|&i| letter(i).to_string())
                .collect::<Vec<_>>()
                .join(" "),
            Kind::FreeText { answer, .. } => answer.to_string(),
            Kind::Short { accepted } => accepted.first().cloned().unwrap_or_default(),
            Kind::Number {
                unit,
                answer,
                decimals,
                ..
            } => unit.show(&format_number(*answer, *decimals)),
        }
    }

    /// The right answer as a reader sees it: for choices the letter and the text.
    ///
    /// ```
    /// use netdojo::quiz::generators;
    /// use netdojo::quiz::model::Difficulty;
    /// let q = generators::generate_seeded("subnet.broadcast", Difficulty::Easy, 3).unwrap();
    /// assert!(q.answer_shown().en.starts_with(&q.answer_text()));
    /// ```
    pub fn answer_shown(&self) -> Text {
        let join = |choices: &[Choice], picked: &[usize], ja: bool| {
            picked
                .iter()
                .filter_map(|&i| {
                    choices.get(i).map(|c| {
                        let text = if ja { &c.text.ja } else { &c.text.en };
                        format!("{} ({text})", letter(i))
                    })
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        match &self.kind {
            Kind::SingleChoice { choices, answer } => Text::new(
                join(choices, &[*answer], false),
                join(choices, &[*answer], true),
            ),
            Kind::MultiChoice { choices, answers } => {
                Text::new(join(choices, answers, false), join(choices, answers, true))
            }
            Kind::TrueFalse { answer: true, .. } => Text::new("true", "true（正しい）"),
            Kind::TrueFalse { answer: false, .. } => Text::new("false", "false（誤り）"),
            Kind::Ordering { items, order } => {
                let pick = |ja: bool| {
                    order
                        .iter()
                        .filter_map(|&i| {
                            items.get(i).map(|t| {
                                let text = if ja { &t.ja } else { &t.en };
                                format!("{} ({text})", letter(i))
                            })
                        })
                        .collect::<Vec<_>>()
                        .join(" → ")
                };
                Text::new(pick(false), pick(true))
            }
            Kind::FreeText { .. } | Kind::Short { .. } | Kind::Number { .. } => {
                Text::same(self.answer_text())
            }
        }
    }

    /// The choices shown, for choice questions.
    ///
    /// ```
    /// use netdojo::quiz::generators;
    /// use netdojo::quiz::model::Difficulty;
    /// let q = generators::generate_seeded("route.lpm", Difficulty::Easy, 1).unwrap();
    /// assert!(q.choices().len() >= 2);
    /// ```
    pub fn choices(&self) -> &[Choice] {
        match &self.kind {
            Kind::SingleChoice { choices, .. } | Kind::MultiChoice { choices, .. } => choices,
            _ => &[],
        }
    }
}

/// A number with a fixed count of decimals, trailing zeros kept (`2.30`).
///
/// ```
/// use netdojo::quiz::model::format_number;
/// assert_eq!(format_number(2.3, 2), "2.30");
/// assert_eq!(format_number(1402.88, 0), "1403");
/// ```
pub fn format_number(value: f64, decimals: u8) -> String {
    format!("{value:.prec$}", prec = usize::from(decimals))
}

/// What a generator returns; the registry adds the skill and difficulty.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// What is asked.
    pub prompt: Text,
    /// The kind, with the answer.
    pub kind: Kind,
    /// The working.
    pub explanation: Vec<Step>,
}
