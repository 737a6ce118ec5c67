//! A one-line text field with a prompt; the view places the terminal cursor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::put_line;
use crate::i18n::width::columns;
use crate::tui::input::TextField;

/// A prompt followed by the visible part of a field.
pub struct FieldLine<'a> {
    /// The text before the field (`/ `, `CIDR: `).
    pub prompt: &'a str,
    /// The style of the prompt.
    pub prompt_style: Style,
    /// The field.
    pub field: &'a TextField,
    /// The style of the text.
    pub style: Style,
}

impl FieldLine<'_> {
    /// Where the terminal cursor goes when this field has the focus.
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        if area.is_empty() {
            return None;
        }
        let prompt = columns(self.prompt) as u16;
        let room = area.width.saturating_sub(prompt);
        if room == 0 {
            return None;
        }
        let (_, col) = self.field.window(usize::from(room));
        Some(Position::new(area.x + prompt + col as u16, area.y))
    }
}

impl Widget for FieldLine<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let prompt = columns(self.prompt) as u16;
        let room = area.width.saturating_sub(prompt);
        let (shown, _) = self.field.window(usize::from(room));
        let line = Line::from(vec![
            Span::styled(self.prompt, self.prompt_style),
            Span::styled(shown, self.style),
        ]);
        put_line(buf, area, 0, &line);
    }
}
