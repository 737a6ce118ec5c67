//! The overlay that shows the command line computing what a screen shows, and
//! the text that command prints, so a learner can copy it.

use crate::i18n::width::columns;
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

    /// The number of lines the overlay body has in `width` columns (the command,
    /// a blank line, the output).
    pub fn line_count(&self, width: usize) -> usize {
        command_lines(&self.text.command, width.saturating_sub(2)).len()
            + 1
            + self.text.output.lines().count()
    }

    /// Handles an action (scrolling; Esc is handled by the app).
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        // One row of the box is the explanation above the command.
        let inner = layout::padded(layout::overlay(ctx.body));
        let height = usize::from(inner.height).saturating_sub(2);
        let last = scroll::max_offset(self.line_count(usize::from(inner.width)), height);
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

/// A command cut into lines of at most `width` columns, only between arguments
/// (never inside quotes), every line but the last ending in ` \` and the others
/// indented, so the lines pasted into a shell still make one command.
///
/// ```
/// use netdojo::tui::app::cli_view::command_lines;
/// assert_eq!(
///     command_lines("netdojo avail 'a:99 * b:99' --year 365.25", 30),
///     ["netdojo avail 'a:99 * b:99' \\", "  --year 365.25"]
/// );
/// assert_eq!(command_lines("netdojo port 22", 30), ["netdojo port 22"]);
/// ```
pub fn command_lines(command: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let units = units(arguments(command));
    let count = units.len();
    for (i, arg) in units.into_iter().enumerate() {
        let indent = if lines.is_empty() { "" } else { "  " };
        // Room for the " \" that continues the line, unless nothing follows.
        let continued = if i + 1 < count { 2 } else { 0 };
        if line.is_empty() {
            line = format!("{indent}{arg}");
        } else if columns(&line) + 1 + columns(&arg) + continued <= width {
            line.push(' ');
            line.push_str(&arg);
        } else {
            lines.push(format!("{line} \\"));
            line = format!("  {arg}");
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
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
    use super::*;

    #[test]
    fn commands_break_between_arguments_only() {
        let command = "netdojo avail 'alb:99.99 * (web:99 | web:99) * rds:99.95' --year 365.2425 --month year";
        assert_eq!(
            command_lines(command, 60),
            [
                "netdojo avail 'alb:99.99 * (web:99 | web:99) * rds:99.95' \\",
                "  --year 365.2425 --month year",
            ]
        );
        assert_eq!(arguments("echo 'it'\\''s' x"), ["echo", "'it'\\''s'", "x"]);
        // An option keeps its value; an argument wider than the room keeps a
        // line of its own.
        assert_eq!(
            command_lines("netdojo tcp fragment --size 4000 --mtu 1500 --df", 30),
            ["netdojo tcp fragment \\", "  --size 4000 --mtu 1500 --df",]
        );
        assert_eq!(command_lines("netdojo port 22", 3).len(), 3);
        assert_eq!(command_lines("", 10), [""]);
    }
}
