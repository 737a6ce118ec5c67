//! The command-line overlay: the command that computes the screen's result, and
//! its output exactly as the command prints it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::i18n::width::skip_columns;
use crate::i18n::{Lang, Msg};
use crate::tui::app::cli_view::{CliLine, CliViewState};
use crate::tui::layout;
use crate::tui::theme::Theme;
use crate::tui::widgets::put_line;

/// The command-line overlay as drawn.
pub struct CliView<'a> {
    /// Its state.
    pub state: &'a CliViewState,
    /// The interface language.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

impl Widget for CliView<'_> {
    fn render(self, body: Rect, buf: &mut Buffer) {
        let area = layout::overlay(body).intersection(buf.area);
        Clear.render(area, buf);
        Block::bordered()
            .border_style(self.theme.border)
            .title(Span::styled(
                format!(" {} ", self.lang.text(Msg::CliTitle)),
                self.theme.heading,
            ))
            .render(area, buf);
        let inner = layout::padded(area);
        put_line(
            buf,
            inner,
            0,
            &Line::styled(self.lang.text(Msg::CliExplain), self.theme.dim),
        );
        let text = Rect {
            y: inner.y.saturating_add(2),
            height: inner.height.saturating_sub(2),
            ..inner
        };
        let width = usize::from(text.width);
        let lines = self.state.lines(width);
        for (row, line) in lines
            .iter()
            .skip(self.state.scroll)
            .take(usize::from(text.height))
            .enumerate()
        {
            let drawn = match line {
                CliLine::Command(command) => Line::styled(command.as_str(), self.theme.key),
                CliLine::Blank => Line::default(),
                CliLine::Output(output) => {
                    Line::raw(skip_columns(output, self.state.hscroll).to_string())
                }
            };
            put_line(buf, text, row as u16, &drawn);
        }
    }
}
