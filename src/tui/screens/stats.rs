//! The statistics screen: the lines of [`StatsState`] in a bordered box.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Widget};

use crate::i18n::{Lang, Msg};
use crate::tui::app::StatsState;
use crate::tui::layout;
use crate::tui::theme::Theme;
use crate::tui::widgets::put_line;

use super::calc::styled;

/// The statistics screen as drawn.
pub struct StatsView<'a> {
    /// Its state.
    pub state: &'a StatsState,
    /// The interface language.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

impl Widget for StatsView<'_> {
    fn render(self, body: Rect, buf: &mut Buffer) {
        Block::bordered()
            .border_style(self.theme.border)
            .title(Span::styled(
                format!(" {} ", self.lang.text(Msg::StatsTitle)),
                self.theme.heading,
            ))
            .render(body.intersection(buf.area), buf);
        let inner = layout::padded(body);
        let width = usize::from(inner.width);
        let lines = self.state.lines(self.lang, width);
        for (row, line) in lines
            .iter()
            .skip(self.state.offset())
            .take(usize::from(inner.height))
            .enumerate()
        {
            let line = line.clone().truncated(width);
            put_line(buf, inner, row as u16, &styled(&line, self.theme));
        }
    }
}
