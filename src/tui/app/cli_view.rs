//! The overlay that shows the command line computing what a screen shows, and
//! the text that command prints, so a learner can copy it. The command wraps to
//! the width between arguments; the output keeps its columns and scrolls sideways when wider.

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
        // The command breaks only between arguments, so it still pastes as one.
        let mut lines: Vec<CliLine> = command_lines(&self.text.command, width)
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

/// A command as `$ command` in lines of at most `width` columns. When every
/// argument fits on a line, the command breaks only between arguments (never
/// inside quotes) and every line but the last ends in ` \`, so the lines pasted
/// into a shell still make one command; otherwise it wraps as text, so that all
/// of it can at least be read.
///
/// ```
/// use netdojo::tui::app::cli_view::command_lines;
/// assert_eq!(
///     command_lines("netdojo avail 'a:99 * b:99' --year 365.25", 32),
///     ["$ netdojo avail 'a:99 * b:99' \\", "    --year 365.25"]
/// );
/// assert_eq!(command_lines("netdojo port 22", 30), ["$ netdojo port 22"]);
/// ```
pub fn command_lines(command: &str, width: usize) -> Vec<String> {
    // "$ " before the first line, four spaces before the others.
    const LEAD: usize = 4;
    let units = units(arguments(command));
    if units.iter().any(|u| LEAD + columns(u) + 2 > width) {
        return wrap(&format!("$ {command}"), width.max(1));
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    let count = units.len();
    for (i, unit) in units.into_iter().enumerate() {
        // Room for the " \" that continues the line, unless nothing follows.
        let continued = if i + 1 < count { 2 } else { 0 };
        if line.is_empty() {
            line = format!("$ {unit}");
        } else if columns(&line) + 1 + columns(&unit) + continued <= width {
            line.push(' ');
            line.push_str(&unit);
        } else {
            lines.push(format!("{line} \\"));
            line = format!("    {unit}");
        }
    }
    if lines.is_empty() && line.is_empty() {
        line.push('$');
    }
    lines.push(line);
    lines
}

/// Arguments grouped so that an option stays with its value (`--year 365.25`).
fn units(args: Vec<String>) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    for arg in args {
        match units.last_mut() {
            Some(last)
                if last.starts_with("--") && !last.contains(' ') && !arg.starts_with('-') =>
            {
                last.push(' ');
                last.push_str(&arg);
            }
            _ => units.push(arg),
        }
    }
    units
}

/// The arguments of a command line as written: split at spaces outside single
/// quotes, with a backslash outside quotes escaping the next character.
fn arguments(command: &str) -> Vec<String> {
    let mut args = Vec::new();
    let mut arg = String::new();
    let mut quoted = false;
    let mut chars = command.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => quoted = !quoted,
            '\\' if !quoted => {
                arg.push(c);
                if let Some(next) = chars.next() {
                    arg.push(next);
                }
                continue;
            }
            ' ' if !quoted => {
                if !arg.is_empty() {
                    args.push(std::mem::take(&mut arg));
                }
                continue;
            }
            _ => {}
        }
        arg.push(c);
    }
    if !arg.is_empty() {
        args.push(arg);
    }
    args
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

    #[test]
    fn commands_break_between_arguments_only() {
        let command = "netdojo avail 'alb:99.99 * (web:99 | web:99) * rds:99.95' --year 365.2425 --month year";
        assert_eq!(
            command_lines(command, 62),
            [
                "$ netdojo avail 'alb:99.99 * (web:99 | web:99) * rds:99.95' \\",
                "    --year 365.2425 --month year",
            ]
        );
        assert_eq!(arguments("echo 'it'\\''s' x"), ["echo", "'it'\\''s'", "x"]);
        // An option keeps its value; the last line needs no room for a backslash.
        assert_eq!(
            command_lines("netdojo tcp fragment --size 4000 --mtu 1500 --df", 33),
            [
                "$ netdojo tcp fragment \\",
                "    --size 4000 --mtu 1500 --df"
            ]
        );
        // An argument too wide for any line: the command wraps as text.
        assert_eq!(
            command_lines("printf 'a b c d e f' | netdojo x", 12),
            ["$ printf 'a", "b c d e f' |", "netdojo x"]
        );
        assert_eq!(command_lines("", 10), ["$"]);
        assert!(!command_lines("netdojo port 22", 0).is_empty());
    }
}
