//! A lesson laid out for one width: rows of styled pieces, where each heading
//! and each embedded calculator or question landed. Plain values: `update`
//! scrolls and searches by them, the view only draws them.

use std::ops::Range;

use crate::i18n::width::columns;
use crate::lang::Lang;
use crate::lesson::{CalcEmbed, TocEntry};

/// Inline emphasis of lesson text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Inline {
    /// `**strong**`.
    pub strong: bool,
    /// `*emphasis*`.
    pub emphasis: bool,
    /// `` `code` ``.
    pub code: bool,
    /// Part of a link's text.
    pub link: bool,
}

/// What a piece of the page is; the view decides how that looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ink {
    /// Lesson prose with its inline emphasis.
    Text(Inline),
    /// A link's target, shown after its text.
    Url,
    /// The lesson's title.
    Title,
    /// A section heading.
    Heading,
    /// A subsection heading.
    Subheading,
    /// Underlines and rules.
    Rule,
    /// Secondary lines about the lesson.
    Meta,
    /// List bullets and numbers.
    Marker,
    /// Text of a code block or diagram, shown exactly as written.
    Verbatim,
    /// The bar left of a code block.
    Gutter,
    /// The box of a note.
    Frame,
    /// The box of an embedded calculator or question (marked while it has the focus).
    EmbedFrame,
    /// The title in such a box.
    EmbedTitle,
    /// The letter of a choice.
    Letter,
    /// How to use an embedded block.
    Hint,
    /// A right answer, or a calculator's result.
    Good,
    /// A wrong or unreadable answer, or a calculator's refusal.
    Bad,
    /// The label in front of an answer.
    Label,
}

/// A piece of text with its ink.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text.
    pub text: String,
    /// What it is.
    pub ink: Ink,
}

impl Piece {
    /// A piece of `text` in `ink`.
    pub fn new(text: impl Into<String>, ink: Ink) -> Piece {
        Piece {
            text: text.into(),
            ink,
        }
    }
}

/// What a row holds besides its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Text laid out to fit the page.
    Text,
    /// A line of a code block: never wrapped, so it may be wider than the page
    /// and is clipped (and shifted sideways) when drawn.
    Verbatim,
    /// The answer line of a question: the answer typed is drawn from column `at`
    /// of the row, in `room` columns.
    Field {
        /// First column of the answer.
        at: usize,
        /// Columns for it.
        room: usize,
    },
    /// The line of the choice shown at this index (0 = A).
    Choice(usize),
}

/// One row of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Its pieces, left to right.
    pub pieces: Vec<Piece>,
    /// What else it is.
    pub mark: Mark,
    /// The embedded block it belongs to, as an index into [`Page::embeds`].
    pub embed: Option<usize>,
}

impl Row {
    /// A text row of pieces.
    pub fn new(pieces: Vec<Piece>) -> Row {
        Row {
            pieces,
            mark: Mark::Text,
            embed: None,
        }
    }

    /// The empty row between blocks.
    pub fn blank() -> Row {
        Row::new(Vec::new())
    }

    /// The row's text without inks.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }

    /// The columns the row takes.
    pub fn width(&self) -> usize {
        self.pieces.iter().map(|p| columns(&p.text)).sum()
    }
}

/// What an embedded block is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedKind {
    /// A calculator prefilled with an input.
    Calc(CalcEmbed),
    /// A question of the lesson, answered in place.
    Question {
        /// The question's id.
        id: String,
        /// The order its choices or items are shown in: `shown[i]` is the index,
        /// as written, of the entry shown at letter `i` (empty: as written).
        shown: Vec<usize>,
    },
}

/// An embedded block and the rows its box takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    /// What it is.
    pub kind: EmbedKind,
    /// Its rows in [`Page::rows`].
    pub rows: Range<usize>,
}

/// Where a reader is in a page, in terms that survive a new width or the
/// other language: the section (by its heading's anchor and its position in
/// the table of contents) and how far into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The section's position in the table of contents, if the row is in one.
    pub section: Option<usize>,
    /// The section heading's anchor.
    pub anchor: Option<String>,
    /// How many sections the page has.
    pub sections: usize,
    /// Rows from the start of the section to the place.
    pub into: usize,
    /// Rows in the section (at least 1).
    pub len: usize,
    /// The place as a fraction of the whole page, in millionths, for pages
    /// whose sections do not match.
    pub fraction: usize,
}

/// A lesson laid out for one width and language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// The rows, top to bottom.
    pub rows: Vec<Row>,
    /// The table of contents of the lesson.
    pub toc: Vec<TocEntry>,
    /// The row of each entry of [`Page::toc`].
    pub headings: Vec<usize>,
    /// The embedded blocks, in reading order.
    pub embeds: Vec<Embed>,
    /// The width of text the page was laid out for.
    pub width: usize,
    /// The language of the lesson shown.
    pub lang: Lang,
    /// The version of the answers the page shows.
    pub version: u64,
}

impl Page {
    /// The widest row: text rows fit [`Page::width`], code may be wider.
    pub fn widest(&self) -> usize {
        self.rows.iter().map(Row::width).max().unwrap_or(0)
    }

    /// The section (index into [`Page::toc`]) that `row` is in.
    pub fn section_at(&self, row: usize) -> Option<usize> {
        self.headings.partition_point(|&h| h <= row).checked_sub(1)
    }

    /// The first row and the length of section `index`.
    fn section_rows(&self, index: usize) -> (usize, usize) {
        let start = self.headings.get(index).copied().unwrap_or(0);
        let end = self
            .headings
            .get(index + 1)
            .copied()
            .unwrap_or(self.rows.len());
        (start, end.saturating_sub(start).max(1))
    }

    /// Where `row` is, in terms another layout of the lesson can find.
    pub fn place(&self, row: usize) -> Place {
        let section = self.section_at(row);
        let (start, len) = section.map_or((0, self.rows.len().max(1)), |s| self.section_rows(s));
        Place {
            section,
            anchor: section
                .and_then(|s| self.toc.get(s))
                .map(|t| t.anchor.clone()),
            sections: self.toc.len(),
            into: row.saturating_sub(start),
            len,
            fraction: row.saturating_mul(1_000_000) / self.rows.len().max(1),
        }
    }

    /// The row of this page at `place`: the same section found by its anchor,
    /// else by its position when both tables of contents have the same length
    /// (a lesson's twin in the other language), at the same fraction of it; else
    /// the same fraction of the whole page.
    pub fn row_at(&self, place: &Place) -> usize {
        let by_anchor = place
            .anchor
            .as_ref()
            .and_then(|a| self.toc.iter().position(|t| &t.anchor == a));
        let by_position = place
            .section
            .filter(|s| *s < self.toc.len() && place.sections == self.toc.len());
        let row = match by_anchor.or(by_position) {
            Some(section) => {
                let (start, len) = self.section_rows(section);
                let into = if len == place.len {
                    place.into
                } else {
                    place.into.saturating_mul(len) / place.len.max(1)
                };
                start + into.min(len.saturating_sub(1))
            }
            // Before the first heading: the same number of rows from the top.
            None if place.section.is_none() => place.into.min(
                self.headings
                    .first()
                    .map_or(usize::MAX, |h| h.saturating_sub(1)),
            ),
            None => place.fraction.saturating_mul(self.rows.len()) / 1_000_000,
        };
        row.min(self.rows.len().saturating_sub(1))
    }

    /// The embedded block that `row` belongs to.
    pub fn embed_at(&self, row: usize) -> Option<usize> {
        self.rows.get(row).and_then(|r| r.embed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(headings: &[usize], rows: usize, anchors: &[&str]) -> Page {
        Page {
            rows: vec![Row::blank(); rows],
            toc: anchors
                .iter()
                .enumerate()
                .map(|(i, a)| TocEntry {
                    level: 2,
                    text: a.to_string(),
                    anchor: a.to_string(),
                    block: i,
                })
                .collect(),
            headings: headings.to_vec(),
            ..Page::default()
        }
    }

    #[test]
    fn a_place_survives_a_new_width_by_anchor() {
        let wide = page(&[0, 10, 20], 30, &["a", "b", "c"]);
        let narrow = page(&[0, 20, 40], 60, &["a", "b", "c"]);
        let place = wide.place(15);
        assert_eq!((place.section, place.into, place.len), (Some(1), 5, 10));
        assert_eq!(narrow.row_at(&place), 30);
        assert_eq!(wide.row_at(&place), 15);
    }

    #[test]
    fn the_other_language_is_matched_by_position() {
        let en = page(&[0, 10, 20], 30, &["a", "b", "c"]);
        let ja = page(&[0, 8, 12], 40, &["あ", "い", "う"]);
        assert_eq!(ja.row_at(&en.place(10)), 8);
        assert_eq!(ja.row_at(&en.place(25)), 12 + 5 * 28 / 10);
        let odd = page(&[0, 5], 50, &["x", "y"]);
        assert_eq!(odd.row_at(&en.place(20)), 33);
    }

    #[test]
    fn sections_are_found_by_row() {
        let p = page(&[2, 10], 30, &["a", "b"]);
        assert_eq!(p.section_at(0), None);
        assert_eq!(p.section_at(2), Some(0));
        assert_eq!(p.section_at(29), Some(1));
        assert_eq!(p.row_at(&p.place(1)), 1);
    }
}
