//! The DNS, HTTP and SSH screens driven by keys through the keymap, with exact
//! values at each step, and their snapshots at 80x24 in English and Japanese.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod app_keys;
use app_keys::press;

use netdojo::i18n::Lang;
use netdojo::tui::action::Action;
use netdojo::tui::app::calc::Calculator;
use netdojo::tui::app::{App, CalcKind, Overlay, Route, Screen};
use netdojo::tui::text::draw_app;
use netdojo::tui::theme::Theme;
use netdojo::tui::update::update;

fn open(lang: Lang, kind: CalcKind, args: &[&str]) -> App {
    let mut app = App::new(lang, Theme::plain(), 80, 24);
    let args = args.iter().map(|a| a.to_string()).collect();
    update(&mut app, Action::Go(Route::Calc(kind, args)));
    app
}

fn message(app: &App) -> String {
    let line = match app.screen() {
        Screen::Dns(s) => Calculator::message(s.as_ref(), app.lang),
        Screen::Http(s) => Calculator::message(s.as_ref(), app.lang),
        Screen::Ssh(s) => Calculator::message(s.as_ref(), app.lang),
        _ => None,
    };
    line.map(|l| l.text()).unwrap_or_default()
}

fn command(app: &App) -> String {
    match &app.overlay {
        Some(Overlay::Cli(view)) => view.text.command.clone(),
        other => panic!("no command line view: {other:?}"),
    }
}

const SSH: &[&str] = &["--seed", "1"];

#[test]
fn dns_steps_through_referrals_to_the_answer_then_the_cache() {
    let mut app = open(Lang::En, CalcKind::Dns, &["walk", "www.example.co.jp"]);
    assert_eq!(
        message(&app),
        "✓ step 1 of 8 (lookup 1): start www.example.co.jp. A: nothing cached, ask a root server"
    );
    press(&mut app, &["Right"]);
    assert_eq!(
        message(&app),
        "✓ step 2 of 8 (lookup 1): resolver → a.root-servers.net. (198.51.100.1): www.example.co.jp. A? ← referral to jp."
    );
    press(&mut app, &["Right", "Right", "Right"]);
    assert_eq!(
        message(&app),
        "✓ step 5 of 8 (lookup 1): resolver → ns1.example.co.jp. (198.51.100.53): www.example.co.jp. A? ← authoritative answer"
    );
    press(&mut app, &["Right"]);
    assert_eq!(
        message(&app),
        "✓ step 6 of 8 (lookup 2): www.example.co.jp. A: in the cache, no query sent"
    );
    press(&mut app, &["Right", "Right", "Right"]);
    assert_eq!(
        message(&app),
        "✓ step 8 of 8 (lookup 2): web.example.co.jp. A: in the cache, no query sent"
    );
    let text = draw_app(&app);
    assert!(
        text.contains("│   web.example.co.jp.     240  IN  A      203.0.113.80"),
        "{text}"
    );
    press(&mut app, &["Left"]);
    assert_eq!(
        message(&app),
        "✓ step 7 of 8 (lookup 2): www.example.co.jp. is an alias (CNAME) of web.example.co.jp.: start again for it"
    );
    press(&mut app, &["C-y"]);
    assert_eq!(command(&app), "netdojo dns walk www.example.co.jp --twice");
}

#[test]
fn dns_levels_follow_the_typed_name_and_views_switch() {
    let mut app = open(Lang::En, CalcKind::Dns, &[]);
    assert_eq!(
        message(&app),
        "✓ registrable domain example.co.jp, public suffix co.jp, 4 levels"
    );
    press(&mut app, &["C-u", "text:shop.example.com"]);
    assert_eq!(
        message(&app),
        "✓ registrable domain example.com, public suffix com, 3 levels"
    );
    press(&mut app, &["C-u", "text:a..b"]);
    assert!(message(&app).starts_with("✗ \"a..b\" is not a valid domain name: "));
    press(&mut app, &["C-n", "Tab", "text:mx", "C-n"]);
    let Screen::Dns(dns) = app.screen() else {
        panic!()
    };
    assert_eq!(dns.view(), netdojo::tui::app::dns::DnsView::Records);
    press(&mut app, &["y"]);
    assert_eq!(command(&app), "netdojo dns records");
    let mut ja = open(Lang::Ja, CalcKind::Dns, &["walk", "example.co.jp", "MX"]);
    press(&mut ja, &["C-y"]);
    assert_eq!(
        command(&ja),
        "netdojo dns walk example.co.jp --type MX --twice"
    );
}

#[test]
fn http_annotates_as_you_type_and_enter_ends_lines_with_crlf() {
    let mut app = open(Lang::En, CalcKind::Http, &[]);
    assert_eq!(message(&app), "✓ request: 5 parts, no problems");
    press(
        &mut app,
        &[
            "C-u",
            "text:GET / HTTP/1.1",
            "Enter",
            "text:Host: a",
            "Enter",
        ],
    );
    assert_eq!(
        message(&app),
        "✗ problems: 1 · no empty line (CRLF) after the headers: every message needs one, even without a body"
    );
    press(&mut app, &["Enter"]);
    assert_eq!(message(&app), "✓ request: 4 parts, no problems");
    let Screen::Http(http) = app.screen() else {
        panic!()
    };
    assert_eq!(http.editor().text(), "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    press(&mut app, &["Up", "Up", "BSpace"]);
    assert_eq!(
        message(&app),
        "✗ problems: 1 · line 1: \"GET / HTTP/1.1Host: a\" is not a request line (METHOD, one space, TARGET, one space, VERSION)"
    );
    press(&mut app, &["C-y"]);
    assert_eq!(
        command(&app),
        "printf 'GET / HTTP/1.1Host: a\\r\\n\\r\\n' | netdojo http check -"
    );
}

#[test]
fn http_status_codes_in_their_own_view() {
    let mut app = open(Lang::En, CalcKind::Http, &[]);
    press(&mut app, &["C-n", "text:404 299"]);
    assert_eq!(
        message(&app),
        "Type status codes, 100 to 599, separated by spaces."
    );
    let text = draw_app(&app);
    assert!(
        text.contains("│   404   4xx client error  Not Found"),
        "{text}"
    );
    assert!(
        text.contains("│ 299: not registered: understood as 200"),
        "{text}"
    );
    press(&mut app, &["y"]);
    assert_eq!(command(&app), "netdojo http status 404 299");
}

#[test]
fn ssh_steps_to_the_tampered_copies_and_keeps_its_seed() {
    let mut app = open(Lang::En, CalcKind::Ssh, SSH);
    assert_eq!(message(&app), "✓ step 1 of 7: key pair");
    press(&mut app, &["Right", "Right", "Right", "Right", "Right"]);
    assert_eq!(message(&app), "✓ step 6 of 7: verification");
    assert!(draw_app(&app).contains("SSH_MSG_USERAUTH_SUCCESS: the user is logged in"));
    press(&mut app, &["Right", "Right"]);
    assert_eq!(message(&app), "✓ step 7 of 7: tampered copies");
    let text = draw_app(&app);
    assert_eq!(text.matches("verification FAILS").count(), 2, "{text}");
    press(&mut app, &["text:admin", "C-y"]);
    assert_eq!(command(&app), "netdojo ssh walk --user admin --seed 1");
}

fn both(name: &str, draw: impl Fn(Lang) -> String) {
    for lang in Lang::ALL {
        insta::assert_snapshot!(format!("{name}_{}", lang.code()), draw(lang));
    }
}

fn shot(kind: CalcKind, args: &[&str], keys: &[&str]) -> impl Fn(Lang) -> String {
    move |lang| {
        let mut app = open(lang, kind, args);
        press(&mut app, keys);
        draw_app(&app)
    }
}

#[test]
fn snapshots_dns() {
    both("dns_levels", shot(CalcKind::Dns, &[], &[]));
    both(
        "dns_walk_referral",
        shot(
            CalcKind::Dns,
            &["walk", "www.example.co.jp"],
            &["Right", "Right"],
        ),
    );
    both(
        "dns_walk_cache",
        shot(
            CalcKind::Dns,
            &["walk", "www.example.co.jp"],
            &["Right", "Right", "Right", "Right", "Right"],
        ),
    );
    both("dns_records", shot(CalcKind::Dns, &["records"], &[]));
    both(
        "dns_cli",
        shot(CalcKind::Dns, &["walk", "www.example.co.jp"], &["C-y"]),
    );
}

#[test]
fn snapshots_http() {
    both("http_message", shot(CalcKind::Http, &[], &[]));
    both(
        "http_problems",
        shot(
            CalcKind::Http,
            &["POST /form HTTP/1.1\nContent-Length: 10\r\n\r\nabc"],
            &[],
        ),
    );
    both(
        "http_status",
        shot(CalcKind::Http, &["status", "200", "301", "404", "503"], &[]),
    );
    both("http_cli", shot(CalcKind::Http, &[], &["C-y"]));
}

#[test]
fn snapshots_ssh() {
    both("ssh_key_pair", shot(CalcKind::Ssh, SSH, &[]));
    both(
        "ssh_signed_data",
        shot(CalcKind::Ssh, SSH, &["Right", "Right"]),
    );
    both("ssh_tampered", shot(CalcKind::Ssh, SSH, &["Right"; 6]));
    both("ssh_cli", shot(CalcKind::Ssh, SSH, &["C-y"]));
}
