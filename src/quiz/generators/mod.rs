//! Question generators: one family per file, and the registry that maps each skill
//! id to its generator, module and description.
//!
//! ```text
//! ipv4.rs    M2  binary, integer, validity, counting a range, classifying
//! subnet.rs  M3  network, broadcast, host range, host count, contains, sizing, normalize
//! mask.rs    M3  mask ↔ prefix ↔ wildcard, mask validity
//! vpc.rs     M4  AWS block rules, usable addresses, reserved addresses, sizing, overlap
//! route.rs   M4  longest-prefix match, public or private subnet
//! split.rs   M3  equal split of a block, summarizing contiguous networks
//! ports.rs   M7  port ranges, services, Linux ephemeral ports, public IPv4 cost
//! dns.rs     M8  domain levels, TLD kinds, registrable domain, name rules, TTL, MX, lookup order
//! weighted.rs M9 Route 53 weighted routing shares
//! tcpip.rs   M11, M12  TCP sequence/ACK numbers, TTL, layers, HTTP status classes
//! fragment.rs M11 IPv4 fragment counts and offsets
//! http.rs    M12 parts of a request, what is wrong with a request
//! s3.rs      M14 multipart part counts, monthly storage cost
//! avail.rs   M16 series/parallel, k-of-n, downtime for nines, MTBF/MTTR, N+k sizing
//! observed.rs M16 availability and nines from observed downtime
//! zones.rs   M16 servers per AZ to survive an AZ loss, capacity left after one
//! balance.rs M17 round robin over healthy targets
//! monitor.rs M18 when an M-out-of-N alarm changes state
//! iam.rs     M19 Allow or Deny for a request against policy statements
//! billing.rs M5  EC2 per-second billing with the 60-second minimum
//! firewall.rs M7 security-group and network-ACL decisions on one packet
//! ec2.rs     M5  instance type names decoded, how sizes of one family compare
//! edge.rs    M15 names a certificate covers, CDN origin fetches and hit ratio
//! ```
//!
//! Every generator takes a difficulty and the seeded ChaCha8 generator and draws its
//! numbers only through [`crate::quiz::draw`], so a seed gives the same question on
//! every machine and build.

mod avail;
mod dns;
mod ec2;
mod edge;
mod firewall;
mod fragment;
mod http;
mod ipv4;
mod mask;
mod ports;
mod route;
mod s3;
mod split;
mod subnet;
mod tcpip;
mod vpc;
mod weighted;
// Availability over AZs, load balancing, monitoring and IAM.
mod balance;
mod billing;
mod iam;
mod monitor;
mod observed;
mod zones;

use rand_chacha::ChaCha8Rng;

use super::draw;
use super::mistake::Mistake;
use super::model::{Choice, Difficulty, Draft, Form, Kind, Known, Question, SkillId, Text, Value};
use crate::lesson::skills as catalog;

/// Draws with `draw` until it gives a scenario, `tries` times at most, then once
/// from the fixed seed `fallback` (each generator's tests check that this seed
/// draws one), so that a question always stays in its own skill.
fn redraw<T>(
    rng: &mut ChaCha8Rng,
    tries: usize,
    fallback: u64,
    mut draw: impl FnMut(&mut ChaCha8Rng) -> Option<T>,
) -> Option<T> {
    (0..tries)
        .find_map(|_| draw(rng))
        .or_else(|| draw(&mut draw::rng_for_seed(fallback)))
}

/// A generator: difficulty and generator in, question draft out.
type Make = fn(Difficulty, &mut ChaCha8Rng) -> Draft;

/// One practisable skill and its generator. Its module and description come from
/// the skill catalog that lessons use ([`crate::lesson::skills`]), so the two never
/// disagree.
#[derive(Clone, Copy)]
pub struct Skill {
    /// The stable id, such as `subnet.broadcast`.
    pub id: SkillId,
    make: Make,
}

impl std::fmt::Debug for Skill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Skill")
            .field("id", &self.id)
            .field("module", &self.module())
            .finish_non_exhaustive()
    }
}

impl Skill {
    /// The curriculum module, such as `M3`.
    ///
    /// ```
    /// use netdojo::quiz::generators;
    /// assert_eq!(generators::find("route.lpm").unwrap().module(), "M4");
    /// ```
    pub fn module(&self) -> &'static str {
        catalog::find(self.id.as_str()).map_or("", |s| s.module)
    }

    /// What the skill practises, in English and Japanese.
    ///
    /// ```
    /// use netdojo::quiz::generators;
    /// assert_eq!(generators::find("subnet.broadcast").unwrap().describe().en, "broadcast address");
    /// ```
    pub fn describe(&self) -> Text {
        catalog::find(self.id.as_str()).map_or_else(|| Text::same(""), |s| Text::new(s.en, s.ja))
    }

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

const fn skill(id: &'static str, make: Make) -> Skill {
    Skill {
        id: SkillId(id),
        make,
    }
}

/// Every skill with a generator, in curriculum order.
pub static SKILLS: &[Skill] = &[
    skill("ipv4.to_binary", ipv4::to_binary),
    skill("ipv4.to_integer", ipv4::to_integer),
    skill("ipv4.valid", ipv4::valid),
    skill("ipv4.count_range", ipv4::count_range),
    skill("ipv4.classify", ipv4::classify),
    skill("subnet.network", subnet::network),
    skill("subnet.broadcast", subnet::broadcast),
    skill("subnet.first_last", subnet::first_last),
    skill("subnet.host_count", subnet::host_count),
    skill("subnet.mask_prefix", mask::mask_prefix),
    skill("subnet.mask_valid", mask::mask_valid),
    skill("subnet.contains", subnet::contains),
    skill("subnet.smallest_prefix", subnet::smallest_prefix),
    skill("subnet.split", split::split),
    skill("subnet.aggregate", split::aggregate),
    skill("subnet.normalize", subnet::normalize),
    skill("vpc.cidr_valid", vpc::cidr_valid),
    skill("vpc.aws_usable", vpc::aws_usable),
    skill("vpc.reserved", vpc::reserved),
    skill("vpc.smallest_subnet", vpc::smallest_subnet),
    skill("vpc.overlap", vpc::overlap),
    skill("route.lpm", route::lpm),
    skill("route.public_private", route::public_private),
    skill("port.range", ports::range),
    skill("port.service", ports::service),
    skill("port.ephemeral", ports::ephemeral),
    skill("ipv4cost.monthly", ports::ipv4_monthly),
    skill("dns.levels", dns::levels_of),
    skill("dns.tld_kind", dns::tld_kind),
    skill("dns.registrable", dns::registrable),
    skill("dns.label_valid", dns::label_valid),
    skill("dns.resolution_order", dns::resolution_order),
    skill("dns.ttl", dns::ttl),
    skill("dns.mx", dns::mx),
    skill("r53.weighted", weighted::weighted),
    skill("tcp.seq_ack", tcpip::seq_ack),
    skill("tcpip.layer", tcpip::layer),
    skill("ip.ttl", tcpip::ttl),
    skill("ip.fragment", fragment::fragment),
    skill("http.parts", http::parts),
    skill("http.problem", http::problem),
    skill("http.status_class", tcpip::status_class),
    skill("s3.cost", s3::cost),
    skill("s3.parts", s3::parts),
    skill("avail.mtbf_mttr", avail::mtbf_mttr),
    skill("avail.series_parallel", avail::series_parallel),
    skill("avail.k_of_n", avail::k_of_n),
    skill("avail.downtime", avail::downtime),
    skill("avail.n_plus", avail::n_plus),
    // Availability over AZs, load balancing, monitoring and IAM.
    skill("avail.observed", observed::observed),
    skill("avail.multi_az", zones::multi_az),
    skill("lb.round_robin", balance::round_robin_share),
    skill("cw.alarm", monitor::alarm),
    skill("iam.evaluate", iam::evaluate_request),
    skill("ec2.billing", billing::billing),
    // AWS compute, firewalls, databases and edge.
    skill("sg.evaluate", firewall::sg_evaluate),
    skill("nacl.evaluate", firewall::nacl_evaluate),
    skill("ec2.decode", ec2::decode),
    skill("ec2.size_ratio", ec2::size_ratio),
    skill("cert.covers", edge::cert_covers),
    skill("cdn.hit_ratio", edge::hit_ratio),
];

/// The skill with this id.
///
/// ```
/// use netdojo::quiz::generators;
/// assert_eq!(generators::find("vpc.reserved").unwrap().module(), "M4");
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
/// assert_eq!(generators::modules()[3], "M5");
/// ```
pub fn modules() -> Vec<&'static str> {
    let mut modules: Vec<&'static str> = Vec::new();
    for s in SKILLS {
        if !modules.contains(&s.module()) {
            modules.push(s.module());
        }
    }
    // Skills are listed in the order they were added; modules go by number.
    modules.sort_by_key(|m| m.trim_start_matches('M').parse::<u32>().unwrap_or(u32::MAX));
    // Skills added later sit at the end of the list: order by the module's number.
    modules.sort_by_key(|m| m.get(1..).and_then(|n| n.parse::<u32>().ok()));
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

/// A one-line error message as a sentence: capital first letter, full stop.
fn sentence(line: &str) -> String {
    let mut chars = line.chars();
    chars.next().map_or_else(String::new, |first| {
        format!("{}{}.", first.to_uppercase(), chars.as_str())
    })
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
            assert!(
                s.module().starts_with('M'),
                "{} is not in the skill catalog",
                s.id
            );
            assert!(!s.describe().en.is_empty() && !s.describe().ja.is_empty());
        }
    }

    #[test]
    fn sentence_capitalizes_and_ends_with_a_stop() {
        assert_eq!(sentence("label 3 is empty"), "Label 3 is empty.");
        assert_eq!(sentence(""), "");
    }

    #[test]
    fn grouped_inserts_separators() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(65536), "65,536");
        assert_eq!(grouped(4294967296), "4,294,967,296");
    }
}
