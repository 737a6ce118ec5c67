use super::*;

fn state(args: &[&str]) -> AvailState {
    AvailState::new(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
}

fn text(lines: &[TextLine]) -> Vec<String> {
    lines.iter().map(TextLine::text).collect()
}

fn message(s: &AvailState) -> String {
    s.message(Lang::En).map(|m| m.text()).unwrap_or_default()
}

const NOTES: &str = "alb:99.99 * (web:99 | web:99) * rds:99.95";

#[test]
fn a_system_shows_its_whole_its_parts_and_its_downtime() {
    let s = state(&[NOTES]);
    assert_eq!(
        message(&s),
        "✓ 99.93% (3.15 nines): 6h 7m 51.7s of downtime a year"
    );
    let lines = text(&s.lines(Lang::En, 76));
    for expected in [
        "──[alb:99.99 !]──┬─[web:99]─┬──[rds:99.95 !]──",
        "Whole system  99.93% (3.15 nines)",
        "Convention    365-day year, 30-day month  (Ctrl-R and Ctrl-O change it)",
        "  year     365 days    6h 7m 51.7s",
        "  day      1 day       1m 0.5s",
        "  ├─ alb:99.99           99.99%        52m 33.6s      yes   −52m 31.7s",
        "  │  ├─ web:99           99.00%        3d 15h 36m 0s  no    −52m 31.7s",
        "  └─ rds:99.95           99.95%        4h 22m 48s     yes   −4h 22m 44.8s",
        "Downtime per year (365-day year, 30-day month)",
        "  series (all needed)    ██▋ 6h 7m 51.7s",
    ] {
        assert!(
            lines.contains(&expected.to_string()),
            "{expected}\n{lines:#?}"
        );
    }
    assert!(
        lines.iter().any(
            |l| l.starts_with("Weakest link: rds:99.95 (part 4) is a single point of failure;")
        ),
        "{lines:#?}"
    );
    assert_eq!(s.caret(), None);
}

#[test]
fn a_parse_error_points_at_its_column() {
    let s = state(&["elb:99.99 * ec2:"]);
    assert_eq!(s.caret(), Some((0, 16)));
    assert_eq!(
        message(&s),
        "✗ column 17: expected a percentage after \"ec2:\""
    );
    let lines = text(&s.lines(Lang::En, 76));
    assert_eq!(lines[0], "column 17: expected a percentage after \"ec2:\"");
    assert_eq!(lines[2], "What you can type");
    let cli = s.cli().unwrap();
    assert_eq!(cli.command, "netdojo avail 'elb:99.99 * ec2:'");
    assert_eq!(
        cli.output,
        "netdojo: \"elb:99.99 * ec2:\" is not a valid system: column 17: expected a percentage after \"ec2:\"\n  elb:99.99 * ec2:\n                  ^\n"
    );
}

#[test]
fn the_year_and_month_keys_change_every_figure() {
    let mut s = state(&[NOTES]);
    assert_eq!(s.special(&Action::CycleYear), Some(Outcome::Handled));
    assert_eq!(s.convention().year, YearLength::Julian);
    let lines = text(&s.lines(Lang::En, 76));
    assert!(
        lines.contains(&"  year     365.25 days   6h 8m 6.8s".to_string()),
        "{lines:#?}"
    );
    s.special(&Action::CycleYear);
    s.special(&Action::CycleMonth);
    assert_eq!(
        s.convention(),
        Convention {
            year: YearLength::Gregorian,
            month: MonthLength::TwelfthOfYear
        }
    );
    let cli = s.cli().unwrap();
    assert_eq!(
        cli.command,
        format!("netdojo avail '{NOTES}' --year 365.2425 --month year")
    );
    assert!(
        cli.output
            .contains("convention    365.2425-day year, month = year/12\n")
    );
    let lines = text(&s.lines(Lang::Ja, 76));
    assert!(
        lines.contains(
            &"前提          1年 = 365.2425日、1か月 = 1年÷12  （Ctrl-R と Ctrl-O で変更）"
                .to_string()
        ),
        "{lines:#?}"
    );
    s.special(&Action::CycleYear);
    s.special(&Action::CycleMonth);
    assert_eq!(s.convention(), Convention::default());
}

#[test]
fn the_command_line_view_prints_what_the_command_prints() {
    let s = state(&[NOTES]);
    let cli = s.cli().unwrap();
    assert_eq!(cli.command, format!("netdojo avail '{NOTES}'"));
    assert!(cli.output.starts_with(&format!(
        "system        {NOTES}\navailability  99.93%  (3.15 nines)\n"
    )));
    assert!(cli.output.ends_with("(71.4% of it)\n"));
    assert_eq!(state(&[]).cli(), None);
}

#[test]
fn views_keep_their_own_inputs() {
    let mut s = state(&[NOTES]);
    s.special(&Action::NextView);
    assert_eq!(s.view(), AvailView::Mtbf);
    assert_eq!(s.form().fields.len(), 3);
    assert_eq!(s.views(), Some((AvailView::NAMES, 1)));
    s.special(&Action::NextView);
    assert_eq!(s.view(), AvailView::Sizing);
    assert_eq!(s.form().text(SPARES), "1");
    s.special(&Action::NextView);
    assert_eq!(s.view(), AvailView::System);
    assert_eq!(s.form().text(0), NOTES);
    s.special(&Action::PrevView);
    assert_eq!(s.view(), AvailView::Sizing);
    assert_eq!(s.special(&Action::Up), None);
}

#[test]
fn mtbf_takes_two_of_three() {
    assert_eq!(
        message(&state(&["mtbf"])),
        "Fill in two of the three: MTBF, MTTR, target availability."
    );
    assert_eq!(state(&["mtbf"]).cli(), None);
    let s = state(&["mtbf", "1000h", "2h"]);
    assert_eq!(message(&s), "✓ 99.80% (2.70 nines)");
    let cli = s.cli().unwrap();
    assert_eq!(cli.command, "netdojo avail mtbf --mtbf 1000h --mttr 2h");
    assert!(
        cli.output
            .starts_with("MTBF          41d 16h 0m 0s (1000 h)\n")
    );
    let budget = state(&["mtbf", "2000h", "", "99.95"]);
    assert_eq!(message(&budget), "✓ 1h 0m 1.8s");
    let lines = text(&budget.lines(Lang::En, 76));
    assert!(
        lines.contains(&"MTTR budget  1h 0m 1.8s (1.0005 h)".to_string()),
        "{lines:#?}"
    );
    assert!(lines.contains(&"Downtime allowed by 99.95%".to_string()));
    assert_eq!(
        message(&state(&["mtbf", "1000h", "2h", "99.9"])),
        "✗ All three are filled in: leave empty the one to work out."
    );
    let bad = state(&["mtbf", "1000", "2h"]);
    assert_eq!(
        message(&bad),
        "✗ \"1000\" has no unit (add d, h, m or s, as in 1000h or 45m)"
    );
    assert_eq!(
        bad.cli().unwrap().output,
        "netdojo: \"1000\" has no unit (add d, h, m or s, as in 1000h or 45m)\n"
    );
}

#[test]
fn sizing_lists_every_option_with_a_bar() {
    let s = state(&["size", "2400", "350", "2", "99", "3"]);
    assert_eq!(message(&s), "✓ 9 servers (N+2), N = 7");
    let lines = text(&s.lines(Lang::En, 76));
    for expected in [
        "N = ⌈2400 / 350⌉     7",
        "  N+1           8                  1  99.731%       23h 33m 54.3s",
        "  N+2  ▏ 42m 12.2s",
    ] {
        assert!(
            lines.contains(&expected.to_string()),
            "{expected}\n{lines:#?}"
        );
    }
    let cli = s.cli().unwrap();
    assert_eq!(
        cli.command,
        "netdojo avail size --load 2400 --capacity 350 --spares 2 --server 99 --azs 3"
    );
    assert!(cli.output.ends_with("losing any one zone leaves 8 >= N\n"));
    let default_spares = state(&["size", "2400", "350", ""]);
    assert_eq!(message(&default_spares), "✓ 8 servers (N+1), N = 7");
    assert_eq!(
        default_spares.cli().unwrap().command,
        "netdojo avail size --load 2400 --capacity 350"
    );
    let zero = state(&["size", "2400", "0"]);
    assert_eq!(
        message(&zero),
        "✗ the capacity per server must be more than 0"
    );
    assert_eq!(
        zero.cli().unwrap().output,
        "netdojo: --capacity \"0\": the capacity per server must be more than 0\n"
    );
    assert_eq!(
        message(&state(&["size", "2400"])),
        "Give the peak load and what one server carries."
    );
}

#[test]
fn every_view_draws_at_any_width() {
    for args in [
        &[NOTES][..],
        &["2of3(a:99 * (b:99 | c:99)) * 名前:99.9"],
        &["a:99 *"],
        &[],
        &["mtbf", "1000h", "2h"],
        &["mtbf", "x"],
        &["size", "2400", "350", "2", "99", "3"],
        &["size", "1", "0"],
    ] {
        let s = state(args);
        for lang in Lang::ALL {
            for width in [0, 1, 10, 40, 200] {
                assert!(!s.lines(lang, width).is_empty(), "{args:?} at {width}");
            }
        }
    }
}
