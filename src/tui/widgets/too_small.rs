//! The note shown instead of a screen when the terminal is too small for it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::put_line;
use crate::i18n::width::{columns, wrap};
use crate::i18n::{Lang, Msg};
use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};

/// "Please enlarge the window", centred, in the current language.
pub struct TooSmall {
    /// The interface language.
    pub lang: Lang,
}

impl Widget for TooSmall {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let text = self.lang.fill(
            Msg::TooSmall,
            &[
                &MIN_WIDTH.to_string(),
                &MIN_HEIGHT.to_string(),
                &area.width.to_string(),
                &area.height.to_string(),
            ],
        );
        let lines = wrap(&text, usize::from(area.width));
        let top = area.height.saturating_sub(lines.len() as u16) / 2;
        for (n, line) in lines.iter().enumerate() {
            let indent = (usize::from(area.width).saturating_sub(columns(line)) / 2) as u16;
            let row = Rect {
                x: area.x + indent,
                width: area.width - indent,
                ..area
            };
            put_line(buf, row, top + n as u16, &Line::raw(line.as_str()));
        }
    }
}
