//! The content checker: every rule of the lesson format, within a file and across
//! files (ids, twins in the other language, answers the calculator disagrees with).

use std::collections::{BTreeMap, HashMap};

use super::catalog;
use super::model::{Block, BlockKind, Lang, Lesson, List, QuestionKind, Span, choice_letter};
use super::parse::parse;
use super::skills;
use super::source::{Problem, SourceFile, relative_path};
use super::verify::{agrees, compute};

/// The format version this code reads.
pub const FORMAT_VERSION: u32 = 1;

/// The fewest questions a lesson may have.
pub const MIN_QUESTIONS: usize = 8;

/// Every problem in a set of lesson files, sorted by file and line.
///
/// ```
/// use netdojo::lesson::{check::check, Lang, SourceFile};
/// let file = SourceFile {
///     lang: Lang::En,
///     stem: "a".into(),
///     label: "en/a.md".into(),
///     text: "no front matter".into(),
/// };
/// let problems = check(&[file]);
/// assert_eq!(
///     problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
///     [
///         "en/a.md:1: the file must start with a line `+++` that opens the TOML front matter",
///         "en/a.md:1: no Japanese twin: ja/a.md is missing",
///     ]
/// );
/// ```
pub fn check(files: &[SourceFile]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut lessons: Vec<Checked<'_>> = Vec::new();
    for file in files {
        let parsed = parse(&file.text, &file.label, file.lang);
        problems.extend(parsed.problems);
        if let Some(lesson) = parsed.lesson {
            problems.extend(lesson_rules(
                &lesson,
                &file.stem,
                parsed.skipped_questions.len(),
            ));
            lessons.push(Checked {
                file,
                lesson,
                skipped: parsed.skipped_questions,
            });
        }
    }
    problems.extend(duplicate_ids(&lessons));
    problems.extend(missing_twins(files));
    problems.extend(twin_disagreements(&lessons));
    // A stable sort keeps the order rules were applied in for one line.
    problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    problems.dedup();
    problems
}

/// A file that parsed, with the ids of questions its parse had to leave out.
struct Checked<'a> {
    file: &'a SourceFile,
    lesson: Lesson,
    skipped: Vec<String>,
}

/// The problems of one parsed lesson on its own, read from a file named `stem`.md.
///
/// ```
/// use netdojo::lesson::{check::check_lesson, parse, Lang};
/// let text = "+++\nformat_version = 1\nid = \"b\"\nmodule = \"M3\"\norder = 1\ntitle = \"T\"\n+++\n";
/// let lesson = parse(text, "en/a.md", Lang::En).lesson.unwrap();
/// let problems: Vec<String> = check_lesson(&lesson, "a").iter().map(ToString::to_string).collect();
/// assert_eq!(problems[0], "en/a.md:3: id \"b\" does not match the file name (expected \"a\")");
/// ```
pub fn check_lesson(lesson: &Lesson, stem: &str) -> Vec<Problem> {
    lesson_rules(lesson, stem, 0)
}

/// The rules of one lesson; `skipped` questions could not be read but still
/// count toward the minimum (they are reported already).
fn lesson_rules(lesson: &Lesson, stem: &str, skipped: usize) -> Vec<Problem> {
    let mut rules = Rules {
        file: &lesson.file,
        problems: Vec::new(),
    };
    rules.meta(lesson, stem);
    rules.questions(lesson, skipped);
    rules.embeds(lesson, &lesson.blocks);
    rules.prices(lesson);
    rules.problems
}

struct Rules<'a> {
    file: &'a str,
    problems: Vec<Problem>,
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_as_of_date(date: &str) -> bool {
    let shape: String = date
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    shape == "9999-99" || shape == "9999-99-99"
}

impl Rules<'_> {
    fn report(&mut self, line: usize, message: String) {
        self.problems.push(Problem::new(self.file, line, message));
    }

    fn meta(&mut self, lesson: &Lesson, stem: &str) {
        let meta = &lesson.meta;
        let lines = meta.lines;
        if meta.format_version != FORMAT_VERSION {
            self.report(
                lines.format_version,
                format!(
                    "format_version {} is not supported (this netdojo reads version {FORMAT_VERSION})",
                    meta.format_version
                ),
            );
        }
        if !is_id(&meta.id) {
            self.report(
                lines.id,
                format!("id \"{}\" may use only a-z, 0-9 and -", meta.id),
            );
        }
        if meta.id != stem {
            self.report(
                lines.id,
                format!(
                    "id \"{}\" does not match the file name (expected \"{stem}\")",
                    meta.id
                ),
            );
        }
        if !meta.module_number().is_some_and(|n| (1..=19).contains(&n)) {
            self.report(
                lines.module,
                format!(
                    "module \"{}\" is not a curriculum module (M1 to M19)",
                    meta.module
                ),
            );
        }
        if meta.order == 0 {
            self.report(lines.order, "order starts at 1".to_owned());
        }
        if meta.title.trim().is_empty() {
            self.report(lines.title, "title is empty".to_owned());
        }
        for skill in &meta.skills {
            if skills::find(skill).is_none() {
                self.report(
                    lines.skills,
                    format!(
                        "unknown skill \"{skill}\" (see the skill catalog in lessons/README.md)"
                    ),
                );
            }
        }
        for calc in &meta.calculators {
            if catalog::find(calc).is_none() {
                self.report(
                    lines.calculators,
                    format!(
                        "unknown calculator \"{calc}\" (calculators: {})",
                        catalog::id_list()
                    ),
                );
            }
        }
        if let Some(date) = &meta.as_of {
            if !is_as_of_date(date) {
                self.report(
                    lines.as_of,
                    format!("as_of \"{date}\" is not a date: write YYYY-MM or YYYY-MM-DD"),
                );
            }
        }
    }

    fn questions(&mut self, lesson: &Lesson, skipped: usize) {
        let count = lesson.questions.len() + skipped;
        if count < MIN_QUESTIONS {
            let noun = if count == 1 { "question" } else { "questions" };
            self.report(
                1,
                format!("the lesson has {count} {noun}; a lesson needs at least {MIN_QUESTIONS}"),
            );
        }
        let mut first_line: HashMap<&str, usize> = HashMap::new();
        for q in &lesson.questions {
            let id = &q.id;
            if !is_id(id) {
                self.report(
                    q.line,
                    format!("question id \"{id}\" may use only a-z, 0-9 and -"),
                );
            }
            if let Some(first) = first_line.get(id.as_str()) {
                self.report(
                    q.line,
                    format!("question id \"{id}\" is used twice (first on line {first})"),
                );
            } else {
                first_line.insert(id, q.line);
            }
            if q.prompt.trim().is_empty() {
                self.report(q.line, format!("question {id} has no prompt"));
            }
            if q.explanation.trim().is_empty() {
                self.report(q.line, format!("question {id} has no explanation"));
            }
            if let Some(skill) = &q.skill {
                if skills::find(skill).is_none() {
                    self.report(q.line, format!("question {id}: unknown skill \"{skill}\""));
                }
            }
            self.answer(id, q.line, &q.kind);
            if let Some(v) = &q.verify {
                self.verify(id, q.line, &q.kind, v);
            }
        }
    }

    fn answer(&mut self, id: &str, line: usize, kind: &QuestionKind) {
        match kind {
            QuestionKind::Choice { choices, answer } => {
                self.choices(id, line, choices);
                self.in_range(id, line, *answer, choices.len());
            }
            QuestionKind::Multi { choices, answers } => {
                self.choices(id, line, choices);
                if answers.is_empty() {
                    self.report(
                        line,
                        format!(
                            "question {id}: a multi question needs at least one correct choice"
                        ),
                    );
                }
                for (i, a) in answers.iter().enumerate() {
                    if answers[..i].contains(a) {
                        self.report(
                            line,
                            format!(
                                "question {id}: the answer lists {} twice",
                                choice_letter(*a)
                            ),
                        );
                    } else {
                        self.in_range(id, line, *a, choices.len());
                    }
                }
            }
            QuestionKind::TrueFalse { .. } => {}
            QuestionKind::Order { items } => {
                if items.len() < 2 {
                    self.report(
                        line,
                        format!(
                            "question {id} has {} item(s): an order question needs at least 2",
                            items.len()
                        ),
                    );
                }
                self.distinct(id, line, items, ("item", "items"), |i| (i + 1).to_string());
            }
            QuestionKind::Short { answer, .. } => {
                if answer.trim().is_empty() {
                    self.report(line, format!("question {id} has an empty answer"));
                }
            }
        }
    }

    fn choices(&mut self, id: &str, line: usize, choices: &[String]) {
        if !(3..=5).contains(&choices.len()) {
            self.report(
                line,
                format!(
                    "question {id} has {} choices; choice and multi questions have 3 to 5",
                    choices.len()
                ),
            );
        }
        self.distinct(id, line, choices, ("choice", "choices"), choice_letter);
    }

    /// Reports entries that are empty or repeat an earlier one (ignoring case and
    /// surrounding spaces); `name` turns an index into the label messages use,
    /// after the singular or plural noun.
    fn distinct(
        &mut self,
        id: &str,
        line: usize,
        entries: &[String],
        (one, many): (&str, &str),
        name: impl Fn(usize) -> String,
    ) {
        let keys: Vec<String> = entries.iter().map(|e| e.trim().to_lowercase()).collect();
        for (i, key) in keys.iter().enumerate() {
            if key.is_empty() {
                self.report(line, format!("question {id}: {one} {} is empty", name(i)));
            } else if let Some(first) = keys[..i].iter().position(|k| k == key) {
                self.report(
                    line,
                    format!(
                        "question {id}: {many} {} and {} are the same (\"{}\")",
                        name(first),
                        name(i),
                        entries[i].trim()
                    ),
                );
            }
        }
    }

    fn in_range(&mut self, id: &str, line: usize, answer: usize, count: usize) {
        if answer >= count {
            let range = match count {
                0 => "no choices".to_owned(),
                1 => "1 choice, A".to_owned(),
                n => format!("{n} choices, A to {}", choice_letter(n - 1)),
            };
            self.report(
                line,
                format!(
                    "question {id}: answer {} is out of range (the question has {range})",
                    choice_letter(answer)
                ),
            );
        }
    }

    fn verify(&mut self, id: &str, line: usize, kind: &QuestionKind, v: &super::model::Verify) {
        let stated = match kind {
            QuestionKind::Short { answer, .. } => answer.trim().to_owned(),
            QuestionKind::Choice { choices, answer } => match choices.get(*answer) {
                Some(text) => text.trim().to_owned(),
                // Already reported as out of range.
                None => return,
            },
            QuestionKind::TrueFalse { answer } if v.field == "is_private" => answer.to_string(),
            QuestionKind::TrueFalse { .. } => {
                self.report(
                    line,
                    format!("question {id}: verify on a true_false question needs field = \"is_private\""),
                );
                return;
            }
            other => {
                self.report(
                    line,
                    format!(
                        "question {id}: verify cannot check {} question",
                        article(other.name())
                    ),
                );
                return;
            }
        };
        match compute(&v.calc, &v.input, &v.field) {
            Err(why) => self.report(line, format!("question {id}: cannot verify: {why}")),
            Ok(value) if agrees(&v.field, &value, &stated) => {}
            Ok(value) => self.report(
                line,
                format!(
                    "question {id}: the answer is \"{stated}\" but the {} calculator gives \"{value}\" for {} of {}",
                    v.calc, v.field, v.input
                ),
            ),
        }
    }

    fn embeds(&mut self, lesson: &Lesson, blocks: &[Block]) {
        for block in blocks {
            match &block.kind {
                BlockKind::Calc(calc) if catalog::find(&calc.calculator).is_none() => self.report(
                    block.line,
                    format!(
                        "a calc block names an unknown calculator \"{}\" (calculators: {})",
                        calc.calculator,
                        catalog::id_list()
                    ),
                ),
                BlockKind::Question(q) if lesson.question(&q.id).is_none() => self.report(
                    block.line,
                    format!(
                        "a question block names \"{}\", but the front matter has no question with that id",
                        q.id
                    ),
                ),
                BlockKind::Note(inner) => self.embeds(lesson, inner),
                _ => {}
            }
        }
    }

    fn prices(&mut self, lesson: &Lesson) {
        if lesson.meta.as_of.is_some() {
            return;
        }
        let mut texts: Vec<(usize, String)> = Vec::new();
        collect_texts(&lesson.blocks, &mut texts);
        for q in &lesson.questions {
            let mut parts = vec![q.prompt.clone(), q.explanation.clone()];
            parts.extend(q.kind.choices().iter().cloned());
            texts.push((q.line, parts.join(" ")));
        }
        if let Some((line, price)) = texts
            .iter()
            .find_map(|(line, text)| find_price(text).map(|p| (*line, p)))
        {
            self.report(
                line,
                format!(
                    "the lesson states a price (\"{price}\") but its front matter has no as_of date"
                ),
            );
        }
    }
}

fn article(kind_name: &str) -> String {
    match kind_name.chars().next() {
        Some('o') => format!("an {kind_name}"),
        _ => format!("a {kind_name}"),
    }
}

/// The prose of blocks (not code), each with its line.
fn collect_texts(blocks: &[Block], out: &mut Vec<(usize, String)>) {
    fn spans(s: &[Span]) -> String {
        super::model::plain_text(s)
    }
    fn list(l: &List, line: usize, out: &mut Vec<(usize, String)>) {
        for item in &l.items {
            out.push((line, spans(&item.spans)));
            if let Some(children) = &item.children {
                list(children, line, out);
            }
        }
    }
    for block in blocks {
        match &block.kind {
            BlockKind::Heading(h) => out.push((block.line, spans(&h.spans))),
            BlockKind::Paragraph(s) => out.push((block.line, spans(s))),
            BlockKind::List(l) => list(l, block.line, out),
            BlockKind::Table(t) => {
                for cell in t.header.iter().chain(t.rows.iter().flatten()) {
                    out.push((block.line, spans(cell)));
                }
            }
            BlockKind::Note(inner) => collect_texts(inner, out),
            _ => {}
        }
    }
}

/// The first amount of money written in `text`: `$0.005`, `US$3`, `12 USD`,
/// `¥500`, `500円`, `3.6ドル`.
fn find_price(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let number_at = |start: usize| -> usize {
        let mut end = start;
        while end < chars.len() && (chars[end].is_ascii_digit() || matches!(chars[end], '.' | ','))
        {
            end += 1;
        }
        end
    };
    for (i, &c) in chars.iter().enumerate() {
        let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if matches!(c, '$' | '¥' | '￥') && next_is_digit {
            let end = number_at(i + 1);
            let start = if i >= 2 && chars[i - 2..i] == ['U', 'S'] {
                i - 2
            } else {
                i
            };
            return Some(chars[start..end].iter().collect());
        }
        if c.is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit() && chars[i - 1] != '.') {
            let end = number_at(i);
            let mut unit_start = end;
            while chars.get(unit_start) == Some(&' ') {
                unit_start += 1;
            }
            for unit in ["USD", "ドル", "円", "セント"] {
                let unit_chars: Vec<char> = unit.chars().collect();
                let unit_end = unit_start + unit_chars.len();
                if chars.get(unit_start..unit_end) == Some(&unit_chars[..]) {
                    return Some(chars[i..unit_end].iter().collect());
                }
            }
        }
    }
    None
}

/// Lessons in one language that share an id. The file whose name matches the id
/// owns it; every other one is reported.
fn duplicate_ids(lessons: &[Checked<'_>]) -> Vec<Problem> {
    let mut groups: BTreeMap<(Lang, &str), Vec<&Checked<'_>>> = BTreeMap::new();
    for entry in lessons {
        groups
            .entry((entry.lesson.lang, entry.lesson.meta.id.as_str()))
            .or_default()
            .push(entry);
    }
    let mut problems = Vec::new();
    for ((_, id), group) in groups.into_iter().filter(|(_, g)| g.len() > 1) {
        let owner = group.iter().position(|c| c.file.stem == id).unwrap_or(0);
        for (i, entry) in group.iter().enumerate() {
            if i != owner {
                problems.push(Problem::new(
                    &entry.file.label,
                    entry.lesson.meta.lines.id,
                    format!(
                        "id \"{id}\" is also used by {}",
                        group[owner].file.relative_path()
                    ),
                ));
            }
        }
    }
    problems
}

/// Files whose twin (same file name, other language) is absent.
fn missing_twins(files: &[SourceFile]) -> Vec<Problem> {
    let present: std::collections::HashSet<(Lang, &str)> =
        files.iter().map(|f| (f.lang, f.stem.as_str())).collect();
    files
        .iter()
        .filter(|f| !present.contains(&(f.lang.other(), f.stem.as_str())))
        .map(|f| {
            let other = f.lang.other();
            Problem::new(
                &f.label,
                1,
                format!(
                    "no {} twin: {} is missing",
                    other.english_name(),
                    relative_path(other, &f.stem)
                ),
            )
        })
        .collect()
}

/// Where a Japanese lesson and its English twin teach different answers or
/// structure; reported in the Japanese file.
fn twin_disagreements(lessons: &[Checked<'_>]) -> Vec<Problem> {
    let english: BTreeMap<&str, &Checked<'_>> = lessons
        .iter()
        .filter(|c| c.lesson.lang == Lang::En)
        .map(|c| (c.file.stem.as_str(), c))
        .collect();
    let mut problems = Vec::new();
    for here in lessons.iter().filter(|c| c.lesson.lang == Lang::Ja) {
        if let Some(there) = english.get(here.file.stem.as_str()) {
            let mut twins = Twins {
                file: &here.lesson.file,
                there: there.file.relative_path(),
                problems: &mut problems,
            };
            twins.compare(here, there);
        }
    }
    problems
}

struct Twins<'a> {
    file: &'a str,
    there: String,
    problems: &'a mut Vec<Problem>,
}

fn list_text(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

fn letters(indexes: &[usize]) -> String {
    let mut sorted = indexes.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    sorted
        .into_iter()
        .map(choice_letter)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Twins<'_> {
    fn report(&mut self, line: usize, message: String) {
        self.problems.push(Problem::new(self.file, line, message));
    }

    fn compare(&mut self, here: &Checked<'_>, there: &Checked<'_>) {
        let (h, t) = (&here.lesson.meta, &there.lesson.meta);
        let other = self.there.clone();
        if h.module != t.module {
            self.report(
                h.lines.module,
                format!(
                    "module is \"{}\" here but \"{}\" in {other}",
                    h.module, t.module
                ),
            );
        }
        if h.order != t.order {
            self.report(
                h.lines.order,
                format!("order is {} here but {} in {other}", h.order, t.order),
            );
        }
        for (name, line, mine, theirs) in [
            ("skills", h.lines.skills, &h.skills, &t.skills),
            (
                "calculators",
                h.lines.calculators,
                &h.calculators,
                &t.calculators,
            ),
        ] {
            let (mut a, mut b) = (mine.clone(), theirs.clone());
            a.sort();
            b.sort();
            if a != b {
                self.report(
                    line,
                    format!(
                        "{name} differ from {other} (here: {}; there: {})",
                        list_text(&a),
                        list_text(&b)
                    ),
                );
            }
        }
        self.questions(here, there);
    }

    /// Compares the questions both twins hold once each; questions a parse left
    /// out or an id used twice are reported elsewhere and skipped here.
    fn questions(&mut self, here: &Checked<'_>, there: &Checked<'_>) {
        let other = self.there.clone();
        let comparable = |c: &Checked<'_>, id: &str| {
            c.skipped.iter().all(|s| s != id)
                && c.lesson.questions.iter().filter(|q| q.id == id).count() <= 1
        };
        let ids = |c: &Checked<'_>| -> Vec<String> {
            c.lesson
                .questions
                .iter()
                .map(|q| q.id.clone())
                .filter(|id| comparable(here, id) && comparable(there, id))
                .collect()
        };
        let (here_ids, there_ids) = (ids(here), ids(there));
        let (here_l, there_l) = (&here.lesson, &there.lesson);
        for id in &here_ids {
            if !there_ids.contains(id) {
                let line = here_l.question(id).map_or(1, |q| q.line);
                self.report(line, format!("question {id} is not in {other}"));
            }
        }
        for id in &there_ids {
            if !here_ids.contains(id) {
                self.report(1, format!("question {id} of {other} is missing here"));
            }
        }
        let common_here: Vec<&String> = here_ids
            .iter()
            .filter(|id| there_ids.contains(id))
            .collect();
        let common_there: Vec<&String> = there_ids
            .iter()
            .filter(|id| here_ids.contains(id))
            .collect();
        if let Some(i) = common_here
            .iter()
            .zip(&common_there)
            .position(|(a, b)| a != b)
        {
            let line = here_l.question(common_here[i]).map_or(1, |q| q.line);
            self.report(
                line,
                format!("questions are in a different order than in {other}"),
            );
        }
        for id in common_here {
            let (Some(q), Some(t)) = (here_l.question(id), there_l.question(id)) else {
                continue;
            };
            if let Some(message) = kind_difference(&q.kind, &t.kind, &other) {
                self.report(q.line, format!("question {id}{message}"));
            }
            if q.verify != t.verify {
                self.report(
                    q.line,
                    format!("question {id}: verify differs from {other}"),
                );
            }
        }
    }
}

/// How two twins' kinds or answers differ, as the end of a sentence that starts
/// with "question <id>".
fn kind_difference(here: &QuestionKind, there: &QuestionKind, other: &str) -> Option<String> {
    use QuestionKind as K;
    if here.name() != there.name() {
        return Some(format!(
            " is {} question here but {} question in {other}",
            article(here.name()),
            article(there.name())
        ));
    }
    let (a, b) = (here.choices().len(), there.choices().len());
    if a != b {
        return Some(format!(" has {a} choices here but {b} in {other}"));
    }
    match (here, there) {
        (K::Choice { answer: a, .. }, K::Choice { answer: b, .. }) if a != b => Some(format!(
            ": the answer is {} here but {} in {other}",
            choice_letter(*a),
            choice_letter(*b)
        )),
        (K::Multi { answers: a, .. }, K::Multi { answers: b, .. }) if letters(a) != letters(b) => {
            Some(format!(
                ": the answers are {} here but {} in {other}",
                letters(a),
                letters(b)
            ))
        }
        (K::TrueFalse { answer: a }, K::TrueFalse { answer: b }) if a != b => {
            Some(format!(": the answer is {a} here but {b} in {other}"))
        }
        (K::Order { items: a }, K::Order { items: b }) if a.len() != b.len() => Some(format!(
            " has {} items here but {} in {other}",
            a.len(),
            b.len()
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_are_found_in_several_currencies() {
        assert_eq!(find_price("costs $0.005 per hour"), Some("$0.005".into()));
        assert_eq!(find_price("costs US$3.60 a month"), Some("US$3.60".into()));
        assert_eq!(find_price("about 3.6 USD"), Some("3.6 USD".into()));
        assert_eq!(find_price("月額 500円です"), Some("500円".into()));
        assert_eq!(find_price("1時間あたり0.005ドル"), Some("0.005ドル".into()));
        assert_eq!(find_price("￥500"), Some("￥500".into()));
        assert_eq!(find_price("echo $HOME and 10.0.0.0/8 and 円グラフ"), None);
    }

    #[test]
    fn as_of_dates_are_year_month_or_a_full_date() {
        assert!(is_as_of_date("2026-11"));
        assert!(is_as_of_date("2026-11-03"));
        assert!(!is_as_of_date("Nov 2026"));
        assert!(!is_as_of_date("2026"));
    }
}
