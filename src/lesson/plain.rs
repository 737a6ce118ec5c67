//! A lesson as plain text of a given width, for reading outside the terminal app
//! and for screen readers: headings underlined, prose wrapped by display width,
//! tables aligned, code verbatim, the questions at the end and the answers last.

use super::model::{
    Align, Block, BlockKind, Lang, Lesson, List, Question, QuestionKind, Span, Table, choice_letter,
};
use super::wrap::{cut, longest_word, pad, width, wrap};

/// The narrowest width [`render`] lays out properly; narrower widths are raised
/// to it.
pub const MIN_WIDTH: usize = 20;

/// Renders `lesson` as plain text whose lines are at most `columns` wide (by
/// display width), ending with a newline.
///
/// ```
/// use netdojo::lesson::{parse, plain, Lang};
/// let text = "+++\nformat_version = 1\nid = \"a\"\nmodule = \"M3\"\norder = 1\ntitle = \"Masks\"\n+++\nA mask marks the network bits of an address.\n";
/// let lesson = parse(text, "en/a.md", Lang::En).lesson.unwrap();
/// assert_eq!(
///     plain::render(&lesson, 24),
///     "Masks\n=====\nModule M3, lesson 1 (a)\n\nA mask marks the network\nbits of an address.\n"
/// );
/// ```
pub fn render(lesson: &Lesson, columns: usize) -> String {
    let width = columns.max(MIN_WIDTH);
    let words = Words::of(lesson.lang);
    let mut doc = Doc::default();
    // The front matter's title heads the page, as in lists; a `#` title that
    // opens the body says the same thing again, so it is left out.
    let blocks = match lesson.blocks.split_first() {
        Some((first, rest)) if matches!(&first.kind, BlockKind::Heading(h) if h.level == 1) => rest,
        _ => lesson.blocks.as_slice(),
    };
    doc.lines.extend(heading(&lesson.meta.title, 1, width));
    doc.lines.extend(wrap(
        &(words.module_line)(&lesson.meta.module, lesson.meta.order, &lesson.meta.id),
        width,
    ));
    if !lesson.meta.summary.trim().is_empty() {
        doc.paragraph(wrap(&lesson.meta.summary, width));
    }
    for block in blocks {
        doc.paragraph(render_block(block, lesson, width, &words));
    }
    if !lesson.questions.is_empty() {
        doc.paragraph(heading(words.questions, 2, width));
        for (i, q) in lesson.questions.iter().enumerate() {
            doc.paragraph(question(i + 1, q, lesson.questions.len(), width, &words));
        }
        doc.paragraph(heading(words.answers, 2, width));
        for (i, q) in lesson.questions.iter().enumerate() {
            doc.paragraph(answer(i + 1, q, lesson.questions.len(), width, &words));
        }
    }
    let mut out = doc.lines.join("\n");
    out.push('\n');
    out
}

/// Lines with blank lines between paragraphs.
#[derive(Default)]
struct Doc {
    lines: Vec<String>,
}

impl Doc {
    fn paragraph(&mut self, lines: Vec<String>) {
        if lines.is_empty() {
            return;
        }
        if !self.lines.is_empty() {
            self.lines.push(String::new());
        }
        self.lines.extend(lines);
    }
}

/// The words around the content, in the lesson's language.
struct Words {
    module_line: fn(&str, u32, &str) -> String,
    questions: &'static str,
    answers: &'static str,
    try_it: fn(&str, &str) -> String,
    question_ref: fn(usize) -> String,
    choose_all: &'static str,
    true_or_false: &'static str,
    put_in_order: &'static str,
    type_answer: &'static str,
    yes: &'static str,
    no: &'static str,
    also_accepted: &'static str,
}

impl Words {
    fn of(lang: Lang) -> Words {
        match lang {
            Lang::En => Words {
                module_line: |module, order, id| format!("Module {module}, lesson {order} ({id})"),
                questions: "Questions",
                answers: "Answers",
                try_it: |calc, input| format!("Try it in the {calc} calculator: {input}"),
                question_ref: |n| format!("Question {n} is at the end of the lesson."),
                choose_all: "(Choose every correct answer.)",
                true_or_false: "(True or false?)",
                put_in_order: "(Put these in order and answer with the letters.)",
                type_answer: "(Type the answer.)",
                yes: "True",
                no: "False",
                also_accepted: "also accepted",
            },
            Lang::Ja => Words {
                module_line: |module, order, id| {
                    format!("モジュール {module}・レッスン {order}（{id}）")
                },
                questions: "問題",
                answers: "解答",
                try_it: |calc, input| format!("{calc} 計算機で試してみよう: {input}"),
                question_ref: |n| format!("問題 {n} はレッスンの最後にあります。"),
                choose_all: "（正しいものをすべて選んでください）",
                true_or_false: "（正しければ○、誤りなら×）",
                put_in_order: "（正しい順に並べ、記号で答えてください）",
                type_answer: "（答えを入力してください）",
                yes: "○（正しい）",
                no: "×（誤り）",
                also_accepted: "別解",
            },
        }
    }
}

fn heading(text: &str, level: u8, width: usize) -> Vec<String> {
    let mut lines = wrap(text, width);
    let underline = match level {
        1 => '=',
        2 => '-',
        _ => '~',
    };
    let widest = lines
        .iter()
        .map(|l| super::wrap::width(l))
        .max()
        .unwrap_or(0);
    lines.push(std::iter::repeat_n(underline, widest).collect());
    lines
}

/// Spans as plain text. Code keeps its backticks, because a literal value such
/// as `example.jp.` must stay distinct from the sentence around it; a link's
/// target follows its text in parentheses.
fn inline_text(spans: &[Span]) -> String {
    let text_of = |span: &Span| {
        if span.style.code {
            format!("`{}`", span.text)
        } else {
            span.text.clone()
        }
    };
    let mut out = String::new();
    let mut i = 0;
    while i < spans.len() {
        let Some(url) = &spans[i].link else {
            out.push_str(&text_of(&spans[i]));
            i += 1;
            continue;
        };
        let mut text = String::new();
        while i < spans.len() && spans[i].link.as_ref() == Some(url) {
            text.push_str(&text_of(&spans[i]));
            i += 1;
        }
        if text != *url {
            text.push_str(&format!(" ({url})"));
        }
        out.push_str(&text);
    }
    out
}

fn render_block(block: &Block, lesson: &Lesson, width: usize, words: &Words) -> Vec<String> {
    match &block.kind {
        BlockKind::Heading(h) => heading(&inline_text(&h.spans), h.level, width),
        BlockKind::Paragraph(spans) => wrap(&inline_text(spans), width),
        BlockKind::List(l) => {
            let mut lines = Vec::new();
            list(l, 0, width, &mut lines);
            lines
        }
        BlockKind::Table(t) => table(t, width),
        BlockKind::Code(code) => code.text.lines().flat_map(|l| cut(l, width)).collect(),
        BlockKind::Note(inner) => {
            let mut doc = Doc::default();
            for b in inner {
                doc.paragraph(render_block(
                    b,
                    lesson,
                    width.saturating_sub(2).max(1),
                    words,
                ));
            }
            doc.lines
                .into_iter()
                .map(|l| {
                    if l.is_empty() {
                        ">".to_owned()
                    } else {
                        format!("> {l}")
                    }
                })
                .collect()
        }
        BlockKind::Rule => vec!["* * *".to_owned()],
        BlockKind::Calc(calc) => wrap(&(words.try_it)(&calc.calculator, &calc.input), width),
        BlockKind::Question(embed) => {
            let text = match lesson.question_number(&embed.id) {
                Some(n) => (words.question_ref)(n),
                None => format!("({})", embed.id),
            };
            wrap(&text, width)
        }
    }
}

/// Lines of `first` then `rest` prefixes followed by `text` wrapped to fit.
fn hanging(first: &str, text: &str, width: usize) -> Vec<String> {
    let indent = super::wrap::width(first);
    let body = wrap(text, width.saturating_sub(indent).max(1));
    if body.is_empty() {
        return vec![first.trim_end().to_owned()];
    }
    let rest = " ".repeat(indent);
    body.into_iter()
        .enumerate()
        .map(|(i, line)| format!("{}{line}", if i == 0 { first } else { &rest }))
        .collect()
}

fn list(l: &List, indent: usize, width: usize, out: &mut Vec<String>) {
    let markers: Vec<String> = (0..l.items.len())
        .map(|i| match l.start {
            Some(start) => format!(
                "{}.",
                start.saturating_add(u64::try_from(i).unwrap_or(u64::MAX))
            ),
            None => "-".to_owned(),
        })
        .collect();
    let marker_width = markers.iter().map(|m| m.len()).max().unwrap_or(1);
    for (item, marker) in l.items.iter().zip(&markers) {
        let first = format!("{}{:>marker_width$} ", " ".repeat(indent), marker);
        out.extend(hanging(&first, &inline_text(&item.spans), width));
        if let Some(children) = &item.children {
            list(children, indent + marker_width + 1, width, out);
        }
    }
}

const GAP: usize = 2;

fn table(t: &Table, width: usize) -> Vec<String> {
    let columns = t
        .rows
        .iter()
        .map(Vec::len)
        .chain([t.header.len()])
        .max()
        .unwrap_or(0);
    if columns == 0 {
        return Vec::new();
    }
    let cell = |row: &[Vec<Span>], c: usize| row.get(c).map(|s| inline_text(s)).unwrap_or_default();
    let header: Vec<String> = (0..columns).map(|c| cell(&t.header, c)).collect();
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| (0..columns).map(|c| cell(r, c)).collect())
        .collect();
    let natural: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .map(|r| width_of(&r[c]))
                .chain([width_of(&header[c])])
                .max()
                .unwrap_or(0)
                .max(1)
        })
        .collect();
    let words: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .map(|r| longest_word(&r[c]))
                .chain([longest_word(&header[c])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let available = width.saturating_sub(GAP * (columns - 1));
    let Some(widths) = fit_columns(&natural, &words, available) else {
        return records(&header, &rows, width);
    };
    let align = |c: usize| t.align.get(c).copied().unwrap_or_default();
    let mut lines = table_row(&header, &widths, &align);
    lines.push(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join(&" ".repeat(GAP)),
    );
    for row in &rows {
        lines.extend(table_row(row, &widths, &align));
    }
    lines
}

fn width_of(text: &str) -> usize {
    width(text)
}

/// Column widths that fit `available` columns: the natural widths when they fit,
/// otherwise the widest columns narrowed first, at first only down to their
/// longest word (`words`, so an address is not cut in two while a sentence can
/// wrap), then further; `None` when even 4 columns per cell cannot fit (the
/// table is then better shown one record at a time).
///
/// ```
/// use netdojo::lesson::plain::fit_columns;
/// assert_eq!(fit_columns(&[5, 20, 8], &[0, 0, 0], 25), Some(vec![5, 12, 8]));
/// // The 15-column address stays whole; the sentence wraps instead.
/// assert_eq!(fit_columns(&[15, 15], &[15, 6], 25), Some(vec![15, 10]));
/// assert_eq!(fit_columns(&[5, 20, 8], &[0, 0, 0], 11), None);
/// ```
pub fn fit_columns(natural: &[usize], words: &[usize], available: usize) -> Option<Vec<usize>> {
    const NARROWEST: usize = 4;
    let mut widths = natural.to_vec();
    let total = |w: &[usize]| w.iter().sum::<usize>();
    if total(&widths) <= available {
        return Some(widths);
    }
    if widths.iter().map(|w| (*w).min(NARROWEST)).sum::<usize>() > available {
        return None;
    }
    let word = |i: usize| words.get(i).copied().unwrap_or(0).max(NARROWEST);
    while total(&widths) > available {
        let widest = |floor: &dyn Fn(usize) -> usize| {
            (0..widths.len())
                .filter(|&i| widths[i] > floor(i))
                .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))
        };
        let narrowed = widest(&word).or_else(|| widest(&|_| NARROWEST))?;
        widths[narrowed] -= 1;
    }
    Some(widths)
}

fn table_row(cells: &[String], widths: &[usize], align: &dyn Fn(usize) -> Align) -> Vec<String> {
    let wrapped: Vec<Vec<String>> = cells
        .iter()
        .zip(widths)
        .map(|(text, w)| wrap(text, *w))
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
    (0..height)
        .map(|i| {
            let parts: Vec<String> = wrapped
                .iter()
                .zip(widths)
                .enumerate()
                .map(|(c, (lines, w))| {
                    let text = lines.get(i).map(String::as_str).unwrap_or("");
                    let room = w.saturating_sub(width(text));
                    match align(c) {
                        Align::Left => pad(text, *w),
                        Align::Right => format!("{}{text}", " ".repeat(room)),
                        Align::Center => {
                            let left = room / 2;
                            format!("{}{text}{}", " ".repeat(left), " ".repeat(room - left))
                        }
                    }
                })
                .collect();
            parts.join(&" ".repeat(GAP)).trim_end().to_owned()
        })
        .collect()
}

/// A table too wide for the page, as one "header: value" line per cell.
fn records(header: &[String], rows: &[Vec<String>], width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            lines.push(String::new());
        }
        for (h, value) in header.iter().zip(row) {
            lines.extend(wrap(&format!("{h}: {value}"), width));
        }
    }
    lines
}

/// The order the items of an order question are shown in: `shown[i]` is the
/// index (in the correct order) of the item shown at letter `i`. It depends only
/// on the items, so every run and every build shows the same order, and it is
/// never the correct order itself.
///
/// ```
/// use netdojo::lesson::plain::display_order;
/// let items: Vec<String> = ["root", "jp", "co.jp", "example.co.jp"].map(String::from).to_vec();
/// let shown = display_order(&items);
/// assert_ne!(shown, [0, 1, 2, 3]);
/// let mut sorted = shown.clone();
/// sorted.sort();
/// assert_eq!(sorted, [0, 1, 2, 3]);
/// ```
pub fn display_order(items: &[String]) -> Vec<usize> {
    // FNV-1a: a fixed, documented hash, so the order never changes between builds.
    let hash = |text: &str| {
        text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    let mut shown: Vec<usize> = (0..items.len()).collect();
    shown.sort_by_key(|&i| (hash(&items[i]), i));
    if shown.iter().enumerate().all(|(pos, &i)| pos == i) {
        shown.rotate_left(1);
    }
    shown
}

fn number_prefix(n: usize, count: usize) -> String {
    let digits = count.to_string().len();
    format!("{n:>digits$}. ")
}

fn question(n: usize, q: &Question, count: usize, width: usize, words: &Words) -> Vec<String> {
    let prefix = number_prefix(n, count);
    let indent = " ".repeat(prefix.len());
    let mut lines = hanging(&prefix, &q.prompt, width);
    let note = |text: &str, lines: &mut Vec<String>| {
        lines.extend(hanging(&indent, text, width));
    };
    match &q.kind {
        QuestionKind::Choice { choices, .. } => letter_lines(&indent, choices, width, &mut lines),
        QuestionKind::Multi { choices, .. } => {
            note(words.choose_all, &mut lines);
            letter_lines(&indent, choices, width, &mut lines);
        }
        QuestionKind::TrueFalse { .. } => note(words.true_or_false, &mut lines),
        QuestionKind::Order { items } => {
            note(words.put_in_order, &mut lines);
            let shown: Vec<String> = display_order(items)
                .into_iter()
                .map(|i| items.get(i).cloned().unwrap_or_default())
                .collect();
            letter_lines(&indent, &shown, width, &mut lines);
        }
        QuestionKind::Short { .. } => note(words.type_answer, &mut lines),
    }
    lines
}

fn letter_lines(indent: &str, entries: &[String], width: usize, lines: &mut Vec<String>) {
    for (i, entry) in entries.iter().enumerate() {
        let first = format!("{indent}{}. ", choice_letter(i));
        lines.extend(hanging(&first, entry, width));
    }
}

/// The right answer of a question as a line of text in `lang`: the letter and
/// text of a choice, the letters of a multi or order question (shown in
/// [`display_order`]), the word for true or false, or the expected text.
///
/// ```
/// use netdojo::lesson::{plain, Lang, Question, QuestionKind};
/// let q = Question {
///     id: "q1".into(),
///     line: 1,
///     prompt: "P".into(),
///     kind: QuestionKind::Choice { choices: vec!["62".into(), "64".into()], answer: 0 },
///     explanation: String::new(),
///     skill: None,
///     verify: None,
/// };
/// assert_eq!(plain::answer_text(&q, Lang::En), "A: 62");
/// ```
pub fn answer_text(q: &Question, lang: Lang) -> String {
    answer_line(q, &Words::of(lang))
}

/// How true and false are written in `lang`.
///
/// ```
/// use netdojo::lesson::{plain, Lang};
/// assert_eq!(plain::true_false_word(true, Lang::En), "True");
/// assert_eq!(plain::true_false_word(false, Lang::Ja), "×（誤り）");
/// ```
pub fn true_false_word(answer: bool, lang: Lang) -> &'static str {
    let words = Words::of(lang);
    if answer { words.yes } else { words.no }
}

fn answer(n: usize, q: &Question, count: usize, width: usize, words: &Words) -> Vec<String> {
    let prefix = number_prefix(n, count);
    let text = answer_line(q, words);
    let mut lines = hanging(&prefix, &text, width);
    lines.extend(hanging(&" ".repeat(prefix.len()), &q.explanation, width));
    lines
}

fn answer_line(q: &Question, words: &Words) -> String {
    match &q.kind {
        QuestionKind::Choice { choices, answer } => format!(
            "{}: {}",
            choice_letter(*answer),
            choices.get(*answer).map(String::as_str).unwrap_or("")
        ),
        QuestionKind::Multi { answers, .. } => answers
            .iter()
            .map(|a| choice_letter(*a))
            .collect::<Vec<_>>()
            .join(", "),
        QuestionKind::TrueFalse { answer } => {
            (if *answer { words.yes } else { words.no }).to_owned()
        }
        QuestionKind::Order { items } => {
            let shown = display_order(items);
            let letters: Vec<String> = (0..items.len())
                .filter_map(|item| shown.iter().position(|&s| s == item))
                .map(choice_letter)
                .collect();
            format!("{}: {}", letters.join(", "), items.join(" → "))
        }
        QuestionKind::Short { answer, accept } if accept.is_empty() => answer.clone(),
        QuestionKind::Short { answer, accept } => {
            format!("{answer} ({}: {})", words.also_accepted, accept.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::Style;

    #[test]
    fn columns_narrow_from_the_widest() {
        let none = [0; 3];
        assert_eq!(fit_columns(&[5, 20, 8], &none, 40), Some(vec![5, 20, 8]));
        assert_eq!(fit_columns(&[5, 20, 8], &none, 25), Some(vec![5, 12, 8]));
        assert_eq!(fit_columns(&[9, 9], &none, 12), Some(vec![6, 6]));
        // Words are kept whole while other columns can give room.
        assert_eq!(fit_columns(&[9, 9], &[9, 3], 14), Some(vec![9, 5]));
        assert_eq!(fit_columns(&[9, 9], &[9, 9], 14), Some(vec![7, 7]));
        assert_eq!(fit_columns(&[5, 20, 8], &none, 11), None);
    }

    #[test]
    fn links_show_their_target_once() {
        let link = |t: &str| Span {
            text: t.into(),
            style: Default::default(),
            link: Some("https://x".into()),
        };
        assert_eq!(
            inline_text(&[Span::plain("see "), link("the "), link("RFC")]),
            "see the RFC (https://x)"
        );
        assert_eq!(inline_text(&[link("https://x")]), "https://x");
        let code = Span {
            text: "dig".into(),
            style: Style {
                code: true,
                ..Style::default()
            },
            link: None,
        };
        assert_eq!(inline_text(&[Span::plain("run "), code]), "run `dig`");
    }

    #[test]
    fn two_items_are_shown_swapped() {
        assert_eq!(display_order(&["a".into(), "b".into()]).len(), 2);
        assert_ne!(display_order(&["a".into(), "b".into()]), [0, 1]);
    }
}
