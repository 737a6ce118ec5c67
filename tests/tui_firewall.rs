//! The security-group and network-ACL screens driven by key events through the
//! keymap, as the run loop feeds them, with exact lines asserted on the drawn
//! screen; and both at 80x24 in English and Japanese, compared with the snapshots
//! under `tests/snapshots/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod app_keys;
use app_keys::press;

use netdojo::i18n::Lang;
use netdojo::tui::action::Action;
use netdojo::tui::app::{App, CalcKind, FirewallKind, Route, Screen};
use netdojo::tui::text::draw_app;
use netdojo::tui::theme::Theme;
use netdojo::tui::update::update;
use netdojo::tui::{ScreenName, ScreenSize, render_to_text};

fn app(lang: Lang) -> App {
    App::new(lang, Theme::plain(), 80, 24)
}

fn open_from_home(a: &mut App, filter: &str) {
    press(a, &["text:/"]);
    press(a, &[&format!("text:{filter}"), "Enter"]);
}

/// The drawn screen's line that starts (inside the box) with `start`.
fn line_with(text: &str, start: &str) -> String {
    text.lines()
        .find(|l| l.trim_start_matches(['│', ' ']).starts_with(start))
        .unwrap_or_else(|| panic!("no line starts with {start:?} in\n{text}"))
        .trim_matches(['│', ' '])
        .to_string()
}

#[test]
fn the_db_example_from_home_allows_the_web_tier_only() {
    let mut a = app(Lang::En);
    open_from_home(&mut a, "security group");
    assert!(matches!(a.screen(), Screen::Firewall(_)));
    press(
        &mut a,
        &[
            "text:db",
            "Tab",
            "text:10.0.1.5",
            "Tab",
            "text:tcp",
            "Tab",
            "text:3306",
        ],
    );
    let text = draw_app(&a);
    assert_eq!(
        line_with(&text, "✗"),
        "✗ denied: no rule allows it, and what no rule allows is dropped"
    );
    assert_eq!(
        line_with(&text, "1  tcp 3306"),
        "1  tcp 3306 sg-web     no: the sender is not in sg-web"
    );
    press(&mut a, &["Tab", "text:sg-web"]);
    let text = draw_app(&a);
    assert_eq!(
        line_with(&text, "✓"),
        "✓ allowed by rule 1 (tcp 3306 sg-web)"
    );
    assert_eq!(
        line_with(&text, "*  1"),
        "*  1  tcp 3306 sg-web     allows it: tcp port 3306, and the sender is in"
    );
    assert_eq!(
        line_with(&text, "State"),
        "State     stateful: the replies of this connection go back out without an"
    );
    update(&mut a, Action::Resize(200, 50));
    press(&mut a, &["C-y"]);
    let text = draw_app(&a);
    assert!(
        text.contains(
            "$ netdojo sg --rules assets/sg/db.txt --from 10.0.1.5 --proto tcp --port 3306 --from-sg sg-web"
        ),
        "{text}"
    );
    assert!(
        text.contains("Rules     2 inbound rules from \"assets/sg/db.txt\""),
        "{text}"
    );
}

#[test]
fn typed_rules_are_read_at_semicolons_and_piped_into_the_command() {
    let mut a = app(Lang::En);
    press(
        &mut a,
        &[
            "text:/",
            "text:security group",
            "Enter",
            "text:tcp 443 0.0.0.0/0; tcp 22 10.0.0.0/16",
            "Tab",
            "text:10.0.3.3",
            "Tab",
            "text:tcp",
            "Tab",
            "text:22",
        ],
    );
    let text = draw_app(&a);
    assert_eq!(
        line_with(&text, "✓"),
        "✓ allowed by rule 2 (tcp 22 10.0.0.0/16)"
    );
    assert_eq!(
        line_with(&text, "Rules     2"),
        "Rules     2 inbound rules from the rules typed"
    );
    update(&mut a, Action::Resize(200, 50));
    press(&mut a, &["C-y"]);
    let text = draw_app(&a);
    assert!(text.contains("$ printf '%s\\n' 'tcp 443 0.0.0.0/0' 'tcp 22 10.0.0.0/16' | netdojo sg --rules - --from 10.0.3.3"), "{text}");
    assert!(
        text.contains("Rules     2 inbound rules from standard input"),
        "{text}"
    );
}

#[test]
fn bad_input_names_the_value_and_what_is_valid() {
    let mut a = app(Lang::En);
    open_from_home(&mut a, "security group");
    press(&mut a, &["text:dbx"]);
    assert_eq!(
        line_with(&draw_app(&a), "✗"),
        "✗ \"dbx\" is not an example or a rule: the examples are db and web; a rule is…"
    );
    press(
        &mut a,
        &[
            "BSpace",
            "Tab",
            "text:10.0.1.500",
            "Tab",
            "text:tcp",
            "Tab",
            "text:22",
        ],
    );
    assert_eq!(
        line_with(&draw_app(&a), "✗"),
        "✗ \"10.0.1.500\" is not a valid address: octet 500 is over 255"
    );
    press(&mut a, &["C-y"]);
    let text = draw_app(&a);
    assert!(
        text.contains("netdojo: \"10.0.1.500\" is not a valid address: octet 500 is over 255"),
        "{text}"
    );
    let mut a = app(Lang::En);
    update(
        &mut a,
        Action::Go(Route::Calc(
            CalcKind::Firewall(FirewallKind::Nacl),
            vec!["100 allow tcp 443 0.0.0.0/0; 100 deny tcp 22 0.0.0.0/0".into()],
        )),
    );
    assert_eq!(
        line_with(&draw_app(&a), "✗"),
        "✗ \"100 deny tcp 22 0.0.0.0/0\" is not a valid rule: rule number 100 is alrea…"
    );
    let text = render_to_text(
        ScreenName::Sg,
        ScreenSize::default(),
        Lang::En,
        &[
            "web".into(),
            "10.0.0.1".into(),
            "tcp".into(),
            "70000".into(),
        ],
    )
    .unwrap();
    assert_eq!(
        line_with(&text, "✗"),
        "✗ \"70000\" is not a valid port: it must be 0 to 65535"
    );
}

#[test]
fn ctrl_t_turns_the_acl_around_and_the_address_follows() {
    let mut a = app(Lang::En);
    open_from_home(&mut a, "network acl");
    press(
        &mut a,
        &[
            "text:nacl-outbound",
            "Tab",
            "text:203.0.113.7",
            "Tab",
            "text:tcp",
            "Tab",
            "text:50123",
        ],
    );
    let text = draw_app(&a);
    assert!(text.contains("┌ [Inbound]  Outbound  ─"), "{text}");
    assert!(text.contains("│   Source address    203.0.113.7"), "{text}");
    press(&mut a, &["C-t"]);
    let text = draw_app(&a);
    assert!(text.contains("┌  Inbound  [Outbound] ─"), "{text}");
    assert!(
        text.contains("│   Destination address  203.0.113.7"),
        "{text}"
    );
    assert_eq!(
        line_with(&text, "✓"),
        "✓ allowed by rule 120 (allow tcp ports 1024-65535, 0.0.0.0/0)"
    );
    assert_eq!(
        line_with(&text, "Packet"),
        "Packet    outbound tcp port 50123 to 203.0.113.7"
    );
    update(&mut a, Action::Resize(200, 50));
    press(&mut a, &["C-y"]);
    assert!(draw_app(&a).contains(
        "$ netdojo nacl --rules assets/sg/nacl-outbound.txt --to 203.0.113.7 --proto tcp --port 50123"
    ));
    press(&mut a, &["Esc", "C-t"]);
    let text = draw_app(&a);
    assert!(text.contains("│   Source address    203.0.113.7"), "{text}");
}

#[test]
fn the_inbound_example_shows_first_match_and_the_default_deny() {
    let draw = |args: &[&str]| {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        render_to_text(
            ScreenName::Nacl,
            ScreenSize {
                cols: 100,
                rows: 40,
            },
            Lang::En,
            &args,
        )
        .unwrap()
    };
    let text = draw(&["nacl-inbound", "203.0.113.7", "tcp", "443"]);
    assert_eq!(
        line_with(&text, "✓"),
        "✓ allowed by rule 110 (allow tcp port 443, 0.0.0.0/0)"
    );
    assert_eq!(
        line_with(&text, "State"),
        "State     stateless: the reply to the client's ephemeral port needs an outbound rule too"
    );
    assert_eq!(
        line_with(&text, "90"),
        "90  deny tcp port 443           198.51.100.0/24  no: 203.0.113.7 is not in 198.51.100.0/24"
    );
    let text = draw(&["nacl-inbound", "203.0.113.7", "udp", "53"]);
    assert_eq!(
        line_with(&text, "✗"),
        "✗ denied by the default rule *: no numbered rule matches"
    );
    assert_eq!(
        line_with(&text, "*     *"),
        "*     *  deny all traffic            any              decides: no numbered rule matched"
    );
}

#[test]
fn japanese_verdicts_and_reasons() {
    let draw = |name: ScreenName, args: &[&str]| {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        render_to_text(
            name,
            ScreenSize {
                cols: 120,
                rows: 40,
            },
            Lang::Ja,
            &args,
        )
        .unwrap()
    };
    let text = draw(ScreenName::Sg, &["web", "198.51.100.7", "tcp", "22"]);
    assert_eq!(
        line_with(&text, "✗"),
        "✗ 拒否：許可するルールがなく、許可されないものは破棄されます"
    );
    assert_eq!(
        line_with(&text, "4  tcp 22"),
        "4  tcp 22 203.0.113.0/24  不一致：198.51.100.7 は 203.0.113.0/24 に含まれない"
    );
    let text = draw(
        ScreenName::Nacl,
        &["nacl-inbound", "203.0.113.7", "tcp", "443"],
    );
    assert_eq!(
        line_with(&text, "✓"),
        "✓ 許可：ルール 110（allow tcp ポート 443、0.0.0.0/0）"
    );
    assert!(text.contains("エフェメラルポート"), "{text}");
    let text = draw(
        ScreenName::Sg,
        &[
            "tcp 22 10.0.0.0/16; icmp 8 10.0.0.0/16",
            "10.0.3.3",
            "icmp",
            "8",
        ],
    );
    assert_eq!(
        line_with(&text, "パケット"),
        "パケット  インバウンド icmp タイプ 8、送信元 10.0.3.3"
    );
    assert_eq!(
        line_with(&text, "*  2"),
        "*  2  icmp 8 10.0.0.0/16  許可：icmp タイプ 8、10.0.3.3 は 10.0.0.0/16 に含まれる"
    );
}

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
fn sg_empty() {
    both("sg_empty", |lang| screen(ScreenName::Sg, lang, &[]));
}

#[test]
fn sg_allowed() {
    both("sg_allowed", |lang| {
        screen(
            ScreenName::Sg,
            lang,
            &["db", "10.0.1.5", "tcp", "3306", "sg-web"],
        )
    });
}

#[test]
fn sg_denied() {
    both("sg_denied", |lang| {
        screen(ScreenName::Sg, lang, &["web", "198.51.100.7", "tcp", "22"])
    });
}

#[test]
fn nacl_allowed() {
    both("nacl_allowed", |lang| {
        screen(
            ScreenName::Nacl,
            lang,
            &["nacl-inbound", "203.0.113.7", "tcp", "443"],
        )
    });
}

#[test]
fn nacl_denied() {
    both("nacl_denied", |lang| {
        screen(
            ScreenName::Nacl,
            lang,
            &["nacl-inbound", "198.51.100.7", "tcp", "443"],
        )
    });
}

#[test]
fn nacl_command_line() {
    both("nacl_cli", |lang| {
        let mut a = App::new(lang, Theme::plain(), 80, 24);
        update(
            &mut a,
            Action::Go(Route::Calc(
                CalcKind::Firewall(FirewallKind::Nacl),
                [
                    "outbound",
                    "100 allow tcp 1024-65535 0.0.0.0/0",
                    "203.0.113.7",
                    "tcp",
                    "50123",
                ]
                .iter()
                .map(|a| a.to_string())
                .collect(),
            )),
        );
        update(&mut a, Action::ShowCli);
        draw_app(&a)
    });
}
