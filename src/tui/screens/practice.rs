//! The practice screen: a bordered box with the question (or the feedback, or
//! the summary) scrolled inside it and, while a question waits, the answer line
//! at its bottom.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::i18n::Lang;
use crate::i18n::width::{columns, truncate};
use crate::tui::app::practice::PracticeState;
use crate::tui::app::practice::page::{Areas, areas, counts, lines, title};
use crate::tui::theme::Theme;
use crate::tui::widgets::put_line;
use crate::tui::widgets::text_field::FieldLine;

use super::calc::styled;

/// The practice screen as drawn.
pub struct PracticeView<'a> {
    /// Its state.
    pub state: &'a PracticeState,
    /// The interface language.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

impl PracticeView<'_> {
    fn areas(&self, body: Rect) -> Areas {
        areas(body, self.state.has_field())
    }

    fn field_line(&self) -> FieldLine<'_> {
        FieldLine {
            prompt: "> ",
            prompt_style: self.theme.key,
            field: self.state.field(),
            style: ratatui::style::Style::new(),
        }
    }

    /// Where the terminal cursor goes: in the answer line, while one is asked for.
    pub fn cursor(&self, body: Rect) -> Option<Position> {
        if !self.state.has_field() {
            return None;
        }
        self.field_line().cursor(self.areas(body).field)
    }
}

impl Widget for PracticeView<'_> {
    fn render(self, body: Rect, buf: &mut Buffer) {
        let areas = self.areas(body);
        let room = usize::from(body.width).saturating_sub(4);
        let head = truncate(&title(self.state, self.lang), room.saturating_sub(2)).into_owned();
        let mut block = Block::bordered()
            .border_style(self.theme.border)
            .title(Span::styled(format!(" {head} "), self.theme.heading));
        let height = usize::from(areas.content.height);
        let all = lines(self.state, self.lang, usize::from(areas.content.width));
        // An arrow says there is more to scroll to below.
        let more = if self.state.offset() + height < all.len() {
            "↓ "
        } else {
            ""
        };
        let count = format!(" {more}{} ", counts(self.state));
        if columns(&count) + columns(&head) + 6 <= usize::from(body.width) {
            block = block.title_bottom(Line::raw(count).right_aligned());
        }
        block.render(areas.frame.intersection(buf.area), buf);
        let width = usize::from(areas.content.width);
        for (row, line) in all
            .iter()
            .skip(self.state.offset())
            .take(height)
            .enumerate()
        {
            let line = line.clone().truncated(width);
            put_line(buf, areas.content, row as u16, &styled(&line, self.theme));
        }
        if self.state.has_field() {
            self.field_line().render(areas.field, buf);
        }
    }
}
