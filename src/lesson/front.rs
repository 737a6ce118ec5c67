//! The TOML front matter: metadata and static questions.
//!
//! Serde reads the keys (unknown keys are refused with their line); this file then
//! turns each question's loosely typed `answer` into the typed [`QuestionKind`],
//! reporting every mismatch between a question's kind and its keys.

use serde::Deserialize;
use toml::Spanned;

use super::lines::LineMap;
use super::model::{Meta, MetaLines, Question, QuestionKind, Verify};
use super::source::Problem;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    format_version: Spanned<u32>,
    id: Spanned<String>,
    module: Spanned<String>,
    order: Spanned<u32>,
    title: Spanned<String>,
    #[serde(default)]
    summary: String,
    skills: Option<Spanned<Vec<String>>>,
    calculators: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    sources: Vec<String>,
    as_of: Option<Spanned<String>>,
    #[serde(default, rename = "question")]
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    prompt: String,
    choices: Option<Spanned<Vec<String>>>,
    answer: Option<Spanned<toml::Value>>,
    items: Option<Spanned<Vec<String>>>,
    accept: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    explanation: String,
    skill: Option<String>,
    verify: Option<RawVerify>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVerify {
    calc: String,
    input: String,
    field: String,
}

/// Reads the front matter `toml`, whose first line is line `first_line` of `file`.
/// Returns `None` when the TOML itself cannot be read; questions that cannot be
/// built are left out, each with a problem.
pub(crate) fn parse_front(
    toml_text: &str,
    first_line: usize,
    file: &str,
    problems: &mut Vec<Problem>,
) -> Option<Front> {
    let lines = LineMap::new(toml_text, first_line);
    let raw: RawMeta = match toml::from_str(toml_text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map_or(first_line, |span| lines.line(span.start));
            problems.push(Problem::new(file, line, toml_message(e.message())));
            return None;
        }
    };
    let at = |span: std::ops::Range<usize>| lines.line(span.start);
    let meta_lines = MetaLines {
        format_version: at(raw.format_version.span()),
        id: at(raw.id.span()),
        module: at(raw.module.span()),
        order: at(raw.order.span()),
        title: at(raw.title.span()),
        skills: raw.skills.as_ref().map_or(1, |s| at(s.span())),
        calculators: raw.calculators.as_ref().map_or(1, |s| at(s.span())),
        as_of: raw.as_of.as_ref().map_or(1, |s| at(s.span())),
    };
    let meta = Meta {
        format_version: raw.format_version.into_inner(),
        id: raw.id.into_inner(),
        module: raw.module.into_inner(),
        order: raw.order.into_inner(),
        title: raw.title.into_inner(),
        summary: raw.summary,
        skills: raw.skills.map(Spanned::into_inner).unwrap_or_default(),
        calculators: raw.calculators.map(Spanned::into_inner).unwrap_or_default(),
        sources: raw.sources,
        as_of: raw.as_of.map(Spanned::into_inner),
        lines: meta_lines,
    };
    let mut reader = QuestionReader {
        lines: &lines,
        file,
        problems,
    };
    let mut questions = Vec::new();
    let mut skipped = Vec::new();
    for raw_question in raw.questions {
        let id = raw_question.id.get_ref().clone();
        match reader.question(raw_question) {
            Some(q) => questions.push(q),
            None => skipped.push(id),
        }
    }
    Some(Front {
        meta,
        questions,
        skipped,
    })
}

/// What the front matter holds.
pub(crate) struct Front {
    pub(crate) meta: Meta,
    pub(crate) questions: Vec<Question>,
    /// Ids of questions left out because they could not be built (each has a problem).
    pub(crate) skipped: Vec<String>,
}

/// The first line of a TOML error, in the words of the lesson format (keys, whole
/// numbers) rather than those of serde (fields, u32).
fn toml_message(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message).trim();
    let worded = if let Some(rest) = first.strip_prefix("unknown field ") {
        format!("unknown key {rest}")
    } else if let Some(rest) = first.strip_prefix("missing field ") {
        format!("missing key {rest}")
    } else {
        first.to_owned()
    };
    worded.replace("expected u32", "expected a whole number from 0 up")
}

struct QuestionReader<'a> {
    lines: &'a LineMap,
    file: &'a str,
    problems: &'a mut Vec<Problem>,
}

impl QuestionReader<'_> {
    fn report(&mut self, line: usize, message: String) {
        self.problems.push(Problem::new(self.file, line, message));
    }

    fn line_of<T>(&self, value: &Spanned<T>) -> usize {
        self.lines.line(value.span().start)
    }

    fn question(&mut self, raw: RawQuestion) -> Option<Question> {
        let line = self.line_of(&raw.id);
        let id = raw.id.into_inner();
        let kind_line = self.line_of(&raw.kind);
        let kind_name = raw.kind.into_inner();
        let Some(kind) = Kind::from_name(&kind_name) else {
            self.report(
                kind_line,
                format!(
                    "question {id}: unknown kind \"{kind_name}\" (use choice, multi, true_false, order or short)"
                ),
            );
            return None;
        };
        let unused = [
            (
                "choices",
                raw.choices.as_ref().map(|v| self.line_of(v)),
                kind.takes_choices(),
            ),
            (
                "items",
                raw.items.as_ref().map(|v| self.line_of(v)),
                kind == Kind::Order,
            ),
            (
                "accept",
                raw.accept.as_ref().map(|v| self.line_of(v)),
                kind == Kind::Short,
            ),
            (
                "answer",
                raw.answer.as_ref().map(|v| self.line_of(v)),
                kind != Kind::Order,
            ),
        ];
        for (key, present, allowed) in unused {
            if let (Some(key_line), false) = (present, allowed) {
                let hint = if key == "answer" {
                    " (write the items in the correct order instead)"
                } else {
                    ""
                };
                self.report(
                    key_line,
                    format!(
                        "question {id}: {} question takes no `{key}`{hint}",
                        kind.article_name()
                    ),
                );
            }
        }
        let kind = self.kind(
            &id,
            line,
            kind,
            raw.choices,
            raw.answer,
            raw.items,
            raw.accept,
        )?;
        Some(Question {
            id,
            line,
            prompt: raw.prompt,
            kind,
            explanation: raw.explanation,
            skill: raw.skill,
            verify: raw.verify.map(|v| Verify {
                calc: v.calc,
                input: v.input,
                field: v.field,
            }),
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn kind(
        &mut self,
        id: &str,
        line: usize,
        kind: Kind,
        choices: Option<Spanned<Vec<String>>>,
        answer: Option<Spanned<toml::Value>>,
        items: Option<Spanned<Vec<String>>>,
        accept: Option<Spanned<Vec<String>>>,
    ) -> Option<QuestionKind> {
        let name = kind.article_name();
        if kind.takes_choices() && choices.is_none() {
            self.report(
                line,
                format!("question {id}: {name} question needs `choices`"),
            );
            return None;
        }
        if kind == Kind::Order {
            let Some(items) = items else {
                self.report(
                    line,
                    format!("question {id}: {name} question needs `items`"),
                );
                return None;
            };
            return Some(QuestionKind::Order {
                items: items.into_inner(),
            });
        }
        let Some(answer) = answer else {
            self.report(
                line,
                format!("question {id}: {name} question needs an `answer`"),
            );
            return None;
        };
        let answer_line = self.line_of(&answer);
        let value = answer.into_inner();
        let choices = choices.map(Spanned::into_inner).unwrap_or_default();
        let built = match kind {
            Kind::Choice => value
                .as_str()
                .and_then(letter_index)
                .map(|answer| QuestionKind::Choice { choices, answer }),
            Kind::Multi => value
                .as_array()
                .and_then(|letters| {
                    letters
                        .iter()
                        .map(|v| v.as_str().and_then(letter_index))
                        .collect::<Option<Vec<_>>>()
                })
                .map(|answers| QuestionKind::Multi { choices, answers }),
            Kind::TrueFalse => value
                .as_bool()
                .map(|answer| QuestionKind::TrueFalse { answer }),
            Kind::Short => {
                let text = match &value {
                    toml::Value::String(s) => Some(s.clone()),
                    toml::Value::Integer(n) => Some(n.to_string()),
                    toml::Value::Float(x) => Some(x.to_string()),
                    _ => None,
                };
                text.map(|answer| QuestionKind::Short {
                    answer,
                    accept: accept.map(Spanned::into_inner).unwrap_or_default(),
                })
            }
            Kind::Order => None,
        };
        if built.is_none() {
            let expected = match kind {
                Kind::Choice => "one choice letter in quotes, such as \"B\"",
                Kind::Multi => "a list of choice letters, such as [\"A\", \"C\"]",
                Kind::TrueFalse => "true or false, without quotes",
                _ => "the answer text in quotes",
            };
            self.report(
                answer_line,
                format!("question {id}: the answer of {name} question is {expected}"),
            );
        }
        built
    }
}

/// The kinds a file may name, before the answer is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Choice,
    Multi,
    TrueFalse,
    Order,
    Short,
}

impl Kind {
    fn from_name(name: &str) -> Option<Kind> {
        match name {
            "choice" => Some(Kind::Choice),
            "multi" => Some(Kind::Multi),
            "true_false" => Some(Kind::TrueFalse),
            "order" => Some(Kind::Order),
            "short" => Some(Kind::Short),
            _ => None,
        }
    }

    fn takes_choices(self) -> bool {
        matches!(self, Kind::Choice | Kind::Multi)
    }

    /// "a choice", "an order"... for messages.
    fn article_name(self) -> &'static str {
        match self {
            Kind::Choice => "a choice",
            Kind::Multi => "a multi",
            Kind::TrueFalse => "a true_false",
            Kind::Order => "an order",
            Kind::Short => "a short",
        }
    }
}

/// `"A"` → 0, `"b"` → 1; anything but one ASCII letter → `None`.
fn letter_index(letter: &str) -> Option<usize> {
    let mut chars = letter.trim().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => u8::try_from(c.to_ascii_uppercase())
            .ok()
            .map(|b| usize::from(b - b'A')),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_map_to_indexes_in_either_case() {
        assert_eq!(letter_index("A"), Some(0));
        assert_eq!(letter_index("d"), Some(3));
        assert_eq!(letter_index("AB"), None);
        assert_eq!(letter_index("1"), None);
        assert_eq!(letter_index(""), None);
    }
}
