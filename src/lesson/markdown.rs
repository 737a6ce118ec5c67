//! The Markdown body: from pulldown-cmark events to [`Block`]s.
//!
//! Constructs the reader cannot show (images, raw HTML, footnotes, headings below
//! `###`, lists nested twice) are reported with their line; their text is kept
//! where that makes sense so a lesson with a problem still reads.

use std::collections::HashSet;

use pulldown_cmark::{Alignment, CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use unicode_width::UnicodeWidthChar;

use super::lines::LineMap;
use super::model::{
    Align, Block, BlockKind, CalcEmbed, CodeBlock, Heading, List, ListItem, QuestionEmbed, Span,
    Style, Table, plain_text,
};
use super::source::Problem;

const IMAGE: &str =
    "images are not supported: describe the picture in words or draw it in a ```text block";
const RAW_HTML: &str = "raw HTML is not supported: write it in Markdown";
const FOOTNOTE: &str = "footnotes are not supported: put the remark in the text or in a > note";
const NOTE_IN_NOTE: &str = "a note inside a note is not supported";
const DEEP_LIST: &str = "lists nest one level deep at most: move this list up a level";

/// Reads the Markdown `body`, whose first line is line `first_line` of `file`.
pub(crate) fn parse_body(
    body: &str,
    first_line: usize,
    file: &str,
    problems: &mut Vec<Problem>,
) -> Vec<Block> {
    let lines = LineMap::new(body, first_line);
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    let events: Vec<(Event<'_>, usize)> = Parser::new_ext(body, options)
        .into_offset_iter()
        .map(|(event, range)| (event, lines.line(range.start)))
        .collect();
    let mut walker = Walker {
        events: events.into_iter(),
        file,
        problems,
        anchors: HashSet::new(),
    };
    walker.blocks(None, false)
}

struct Walker<'a, 'p> {
    events: std::vec::IntoIter<(Event<'a>, usize)>,
    file: &'p str,
    problems: &'p mut Vec<Problem>,
    anchors: HashSet<String>,
}

impl<'a> Walker<'a, '_> {
    fn report(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Problem::new(self.file, line, message));
    }

    /// Blocks up to the end tag `until` (or the end of the body).
    fn blocks(&mut self, until: Option<TagEnd>, in_note: bool) -> Vec<Block> {
        let mut out = Vec::new();
        while let Some((event, line)) = self.events.next() {
            match event {
                Event::End(end) if Some(end) == until => break,
                Event::Start(tag) => self.block(tag, line, in_note, &mut out),
                Event::Rule => out.push(Block {
                    line,
                    kind: BlockKind::Rule,
                }),
                Event::Html(_) | Event::InlineHtml(_) => self.report(line, RAW_HTML),
                Event::FootnoteReference(_) => self.report(line, FOOTNOTE),
                _ => {}
            }
        }
        out
    }

    fn block(&mut self, tag: Tag<'a>, line: usize, in_note: bool, out: &mut Vec<Block>) {
        let kind = match tag {
            Tag::Paragraph => {
                let spans = self.inlines(TagEnd::Paragraph);
                if spans.is_empty() {
                    return;
                }
                BlockKind::Paragraph(spans)
            }
            Tag::Heading { level, .. } => {
                let spans = self.inlines(TagEnd::Heading(level));
                BlockKind::Heading(self.heading(level, spans, line))
            }
            Tag::BlockQuote(kind) => {
                let inner = self.blocks(Some(TagEnd::BlockQuote(kind)), true);
                if in_note {
                    self.report(line, NOTE_IN_NOTE);
                    out.extend(inner);
                    return;
                }
                BlockKind::Note(inner)
            }
            Tag::CodeBlock(kind) => match self.code(kind, line) {
                Some(kind) => kind,
                None => return,
            },
            Tag::List(start) => {
                let list = self.list(start, 0);
                BlockKind::List(list)
            }
            Tag::Table(align) => BlockKind::Table(self.table(&align)),
            Tag::HtmlBlock => {
                self.report(line, RAW_HTML);
                self.skip();
                return;
            }
            Tag::FootnoteDefinition(_) => {
                self.report(line, FOOTNOTE);
                self.skip();
                return;
            }
            Tag::Image { .. } => {
                self.report(line, IMAGE);
                self.skip();
                return;
            }
            _ => {
                self.skip();
                return;
            }
        };
        out.push(Block { line, kind });
    }

    /// Consumes events up to the end of the tag just started.
    fn skip(&mut self) {
        let mut depth = 0usize;
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) if depth == 0 => return,
                Event::End(_) => depth -= 1,
                _ => {}
            }
        }
    }

    fn heading(&mut self, level: HeadingLevel, spans: Vec<Span>, line: usize) -> Heading {
        let depth: u8 = match level {
            HeadingLevel::H1 => 1,
            HeadingLevel::H2 => 2,
            HeadingLevel::H3 => 3,
            HeadingLevel::H4 => 4,
            HeadingLevel::H5 => 5,
            HeadingLevel::H6 => 6,
        };
        if depth > 3 {
            self.report(
                line,
                format!(
                    "headings deeper than ### are not supported (this one is {})",
                    "#".repeat(usize::from(depth))
                ),
            );
        }
        let base = slug(&plain_text(&spans));
        let mut anchor = base.clone();
        let mut n = 2;
        while !self.anchors.insert(anchor.clone()) {
            anchor = format!("{base}-{n}");
            n += 1;
        }
        Heading {
            level: depth.min(3),
            spans,
            anchor,
        }
    }

    /// Inline spans up to the end tag `end`.
    fn inlines(&mut self, end: TagEnd) -> Vec<Span> {
        let mut acc = Inlines::default();
        self.inlines_into(&mut acc, end);
        acc.spans
    }

    fn inlines_into(&mut self, acc: &mut Inlines, end: TagEnd) {
        while let Some((event, line)) = self.events.next() {
            match event {
                Event::End(e) if e == end => return,
                event => self.inline(event, line, acc),
            }
        }
    }

    fn inline(&mut self, event: Event<'a>, line: usize, acc: &mut Inlines) {
        match event {
            Event::Text(text) => acc.text(&text, false),
            Event::Code(text) => acc.text(&text, true),
            Event::SoftBreak | Event::HardBreak => acc.line_break(),
            Event::Start(Tag::Emphasis) => acc.emphasis += 1,
            Event::End(TagEnd::Emphasis) => acc.emphasis = acc.emphasis.saturating_sub(1),
            Event::Start(Tag::Strong) => acc.strong += 1,
            Event::End(TagEnd::Strong) => acc.strong = acc.strong.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => acc.links.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                acc.links.pop();
            }
            Event::Start(Tag::Image { .. }) => {
                self.report(line, IMAGE);
                self.skip();
            }
            Event::Html(_) | Event::InlineHtml(_) => self.report(line, RAW_HTML),
            Event::FootnoteReference(_) => self.report(line, FOOTNOTE),
            _ => {}
        }
    }

    /// A list whose items sit `depth` levels deep (0 = top level).
    fn list(&mut self, start: Option<u64>, depth: usize) -> List {
        let mut items = Vec::new();
        while let Some((event, _)) = self.events.next() {
            match event {
                Event::End(TagEnd::List(_)) => break,
                Event::Start(Tag::Item) => {
                    let (item, flattened) = self.item(depth);
                    items.push(item);
                    items.extend(flattened);
                }
                _ => {}
            }
        }
        List { start, items }
    }

    /// One item: its text and nested list, plus the items of any list nested too
    /// deep, flattened so their text is not lost.
    fn item(&mut self, depth: usize) -> (ListItem, Vec<ListItem>) {
        let mut acc = Inlines::default();
        let mut children: Option<List> = None;
        let mut flattened = Vec::new();
        while let Some((event, line)) = self.events.next() {
            match event {
                Event::End(TagEnd::Item) => break,
                Event::Start(Tag::Paragraph) => {
                    acc.line_break();
                    self.inlines_into(&mut acc, TagEnd::Paragraph);
                }
                Event::Start(Tag::List(start)) => {
                    let nested = self.list(start, depth + 1);
                    if depth == 0 {
                        match children.as_mut() {
                            Some(existing) => existing.items.extend(nested.items),
                            None => children = Some(nested),
                        }
                    } else {
                        self.report(line, DEEP_LIST);
                        flattened.extend(nested.items);
                    }
                }
                Event::Start(Tag::HtmlBlock) => {
                    self.report(line, RAW_HTML);
                    self.skip();
                }
                Event::Start(
                    tag @ (Tag::CodeBlock(_)
                    | Tag::BlockQuote(_)
                    | Tag::Table(_)
                    | Tag::Heading { .. }),
                ) => {
                    let what = match tag {
                        Tag::CodeBlock(_) => "code block",
                        Tag::BlockQuote(_) => "note",
                        Tag::Table(_) => "table",
                        _ => "heading",
                    };
                    self.report(
                        line,
                        format!(
                            "a list item holds only text and one nested list: end the list before this {what}"
                        ),
                    );
                    self.skip();
                }
                event => self.inline(event, line, &mut acc),
            }
        }
        (
            ListItem {
                spans: acc.spans,
                children,
            },
            flattened,
        )
    }

    fn code(&mut self, kind: CodeBlockKind<'a>, line: usize) -> Option<BlockKind> {
        let mut text = String::new();
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock) => break,
                _ => {}
            }
        }
        let info = match kind {
            CodeBlockKind::Fenced(info) => info.to_string(),
            CodeBlockKind::Indented => String::new(),
        };
        let mut words = info.split_whitespace();
        let first = words.next().unwrap_or("");
        let name = words.next();
        match first {
            "calc" => self.calc(name, &text, line),
            "question" => self.question(name, &text, line),
            _ => Some(BlockKind::Code(CodeBlock {
                lang: first.to_owned(),
                text: text.strip_suffix('\n').unwrap_or(&text).to_owned(),
            })),
        }
    }

    fn calc(&mut self, name: Option<&str>, text: &str, line: usize) -> Option<BlockKind> {
        let Some(calculator) = name else {
            self.report(
                line,
                "a calc block names its calculator after `calc`, as in ```calc subnet",
            );
            return None;
        };
        let inputs: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        match inputs.as_slice() {
            [input] => Some(BlockKind::Calc(CalcEmbed {
                calculator: calculator.to_owned(),
                input: (*input).to_owned(),
            })),
            [] => {
                self.report(
                    line,
                    "a calc block needs one line of input for the calculator",
                );
                None
            }
            many => {
                self.report(
                    line,
                    format!("a calc block holds one line of input, not {}", many.len()),
                );
                None
            }
        }
    }

    fn question(&mut self, name: Option<&str>, text: &str, line: usize) -> Option<BlockKind> {
        let Some(id) = name else {
            self.report(
                line,
                "a question block names its question after `question`, as in ```question q5",
            );
            return None;
        };
        if !text.trim().is_empty() {
            self.report(
                line,
                "a question block stays empty: the question itself goes in the front matter",
            );
        }
        Some(BlockKind::Question(QuestionEmbed { id: id.to_owned() }))
    }

    fn table(&mut self, align: &[Alignment]) -> Table {
        let mut header = Vec::new();
        let mut rows = Vec::new();
        let mut row = Vec::new();
        while let Some((event, _)) = self.events.next() {
            match event {
                Event::End(TagEnd::Table) => break,
                Event::Start(Tag::TableHead | Tag::TableRow) => row = Vec::new(),
                Event::End(TagEnd::TableHead) => header = std::mem::take(&mut row),
                Event::End(TagEnd::TableRow) => rows.push(std::mem::take(&mut row)),
                Event::Start(Tag::TableCell) => row.push(self.inlines(TagEnd::TableCell)),
                _ => {}
            }
        }
        Table {
            align: align
                .iter()
                .map(|a| match a {
                    Alignment::Center => Align::Center,
                    Alignment::Right => Align::Right,
                    Alignment::Left | Alignment::None => Align::Left,
                })
                .collect(),
            header,
            rows,
        }
    }
}

/// Collects inline text into spans, merging runs of one style.
#[derive(Default)]
struct Inlines {
    spans: Vec<Span>,
    emphasis: u32,
    strong: u32,
    links: Vec<String>,
    pending_break: bool,
}

impl Inlines {
    fn line_break(&mut self) {
        if !self.spans.is_empty() {
            self.pending_break = true;
        }
    }

    fn text(&mut self, text: &str, code: bool) {
        if text.is_empty() {
            return;
        }
        let style = Style {
            emphasis: self.emphasis > 0,
            strong: self.strong > 0,
            code,
        };
        let link = self.links.last().cloned();
        let mut text = text.to_owned();
        if std::mem::take(&mut self.pending_break) && self.needs_space_before(&text) {
            text.insert(0, ' ');
        }
        match self.spans.last_mut() {
            Some(last) if last.style == style && last.link == link => last.text.push_str(&text),
            _ => self.spans.push(Span { text, style, link }),
        }
    }

    /// A line break in the source joins words with a space, except between two
    /// wide (CJK) characters and after Japanese punctuation such as 。, where
    /// Japanese text has no spaces.
    fn needs_space_before(&self, next: &str) -> bool {
        let before = self.spans.last().and_then(|s| s.text.chars().last());
        let after = next.chars().next();
        let after_cjk_punctuation = before.is_some_and(|c| "、。，．」』）】！？：".contains(c));
        !(after_cjk_punctuation || before.is_some_and(is_wide) && after.is_some_and(is_wide))
    }
}

fn is_wide(c: char) -> bool {
    c.width() == Some(2)
}

/// A stable anchor for a heading: lower case, letters and digits of any script,
/// words joined by `-`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    if out.is_empty() {
        "section".to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> (Vec<Block>, Vec<String>) {
        let mut problems = Vec::new();
        let blocks = parse_body(text, 10, "f.md", &mut problems);
        (blocks, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn slugs_keep_letters_of_any_script() {
        assert_eq!(slug("Why /31 works"), "why-31-works");
        assert_eq!(slug("サブネットとは？"), "サブネットとは");
        assert_eq!(slug("IPv4 vs. IPv6!"), "ipv4-vs-ipv6");
        assert_eq!(slug("???"), "section");
    }

    #[test]
    fn line_breaks_join_english_with_a_space_and_japanese_without() {
        let (blocks, problems) = body("one\ntwo\n\n日本\n語です。\nAWS\n");
        assert!(problems.is_empty());
        assert_eq!(
            blocks[0].kind,
            BlockKind::Paragraph(vec![Span::plain("one two")])
        );
        assert_eq!(
            blocks[1].kind,
            BlockKind::Paragraph(vec![Span::plain("日本語です。AWS")])
        );
        assert_eq!((blocks[0].line, blocks[1].line), (10, 13));
    }

    #[test]
    fn styles_and_links_become_spans() {
        let (blocks, _) = body("a *b* **c** `d` [e](http://x)\n");
        let BlockKind::Paragraph(spans) = &blocks[0].kind else {
            panic!("not a paragraph: {blocks:?}");
        };
        let styles: Vec<(&str, bool, bool, bool, Option<&str>)> = spans
            .iter()
            .map(|s| {
                (
                    s.text.as_str(),
                    s.style.emphasis,
                    s.style.strong,
                    s.style.code,
                    s.link.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            styles,
            vec![
                ("a ", false, false, false, None),
                ("b", true, false, false, None),
                (" ", false, false, false, None),
                ("c", false, true, false, None),
                (" ", false, false, false, None),
                ("d", false, false, true, None),
                (" ", false, false, false, None),
                ("e", false, false, false, Some("http://x")),
            ]
        );
    }

    #[test]
    fn duplicate_headings_get_numbered_anchors() {
        let (blocks, _) = body("## Example\n\n## Example\n");
        let anchors: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Heading(h) => Some(h.anchor.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(anchors, ["example", "example-2"]);
    }

    #[test]
    fn a_list_nested_twice_is_flattened_and_reported() {
        let (blocks, problems) = body("- a\n  - b\n    - c\n- d\n");
        assert_eq!(
            problems,
            ["f.md:12: lists nest one level deep at most: move this list up a level"]
        );
        let BlockKind::List(list) = &blocks[0].kind else {
            panic!("not a list");
        };
        let children = list.items[0].children.as_ref().map(|c| c.items.len());
        assert_eq!((list.items.len(), children), (2, Some(2)));
    }

    #[test]
    fn calc_and_question_blocks_are_embeds() {
        let (blocks, problems) = body("```calc subnet\n10.0.0.0/24\n```\n\n```question q5\n```\n");
        assert!(problems.is_empty());
        assert_eq!(
            blocks[0].kind,
            BlockKind::Calc(CalcEmbed {
                calculator: "subnet".into(),
                input: "10.0.0.0/24".into()
            })
        );
        assert_eq!(
            blocks[1].kind,
            BlockKind::Question(QuestionEmbed { id: "q5".into() })
        );
    }
}
