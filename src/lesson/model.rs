//! The lesson content model: plain values that the reader, the command line and
//! practice all read. Nothing here parses or touches a file.

pub use crate::lang::{Lang, UnknownLang};

/// One lesson in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesson {
    /// The language it is written in.
    pub lang: Lang,
    /// The label of the file it was read from, for messages.
    pub file: String,
    /// The front matter.
    pub meta: Meta,
    /// The body, in reading order.
    pub blocks: Vec<Block>,
    /// The static questions, in the order the file lists them.
    pub questions: Vec<Question>,
}

impl Lesson {
    /// The question with this id.
    ///
    /// ```
    /// # use netdojo::lesson::{parse, Lang};
    /// # let text = "+++\nformat_version = 1\nid = \"a\"\nmodule = \"M3\"\norder = 1\ntitle = \"T\"\n\n[[question]]\nid = \"q1\"\nkind = \"true_false\"\nprompt = \"P\"\nanswer = true\nexplanation = \"E\"\n+++\nBody.\n";
    /// let lesson = parse(text, "en/a.md", Lang::En).lesson.unwrap();
    /// assert_eq!(lesson.question("q1").map(|q| q.prompt.as_str()), Some("P"));
    /// assert!(lesson.question("q2").is_none());
    /// ```
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The 1-based number of a question in the lesson, as lists show it.
    ///
    /// ```
    /// # use netdojo::lesson::{parse, Lang};
    /// # let text = "+++\nformat_version = 1\nid = \"a\"\nmodule = \"M3\"\norder = 1\ntitle = \"T\"\n\n[[question]]\nid = \"q1\"\nkind = \"true_false\"\nprompt = \"P\"\nanswer = true\nexplanation = \"E\"\n+++\n";
    /// let lesson = parse(text, "en/a.md", Lang::En).lesson.unwrap();
    /// assert_eq!(lesson.question_number("q1"), Some(1));
    /// ```
    pub fn question_number(&self, id: &str) -> Option<usize> {
        self.questions
            .iter()
            .position(|q| q.id == id)
            .map(|i| i + 1)
    }

    /// The table of contents: every top-level heading, with its anchor.
    ///
    /// ```
    /// # use netdojo::lesson::{parse, Lang};
    /// # let text = "+++\nformat_version = 1\nid = \"a\"\nmodule = \"M3\"\norder = 1\ntitle = \"T\"\n+++\n## Masks and prefixes\n\nText.\n\n### Why /31 works\n";
    /// let lesson = parse(text, "en/a.md", Lang::En).lesson.unwrap();
    /// let toc = lesson.toc();
    /// assert_eq!(toc[0].anchor, "masks-and-prefixes");
    /// assert_eq!((toc[1].level, toc[1].text.as_str()), (3, "Why /31 works"));
    /// ```
    pub fn toc(&self) -> Vec<TocEntry> {
        self.blocks
            .iter()
            .enumerate()
            .filter_map(|(index, block)| match &block.kind {
                BlockKind::Heading(h) => Some(TocEntry {
                    level: h.level,
                    text: plain_text(&h.spans),
                    anchor: h.anchor.clone(),
                    block: index,
                }),
                _ => None,
            })
            .collect()
    }
}

/// One entry of a lesson's table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    /// Heading level, 1 to 3.
    pub level: u8,
    /// The heading as plain text.
    pub text: String,
    /// The heading's stable anchor (see [`Heading::anchor`]).
    pub anchor: String,
    /// Index of the heading in [`Lesson::blocks`], to jump to.
    pub block: usize,
}

/// The front matter of a lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// The format version the file declares (this code reads version 1).
    pub format_version: u32,
    /// Stable id, equal to the file name without `.md`.
    pub id: String,
    /// Curriculum module, `M1` to `M19`.
    pub module: String,
    /// Position within the module, from 1.
    pub order: u32,
    /// The title.
    pub title: String,
    /// One sentence for lists (may be empty).
    pub summary: String,
    /// Skill ids the lesson teaches (see [`crate::lesson::skills`]).
    pub skills: Vec<String>,
    /// Calculator ids the lesson links (see [`crate::lesson::catalog`]).
    pub calculators: Vec<String>,
    /// Where the facts come from.
    pub sources: Vec<String>,
    /// The date prices, quotas or versions in the lesson were true, such as `2026-11`.
    pub as_of: Option<String>,
    /// The line of each key, for messages.
    pub lines: MetaLines,
}

impl Meta {
    /// The module's number: 3 for `M3`, `None` when the module is not `M<number>`.
    ///
    /// ```
    /// # use netdojo::lesson::{parse, Lang};
    /// # let text = "+++\nformat_version = 1\nid = \"a\"\nmodule = \"M12\"\norder = 1\ntitle = \"T\"\n+++\n";
    /// let lesson = parse(text, "en/a.md", Lang::En).lesson.unwrap();
    /// assert_eq!(lesson.meta.module_number(), Some(12));
    /// ```
    pub fn module_number(&self) -> Option<u8> {
        let digits = self.module.strip_prefix('M')?;
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    }
}

/// The 1-based line of each front-matter key (1 when the key is absent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MetaLines {
    /// Line of `format_version`.
    pub format_version: usize,
    /// Line of `id`.
    pub id: usize,
    /// Line of `module`.
    pub module: usize,
    /// Line of `order`.
    pub order: usize,
    /// Line of `title`.
    pub title: usize,
    /// Line of `skills`.
    pub skills: usize,
    /// Line of `calculators`.
    pub calculators: usize,
    /// Line of `as_of`.
    pub as_of: usize,
}

/// One block of a lesson body, with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// 1-based line in the file where the block starts.
    pub line: usize,
    /// What the block is.
    pub kind: BlockKind,
}

/// The kinds of block a lesson body is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading (`#`, `##`, `###`).
    Heading(Heading),
    /// A paragraph of inline spans.
    Paragraph(Vec<Span>),
    /// A bullet or numbered list.
    List(List),
    /// A table with a header row.
    Table(Table),
    /// A code block, kept verbatim (diagrams, command output).
    Code(CodeBlock),
    /// A note box (a Markdown blockquote) holding other blocks.
    Note(Vec<Block>),
    /// A thematic break (`---`).
    Rule,
    /// An embedded calculator prefilled with an input (```` ```calc subnet ````).
    Calc(CalcEmbed),
    /// An embedded question from the front matter (```` ```question q5 ````).
    Question(QuestionEmbed),
}

/// A heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 to 3.
    pub level: u8,
    /// The heading's text.
    pub spans: Vec<Span>,
    /// A stable id made from the text (lower case, words joined by `-`), unique in
    /// the lesson, for links and for remembering the reader's place.
    pub anchor: String,
}

/// A run of inline text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The text.
    pub text: String,
    /// How it is emphasised.
    pub style: Style,
    /// The link target when the text is part of a link.
    pub link: Option<String>,
}

impl Span {
    /// Unstyled text that is not a link.
    ///
    /// ```
    /// use netdojo::lesson::Span;
    /// assert_eq!(Span::plain("hi").text, "hi");
    /// ```
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            style: Style::default(),
            link: None,
        }
    }
}

/// Inline emphasis flags; they combine (`***x***` is both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Style {
    /// `*emphasis*`.
    pub emphasis: bool,
    /// `**strong**`.
    pub strong: bool,
    /// `` `code` ``.
    pub code: bool,
}

/// The text of spans without styles or link targets.
///
/// ```
/// use netdojo::lesson::{plain_text, Span};
/// assert_eq!(plain_text(&[Span::plain("a "), Span::plain("b")]), "a b");
/// ```
pub fn plain_text(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// A bullet or numbered list; items may hold one nested list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// The first number of a numbered list; `None` for bullets.
    pub start: Option<u64>,
    /// The items.
    pub items: Vec<ListItem>,
}

/// One list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListItem {
    /// The item's text.
    pub spans: Vec<Span>,
    /// A nested list (one level only).
    pub children: Option<List>,
}

/// Horizontal alignment of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// Left (the default).
    #[default]
    Left,
    /// Centred.
    Center,
    /// Right (numbers).
    Right,
}

/// A table: one header row and body rows of cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// One alignment per column.
    pub align: Vec<Align>,
    /// The header cells.
    pub header: Vec<Vec<Span>>,
    /// The body rows; each row has one entry per cell written.
    pub rows: Vec<Vec<Vec<Span>>>,
}

/// A verbatim code block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeBlock {
    /// The info string's first word (`text`, `sh`...), empty when absent.
    pub lang: String,
    /// The lines, without the final newline.
    pub text: String,
}

/// A calculator embedded in the text, prefilled with an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalcEmbed {
    /// The calculator id (see [`crate::lesson::catalog`]).
    pub calculator: String,
    /// The input line, such as `10.0.20.0/24`.
    pub input: String,
}

/// A question of the front matter shown in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionEmbed {
    /// The question id.
    pub id: String,
}

/// A static question written in a lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Unique within the lesson and the same in both languages.
    pub id: String,
    /// 1-based line of the question's `id` key, for messages.
    pub line: usize,
    /// The question as asked.
    pub prompt: String,
    /// What kind of answer it takes, with the answer.
    pub kind: QuestionKind,
    /// Why the answer is right: the working, not just the result.
    pub explanation: String,
    /// The skill the question exercises, when the author named one.
    pub skill: Option<String>,
    /// How the answer can be recomputed by a calculator, when it can.
    pub verify: Option<Verify>,
}

/// The kinds of static question, each with its correct answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionKind {
    /// One correct choice.
    Choice {
        /// The choices, A first.
        choices: Vec<String>,
        /// Index of the correct choice (0 = A).
        answer: usize,
    },
    /// Several correct choices.
    Multi {
        /// The choices, A first.
        choices: Vec<String>,
        /// Indexes of the correct choices, as written.
        answers: Vec<usize>,
    },
    /// A statement that is true or false.
    TrueFalse {
        /// Whether the statement is true.
        answer: bool,
    },
    /// Items to put in order; they are stored in the correct order.
    Order {
        /// The items, correct order first to last.
        items: Vec<String>,
    },
    /// A typed answer.
    Short {
        /// The canonical answer.
        answer: String,
        /// Other spellings that are also right.
        accept: Vec<String>,
    },
}

impl QuestionKind {
    /// The name of the kind as written in a lesson file.
    ///
    /// ```
    /// use netdojo::lesson::QuestionKind;
    /// assert_eq!(QuestionKind::TrueFalse { answer: true }.name(), "true_false");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::Choice { .. } => "choice",
            QuestionKind::Multi { .. } => "multi",
            QuestionKind::TrueFalse { .. } => "true_false",
            QuestionKind::Order { .. } => "order",
            QuestionKind::Short { .. } => "short",
        }
    }

    /// The choices of a choice or multi question (empty for other kinds).
    ///
    /// ```
    /// use netdojo::lesson::QuestionKind;
    /// let kind = QuestionKind::Choice { choices: vec!["62".into(), "64".into()], answer: 0 };
    /// assert_eq!(kind.choices().len(), 2);
    /// ```
    pub fn choices(&self) -> &[String] {
        match self {
            QuestionKind::Choice { choices, .. } | QuestionKind::Multi { choices, .. } => choices,
            _ => &[],
        }
    }
}

/// How to recompute a question's answer with a calculator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verify {
    /// The calculator id (only `subnet` is supported).
    pub calc: String,
    /// The calculator's input, such as `192.168.5.77/27`.
    pub input: String,
    /// Which result field the answer must equal, such as `broadcast`.
    pub field: String,
}

/// The letter of a choice: 0 → `A`.
///
/// ```
/// use netdojo::lesson::choice_letter;
/// assert_eq!(choice_letter(2), "C");
/// assert_eq!(choice_letter(30), "#31");
/// ```
pub fn choice_letter(index: usize) -> String {
    match u8::try_from(index) {
        Ok(i) if i < 26 => char::from(b'A' + i).to_string(),
        _ => format!("#{}", index.saturating_add(1)),
    }
}
