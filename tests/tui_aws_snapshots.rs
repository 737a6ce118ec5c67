//! The AWS calculator screens at 80x24, in English and Japanese, compared with the
//! snapshots under `tests/snapshots/`.
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

fn go(kind: CalcKind, args: &[&str]) -> Action {
    Action::Go(Route::Calc(
        kind,
        args.iter().map(|a| a.to_string()).collect(),
    ))
}

#[test]
fn s3_empty() {
    both("s3_empty", |lang| screen(ScreenName::S3, lang, &[]));
}

#[test]
fn s3_cost_in_two_tiers_with_yen() {
    both("s3_cost", |lang| {
        screen(ScreenName::S3, lang, &["60TiB", "150"])
    });
}

#[test]
fn s3_multipart() {
    both("s3_parts", |lang| {
        screen(ScreenName::S3, lang, &["parts", "100GiB", "8MiB"])
    });
}

#[test]
fn s3_command_line() {
    both("s3_cli", |lang| {
        scripted(lang, vec![go(CalcKind::S3, &["100GiB"]), Action::ShowCli])
    });
}
