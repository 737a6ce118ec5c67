//! Label/value rows for the AWS calculator screens: labels in one column, measured
//! by display width, values wrapped under their first line.

use crate::i18n::width::{columns, wrap};
use crate::i18n::{Lang, Msg};
use crate::tui::content::{TextLine, Tone};

/// `label  value` lines for `width` columns; a value's own lines (`\n`) and its
/// wrapped parts continue under the value column.
pub fn labelled(lang: Lang, rows: &[(Msg, String)], width: usize) -> Vec<TextLine> {
    let label_width = rows
        .iter()
        .map(|(label, _)| columns(lang.text(*label)))
        .max()
        .unwrap_or(0)
        + 2;
    let room = width.saturating_sub(label_width).max(10);
    let mut lines = Vec::new();
    for (label, value) in rows {
        let mut first = true;
        // A line that fits keeps its own spacing (tier lines are aligned inside).
        let parts = value.split('\n').flat_map(|line| {
            if columns(line) <= room {
                vec![line.to_string()]
            } else {
                wrap(line, room)
            }
        });
        for part in parts {
            let head = if first { lang.text(*label) } else { "" };
            first = false;
            lines.push(
                TextLine::new()
                    .cell(head, label_width, Tone::Heading)
                    .push(part, Tone::Plain),
            );
        }
    }
    lines
}

/// A reason as error lines wrapped to `width`.
pub fn error_lines(reason: &str, width: usize) -> Vec<TextLine> {
    wrap(reason, width.max(10))
        .into_iter()
        .map(|l| TextLine::one(l, Tone::Error))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_line_up_and_continue_under_their_column() {
        let rows = [
            (Msg::LblNetwork, "a\nb".to_string()),
            (Msg::LblWildcard, "c".to_string()),
        ];
        let text: Vec<String> = labelled(Lang::En, &rows, 40)
            .iter()
            .map(TextLine::text)
            .collect();
        assert_eq!(text, ["Network   a", "          b", "Wildcard  c"]);
    }
}
