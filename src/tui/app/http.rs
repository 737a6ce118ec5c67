//! HTTP message check: type or paste a request or a response over several lines
//! (Enter ends a line with CR LF, as HTTP/1.1 wants) and see every part annotated
//! as you type, with the problems found; and status codes classified.

mod editor;

use crate::calc::http::{Kind, Message, Part, PartKind, StatusCode, describe, visible};
use crate::format;
use crate::format::table::Table;
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::{CharClass, Mode};
use crate::tui::layout;

use super::calc::{self, Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;
use super::numbers::tokens;
use super::rows::{heading, table, wrapped};
use super::{Ctx, Outcome};

pub use editor::Editor;

/// The views of the HTTP screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpView {
    /// A message, annotated.
    Message,
    /// Status codes.
    Status,
}

impl HttpView {
    const NAMES: &'static [Msg] = &[Msg::ViewMessage, Msg::ViewStatus];

    fn index(self) -> usize {
        match self {
            HttpView::Message => 0,
            HttpView::Status => 1,
        }
    }
}

/// The request the screen starts with.
pub const EXAMPLE: &str =
    "GET /index.html HTTP/1.1\r\nHost: www.example.com\r\nAccept: text/html\r\n\r\n";

/// The HTTP screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpState {
    view: HttpView,
    forms: [Form; 2],
    editor: Editor,
    message: Message,
    codes: Vec<Result<StatusCode, String>>,
}

/// Reads `\r`, `\n`, `\t` and `\\` as printf does; other text is kept as it is.
///
/// ```
/// use netdojo::tui::app::http::unescape;
/// assert_eq!(unescape("GET / HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n"), "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
/// assert_eq!(unescape("a\\\\b\\x"), "a\\b\\x");
/// ```
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('r') => out.push('\r'),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A message written for printf inside single quotes: line ends, tabs,
/// backslashes and `%` escaped.
///
/// ```
/// use netdojo::tui::app::http::printf_quote;
/// assert_eq!(printf_quote("a\r\nb%'"), "'a\\r\\nb%%'\\'''");
/// ```
pub fn printf_quote(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        match c {
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\\' => out.push_str("\\\\"),
            '%' => out.push_str("%%"),
            '\'' => out.push_str("'\\''"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

impl HttpState {
    /// The screen, prefilled: `status` opens the status codes with the rest as
    /// codes; otherwise the arguments, joined by spaces, are the message.
    pub fn new(prefill: &[String]) -> HttpState {
        let (view, rest) = match prefill.first().map(String::as_str) {
            Some("status") => (HttpView::Status, &prefill[1..]),
            _ => (HttpView::Message, prefill),
        };
        let text = match view {
            HttpView::Message if !rest.is_empty() => rest.join(" "),
            _ => EXAMPLE.to_string(),
        };
        let codes = if view == HttpView::Status { rest } else { &[] };
        let field = Field::new(Msg::FieldCodes, CharClass::Numbers, Msg::PhCodes, "");
        let mut state = HttpState {
            view,
            forms: [Form::new(Vec::new(), &[]), Form::new(vec![field], codes)],
            editor: Editor::new(&text),
            message: Message::parse(b""),
            codes: Vec::new(),
        };
        state.reparse();
        state.recompute_codes();
        state
    }

    /// The view shown.
    pub fn view(&self) -> HttpView {
        self.view
    }

    /// The message being edited.
    pub fn editor(&self) -> &Editor {
        &self.editor
    }

    /// The message as parsed.
    pub fn message(&self) -> &Message {
        &self.message
    }

    fn reparse(&mut self) {
        self.message = Message::parse(self.editor.text().as_bytes());
    }

    fn recompute_codes(&mut self) {
        self.codes = tokens(self.forms[1].text(0))
            .into_iter()
            .map(|t| t.parse::<StatusCode>().map_err(|e| e.to_string()))
            .collect();
    }

    /// Handles an action: the message view edits its text; the status view is
    /// any calculator. The result keeps the cursor's line in view.
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let outcome = calc::update(self, action, ctx);
        if self.view == HttpView::Message {
            let areas = layout::calc(ctx.body, 0);
            let height = usize::from(areas.result.height);
            let (lines, row) = self.annotated(ctx.lang, usize::from(areas.result.width));
            let form = &mut self.forms[0];
            let last = lines.len().saturating_sub(height);
            if row < form.scroll {
                form.scroll = row;
            } else if height > 0 && row >= form.scroll + height {
                form.scroll = row + 1 - height;
            }
            form.scroll = form.scroll.min(last);
        }
        outcome
    }

    /// The command line that prints what the view shows, in `lang`.
    pub fn cli_in(&self, lang: Lang) -> Option<CliText> {
        let flag = match lang {
            Lang::En => "",
            Lang::Ja => " --lang ja",
        };
        match self.view {
            HttpView::Message => {
                let text = self.editor.text();
                Some(CliText {
                    command: format!(
                        "printf {} | netdojo http check -{flag}",
                        printf_quote(&text)
                    ),
                    output: format::http::check("-", &self.message, text.as_bytes(), lang),
                })
            }
            HttpView::Status => {
                if self.codes.is_empty() {
                    return None;
                }
                let args: Vec<String> = tokens(self.forms[1].text(0))
                    .iter()
                    .map(|t| shell_quote(t))
                    .collect();
                let mut output: String = self
                    .codes
                    .iter()
                    .filter_map(|c| c.as_ref().err().map(|e| format!("netdojo: {e}\n")))
                    .collect();
                let good: Vec<StatusCode> =
                    self.codes.iter().filter_map(|c| c.clone().ok()).collect();
                output.push_str(&format::http::status(&good, lang));
                Some(CliText {
                    command: format!("netdojo http status {}{flag}", args.join(" ")),
                    output,
                })
            }
        }
    }

    /// The message view's lines, and the row the cursor is on.
    fn annotated(&self, lang: Lang, width: usize) -> (Vec<TextLine>, usize) {
        let text = self.editor.text();
        let input = text.as_bytes();
        let (cursor_line, cursor_col) = self.editor.position();
        let mut lines = Vec::new();
        let mut cursor_row = 0;
        let source = self.editor.lines();
        let gutter = source.len().to_string().len().max(2);
        for (i, line) in source.iter().enumerate() {
            let number = i + 1;
            let mut row = TextLine::one(format!("{number:>gutter$} │ "), Tone::Dim);
            let shown: Vec<char> = line.content.chars().collect();
            if i == cursor_line {
                cursor_row = lines.len();
                let before: String = shown.iter().take(cursor_col).collect();
                let at = shown
                    .get(cursor_col)
                    .map_or(" ".to_string(), |c| visible_char(*c));
                let after: String = shown.iter().skip(cursor_col + 1).collect();
                row = row
                    .push(visible(before.as_bytes()), Tone::Plain)
                    .push(at, Tone::Highlight)
                    .push(visible(after.as_bytes()), Tone::Plain);
            } else {
                row = row.push(visible(line.content.as_bytes()), Tone::Plain);
            }
            row = match line.end {
                editor::End::CrLf => row.push(" ␍␊", Tone::Dim),
                editor::End::Lf => row.push(" ␊", Tone::Error),
                editor::End::None => row,
            };
            lines.push(row);
            for part in self.message.parts.iter().filter(|p| p.line == number) {
                let note = format!("{}: {}", part_name(part, lang), describe(part, input, lang));
                let indent = " ".repeat(gutter + 3);
                for piece in wrapped(&note, width.saturating_sub(gutter + 5), Tone::Dim) {
                    lines.push(
                        TextLine::one(indent.clone(), Tone::Plain)
                            .push("↳ ", Tone::Key)
                            .push(piece.text(), Tone::Dim),
                    );
                }
            }
        }
        lines.push(TextLine::new());
        if self.message.problems.is_empty() {
            lines.push(TextLine::one(lang.text(Msg::HttpNoProblems), Tone::Good));
        } else {
            lines.push(heading(lang.text(Msg::HttpProblemsHeading)));
            for problem in &self.message.problems {
                for (i, piece) in
                    wrapped(&problem.to_string(), width.saturating_sub(4), Tone::Error)
                        .into_iter()
                        .enumerate()
                {
                    let bullet = if i == 0 { "  ✗ " } else { "    " };
                    lines.push(TextLine::one(bullet, Tone::Error).push(piece.text(), Tone::Error));
                }
            }
        }
        lines.push(TextLine::new());
        lines.extend(wrapped(lang.text(Msg::HttpLineEnds), width, Tone::Dim));
        (lines, cursor_row)
    }
}

/// A character as the message view shows it (control characters made visible).
fn visible_char(c: char) -> String {
    let mut buffer = [0u8; 4];
    visible(c.encode_utf8(&mut buffer).as_bytes())
}

fn part_name(part: &Part, lang: Lang) -> &'static str {
    lang.text(match part.kind {
        PartKind::RequestLine { .. } => Msg::PartRequestLine,
        PartKind::StatusLine { .. } => Msg::PartStatusLine,
        PartKind::Header { .. } => Msg::PartHeader,
        PartKind::NotAHeader => Msg::PartNotAHeader,
        PartKind::Fold => Msg::PartFold,
        PartKind::EmptyLine => Msg::PartEmptyLine,
        PartKind::Body => Msg::PartBody,
    })
}

fn status_lines(codes: &[Result<StatusCode, String>], lang: Lang, width: usize) -> Vec<TextLine> {
    let mut lines = Vec::new();
    for bad in codes.iter().filter_map(|c| c.as_ref().err()) {
        lines.extend(wrapped(bad, width, Tone::Error));
    }
    let good: Vec<StatusCode> = codes.iter().filter_map(|c| c.clone().ok()).collect();
    if !good.is_empty() {
        let mut t = Table::new(&[
            lang.text(Msg::ColCode),
            lang.text(Msg::ColClass),
            lang.text(Msg::ColReason),
        ]);
        for code in &good {
            t.row(vec![
                code.get().to_string(),
                format!("{} {}", code.class().range(), code.class().name(lang)),
                code.reason().unwrap_or("-").to_string(),
            ]);
        }
        lines.extend(table(&t, 2));
        lines.push(TextLine::new());
        for code in &good {
            let meaning = match code.meaning(lang) {
                Some(meaning) => meaning.to_string(),
                None if code.reason().is_none() => format::http::unregistered(*code, lang),
                None => continue,
            };
            lines.extend(wrapped(
                &format!("{}: {meaning}", code.get()),
                width,
                Tone::Plain,
            ));
        }
        lines.push(TextLine::new());
    }
    lines.push(heading(lang.text(Msg::HttpClasses)));
    for first in 1..=5u16 {
        if let Some(code) = StatusCode::new(first * 100) {
            let class = code.class();
            lines.push(TextLine::one(
                format!("  {}  {}", class.range(), class.name(lang)),
                Tone::Plain,
            ));
        }
    }
    lines
}

impl Calculator for HttpState {
    fn form(&self) -> &Form {
        &self.forms[self.view.index()]
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.forms[self.view.index()]
    }

    fn recompute(&mut self) {
        match self.view {
            HttpView::Message => self.reparse(),
            HttpView::Status => self.recompute_codes(),
        }
    }

    fn result_title(&self) -> Msg {
        HttpView::NAMES[self.view.index()]
    }

    fn mode(&self) -> Mode {
        match self.view {
            HttpView::Message => Mode::HTTP_EDIT,
            HttpView::Status => Mode::HTTP_STATUS,
        }
    }

    fn views(&self) -> Option<(&'static [Msg], usize)> {
        Some((HttpView::NAMES, self.view.index()))
    }

    fn special(&mut self, action: &Action) -> Option<Outcome> {
        if matches!(action, Action::NextView | Action::PrevView) {
            self.view = match self.view {
                HttpView::Message => HttpView::Status,
                HttpView::Status => HttpView::Message,
            };
            return Some(Outcome::Handled);
        }
        if self.view != HttpView::Message {
            return None;
        }
        let changed = self.editor.apply(action)?;
        if changed {
            self.reparse();
        }
        Some(Outcome::Handled)
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match self.view {
            HttpView::Message => {
                let kind = match self.message.kind {
                    None => return Some(TextLine::one(lang.text(Msg::HttpEmpty), Tone::Dim)),
                    Some(Kind::Request) => lang.text(Msg::HttpRequest),
                    Some(Kind::Response) => lang.text(Msg::HttpResponse),
                };
                match self.message.problems.first() {
                    None => TextLine::one(
                        format!(
                            "✓ {}",
                            lang.fill(
                                Msg::HttpClean,
                                &[kind, &self.message.parts.len().to_string()]
                            )
                        ),
                        Tone::Good,
                    ),
                    Some(first) => TextLine::one(
                        format!(
                            "✗ {}",
                            lang.fill(
                                Msg::HttpProblems,
                                &[&self.message.problems.len().to_string(), &first.to_string()]
                            )
                        ),
                        Tone::Error,
                    ),
                }
            }
            HttpView::Status => match self.codes.iter().find_map(|c| c.as_ref().err()) {
                Some(bad) => TextLine::one(format!("✗ {bad}"), Tone::Error),
                None => TextLine::one(lang.text(Msg::HttpStatusPrompt), Tone::Dim),
            },
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        match self.view {
            HttpView::Message => self.annotated(lang, width).0,
            HttpView::Status => status_lines(&self.codes, lang, width),
        }
    }

    fn cli(&self) -> Option<CliText> {
        self.cli_in(Lang::En)
    }
}
