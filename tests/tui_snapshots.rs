//! Every screen of the terminal app at 80x24, in English and Japanese, drawn on
//! ratatui's TestBackend and compared with the snapshots under `tests/snapshots/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdojo::i18n::Lang;
use netdojo::tui::action::Action;
use netdojo::tui::app::{App, CalcKind, Route};
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
fn subnet_empty() {
    both("subnet_empty", |lang| screen(ScreenName::Subnet, lang, &[]));
}

#[test]
fn subnet_ipv4() {
    both("subnet_v4", |lang| {
        screen(ScreenName::Subnet, lang, &["10.0.20.37/24"])
    });
}

#[test]
fn subnet_ipv6() {
    both("subnet_v6", |lang| {
        screen(ScreenName::Subnet, lang, &["2001:db8:1234::/52"])
    });
}

#[test]
fn subnet_invalid() {
    both("subnet_invalid", |lang| {
        screen(ScreenName::Subnet, lang, &["10.0.0.256/24"])
    });
}

#[test]
fn subnet_scrolled_to_the_aws_addresses() {
    both("subnet_scrolled", |lang| {
        scripted(
            lang,
            vec![
                Action::Go(Route::Calc(CalcKind::Subnet, vec!["10.0.0.0/28".into()])),
                Action::PageDown,
            ],
        )
    });
}

#[test]
fn subnet_command_line() {
    both("subnet_cli", |lang| {
        scripted(
            lang,
            vec![
                Action::Go(Route::Calc(
                    CalcKind::Subnet,
                    vec!["192.168.1.130/26".into()],
                )),
                Action::ShowCli,
            ],
        )
    });
}

#[test]
fn subnet_help() {
    both("subnet_help", |lang| {
        scripted(
            lang,
            vec![
                Action::Go(Route::Calc(CalcKind::Subnet, vec![])),
                Action::ToggleHelp,
            ],
        )
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
