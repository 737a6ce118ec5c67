//! Question generators: one family per file, and the registry that maps each skill
//! id to its generator, module and description.
//!
//! ```text
//! ipv4.rs    M2  binary, integer, validity, counting a range, classifying
//! subnet.rs  M3  network, broadcast, host range, host count, contains, sizing, normalize
//! mask.rs    M3  mask ↔ prefix ↔ wildcard, mask validity
//! vpc.rs     M4  AWS block rules, usable addresses, reserved addresses, sizing, overlap
//! route.rs   M4  longest-prefix match, public or private subnet
//! ```
//!
//! Every generator takes a difficulty and the seeded ChaCha8 generator and draws its
//! numbers only through [`crate::quiz::draw`], so a seed gives the same question on
//! every machine and build.

mod ipv4;
mod mask;
mod route;
mod subnet;
mod vpc;

use rand_chacha::ChaCha8Rng;

use super::draw;
use super::mistake::Mistake;
use super::model::{Choice, Difficulty, Draft, Form, Kind, Known, Question, SkillId, Text, Value};

/// A generator: difficulty and generator in, question draft out.
type Make = fn(Difficulty, &mut ChaCha8Rng) -> Draft;

/// One practisable skill and its generator.
#[derive(Clone, Copy)]
pub struct Skill {
    /// The stable id, such as `subnet.broadcast`.
    pub id: SkillId,
    /// The curriculum module, such as `M3`.
    pub module: &'static str,
    /// What it practises, in English.
    pub en: &'static str,
    /// What it practises, in Japanese.
    pub ja: &'static str,
    make: Make,
}

impl std::fmt::Debug for Skill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Skill")
            .field("id", &self.id)
            .field("module", &self.module)
            .finish_non_exhaustive()
    }
}

impl Skill {
    /// Generates one question of this skill.
    ///
    /// ```
    /// use netdojo::quiz::{draw, generators};
    /// use netdojo::quiz::model::Difficulty;
    /// let skill = generators::find("subnet.network").unwrap();
    /// let q = skill.generate(Difficulty::Medium, &mut draw::rng_for_seed(7));
    /// assert_eq!(q.skill.as_str(), "subnet.network");
    /// ```
    pub fn generate(&self, difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Question {
        let Draft {
            prompt,
            kind,
            explanation,
        } = (self.make)(difficulty, rng);
        Question {
            skill: self.id,
            difficulty,
            prompt,
            kind,
            explanation,
        }
    }
}

const fn skill(
    id: &'static str,
    module: &'static str,
    en: &'static str,
    ja: &'static str,
    make: Make,
) -> Skill {
    Skill {
        id: SkillId(id),
        module,
        en,
        ja,
        make,
    }
}

/// Every skill with a generator, in curriculum order.
pub static SKILLS: &[Skill] = &[
    skill(
        "ipv4.to_binary",
        "M2",
        "dotted decimal ↔ binary",
        "10進ドット表記 ↔ 2進数",
        ipv4::to_binary,
    ),
    skill(
        "ipv4.to_integer",
        "M2",
        "dotted decimal ↔ 32-bit integer",
        "10進ドット表記 ↔ 32ビット整数",
        ipv4::to_integer,
    ),
    skill(
        "ipv4.valid",
        "M2",
        "is this a valid IPv4 address",
        "正しいIPv4アドレスか",
        ipv4::valid,
    ),
    skill(
        "ipv4.count_range",
        "M2",
        "addresses from X to Y inclusive",
        "XからYまで（両端を含む）のアドレス数",
        ipv4::count_range,
    ),
    skill(
        "ipv4.classify",
        "M2",
        "private, shared, loopback, link-local, documentation, multicast, reserved or public",
        "プライベート・共有・ループバック・リンクローカル・文書用・マルチキャスト・予約・パブリックの区別",
        ipv4::classify,
    ),
    skill(
        "subnet.network",
        "M3",
        "network address of a.b.c.d/n",
        "a.b.c.d/n のネットワークアドレス",
        subnet::network,
    ),
    skill(
        "subnet.broadcast",
        "M3",
        "broadcast address",
        "ブロードキャストアドレス",
        subnet::broadcast,
    ),
    skill(
        "subnet.first_last",
        "M3",
        "first and last usable host",
        "最初と最後の利用可能ホスト",
        subnet::first_last,
    ),
    skill(
        "subnet.host_count",
        "M3",
        "usable hosts, classic rule",
        "利用可能ホスト数（一般的なルール）",
        subnet::host_count,
    ),
    skill(
        "subnet.mask_prefix",
        "M3",
        "mask ↔ prefix ↔ wildcard",
        "マスク ↔ プレフィックス ↔ ワイルドカード",
        mask::mask_prefix,
    ),
    skill(
        "subnet.mask_valid",
        "M3",
        "is this mask valid (contiguous)",
        "正しいサブネットマスクか（1が連続しているか）",
        mask::mask_valid,
    ),
    skill(
        "subnet.contains",
        "M3",
        "is IP X in subnet Y",
        "IP X はサブネット Y に含まれるか",
        subnet::contains,
    ),
    skill(
        "subnet.smallest_prefix",
        "M3",
        "smallest prefix that fits H hosts (classic)",
        "H台のホストが入る最小のサブネット（一般的なルール）",
        subnet::smallest_prefix,
    ),
    skill(
        "subnet.normalize",
        "M3",
        "normalize a prefix with host bits set",
        "ホスト部のビットが立ったプレフィックスの正規化",
        subnet::normalize,
    ),
    skill(
        "vpc.cidr_valid",
        "M4",
        "is this CIDR allowed for a VPC or subnet (/16 to /28)",
        "VPC・サブネットに使えるCIDRか（/16〜/28）",
        vpc::cidr_valid,
    ),
    skill(
        "vpc.aws_usable",
        "M4",
        "usable addresses with AWS's 5 reserved",
        "AWSの予約5個を除いた利用可能アドレス数",
        vpc::aws_usable,
    ),
    skill(
        "vpc.reserved",
        "M4",
        "the 5 addresses AWS reserves",
        "AWSが予約する5個のアドレス",
        vpc::reserved,
    ),
    skill(
        "vpc.smallest_subnet",
        "M4",
        "smallest AWS subnet for H instances",
        "H台のインスタンスが入る最小のAWSサブネット",
        vpc::smallest_subnet,
    ),
    skill(
        "vpc.overlap",
        "M4",
        "do these CIDRs overlap",
        "CIDRが重なっているか",
        vpc::overlap,
    ),
    skill(
        "route.lpm",
        "M4",
        "longest-prefix match in a route table",
        "ルートテーブルの最長一致",
        route::lpm,
    ),
    skill(
        "route.public_private",
        "M4",
        "public or private subnet from its route table",
        "ルートテーブルからパブリックかプライベートかを判断",
        route::public_private,
    ),
];

/// The skill with this id.
///
/// ```
/// use netdojo::quiz::generators;
/// assert_eq!(generators::find("vpc.reserved").unwrap().module, "M4");
/// assert!(generators::find("vpc.nope").is_none());
/// ```
pub fn find(id: &str) -> Option<&'static Skill> {
    SKILLS.iter().find(|s| s.id.as_str() == id)
}

/// The modules that have skills, in curriculum order (`M2`, `M3`...).
///
/// ```
/// use netdojo::quiz::generators;
/// assert_eq!(generators::modules()[0], "M2");
/// ```
pub fn modules() -> Vec<&'static str> {
    let mut modules: Vec<&'static str> = Vec::new();
    for s in SKILLS {
        if !modules.contains(&s.module) {
            modules.push(s.module);
        }
    }
    modules
}

/// Generates one question of a skill.
///
/// ```
/// use netdojo::quiz::{draw, generators};
/// use netdojo::quiz::model::Difficulty;
/// let skill = generators::find("vpc.aws_usable").unwrap();
/// let q = generators::generate(skill, Difficulty::Hard, &mut draw::rng_for_seed(1));
/// assert_eq!(q.difficulty, Difficulty::Hard);
/// ```
pub fn generate(skill: &Skill, difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Question {
    skill.generate(difficulty, rng)
}

/// Generates one question of the skill with this id from a seed alone; `None` for an
/// unknown id.
///
/// ```
/// use netdojo::quiz::generators;
/// use netdojo::quiz::model::Difficulty;
/// let a = generators::generate_seeded("ipv4.valid", Difficulty::Easy, 9).unwrap();
/// let b = generators::generate_seeded("ipv4.valid", Difficulty::Easy, 9).unwrap();
/// assert_eq!(a, b);
/// ```
pub fn generate_seeded(id: &str, difficulty: Difficulty, seed: u64) -> Option<Question> {
    let skill = find(id)?;
    Some(skill.generate(difficulty, &mut draw::rng_for_seed(seed)))
}

/// A single-choice kind: the right text and up to `wrong_wanted` distractors taken in
/// order from `candidates` (skipping any equal to the right text or to an earlier
/// one), shuffled.
fn single_choice(
    rng: &mut ChaCha8Rng,
    right: Text,
    candidates: Vec<(Text, Mistake)>,
    wrong_wanted: usize,
) -> Kind {
    let mut choices = vec![Choice::right(right)];
    for (text, mistake) in candidates {
        if choices.len() > wrong_wanted {
            break;
        }
        if choices
            .iter()
            .all(|c| c.text.en != text.en && c.text.ja != text.ja)
        {
            choices.push(Choice::wrong(text, mistake));
        }
    }
    draw::shuffle(rng, &mut choices);
    let answer = choices
        .iter()
        .position(|c| c.mistake.is_none())
        .unwrap_or(0);
    Kind::SingleChoice { choices, answer }
}

/// A single choice over values shown the same in both languages.
fn value_choice(rng: &mut ChaCha8Rng, right: Value, candidates: Vec<(Value, Mistake)>) -> Kind {
    let candidates = candidates
        .into_iter()
        .map(|(v, m)| (Text::same(v.to_string()), m))
        .collect();
    single_choice(rng, Text::same(right.to_string()), candidates, 3)
}

/// A typed-answer kind; mistakes equal to the answer or to an earlier mistake are
/// dropped so each wrong value has one diagnosis.
fn free_text(form: Form, answer: Value, candidates: Vec<(Value, Mistake)>) -> Kind {
    let mut mistakes: Vec<Known<Value>> = Vec::new();
    for (value, mistake) in candidates {
        if value != answer && mistakes.iter().all(|k| k.value != value) {
            mistakes.push(Known { value, mistake });
        }
    }
    Kind::FreeText {
        form,
        answer,
        mistakes,
    }
}

/// Either a choice among values (easy and medium) or a typed value (hard).
fn choice_or_typed(
    rng: &mut ChaCha8Rng,
    typed: bool,
    form: Form,
    answer: Value,
    candidates: Vec<(Value, Mistake)>,
) -> Kind {
    if typed {
        free_text(form, answer, candidates)
    } else {
        value_choice(rng, answer, candidates)
    }
}

/// `true`/`false` in a sentence's language.
fn yes_no(answer: bool) -> Text {
    if answer {
        Text::new("true", "true（正しい）")
    } else {
        Text::new("false", "false（誤り）")
    }
}

/// The closing step of a true/false explanation.
fn so_answer(answer: bool) -> Text {
    let word = yes_no(answer);
    Text::new(
        format!("So the answer is {}.", word.en),
        format!("したがって答えは {}です。", word.ja),
    )
}

/// Formats a count with thousands separators: 65536 → `65,536`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut ids: Vec<&str> = SKILLS.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), before);
        for s in SKILLS {
            assert!(s.id.as_str().contains('.'), "{}", s.id);
            assert!(s.module.starts_with('M'));
            assert!(!s.en.is_empty() && !s.ja.is_empty());
        }
    }

    #[test]
    fn grouped_inserts_separators() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(65536), "65,536");
        assert_eq!(grouped(4294967296), "4,294,967,296");
    }
}
