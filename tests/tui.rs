//! The terminal app driven by scripts: actions, and key events through the keymap
//! exactly as the run loop feeds them; and every screen drawn at many sizes.
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

fn home_selection(app: &App) -> String {
    match app.screen() {
        Screen::Home(home) => home
            .selected_entry()
            .map(|e| e.id.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

#[test]
fn vi_keys_and_arrows_move_the_same_way() {
    let mut a = app();
    press(&mut a, &["j", "j", "Down", "k"]);
    assert_eq!(home_selection(&a), "M3");
    press(&mut a, &["G"]);
    assert_eq!(home_selection(&a), "stats");
    press(&mut a, &["g"]);
    assert_eq!(home_selection(&a), "M1");
}

#[test]
fn slash_filters_as_you_type_and_letters_do_not_act_as_commands() {
    let mut a = app();
    press(&mut a, &["/", "text:q?jLsub"]);
    assert!(a.mode().text.is_some());
    press(&mut a, &["C-u", "text:sub"]);
    assert_eq!(home_selection(&a), "M3");
    press(&mut a, &["Down", "Down"]);
    assert_eq!(home_selection(&a), "subnet");
    let text = draw_app(&a);
    assert!(text.contains("/ sub"), "{text}");
    press(&mut a, &["Esc"]);
    assert!(draw_app(&a).contains("M19"));
}

#[test]
fn enter_on_something_still_to_come_explains_instead_of_opening() {
    let mut a = app();
    press(&mut a, &["Enter"]);
    assert!(a.stack.is_empty());
    let text = draw_app(&a);
    assert!(
        text.contains("» AWS global infrastructure: not available yet"),
        "{text}"
    );
}

#[test]
fn help_opens_scrolls_and_closes_from_any_key_the_help_lists() {
    for close in ["Esc", "q", "?", "F1"] {
        let mut a = app();
        press(&mut a, &["?"]);
        assert!(matches!(a.overlay, Some(Overlay::Help(_))));
        press(&mut a, &["j", "PgDn"]);
        press(&mut a, &[close]);
        assert!(a.overlay.is_none(), "{close} did not close the help");
    }
}

#[test]
fn the_language_switches_at_runtime() {
    let mut a = app();
    press(&mut a, &["L"]);
    assert!(draw_app(&a).contains("目次"));
    press(&mut a, &["/", "F2"]);
    assert!(draw_app(&a).contains("Contents"));
}

#[test]
fn q_and_ctrl_c_quit_but_q_is_typed_in_a_filter() {
    assert_eq!(press(&mut app(), &["q"]), Some(Effect::Quit));
    assert_eq!(press(&mut app(), &["C-c"]), Some(Effect::Quit));
    assert_eq!(press(&mut app(), &["/", "q"]), None);
    assert_eq!(press(&mut app(), &["/", "C-c"]), Some(Effect::Quit));
}

#[test]
fn resizing_keeps_the_selection_visible() {
    let mut a = app();
    press(&mut a, &["G"]);
    update(&mut a, Action::Resize(60, 12));
    assert!(draw_app(&a).contains("▶     Statistics"));
    update(&mut a, Action::Resize(200, 80));
    let text = draw_app(&a);
    assert!(
        text.contains("M1 ") && text.contains("Statistics"),
        "{text}"
    );
}

#[test]
fn mouse_wheel_and_clicks() {
    let mut a = app();
    update(&mut a, Action::ScrollDown(5, 5));
    update(&mut a, Action::ScrollDown(5, 5));
    assert_eq!(home_selection(&a), "M3");
    // Row 3 of the list box (below the title row, border and heading) is M2.
    update(&mut a, Action::Click(6, 4));
    assert_eq!(home_selection(&a), "M2");
}

#[test]
fn the_subnet_calculator_from_home_by_keys() {
    let mut a = app();
    press(&mut a, &["/", "text:subnet", "Enter"]);
    assert!(matches!(a.screen(), Screen::Subnet(_)));
    // Letters that cannot be in an address stay commands; hex digits are typed.
    press(&mut a, &["text:10.0.20.37/24"]);
    let text = draw_app(&a);
    assert!(text.contains("Broadcast       10.0.20.255"), "{text}");
    press(&mut a, &["[", "["]);
    assert!(draw_app(&a).contains("10.0.20.37/22"));
    press(&mut a, &["C-u", "text:fe80::1/64"]);
    assert!(draw_app(&a).contains("link-local"));
    press(&mut a, &["y"]);
    assert!(draw_app(&a).contains("$ netdojo subnet fe80::1/64"));
    press(&mut a, &["Esc", "Esc"]);
    assert!(a.stack.is_empty());
    assert_eq!(
        press(&mut a, &["/", "text:subnet", "Enter", "q"]),
        Some(Effect::Quit)
    );
}

#[test]
fn full_width_input_from_a_japanese_input_method_is_read() {
    let mut a = app();
    update(
        &mut a,
        Action::Go(netdojo::tui::app::Route::Calc(
            netdojo::tui::app::CalcKind::Subnet,
            vec![],
        )),
    );
    press(&mut a, &["text:１０．０．０．０／８"]);
    let text = draw_app(&a);
    assert!(text.contains("10.255.255.255"), "{text}");
}

#[test]
fn the_vpc_planner_moves_between_inputs_and_types_letters_in_the_tiers() {
    let mut a = app();
    press(&mut a, &["/", "text:vpc", "Enter"]);
    assert!(matches!(a.screen(), Screen::Vpc(_)));
    // AZs: digits are typed, letters are commands.
    press(&mut a, &["Tab", "BSpace", "text:3"]);
    assert!(draw_app(&a).contains("9 subnets of /24"));
    // Tiers: every character is typed, so q does not quit here.
    press(&mut a, &["Tab", "C-u", "text:web,app,q"]);
    assert!(
        draw_app(&a).contains("▶ Tiers          web,app,q"),
        "{}",
        draw_app(&a)
    );
    assert_eq!(press(&mut a, &["q"]), None);
    // Ctrl-Y shows the command line from a text input.
    press(&mut a, &["C-y"]);
    assert!(
        draw_app(&a).contains("--tiers web,app,qq"),
        "{}",
        draw_app(&a)
    );
    press(&mut a, &["Esc", "Tab", "Tab"]);
    assert_eq!(press(&mut a, &["q"]), Some(Effect::Quit));
}

#[test]
fn the_route_lookup_cycles_sample_tables_with_t() {
    let mut a = app();
    press(&mut a, &["/", "text:route", "Enter"]);
    assert!(draw_app(&a).contains("Sample table: a public subnet"));
    press(&mut a, &["t"]);
    assert!(draw_app(&a).contains("▶ 172.16.0.0/12"), "{}", draw_app(&a));
    press(&mut a, &["t", "t"]);
    assert!(draw_app(&a).contains("▶ 10.1.20.0/24"), "{}", draw_app(&a));
    press(&mut a, &["C-u", "text:10.1.5.5"]);
    assert!(draw_app(&a).contains("▶ 10.1.0.0/16"), "{}", draw_app(&a));
}

#[test]
fn split_switches_how_it_splits_with_ctrl_t_and_takes_only_digits_and_commas() {
    let mut a = app();
    press(&mut a, &["/", "text:split", "Enter"]);
    assert!(matches!(a.screen(), Screen::Split(_)));
    press(&mut a, &["Tab", "C-u", "text:100,x20"]);
    // x is not part of a host list: it is not typed (and not bound).
    assert!(
        draw_app(&a).contains("Hosts per subnet  100,20"),
        "{}",
        draw_app(&a)
    );
    press(&mut a, &["C-t"]);
    assert!(draw_app(&a).contains("Hosts per AWS subnet"));
    press(&mut a, &["C-t"]);
    assert!(
        draw_app(&a).contains("New prefix length  24"),
        "{}",
        draw_app(&a)
    );
    assert!(
        draw_app(&a).contains("4 subnets of /24"),
        "{}",
        draw_app(&a)
    );
}

#[test]
fn aggregate_takes_a_pasted_list() {
    let mut a = app();
    press(&mut a, &["/", "text:aggregate", "Enter", "C-u"]);
    update(
        &mut a,
        Action::Paste("10.0.0.0/24\n10.0.1.0/24\n10.0.0.128/25\n".into()),
    );
    let text = draw_app(&a);
    assert!(
        text.contains("3 prefixes → 1 after aggregation; 1 overlapping pair"),
        "{text}"
    );
    assert!(
        text.contains("! 10.0.0.0/24 contains 10.0.0.128/25"),
        "{text}"
    );
}

fn sizes() -> Vec<ScreenSize> {
    let mut sizes = vec![
        ScreenSize { cols: 0, rows: 0 },
        ScreenSize { cols: 1, rows: 1 },
        ScreenSize { cols: 20, rows: 5 },
        ScreenSize { cols: 80, rows: 24 },
        ScreenSize {
            cols: 250,
            rows: 80,
        },
    ];
    for cols in [0, 2, 39, 40, 41, 71, 72, 100] {
        for rows in [0, 1, 2, 9, 10, 11, 30] {
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
fn every_screen_draws_at_every_size_without_panicking() {
    let prefills: &[&[&str]] = &[
        &[],
        &["sub"],
        &["zzz"],
        &["ネット"],
        &["10.0.20.37/24"],
        &["2001:db8::/33"],
        &["10.0.0.0/33"],
        &["alb:99.99 * (web:99 | web:99) * rds:99.95"],
        &["mtbf", "1000h", "2h"],
        &["22", "443", "49152"],
        &["fragment"],
        &["10.0.0.0/8", "/32"],
        &["::/0", "1"],
        &["10.0.0.0/16", "3", "web,app,db"],
        &["m03-subnetting"],
        &["m08-dns"],
        // DNS, HTTP, SSH screens
        &["walk", "www.example.co.jp", "MX"],
        &["status", "200", "99"],
        &["GET / HTTP/1.1\\nHost: ホスト\\r\\n\\r\\nbody"],
        // AWS calculators
        &["blue=70,green=20,red=10"],
        &[
            "example.com,*.example.com",
            "www.example.com a.b.example.com",
        ],
        &["'app'@'%' 'app'@'10.0.%'", "app@10.0.1.5"],
        &["m5.large c7gn.metal"],
        // Security groups and network ACLs
        &["db", "10.0.1.5", "tcp", "3306", "sg-web"],
        &["outbound", "nacl-outbound", "2001:db8::7", "tcp", "50123"],
        &["100 allow tcp 443 0.0.0.0/0; 9 deny all all ::/0", "ホスト"],
    ];
    for &name in ScreenName::ALL {
        for lang in Lang::ALL {
            for size in sizes() {
                for args in prefills {
                    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
                    let Ok(text) = render_to_text(name, size, lang, &args) else {
                        continue;
                    };
                    check_fits(&text, size, name.name());
                }
            }
        }
    }
}

#[test]
fn every_state_survives_a_resize_sweep() {
    let scripts: &[&[&str]] = &[
        &["G"],
        &["?", "G"],
        &["/", "text:zz"],
        &["Enter"],
        &["L", "?"],
    ];
    for script in scripts {
        let mut a = app();
        press(&mut a, script);
        for size in sizes() {
            update(&mut a, Action::Resize(size.cols, size.rows));
            let text = draw_app(&a);
            check_fits(&text, size, &script.join(" "));
            // Keys keep working at any size.
            press(&mut a, &["Down", "Up", "PgDn"]);
        }
    }
}

/// The keys table of docs/usage/tui.md is the keymap's own: run with
/// `UPDATE_DOCS=1` to rewrite it after changing the keymap.
#[test]
fn the_documented_keys_table_is_the_keymap() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/usage/tui.md");
    let page = std::fs::read_to_string(&path).unwrap();
    let (start, end) = ("<!-- keys:start -->\n", "<!-- keys:end -->");
    let from = page.find(start).expect("keys:start marker") + start.len();
    let to = page.find(end).expect("keys:end marker");
    let table = netdojo::tui::keymap::markdown_table();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{table}{}", &page[..from], &page[to..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        page[from..to],
        table,
        "docs/usage/tui.md's keys table differs from the keymap; run with UPDATE_DOCS=1"
    );
}
