//! Wrapping text by display width: East Asian wide characters count 2 columns,
//! lines break at spaces and between CJK characters, and closing punctuation such
//! as 。 never starts a line.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display width of `text` in terminal columns (CJK counts 2).
///
/// ```
/// use netdojo::lesson::wrap::width;
/// assert_eq!(width("subnet"), 6);
/// assert_eq!(width("サブネット"), 10);
/// ```
pub fn width(text: &str) -> usize {
    text.width()
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Characters a line must not start with.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '）'
            | '」'
            | '』'
            | '】'
            | '〉'
            | '》'
            | '！'
            | '？'
            | '：'
            | '；'
            | 'ー'
            | 'ぁ'
            | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
            | '・'
            | '.'
            | ','
            | ')'
            | ']'
            | '!'
            | '?'
            | ':'
            | ';'
    )
}

/// Characters a line must not end with.
fn is_opening(c: char) -> bool {
    matches!(c, '（' | '「' | '『' | '【' | '〈' | '《' | '(' | '[')
}

/// A piece of text that is never broken unless it is wider than a line.
struct Atom {
    text: String,
    width: usize,
    /// Whether a space separated it from the previous atom in the source.
    space_before: bool,
}

/// Cuts text into atoms: words between spaces, and single wide characters, with
/// punctuation glued to its neighbour.
fn atoms(text: &str) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::new();
    let mut current = String::new();
    let mut space_before = false;
    let mut pending_space = false;
    let flush = |current: &mut String, out: &mut Vec<Atom>, space_before: bool| {
        if !current.is_empty() {
            out.push(Atom {
                width: width(current),
                text: std::mem::take(current),
                space_before,
            });
        }
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut current, &mut out, space_before);
            pending_space = true;
            continue;
        }
        let glue = current.chars().last().is_some_and(|l| {
            is_closing(c) || is_opening(l) || (char_width(c) != 2 && char_width(l) != 2)
        });
        if !glue {
            flush(&mut current, &mut out, space_before);
        }
        if current.is_empty() {
            space_before = pending_space;
        }
        pending_space = false;
        current.push(c);
    }
    flush(&mut current, &mut out, space_before);
    out
}

/// The width of the widest piece of `text` that [`wrap`] never breaks (a word,
/// or a wide character with the punctuation kept beside it): the narrowest a
/// column can be without cutting a word.
///
/// ```
/// use netdojo::lesson::wrap::longest_word;
/// assert_eq!(longest_word("mask 255.255.255.128"), 15);
/// assert_eq!(longest_word("日本語"), 2);
/// // A small ッ stays with the character before it.
/// assert_eq!(longest_word("ブロックサイズ"), 4);
/// assert_eq!(longest_word(""), 0);
/// ```
pub fn longest_word(text: &str) -> usize {
    atoms(text).iter().map(|a| a.width).max().unwrap_or(0)
}

/// Splits `text` into pieces no wider than `max` columns (a character wider than
/// `max` stands alone).
fn hard_split(text: &str, max: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for c in text.chars() {
        let mut longer = piece.clone();
        longer.push(c);
        // Measured as a string, like every other width here, so that joiners and
        // control characters count the same way everywhere.
        if width(&longer) > max && !piece.is_empty() {
            pieces.push(std::mem::replace(&mut piece, c.to_string()));
        } else {
            piece = longer;
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// Wraps `text` into lines of at most `max` columns. Runs of spaces become one
/// space; an empty text gives no lines.
///
/// ```
/// use netdojo::lesson::wrap::wrap;
/// assert_eq!(wrap("a mask marks the network bits", 12), ["a mask marks", "the network", "bits"]);
/// assert_eq!(wrap("サブネットに分割する。", 8), ["サブネッ", "トに分割", "する。"]);
/// ```
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for atom in atoms(text) {
        let gap = usize::from(atom.space_before && !line.is_empty());
        if used + gap + atom.width <= max {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(&atom.text);
            used += gap + atom.width;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if atom.width <= max {
            line.push_str(&atom.text);
            used = atom.width;
        } else {
            let mut pieces = hard_split(&atom.text, max);
            let last = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
            used = width(&last);
            line = last;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Cuts a verbatim line into pieces of at most `max` columns, expanding tabs to
/// the next multiple of 8 first; a line that fits is returned whole.
///
/// ```
/// use netdojo::lesson::wrap::cut;
/// assert_eq!(cut("+----+----+", 6), ["+----+", "----+"]);
/// assert_eq!(cut("", 6), [""]);
/// ```
pub fn cut(line: &str, max: usize) -> Vec<String> {
    let mut expanded = String::new();
    let mut column = 0;
    for c in line.chars() {
        if c == '\t' {
            let spaces = 8 - column % 8;
            expanded.extend(std::iter::repeat_n(' ', spaces));
            column += spaces;
        } else {
            expanded.push(c);
            column += c.width().unwrap_or(0);
        }
    }
    if width(&expanded) <= max {
        return vec![expanded];
    }
    hard_split(&expanded, max.max(1))
}

/// Pads `text` with spaces on the right to `columns` display columns.
///
/// ```
/// use netdojo::lesson::wrap::pad;
/// assert_eq!(pad("日本", 6), "日本  ");
/// ```
pub fn pad(text: &str, columns: usize) -> String {
    let mut out = text.to_owned();
    out.extend(std::iter::repeat_n(
        ' ',
        columns.saturating_sub(width(text)),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_punctuation_stays_on_the_line_before() {
        assert_eq!(wrap("あいう。えお", 6), ["あい", "う。え", "お"]);
    }

    #[test]
    fn mixed_japanese_and_latin_breaks_at_the_script_change() {
        assert_eq!(wrap("これはsubnetです", 10), ["これは", "subnetです"]);
    }

    #[test]
    fn long_words_are_split_hard() {
        assert_eq!(wrap("abcdefghij klm", 4), ["abcd", "efgh", "ij", "klm"]);
    }

    #[test]
    fn spaces_collapse_and_lines_never_start_with_one() {
        assert_eq!(wrap("  a   b  ", 10), ["a b"]);
        assert_eq!(wrap("", 10), Vec::<String>::new());
    }

    #[test]
    fn tabs_expand_to_stops_of_eight() {
        assert_eq!(cut("a\tb", 20), ["a       b"]);
    }
}
