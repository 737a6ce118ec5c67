//! A small editor for a message over several lines: Enter ends a line with CR LF,
//! a pasted line break becomes CR LF too, and the cursor never stops between the
//! CR and the LF of a line end.

use crate::tui::action::Action;

/// How a line ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// CR LF, as HTTP/1.1 wants.
    CrLf,
    /// A bare LF.
    Lf,
    /// The last line: no end.
    None,
}

/// A line of the text: its characters (without the line end) and how it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The characters before the line end.
    pub content: String,
    /// The line end.
    pub end: End,
}

/// The text being edited, as characters, and the cursor (a character index).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    chars: Vec<char>,
    cursor: usize,
}

impl Editor {
    /// An editor holding `text`, the cursor at its end.
    pub fn new(text: &str) -> Editor {
        let chars: Vec<char> = text.chars().collect();
        let cursor = chars.len();
        Editor { chars, cursor }
    }

    /// The text.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The cursor, as a character index.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The lines of the text (one more, empty, after a final line end).
    pub fn lines(&self) -> Vec<Line> {
        let mut lines = Vec::new();
        let mut content = String::new();
        let mut i = 0;
        while i < self.chars.len() {
            match (self.chars[i], self.chars.get(i + 1)) {
                ('\r', Some('\n')) => {
                    lines.push(Line {
                        content: std::mem::take(&mut content),
                        end: End::CrLf,
                    });
                    i += 2;
                    continue;
                }
                ('\n', _) => lines.push(Line {
                    content: std::mem::take(&mut content),
                    end: End::Lf,
                }),
                (c, _) => content.push(c),
            }
            i += 1;
        }
        lines.push(Line {
            content,
            end: End::None,
        });
        lines
    }

    /// The cursor as (line, column in characters), both from 0.
    pub fn position(&self) -> (usize, usize) {
        let mut line = 0;
        let mut start = 0;
        let mut i = 0;
        while i < self.cursor.min(self.chars.len()) {
            let step = self.break_at(i);
            if step > 0 {
                line += 1;
                i += step;
                start = i;
            } else {
                i += 1;
            }
        }
        (line, self.cursor.saturating_sub(start))
    }

    /// The length of the line break at `i` (2 for CR LF, 1 for LF), or 0.
    fn break_at(&self, i: usize) -> usize {
        match (self.chars.get(i), self.chars.get(i + 1)) {
            (Some('\r'), Some('\n')) => 2,
            (Some('\n'), _) => 1,
            _ => 0,
        }
    }

    /// The length of the line break just before `i`, or 0.
    fn break_before(&self, i: usize) -> usize {
        if i >= 2 && self.break_at(i - 2) == 2 {
            2
        } else if i >= 1 && self.chars.get(i - 1) == Some(&'\n') {
            1
        } else {
            0
        }
    }

    /// The character index where each line starts.
    fn starts(&self) -> Vec<usize> {
        let mut starts = vec![0];
        let mut i = 0;
        while i < self.chars.len() {
            let step = self.break_at(i);
            if step > 0 {
                i += step;
                starts.push(i);
            } else {
                i += 1;
            }
        }
        starts
    }

    /// The index just past the content of the line starting at `start`.
    fn content_end(&self, start: usize) -> usize {
        let mut i = start;
        while i < self.chars.len() && self.break_at(i) == 0 {
            i += 1;
        }
        i
    }

    fn insert(&mut self, text: &str) {
        let at = self.cursor.min(self.chars.len());
        let new: Vec<char> = text.chars().collect();
        let count = new.len();
        self.chars.splice(at..at, new);
        self.cursor = at + count;
    }

    fn move_line(&mut self, down: bool) {
        let (line, column) = self.position();
        let starts = self.starts();
        let target = if down {
            line + 1
        } else {
            match line.checked_sub(1) {
                Some(l) => l,
                None => return,
            }
        };
        if let Some(&start) = starts.get(target) {
            self.cursor = (start + column).min(self.content_end(start));
        }
    }

    /// Applies an editing action: `Some(true)` when the text changed,
    /// `Some(false)` when only the cursor moved, `None` when it is not an edit.
    pub fn apply(&mut self, action: &Action) -> Option<bool> {
        let before = self.chars.len();
        match action {
            Action::Input('\n') => self.insert("\r\n"),
            Action::Input(c) if !c.is_control() => self.insert(&c.to_string()),
            Action::Paste(text) => {
                let text = text.replace("\r\n", "\n").replace('\r', "\n");
                self.insert(&text.replace('\n', "\r\n"));
            }
            Action::Backspace => {
                let step = self.break_before(self.cursor).max(1).min(self.cursor);
                self.chars.drain(self.cursor - step..self.cursor);
                self.cursor -= step;
            }
            Action::Delete => {
                let step = self.break_at(self.cursor).max(1);
                let end = (self.cursor + step).min(self.chars.len());
                self.chars.drain(self.cursor.min(end)..end);
            }
            Action::CursorLeft => {
                let step = self.break_before(self.cursor).max(1);
                self.cursor = self.cursor.saturating_sub(step);
            }
            Action::CursorRight => {
                let step = self.break_at(self.cursor).max(1);
                self.cursor = (self.cursor + step).min(self.chars.len());
            }
            Action::CursorStart => {
                let (line, _) = self.position();
                self.cursor = self.starts().get(line).copied().unwrap_or(0);
            }
            Action::CursorEnd => self.cursor = self.content_end(self.cursor),
            Action::Up => self.move_line(false),
            Action::Down => self.move_line(true),
            Action::ClearInput => {
                self.chars.clear();
                self.cursor = 0;
            }
            _ => return None,
        }
        Some(self.chars.len() != before)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_ends_a_line_with_crlf_and_the_cursor_skips_it_whole() {
        let mut e = Editor::new("GET / HTTP/1.1");
        assert_eq!(e.apply(&Action::Input('\n')), Some(true));
        e.apply(&Action::Input('H'));
        assert_eq!(e.text(), "GET / HTTP/1.1\r\nH");
        assert_eq!(e.position(), (1, 1));
        e.apply(&Action::CursorLeft);
        e.apply(&Action::CursorLeft);
        assert_eq!(e.position(), (0, 14));
        assert_eq!(e.cursor(), 14);
        e.apply(&Action::Delete);
        assert_eq!(e.text(), "GET / HTTP/1.1H");
        e.apply(&Action::Input('\n'));
        e.apply(&Action::Backspace);
        assert_eq!(e.text(), "GET / HTTP/1.1H");
        e.apply(&Action::Up);
        assert_eq!(e.position(), (0, 14));
    }

    #[test]
    fn pasted_line_breaks_become_crlf_and_lines_keep_their_ends() {
        let mut e = Editor::new("");
        e.apply(&Action::Paste("a\nb\r\nc\rd".into()));
        assert_eq!(e.text(), "a\r\nb\r\nc\r\nd");
        let bare = Editor::new("a\nb\r\n");
        let ends: Vec<End> = bare.lines().iter().map(|l| l.end).collect();
        assert_eq!(ends, [End::Lf, End::CrLf, End::None]);
        assert_eq!(bare.position(), (2, 0));
        let mut e = Editor::new("ab\r\ncdef");
        e.apply(&Action::Up);
        assert_eq!(e.position(), (0, 2));
        e.apply(&Action::Down);
        e.apply(&Action::CursorStart);
        assert_eq!(e.position(), (1, 0));
        e.apply(&Action::CursorEnd);
        assert_eq!(e.position(), (1, 4));
        assert_eq!(e.apply(&Action::NextView), None);
        e.apply(&Action::ClearInput);
        assert_eq!(e.text(), "");
        assert_eq!(e.apply(&Action::Backspace), Some(false));
    }
}
