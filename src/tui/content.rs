//! Styled text as plain data: what a screen shows, worked out by pure functions
//! (so `update` can count lines for scrolling and tests can read it), and turned
//! into ratatui styles only when drawn.

use crate::i18n::width::{columns, pad_left, pad_right, truncate};

/// What a piece of text means; the theme decides how that looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Ordinary text.
    Plain,
    /// A heading or a label.
    Heading,
    /// Secondary text.
    Dim,
    /// A key name or a command.
    Key,
    /// A success.
    Good,
    /// An error.
    Error,
    /// Network bits.
    Network,
    /// Host bits.
    Host,
    /// The allocated part of a bar.
    Used,
    /// The free part of a bar.
    Free,
    /// The row that matters most (the winning route).
    Highlight,
}

/// A piece of text with its tone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text.
    pub text: String,
    /// What it means.
    pub tone: Tone,
}

/// A line of pieces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextLine(pub Vec<Piece>);

impl TextLine {
    /// An empty line.
    pub fn new() -> TextLine {
        TextLine(Vec::new())
    }

    /// A line of one piece.
    pub fn one(text: impl Into<String>, tone: Tone) -> TextLine {
        TextLine::new().push(text, tone)
    }

    /// The line with a piece added at its end.
    pub fn push(mut self, text: impl Into<String>, tone: Tone) -> TextLine {
        self.0.push(Piece {
            text: text.into(),
            tone,
        });
        self
    }

    /// The line with a piece padded (or cut) to `width` columns added.
    pub fn cell(self, text: &str, width: usize, tone: Tone) -> TextLine {
        self.push(pad_right(text, width), tone)
    }

    /// The line with a right-aligned piece of `width` columns added.
    pub fn cell_right(self, text: &str, width: usize, tone: Tone) -> TextLine {
        self.push(pad_left(text, width), tone)
    }

    /// The columns the line takes.
    pub fn width(&self) -> usize {
        self.0.iter().map(|p| columns(&p.text)).sum()
    }

    /// The text without tones (for tests and plain output).
    pub fn text(&self) -> String {
        self.0.iter().map(|p| p.text.as_str()).collect()
    }

    /// The line cut to `width` columns (the last piece that does not fit ends in `…`).
    pub fn truncated(self, width: usize) -> TextLine {
        if self.width() <= width {
            return self;
        }
        let mut left = width;
        let mut out = Vec::new();
        for piece in self.0 {
            if left == 0 {
                break;
            }
            let cut = truncate(&piece.text, left).into_owned();
            left -= columns(&cut);
            out.push(Piece {
                text: cut,
                tone: piece.tone,
            });
        }
        TextLine(out)
    }
}

/// Which columns of a table fit in `width` columns, and how wide each is: columns
/// are dropped from the right (never the first `keep`) until the table fits, with
/// two spaces between columns.
pub fn fit_columns(
    titles: &[&str],
    rows: &[Vec<String>],
    keep: usize,
    width: usize,
) -> Vec<(usize, usize)> {
    let widths: Vec<usize> = titles
        .iter()
        .enumerate()
        .map(|(i, title)| {
            rows.iter()
                .filter_map(|row| row.get(i))
                .map(|cell| columns(cell))
                .chain([columns(title)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut kept: Vec<(usize, usize)> = widths.into_iter().enumerate().collect();
    let total = |k: &[(usize, usize)]| {
        k.iter().map(|(_, w)| w).sum::<usize>() + 2 * k.len().saturating_sub(1)
    };
    while kept.len() > keep && total(&kept) > width {
        kept.pop();
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_that_do_not_fit_are_dropped_from_the_right() {
        let rows = vec![vec![
            "10.0.0.0/24".to_string(),
            "public-a".into(),
            "251".into(),
        ]];
        let titles = ["CIDR", "NAME", "USABLE"];
        assert_eq!(
            fit_columns(&titles, &rows, 1, 80),
            [(0, 11), (1, 8), (2, 6)]
        );
        assert_eq!(fit_columns(&titles, &rows, 1, 21), [(0, 11), (1, 8)]);
        assert_eq!(fit_columns(&titles, &rows, 1, 3), [(0, 11)]);
    }

    #[test]
    fn lines_build_measure_and_cut_by_display_width() {
        let line = TextLine::one("VPC ", Tone::Heading)
            .cell("日本", 6, Tone::Plain)
            .cell_right("42", 4, Tone::Plain);
        assert_eq!(line.text(), "VPC 日本    42");
        assert_eq!(line.width(), 14);
        assert_eq!(line.clone().truncated(7).text(), "VPC 日…");
        assert_eq!(line.truncated(3).text(), "VP…");
    }
}
