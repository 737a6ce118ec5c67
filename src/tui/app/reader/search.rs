//! Searching a laid-out lesson: every place a text appears, ignoring case and
//! the difference between full-width and ASCII forms (what a Japanese input
//! method types), found in the rows as shown.

use unicode_normalization::UnicodeNormalization;

use crate::tui::input::TextField;

use super::page::Page;

/// One place the search text appears: a row and a range of its characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// The row.
    pub row: usize,
    /// The first character of the match in the row's text.
    pub start: usize,
    /// The character after the match.
    pub end: usize,
}

/// A search in a lesson: what is typed, where it matches, the current match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The search text.
    pub field: TextField,
    /// Whether the text is being typed.
    pub typing: bool,
    /// Every match, top to bottom.
    pub matches: Vec<Match>,
    /// The match moved to last, as an index into `matches`.
    pub current: Option<usize>,
    /// The first row shown when typing started, to go back to on cancel.
    pub origin: usize,
}

impl Search {
    /// Whether there is a search to show (typed, or kept after Enter).
    pub fn active(&self) -> bool {
        self.typing || !self.field.text().is_empty()
    }

    /// Finds the text again in `page`; the current match becomes the first one
    /// at or after row `from`.
    pub fn refresh(&mut self, page: &Page, from: usize) {
        self.matches = find(page, self.field.text());
        self.current = self.first_from(from);
    }

    /// The index of the first match at or after `row`, wrapping to the top.
    pub fn first_from(&self, row: usize) -> Option<usize> {
        if self.matches.is_empty() {
            return None;
        }
        Some(self.matches.iter().position(|m| m.row >= row).unwrap_or(0))
    }

    /// Moves to the next (or previous) match, wrapping around.
    pub fn step(&mut self, forward: bool) -> Option<Match> {
        let count = self.matches.len();
        if count == 0 {
            return None;
        }
        let next = match (self.current, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1) % count,
            (Some(i), false) => (i + count - 1) % count,
        };
        self.current = Some(next);
        self.matches.get(next).copied()
    }

    /// The current match.
    pub fn current_match(&self) -> Option<Match> {
        self.current.and_then(|i| self.matches.get(i).copied())
    }
}

/// A character as searches compare it: its compatibility form (full-width `Ａ`
/// is `A`) in lower case, when that is still one character.
fn fold(c: char) -> char {
    let mut normal = std::iter::once(c).nfkc();
    let one = match (normal.next(), normal.next()) {
        (Some(n), None) => n,
        _ => c,
    };
    let mut lower = one.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => one,
    }
}

/// Every match of `needle` in the rows of `page`; nothing for an empty needle.
pub fn find(page: &Page, needle: &str) -> Vec<Match> {
    let needle: Vec<char> = needle.trim().chars().map(fold).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (row, r) in page.rows.iter().enumerate() {
        let hay: Vec<char> = r.text().chars().map(fold).collect();
        let mut at = 0;
        while at + needle.len() <= hay.len() {
            if hay[at..at + needle.len()] == needle[..] {
                found.push(Match {
                    row,
                    start: at,
                    end: at + needle.len(),
                });
                at += needle.len();
            } else {
                at += 1;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::reader::page::{Ink, Piece, Row};

    fn page(lines: &[&str]) -> Page {
        Page {
            rows: lines
                .iter()
                .map(|l| Row::new(vec![Piece::new(*l, Ink::Meta)]))
                .collect(),
            ..Page::default()
        }
    }

    #[test]
    fn matches_ignore_case_and_full_width() {
        let p = page(&["A Mask and a mask", "no", "ＭＡＳＫ マスク"]);
        let m = find(&p, "mask");
        assert_eq!(
            m,
            [
                Match {
                    row: 0,
                    start: 2,
                    end: 6
                },
                Match {
                    row: 0,
                    start: 13,
                    end: 17
                },
                Match {
                    row: 2,
                    start: 0,
                    end: 4
                },
            ]
        );
        assert_eq!(find(&p, "マスク").len(), 1);
        assert!(find(&p, "  ").is_empty());
    }

    #[test]
    fn next_and_previous_wrap_around() {
        let p = page(&["x", "x", "x"]);
        let mut s = Search {
            field: TextField::with_text("x"),
            ..Search::default()
        };
        s.refresh(&p, 1);
        assert_eq!(s.current, Some(1));
        assert_eq!(s.step(true).map(|m| m.row), Some(2));
        assert_eq!(s.step(true).map(|m| m.row), Some(0));
        assert_eq!(s.step(false).map(|m| m.row), Some(2));
    }
}
