//! The weighted routing, instance type, certificate, MySQL host and public IPv4
//! screens at 80x24 in English and Japanese, and driven by keys.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdojo::i18n::Lang;
use netdojo::tui::action::Action;
use netdojo::tui::app::{App, AwsKind, CalcKind, Route};
use netdojo::tui::text::draw_app;
use netdojo::tui::theme::Theme;
use netdojo::tui::update::update;
use netdojo::tui::{ScreenName, ScreenSize, render_to_text};

fn screen(name: ScreenName, lang: Lang, args: &[&str]) -> String {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    render_to_text(name, ScreenSize::default(), lang, &args).unwrap()
}

fn both(name: &str, draw: impl Fn(Lang) -> String) {
    for lang in Lang::ALL {
        insta::assert_snapshot!(format!("{name}_{}", lang.code()), draw(lang));
    }
}

#[test]
fn weighted_shares_with_bars() {
    both("weighted", |lang| {
        screen(ScreenName::Weighted, lang, &["blue=70,green=20,red=10"])
    });
}

#[test]
fn instance_types_decoded() {
    both("instance", |lang| {
        screen(ScreenName::Instance, lang, &["c7gn.2xlarge"])
    });
}

#[test]
fn certificate_names_checked() {
    both("cert", |lang| {
        screen(
            ScreenName::Cert,
            lang,
            &[
                "example.com,*.example.com",
                "www.example.com a.b.example.com",
            ],
        )
    });
}

#[test]
fn mysql_host_patterns() {
    both("mysqlhost", |lang| {
        screen(
            ScreenName::Mysqlhost,
            lang,
            &["'app'@'%' 'app'@'10.0.%'", "app@10.0.1.5"],
        )
    });
}

#[test]
fn public_ipv4_cost() {
    both("ipv4cost", |lang| {
        screen(ScreenName::Ipv4cost, lang, &["3", "730", "150"])
    });
}

#[test]
fn empty_screens_prompt() {
    both("weighted_empty", |lang| {
        screen(ScreenName::Weighted, lang, &[])
    });
}

#[test]
fn typing_weights_updates_the_answer_and_the_command_line() {
    let mut app = App::new(Lang::En, Theme::plain(), 80, 24);
    update(
        &mut app,
        Action::Go(Route::Calc(CalcKind::Aws(AwsKind::Weighted), Vec::new())),
    );
    for c in "3,1".chars() {
        update(&mut app, Action::Input(c));
    }
    let text = draw_app(&app);
    assert!(text.contains("│ ✓ #1 75%, #2 25%"), "{text}");
    update(&mut app, Action::ShowCli);
    let text = draw_app(&app);
    assert!(text.contains("$ netdojo weighted 3,1"), "{text}");
    assert!(text.contains("#1           3    3/4      75%"), "{text}");
}

#[test]
fn tab_moves_to_the_host_names_of_the_certificate_screen() {
    let mut app = App::new(Lang::En, Theme::plain(), 80, 24);
    update(
        &mut app,
        Action::Go(Route::Calc(
            CalcKind::Aws(AwsKind::Cert),
            vec!["*.example.com".into()],
        )),
    );
    update(&mut app, Action::NextField);
    for c in "example.com".chars() {
        update(&mut app, Action::Input(c));
    }
    let text = draw_app(&app);
    assert!(text.contains("│ ✗ example.com ✗"), "{text}");
    assert!(text.contains("example.com: not covered"), "{text}");
}
