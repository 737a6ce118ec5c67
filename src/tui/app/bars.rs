//! Horizontal bar charts as lines of text: one bar a row, drawn with eighth blocks
//! so small values still show, and the value written after each bar, so the chart
//! reads without colour and without measuring.

use crate::i18n::width::{columns, truncate};
use crate::tui::content::{TextLine, Tone};

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What it stands for.
    pub label: String,
    /// Its length, in any unit (0 or more).
    pub value: f64,
    /// The value as written after the bar.
    pub text: String,
    /// How the bar is drawn.
    pub tone: Tone,
}

/// The longest a bar gets, in columns.
const MAX_BAR: usize = 60;

const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// The bar of `eighths` eighths of a column.
fn bar_text(eighths: usize) -> String {
    let mut text = "█".repeat(eighths / 8);
    text.push_str(EIGHTHS[eighths % 8]);
    text
}

/// The chart for `width` columns: labels in one column (cut to a third of the
/// width at most), bars scaled so the longest and its value fill the rest.
pub fn chart(bars: &[Bar], width: usize) -> Vec<TextLine> {
    let label_width = bars
        .iter()
        .map(|b| columns(&b.label))
        .max()
        .unwrap_or(0)
        .min(width / 3);
    let text_width = bars.iter().map(|b| columns(&b.text)).max().unwrap_or(0);
    // Two spaces after the label, one before the value; bars longer than
    // MAX_BAR columns read no better on a wide terminal.
    let room = width
        .saturating_sub(label_width + text_width + 5)
        .min(MAX_BAR);
    let largest = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    bars.iter()
        .map(|bar| {
            let eighths = if largest > 0.0 && bar.value.is_finite() {
                let share = (bar.value / largest).clamp(0.0, 1.0);
                let eighths = (share * (room * 8) as f64).round() as usize;
                // Something above nothing always shows.
                if bar.value > 0.0 { eighths.max(1) } else { 0 }
            } else {
                0
            };
            TextLine::new()
                .push("  ", Tone::Plain)
                .cell(&truncate(&bar.label, label_width), label_width, Tone::Plain)
                .push("  ", Tone::Plain)
                .push(bar_text(eighths), bar.tone)
                .push(format!(" {}", bar.text), Tone::Plain)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: f64) -> Bar {
        Bar {
            label: label.into(),
            value,
            text: format!("{value}"),
            tone: Tone::Used,
        }
    }

    #[test]
    fn bars_scale_to_the_longest_and_keep_small_ones_visible() {
        let lines = chart(
            &[
                bar("a", 10.0),
                bar("bb", 5.0),
                bar("c", 0.01),
                bar("d", 0.0),
            ],
            30,
        );
        let text: Vec<String> = lines.iter().map(TextLine::text).collect();
        // 30 - 2 (label) - 4 (value) - 5 = 19 columns for the longest bar.
        assert_eq!(text[0], format!("  a   {} 10", "█".repeat(19)));
        assert_eq!(text[1], format!("  bb  {}▌ 5", "█".repeat(9)));
        assert_eq!(text[2], "  c   ▏ 0.01");
        assert_eq!(text[3], "  d    0");
    }

    #[test]
    fn any_width_is_drawn() {
        for width in [0, 1, 5, 200] {
            let lines = chart(&[bar("label", 3.0), bar("x", f64::NAN)], width);
            assert_eq!(lines.len(), 2);
        }
        assert!(chart(&[], 10).is_empty());
    }
}
