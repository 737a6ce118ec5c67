//! The AWS calculator screens driven by key events through the keymap, as the run
//! loop feeds them, with exact values asserted on the drawn screen; and each of
//! them drawn at many sizes with typical inputs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdojo::i18n::Lang;
use netdojo::i18n::width::columns;
use netdojo::tui::action::Action;
use netdojo::tui::app::{App, Screen};
use netdojo::tui::event::to_action;
use netdojo::tui::text::draw_app;
use netdojo::tui::theme::Theme;
use netdojo::tui::update::update;
use netdojo::tui::{ScreenName, ScreenSize, render_to_text};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Feeds keys (`Enter`, `Esc`, `Tab`, `C-t`, `C-u`, `C-y`, or `text:...` typed
/// character by character) through the keymap.
fn press(app: &mut App, keys: &[&str]) {
    for key in keys {
        let events: Vec<KeyEvent> = match *key {
            "Enter" => vec![KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)],
            "Esc" => vec![KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)],
            "Tab" => vec![KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)],
            "BSpace" => vec![KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)],
            ctrl if ctrl.starts_with("C-") => {
                let c = ctrl.chars().nth(2).unwrap();
                vec![KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)]
            }
            text => text
                .strip_prefix("text:")
                .unwrap()
                .chars()
                .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
                .collect(),
        };
        for event in events {
            if let Some(action) = to_action(&Event::Key(event), app.mode()) {
                update(app, action);
            }
        }
    }
}

fn app(lang: Lang) -> App {
    App::new(lang, Theme::plain(), 80, 24)
}

fn open_from_home(a: &mut App, filter: &str) {
    press(a, &["text:/"]);
    press(a, &[&format!("text:{filter}"), "Enter"]);
}

#[test]
fn s3_prices_as_you_type_and_switches_to_multipart() {
    let mut a = app(Lang::En);
    open_from_home(&mut a, "s3");
    assert!(matches!(a.screen(), Screen::S3(_)));
    press(&mut a, &["text:100GiB"]);
    let text = draw_app(&a);
    assert!(text.contains("✓ $2.30 a month for 100GiB"), "{text}");
    assert!(
        text.contains("│ Tiers         first 51,200 GB  100 GB × $0.023 = $2.30"),
        "{text}"
    );
    press(&mut a, &["Tab", "text:150"]);
    assert!(draw_app(&a).contains("│ In yen        ¥345 at ¥150/$"));
    press(&mut a, &["C-y"]);
    let text = draw_app(&a);
    assert!(
        text.contains("$ netdojo s3 cost 100GiB --rate 150"),
        "{text}"
    );
    assert!(text.contains("Total         $2.30 a month"), "{text}");
    press(&mut a, &["Esc", "C-t", "text:50GiB", "Tab", "text:64MiB"]);
    let text = draw_app(&a);
    assert!(text.contains("✓ 800 parts: within every limit"), "{text}");
    assert!(
        text.contains("│ Parts          800 (799 full parts, then a last part of 67,108,864"),
        "{text}"
    );
    press(&mut a, &["C-u", "text:1MiB"]);
    let text = draw_app(&a);
    assert!(text.contains("✗ 51,200 parts: limits broken: 2"), "{text}");
    press(&mut a, &["Esc"]);
    assert!(a.stack.is_empty());
}

#[test]
fn s3_in_japanese() {
    let mut a = app(Lang::Ja);
    a.lang = Lang::Ja;
    update(
        &mut a,
        Action::Go(netdojo::tui::app::Route::Calc(
            netdojo::tui::app::CalcKind::S3,
            vec!["60TiB".into()],
        )),
    );
    let text = draw_app(&a);
    assert!(text.contains("月 $1,402.88"), "{text}");
    assert!(text.contains("$225.28（未確認）"), "{text}");
}

fn sizes() -> Vec<ScreenSize> {
    let mut sizes = vec![
        ScreenSize { cols: 0, rows: 0 },
        ScreenSize { cols: 1, rows: 1 },
        ScreenSize { cols: 20, rows: 5 },
        ScreenSize { cols: 80, rows: 24 },
        ScreenSize {
            cols: 200,
            rows: 60,
        },
        ScreenSize {
            cols: 250,
            rows: 80,
        },
    ];
    for cols in [2, 39, 40, 41, 72, 100] {
        for rows in [1, 2, 9, 10, 11, 30] {
            sizes.push(ScreenSize { cols, rows });
        }
    }
    sizes
}

#[test]
fn the_aws_screens_draw_at_every_size() {
    let cases: &[(ScreenName, &[&str])] = &[
        (ScreenName::S3, &[]),
        (ScreenName::S3, &["100GiB", "150"]),
        (ScreenName::S3, &["60TiB"]),
        (ScreenName::S3, &["100XB"]),
        (ScreenName::S3, &["parts", "100GiB", "1MiB"]),
        (ScreenName::S3, &["parts"]),
    ];
    for (name, args) in cases {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        for lang in Lang::ALL {
            for size in sizes() {
                let text = render_to_text(*name, size, lang, &args).unwrap();
                assert_eq!(text.lines().count(), usize::from(size.rows));
                for line in text.lines() {
                    assert!(
                        columns(line) <= usize::from(size.cols),
                        "{} {args:?} at {size}: {line:?}",
                        name.name()
                    );
                }
            }
        }
    }
}
