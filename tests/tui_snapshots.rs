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
fn vpc_default_plan() {
    both("vpc", |lang| screen(ScreenName::Vpc, lang, &[]));
}

#[test]
fn vpc_packed_plan() {
    both("vpc_packed", |lang| {
        screen(
            ScreenName::Vpc,
            lang,
            &["10.0.0.0/24", "3", "public,private"],
        )
    });
}

#[test]
fn vpc_refused() {
    both("vpc_refused", |lang| {
        screen(ScreenName::Vpc, lang, &["10.0.0.0/27", "2", "web,db"])
    });
}

#[test]
fn vpc_room_for_growth() {
    both("vpc_room", |lang| {
        scripted(
            lang,
            vec![Action::Go(Route::Calc(CalcKind::Vpc, vec![])), Action::Last],
        )
    });
}

#[test]
fn route_sample() {
    both("route", |lang| screen(ScreenName::Route, lang, &[]));
}

#[test]
fn route_longest_match() {
    both("route_peering", |lang| {
        screen(
            ScreenName::Route,
            lang,
            &[
                "10.1.20.9",
                "10.0.0.0/16 local; 10.1.0.0/16 pcx-0a1b; 10.1.20.0/24 tgw-0123; 0.0.0.0/0 igw-0a1b",
            ],
        )
    });
}

#[test]
fn route_bad_table() {
    both("route_bad", |lang| {
        screen(
            ScreenName::Route,
            lang,
            &["10.0.0.1", "10.0.0.0/16 local; 0.0.0.0/0"],
        )
    });
}

#[test]
fn route_command_line() {
    both("route_cli", |lang| {
        scripted(
            lang,
            vec![
                Action::Go(Route::Calc(CalcKind::RouteLookup, vec![])),
                Action::NextExample,
                Action::ShowCli,
            ],
        )
    });
}

#[test]
fn split_vlsm() {
    both("split_vlsm", |lang| screen(ScreenName::Split, lang, &[]));
}

#[test]
fn split_by_prefix() {
    both("split_prefix", |lang| {
        screen(ScreenName::Split, lang, &["10.0.0.0/16", "/20"])
    });
}

#[test]
fn split_into_parts_rounded_up() {
    both("split_count", |lang| {
        screen(ScreenName::Split, lang, &["10.0.0.0/24", "3"])
    });
}

#[test]
fn split_aws_hosts_by_ctrl_t() {
    both("split_aws", |lang| {
        scripted(
            lang,
            vec![
                Action::Go(Route::Calc(
                    CalcKind::Split,
                    vec!["10.0.0.0/24".into(), "100,50,20".into()],
                )),
                Action::NextMode,
            ],
        )
    });
}

#[test]
fn split_refused() {
    both("split_refused", |lang| {
        screen(ScreenName::Split, lang, &["10.0.0.0/24", "300,200"])
    });
}

#[test]
fn aggregate_example() {
    both("aggregate", |lang| screen(ScreenName::Aggregate, lang, &[]));
}

#[test]
fn aggregate_bad_prefix() {
    both("aggregate_bad", |lang| {
        screen(
            ScreenName::Aggregate,
            lang,
            &["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/33"],
        )
    });
}

#[test]
fn aggregate_command_line() {
    both("aggregate_cli", |lang| {
        scripted(
            lang,
            vec![
                Action::Go(Route::Calc(CalcKind::Aggregate, vec![])),
                Action::ShowCli,
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
