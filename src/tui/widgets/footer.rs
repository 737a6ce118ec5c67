//! The bottom row: a message when there is one, else the key hints of the mode,
//! generated from the keymap rows.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::put_line;
use crate::i18n::Lang;
use crate::i18n::width::{columns, truncate};
use crate::tui::app::Status;
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;

/// The bottom row.
pub struct Footer<'a> {
    /// The interface language.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
    /// The mode whose hints are shown.
    pub mode: Mode,
    /// A message that replaces the hints, if any.
    pub status: Option<&'a Status>,
}

impl Widget for Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let width = usize::from(area.width);
        if let Some(status) = self.status {
            let args: Vec<&str> = status.args.iter().map(String::as_str).collect();
            let text = format!(" » {}", self.lang.fill(status.msg, &args));
            put_line(
                buf,
                area,
                0,
                &Line::styled(truncate(&text, width).into_owned(), self.theme.heading),
            );
            return;
        }
        // Whole hints only: a hint cut in half would say the wrong thing.
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1;
        for (n, (key, desc)) in self.mode.hints(self.lang).into_iter().enumerate() {
            let gap = if n == 0 { "" } else { "  " };
            let cost = gap.len() + columns(&key) + 1 + columns(desc);
            if used + cost > width {
                break;
            }
            used += cost;
            spans.push(Span::raw(gap));
            spans.push(Span::styled(key, self.theme.key));
            spans.push(Span::raw(format!(" {desc}")));
        }
        put_line(buf, area, 0, &Line::from(spans));
    }
}
