//! Every screen of the terminal app at 80x24, in English and Japanese, drawn on
//! ratatui's TestBackend and compared with the snapshots under `tests/snapshots/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdojo::i18n::Lang;
use netdojo::tui::action::Action;
use netdojo::tui::app::App;
use netdojo::tui::text::draw_app;
use netdojo::tui::theme::Theme;
use netdojo::tui::update::update;
use netdojo::tui::{ScreenName, ScreenSize, render_to_text};

fn screen(name: ScreenName, lang: Lang, args: &[&str]) -> String {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    render_to_text(name, ScreenSize::default(), lang, &args).unwrap()
}

fn scripted(lang: Lang, actions: Vec<Action>) -> String {
    let mut app = App::new(lang, Theme::plain(), 80, 24);
    for action in actions {
        update(&mut app, action);
    }
    draw_app(&app)
}

fn both(name: &str, draw: impl Fn(Lang) -> String) {
    for lang in Lang::ALL {
        insta::assert_snapshot!(format!("{name}_{}", lang.code()), draw(lang));
    }
}

#[test]
fn home() {
    both("home", |lang| screen(ScreenName::Home, lang, &[]));
}

#[test]
fn home_filtered() {
    both("home_filtered", |lang| {
        screen(ScreenName::Home, lang, &["dns"])
    });
}

#[test]
fn home_filter_without_matches() {
    both("home_no_match", |lang| {
        screen(ScreenName::Home, lang, &["zzz"])
    });
}

#[test]
fn home_scrolled_to_the_end() {
    both("home_end", |lang| scripted(lang, vec![Action::Last]));
}

#[test]
fn home_entry_still_to_come() {
    both("home_coming", |lang| {
        scripted(lang, vec![Action::Down, Action::Down, Action::Open])
    });
}

#[test]
fn help() {
    both("help", |lang| screen(ScreenName::Help, lang, &[]));
}

#[test]
fn help_while_filtering() {
    both("help_filter", |lang| {
        scripted(lang, vec![Action::StartFilter, Action::ToggleHelp])
    });
}

#[test]
fn too_small() {
    for lang in Lang::ALL {
        let text = render_to_text(
            ScreenName::Home,
            ScreenSize { cols: 30, rows: 8 },
            lang,
            &[],
        )
        .unwrap();
        insta::assert_snapshot!(format!("too_small_{}", lang.code()), text);
    }
}
