//! The lesson reader: the laid-out page in a box, the section and the position
//! on its bottom border, search matches and the focused exercise marked, and
//! the table of contents over it. Drawing only.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::i18n::width::{columns, truncate};
use crate::i18n::{Lang, Msg};
use crate::quiz::answer::normalize;
use crate::tui::app::reader::page::{EmbedKind, Ink, Mark, Page, Row};
use crate::tui::app::reader::{Areas, ReaderState, areas};
use crate::tui::input::TextField;
use crate::tui::theme::Theme;
use crate::tui::widgets::put_line;

/// The reader as drawn.
pub struct ReaderView<'a> {
    /// Its state.
    pub state: &'a ReaderState,
    /// The interface language.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

/// One drawn cell: a character and its style.
type Cell = (char, Style);

impl ReaderView<'_> {
    /// Where the terminal cursor goes: in the search being typed, or in the
    /// focused question's answer.
    pub fn cursor(&self, body: Rect) -> Option<Position> {
        let a = areas(body);
        if self.state.toc().is_some() || a.inner.is_empty() {
            return None;
        }
        let search = self.state.search();
        if search.typing {
            let (x, room) = self.prompt_area(&a)?;
            let (_, col) = search.field.window(room);
            let col = u16::try_from(col).ok()?;
            return Some(Position::new(x + col, a.frame.bottom().checked_sub(1)?));
        }
        let page = self.state.page_for(usize::from(a.column.width), self.lang);
        let embed = page.embeds.get(self.state.focus()?)?;
        let EmbedKind::Question { id, .. } = &embed.kind else {
            return None;
        };
        let offset = self.state.offset();
        let height = usize::from(a.inner.height);
        for row in embed.rows.clone() {
            if let Some(Mark::Field { at, room }) = page.rows.get(row).map(|r| r.mark) {
                if row < offset || row >= offset + height {
                    return None;
                }
                let field = self.state.answer_field(id);
                let col = field.map_or(0, |f| f.window(room).1);
                let x = usize::from(a.column.x) + at + col;
                let x = u16::try_from(x).ok().filter(|x| *x < a.inner.right())?;
                let y = a.inner.y + u16::try_from(row - offset).ok()?;
                return Some(Position::new(x, y));
            }
        }
        None
    }

    /// Where the search prompt's text starts on the bottom border, and its room.
    fn prompt_area(&self, a: &Areas) -> Option<(u16, usize)> {
        let x = a.frame.x.checked_add(4)?;
        let room = usize::from(a.frame.width).checked_sub(8)?;
        Some((x, room))
    }

    fn style(&self, ink: Ink) -> Style {
        let t = self.theme;
        match ink {
            Ink::Text(inline) => {
                let mut style = if inline.code {
                    t.key.remove_modifier(Modifier::BOLD)
                } else {
                    Style::new()
                };
                if inline.strong {
                    style = style.add_modifier(Modifier::BOLD);
                }
                if inline.emphasis {
                    style = style.add_modifier(Modifier::ITALIC);
                }
                if inline.link {
                    style = style.add_modifier(Modifier::UNDERLINED);
                }
                style
            }
            Ink::Url | Ink::Rule | Ink::Meta | Ink::Gutter | Ink::Hint => t.dim,
            Ink::Title => t.title,
            Ink::Heading | Ink::EmbedTitle | Ink::Label => t.heading,
            Ink::Subheading => Style::new().add_modifier(Modifier::BOLD),
            Ink::Marker | Ink::Letter => t.key,
            Ink::Verbatim => Style::new(),
            Ink::Frame => t.good,
            Ink::EmbedFrame => t.border,
            Ink::Good => t.good,
            Ink::Bad => t.error,
        }
    }

    /// The cells of a row, styled, with search matches and chosen letters marked.
    fn cells(&self, page: &Page, index: usize, row: &Row) -> Vec<Cell> {
        let focused = row.embed.is_some() && row.embed == self.state.focus();
        let chosen = match row.mark {
            Mark::Choice(i) => self.chosen(page, row).contains(&i),
            _ => false,
        };
        let mut cells: Vec<Cell> = Vec::new();
        for piece in &row.pieces {
            let style = match piece.ink {
                Ink::EmbedFrame if focused => self.theme.key,
                Ink::Letter if chosen => self.theme.selected,
                ink => self.style(ink),
            };
            cells.extend(piece.text.chars().map(|c| (c, style)));
        }
        let search = self.state.search();
        let current = search.current_match();
        for m in search.matches.iter().filter(|m| m.row == index) {
            let style = if Some(*m) == current {
                self.theme.selected
            } else {
                self.theme.highlight
            };
            for cell in cells.iter_mut().take(m.end).skip(m.start) {
                cell.1 = cell.1.patch(style);
            }
        }
        cells
    }

    /// The choices named in the answer typed for the question a row belongs to.
    fn chosen(&self, page: &Page, row: &Row) -> Vec<usize> {
        let Some(EmbedKind::Question { id, .. }) =
            row.embed.and_then(|e| page.embeds.get(e)).map(|e| &e.kind)
        else {
            return Vec::new();
        };
        normalize(self.state.answer_text(id))
            .chars()
            .filter_map(|c| match c {
                'a'..='z' => Some(usize::from(c as u8 - b'a')),
                '1'..='9' => Some(usize::from(c as u8 - b'1')),
                _ => None,
            })
            .collect()
    }

    fn draw_row(&self, page: &Page, index: usize, a: &Areas, y: u16, buf: &mut Buffer) {
        let Some(row) = page.rows.get(index) else {
            return;
        };
        let room = usize::from(a.inner.right().saturating_sub(a.column.x));
        let mut cells = self.cells(page, index, row);
        if row.mark == Mark::Verbatim {
            cells = shifted(cells, self.state.shift(), room, self.theme.dim);
        }
        let line = Line::from(spans(&cells));
        let target = Rect {
            x: a.column.x,
            y,
            width: u16::try_from(room).unwrap_or(u16::MAX),
            height: 1,
        };
        put_line(buf, target, 0, &line);
        if let Mark::Field {
            at,
            room: field_room,
        } = row.mark
        {
            self.draw_field(page, row, target, at, field_room, buf);
        }
        let first_of_focus = row.embed.is_some()
            && row.embed == self.state.focus()
            && (index == self.state.offset()
                || page.rows.get(index.wrapping_sub(1)).map(|r| r.embed) != Some(row.embed));
        if first_of_focus && a.column.x > a.frame.x + 1 {
            put_line(
                buf,
                Rect {
                    x: a.column.x - 1,
                    width: 1,
                    ..target
                },
                0,
                &Line::styled("▶", self.theme.key),
            );
        }
    }

    fn draw_field(
        &self,
        page: &Page,
        row: &Row,
        target: Rect,
        at: usize,
        room: usize,
        buf: &mut Buffer,
    ) {
        let Some(embed) = row.embed.and_then(|e| page.embeds.get(e)) else {
            return;
        };
        let EmbedKind::Question { id, .. } = &embed.kind else {
            return;
        };
        let focused = row.embed == self.state.focus();
        let empty = TextField::default();
        let field = self.state.answer_field(id).unwrap_or(&empty);
        let line = if focused || !field.text().is_empty() {
            let (shown, _) = field.window(room);
            Line::styled(shown, Style::new().add_modifier(Modifier::BOLD))
        } else {
            let hint = truncate(self.lang.text(Msg::AnswerPlaceholder), room).into_owned();
            Line::styled(hint, self.theme.dim)
        };
        let Ok(at) = u16::try_from(at) else {
            return;
        };
        let area = Rect {
            x: target.x.saturating_add(at),
            width: u16::try_from(room)
                .unwrap_or(0)
                .min(target.width.saturating_sub(at)),
            ..target
        };
        put_line(buf, area, 0, &line);
    }

    fn bottom_border(&self, page: &Page, a: &Areas, buf: &mut Buffer) {
        let y = a.frame.bottom().saturating_sub(1);
        if a.frame.width < 12 || a.frame.height < 2 {
            return;
        }
        let row = Rect {
            y,
            height: 1,
            ..a.frame
        };
        let search = self.state.search();
        if search.typing {
            if let Some((x, room)) = self.prompt_area(a) {
                let (shown, _) = search.field.window(room);
                let line = Line::from(vec![
                    Span::styled("/", self.theme.key),
                    Span::raw(shown),
                    Span::raw(" "),
                ]);
                put_line(
                    buf,
                    Rect {
                        x: x - 2,
                        width: a.frame.width - 6,
                        ..row
                    },
                    0,
                    &Line::raw(" "),
                );
                put_line(
                    buf,
                    Rect {
                        x: x - 1,
                        width: u16::try_from(room + 2).unwrap_or(0),
                        ..row
                    },
                    0,
                    &line,
                );
            }
            return;
        }
        let height = usize::from(a.inner.height);
        let offset = self.state.offset();
        let len = page.rows.len();
        let position = if len <= height {
            self.lang.text(Msg::PosAll).to_owned()
        } else if offset == 0 {
            self.lang.text(Msg::PosTop).to_owned()
        } else if offset + height >= len {
            self.lang.text(Msg::PosEnd).to_owned()
        } else {
            format!("{}%", (offset + height) * 100 / len)
        };
        let found = if search.active() {
            let query = search.field.text();
            match search.current {
                Some(i) => format!("/{query} {}/{} · ", i + 1, search.matches.len()),
                None => format!("{} · ", self.lang.fill(Msg::SearchNone, &[query])),
            }
        } else {
            String::new()
        };
        let right = format!(" {found}{position} ");
        let right_width = columns(&right);
        let width = usize::from(a.frame.width);
        let right_x = a
            .frame
            .right()
            .saturating_sub(u16::try_from(right_width + 1).unwrap_or(u16::MAX));
        if right_width + 2 <= width {
            put_line(
                buf,
                Rect {
                    x: right_x,
                    width: u16::try_from(right_width).unwrap_or(0),
                    ..row
                },
                0,
                &Line::raw(right),
            );
        }
        let section = page
            .section_at(offset)
            .and_then(|s| page.toc.get(s))
            .map(|t| t.text.clone());
        let left_room = width.saturating_sub(right_width + 5);
        if let Some(section) = section.filter(|_| left_room > 4) {
            let text = truncate(&format!(" § {section} "), left_room).into_owned();
            let x = a.frame.x + 1;
            put_line(
                buf,
                Rect {
                    x,
                    width: u16::try_from(left_room).unwrap_or(0),
                    ..row
                },
                0,
                &Line::styled(text, self.theme.dim),
            );
        }
    }

    fn draw_toc(&self, page: &Page, a: &Areas, buf: &mut Buffer) {
        let Some(selected) = self.state.toc() else {
            return;
        };
        let area = a.toc.intersection(buf.area);
        Clear.render(area, buf);
        Block::bordered()
            .border_style(self.theme.border)
            .title(Span::styled(
                format!(" {} ", self.lang.text(Msg::Contents)),
                self.theme.heading,
            ))
            .render(area, buf);
        let rows = a.toc_rows;
        let width = usize::from(rows.width);
        let current = page.section_at(self.state.offset());
        for (n, (i, entry)) in page
            .toc
            .iter()
            .enumerate()
            .skip(self.state.toc_offset())
            .take(usize::from(rows.height))
            .enumerate()
        {
            let marker = if i == selected {
                "▶ "
            } else if Some(i) == current {
                "· "
            } else {
                "  "
            };
            let indent = "  ".repeat(usize::from(entry.level.saturating_sub(1)));
            let text = truncate(&format!("{marker}{indent}{}", entry.text), width).into_owned();
            let style = if i == selected {
                self.theme.selected
            } else if entry.level <= 1 {
                self.theme.heading
            } else {
                Style::new()
            };
            put_line(
                buf,
                rows,
                u16::try_from(n).unwrap_or(u16::MAX),
                &Line::styled(text, style),
            );
        }
    }
}

/// A verbatim row shifted left by `shift` columns and cut to `room` columns:
/// the gutter stays, and `«` or `»` marks a side with more to see.
fn shifted(cells: Vec<Cell>, shift: usize, room: usize, mark: Style) -> Vec<Cell> {
    let gutter = 2.min(cells.len());
    let (head, body) = cells.split_at(gutter);
    let avail = room.saturating_sub(gutter);
    let width = |c: char| columns(c.encode_utf8(&mut [0; 4]));
    let mut out: Vec<Cell> = head.to_vec();
    let mut skipped = 0;
    let mut rest = body.iter().peekable();
    while skipped < shift {
        match rest.next() {
            Some((c, _)) => skipped += width(*c),
            None => break,
        }
    }
    let mut shown: Vec<Cell> = Vec::new();
    let mut used = 0;
    // A wide character cut in half by the shift leaves a space.
    for _ in shift..skipped {
        shown.push((' ', Style::new()));
        used += 1;
    }
    let mut more = false;
    for &(c, style) in rest {
        let w = width(c);
        if used + w > avail {
            more = true;
            break;
        }
        shown.push((c, style));
        used += w;
    }
    if more && avail > 0 {
        while used + 1 > avail {
            match shown.pop() {
                Some((c, _)) => used -= width(c),
                None => break,
            }
        }
        shown.push(('»', mark));
    }
    if shift > 0 {
        if let Some(first) = shown.first_mut() {
            if width(first.0) == 1 {
                *first = ('«', mark);
            }
        }
    }
    out.extend(shown);
    out
}

fn spans(cells: &[Cell]) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut current: Option<Style> = None;
    for &(c, style) in cells {
        if current != Some(style) {
            if let Some(s) = current {
                spans.push(Span::styled(std::mem::take(&mut text), s));
            }
            current = Some(style);
        }
        text.push(c);
    }
    if let Some(s) = current {
        spans.push(Span::styled(text, s));
    }
    spans
}

impl Widget for ReaderView<'_> {
    fn render(self, body: Rect, buf: &mut Buffer) {
        let a = areas(body);
        let page = self.state.page_for(usize::from(a.column.width), self.lang);
        // The title is on the page; the border says where the lesson belongs.
        let title = self.state.lesson(self.lang).map_or_else(
            || self.state.id().to_owned(),
            |l| {
                self.lang.fill(
                    Msg::LessonMeta,
                    &[&l.meta.module, &l.meta.order.to_string()],
                )
            },
        );
        let title_room = usize::from(a.frame.width).saturating_sub(6);
        let mut block = Block::bordered().border_style(self.theme.border);
        if title_room > 4 {
            block = block.title(Span::styled(
                format!(" {} ", truncate(&title, title_room)),
                self.theme.heading,
            ));
        }
        block.render(a.frame.intersection(buf.area), buf);
        let height = usize::from(a.inner.height);
        for n in 0..height {
            let Ok(y) = u16::try_from(n) else { break };
            self.draw_row(&page, self.state.offset() + n, &a, a.inner.y + y, buf);
        }
        self.bottom_border(&page, &a, buf);
        self.draw_toc(&page, &a, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<Cell> {
        text.chars().map(|c| (c, Style::new())).collect()
    }

    fn text(cells: &[Cell]) -> String {
        cells.iter().map(|c| c.0).collect()
    }

    #[test]
    fn wide_diagrams_are_cut_and_marked() {
        let row = cells("│ 0123456789");
        assert_eq!(
            text(&shifted(row.clone(), 0, 20, Style::new())),
            "│ 0123456789"
        );
        assert_eq!(text(&shifted(row.clone(), 0, 8, Style::new())), "│ 01234»");
        assert_eq!(text(&shifted(row.clone(), 3, 8, Style::new())), "│ «4567»");
        assert_eq!(text(&shifted(row, 6, 8, Style::new())), "│ «789");
        let wide = cells("│ 日本語");
        assert_eq!(text(&shifted(wide, 1, 8, Style::new())), "│ «本語");
    }
}
