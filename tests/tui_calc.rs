//! The availability, port and TCP screens driven by keys through the keymap,
//! exactly as the run loop feeds them, with exact values asserted on the drawn
//! screen; and each drawn at many sizes and in many states without a panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod app_keys;
use app_keys::press;

use netdojo::i18n::Lang;
use netdojo::i18n::width::columns;
use netdojo::tui::action::Action;
use netdojo::tui::app::{App, Overlay, Screen};
use netdojo::tui::text::draw_app;
use netdojo::tui::theme::Theme;
use netdojo::tui::update::{Effect, update};
use netdojo::tui::{ScreenName, ScreenSize, render_to_text};

fn app() -> App {
    App::new(Lang::En, Theme::plain(), 80, 24)
}

/// The row of the drawn screen that contains `needle`.
fn row<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no row with {needle:?} in\n{text}"))
}

const NOTES: &str = "alb:99.99 * (web:99 | web:99) * rds:99.95";

#[test]
fn the_system_of_the_notes_from_home_by_keys() {
    let mut a = app();
    press(&mut a, &["/", "text:avail", "Enter"]);
    assert!(matches!(a.screen(), Screen::Avail(_)));
    // Every letter is typed, q included: this field takes free text.
    press(&mut a, &["text:q", "BSpace", &format!("text:{NOTES}")]);
    let text = draw_app(&a);
    assert_eq!(
        row(&text, "✓"),
        "│ ✓ 99.93% (3.15 nines): 6h 7m 51.7s of downtime a year                        │"
    );
    assert_eq!(
        row(&text, "──[alb"),
        "│ ──[alb:99.99 !]──┬─[web:99]─┬──[rds:99.95 !]──                               │"
    );
    assert_eq!(
        row(&text, "  year"),
        "│   year     365 days    6h 7m 51.7s                                           │"
    );
    // Ctrl-R: the Julian year; every figure follows and the convention is named.
    press(&mut a, &["C-r"]);
    let text = draw_app(&a);
    assert_eq!(
        row(&text, "  year"),
        "│   year     365.25 days   6h 8m 6.8s                                          │"
    );
    assert!(row(&text, "Convention").contains("365.25-day year, 30-day month"));
    press(&mut a, &["C-r", "C-o"]);
    assert!(draw_app(&a).contains("365.2425-day year, month = year/12"));
    // Ctrl-Y: the command and what it prints, with the convention flags.
    press(&mut a, &["C-y"]);
    assert!(matches!(a.overlay, Some(Overlay::Cli(_))));
    let text = draw_app(&a);
    // The command breaks between arguments, with a backslash to continue it.
    assert!(
        text.contains(&format!("$ netdojo avail '{NOTES}' \\")),
        "{text}"
    );
    assert!(
        text.contains("│     --year 365.2425 --month year"),
        "{text}"
    );
    assert!(
        text.contains("availability  99.93%  (3.15 nines)"),
        "{text}"
    );
    press(&mut a, &["Esc", "C-r", "C-o"]);
    assert!(a.overlay.is_none());
    assert!(draw_app(&a).contains("365-day year, 30-day month"));
    // Scrolling reaches the bar chart.
    press(&mut a, &["PgDn", "PgDn"]);
    let text = draw_app(&a);
    assert_eq!(
        row(&text, "series (all needed)    █"),
        "│   series (all needed)    ██▋ 6h 7m 51.7s                                     │"
    );
    assert_eq!(press(&mut a, &["Esc"]), None);
    assert!(a.stack.is_empty());
}

#[test]
fn a_parse_error_puts_a_caret_under_its_column() {
    let mut a = app();
    update(
        &mut a,
        Action::Go(netdojo::tui::app::Route::Calc(
            netdojo::tui::app::CalcKind::Avail,
            vec![],
        )),
    );
    press(&mut a, &["text:elb:99.99 * ec2:"]);
    let text = draw_app(&a);
    let input = row(&text, "elb:99.99 * ec2:");
    let caret = row(&text, "^ column 17");
    // The caret sits under the 17th character, just after "ec2:".
    let input_col = columns(&input[..input.find("elb").unwrap()]) + 16;
    let caret_col = columns(&caret[..caret.find('^').unwrap()]);
    assert_eq!(caret_col, input_col, "{text}");
    assert!(caret.contains("^ column 17: expected a percentage after \"ec2:\""));
    // Typing on fixes it; the caret goes.
    press(&mut a, &["text:99.5"]);
    let text = draw_app(&a);
    assert!(!text.contains('^'), "{text}");
    assert!(row(&text, "✓").contains("99.49%"), "{text}");
}

#[test]
fn mtbf_and_sizing_views_by_keys() {
    let mut a = app();
    press(&mut a, &["/", "text:avail", "Enter", "C-n"]);
    press(&mut a, &["text:1000h", "Tab", "text:2h"]);
    let text = draw_app(&a);
    assert_eq!(
        row(&text, "✓"),
        "│ ✓ 99.80% (2.70 nines)                                                        │"
    );
    assert!(row(&text, "[MTBF/MTTR]").starts_with("┌  System  [MTBF/MTTR]  N+k sizing"));
    press(&mut a, &["C-y"]);
    assert!(draw_app(&a).contains("$ netdojo avail mtbf --mtbf 1000h --mttr 2h"));
    press(
        &mut a,
        &[
            "Esc",
            "C-n",
            "text:2400",
            "Tab",
            "text:350",
            "Tab",
            "C-u",
            "text:2",
            "Tab",
            "text:99",
        ],
    );
    let text = draw_app(&a);
    assert_eq!(
        row(&text, "✓"),
        "│ ✓ 9 servers (N+2), N = 7                                                     │"
    );
    press(&mut a, &["PgDn"]);
    let text = draw_app(&a);
    assert!(row(&text, "N+2  ▏").contains("42m 12.2s"), "{text}");
    // Ctrl-P twice comes back to the system view, its input kept empty.
    press(&mut a, &["C-p", "C-p"]);
    assert!(draw_app(&a).contains("[System]"));
}

#[test]
fn ports_are_typed_and_letters_stay_commands() {
    let mut a = app();
    press(&mut a, &["/", "text:port", "Enter"]);
    assert!(matches!(a.screen(), Screen::Port(_)));
    press(&mut a, &["text:22, 443 49152"]);
    let text = draw_app(&a);
    assert_eq!(
        row(&text, "✓"),
        "│ ✓ 3 ports                                                                    │"
    );
    assert_eq!(
        row(&text, "  443  "),
        "│     443  well-known (0-1023)    HTTPS (tcp), HTTP/3 (udp)  no                │"
    );
    assert!(row(&text, "▲22").contains("▲443"), "{text}");
    press(&mut a, &["y"]);
    let text = draw_app(&a);
    assert!(text.contains("$ netdojo port 22 443 49152"), "{text}");
    assert!(
        text.contains("49152  dynamic (49152-65535)  -                          yes"),
        "{text}"
    );
    press(&mut a, &["Esc", "C-u", "text:70000"]);
    assert!(draw_app(&a).contains("✗ \"70000\" is over 65535"));
    assert_eq!(press(&mut a, &["q"]), Some(Effect::Quit));
}

#[test]
fn the_tcp_walk_steps_with_arrows_and_letters() {
    let mut a = app();
    press(&mut a, &["/", "text:tcp", "Enter"]);
    assert!(matches!(a.screen(), Screen::Tcp(_)));
    press(&mut a, &["Right", "n", "l"]);
    let text = draw_app(&a);
    assert_eq!(
        row(&text, "✓"),
        "│ ✓ step 4 of 7: FIN, ACK seq=1001 ack=5001 len=0 (client → server)            │"
    );
    assert!(
        row(&text, "▶  4").contains("FIN, ACK seq=1001 ack=5001 len=0"),
        "{text}"
    );
    press(&mut a, &["Left", "p"]);
    let text = draw_app(&a);
    assert!(row(&text, "▶  2").contains("◀"), "{text}");
    assert!(
        text.contains("The server acknowledges the SYN with ack 1001"),
        "{text}"
    );
    // Digits and commas go into the inputs; the walk follows.
    press(&mut a, &["Tab", "Tab", "text:100,200"]);
    assert!(row(&draw_app(&a), "✓").contains("of 11"));
    // Japanese: the explanations follow the language, and so does the command.
    press(&mut a, &["L", "y"]);
    let text = draw_app(&a);
    assert!(
        text.contains("$ netdojo tcp handshake --client-isn 1000 --server-isn 5000 \\"),
        "{text}"
    );
    assert!(text.contains("│     --send 100,200 --lang ja"), "{text}");
    press(&mut a, &["Esc", "L", "C-n"]);
    assert!(draw_app(&a).contains("connection-oriented"));
    press(&mut a, &["C-n", "d"]);
    let text = draw_app(&a);
    assert!(
        text.contains("✗ the 4000-byte datagram does not fit the MTU of 1500 and has DF set"),
        "{text}"
    );
    press(&mut a, &["d", "y"]);
    assert!(draw_app(&a).contains("$ netdojo tcp fragment --size 4000 --mtu 1500"));
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
    for cols in [0, 2, 39, 40, 41, 60, 100] {
        for rows in [0, 1, 9, 10, 11, 14, 30] {
            sizes.push(ScreenSize { cols, rows });
        }
    }
    sizes
}

fn check_fits(text: &str, size: ScreenSize, what: &str) {
    assert_eq!(
        text.lines().count(),
        usize::from(size.rows),
        "{what} at {size}"
    );
    for line in text.lines() {
        assert!(
            columns(line) <= usize::from(size.cols),
            "{what} at {size}: {line:?}"
        );
    }
}

#[test]
fn every_screen_and_view_draws_at_every_size() {
    let cases: &[(ScreenName, &[&str])] = &[
        (ScreenName::Avail, &[]),
        (ScreenName::Avail, &[NOTES]),
        (
            ScreenName::Avail,
            &["2of3(a:99 * (b:99 | c:99)) * 名前:99.9"],
        ),
        (ScreenName::Avail, &["elb:99.99 * ec2:"]),
        (ScreenName::Avail, &["mtbf", "1000h", "2h"]),
        (ScreenName::Avail, &["mtbf", "2000h", "", "99.95"]),
        (ScreenName::Avail, &["size", "2400", "350", "2", "99", "3"]),
        (ScreenName::Port, &[]),
        (
            ScreenName::Port,
            &["0", "22", "443", "32768", "49152", "65535"],
        ),
        (ScreenName::Port, &["70000"]),
        (ScreenName::Tcp, &[]),
        (ScreenName::Tcp, &["4294967295", "0", "100,200", "300"]),
        (ScreenName::Tcp, &["compare"]),
        (ScreenName::Tcp, &["fragment", "65535", "68", "60"]),
        (ScreenName::Tcp, &["fragment", "4000", "1500", "20", "df"]),
    ];
    for (name, args) in cases {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        for lang in Lang::ALL {
            for size in sizes() {
                let text = render_to_text(*name, size, lang, &args).unwrap();
                check_fits(&text, size, &format!("{} {args:?}", name.name()));
            }
        }
    }
}

#[test]
fn every_state_survives_a_resize_sweep_and_keys_keep_working() {
    let scripts: &[&[&str]] = &[
        &["/", "text:avail", "Enter", &format!("text:{NOTES}"), "C-y"],
        &[
            "/",
            "text:avail",
            "Enter",
            "C-n",
            "text:1000h",
            "Tab",
            "text:2h",
            "F1",
        ],
        &["/", "text:port", "Enter", "text:22 443"],
        &["/", "text:tcp", "Enter", "n", "n", "n"],
        &["/", "text:tcp", "Enter", "C-n", "C-n", "d"],
    ];
    for script in scripts {
        let mut a = app();
        press(&mut a, script);
        for size in sizes() {
            update(&mut a, Action::Resize(size.cols, size.rows));
            let text = draw_app(&a);
            check_fits(&text, size, &script.join(" "));
            press(&mut a, &["Down", "Up", "PgDn"]);
        }
    }
}
