//! The pack as Moodle GIFT, so a school can run it in Moodle at any scale.
//!
//! - A `same` pack gives one question per slot in one category named after the
//!   pack (Moodle shuffles choices itself).
//! - A `variant` pack gives, for each generated entry, its own category holding
//!   every copy of `variants` students (`variant 1`, `variant 2`...), so a quiz
//!   can draw random questions from it; static questions stay in the pack's
//!   category.
//! - Choice questions carry the diagnosis of each wrong choice as its feedback,
//!   typed answers list the equivalent forms netdojo accepts and the values of
//!   known mistakes at 0% with their diagnosis; the worked explanation is the
//!   general feedback.
//! - Items to order become a short answer: the letters in the right order.
//!
//! In GIFT text the characters `~ = # { } :` and the backslash are escaped with a
//! backslash, and a line break is written `\n` ([`escape`]).

use std::fmt::Write as _;

use super::exam::{Body, BuildError, Exam, ExamQuestion};
use super::pack::{Entry, Mode, Pack, Shuffle};
use crate::lang::Lang;
use crate::lesson::{Library, QuestionKind, choice_letter};
use crate::quiz::model::{Form, Kind, Value, format_number};

/// Escapes text for GIFT: `~ = # { } :` and `\` get a backslash, line breaks
/// become `\n`.
///
/// ```
/// use netdojo::classroom::gift::escape;
/// assert_eq!(escape("a=b {c} ~d #e: f\\g\nh"), "a\\=b \\{c\\} \\~d \\#e\\: f\\\\g\\nh");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// A category name: `/` separates levels in Moodle, so a slash in a name is
/// doubled; line breaks become spaces.
fn category_name(text: &str) -> String {
    text.replace('/', "//").replace(['\n', '\r'], " ")
}

/// Writes the pack as GIFT in `lang`, with `variants` students' copies of each
/// generated question in a `variant` pack.
///
/// ```
/// use netdojo::classroom::{gift::gift, pack};
/// use netdojo::lang::Lang;
/// use netdojo::lesson::{Library, load};
/// let (library, _) = Library::from_sources(&load::embedded());
/// let text = gift(&pack::starter(), &library, Lang::En, 2).unwrap();
/// assert!(text.contains("$CATEGORY: $course$/My first pack/1 subnet.broadcast\n"));
/// assert_eq!(text.matches("::1.1 variant ").count(), 2);
/// ```
pub fn gift(
    pack: &Pack,
    library: &Library,
    lang: Lang,
    variants: usize,
) -> Result<String, BuildError> {
    let mut out = String::new();
    let title = category_name(&pack.title);
    let _ = writeln!(out, "// {}", pack.title.replace('\n', " "));
    match pack.mode {
        Mode::Same => {
            let _ = writeln!(
                out,
                "// netdojo pack, seed {}, same questions for everyone",
                pack.seed
            );
        }
        Mode::Variant => {
            let _ = writeln!(
                out,
                "// netdojo pack, seed {}, {variants} variants of each generated question",
                pack.seed
            );
        }
    }
    let _ = writeln!(out, "\n$CATEGORY: $course$/{title}\n");
    match pack.mode {
        Mode::Same => {
            let exam = Exam::build(pack, library, None)?;
            for q in &exam.questions {
                question(&mut out, q, &format!("{} {}", q.slot, q.source), lang);
            }
        }
        Mode::Variant => {
            // Moodle shuffles by itself: every variant keeps the written order.
            let mut unshuffled = pack.clone();
            unshuffled.shuffle = Shuffle::default();
            let exams = (1..=variants)
                .map(|j| Exam::build(&unshuffled, library, Some(&format!("variant {j}"))))
                .collect::<Result<Vec<Exam>, BuildError>>()?;
            let first = exams.first();
            // Static questions are the same in every variant: once each.
            for q in first.iter().flat_map(|e| &e.questions) {
                if matches!(q.body, Body::Static(_)) {
                    question(&mut out, q, &format!("{} {}", q.slot, q.source), lang);
                }
            }
            for (e, entry) in pack.questions.iter().enumerate() {
                let Entry::Generated { skill, .. } = entry else {
                    continue;
                };
                let _ = writeln!(
                    out,
                    "$CATEGORY: $course$/{title}/{} {}\n",
                    e + 1,
                    category_name(skill)
                );
                for (j, exam) in exams.iter().enumerate() {
                    for q in exam.questions.iter().filter(|q| q.entry == e) {
                        question(&mut out, q, &format!("{} variant {}", q.slot, j + 1), lang);
                    }
                }
            }
        }
    }
    Ok(out)
}

/// One question, its answers and its feedback, then a blank line.
fn question(out: &mut String, q: &ExamQuestion, name: &str, lang: Lang) {
    let mut text = q.prompt(lang).to_owned();
    let answers = match &q.body {
        Body::Generated(generated) => generated_answers(&generated.kind, q, lang, &mut text),
        Body::Static(s) => {
            let written = if lang == Lang::Ja { &s.ja } else { &s.en };
            static_answers(&written.kind, q, lang, &mut text)
        }
    };
    let feedback = escape(&q.explanation(lang).join("\n"));
    let _ = writeln!(out, "::{}::{}{{", escape(name), escape(&text));
    for line in answers {
        let _ = writeln!(out, "\t{line}");
    }
    let _ = writeln!(out, "\t####{feedback}\n}}\n");
}

/// Lists items to order under the prompt, lettered.
fn list_items(text: &mut String, items: &[String]) {
    for (i, item) in items.iter().enumerate() {
        let _ = write!(text, "\n{}. {item}", choice_letter(i));
    }
}

/// The answers of an order: the letters, with and without separators.
fn order_answers(letters: &str) -> Vec<String> {
    let compact: String = letters.split(' ').collect();
    let commas = letters.split(' ').collect::<Vec<_>>().join(", ");
    vec![
        format!("={}", escape(letters)),
        format!("={}", escape(&compact)),
        format!("={}", escape(&commas)),
    ]
}

/// Moodle's weight for one of `n` right answers of a multiple-answer question
/// (it accepts only some percentages).
fn share(n: usize) -> &'static str {
    match n {
        1 => "100",
        2 => "50",
        3 => "33.33333",
        4 => "25",
        5 => "20",
        6 => "16.66667",
        7 => "14.28571",
        8 => "12.5",
        9 => "11.11111",
        _ => "10",
    }
}

fn generated_answers(kind: &Kind, q: &ExamQuestion, lang: Lang, text: &mut String) -> Vec<String> {
    let diagnosis = |m: &crate::quiz::mistake::Mistake| {
        let d = m.diagnosis();
        escape(lang.pick(&d.en, &d.ja))
    };
    match kind {
        Kind::SingleChoice { choices, answer } => choices
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let shown = escape(lang.pick(&c.text.en, &c.text.ja));
                match (&c.mistake, i == *answer) {
                    (_, true) => format!("={shown}"),
                    (Some(m), false) => format!("~{shown}#{}", diagnosis(m)),
                    (None, false) => format!("~{shown}"),
                }
            })
            .collect(),
        Kind::MultiChoice { choices, answers } => choices
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let shown = escape(lang.pick(&c.text.en, &c.text.ja));
                if answers.contains(&i) {
                    format!("~%{}%{shown}", share(answers.len()))
                } else {
                    let fb = c.mistake.as_ref().map(|m| format!("#{}", diagnosis(m)));
                    format!("~%-100%{shown}{}", fb.unwrap_or_default())
                }
            })
            .collect(),
        Kind::TrueFalse { answer, mistake } => {
            let word = if *answer { "TRUE" } else { "FALSE" };
            match mistake {
                Some(m) => vec![format!("{word}#{}", diagnosis(m))],
                None => vec![word.to_owned()],
            }
        }
        Kind::Ordering { items, .. } => {
            let shown: Vec<String> = items
                .iter()
                .map(|t| lang.pick(&t.en, &t.ja).to_owned())
                .collect();
            list_items(text, &shown);
            order_answers(&q.answer_text(lang))
        }
        Kind::FreeText {
            form,
            answer,
            mistakes,
        } => {
            let mut lines: Vec<String> = forms(*form, *answer)
                .iter()
                .map(|f| format!("={}", escape(f)))
                .collect();
            for known in mistakes {
                lines.push(format!(
                    "=%0%{}#{}",
                    escape(&known.value.to_string()),
                    diagnosis(&known.mistake)
                ));
            }
            lines
        }
        Kind::Short { accepted } => accepted.iter().map(|a| format!("={}", escape(a))).collect(),
        Kind::Number {
            answer,
            tolerance,
            decimals,
            mistakes,
            ..
        } => {
            let number = |v: f64| format_number(v, decimals.saturating_add(2));
            let mut lines = vec![format!("#={}:{}", number(*answer), number(*tolerance))];
            for known in mistakes {
                lines.push(format!(
                    "=%0%{}:{}#{}",
                    number(known.value),
                    number(*tolerance),
                    diagnosis(&known.mistake)
                ));
            }
            lines
        }
    }
}

/// Every spelling of a value that netdojo accepts and Moodle can match exactly.
fn forms(form: Form, value: Value) -> Vec<String> {
    let mut all = vec![value.to_string()];
    match (form, value) {
        (Form::Network, Value::Net(net)) => all.push(net.addr().to_string()),
        (Form::Netmask { slash_ok: true }, Value::Mask(p)) => {
            all.push(format!("/{p}"));
            all.push(p.to_string());
        }
        (Form::PrefixLen { mask_ok }, Value::Prefix(p)) => {
            all.push(p.to_string());
            if mask_ok {
                all.push(Value::Mask(p).to_string());
            }
        }
        (Form::Integer, Value::Integer(n)) if n >= 1000 => {
            let digits = n.to_string();
            let mut grouped = String::new();
            for (i, ch) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(ch);
            }
            all.push(grouped);
        }
        (Form::Binary { octets: 4 }, Value::Bits { .. }) => {
            all.push(value.to_string().replace('.', ""))
        }
        (Form::AddressRange, Value::Range(a, b)) => {
            all.push(format!("{a}-{b}"));
            all.push(format!("{a} to {b}"));
        }
        _ => {}
    }
    all
}

fn static_answers(
    kind: &QuestionKind,
    q: &ExamQuestion,
    lang: Lang,
    text: &mut String,
) -> Vec<String> {
    let entries = q.entries(lang);
    let right_letters = q.answer_text(lang);
    let is_right = |i: usize| right_letters.split(", ").any(|l| l == choice_letter(i));
    match kind {
        QuestionKind::Choice { .. } => entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mark = if is_right(i) { '=' } else { '~' };
                format!("{mark}{}", escape(e))
            })
            .collect(),
        QuestionKind::Multi { .. } => {
            let right = right_letters.split(", ").count();
            entries
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let weight = if is_right(i) { share(right) } else { "-100" };
                    format!("~%{weight}%{}", escape(e))
                })
                .collect()
        }
        QuestionKind::TrueFalse { answer } => {
            vec![if *answer { "TRUE" } else { "FALSE" }.to_owned()]
        }
        QuestionKind::Order { .. } => {
            list_items(text, &entries);
            order_answers(&right_letters)
        }
        QuestionKind::Short { answer, accept } => {
            let mut all: Vec<String> = Vec::new();
            let other = q.answer_text(lang.other());
            for a in std::iter::once(answer)
                .chain(accept)
                .chain(std::iter::once(&other))
            {
                if !all.contains(a) {
                    all.push(a.clone());
                }
            }
            all.iter().map(|a| format!("={}", escape(a))).collect()
        }
    }
}
