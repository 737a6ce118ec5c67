//! Result lines the calculator screens build the same way: headings, wrapped
//! sentences, label/value rows and aligned tables, as styled lines of text.

use crate::format::table::Table;
use crate::i18n::width::{columns, wrap};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::Mode;

/// The keys that do `action` in `mode`, as help writes them (`→/n/l`), so text
/// that names a key never drifts from the keymap.
pub fn keys_for(mode: Mode, action: &Action) -> String {
    mode.bindings()
        .find(|b| b.action == *action)
        .map(|b| b.keys_label())
        .unwrap_or_default()
}

/// A table whose cells wrap within their columns, for `width` columns: the first
/// column as wide as its widest cell (up to a quarter of the width), the others
/// sharing the rest; a blank line between rows.
pub fn wrapped_table(header: &[&str], rows: &[Vec<String>], width: usize) -> Vec<TextLine> {
    let count = header.len().max(1);
    let gaps = 2 * (count - 1) + 2;
    let first = rows
        .iter()
        .filter_map(|r| r.first())
        .map(|c| columns(c))
        .chain(header.first().map(|h| columns(h)))
        .max()
        .unwrap_or(0)
        .min(width / 4)
        .max(1);
    let rest = width.saturating_sub(first + gaps);
    let other = (rest / count.saturating_sub(1).max(1)).max(1);
    let widths: Vec<usize> = (0..count)
        .map(|i| if i == 0 { first } else { other })
        .collect();
    let render = |cells: &[String], tone: Tone| -> Vec<TextLine> {
        let wrapped: Vec<Vec<String>> = widths
            .iter()
            .enumerate()
            .map(|(i, w)| wrap(cells.get(i).map_or("", String::as_str), *w))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(0);
        (0..height)
            .map(|r| {
                let mut line = TextLine::one("  ", Tone::Plain);
                for (i, (column, w)) in wrapped.iter().zip(&widths).enumerate() {
                    if i > 0 {
                        line = line.push("  ", Tone::Plain);
                    }
                    let cell = column.get(r).map_or("", String::as_str);
                    let cell_tone = if i == 0 { Tone::Heading } else { tone };
                    line = line.cell(cell, *w, cell_tone);
                }
                line
            })
            .collect()
    };
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let mut lines = render(&header, Tone::Heading);
    for row in rows {
        lines.push(TextLine::new());
        lines.extend(render(row, Tone::Plain));
    }
    lines
}

/// A heading line.
pub fn heading(text: impl Into<String>) -> TextLine {
    TextLine::one(text, Tone::Heading)
}

/// `text` wrapped to `width` columns, every line in `tone`.
pub fn wrapped(text: &str, width: usize, tone: Tone) -> Vec<TextLine> {
    wrap(text, width.max(1))
        .into_iter()
        .map(|line| TextLine::one(line, tone))
        .collect()
}

/// `label  value` rows with the values in one column (labels as headings).
pub fn labelled(rows: &[(String, String)]) -> Vec<TextLine> {
    let width = rows.iter().map(|(l, _)| columns(l)).max().unwrap_or(0) + 2;
    rows.iter()
        .map(|(label, value)| {
            TextLine::new()
                .cell(label, width, Tone::Heading)
                .push(value.as_str(), Tone::Plain)
        })
        .collect()
}

/// A table as lines, indented by `indent` columns: the first row (the header) as
/// a heading, the others plain.
pub fn table(table: &Table, indent: usize) -> Vec<TextLine> {
    let pad = " ".repeat(indent);
    table
        .render()
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let tone = if i == 0 { Tone::Heading } else { Tone::Plain };
            TextLine::one(pad.clone(), Tone::Plain).push(line, tone)
        })
        .collect()
}

/// A table without a header as lines, indented by `indent` columns.
pub fn headless(table: &Table, indent: usize) -> Vec<TextLine> {
    let pad = " ".repeat(indent);
    table
        .render()
        .lines()
        .map(|line| TextLine::one(pad.clone(), Tone::Plain).push(line, Tone::Plain))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_and_labels_line_up_by_display_width() {
        let mut t = Table::new(&["名前", "n"]).right_align(&[1]);
        t.row(vec!["a".into(), "10".into()]);
        let lines = table(&t, 2);
        let text: Vec<String> = lines.iter().map(TextLine::text).collect();
        assert_eq!(text, ["  名前   n", "  a     10"]);
        assert_eq!(lines[0].0[1].tone, Tone::Heading);
        let rows = labelled(&[("年".into(), "1".into()), ("week".into(), "2".into())]);
        assert_eq!(rows[0].text(), "年    1");
        assert_eq!(rows[1].text(), "week  2");
        assert_eq!(wrapped("a b c", 3, Tone::Dim).len(), 2);
        assert_eq!(wrapped("abc", 0, Tone::Dim).len(), 3);
    }

    #[test]
    fn wrapped_tables_wrap_each_cell_in_its_column() {
        let rows = vec![vec![
            "order".to_string(),
            "kept in order".into(),
            "any order".into(),
        ]];
        // 40 columns: the first 8 wide, 6 of gaps, 13 for each of the others.
        let lines = wrapped_table(&["property", "TCP", "UDP"], &rows, 40);
        let text: Vec<String> = lines.iter().map(TextLine::text).collect();
        assert_eq!(
            text,
            [
                "  property  TCP            UDP          ",
                "",
                "  order     kept in order  any order    ",
            ]
        );
        let narrow = wrapped_table(&["property", "TCP", "UDP"], &rows, 30);
        let text: Vec<String> = narrow.iter().map(TextLine::text).collect();
        assert_eq!(text[3], "  order    kept in   any     ");
        assert_eq!(text[4], "           order     order   ");
        for width in [0, 1, 5] {
            assert!(!wrapped_table(&["a", "b"], &rows, width).is_empty());
        }
    }

    #[test]
    fn keys_come_from_the_keymap() {
        assert_eq!(keys_for(Mode::AVAIL, &Action::CycleYear), "Ctrl-R");
        assert_eq!(keys_for(Mode::HOME, &Action::CycleYear), "");
    }
}
