//! Keys for driving the terminal app in tests, written as in tmux (`Enter`, `Esc`,
//! `C-t`, `q`, ...) and fed through the keymap exactly as the run loop feeds them.
#![allow(dead_code)]

use netdojo::tui::app::App;
use netdojo::tui::event::to_action;
use netdojo::tui::update::{Effect, update};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// The key events a word stands for: `text:...` types each character after the
/// colon; otherwise a key name, `C-x` for Ctrl and a letter, or one character.
pub fn events(word: &str) -> Vec<KeyEvent> {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(text) = word.strip_prefix("text:") {
        return text.chars().map(|c| plain(KeyCode::Char(c))).collect();
    }
    let code = match word {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "BTab" => KeyCode::BackTab,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "BSpace" | "Backspace" => KeyCode::Backspace,
        "Space" => KeyCode::Char(' '),
        function if function.starts_with('F') && function[1..].parse::<u8>().is_ok() => {
            KeyCode::F(function[1..].parse().unwrap_or(1))
        }
        ctrl if ctrl.starts_with("C-") && ctrl.chars().count() == 3 => {
            let c = ctrl.chars().nth(2).unwrap_or('c');
            return vec![KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)];
        }
        single if single.chars().count() == 1 => {
            KeyCode::Char(single.chars().next().unwrap_or(' '))
        }
        other => panic!("no key named {other:?} (use text:{other} to type it)"),
    };
    vec![plain(code)]
}

/// Feeds `keys` to the app through the keymap; returns the last effect.
pub fn press(app: &mut App, keys: &[&str]) -> Option<Effect> {
    let mut effect = None;
    for key in keys {
        for event in events(key) {
            if let Some(action) = to_action(&Event::Key(event), app.mode()) {
                effect = update(app, action);
            }
        }
    }
    effect
}

/// Feeds `keys` to the app through the keymap; returns every effect, in order.
pub fn press_all(app: &mut App, keys: &[&str]) -> Vec<Effect> {
    let mut effects = Vec::new();
    for key in keys {
        for event in events(key) {
            if let Some(action) = to_action(&Event::Key(event), app.mode()) {
                effects.extend(update(app, action));
            }
        }
    }
    effects
}
