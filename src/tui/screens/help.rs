//! The help overlay: the keys of the screen under it, grouped by context.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::i18n::width::{columns, pad_right};
use crate::i18n::{Lang, Msg};
use crate::tui::app::help::{HelpLine, HelpState};
use crate::tui::layout;
use crate::tui::theme::Theme;
use crate::tui::widgets::put_line;

/// The help overlay as drawn.
pub struct HelpView<'a> {
    /// Its state.
    pub state: &'a HelpState,
    /// The title of the screen under it.
    pub screen: Msg,
    /// The interface language.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

impl Widget for HelpView<'_> {
    fn render(self, body: Rect, buf: &mut Buffer) {
        let area = layout::overlay(body).intersection(buf.area);
        Clear.render(area, buf);
        let title = self
            .lang
            .fill(Msg::HelpTitle, &[self.lang.text(self.screen)]);
        let inner = layout::padded(area);
        let lines = self.state.lines(self.lang, usize::from(inner.width));
        let height = usize::from(inner.height);
        let mut block = Block::bordered()
            .border_style(self.theme.border)
            .title(Span::styled(format!(" {title} "), self.theme.heading));
        if lines.len() > height && area.width > 12 {
            let shown_to = (self.state.scroll + height).min(lines.len());
            block = block
                .title_bottom(Line::raw(format!(" {shown_to}/{} ", lines.len())).right_aligned());
        }
        block.render(area, buf);
        let key_width = lines
            .iter()
            .filter_map(|l| match l {
                HelpLine::Key(keys, _) => Some(columns(keys)),
                _ => None,
            })
            .max()
            .unwrap_or(0)
            .min(usize::from(inner.width) / 2);
        for (row, line) in lines
            .iter()
            .skip(self.state.scroll)
            .take(height)
            .enumerate()
        {
            let drawn = match line {
                HelpLine::Heading(msg) => Line::styled(self.lang.text(*msg), self.theme.heading),
                HelpLine::Key(keys, desc) => Line::from(vec![
                    Span::raw("  "),
                    Span::styled(pad_right(keys, key_width), self.theme.key),
                    Span::raw("  "),
                    Span::raw(self.lang.text(*desc)),
                ]),
                HelpLine::Note(text) => Line::styled(text.as_str(), self.theme.dim),
                HelpLine::Blank => Line::default(),
            };
            put_line(buf, inner, row as u16, &drawn);
        }
    }
}
