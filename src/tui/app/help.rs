//! The help overlay's state and content: the keys of the screen under it, read
//! from the keymap rows, so the help always says what the keys really do.

use crate::i18n::width::wrap;
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::keymap::Mode;
use crate::tui::layout;

use super::{Ctx, Outcome, scroll};

/// One line of the help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A context's heading.
    Heading(Msg),
    /// A key row: the keys and what they do.
    Key(String, Msg),
    /// A line of a sentence, already wrapped.
    Note(String),
    /// A blank line.
    Blank,
}

/// The help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpState {
    /// The mode whose keys are listed (the screen under the help).
    pub mode: Mode,
    /// The first line shown.
    pub scroll: usize,
}

impl HelpState {
    /// Help for the keys of `mode`.
    pub fn new(mode: Mode) -> HelpState {
        HelpState { mode, scroll: 0 }
    }

    /// The lines of the help, in `lang`, notes wrapped to `width` columns.
    pub fn lines(&self, lang: Lang, width: usize) -> Vec<HelpLine> {
        lines(self.mode, lang, width)
    }

    /// Handles an action (scrolling; Esc is handled by the app).
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let inner = layout::padded(layout::overlay(ctx.body));
        let height = usize::from(inner.height);
        let len = self.lines(ctx.lang, usize::from(inner.width)).len();
        let last = scroll::max_offset(len, height);
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

/// The help lines for a mode: what typing does, then each context's keys.
pub fn lines(mode: Mode, lang: Lang, width: usize) -> Vec<HelpLine> {
    let mut out = Vec::new();
    if let Some(class) = mode.text {
        out.extend(
            wrap(lang.text(class.help()), width)
                .into_iter()
                .map(HelpLine::Note),
        );
        out.push(HelpLine::Blank);
    }
    for (n, &context) in mode.contexts.iter().enumerate() {
        if n > 0 {
            out.push(HelpLine::Blank);
        }
        out.push(HelpLine::Heading(context.title()));
        for b in mode.bindings().filter(|b| b.context == context) {
            out.push(HelpLine::Key(b.keys_label(), b.desc));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_lists_every_row_of_the_mode() {
        let lines = lines(Mode::HOME, Lang::En, 60);
        let keys = lines
            .iter()
            .filter(|l| matches!(l, HelpLine::Key(..)))
            .count();
        assert_eq!(keys, Mode::HOME.bindings().count());
        assert_eq!(lines.first(), Some(&HelpLine::Heading(Msg::CtxHome)));
        assert!(lines.contains(&HelpLine::Key("q".into(), Msg::KeyQuit)));
        assert!(lines.contains(&HelpLine::Key("↑/k".into(), Msg::KeyUp)));
    }

    #[test]
    fn a_typing_mode_explains_typing_first() {
        let lines = lines(Mode::HOME_FILTER, Lang::En, 60);
        assert_eq!(
            lines.first(),
            Some(&HelpLine::Note(
                "Every character you type goes into the input.".into()
            ))
        );
        let narrow = super::lines(Mode::SUBNET, Lang::Ja, 20);
        assert!(matches!(narrow[1], HelpLine::Note(_)));
    }
}
