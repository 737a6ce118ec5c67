use super::*;
use ratatui::layout::Rect;

fn state(args: &[&str]) -> TcpState {
    TcpState::new(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
}

fn text(lines: &[TextLine]) -> Vec<String> {
    lines.iter().map(TextLine::text).collect()
}

fn message(s: &TcpState, lang: Lang) -> String {
    s.message(lang).map(|m| m.text()).unwrap_or_default()
}

fn ctx() -> Ctx {
    Ctx {
        lang: Lang::En,
        body: Rect::new(0, 1, 80, 22),
    }
}

#[test]
fn the_walk_starts_at_the_syn_and_steps_both_ways() {
    let mut s = state(&[]);
    assert_eq!(s.view(), TcpView::Walk);
    assert_eq!(
        message(&s, Lang::En),
        "✓ step 1 of 7: SYN seq=1000 len=0 (client → server)"
    );
    s.special(&Action::NextStep);
    s.special(&Action::NextStep);
    assert_eq!(s.step(), 2);
    let lines = text(&s.lines(Lang::En, 76));
    assert_eq!(
        lines[..7],
        [
            "     client                                                 server",
            "     CLOSED                                                 LISTEN",
            "   1 │─────────────────── SYN seq=1000 len=0 ───────────────────▶│ handshake",
            "   2 │◀──────────── SYN, ACK seq=5000 ack=1001 len=0 ────────────│ handshake",
            "▶  3 │────────────── ACK seq=1001 ack=5001 len=0 ───────────────▶│ handshake",
            "     ESTABLISHED                                       ESTABLISHED",
            "",
        ]
    );
    assert_eq!(lines[7], "Step 3 of 7 · handshake · client → server");
    assert_eq!(
        lines[8],
        "The client acknowledges the server's SYN with ack 5001; the connection is"
    );
    for _ in 0..20 {
        s.special(&Action::NextStep);
    }
    assert_eq!(s.step(), 6);
    s.special(&Action::PrevStep);
    assert_eq!(s.step(), 5);
    for _ in 0..20 {
        s.special(&Action::PrevStep);
    }
    assert_eq!(s.step(), 0);
}

#[test]
fn sequence_numbers_wrap_and_data_moves_them() {
    let s = state(&["4294967295", "5000", "10"]);
    let Ok((_, steps)) = &s.walk else {
        panic!("{:?}", s.walk)
    };
    assert_eq!(steps[1].ack, Some(0));
    assert_eq!(steps.len(), 9);
    let cli = s.cli_in(Lang::Ja).unwrap();
    assert_eq!(
        cli.command,
        "netdojo tcp handshake --client-isn 4294967295 --server-isn 5000 --send 10 --lang ja"
    );
    assert!(cli.output.starts_with(
        "client ISN 4294967295, server ISN 5000; client sends 10 bytes, server replies nothing\n"
    ));
    assert!(cli.output.contains("(4294967295の次は0に戻る)"));
}

#[test]
fn bad_sizes_say_why_here_and_on_the_command_line() {
    let s = state(&["1000", "5000", "100,0"]);
    assert_eq!(
        message(&s, Lang::En),
        "✗ the client's segment 2 has 0 bytes: a data segment carries at least 1"
    );
    assert_eq!(
        s.cli().unwrap().output,
        "netdojo: --send \"100,0\": the client's segment 2 has 0 bytes: a data segment carries at least 1\n"
    );
    let s = state(&["99999999999"]);
    assert_eq!(
        s.cli().unwrap().output,
        "netdojo: \"99999999999\" is not a sequence number (expected a whole number from 0 to 4294967295)\n"
    );
}

#[test]
fn the_view_follows_the_newest_segment() {
    let mut s = state(&["1000", "5000", "100,200", "300"]);
    let c = ctx();
    for _ in 0..12 {
        s.update(&Action::NextStep, &c);
    }
    assert_eq!(s.step(), 12);
    // With 4 inputs at 80x24 the result shows 13 rows; the walk is 21 long.
    assert_eq!(s.lines(Lang::En, 76).len(), 21);
    assert_eq!(s.form().scroll, 8);
    s.update(&Action::PrevStep, &c);
    let count = s.lines(Lang::En, 76).len();
    assert_eq!(s.form().scroll, count - 13);
    s.update(&Action::Up, &c);
    assert_eq!(s.form().scroll, count - 14);
}

#[test]
fn views_switch_and_keep_their_inputs() {
    let mut s = state(&["2000"]);
    s.special(&Action::NextView);
    assert_eq!(s.view(), TcpView::Compare);
    assert_eq!(s.mode(), Mode::VIEW_ONLY);
    assert_eq!(s.form().fields.len(), 0);
    let lines = text(&s.lines(Lang::En, 76));
    assert!(lines[0].starts_with("  property"), "{lines:#?}");
    assert_eq!(
        s.cli_in(Lang::Ja).map(|c| c.command).as_deref(),
        Some("netdojo tcp compare --lang ja")
    );
    s.special(&Action::NextView);
    assert_eq!(s.mode(), Mode::FRAGMENT);
    s.special(&Action::NextView);
    assert_eq!(s.form().text(0), "2000");
    assert_eq!(s.special(&Action::ToggleFlag), None);
}

#[test]
fn fragmentation_with_and_without_dont_fragment() {
    let mut s = state(&["fragment"]);
    assert_eq!(
        message(&s, Lang::En),
        "✓ 3 fragments, 1480 bytes of data in each but the last (DF off)"
    );
    let lines = text(&s.lines(Lang::En, 76));
    assert!(
        lines.contains(
            &"         3          1040  1020            2960                370   0".to_string()
        ),
        "{lines:#?}"
    );
    assert!(
        lines.contains(
            &"  #3  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░▒████████████ 2960–3979".to_string()
        ),
        "{lines:#?}"
    );
    assert_eq!(
        s.cli().map(|c| c.command).as_deref(),
        Some("netdojo tcp fragment --size 4000 --mtu 1500")
    );
    s.special(&Action::ToggleFlag);
    assert!(s.dont_fragment());
    assert!(
        message(&s, Lang::En)
            .starts_with("✗ the 4000-byte datagram does not fit the MTU of 1500 and has DF set")
    );
    let cli = s.cli().unwrap();
    assert_eq!(
        cli.command,
        "netdojo tcp fragment --size 4000 --mtu 1500 --df"
    );
    assert!(
        cli.output
            .starts_with("netdojo: --mtu \"1500\": the 4000-byte datagram")
    );
    let small = state(&["fragment", "576", "1500", "24", "df"]);
    assert_eq!(
        message(&small, Lang::En),
        "✓ it fits the MTU: no fragmentation (DF on)"
    );
    assert_eq!(
        small.cli().map(|c| c.command).as_deref(),
        Some("netdojo tcp fragment --size 576 --mtu 1500 --header 24 --df")
    );
    assert_eq!(state(&["fragment", "", ""]).cli(), None);
}

#[test]
fn every_view_draws_at_any_width() {
    for args in [
        &[][..],
        &["0", "4294967295", "1,2,3", "65495"],
        &["x"],
        &["compare"],
        &["fragment"],
        &["fragment", "65535", "68", "60"],
        &["fragment", "1", "2"],
    ] {
        let mut s = state(args);
        for _ in 0..3 {
            s.special(&Action::NextStep);
        }
        for lang in Lang::ALL {
            for width in [0, 1, 10, 40, 200] {
                assert!(!s.lines(lang, width).is_empty(), "{args:?} at {width}");
            }
        }
    }
}
