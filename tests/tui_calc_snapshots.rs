//! The availability, port and TCP screens at 80x24, in English and Japanese,
//! drawn on ratatui's TestBackend and compared with the snapshots under
//! `tests/snapshots/`.
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

fn scripted(lang: Lang, kind: CalcKind, args: &[&str], actions: Vec<Action>) -> String {
    let mut app = App::new(lang, Theme::plain(), 80, 24);
    let args = args.iter().map(|a| a.to_string()).collect();
    update(&mut app, Action::Go(Route::Calc(kind, args)));
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

const NOTES: &str = "alb:99.99 * (web:99 | web:99) * rds:99.95";

#[test]
fn avail_empty() {
    both("avail_empty", |lang| screen(ScreenName::Avail, lang, &[]));
}

#[test]
fn avail_system() {
    both("avail_system", |lang| {
        screen(ScreenName::Avail, lang, &[NOTES])
    });
}

#[test]
fn avail_system_scrolled_to_the_bars() {
    both("avail_bars", |lang| {
        scripted(lang, CalcKind::Avail, &[NOTES], vec![Action::Last])
    });
}

#[test]
fn avail_k_of_n() {
    both("avail_kofn", |lang| {
        screen(
            ScreenName::Avail,
            lang,
            &["lb:99.99 * 2of3(node:99) * (db:99.95 | db:99.95)"],
        )
    });
}

#[test]
fn avail_parse_error() {
    both("avail_error", |lang| {
        screen(ScreenName::Avail, lang, &["elb:99.99 * (ec2:99.5 | ec2:)"])
    });
}

#[test]
fn avail_other_year_and_month() {
    both("avail_convention", |lang| {
        scripted(
            lang,
            CalcKind::Avail,
            &["99.95"],
            vec![Action::CycleYear, Action::CycleYear, Action::CycleMonth],
        )
    });
}

#[test]
fn avail_mtbf() {
    both("avail_mtbf", |lang| {
        screen(ScreenName::Avail, lang, &["mtbf", "2000h", "", "99.95"])
    });
}

#[test]
fn avail_sizing() {
    both("avail_sizing", |lang| {
        scripted(
            lang,
            CalcKind::Avail,
            &["size", "2400", "350", "2", "99", "3"],
            vec![Action::PageDown],
        )
    });
}

#[test]
fn avail_command_line() {
    both("avail_cli", |lang| {
        scripted(lang, CalcKind::Avail, &[NOTES], vec![Action::ShowCli])
    });
}

#[test]
fn port_empty() {
    both("port_empty", |lang| screen(ScreenName::Port, lang, &[]));
}

#[test]
fn port_several() {
    both("port_several", |lang| {
        screen(
            ScreenName::Port,
            lang,
            &["22", "80", "443", "3306", "49151", "49152"],
        )
    });
}

#[test]
fn port_command_line() {
    both("port_cli", |lang| {
        scripted(
            lang,
            CalcKind::Port,
            &["22 443 70000"],
            vec![Action::ShowCli],
        )
    });
}

#[test]
fn tcp_walk_at_the_third_segment() {
    both("tcp_walk", |lang| {
        scripted(
            lang,
            CalcKind::Tcp,
            &[],
            vec![Action::NextStep, Action::NextStep],
        )
    });
}

#[test]
fn tcp_walk_with_data_at_the_end() {
    both("tcp_walk_end", |lang| {
        scripted(
            lang,
            CalcKind::Tcp,
            &["4294967295", "5000", "100", "50"],
            vec![Action::Last; 1]
                .into_iter()
                .chain(std::iter::repeat_n(Action::NextStep, 12))
                .collect(),
        )
    });
}

#[test]
fn tcp_compare() {
    both("tcp_compare", |lang| {
        screen(ScreenName::Tcp, lang, &["compare"])
    });
}

#[test]
fn tcp_fragment() {
    both("tcp_fragment", |lang| {
        screen(ScreenName::Tcp, lang, &["fragment"])
    });
}

#[test]
fn tcp_fragment_with_dont_fragment() {
    both("tcp_fragment_df", |lang| {
        scripted(lang, CalcKind::Tcp, &["fragment"], vec![Action::ToggleFlag])
    });
}

#[test]
fn tcp_command_line() {
    both("tcp_cli", |lang| {
        scripted(
            lang,
            CalcKind::Tcp,
            &["1000", "5000", "100"],
            vec![Action::ShowCli],
        )
    });
}

#[test]
fn tcp_help() {
    both("tcp_help", |lang| {
        scripted(lang, CalcKind::Tcp, &[], vec![Action::ToggleHelp])
    });
}
