//! What every calculator screen shares: a form of labelled inputs, the result
//! worked out whenever an input changes, and a scrolled result area. Each
//! calculator implements [`Calculator`]; [`update`] does the rest.

use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::TextLine;
use crate::tui::input::TextField;
use crate::tui::keymap::{CharClass, Mode};
use crate::tui::layout;

use super::cli_view::CliText;
use super::{Ctx, Outcome, scroll};

/// One labelled input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Its label.
    pub label: Msg,
    /// What is shown, dim, while it is empty.
    pub placeholder: Msg,
    /// The characters it takes.
    pub class: CharClass,
    /// Its text.
    pub input: TextField,
}

impl Field {
    /// A field holding `text`.
    pub fn new(label: Msg, class: CharClass, placeholder: Msg, text: &str) -> Field {
        Field {
            label,
            placeholder,
            class,
            input: TextField::with_text(text),
        }
    }

    /// The text, trimmed.
    pub fn text(&self) -> &str {
        self.input.text().trim()
    }
}

/// The inputs of a calculator, the focused one, and how far the result is scrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The inputs, top to bottom.
    pub fields: Vec<Field>,
    /// The index of the focused input.
    pub focus: usize,
    /// The first result line shown.
    pub scroll: usize,
}

impl Form {
    /// A form over `fields`, the first focused; `prefill` replaces their texts in
    /// order (extra values are joined, with spaces, into the last field).
    pub fn new(mut fields: Vec<Field>, prefill: &[String]) -> Form {
        let count = fields.len();
        for (i, field) in fields.iter_mut().enumerate() {
            let value = if i + 1 == count && prefill.len() > count {
                Some(prefill[i..].join(" "))
            } else {
                prefill.get(i).cloned()
            };
            if let Some(value) = value {
                field.input = TextField::with_text(&value);
            }
        }
        Form {
            fields,
            focus: 0,
            scroll: 0,
        }
    }

    /// The focused input.
    pub fn focused(&self) -> Option<&Field> {
        self.fields.get(self.focus)
    }

    /// The text of input `i`, trimmed ("" when there is no such input).
    pub fn text(&self, i: usize) -> &str {
        self.fields.get(i).map_or("", Field::text)
    }
}

/// A calculator screen's own part; the shared part is in [`update`].
pub trait Calculator {
    /// The inputs.
    fn form(&self) -> &Form;
    /// The inputs, to change them.
    fn form_mut(&mut self) -> &mut Form;
    /// Works the result out again after an input changed.
    fn recompute(&mut self);
    /// The title of the result box.
    fn result_title(&self) -> Msg;
    /// The line under the inputs: what is wrong with them, or a one-line answer.
    fn message(&self, lang: Lang) -> Option<TextLine>;
    /// The result, laid out for `width` columns.
    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine>;
    /// The command line that computes the same result, with its output.
    fn cli(&self) -> Option<CliText>;
    /// The views of a calculator that has several (each with its own inputs), and
    /// the index of the one shown; `None` for a calculator with one view.
    fn views(&self) -> Option<(&'static [Msg], usize)> {
        None
    }
    /// Where the input stopped making sense: the index of the field and of the
    /// character (0-based) to point at with a caret under the input.
    fn caret(&self) -> Option<(usize, usize)> {
        None
    }
    /// Actions only this calculator has; `None` when it does not use the action.
    fn special(&mut self, _action: &Action) -> Option<Outcome> {
        None
    }
    /// The keymap mode (by the focused input's class, unless the screen says otherwise).
    fn mode(&self) -> Mode {
        self.form()
            .focused()
            .map_or(Mode::CALC_ADDRESS, |f| Mode::calculator(f.class))
    }
}

/// Handles an action for any calculator: editing, moving between inputs,
/// scrolling the result, clicks; the rest goes to [`Calculator::special`].
pub fn update<C: Calculator>(calc: &mut C, action: &Action, ctx: &Ctx) -> Outcome {
    if let Some(outcome) = calc.special(action) {
        return outcome;
    }
    let areas = layout::calc(ctx.body, calc.form().fields.len());
    let height = usize::from(areas.result.height);
    let last = || {
        scroll::max_offset(
            calc.lines(ctx.lang, usize::from(areas.result.width)).len(),
            height,
        )
    };
    match action {
        Action::Resize(..) => {
            let last = last();
            let form = calc.form_mut();
            form.scroll = form.scroll.min(last);
            Outcome::Handled
        }
        Action::NextField | Action::PrevField => {
            let form = calc.form_mut();
            let count = form.fields.len().max(1);
            form.focus = if *action == Action::NextField {
                (form.focus + 1) % count
            } else {
                (form.focus + count - 1) % count
            };
            Outcome::Handled
        }
        Action::Input(_)
        | Action::Paste(_)
        | Action::Backspace
        | Action::Delete
        | Action::CursorLeft
        | Action::CursorRight
        | Action::CursorStart
        | Action::CursorEnd
        | Action::ClearInput => {
            let form = calc.form_mut();
            let focus = form.focus;
            let changed = form
                .fields
                .get_mut(focus)
                .is_some_and(|f| f.input.apply(action, f.class));
            if changed {
                calc.form_mut().scroll = 0;
                calc.recompute();
            }
            Outcome::Handled
        }
        Action::Click(x, y) => {
            let row = usize::from(y.saturating_sub(areas.fields.y));
            if areas.fields.contains((*x, *y).into()) && row < calc.form().fields.len() {
                calc.form_mut().focus = row;
                Outcome::Handled
            } else {
                Outcome::Ignored
            }
        }
        Action::ScrollUp(x, y) | Action::ScrollDown(x, y)
            if !areas.result_box.contains((*x, *y).into()) =>
        {
            Outcome::Ignored
        }
        _ => {
            let last = last();
            let form = calc.form_mut();
            match scroll::step(form.scroll, action, last + 1, height) {
                Some(next) => {
                    form.scroll = next;
                    Outcome::Handled
                }
                None => Outcome::Ignored,
            }
        }
    }
}

/// Quotes a command-line argument for a POSIX shell when it needs it.
///
/// ```
/// use netdojo::tui::app::calc::shell_quote;
/// assert_eq!(shell_quote("10.0.0.0/16"), "10.0.0.0/16");
/// assert_eq!(shell_quote("a b"), "'a b'");
/// assert_eq!(shell_quote("it's"), "'it'\\''s'");
/// assert_eq!(shell_quote(""), "''");
/// ```
pub fn shell_quote(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:,=@%+".contains(c));
    if plain {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}
