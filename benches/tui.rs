//! The cost of one keystroke in the terminal app: `update` with the action a key
//! makes, then `view` of the whole screen at 200x60 on ratatui's TestBackend.
//!
//! Each iteration is one keystroke and one frame; keystrokes alternate between a
//! pair that undo each other (a digit then Backspace, or Down then Up), so the
//! screen stays the same from one iteration to the next.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use netdojo::i18n::Lang;
use netdojo::tui::action::Action;
use netdojo::tui::app::App;
use netdojo::tui::theme::Theme;
use netdojo::tui::update::update;
use netdojo::tui::view::view;
use netdojo::tui::{ScreenName, ScreenSize};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZE: ScreenSize = ScreenSize {
    cols: 200,
    rows: 60,
};

/// A screen to measure: its name, what to type into it first, and the language.
fn cases() -> Vec<(String, ScreenName, Vec<String>, Lang)> {
    let mut cases = Vec::new();
    for &name in ScreenName::ALL {
        let example: Vec<String> = match name {
            ScreenName::Home | ScreenName::Help => Vec::new(),
            _ => example_input(name).iter().map(|s| s.to_string()).collect(),
        };
        for lang in Lang::ALL {
            cases.push((
                format!("{}_{}", name.name(), lang.code()),
                name,
                example.clone(),
                lang,
            ));
        }
    }
    cases.push((
        "subnet_ipv6_en".into(),
        ScreenName::Subnet,
        vec!["2001:db8:1234::/52".into()],
        Lang::En,
    ));
    cases
}

/// A typical input for each calculator.
fn example_input(name: ScreenName) -> &'static [&'static str] {
    match name {
        ScreenName::Subnet => &["10.0.20.37/24"],
        ScreenName::Vpc => &["10.0.0.0/16", "3", "public,private,data"],
        ScreenName::Split => &["10.0.0.0/16", "5000,2000,500,100"],
        ScreenName::Aggregate => {
            &["10.0.0.0/24, 10.0.1.0/24, 10.0.2.0/23, 10.1.0.0/16, 10.1.128.0/17"]
        }
        ScreenName::Route => &[
            "10.1.20.9",
            "10.0.0.0/16 local; 10.1.0.0/16 pcx-1; 10.1.20.0/24 tgw-2; 0.0.0.0/0 igw-3",
        ],
        ScreenName::Avail => &["alb:99.99 * (web:99 | web:99) * rds:99.95"],
        ScreenName::Port => &["22 443 8080 49152"],
        ScreenName::Tcp => &["1000", "5000", "100,200", "300"],
        _ => &[],
    }
}

fn keystroke_to_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke_to_frame_200x60");
    for (label, name, args, lang) in cases() {
        let mut app = App::new(lang, Theme::colored(), SIZE.cols, SIZE.rows);
        for action in name.script(&args).unwrap() {
            update(&mut app, action);
        }
        let (forth, back) = if app.mode().text.is_some() {
            (Action::Input('0'), Action::Backspace)
        } else {
            (Action::Down, Action::Up)
        };
        let mut terminal = Terminal::new(TestBackend::new(SIZE.cols, SIZE.rows)).unwrap();
        let mut odd = false;
        group.bench_function(label, |b| {
            b.iter(|| {
                odd = !odd;
                let action = if odd { forth.clone() } else { back.clone() };
                black_box(update(&mut app, action));
                terminal.draw(|frame| view(&app, frame)).unwrap();
            });
        });
    }
    group.finish();
}

/// Keys that recompute a whole view rather than edit an input: a step of the TCP
/// walk-through (forward, then back) and the month length of the availability
/// calculator (which recomputes every figure of the system; pressed twice it is back).
fn view_keys_to_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("view_key_to_frame_200x60");
    let cases = [
        (
            "tcp_step_en",
            ScreenName::Tcp,
            example_input(ScreenName::Tcp),
            Action::NextStep,
            Action::PrevStep,
        ),
        (
            "avail_month_en",
            ScreenName::Avail,
            example_input(ScreenName::Avail),
            Action::CycleMonth,
            Action::CycleMonth,
        ),
    ];
    for (label, name, args, forth, back) in cases {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let mut app = App::new(Lang::En, Theme::colored(), SIZE.cols, SIZE.rows);
        for action in name.script(&args).unwrap() {
            update(&mut app, action);
        }
        let mut terminal = Terminal::new(TestBackend::new(SIZE.cols, SIZE.rows)).unwrap();
        let mut odd = false;
        group.bench_function(label, |b| {
            b.iter(|| {
                odd = !odd;
                let action = if odd { forth.clone() } else { back.clone() };
                black_box(update(&mut app, action));
                terminal.draw(|frame| view(&app, frame)).unwrap();
            });
        });
    }
    group.finish();
}

criterion_group!(benches, keystroke_to_frame, view_keys_to_frame);
criterion_main!(benches);
