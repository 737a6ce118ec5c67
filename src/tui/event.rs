//! Terminal events to actions: key presses through the keymap, resize, paste,
//! and the mouse wheel and left clicks. Key releases and repeats are dropped.

use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};

use super::action::Action;
use super::keymap::{Key, Mode};

/// The action a terminal event stands for in `mode`, if it stands for one.
pub fn to_action(event: &Event, mode: Mode) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => mode.resolve(Key::from_event(key)),
        Event::Key(_) => None,
        Event::Resize(cols, rows) => Some(Action::Resize(*cols, *rows)),
        Event::Paste(text) if mode.text.is_some() => Some(Action::Paste(text.clone())),
        Event::Paste(_) => None,
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollUp => Some(Action::ScrollUp(mouse.column, mouse.row)),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown(mouse.column, mouse.row)),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(mouse.column, mouse.row)),
            _ => None,
        },
        Event::FocusGained | Event::FocusLost => None,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventState, KeyModifiers, MouseEvent};

    use super::*;

    fn key(code: KeyCode, kind: KeyEventKind) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers: KeyModifiers::NONE,
            kind,
            state: KeyEventState::NONE,
        })
    }

    #[test]
    fn only_presses_count() {
        let q = KeyCode::Char('q');
        assert_eq!(
            to_action(&key(q, KeyEventKind::Press), Mode::HOME),
            Some(Action::Quit)
        );
        assert_eq!(to_action(&key(q, KeyEventKind::Release), Mode::HOME), None);
        assert_eq!(to_action(&key(q, KeyEventKind::Repeat), Mode::HOME), None);
    }

    #[test]
    fn resize_wheel_click_and_paste() {
        assert_eq!(
            to_action(&Event::Resize(3, 4), Mode::HOME),
            Some(Action::Resize(3, 4))
        );
        let mouse = |kind| {
            Event::Mouse(MouseEvent {
                kind,
                column: 5,
                row: 6,
                modifiers: KeyModifiers::NONE,
            })
        };
        assert_eq!(
            to_action(&mouse(MouseEventKind::ScrollDown), Mode::HOME),
            Some(Action::ScrollDown(5, 6))
        );
        assert_eq!(
            to_action(&mouse(MouseEventKind::Down(MouseButton::Left)), Mode::HOME),
            Some(Action::Click(5, 6))
        );
        assert_eq!(to_action(&mouse(MouseEventKind::Moved), Mode::HOME), None);
        let paste = Event::Paste("10.0.0.0/8".into());
        assert_eq!(to_action(&paste, Mode::HOME), None);
        assert_eq!(
            to_action(&paste, Mode::HOME_FILTER),
            Some(Action::Paste("10.0.0.0/8".into()))
        );
    }
}
