//! A one-line text field: its text, its cursor, and the edits actions make.

use unicode_width::UnicodeWidthChar;

use super::action::Action;
use super::keymap::CharClass;

/// The longest text a field keeps, in characters (nothing anyone types is longer).
const MAX_CHARS: usize = 1024;

/// The text of a field and where the cursor is (a char index, 0 to the length).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    cursor: usize,
}

impl TextField {
    /// A field holding `text`, with the cursor at its end.
    pub fn with_text(text: &str) -> TextField {
        let text: String = text.chars().take(MAX_CHARS).collect();
        let cursor = text.chars().count();
        TextField { text, cursor }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor, as a char index.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Applies an editing action; returns whether the text changed. Actions that
    /// are not edits are ignored.
    pub fn apply(&mut self, action: &Action, class: CharClass) -> bool {
        let before = self.text.len();
        let old = self.text.clone();
        match action {
            Action::Input(c) if class.accepts(*c) => self.insert(*c),
            Action::Paste(pasted) => {
                for c in pasted.chars() {
                    // Pasted line breaks become spaces so a pasted list stays on the line.
                    let c = if c == '\n' || c == '\r' || c == '\t' {
                        ' '
                    } else {
                        c
                    };
                    if class.accepts(c) {
                        self.insert(c);
                    }
                }
            }
            Action::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.remove_at(self.cursor);
            }
            Action::Delete => self.remove_at(self.cursor),
            Action::CursorLeft => self.cursor = self.cursor.saturating_sub(1),
            Action::CursorRight => self.cursor = (self.cursor + 1).min(self.len()),
            Action::CursorStart => self.cursor = 0,
            Action::CursorEnd => self.cursor = self.len(),
            Action::ClearInput => {
                self.text.clear();
                self.cursor = 0;
            }
            _ => {}
        }
        self.text.len() != before || self.text != old
    }

    /// The part of the text that fits in `width` columns with the cursor in view,
    /// and the cursor's column within it.
    pub fn window(&self, width: usize) -> (String, usize) {
        if width == 0 {
            return (String::new(), 0);
        }
        let chars = self.widths();
        let cursor = self.cursor.min(chars.len());
        let start = self.window_start(&chars, width);
        let mut shown = String::new();
        let mut used = 0;
        for &(c, w) in &chars[start..] {
            if used + w > width {
                break;
            }
            shown.push(c);
            used += w;
        }
        let col = chars[start..cursor].iter().map(|(_, w)| w).sum();
        (shown, col)
    }

    /// The column, within the window [`TextField::window`] shows in `width`
    /// columns, of the character at `index` (the end of the text counts as a
    /// character); `None` when it is out of the window.
    pub fn column_of(&self, index: usize, width: usize) -> Option<usize> {
        let chars = self.widths();
        if index > chars.len() {
            return None;
        }
        let start = self.window_start(&chars, width);
        let column: usize = chars.get(start..index)?.iter().map(|(_, w)| w).sum();
        (column < width).then_some(column)
    }

    fn widths(&self) -> Vec<(char, usize)> {
        self.text
            .chars()
            .map(|c| (c, c.width().unwrap_or(0)))
            .collect()
    }

    /// The first character shown: far enough right that the cursor (plus one
    /// column for it) fits in `width`.
    fn window_start(&self, chars: &[(char, usize)], width: usize) -> usize {
        let mut start = 0;
        let cursor = self.cursor.min(chars.len());
        let mut span: usize = chars[..cursor].iter().map(|(_, w)| w).sum::<usize>() + 1;
        while span > width && start < cursor {
            span -= chars[start].1;
            start += 1;
        }
        start
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }

    fn insert(&mut self, c: char) {
        if self.len() >= MAX_CHARS {
            return;
        }
        let at = self.byte_index(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    fn remove_at(&mut self, index: usize) {
        if index < self.len() {
            let at = self.byte_index(index);
            self.text.remove(at);
        }
    }

    fn byte_index(&self, index: usize) -> usize {
        self.text
            .char_indices()
            .nth(index)
            .map_or(self.text.len(), |(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str, class: CharClass) -> TextField {
        let mut field = TextField::default();
        for c in text.chars() {
            field.apply(&Action::Input(c), class);
        }
        field
    }

    #[test]
    fn typing_editing_and_moving() {
        let mut f = typed("10.0.0.0/8", CharClass::Address);
        assert_eq!(f.text(), "10.0.0.0/8");
        assert!(f.apply(&Action::Backspace, CharClass::Address));
        assert_eq!(f.text(), "10.0.0.0/");
        f.apply(&Action::CursorStart, CharClass::Address);
        assert!(!f.apply(&Action::Backspace, CharClass::Address));
        assert!(f.apply(&Action::Delete, CharClass::Address));
        assert_eq!(f.text(), "0.0.0.0/");
        f.apply(&Action::Input('1'), CharClass::Address);
        assert_eq!((f.text(), f.cursor()), ("10.0.0.0/", 1));
        f.apply(&Action::CursorEnd, CharClass::Address);
        f.apply(&Action::CursorRight, CharClass::Address);
        assert_eq!(f.cursor(), 9);
        f.apply(&Action::ClearInput, CharClass::Address);
        assert_eq!((f.text(), f.cursor()), ("", 0));
    }

    #[test]
    fn a_field_keeps_only_what_its_class_accepts() {
        let f = typed("10.0.q0.1", CharClass::Address);
        assert_eq!(f.text(), "10.0.0.1");
        let mut f = TextField::default();
        f.apply(
            &Action::Paste("10.0.0.0/8\n192.168.0.0/16 x".into()),
            CharClass::Address,
        );
        assert_eq!(f.text(), "10.0.0.0/8 192.168.0.0/16 ");
        let mut f = TextField::default();
        f.apply(&Action::Paste("a\nb".into()), CharClass::Free);
        assert_eq!(f.text(), "a b");
    }

    #[test]
    fn multibyte_text_edits_by_character() {
        let mut f = typed("日本語", CharClass::Free);
        f.apply(&Action::CursorLeft, CharClass::Free);
        f.apply(&Action::Backspace, CharClass::Free);
        assert_eq!(f.text(), "日語");
        assert_eq!(f.cursor(), 1);
    }

    #[test]
    fn columns_of_characters_follow_the_window() {
        let f = typed("abcdefghij", CharClass::Free);
        assert_eq!(f.column_of(8, 4), Some(1));
        assert_eq!(f.column_of(10, 4), Some(3));
        assert_eq!(f.column_of(2, 4), None);
        assert_eq!(f.column_of(11, 4), None);
        assert_eq!(f.column_of(3, 20), Some(3));
        let f = typed("日本語", CharClass::Free);
        assert_eq!(f.column_of(2, 20), Some(4));
        assert_eq!(f.column_of(0, 0), None);
    }

    #[test]
    fn the_window_keeps_the_cursor_in_view() {
        let f = typed("abcdefghij", CharClass::Free);
        assert_eq!(f.window(4), ("hij".to_string(), 3));
        assert_eq!(f.window(20), ("abcdefghij".to_string(), 10));
        assert_eq!(f.window(0), (String::new(), 0));
        let f = typed("日本語です", CharClass::Free);
        let (shown, col) = f.window(5);
        assert_eq!((shown.as_str(), col), ("です", 4));
        let mut f = typed("abcdef", CharClass::Free);
        f.apply(&Action::CursorStart, CharClass::Free);
        assert_eq!(f.window(3), ("abc".to_string(), 0));
    }
}
