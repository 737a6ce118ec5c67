//! Reading a pack: JSON text in, a [`Pack`] or every problem found out.
//!
//! The text is parsed as plain JSON first (a syntax error is located by line and
//! column), then walked key by key so that each problem names the exact place with
//! a JSON pointer (RFC 6901): `/questions/2/skill`. Unknown keys are problems too,
//! so a misspelt key is never silently ignored.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

use super::{
    Allow, Entry, FORMAT_VERSION, Feedback, Inline, InlineKind, MAX_COUNT, MAX_POINTS,
    MAX_QUESTIONS, MAX_SEED, Mode, Pack, REQUIRED, Shuffle, TIME_LIMITS, TimeLimit,
};
use crate::lang::Lang;
use crate::lesson::{Library, skills};
use crate::quiz::answer::{parse_choice, parse_choice_set};
use crate::quiz::generators;
use crate::quiz::model::{Difficulty, Text};

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Where {
    /// A syntax error, 1-based.
    Syntax {
        /// The line.
        line: usize,
        /// The column.
        column: usize,
    },
    /// A JSON pointer to the value (empty for the whole pack).
    Pointer(String),
}

/// One problem of a pack.
///
/// ```
/// use netdojo::classroom::pack::{Problem, Where};
/// let p = Problem { at: Where::Pointer("/seed".into()), message: "bad".into() };
/// assert_eq!(p.to_string(), "/seed: bad");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where it is.
    pub at: Where,
    /// What is wrong and what would be right.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Where::Syntax { line, column } => write!(f, "{line}:{column}: {}", self.message),
            Where::Pointer(p) if p.is_empty() => write!(f, "top level: {}", self.message),
            Where::Pointer(p) => write!(f, "{p}: {}", self.message),
        }
    }
}

/// Reads a pack, checking every rule; lesson questions are looked up in `library`.
///
/// ```
/// use netdojo::classroom::pack::read;
/// use netdojo::lesson::Library;
/// let text = r#"{"format_version": 1, "title": "T", "languages": ["en"], "seed": 1,
///   "mode": "same", "questions": [{"source": "generated", "skill": "subnet.nope",
///   "difficulty": "easy", "count": 0}]}"#;
/// let problems = read(text, &Library::default()).unwrap_err();
/// assert_eq!(problems[0].to_string(), "/questions/0/skill: \"subnet.nope\" is not a skill with a question generator");
/// assert_eq!(problems[1].to_string(), "/questions/0/count: expected a whole number from 1 to 100, found 0");
/// ```
pub fn read(text: &str, library: &Library) -> Result<Pack, Vec<Problem>> {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            return Err(vec![Problem {
                at: Where::Syntax {
                    line: e.line(),
                    column: e.column(),
                },
                message: syntax_message(&e),
            }]);
        }
    };
    let mut reader = Reader {
        problems: Vec::new(),
        library,
        languages: vec![Lang::En],
    };
    let pack = reader.pack(&value);
    match pack {
        Some(pack) if reader.problems.is_empty() => Ok(pack),
        _ => Err(reader.problems),
    }
}

/// serde_json's message without its own " at line L column C" tail.
fn syntax_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let tail = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&tail).unwrap_or(&full);
    format!("not valid JSON: {message}")
}

/// A JSON pointer with one more step, escaped per RFC 6901.
fn child(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"))
}

fn index(pointer: &str, i: usize) -> String {
    format!("{pointer}/{i}")
}

/// A value as a message shows it.
fn shown(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            let short: String = s.chars().take(40).collect();
            if short.len() < s.len() {
                format!("{:?}", format!("{short}..."))
            } else {
                format!("{s:?}")
            }
        }
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

/// A list of words as `a, b or c`.
fn either(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

struct Reader<'a> {
    problems: Vec<Problem>,
    library: &'a Library,
    languages: Vec<Lang>,
}

/// An object being read: its keys are checked off as they are read, and the rest
/// are reported as unknown by [`Reader::done`].
struct Obj<'v> {
    map: &'v Map<String, Value>,
    pointer: String,
    known: Vec<&'static str>,
}

impl<'v> Obj<'v> {
    fn get(&mut self, key: &'static str) -> Option<(&'v Value, String)> {
        self.known.push(key);
        self.map.get(key).map(|v| (v, child(&self.pointer, key)))
    }
}

impl Reader<'_> {
    fn problem(&mut self, pointer: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            at: Where::Pointer(pointer.to_owned()),
            message: message.into(),
        });
    }

    fn object<'v>(&mut self, value: &'v Value, pointer: &str, what: &str) -> Option<Obj<'v>> {
        match value {
            Value::Object(map) => Some(Obj {
                map,
                pointer: pointer.to_owned(),
                known: Vec::new(),
            }),
            other => {
                self.problem(
                    pointer,
                    format!("expected {what} (a JSON object), found {}", shown(other)),
                );
                None
            }
        }
    }

    /// Reports the keys of `obj` that were never asked for.
    fn done(&mut self, obj: &Obj<'_>) {
        for key in obj.map.keys() {
            if !obj.known.contains(&key.as_str()) {
                let message = format!("unknown key (known here: {})", obj.known.join(", "));
                self.problem(&child(&obj.pointer, key), message);
            }
        }
    }

    fn required<'v>(
        &mut self,
        obj: &mut Obj<'v>,
        key: &'static str,
    ) -> Option<(&'v Value, String)> {
        let found = obj.get(key);
        if found.is_none() {
            let pointer = obj.pointer.clone();
            self.problem(&pointer, format!("missing key \"{key}\""));
        }
        found
    }

    fn text(&mut self, value: &Value, pointer: &str) -> Option<String> {
        match value {
            Value::String(s) if s.trim().is_empty() => {
                self.problem(pointer, "the text is empty");
                None
            }
            Value::String(s) => Some(s.clone()),
            other => {
                self.problem(pointer, format!("expected a text, found {}", shown(other)));
                None
            }
        }
    }

    fn boolean(&mut self, value: &Value, pointer: &str) -> Option<bool> {
        match value {
            Value::Bool(b) => Some(*b),
            other => {
                self.problem(
                    pointer,
                    format!("expected true or false, found {}", shown(other)),
                );
                None
            }
        }
    }

    fn whole(&mut self, value: &Value, pointer: &str, low: u64, high: u64) -> Option<u64> {
        match value.as_u64() {
            Some(n) if (low..=high).contains(&n) => Some(n),
            _ => {
                self.problem(
                    pointer,
                    format!(
                        "expected a whole number from {low} to {high}, found {}",
                        shown(value)
                    ),
                );
                None
            }
        }
    }

    fn list<'v>(&mut self, value: &'v Value, pointer: &str) -> Option<&'v Vec<Value>> {
        match value {
            Value::Array(items) => Some(items),
            other => {
                self.problem(pointer, format!("expected a list, found {}", shown(other)));
                None
            }
        }
    }

    /// A word out of a fixed set.
    fn word(&mut self, value: &Value, pointer: &str, what: &str, words: &[&str]) -> Option<usize> {
        let found = value
            .as_str()
            .and_then(|s| words.iter().position(|w| *w == s));
        if found.is_none() {
            let message = format!("{} is not {what}: use {}", shown(value), either(words));
            self.problem(pointer, message);
        }
        found
    }

    /// Points, from 1 to [`MAX_POINTS`].
    fn points(&mut self, value: &Value, pointer: &str) -> Option<u32> {
        self.whole(value, pointer, 1, u64::from(MAX_POINTS))
            .and_then(|n| u32::try_from(n).ok())
    }

    /// A text in the pack's languages: a plain string (the same in each) or an
    /// object with one text per language.
    fn local(&mut self, value: &Value, pointer: &str) -> Option<Text> {
        match value {
            Value::String(_) => self.text(value, pointer).map(Text::same),
            Value::Object(_) => {
                let mut obj = self.object(value, pointer, "a text")?;
                let mut found: BTreeMap<Lang, String> = BTreeMap::new();
                for lang in Lang::ALL {
                    if let Some((v, p)) = obj.get(lang.code()) {
                        if let Some(text) = self.text(v, &p) {
                            found.insert(lang, text);
                        }
                    }
                }
                self.done(&obj);
                for lang in self.languages.clone() {
                    if !obj.map.contains_key(lang.code()) {
                        let message = format!(
                            "no {} text (\"{}\"): the pack's languages are {}",
                            lang.english_name(),
                            lang.code(),
                            self.language_list()
                        );
                        self.problem(pointer, message);
                    }
                }
                let en = found.get(&Lang::En).or_else(|| found.get(&Lang::Ja))?;
                let ja = found.get(&Lang::Ja).unwrap_or(en);
                Some(Text::new(en.clone(), ja.clone()))
            }
            other => {
                self.problem(
                    pointer,
                    format!(
                        "expected a text, or an object of texts by language (\"en\", \"ja\"), found {}",
                        shown(other)
                    ),
                );
                None
            }
        }
    }

    fn language_list(&self) -> String {
        self.languages
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn pack(&mut self, value: &Value) -> Option<Pack> {
        let mut obj = self.object(value, "", "a pack")?;
        let mut present = true;
        for key in REQUIRED {
            if !obj.map.contains_key(key) {
                self.problem("", format!("missing key \"{key}\""));
                present = false;
            }
        }
        let version = obj
            .get("format_version")
            .and_then(|(v, p)| match v.as_u64() {
                Some(n) if n == u64::from(FORMAT_VERSION) => Some(FORMAT_VERSION),
                _ => {
                    self.problem(
                        &p,
                        format!(
                            "this netdojo reads format version {FORMAT_VERSION}, found {}",
                            shown(v)
                        ),
                    );
                    None
                }
            });
        let title = obj.get("title").and_then(|(v, p)| self.text(v, &p));
        let description = match obj.get("description") {
            Some((v, p)) => self.description(v, &p),
            None => Some(String::new()),
        };
        let languages = obj
            .get("languages")
            .and_then(|(v, p)| self.languages_of(v, &p));
        if let Some(langs) = &languages {
            self.languages = langs.clone();
        }
        let seed = obj
            .get("seed")
            .and_then(|(v, p)| self.whole(v, &p, 0, MAX_SEED));
        let mode = obj.get("mode").and_then(|(v, p)| {
            self.word(v, &p, "a mode", &["same", "variant"])
                .map(|i| if i == 0 { Mode::Same } else { Mode::Variant })
        });
        let shuffle = match obj.get("shuffle") {
            Some((v, p)) => self.shuffle(v, &p),
            None => Some(Shuffle::default()),
        };
        let time_limit = match obj.get("time_limit") {
            Some((v, p)) => self.time_limit(v, &p),
            None => Some(TimeLimit::default()),
        };
        let points = match obj.get("points") {
            Some((v, p)) => self.points(v, &p),
            None => Some(1),
        };
        let feedback = match obj.get("feedback") {
            Some((v, p)) => self
                .word(v, &p, "a feedback policy", &["each", "end"])
                .map(|i| {
                    if i == 0 {
                        Feedback::Each
                    } else {
                        Feedback::End
                    }
                }),
            None => Some(Feedback::End),
        };
        let allow = match obj.get("allow") {
            Some((v, p)) => self.allow(v, &p),
            None => Some(Allow::default()),
        };
        let questions = obj
            .get("questions")
            .and_then(|(v, p)| self.questions(v, &p));
        self.done(&obj);
        if !present {
            return None;
        }
        Some(Pack {
            format_version: version?,
            title: title?,
            description: description?,
            languages: languages?,
            seed: seed?,
            mode: mode?,
            shuffle: shuffle?,
            time_limit: time_limit?,
            points: points?,
            feedback: feedback?,
            allow: allow?,
            questions: questions?,
        })
    }

    /// Free text, or a list of lines (easier to read in JSON), joined by newlines.
    fn description(&mut self, value: &Value, pointer: &str) -> Option<String> {
        let lines: Option<Vec<&str>> = match value {
            Value::String(s) => Some(vec![s.as_str()]),
            Value::Array(items) => items.iter().map(Value::as_str).collect(),
            _ => None,
        };
        if lines.is_none() {
            self.problem(
                pointer,
                format!("expected a text or a list of texts, found {}", shown(value)),
            );
        }
        lines.map(|l| l.join("\n"))
    }

    fn languages_of(&mut self, value: &Value, pointer: &str) -> Option<Vec<Lang>> {
        let items = self.list(value, pointer)?;
        if items.is_empty() {
            self.problem(
                pointer,
                "list at least one language: \"en\", \"ja\" or both",
            );
            return None;
        }
        let mut langs = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let at = index(pointer, i);
            let lang = match item.as_str().map(str::parse::<Lang>) {
                Some(Ok(lang)) => lang,
                Some(Err(e)) => {
                    self.problem(&at, e.to_string());
                    ok = false;
                    continue;
                }
                None => {
                    self.problem(
                        &at,
                        format!("expected \"en\" or \"ja\", found {}", shown(item)),
                    );
                    ok = false;
                    continue;
                }
            };
            if langs.contains(&lang) {
                self.problem(&at, format!("\"{lang}\" is listed twice"));
                ok = false;
            }
            langs.push(lang);
        }
        ok.then_some(langs)
    }

    fn shuffle(&mut self, value: &Value, pointer: &str) -> Option<Shuffle> {
        let mut obj = self.object(value, pointer, "what to shuffle")?;
        let mut flag = |reader: &mut Self, key| match obj.get(key) {
            Some((v, p)) => reader.boolean(v, &p),
            None => Some(false),
        };
        let questions = flag(self, "questions");
        let choices = flag(self, "choices");
        self.done(&obj);
        Some(Shuffle {
            questions: questions?,
            choices: choices?,
        })
    }

    fn allow(&mut self, value: &Value, pointer: &str) -> Option<Allow> {
        let mut obj = self.object(value, pointer, "what students may open")?;
        let mut flag = |reader: &mut Self, key| match obj.get(key) {
            Some((v, p)) => reader.boolean(v, &p),
            None => Some(false),
        };
        let lessons = flag(self, "lessons");
        let calculators = flag(self, "calculators");
        self.done(&obj);
        Some(Allow {
            lessons: lessons?,
            calculators: calculators?,
        })
    }

    fn time_limit(&mut self, value: &Value, pointer: &str) -> Option<TimeLimit> {
        let mut obj = self.object(value, pointer, "time limits")?;
        let (low, high) = TIME_LIMITS;
        let mut seconds = |reader: &mut Self, key| match obj.get(key) {
            None | Some((Value::Null, _)) => Some(None),
            Some((v, p)) => reader
                .whole(v, &p, u64::from(low), u64::from(high))
                .and_then(|n| u32::try_from(n).ok())
                .map(Some),
        };
        let question_secs = seconds(self, "question_secs");
        let total_secs = seconds(self, "total_secs");
        self.done(&obj);
        let (question_secs, total_secs) = (question_secs?, total_secs?);
        if let (Some(one), Some(all)) = (question_secs, total_secs) {
            if all < one {
                self.problem(
                    &child(pointer, "total_secs"),
                    format!(
                        "the overall limit ({all} s) is shorter than the limit of one question ({one} s)"
                    ),
                );
                return None;
            }
        }
        Some(TimeLimit {
            question_secs,
            total_secs,
        })
    }

    fn questions(&mut self, value: &Value, pointer: &str) -> Option<Vec<Entry>> {
        let items = self.list(value, pointer)?;
        if items.is_empty() {
            self.problem(pointer, "the pack has no questions");
            return None;
        }
        let mut entries = Vec::new();
        let mut ok = true;
        let mut inline_ids: BTreeMap<String, String> = BTreeMap::new();
        for (i, item) in items.iter().enumerate() {
            let at = index(pointer, i);
            match self.entry(item, &at) {
                Some(entry) => {
                    if let Entry::Inline(inline) = &entry {
                        if let Some(first) = inline_ids.get(&inline.id) {
                            let message = format!("\"{}\" is the id of {first} too", inline.id);
                            self.problem(&child(&at, "id"), message);
                            ok = false;
                        } else {
                            inline_ids.insert(inline.id.clone(), at.clone());
                        }
                    }
                    entries.push(entry);
                }
                None => ok = false,
            }
        }
        let total: usize = entries.iter().map(Entry::count).sum();
        if total > MAX_QUESTIONS {
            self.problem(
                pointer,
                format!("the pack makes {total} questions; the most is {MAX_QUESTIONS}"),
            );
            ok = false;
        }
        ok.then_some(entries)
    }

    fn entry(&mut self, value: &Value, pointer: &str) -> Option<Entry> {
        let mut obj = self.object(value, pointer, "a question")?;
        let (v, p) = self.required(&mut obj, "source")?;
        let source = self.word(
            v,
            &p,
            "a question source",
            &["generated", "lesson", "inline"],
        )?;
        let entry = match source {
            0 => self.generated(&mut obj),
            1 => self.lesson(&mut obj),
            _ => self.inline(&mut obj).map(Entry::Inline),
        };
        let points = match obj.get("points") {
            Some((v, p)) => self.points(v, &p).map(Some),
            None => Some(None),
        };
        self.done(&obj);
        let (mut entry, points) = (entry?, points?);
        match &mut entry {
            Entry::Generated { points: p, .. } | Entry::Lesson { points: p, .. } => *p = points,
            Entry::Inline(inline) => inline.points = points,
        }
        Some(entry)
    }

    fn generated(&mut self, obj: &mut Obj<'_>) -> Option<Entry> {
        let skill = self.required(obj, "skill").and_then(|(v, p)| {
            let id = self.text(v, &p)?;
            if generators::find(&id).is_none() {
                self.problem(
                    &p,
                    format!("\"{id}\" is not a skill with a question generator"),
                );
                return None;
            }
            Some(id)
        });
        let difficulty = self.required(obj, "difficulty").and_then(|(v, p)| {
            match v.as_str().map(str::parse::<Difficulty>) {
                Some(Ok(d)) => Some(d),
                Some(Err(e)) => {
                    self.problem(&p, e.to_string());
                    None
                }
                None => {
                    self.problem(
                        &p,
                        format!("expected easy, medium or hard, found {}", shown(v)),
                    );
                    None
                }
            }
        });
        let count = self.required(obj, "count").and_then(|(v, p)| {
            self.whole(v, &p, 1, u64::from(MAX_COUNT))
                .and_then(|n| u32::try_from(n).ok())
        });
        Some(Entry::Generated {
            skill: skill?,
            difficulty: difficulty?,
            count: count?,
            points: None,
        })
    }

    fn lesson(&mut self, obj: &mut Obj<'_>) -> Option<Entry> {
        let lesson = self.required(obj, "lesson");
        let question = self.required(obj, "question");
        let (lv, lp) = lesson?;
        let (qv, qp) = question?;
        let lesson = self.text(lv, &lp)?;
        let question = self.text(qv, &qp)?;
        let mut ok = true;
        for lang in self.languages.clone() {
            match self.library.find(&lesson, lang) {
                None => {
                    let message = match self.library.lessons(lang).next() {
                        None => format!(
                            "no lessons in {} to take \"{lesson}\" from",
                            lang.english_name()
                        ),
                        Some(_)
                            if Lang::ALL
                                .iter()
                                .any(|&l| self.library.find(&lesson, l).is_some()) =>
                        {
                            format!("lesson \"{lesson}\" has no {} version", lang.english_name())
                        }
                        Some(_) => format!("there is no lesson \"{lesson}\""),
                    };
                    self.problem(&lp, message);
                    return None;
                }
                Some(found) if found.question(&question).is_none() => {
                    self.problem(
                        &qp,
                        format!("lesson \"{lesson}\" has no question \"{question}\""),
                    );
                    ok = false;
                    break;
                }
                Some(_) => {}
            }
        }
        ok.then_some(Entry::Lesson {
            lesson,
            question,
            points: None,
        })
    }

    fn inline(&mut self, obj: &mut Obj<'_>) -> Option<Inline> {
        let id = self.required(obj, "id").and_then(|(v, p)| {
            let id = self.text(v, &p)?;
            let fine = id.len() <= 40
                && id.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
                });
            if !fine {
                self.problem(
                    &p,
                    format!("{id:?} is not an id: use up to 40 of a-z, 0-9, - and _"),
                );
                return None;
            }
            Some(id)
        });
        let kind_at = self.required(obj, "kind");
        let prompt = self
            .required(obj, "prompt")
            .and_then(|(v, p)| self.local(v, &p));
        let explanation = self
            .required(obj, "explanation")
            .and_then(|(v, p)| self.local(v, &p));
        let skill = match obj.get("skill") {
            Some((v, p)) => self.text(v, &p).and_then(|id| {
                if skills::find(&id).is_none() {
                    self.problem(&p, format!("\"{id}\" is not a skill id of the curriculum"));
                    return None;
                }
                Some(Some(id))
            }),
            None => Some(None),
        };
        let (kv, kp) = kind_at?;
        let kinds = ["choice", "multi", "true_false", "order", "short"];
        let kind = self.word(kv, &kp, "a question kind", &kinds)?;
        let kind = self.inline_kind(obj, kinds[kind]);
        Some(Inline {
            id: id?,
            prompt: prompt?,
            kind: kind?,
            explanation: explanation?,
            skill: skill?,
            points: None,
        })
    }

    fn inline_kind(&mut self, obj: &mut Obj<'_>, kind: &'static str) -> Option<InlineKind> {
        let takes: &[&'static str] = match kind {
            "choice" | "multi" => &["choices", "answer"],
            "true_false" => &["answer"],
            "order" => &["items"],
            _ => &["answer", "accept"],
        };
        for key in ["choices", "items", "answer", "accept"] {
            if !takes.contains(&key) && obj.map.contains_key(key) {
                let article = if kind == "order" { "an" } else { "a" };
                let message = format!("{article} {kind} question takes no \"{key}\"");
                let at = child(&obj.pointer, key);
                obj.known.push(key);
                self.problem(&at, message);
            }
        }
        match kind {
            "choice" | "multi" => {
                let choices = self
                    .required(obj, "choices")
                    .and_then(|(v, p)| self.entries(v, &p, "choice"));
                let (av, ap) = self.required(obj, "answer")?;
                let choices = choices?;
                let count = choices.len();
                if kind == "choice" {
                    let answer = match av.as_str().map(|s| parse_choice(s, count)) {
                        Some(Ok(i)) => i,
                        _ => {
                            self.problem(
                                &ap,
                                format!(
                                    "expected the letter of one of the {count} choices (\"A\" to \"{}\"), found {}",
                                    crate::lesson::choice_letter(count.saturating_sub(1)),
                                    shown(av)
                                ),
                            );
                            return None;
                        }
                    };
                    Some(InlineKind::Choice { choices, answer })
                } else {
                    let letters: Option<Vec<&str>> = av
                        .as_array()
                        .and_then(|a| a.iter().map(Value::as_str).collect());
                    let answer = letters
                        .filter(|l| !l.is_empty())
                        .and_then(|l| parse_choice_set(&l.join(","), count).ok());
                    let Some(answer) = answer else {
                        self.problem(
                            &ap,
                            format!(
                                "expected a list of letters of the {count} choices, such as [\"A\", \"C\"], found {}",
                                shown(av)
                            ),
                        );
                        return None;
                    };
                    Some(InlineKind::Multi { choices, answer })
                }
            }
            "true_false" => {
                let (v, p) = self.required(obj, "answer")?;
                self.boolean(v, &p)
                    .map(|answer| InlineKind::TrueFalse { answer })
            }
            "order" => {
                let (v, p) = self.required(obj, "items")?;
                self.entries(v, &p, "item")
                    .map(|items| InlineKind::Order { items })
            }
            _ => {
                let answer = self
                    .required(obj, "answer")
                    .and_then(|(v, p)| self.local(v, &p));
                let accept = match obj.get("accept") {
                    Some((v, p)) => {
                        let items = self.list(v, &p)?;
                        let mut accept = Vec::new();
                        for (i, item) in items.iter().enumerate() {
                            accept.push(self.text(item, &index(&p, i))?);
                        }
                        Some(accept)
                    }
                    None => Some(Vec::new()),
                };
                Some(InlineKind::Short {
                    answer: answer?,
                    accept: accept?,
                })
            }
        }
    }

    /// The choices or items of an inline question: 2 to 8 texts.
    fn entries(&mut self, value: &Value, pointer: &str, what: &str) -> Option<Vec<Text>> {
        let items = self.list(value, pointer)?;
        if !(2..=8).contains(&items.len()) {
            self.problem(
                pointer,
                format!("give 2 to 8 {what}s, found {}", items.len()),
            );
            return None;
        }
        let mut texts = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.local(item, &index(pointer, i)) {
                Some(text) => {
                    if texts.contains(&text) {
                        self.problem(&index(pointer, i), format!("this {what} is listed twice"));
                        ok = false;
                    }
                    texts.push(text);
                }
                None => ok = false,
            }
        }
        ok.then_some(texts)
    }
}
