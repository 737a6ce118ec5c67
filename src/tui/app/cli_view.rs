//! The overlay that shows the command line computing what a screen shows, and
//! the text that command prints, so a learner can copy it. The command wraps to
//! the width; the output keeps its columns and scrolls sideways when wider.

use crate::i18n::width::{columns, wrap};
use crate::tui::action::Action;
use crate::tui::layout;

use super::{Ctx, Outcome, scroll};

/// Columns moved by one sideways step.
const SIDE_STEP: usize = 8;

/// A command and what it prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliText {
    /// The command line, starting with `netdojo` (or a `printf` feeding it).
    pub command: String,
    /// Its output as the command prints it (standard output, then any error line).
    pub output: String,
}

/// The command-line overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliViewState {
    /// What is shown.
    pub text: CliText,
    /// The first line shown.
    pub scroll: usize,
    /// The first column of the output shown.
    pub hscroll: usize,
}

/// One line of the overlay's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CliLine {
    /// A line of the command (wrapped; the first starts with `$`).
    Command(String),
    /// A blank line.
    Blank,
    /// A line of the output, as printed.
    Output(String),
}

impl CliViewState {
    /// The overlay for `text`.
    pub fn new(text: CliText) -> CliViewState {
        CliViewState {
            text,
            scroll: 0,
            hscroll: 0,
        }
    }

    /// The body for `width` columns: the command wrapped, a blank, the output.
    pub fn lines(&self, width: usize) -> Vec<CliLine> {
        let mut lines: Vec<CliLine> = wrap(&format!("$ {}", self.text.command), width.max(1))
            .into_iter()
            .map(CliLine::Command)
            .collect();
        lines.push(CliLine::Blank);
        lines.extend(
            self.text
                .output
                .lines()
                .map(|l| CliLine::Output(l.to_string())),
        );
        lines
    }

    /// Handles an action (scrolling; Esc is handled by the app).
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let inner = layout::padded(layout::overlay(ctx.body));
        let width = usize::from(inner.width);
        // Two rows of the box are the explanation above the command and a blank.
        let height = usize::from(inner.height).saturating_sub(2);
        let lines = self.lines(width);
        let last = scroll::max_offset(lines.len(), height);
        let widest = self.text.output.lines().map(columns).max().unwrap_or(0);
        let last_column = widest.saturating_sub(width);
        match action {
            Action::Left => {
                self.hscroll = self.hscroll.saturating_sub(SIDE_STEP);
                return Outcome::Handled;
            }
            Action::Right => {
                self.hscroll = (self.hscroll + SIDE_STEP).min(last_column);
                return Outcome::Handled;
            }
            _ => {}
        }
        match scroll::step(self.scroll, action, last + 1, height) {
            Some(next) => {
                self.scroll = next;
                Outcome::Handled
            }
            None if matches!(action, Action::Resize(..)) => {
                self.scroll = self.scroll.min(last);
                self.hscroll = self.hscroll.min(last_column);
                Outcome::Handled
            }
            None => Outcome::Ignored,
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn wide_output_scrolls_sideways_and_stops_at_its_end() {
        let mut view = CliViewState::new(CliText {
            command: "netdojo x".into(),
            output: format!("{}\nshort\n", "w".repeat(100)),
        });
        let ctx = Ctx {
            lang: Lang::En,
            body: Rect::new(0, 1, 80, 22),
        };
        // The overlay's text is 80 - 8 (margins) - 4 (border and padding) = 68 wide.
        for _ in 0..10 {
            view.update(&Action::Right, &ctx);
        }
        assert_eq!(view.hscroll, 32);
        view.update(&Action::Left, &ctx);
        assert_eq!(view.hscroll, 24);
        assert_eq!(view.lines(68)[0], CliLine::Command("$ netdojo x".into()));
    }
}
