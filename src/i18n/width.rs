//! Measuring, cutting and padding text by the columns it takes on a terminal.
//!
//! A Japanese character takes two columns; a combining mark takes none. Counting
//! bytes or chars instead of columns is what makes tables and borders break.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The mark put where text was cut.
pub const ELLIPSIS: char = '…';

/// The number of terminal columns `text` takes.
///
/// ```
/// use netdojo::i18n::width::columns;
/// assert_eq!(columns("abc"), 3);
/// assert_eq!(columns("日本語"), 6);
/// ```
pub fn columns(text: &str) -> usize {
    text.width()
}

/// `text` cut to at most `max` columns, ending with `…` when something was cut.
/// A wide character that would straddle the limit is dropped whole.
///
/// ```
/// use netdojo::i18n::width::truncate;
/// assert_eq!(truncate("subnetting", 7), "subnet…");
/// assert_eq!(truncate("サブネット", 6), "サブ…");
/// assert_eq!(truncate("short", 10), "short");
/// ```
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if columns(text) <= max {
        return Cow::Borrowed(text);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let budget = max - 1; // one column for the ellipsis
    let mut used = 0;
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > budget {
            break;
        }
        used += w;
        out.push(ch);
    }
    out.push(ELLIPSIS);
    Cow::Owned(out)
}

/// `text` cut (as [`truncate`]) and then padded with spaces on the right to exactly
/// `width` columns.
///
/// ```
/// use netdojo::i18n::width::{columns, pad_right};
/// assert_eq!(pad_right("ab", 4), "ab  ");
/// assert_eq!(pad_right("日本", 5), "日本 ");
/// assert_eq!(columns(&pad_right("日本語です", 5)), 5);
/// ```
pub fn pad_right(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let fill = width.saturating_sub(columns(&cut));
    let mut out = String::with_capacity(cut.len() + fill);
    out.push_str(&cut);
    out.extend(std::iter::repeat_n(' ', fill));
    out
}

/// `text` cut (as [`truncate`]) and padded with spaces on the left to exactly
/// `width` columns, for numbers in a right-aligned column.
///
/// ```
/// use netdojo::i18n::width::pad_left;
/// assert_eq!(pad_left("42", 5), "   42");
/// assert_eq!(pad_left("二", 3), " 二");
/// ```
pub fn pad_left(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let fill = width.saturating_sub(columns(&cut));
    let mut out = String::with_capacity(cut.len() + fill);
    out.extend(std::iter::repeat_n(' ', fill));
    out.push_str(&cut);
    out
}

/// `text` without its first `skip` columns (for text scrolled sideways); a wide
/// character cut in half by the edge is dropped with its half.
///
/// ```
/// use netdojo::i18n::width::skip_columns;
/// assert_eq!(skip_columns("abcdef", 2), "cdef");
/// assert_eq!(skip_columns("日本語", 3), "語");
/// assert_eq!(skip_columns("ab", 5), "");
/// ```
pub fn skip_columns(text: &str, skip: usize) -> &str {
    let mut used = 0;
    for (i, ch) in text.char_indices() {
        if used >= skip {
            return &text[i..];
        }
        used += ch.width().unwrap_or(0);
    }
    ""
}

/// Splits `text` into lines of at most `width` columns, breaking at spaces where
/// possible and anywhere inside a run of CJK text (which has no spaces).
///
/// ```
/// use netdojo::i18n::width::wrap;
/// assert_eq!(wrap("one two three", 7), ["one two", "three"]);
/// assert_eq!(wrap("日本語の文章", 4), ["日本", "語の", "文章"]);
/// ```
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    if width == 0 {
        return lines;
    }
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, width, &mut lines);
    }
    lines
}

/// Wraps one line of a table or list as [`wrap`] does, but keeps its shape: the
/// continuation lines start under the line's value column (after its first gap
/// of two or more spaces, or else under its first word), so a wrapped row still
/// reads as one row. A hanging indent that would leave less than half the width
/// falls back to the line's own indent.
///
/// ```
/// use netdojo::i18n::width::wrap_hanging;
/// assert_eq!(
///     wrap_hanging("  Label  one two three four", 19),
///     ["  Label  one two", "         three four"]
/// );
/// assert_eq!(wrap_hanging("short", 19), ["short"]);
/// ```
pub fn wrap_hanging(line: &str, width: usize) -> Vec<String> {
    if columns(line) <= width {
        return vec![line.to_owned()];
    }
    let lead = line.len() - line.trim_start().len();
    let body = &line[lead..];
    let lead_cols = columns(&line[..lead]);
    // The value column: just after the first gap of two spaces inside the line.
    let hang = body.find("  ").map_or(lead_cols, |gap| {
        let after = &body[gap..];
        columns(&line[..lead + gap + (after.len() - after.trim_start().len())])
    });
    let hang = if hang * 2 > width { lead_cols } else { hang };
    let first = wrap(body.trim_end(), width.saturating_sub(lead_cols).max(1));
    let head_body = first.first().map_or("", String::as_str);
    let mut out = vec![format!("{}{head_body}", &line[..lead])];
    // `wrap` keeps the text of a line as it was, so the first line is a prefix.
    let rest = body
        .get(head_body.len()..)
        .map_or("", str::trim_start)
        .trim_end();
    if rest.is_empty() {
        return out;
    }
    let pad = " ".repeat(hang);
    for piece in wrap(rest, width.saturating_sub(hang).max(1)) {
        out.push(format!("{pad}{piece}"));
    }
    out
}

fn wrap_paragraph(paragraph: &str, width: usize, lines: &mut Vec<String>) {
    let mut line = String::new();
    let mut used = 0;
    for word in words(paragraph) {
        let is_space = word.chars().all(char::is_whitespace);
        let w = columns(word);
        if is_space {
            // Spaces at the start of a wrapped line are dropped; elsewhere kept.
            if used > 0 && used + w <= width {
                line.push_str(word);
                used += w;
            }
            continue;
        }
        if used + w > width && used > 0 {
            lines.push(line.trim_end().to_string());
            line.clear();
            used = 0;
        }
        if w <= width {
            line.push_str(word);
            used += w;
            continue;
        }
        // A single word longer than the line is cut wherever it must be.
        for ch in word.chars() {
            let cw = ch.width().unwrap_or(0);
            if used + cw > width && used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(ch);
            used += cw;
        }
    }
    lines.push(line.trim_end().to_string());
}

/// Characters a line must not start with (Japanese line-breaking rules, kinsoku):
/// they stay on the line of the character before them.
const NO_LINE_START: &[char] = &[
    '、', '。', '，', '．', '・', '：', '；', '？', '！', 'ー', '）', '」', '』', '】', '〕', '〉',
    '》', 'ッ', 'ャ', 'ュ', 'ョ', 'っ', 'ゃ', 'ゅ', 'ょ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ぁ', 'ぃ',
    'ぅ', 'ぇ', 'ぉ',
];

/// Characters a line must not end with: they go to the line of the character after them.
const NO_LINE_END: &[char] = &['（', '「', '『', '【', '〔', '〈', '《'];

/// Cuts a paragraph into the pieces a line may break between: words, runs of
/// spaces, and single wide characters (CJK text may break between any two
/// characters), keeping the line-breaking rules of Japanese.
fn words(text: &str) -> Vec<&str> {
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Space,
        Narrow,
        Wide,
    }
    // (start, end, kind of the piece, whether it ends with an opening bracket)
    let mut pieces: Vec<(usize, usize, Kind, bool)> = Vec::new();
    for (i, ch) in text.char_indices() {
        let end = i + ch.len_utf8();
        let kind = if ch.is_whitespace() {
            Kind::Space
        } else if ch.width().unwrap_or(0) >= 2 {
            Kind::Wide
        } else {
            Kind::Narrow
        };
        let opening = NO_LINE_END.contains(&ch);
        if let Some(last) = pieces.last_mut() {
            let same_run = kind != Kind::Wide && kind == last.2;
            let kept_together = kind != Kind::Space
                && last.2 != Kind::Space
                && (NO_LINE_START.contains(&ch) || last.3);
            if same_run || kept_together {
                last.1 = end;
                last.3 = opening;
                if kind == Kind::Wide {
                    last.2 = Kind::Wide;
                }
                continue;
            }
        }
        pieces.push((i, end, kind, opening));
    }
    pieces
        .into_iter()
        .map(|(start, end, ..)| &text[start..end])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_respects_wide_characters() {
        assert_eq!(truncate("日本語", 6), "日本語");
        assert_eq!(truncate("日本語", 5), "日本…");
        assert_eq!(truncate("日本語", 4), "日…");
        assert_eq!(truncate("日本語", 2), "…");
        assert_eq!(truncate("日本語", 1), "…");
        assert_eq!(truncate("日本語", 0), "");
        assert_eq!(truncate("aé", 1), "…");
    }

    #[test]
    fn truncate_never_exceeds_the_limit() {
        let samples = ["", "a", "サブネット計算", "mixed 日本 text", "e\u{301}tude"];
        for text in samples {
            for max in 0..20 {
                assert!(columns(&truncate(text, max)) <= max, "{text:?} at {max}");
                assert_eq!(columns(&pad_right(text, max)), max, "{text:?} at {max}");
                assert_eq!(columns(&pad_left(text, max)), max, "{text:?} at {max}");
            }
        }
    }

    #[test]
    fn pad_keeps_an_odd_column_when_a_wide_char_does_not_fit() {
        assert_eq!(pad_right("日本語", 4), "日… ");
        assert_eq!(pad_right("日本語", 1), "…");
    }

    #[test]
    fn wrap_keeps_japanese_punctuation_off_the_start_of_a_line() {
        assert_eq!(wrap("部とホスト部、CIDR", 12), ["部とホスト", "部、CIDR"]);
        assert_eq!(wrap("あいう。えお", 6), ["あい", "う。え", "お"]);
        assert_eq!(wrap("あい「うえ」", 6), ["あい", "「う", "え」"]);
        assert_eq!(wrap("a (b) c.", 3), ["a", "(b)", "c."]);
    }

    #[test]
    fn wrap_breaks_at_spaces_and_inside_cjk() {
        assert_eq!(wrap("", 5), [""]);
        assert_eq!(wrap("abc", 0), Vec::<String>::new());
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(
            wrap("ネットワーク and クラウド", 8),
            ["ネット", "ワーク", "and クラ", "ウド"]
        );
        assert_eq!(wrap("a\nb", 5), ["a", "b"]);
        for line in wrap("とても長い日本語の文章を、狭い幅で折り返します。", 7)
        {
            assert!(columns(&line) <= 7, "{line:?}");
        }
    }

    #[test]
    fn a_wrapped_row_hangs_under_its_value_column() {
        assert_eq!(
            wrap_hanging(
                "    *.example.com  no: it covers one label, and a.b has 2",
                40
            ),
            [
                "    *.example.com  no: it covers one",
                "                   label, and a.b has 2",
            ]
        );
        // Japanese: columns, not bytes, place the hang.
        assert_eq!(
            wrap_hanging("タイプ  とても長い説明の文章です", 20),
            ["タイプ  とても長い説", "        明の文章です"]
        );
        // No gap: the continuation keeps the line's own indent.
        assert_eq!(
            wrap_hanging("  one two three four five", 12),
            ["  one two", "  three four", "  five"]
        );
        // A value column past half the width would leave too little room.
        assert_eq!(
            wrap_hanging("a long label here  value words", 16),
            ["a long label", "here  value", "words"]
        );
    }

    #[test]
    fn wrap_hanging_loses_no_word_and_keeps_to_the_width() {
        let line = "  Tiers  first 51,200 GB  ≈93.132257 GB × $0.023 = $2.142042 and so on";
        for width in 10..80 {
            let lines = wrap_hanging(line, width);
            // A word longer than the room is cut, never lost.
            let text: String = lines.concat().split_whitespace().collect();
            assert_eq!(text, line.split_whitespace().collect::<String>(), "{width}");
            for l in &lines {
                assert!(columns(l) <= width, "{width}: {l:?}");
            }
        }
    }
}
