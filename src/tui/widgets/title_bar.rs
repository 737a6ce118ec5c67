//! The top row: the app's name, where you are, and the interface language.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::put_line;
use crate::i18n::width::columns;
use crate::i18n::{Lang, Msg};

/// The top row.
pub struct TitleBar {
    /// The interface language.
    pub lang: Lang,
    /// Where the user is, from the home screen to the screen on top.
    pub path: Vec<String>,
}

impl Widget for TitleBar {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let bar = Style::new().add_modifier(Modifier::REVERSED);
        buf.set_style(area.intersection(buf.area), bar);
        let language = format!(" {} ", self.lang.text(Msg::LanguageName));
        let right = columns(&language) as u16;
        let mut spans = vec![Span::styled(
            format!(" {} ", self.lang.text(Msg::AppName)),
            bar.add_modifier(Modifier::BOLD),
        )];
        for (n, part) in self.path.iter().enumerate() {
            let sep = if n == 0 { "│ " } else { " › " };
            spans.push(Span::styled(sep, bar));
            spans.push(Span::styled(part.as_str(), bar));
        }
        let left_area = Rect {
            width: area.width.saturating_sub(right + 1),
            ..area
        };
        put_line(buf, left_area, 0, &Line::from(spans));
        if area.width > right + 20 {
            let right_area = Rect {
                x: area.right() - right,
                width: right,
                ..area
            };
            put_line(
                buf,
                right_area,
                0,
                &Line::styled(language, bar.add_modifier(Modifier::BOLD)),
            );
        }
    }
}
