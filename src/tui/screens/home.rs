//! The home screen: the catalog list (with its filter) and the selected entry's details.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::i18n::width::{columns, pad_right, truncate, wrap};
use crate::i18n::{Lang, Msg};
use crate::tui::app::home::{HomeState, Row};
use crate::tui::catalog::{Entry, Section};
use crate::tui::layout;
use crate::tui::theme::Theme;
use crate::tui::widgets::text_field::FieldLine;
use crate::tui::widgets::{put_line, put_lines};

/// The home screen as drawn.
pub struct HomeView<'a> {
    /// Its state.
    pub state: &'a HomeState,
    /// The interface language.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

impl HomeView<'_> {
    /// Where the terminal cursor goes (in the filter, while it is typed).
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        if !self.state.filtering() {
            return None;
        }
        let areas = layout::home(area, true);
        self.filter_line().cursor(areas.filter)
    }

    fn filter_line(&self) -> FieldLine<'_> {
        FieldLine {
            prompt: "/ ",
            prompt_style: self.theme.key,
            field: self.state.filter(),
            style: ratatui::style::Style::new(),
        }
    }

    fn render_list(&self, areas: &layout::Home, buf: &mut Buffer) {
        let rows = self.state.rows();
        let entries = self.state.entries().len();
        let matching = rows.iter().filter(|r| matches!(r, Row::Entry(_))).count();
        let position = self
            .state
            .selected()
            .and_then(|s| {
                rows.iter()
                    .filter(|r| matches!(r, Row::Entry(_)))
                    .position(|r| *r == Row::Entry(s))
            })
            .map_or(0, |p| p + 1);
        let mut block = Block::bordered()
            .border_style(self.theme.border)
            .title(Span::styled(
                format!(" {} ", self.lang.text(Msg::Contents)),
                self.theme.heading,
            ));
        if areas.list_box.width > 12 {
            let count = if matching == entries {
                format!(" {position}/{entries} ")
            } else {
                format!(" {position}/{matching} ({entries}) ")
            };
            block = block.title_bottom(Line::raw(count).right_aligned());
        }
        block.render(areas.list_box, buf);
        if self.state.shows_filter() {
            self.filter_line().render(areas.filter, buf);
        }
        if rows.is_empty() {
            let text = self
                .lang
                .fill(Msg::NoMatches, &[self.state.filter().text()]);
            put_line(buf, areas.rows, 0, &Line::styled(text, self.theme.dim));
            return;
        }
        let width = usize::from(areas.rows.width);
        let visible = rows
            .iter()
            .skip(self.state.offset())
            .take(usize::from(areas.rows.height));
        for (n, row) in visible.enumerate() {
            let line = match row {
                Row::Header(Section::Practice) if self.state.due() > 0 => Line::styled(
                    truncate(
                        &self
                            .lang
                            .fill(Msg::SectionPracticeDue, &[&self.state.due().to_string()]),
                        width,
                    )
                    .into_owned(),
                    self.theme.heading,
                ),
                Row::Header(section) => Line::styled(
                    truncate(self.lang.text(section_title(*section)), width).into_owned(),
                    self.theme.heading,
                ),
                Row::Entry(i) => match self.state.entries().get(*i) {
                    Some(entry) => self.entry_line(entry, self.state.selected() == Some(*i), width),
                    None => Line::default(),
                },
            };
            put_line(buf, areas.rows, n as u16, &line);
        }
    }

    fn entry_line(&self, entry: &Entry, selected: bool, width: usize) -> Line<'static> {
        let marker = if selected { "▶ " } else { "  " };
        let id = if entry.section == Section::Lessons {
            &*entry.id
        } else {
            ""
        };
        let tag = if entry.target.is_some() {
            ""
        } else {
            self.lang.text(Msg::SoonTag)
        };
        let tag_width = if tag.is_empty() { 0 } else { columns(tag) + 1 };
        let title_width = width.saturating_sub(2 + 4 + tag_width);
        let mut text = format!(
            "{marker}{}{}",
            pad_right(id, 4),
            pad_right(entry.title.get(self.lang), title_width)
        );
        if !tag.is_empty() {
            text.push(' ');
            text.push_str(tag);
        }
        let text = pad_right(&text, width);
        if selected {
            Line::styled(text, self.theme.selected)
        } else if entry.target.is_none() {
            // Entries still to come are dim, and also carry the tag in words.
            Line::styled(text, self.theme.dim)
        } else {
            Line::raw(text)
        }
    }

    fn render_detail(&self, area: Rect, buf: &mut Buffer) {
        let Some(entry) = self.state.selected_entry() else {
            Block::bordered()
                .border_style(self.theme.border)
                .render(area, buf);
            return;
        };
        let title = match entry.section {
            Section::Lessons => format!(" {} ", entry.id),
            section => format!(" {} ", self.lang.text(section_title(section))),
        };
        Block::bordered()
            .border_style(self.theme.border)
            .title(Span::styled(title, self.theme.heading))
            .render(area, buf);
        let inner = layout::padded(area);
        let width = usize::from(inner.width);
        let mut lines: Vec<Line> = wrap(entry.title.get(self.lang), width)
            .into_iter()
            .map(|l| Line::styled(l, self.theme.heading))
            .collect();
        lines.push(Line::default());
        lines.extend(
            wrap(entry.summary.get(self.lang), width)
                .into_iter()
                .map(Line::raw),
        );
        lines.push(Line::default());
        let (status, style) = if entry.target.is_some() {
            (self.lang.text(Msg::ReadyToOpen), self.theme.good)
        } else {
            (self.lang.text(Msg::ComingLater), self.theme.dim)
        };
        lines.extend(
            wrap(status, width)
                .into_iter()
                .map(|l| Line::styled(l, style)),
        );
        put_lines(buf, inner, &lines);
    }
}

/// The heading of a section.
pub fn section_title(section: Section) -> Msg {
    match section {
        Section::Lessons => Msg::SectionLessons,
        Section::Calculators => Msg::SectionCalculators,
        Section::Practice => Msg::SectionPractice,
    }
}

impl Widget for HomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let areas = layout::home(area, self.state.shows_filter());
        self.render_list(&areas, buf);
        if let Some(detail) = areas.detail {
            self.render_detail(detail, buf);
        }
    }
}
