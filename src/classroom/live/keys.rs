//! Keys from the raw bytes a terminal sends over SSH.
//!
//! A student's terminal sends bytes, not key events: UTF-8 text, control bytes (CR for
//! Enter, DEL or BS for Backspace, ETX for Ctrl-C) and escape sequences for the
//! arrows and the editing keys, in the CSI (`ESC [`) or SS3 (`ESC O`) forms. Reads
//! can split anything anywhere, so [`KeyParser`] keeps an unfinished sequence (at most
//! [`MAX_PENDING`] bytes) until the rest arrives. A lone Escape cannot be told apart
//! from the start of a sequence until more bytes come or none do: the caller calls
//! [`KeyParser::finish`] when the line has been quiet for a moment.
//!
//! Bytes that make no key give [`Key::Unknown`], so a caller can count garbage.

/// The longest unfinished sequence kept between reads; a longer one is dropped as
/// [`Key::Unknown`].
pub const MAX_PENDING: usize = 32;

const ESC: u8 = 0x1b;

/// A key press read from the byte stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// A printable character (any script).
    Char(char),
    /// Enter: CR, LF, or CR LF.
    Enter,
    /// Backspace: DEL (0x7f) or BS (0x08).
    Backspace,
    /// Tab.
    Tab,
    /// Shift-Tab (`ESC [ Z`).
    BackTab,
    /// Escape on its own.
    Esc,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Home.
    Home,
    /// End.
    End,
    /// Page Up.
    PageUp,
    /// Page Down.
    PageDown,
    /// Insert.
    Insert,
    /// Delete (forward).
    Delete,
    /// Ctrl-C (0x03).
    CtrlC,
    /// Ctrl-D (0x04).
    CtrlD,
    /// Another Ctrl-letter, as its lowercase letter.
    Ctrl(char),
    /// Bytes that make no key: invalid UTF-8, unknown sequences, stray controls.
    Unknown,
}

/// Turns chunks of bytes into keys, keeping unfinished sequences between chunks.
///
/// ```
/// use netdojo::classroom::live::keys::{Key, KeyParser};
/// let mut parser = KeyParser::new();
/// assert_eq!(parser.feed(b"a\x1b["), vec![Key::Char('a')]);
/// assert_eq!(parser.feed(b"A\r\n"), vec![Key::Up, Key::Enter]);
/// assert_eq!(parser.feed("日".as_bytes()), vec![Key::Char('日')]);
/// assert_eq!(parser.feed(b"\x1b"), vec![]);
/// assert_eq!(parser.finish(), vec![Key::Esc]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct KeyParser {
    pending: Vec<u8>,
    after_cr: bool,
}

impl KeyParser {
    /// A parser with nothing pending.
    ///
    /// ```
    /// use netdojo::classroom::live::keys::KeyParser;
    /// assert!(!KeyParser::new().has_pending());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether an unfinished sequence waits for more bytes.
    ///
    /// ```
    /// use netdojo::classroom::live::keys::KeyParser;
    /// let mut parser = KeyParser::new();
    /// parser.feed(b"\x1b[1;");
    /// assert!(parser.has_pending());
    /// ```
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// The keys completed by these bytes.
    ///
    /// ```
    /// use netdojo::classroom::live::keys::{Key, KeyParser};
    /// let mut parser = KeyParser::new();
    /// assert_eq!(parser.feed(b"\x1bOB\x7f\x03"), vec![Key::Down, Key::Backspace, Key::CtrlC]);
    /// ```
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Key> {
        let mut keys = Vec::new();
        for &byte in bytes {
            self.push(byte, &mut keys);
        }
        keys
    }

    /// Ends whatever is pending: a lone ESC becomes [`Key::Esc`], anything else
    /// unfinished becomes [`Key::Unknown`].
    ///
    /// ```
    /// use netdojo::classroom::live::keys::{Key, KeyParser};
    /// let mut parser = KeyParser::new();
    /// parser.feed(&[0xe6, 0x97]); // two bytes of a three-byte character
    /// assert_eq!(parser.finish(), vec![Key::Unknown]);
    /// assert_eq!(parser.finish(), vec![]);
    /// ```
    pub fn finish(&mut self) -> Vec<Key> {
        let key = match self.pending.as_slice() {
            [] => None,
            [ESC] => Some(Key::Esc),
            _ => Some(Key::Unknown),
        };
        self.pending.clear();
        key.into_iter().collect()
    }

    fn push(&mut self, byte: u8, keys: &mut Vec<Key>) {
        let after_cr = std::mem::replace(&mut self.after_cr, false);
        match self.pending.first().copied() {
            None => self.start(byte, after_cr, keys),
            Some(ESC) => self.escape(byte, keys),
            Some(_) => self.utf8(byte, keys),
        }
    }

    /// A byte with nothing pending.
    fn start(&mut self, byte: u8, after_cr: bool, keys: &mut Vec<Key>) {
        let key = match byte {
            ESC => {
                self.pending.push(byte);
                return;
            }
            b'\r' => {
                self.after_cr = true;
                Key::Enter
            }
            // The LF of a CR LF pair is part of the same Enter.
            b'\n' if after_cr => return,
            b'\n' => Key::Enter,
            0x7f | 0x08 => Key::Backspace,
            b'\t' => Key::Tab,
            0x03 => Key::CtrlC,
            0x04 => Key::CtrlD,
            0x01..=0x1a => Key::Ctrl(char::from(b'a' + (byte - 1))),
            0x20..=0x7e => Key::Char(char::from(byte)),
            0xc2..=0xf4 => {
                self.pending.push(byte);
                return;
            }
            _ => Key::Unknown,
        };
        keys.push(key);
    }

    /// A byte after ESC.
    fn escape(&mut self, byte: u8, keys: &mut Vec<Key>) {
        match (self.pending.len(), self.pending.get(1).copied()) {
            (1, _) => match byte {
                b'[' | b'O' => self.pending.push(byte),
                // ESC then anything else: the ESC was a key of its own.
                _ => {
                    self.pending.clear();
                    keys.push(Key::Esc);
                    self.start(byte, false, keys);
                }
            },
            (_, Some(b'O')) => {
                self.pending.clear();
                if (0x40..=0x7e).contains(&byte) {
                    keys.push(ss3(byte));
                } else {
                    keys.push(Key::Unknown);
                    self.start(byte, false, keys);
                }
            }
            _ => match byte {
                0x20..=0x3f => {
                    if self.pending.len() >= MAX_PENDING {
                        self.pending.clear();
                        keys.push(Key::Unknown);
                    } else {
                        self.pending.push(byte);
                    }
                }
                0x40..=0x7e => {
                    let key = csi(&self.pending[2..], byte);
                    self.pending.clear();
                    keys.push(key);
                }
                _ => {
                    self.pending.clear();
                    keys.push(Key::Unknown);
                    self.start(byte, false, keys);
                }
            },
        }
    }

    /// A byte after the lead byte of a UTF-8 character.
    fn utf8(&mut self, byte: u8, keys: &mut Vec<Key>) {
        if !(0x80..=0xbf).contains(&byte) {
            self.pending.clear();
            keys.push(Key::Unknown);
            self.start(byte, false, keys);
            return;
        }
        self.pending.push(byte);
        let lead = self.pending.first().copied().unwrap_or(0);
        let needed = match lead {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
        if self.pending.len() < needed {
            return;
        }
        let key = match std::str::from_utf8(&self.pending).map(|s| s.chars().next()) {
            Ok(Some(c)) if !c.is_control() => Key::Char(c),
            _ => Key::Unknown,
        };
        self.pending.clear();
        keys.push(key);
    }
}

/// The key of `ESC O <final>`.
fn ss3(last: u8) -> Key {
    match last {
        b'A' => Key::Up,
        b'B' => Key::Down,
        b'C' => Key::Right,
        b'D' => Key::Left,
        b'H' => Key::Home,
        b'F' => Key::End,
        b'M' => Key::Enter,
        _ => Key::Unknown,
    }
}

/// The key of `ESC [ <params> <final>`; modifiers (`1;5A`) are ignored.
fn csi(params: &[u8], last: u8) -> Key {
    match last {
        b'A' => Key::Up,
        b'B' => Key::Down,
        b'C' => Key::Right,
        b'D' => Key::Left,
        b'H' => Key::Home,
        b'F' => Key::End,
        b'Z' => Key::BackTab,
        b'~' => {
            let first = params.split(|b| *b == b';').next().unwrap_or_default();
            match first {
                b"1" | b"7" => Key::Home,
                b"2" => Key::Insert,
                b"3" => Key::Delete,
                b"4" | b"8" => Key::End,
                b"5" => Key::PageUp,
                b"6" => Key::PageDown,
                _ => Key::Unknown,
            }
        }
        _ => Key::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn all(bytes: &[u8]) -> Vec<Key> {
        let mut parser = KeyParser::new();
        let mut keys = parser.feed(bytes);
        keys.extend(parser.finish());
        keys
    }

    #[test]
    fn printable_text_in_any_script() {
        assert_eq!(
            all("Ab 1~".as_bytes()),
            vec![
                Key::Char('A'),
                Key::Char('b'),
                Key::Char(' '),
                Key::Char('1'),
                Key::Char('~')
            ]
        );
        assert_eq!(
            all("田中é🙂".as_bytes()),
            vec![
                Key::Char('田'),
                Key::Char('中'),
                Key::Char('é'),
                Key::Char('🙂')
            ]
        );
    }

    #[test]
    fn every_enter_is_one_enter() {
        assert_eq!(all(b"\r"), vec![Key::Enter]);
        assert_eq!(all(b"\n"), vec![Key::Enter]);
        assert_eq!(all(b"\r\n"), vec![Key::Enter]);
        assert_eq!(all(b"\r\r"), vec![Key::Enter, Key::Enter]);
        assert_eq!(all(b"\n\n"), vec![Key::Enter, Key::Enter]);
        assert_eq!(all(b"\r\n\r\n"), vec![Key::Enter, Key::Enter]);
        assert_eq!(all(b"\x1bOM"), vec![Key::Enter]);
    }

    #[test]
    fn control_bytes() {
        assert_eq!(
            all(b"\x7f\x08\t\x03\x04\x01\x1a"),
            vec![
                Key::Backspace,
                Key::Backspace,
                Key::Tab,
                Key::CtrlC,
                Key::CtrlD,
                Key::Ctrl('a'),
                Key::Ctrl('z')
            ]
        );
        assert_eq!(all(b"\x00\x1c\x1f"), vec![Key::Unknown; 3]);
    }

    #[test]
    fn escape_alone_and_in_sequences() {
        assert_eq!(all(b"\x1b"), vec![Key::Esc]);
        assert_eq!(all(b"\x1b\x1b"), vec![Key::Esc, Key::Esc]);
        assert_eq!(all(b"\x1bq"), vec![Key::Esc, Key::Char('q')]);
        assert_eq!(all(b"\x1b\x1b[A"), vec![Key::Esc, Key::Up]);
        assert_eq!(all(b"\x1b\r"), vec![Key::Esc, Key::Enter]);
    }

    #[test]
    fn arrows_in_both_forms_and_with_modifiers() {
        assert_eq!(
            all(b"\x1b[A\x1b[B\x1b[C\x1b[D"),
            vec![Key::Up, Key::Down, Key::Right, Key::Left]
        );
        assert_eq!(
            all(b"\x1bOA\x1bOB\x1bOC\x1bOD"),
            vec![Key::Up, Key::Down, Key::Right, Key::Left]
        );
        assert_eq!(all(b"\x1b[1;5A\x1b[1;2D"), vec![Key::Up, Key::Left]);
    }

    #[test]
    fn editing_keys() {
        assert_eq!(
            all(b"\x1b[H\x1b[F\x1bOH\x1bOF\x1b[1~\x1b[4~\x1b[7~\x1b[8~"),
            vec![
                Key::Home,
                Key::End,
                Key::Home,
                Key::End,
                Key::Home,
                Key::End,
                Key::Home,
                Key::End
            ]
        );
        assert_eq!(
            all(b"\x1b[5~\x1b[6~\x1b[3~\x1b[2~\x1b[Z\x1b[3;5~"),
            vec![
                Key::PageUp,
                Key::PageDown,
                Key::Delete,
                Key::Insert,
                Key::BackTab,
                Key::Delete
            ]
        );
    }

    #[test]
    fn unknown_sequences_and_bad_utf8() {
        assert_eq!(all(b"\x1b[99~"), vec![Key::Unknown]);
        assert_eq!(all(b"\x1bOP"), vec![Key::Unknown]);
        assert_eq!(all(b"\x1b[12"), vec![Key::Unknown]);
        // A lone continuation byte, an overlong form, a lead byte cut by ASCII.
        assert_eq!(all(&[0x80]), vec![Key::Unknown]);
        assert_eq!(all(&[0xe0, 0x80, 0x80]), vec![Key::Unknown]);
        assert_eq!(all(&[0xe6, b'a']), vec![Key::Unknown, Key::Char('a')]);
        // A CSI interrupted by a control byte.
        assert_eq!(all(b"\x1b[1\r"), vec![Key::Unknown, Key::Enter]);
        // U+0085 is a C1 control, not a printable character.
        assert_eq!(all(&[0xc2, 0x85]), vec![Key::Unknown]);
    }

    #[test]
    fn an_endless_sequence_is_cut_at_the_cap() {
        let mut bytes = b"\x1b[".to_vec();
        bytes.extend(std::iter::repeat_n(b'1', 100));
        bytes.push(b'A');
        let keys = all(&bytes);
        assert!(keys.starts_with(&[Key::Unknown]));
        let mut parser = KeyParser::new();
        parser.feed(&bytes[..bytes.len() - 1]);
        assert!(parser.pending.len() <= MAX_PENDING);
    }

    #[test]
    fn a_split_escape_waits_for_its_end() {
        let mut parser = KeyParser::new();
        assert_eq!(parser.feed(b"\x1b"), vec![]);
        assert_eq!(parser.feed(b"["), vec![]);
        assert_eq!(parser.feed(b"B"), vec![Key::Down]);
        assert_eq!(parser.feed(b"\r"), vec![Key::Enter]);
        assert_eq!(parser.feed(b"\n"), vec![]);
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let mut parser = KeyParser::new();
            let keys = parser.feed(&bytes);
            prop_assert!(keys.len() <= bytes.len());
            prop_assert!(parser.pending.len() <= MAX_PENDING);
            parser.finish();
            prop_assert!(!parser.has_pending());
        }

        #[test]
        fn a_split_anywhere_gives_the_same_keys(
            bytes in proptest::collection::vec(
                prop_oneof![
                    any::<u8>(),
                    Just(0x1b),
                    Just(b'['),
                    Just(b'O'),
                    Just(b'\r'),
                    Just(b'\n'),
                    Just(0xe6),
                ],
                0..64,
            ),
            cut in any::<prop::sample::Index>(),
        ) {
            let whole = all(&bytes);
            let cut = cut.index(bytes.len() + 1);
            let mut parser = KeyParser::new();
            let mut split = parser.feed(&bytes[..cut]);
            split.extend(parser.feed(&bytes[cut..]));
            split.extend(parser.finish());
            prop_assert_eq!(split, whole);
        }

        #[test]
        fn byte_by_byte_gives_the_same_keys(bytes in proptest::collection::vec(any::<u8>(), 0..128)) {
            let whole = all(&bytes);
            let mut parser = KeyParser::new();
            let mut one_by_one = Vec::new();
            for byte in &bytes {
                one_by_one.extend(parser.feed(std::slice::from_ref(byte)));
            }
            one_by_one.extend(parser.finish());
            prop_assert_eq!(one_by_one, whole);
        }
    }
}
