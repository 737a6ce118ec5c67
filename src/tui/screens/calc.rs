//! Any calculator screen: the inputs, the line under them, and the scrolled result.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::i18n::width::{columns, pad_right, truncate};
use crate::i18n::{Lang, Msg};
use crate::tui::app::calc::Calculator;
use crate::tui::content::{TextLine, Tone};
use crate::tui::layout;
use crate::tui::theme::Theme;
use crate::tui::widgets::put_line;

/// A calculator as drawn.
pub struct CalcView<'a, C: Calculator> {
    /// Its state.
    pub state: &'a C,
    /// The interface language.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

/// A line of tones as a ratatui line.
pub fn styled<'a>(line: &'a TextLine, theme: &Theme) -> Line<'a> {
    Line::from(
        line.0
            .iter()
            .map(|p| Span::styled(p.text.as_str(), theme.tone(p.tone)))
            .collect::<Vec<_>>(),
    )
}

impl<C: Calculator> CalcView<'_, C> {
    fn label_width(&self) -> usize {
        self.state
            .form()
            .fields
            .iter()
            .map(|f| columns(self.lang.text(f.label)))
            .max()
            .unwrap_or(0)
            + 4
    }

    /// The title of the inputs box: "Input", or the views with the one shown in
    /// brackets.
    fn form_title(&self) -> Line<'static> {
        let Some((views, shown)) = self.state.views() else {
            return Line::from(Span::styled(
                format!(" {} ", self.lang.text(Msg::Inputs)),
                self.theme.heading,
            ));
        };
        let mut spans = vec![Span::raw(" ")];
        for (i, view) in views.iter().enumerate() {
            let name = self.lang.text(*view);
            spans.push(if i == shown {
                Span::styled(format!("[{name}]"), self.theme.heading)
            } else {
                Span::styled(format!(" {name} "), self.theme.dim)
            });
            spans.push(Span::raw(" "));
        }
        Line::from(spans)
    }

    /// The column of the message row under the character the calculator points
    /// at, when that character is in view.
    fn caret_column(&self, fields_width: usize) -> Option<usize> {
        let (field, index) = self.state.caret()?;
        let input = &self.state.form().fields.get(field)?.input;
        let label = self.label_width();
        let room = fields_width.checked_sub(label)?;
        Some(label + input.column_of(index, room)?)
    }

    /// Where the terminal cursor goes: in the focused input.
    pub fn cursor(&self, body: Rect) -> Option<Position> {
        let form = self.state.form();
        let areas = layout::calc(body, form.fields.len());
        let field = form.focused()?;
        let row = u16::try_from(form.focus).ok()?;
        if row >= areas.fields.height {
            return None;
        }
        let label = u16::try_from(self.label_width()).ok()?;
        let room = areas.fields.width.checked_sub(label)?;
        if room == 0 {
            return None;
        }
        let (_, col) = field.input.window(usize::from(room));
        Some(Position::new(
            areas.fields.x + label + u16::try_from(col).ok()?,
            areas.fields.y + row,
        ))
    }
}

impl<C: Calculator> Widget for CalcView<'_, C> {
    fn render(self, body: Rect, buf: &mut Buffer) {
        let form = self.state.form();
        let areas = layout::calc(body, form.fields.len());
        Block::bordered()
            .border_style(self.theme.border)
            .title(self.form_title())
            .render(areas.form_box, buf);
        let label_width = self.label_width();
        let many = form.fields.len() > 1;
        for (i, field) in form.fields.iter().enumerate() {
            let focused = i == form.focus;
            let marker = if many && focused { "▶ " } else { "  " };
            let label = pad_right(self.lang.text(field.label), label_width - 2);
            let room = usize::from(areas.fields.width).saturating_sub(label_width);
            // The focused input scrolls to keep the cursor in view; the others
            // show their start.
            let shown = if focused {
                field.input.window(room).0
            } else {
                truncate(field.input.text(), room).into_owned()
            };
            let value = if field.input.text().is_empty() {
                Span::styled(self.lang.text(field.placeholder), self.theme.dim)
            } else {
                Span::raw(shown)
            };
            let label_style = if focused {
                self.theme.heading
            } else {
                self.theme.dim
            };
            let line = Line::from(vec![
                Span::styled(marker, self.theme.heading),
                Span::styled(label, label_style),
                value,
            ]);
            put_line(buf, areas.fields, i as u16, &line);
        }
        if let Some(message) = self.state.message(self.lang) {
            let width = usize::from(areas.message.width);
            let message = match self.caret_column(usize::from(areas.fields.width)) {
                Some(column) => TextLine::new()
                    .push(" ".repeat(column), Tone::Plain)
                    .push("^ ", Tone::Error)
                    .push(message.text().trim_start_matches("✗ "), Tone::Error),
                None => message,
            };
            put_line(
                buf,
                areas.message,
                0,
                &styled(&message.truncated(width), self.theme),
            );
        }

        let lines = self.state.lines(self.lang, usize::from(areas.result.width));
        let height = usize::from(areas.result.height);
        let mut block = Block::bordered()
            .border_style(self.theme.border)
            .title(Span::styled(
                format!(" {} ", self.lang.text(self.state.result_title())),
                self.theme.heading,
            ));
        if lines.len() > height && areas.result_box.width > 12 {
            let to = (form.scroll + height).min(lines.len());
            block =
                block.title_bottom(Line::raw(format!(" {to}/{} ", lines.len())).right_aligned());
        }
        block.render(areas.result_box, buf);
        let width = usize::from(areas.result.width);
        for (row, line) in lines.iter().skip(form.scroll).take(height).enumerate() {
            let line = line.clone().truncated(width);
            put_line(buf, areas.result, row as u16, &styled(&line, self.theme));
        }
    }
}
