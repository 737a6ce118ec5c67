//! Laying a lesson out for a width: [`lay_out`] turns a lesson, the width of
//! text, the interface language and the answers given so far into a [`Page`].
//! Pure: the same inputs always give the same page.

use crate::i18n::width::{columns, pad_left, truncate};
use crate::i18n::{Lang, Msg};
use crate::lesson::wrap::{cut, wrap};
use crate::lesson::{
    Block, BlockKind, CalcEmbed, Lesson, List, QuestionKind, catalog, choice_letter, plain_text,
};

use super::embed::{
    Answers, Graded, calc_command, calc_preview, calc_route, form_message, lettered, shown_order,
};
use super::page::{Embed, EmbedKind, Ink, Inline, Mark, Page, Piece, Row};
use super::styled::{Run, runs, wrap_runs};
use super::table::table;

/// Lays out `lesson` (or says it is missing) for text `width` columns wide.
/// Code blocks keep their lines whole, so their rows may be wider.
pub fn lay_out(
    lesson: Option<&Lesson>,
    id: &str,
    width: usize,
    lang: Lang,
    answers: &Answers,
    version: u64,
) -> Page {
    let width = width.max(1);
    let Some(lesson) = lesson else {
        let rows = wrap(&lang.fill(Msg::LessonMissing, &[id]), width)
            .into_iter()
            .map(|l| Row::new(vec![Piece::new(l, Ink::Bad)]))
            .collect();
        return Page {
            rows,
            width,
            lang,
            version,
            ..Page::default()
        };
    };
    let mut builder = Builder {
        lesson,
        lang,
        width,
        answers,
        rows: Vec::new(),
        embeds: Vec::new(),
        heading_rows: vec![None; lesson.blocks.len()],
    };
    builder.build();
    let toc = lesson.toc();
    let headings = toc
        .iter()
        .map(|t| {
            builder
                .heading_rows
                .get(t.block)
                .copied()
                .flatten()
                .unwrap_or(0)
        })
        .collect();
    Page {
        rows: builder.rows,
        toc,
        headings,
        embeds: builder.embeds,
        width,
        lang: lesson.lang,
        version,
    }
}

struct Builder<'a> {
    lesson: &'a Lesson,
    lang: Lang,
    width: usize,
    answers: &'a Answers,
    rows: Vec<Row>,
    embeds: Vec<Embed>,
    /// The first row of each heading block.
    heading_rows: Vec<Option<usize>>,
}

fn plain() -> Ink {
    Ink::Text(Inline::default())
}

fn text_rows(text: &str, width: usize, ink: Ink) -> Vec<Row> {
    wrap(text, width)
        .into_iter()
        .map(|l| Row::new(vec![Piece::new(l, ink)]))
        .collect()
}

impl Builder<'_> {
    fn build(&mut self) {
        let lesson = self.lesson;
        self.rows.extend(heading(&lesson.meta.title, 1, self.width));
        // The title above says what a `#` title opening the body would say again;
        // its place in the table of contents is the top of the page.
        let skip = matches!(
            lesson.blocks.first().map(|b| &b.kind),
            Some(BlockKind::Heading(h)) if h.level == 1
        );
        if skip {
            if let Some(first) = self.heading_rows.first_mut() {
                *first = Some(0);
            }
        }
        for (index, block) in lesson.blocks.iter().enumerate().skip(usize::from(skip)) {
            self.rows.push(Row::blank());
            match &block.kind {
                BlockKind::Calc(calc) => self.calc(calc),
                BlockKind::Question(q) => self.question(&q.id),
                BlockKind::Note(inner) => {
                    let rows = note(inner, self.lesson, self.width, self.lang);
                    self.rows.extend(rows);
                }
                BlockKind::Heading(_) => {
                    if let Some(slot) = self.heading_rows.get_mut(index) {
                        *slot = Some(self.rows.len());
                    }
                    self.rows
                        .extend(block_rows(block, self.lesson, self.width, self.lang, true));
                }
                _ => self
                    .rows
                    .extend(block_rows(block, self.lesson, self.width, self.lang, true)),
            }
        }
        self.rows.push(Row::blank());
        let end = format!("── {} ──", self.lang.text(Msg::LessonEnd));
        let end_width = columns(&end);
        if end_width <= self.width {
            let pad = (self.width - end_width) / 2;
            self.rows.push(Row::new(vec![
                Piece::new(" ".repeat(pad), plain()),
                Piece::new(end, Ink::Meta),
            ]));
        } else {
            self.rows.extend(text_rows(
                self.lang.text(Msg::LessonEnd),
                self.width,
                Ink::Meta,
            ));
        }
    }

    /// Adds an embed's box, its rows tagged with the embed.
    fn push_embed(&mut self, kind: EmbedKind, rows: Vec<Row>) {
        let index = self.embeds.len();
        let start = self.rows.len();
        self.rows.extend(rows.into_iter().map(|mut r| {
            r.embed = Some(index);
            r
        }));
        self.embeds.push(Embed {
            kind,
            rows: start..self.rows.len(),
        });
    }

    fn calc(&mut self, calc: &CalcEmbed) {
        let inner = self.width.saturating_sub(4).max(1);
        let describe = catalog::find(&calc.calculator)
            .map_or(calc.calculator.as_str(), |c| c.describe(self.lang));
        let title = self.lang.fill(Msg::TryIt, &[describe]);
        let mut body = Vec::new();
        let route = calc_route(calc);
        let command = calc_command(calc);
        let code = Ink::Text(Inline {
            code: true,
            ..Inline::default()
        });
        match (&route, &command) {
            (None, Some(command)) => {
                body.extend(text_rows(&format!("$ {command}"), inner, code));
            }
            _ => body.extend(text_rows(&calc.input, inner, code)),
        }
        if let Some((line, ink)) = route.as_ref().and_then(|r| calc_preview(r, self.lang)) {
            body.extend(text_rows(&line, inner, ink));
        }
        let hint = match (&route, &command) {
            (Some(_), _) => Msg::TryOpen,
            (None, Some(_)) => Msg::TryCli,
            (None, None) => Msg::TryLater,
        };
        body.extend(text_rows(self.lang.text(hint), inner, Ink::Hint));
        let rows = framed(Some(&title), body, self.width, ROUND, Ink::EmbedFrame);
        self.push_embed(EmbedKind::Calc(calc.clone()), rows);
    }

    fn question(&mut self, id: &str) {
        let lesson = self.lesson;
        let Some(q) = lesson.question(id) else {
            self.rows
                .extend(text_rows(&format!("({id})"), self.width, Ink::Meta));
            return;
        };
        let inner = self.width.saturating_sub(4).max(1);
        let number = lesson.question_number(id).unwrap_or(0);
        let title = self.lang.fill(
            Msg::QuestionOf,
            &[&number.to_string(), &lesson.questions.len().to_string()],
        );
        let shown = shown_order(q);
        let mut body = text_rows(&q.prompt, inner, plain());
        let entries = lettered(q, &shown, lesson.lang);
        if !entries.is_empty() {
            body.push(Row::blank());
        }
        for (i, entry) in entries.iter().enumerate() {
            let letter = choice_letter(i);
            let lead = vec![
                Piece::new(letter.clone(), Ink::Letter),
                Piece::new("  ", plain()),
            ];
            let indent = columns(&letter) + 2;
            for mut row in hang(lead, indent, &[(entry.clone(), plain())], inner) {
                row.mark = Mark::Choice(i);
                body.push(row);
            }
        }
        body.push(Row::blank());
        let label = format!("{} › ", self.lang.text(Msg::AnswerLabel));
        let label_width = columns(&label);
        body.push(Row {
            pieces: vec![Piece::new(label, Ink::Label)],
            mark: Mark::Field {
                at: label_width,
                room: inner.saturating_sub(label_width),
            },
            embed: None,
        });
        let hint = match &q.kind {
            QuestionKind::Choice { choices, .. } => self.lang.fill(
                Msg::HintChoice,
                &[&choice_letter(choices.len().saturating_sub(1))],
            ),
            QuestionKind::Multi { .. } => self.lang.text(Msg::HintMulti).to_owned(),
            QuestionKind::TrueFalse { .. } => self.lang.text(Msg::HintTrueFalse).to_owned(),
            QuestionKind::Order { .. } => self.lang.text(Msg::HintOrder).to_owned(),
            QuestionKind::Short { .. } => self.lang.text(Msg::HintShort).to_owned(),
        };
        body.extend(text_rows(&hint, inner, Ink::Hint));
        let graded = self.answers.get(id).and_then(|a| a.graded.as_ref());
        if let Some(graded) = graded {
            body.push(Row::blank());
            match graded {
                Graded::Right => {
                    body.extend(text_rows(self.lang.text(Msg::Right), inner, Ink::Good));
                    body.extend(text_rows(&q.explanation, inner, plain()));
                }
                Graded::Wrong => {
                    let answer = crate::lesson::plain::answer_text(q, lesson.lang);
                    let line = self.lang.fill(Msg::Wrong, &[&answer]);
                    body.extend(text_rows(&line, inner, Ink::Bad));
                    body.extend(text_rows(&q.explanation, inner, plain()));
                }
                Graded::Unreadable(error) => {
                    body.extend(text_rows(&form_message(error, self.lang), inner, Ink::Bad));
                }
            }
        }
        let rows = framed(Some(&title), body, self.width, ROUND, Ink::EmbedFrame);
        self.push_embed(
            EmbedKind::Question {
                id: id.to_owned(),
                shown,
            },
            rows,
        );
    }
}

/// The rows of a block that is neither an embed nor a note (inside a note,
/// embeds are described in a line, and code is clipped to the box when `free`
/// is false).
fn block_rows(block: &Block, lesson: &Lesson, width: usize, lang: Lang, free: bool) -> Vec<Row> {
    match &block.kind {
        BlockKind::Heading(h) => heading(&plain_text(&h.spans), h.level, width),
        BlockKind::Paragraph(spans) => wrap_runs(&runs(spans), width)
            .into_iter()
            .map(Row::new)
            .collect(),
        BlockKind::List(l) => {
            let mut out = Vec::new();
            list(l, 0, 0, width, &mut out);
            out
        }
        BlockKind::Table(t) => table(t, width),
        BlockKind::Code(code) => code
            .text
            .split('\n')
            .map(|line| {
                let expanded = cut(line, usize::MAX).concat();
                let mut row = Row::new(vec![
                    Piece::new("│ ", Ink::Gutter),
                    Piece::new(expanded, Ink::Verbatim),
                ]);
                if free {
                    row.mark = Mark::Verbatim;
                } else {
                    row = clip(row, width);
                }
                row
            })
            .collect(),
        BlockKind::Rule => {
            let rule = "· · ·";
            let pad = width.saturating_sub(columns(rule)) / 2;
            vec![Row::new(vec![
                Piece::new(" ".repeat(pad), plain()),
                Piece::new(rule, Ink::Rule),
            ])]
        }
        BlockKind::Note(inner) => note(inner, lesson, width, lang),
        BlockKind::Calc(calc) => text_rows(
            &lang.fill(
                Msg::TryIt,
                &[&format!("{} {}", calc.calculator, calc.input)],
            ),
            width,
            Ink::Hint,
        ),
        BlockKind::Question(q) => text_rows(
            &lang.fill(
                Msg::QuestionOf,
                &[
                    &lesson.question_number(&q.id).unwrap_or(0).to_string(),
                    &lesson.questions.len().to_string(),
                ],
            ),
            width,
            Ink::Hint,
        ),
    }
}

/// A row cut to `width` columns, its last column a `»` when something was cut.
fn clip(row: Row, width: usize) -> Row {
    if row.width() <= width {
        return row;
    }
    let mut left = width.saturating_sub(1);
    let mut pieces = Vec::new();
    for piece in row.pieces {
        if left == 0 {
            break;
        }
        let mut text = String::new();
        for c in piece.text.chars() {
            let w = columns(c.encode_utf8(&mut [0; 4]));
            if w > left {
                left = 0;
                break;
            }
            left -= w;
            text.push(c);
        }
        pieces.push(Piece { text, ..piece });
    }
    pieces.push(Piece::new("»", Ink::Gutter));
    Row { pieces, ..row }
}

/// A heading: the title and sections underlined, subsections bold only.
fn heading(text: &str, level: u8, width: usize) -> Vec<Row> {
    let ink = match level {
        1 => Ink::Title,
        2 => Ink::Heading,
        _ => Ink::Subheading,
    };
    let lines = wrap(text, width);
    let widest = lines.iter().map(|l| columns(l)).max().unwrap_or(0);
    let mut rows: Vec<Row> = lines
        .into_iter()
        .map(|l| Row::new(vec![Piece::new(l, ink)]))
        .collect();
    let underline = match level {
        1 => Some("━"),
        2 => Some("─"),
        _ => None,
    };
    if let Some(rule) = underline {
        rows.push(Row::new(vec![Piece::new(rule.repeat(widest), Ink::Rule)]));
    }
    rows
}

/// `lead` then the runs wrapped in the columns after `indent`, later lines
/// indented to line up with the first.
fn hang(lead: Vec<Piece>, indent: usize, runs: &[Run], width: usize) -> Vec<Row> {
    let lines = wrap_runs(runs, width.saturating_sub(indent).max(1));
    if lines.is_empty() {
        return vec![Row::new(lead)];
    }
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let mut pieces = if i == 0 {
                lead.clone()
            } else {
                vec![Piece::new(" ".repeat(indent), plain())]
            };
            pieces.extend(line);
            Row::new(pieces)
        })
        .collect()
}

fn list(l: &List, indent: usize, depth: usize, width: usize, out: &mut Vec<Row>) {
    let markers: Vec<String> = (0..l.items.len())
        .map(|i| match l.start {
            Some(start) => format!(
                "{}.",
                start.saturating_add(u64::try_from(i).unwrap_or(u64::MAX))
            ),
            None if depth == 0 => "•".to_owned(),
            None => "◦".to_owned(),
        })
        .collect();
    let marker_width = markers.iter().map(|m| columns(m)).max().unwrap_or(1);
    for (item, marker) in l.items.iter().zip(&markers) {
        let mut lead = Vec::new();
        if indent > 0 {
            lead.push(Piece::new(" ".repeat(indent), plain()));
        }
        lead.push(Piece::new(pad_left(marker, marker_width), Ink::Marker));
        lead.push(Piece::new(" ", plain()));
        let child_indent = indent + marker_width + 1;
        out.extend(hang(lead, child_indent, &runs(&item.spans), width));
        if let Some(children) = &item.children {
            list(children, child_indent, depth + 1, width, out);
        }
    }
}

/// The corners of a box: top left, top right, bottom left, bottom right, and
/// its horizontal and vertical lines.
type Corners = [&'static str; 6];
const ROUND: Corners = ["╭", "╮", "╰", "╯", "─", "│"];
const SQUARE: Corners = ["┌", "┐", "└", "┘", "─", "│"];

/// A note: its blocks in a box.
fn note(inner: &[Block], lesson: &Lesson, width: usize, lang: Lang) -> Vec<Row> {
    let room = width.saturating_sub(4).max(1);
    let mut body = Vec::new();
    for (i, block) in inner.iter().enumerate() {
        if i > 0 {
            body.push(Row::blank());
        }
        body.extend(block_rows(block, lesson, room, lang, false));
    }
    framed(None, body, width, SQUARE, Ink::Frame)
}

/// Rows in a box `width` columns wide, with a title in its top border; each
/// row is cut or padded to the inside.
fn framed(
    title: Option<&str>,
    body: Vec<Row>,
    width: usize,
    corners: Corners,
    ink: Ink,
) -> Vec<Row> {
    let [tl, tr, bl, br, h, v] = corners;
    let inner = width.saturating_sub(4);
    let mut top = vec![Piece::new(tl, ink)];
    let mut used = 2;
    if let Some(title) = title.filter(|_| width >= 8) {
        let shown = truncate(title, width - 6).into_owned();
        used += 3 + columns(&shown);
        top.push(Piece::new(format!("{h} "), ink));
        top.push(Piece::new(shown, Ink::EmbedTitle));
        top.push(Piece::new(" ", ink));
    }
    top.push(Piece::new(h.repeat(width.saturating_sub(used)), ink));
    top.push(Piece::new(tr, ink));
    let mut rows = vec![Row::new(top)];
    for row in body {
        let row = clip(row, inner);
        let pad = inner.saturating_sub(row.width());
        let mut pieces = vec![Piece::new(format!("{v} "), ink)];
        pieces.extend(row.pieces);
        pieces.push(Piece::new(" ".repeat(pad), plain()));
        pieces.push(Piece::new(format!(" {v}"), ink));
        let mark = match row.mark {
            Mark::Field { at, room } => Mark::Field { at: at + 2, room },
            Mark::Verbatim => Mark::Text,
            other => other,
        };
        rows.push(Row {
            pieces,
            mark,
            embed: row.embed,
        });
    }
    rows.push(Row::new(vec![
        Piece::new(bl, ink),
        Piece::new(h.repeat(width.saturating_sub(2)), ink),
        Piece::new(br, ink),
    ]));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::{Lang as LessonLang, parse};

    const LESSON: &str = "+++\nformat_version = 1\nid = \"m03-x\"\nmodule = \"M3\"\norder = 2\ntitle = \"Masks\"\n\n[[question]]\nid = \"q1\"\nkind = \"true_false\"\nprompt = \"A /25 is half a /24.\"\nanswer = true\nexplanation = \"One more bit.\"\n+++\n# Masks\n\nA **mask** marks the `network` bits.\n\n## Lists\n\n- one\n- two\n  - nested\n\n```text\n+--+--+--+\n```\n\n> **Note:** mind the bits.\n\n```calc subnet\n10.0.0.0/24\n```\n\n```question q1\n```\n";

    fn page(answers: &Answers, width: usize) -> Page {
        let lesson = parse(LESSON, "en/m03-x.md", LessonLang::En).lesson;
        lay_out(lesson.as_ref(), "m03-x", width, Lang::En, answers, 0)
    }

    fn texts(page: &Page) -> Vec<String> {
        page.rows
            .iter()
            .map(|r| r.text().trim_end().to_owned())
            .collect()
    }

    #[test]
    fn a_lesson_reads_top_to_bottom() {
        let p = page(&Answers::new(), 30);
        assert_eq!(
            texts(&p),
            [
                "Masks",
                "━━━━━",
                "",
                "A mask marks the network bits.",
                "",
                "Lists",
                "─────",
                "",
                "• one",
                "• two",
                "  ◦ nested",
                "",
                "│ +--+--+--+",
                "",
                "┌────────────────────────────┐",
                "│ Note: mind the bits.       │",
                "└────────────────────────────┘",
                "",
                "╭─ Try it: subnet details ───╮",
                "│ 10.0.0.0/24                │",
                "│ ✓ 10.0.0.0/24: 254 usable  │",
                "│ hosts, private (RFC 1918)  │",
                "│ Enter opens the calculator │",
                "│ with this input.           │",
                "╰────────────────────────────╯",
                "",
                "╭─ Question 1 of 1 ──────────╮",
                "│ A /25 is half a /24.       │",
                "│                            │",
                "│ A  True                    │",
                "│ B  False                   │",
                "│                            │",
                "│ Answer ›                   │",
                "│ Type A (true) or B         │",
                "│ (false), then Enter.       │",
                "╰────────────────────────────╯",
                "",
                "   ── End of the lesson ──",
            ]
        );
        assert_eq!(p.headings, [0, 5]);
        assert_eq!(p.embeds.len(), 2);
        assert_eq!(p.embeds[1].rows, 26..36);
        assert_eq!(p.rows[12].mark, Mark::Verbatim);
        assert_eq!(p.rows[29].mark, Mark::Choice(0));
        assert_eq!(p.rows[32].mark, Mark::Field { at: 11, room: 17 });
    }

    #[test]
    fn feedback_appears_in_the_question_box() {
        let mut answers = Answers::new();
        answers.insert(
            "q1".into(),
            super::super::embed::Answer {
                graded: Some(Graded::Wrong),
                ..Default::default()
            },
        );
        let text = texts(&page(&answers, 40));
        assert!(
            text.iter()
                .any(|l| l.contains("✗ Not quite: the answer is True.")),
            "{text:#?}"
        );
        assert!(text.iter().any(|l| l.contains("One more bit.")));
    }

    #[test]
    fn rows_fit_any_width_except_code() {
        for width in 1..60 {
            let p = page(&Answers::new(), width);
            for row in &p.rows {
                if row.mark != Mark::Verbatim && width >= 8 {
                    assert!(row.width() <= width, "{width}: {:?}", row.text());
                }
            }
        }
    }

    #[test]
    fn a_missing_lesson_says_so() {
        let p = lay_out(None, "m99", 40, Lang::En, &Answers::new(), 0);
        assert_eq!(texts(&p), ["The lesson \"m99\" is not in the library."]);
    }
}
