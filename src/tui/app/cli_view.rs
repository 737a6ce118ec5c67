//! The overlay that shows the command line computing what a screen shows, and
//! the text that command prints, so a learner can copy it.

use crate::tui::action::Action;
use crate::tui::layout;

use super::{Ctx, Outcome, scroll};

/// A command and what it prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliText {
    /// The command line, starting with `netdojo`.
    pub command: String,
    /// Its standard output (or the error line it would print).
    pub output: String,
}

/// The command-line overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliViewState {
    /// What is shown.
    pub text: CliText,
    /// The first line shown.
    pub scroll: usize,
}

impl CliViewState {
    /// The overlay for `text`.
    pub fn new(text: CliText) -> CliViewState {
        CliViewState { text, scroll: 0 }
    }

    /// The number of lines the overlay body has (command, blank, output).
    pub fn line_count(&self) -> usize {
        2 + self.text.output.lines().count()
    }

    /// Handles an action (scrolling; Esc is handled by the app).
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        // One row of the box is the explanation above the command.
        let height =
            usize::from(layout::padded(layout::overlay(ctx.body)).height).saturating_sub(2);
        let last = scroll::max_offset(self.line_count(), height);
        match scroll::step(self.scroll, action, last + 1, height) {
            Some(next) => {
                self.scroll = next;
                Outcome::Handled
            }
            None if matches!(action, Action::Resize(..)) => {
                self.scroll = self.scroll.min(last);
                Outcome::Handled
            }
            None => Outcome::Ignored,
        }
    }
}
