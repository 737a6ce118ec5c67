//! `netdojo avail`: exact text output, JSON Lines fields and error wording.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use serde_json::{Value, json};

fn netdojo(args: &[&str]) -> assert_cmd::assert::Assert {
    Command::new(env!("CARGO_BIN_EXE_netdojo"))
        .args(args)
        .assert()
}

/// Lines joined with a newline after each.
fn lines(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// Runs with --json and parses every line of stdout.
fn json_lines(args: &[&str], code: i32) -> Vec<Value> {
    let output = netdojo(args)
        .code(code)
        .stderr("")
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn json_system_carries_tree_parts_and_weakest_link() {
    let out = json_lines(&["avail", "a:99 * 2of3(n:99.9)", "--json"], 0);
    assert_eq!(out.len(), 1);
    let v = &out[0];
    assert_eq!(v["system"], "a:99 * 2of3(n:99.9)");
    assert_eq!(v["convention"], "365-day year, 30-day month");
    assert_eq!(v["downtime"]["year"], "3d 15h 37m 33.6s");
    assert_eq!(v["weakest_link"], json!({ "part": 1, "text": "a:99" }));
    let tree = &v["tree"];
    assert_eq!(tree["kind"], "series");
    assert_eq!(tree["children"][1]["kind"], "k_of_n");
    assert_eq!(
        (
            tree["children"][1]["k"].as_u64(),
            tree["children"][1]["n"].as_u64()
        ),
        (Some(2), Some(3))
    );
    assert_eq!(tree["children"][1]["children"][0]["part"], 2);
    let parts = v["parts"].as_array().unwrap();
    assert_eq!(parts[1]["copies"], 3);
    assert_eq!(parts[1]["single_point_of_failure"], false);
    assert_eq!(parts[1]["saved_per_year"], "1m 33.6s");
    let u = v["unavailability"].as_f64().unwrap();
    assert_eq!(format!("{u:.8}"), "0.01000297");
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "availability",
            "convention",
            "downtime",
            "downtime_seconds",
            "nines",
            "parts",
            "percent",
            "system",
            "tree",
            "unavailability",
            "weakest_link"
        ]
    );
}

#[test]
fn json_bad_system_is_one_line_and_the_run_goes_on() {
    let out = json_lines(&["avail", "a:99 *", "b:99 | c:99", "--json"], 2);
    assert_eq!(
        out[0],
        json!({
            "input": "a:99 *",
            "column": 7,
            "error": "\"a:99 *\" is not a valid system: column 7: expected a part such as \"web:99.9\", a \"(\" or a k-of-n group such as \"2of3(\", found the end of the expression"
        })
    );
    assert_eq!(out[1]["system"], "b:99 | c:99");
    assert_eq!(out[1]["weakest_link"], Value::Null);
    assert_eq!(out[1]["percent"], "99.99%");
}

#[test]
fn json_mtbf_modes() {
    let out = json_lines(
        &[
            "avail", "mtbf", "--target", "99.95", "--mtbf", "2000h", "--json",
        ],
        0,
    );
    assert_eq!(out[0]["mttr_budget"], "1h 0m 1.8s");
    assert_eq!(
        format!("{:.1}", out[0]["mttr_budget_seconds"].as_f64().unwrap()),
        "3601.8"
    );
    assert_eq!(out[0]["target"], 0.9995);
    let out = json_lines(
        &["avail", "mtbf", "--mtbf", "1000h", "--mttr", "2h", "--json"],
        0,
    );
    assert_eq!(
        format!("{:.6}", out[0]["availability"].as_f64().unwrap()),
        "0.998004"
    );
    assert_eq!(out[0]["percent"], "99.80%");
    assert_eq!(out[0]["downtime"]["year"], "17h 29m 6.1s");
}

#[test]
fn json_nines_with_a_bad_value() {
    let out = json_lines(
        &[
            "avail", "nines", "99.9", "abc", "--json", "--year", "365.25",
        ],
        2,
    );
    assert_eq!(out[0]["input"], "99.9");
    assert_eq!(out[0]["nines"], 3.0);
    assert_eq!(out[0]["convention"], "365.25-day year, 30-day month");
    assert_eq!(out[0]["downtime"]["year"], "8h 45m 57.6s");
    assert_eq!(out[0]["downtime_seconds"]["day"], 86.4);
    assert_eq!(
        out[1],
        json!({
            "input": "abc",
            "error": "\"abc\" is not a percentage (expected a number such as 99.95, optionally followed by %)"
        })
    );
}

#[test]
fn json_perfect_availability_has_null_nines() {
    let out = json_lines(&["avail", "nines", "100", "--json"], 0);
    assert_eq!(out[0]["nines"], Value::Null);
    assert_eq!(out[0]["downtime"]["year"], "0s");
}

#[test]
fn json_downtime_and_size() {
    let out = json_lines(
        &["avail", "downtime", "45m", "--over", "month", "--json"],
        0,
    );
    assert_eq!(out[0]["percent"], "99.896%");
    assert_eq!(out[0]["over"], "30-day month");
    assert_eq!(out[0]["over_seconds"], 2_592_000.0);
    let out = json_lines(
        &[
            "avail",
            "size",
            "--load",
            "2400",
            "--capacity",
            "350",
            "--spares",
            "2",
            "--server",
            "99",
            "--azs",
            "2",
            "--json",
        ],
        0,
    );
    let v = &out[0];
    assert_eq!(
        (v["base"].as_u64(), v["servers"].as_u64()),
        (Some(7), Some(9))
    );
    assert_eq!(
        v["zones"],
        json!({ "zones": 2, "per_zone": 7, "total": 14 })
    );
    let shown: Vec<String> = v["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            format!(
                "{}={:.5}",
                o["option"].as_str().unwrap(),
                o["availability"].as_f64().unwrap()
            )
        })
        .collect();
    assert_eq!(shown, ["N=0.93207", "N+1=0.99731", "N+2=0.99992"]);
}

#[test]
fn json_bad_flag_value() {
    let out = json_lines(&["avail", "nines", "99", "--month", "year/13", "--json"], 2);
    assert_eq!(
        out,
        [json!({
            "input": "year/13",
            "error": "\"year/13\" is not a month length (expected 28, 29, 30, 31 or year for a twelfth of the year)"
        })]
    );
}

#[test]
fn no_arguments_prints_help() {
    let output = netdojo(&["avail"]).code(2).get_output().clone();
    let help = String::from_utf8(output.stderr).unwrap();
    assert!(
        help.contains("Usage: netdojo avail [OPTIONS] [SYSTEM]... [COMMAND]"),
        "{help}"
    );
}

#[test]
fn system_of_the_issue() {
    let expected = lines(&[
        "system        elb:99.99 * (ec2:99.5 | ec2:99.5) * rds:99.95",
        "availability  99.9375%  (3.20 nines)",
        "convention    365-day year, 30-day month",
        "",
        "period   length      downtime",
        "year     365 days    5h 28m 28.0s",
        "quarter  91.25 days  1h 22m 7.0s",
        "month    30 days     26m 59.8s",
        "week     7 days      6m 18.0s",
        "day      1 day       54.0s",
        "",
        "node                   availability  downtime/year  SPOF  saved/year if perfect",
        "series (all needed)    99.9375%      5h 28m 28.0s",
        "├─ elb:99.99           99.99%        52m 33.6s      yes   52m 31.9s",
        "├─ parallel (any one)  99.9975%      13m 8.4s",
        "│  ├─ ec2:99.5         99.50%        1d 19h 48m 0s  no    13m 7.9s",
        "│  └─ ec2:99.5         99.50%        1d 19h 48m 0s  no    13m 7.9s",
        "└─ rds:99.95           99.95%        4h 22m 48s     yes   4h 22m 46.0s",
        "",
        "weakest link: rds:99.95 (part 4), a single point of failure; if it were perfect, downtime would drop by 4h 22m 46.0s a year (80.0% of it)",
    ]);
    netdojo(&["avail", "elb:99.99 * (ec2:99.5 | ec2:99.5) * rds:99.95"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn k_of_n_system_without_a_single_point_of_failure() {
    let expected = lines(&[
        "system        2of3(node:99)",
        "availability  99.9702%  (3.53 nines)",
        "convention    365.25-day year, 30-day month",
        "",
        "period   length        downtime",
        "year     365.25 days   2h 36m 44.2s",
        "quarter  91.3125 days  39m 11.0s",
        "month    30 days       12m 52.4s",
        "week     7 days        3m 0.2s",
        "day      1 day         25.7s",
        "",
        "node                  availability  downtime/year   SPOF  saved/year if perfect",
        "2 of 3 copies needed  99.9702%      2h 36m 44.2s",
        "└─ node:99            99.00%        3d 15h 39m 36s  no    2h 36m 44.2s",
        "",
        "weakest link: no single point of failure",
    ]);
    netdojo(&["avail", "2of3(node:99)", "--year", "365.25"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn mtbf_and_mttr() {
    let expected = lines(&[
        "MTBF          41d 16h 0m 0s (1000 h)",
        "MTTR          2h 0m 0s (2 h)",
        "availability  99.80%  (2.70 nines)",
        "convention    365-day year, 30-day month",
        "",
        "period   length      downtime",
        "year     365 days    17h 29m 6.1s",
        "quarter  91.25 days  4h 22m 16.5s",
        "month    30 days     1h 26m 13.7s",
        "week     7 days      20m 7.2s",
        "day      1 day       2m 52.5s",
    ]);
    netdojo(&["avail", "mtbf", "--mtbf", "1000h", "--mttr", "2h"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn mttr_budget() {
    let expected = lines(&[
        "target       99.95%",
        "MTBF         83d 8h 0m 0s (2000 h)",
        "MTTR budget  1h 0m 1.8s (1.0005 h)",
    ]);
    netdojo(&["avail", "mtbf", "--target", "99.95", "--mtbf", "2000h"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn mtbf_needed() {
    let expected = lines(&[
        "target       99.90%",
        "MTTR         30m 0s (0.5 h)",
        "MTBF needed  20d 19h 30m 0s (499.5 h)",
    ]);
    netdojo(&["avail", "mtbf", "--target", "99.9", "--mttr", "30m"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn nines_main_table_month_a_twelfth_of_the_year() {
    let expected = lines(&[
        "convention: 365-day year, month = year/12 (quarter = year/4, week = 7 days, day = 24 h)",
        "",
        "availability  nines  year           quarter     month      week        day",
        "99.00%         2.00  3d 15h 36m 0s  21h 54m 0s  7h 18m 0s  1h 40m 48s  14m 24s",
        "99.50%         2.30  1d 19h 48m 0s  10h 57m 0s  3h 39m 0s  50m 24s     7m 12s",
        "99.90%         3.00  8h 45m 36s     2h 11m 24s  43m 48s    10m 4.8s    1m 26.4s",
        "99.95%         3.30  4h 22m 48s     1h 5m 42s   21m 54s    5m 2.4s     43.2s",
        "99.99%         4.00  52m 33.6s      13m 8.4s    4m 22.8s   1m 0.5s     8.64s",
        "99.999%        5.00  5m 15.4s       1m 18.8s    26.3s      6.05s       0.86s",
    ]);
    netdojo(&[
        "avail", "nines", "99", "99.5", "99.9", "99.95", "99.99", "99.999", "--month", "year",
    ])
    .code(0)
    .stdout(expected)
    .stderr("");
}

#[test]
fn nines_main_table_thirty_day_month() {
    let expected = lines(&[
        "convention: 365-day year, 30-day month (quarter = year/4, week = 7 days, day = 24 h)",
        "",
        "availability  nines  year           quarter     month      week        day",
        "99.00%         2.00  3d 15h 36m 0s  21h 54m 0s  7h 12m 0s  1h 40m 48s  14m 24s",
        "99.50%         2.30  1d 19h 48m 0s  10h 57m 0s  3h 36m 0s  50m 24s     7m 12s",
        "99.90%         3.00  8h 45m 36s     2h 11m 24s  43m 12s    10m 4.8s    1m 26.4s",
        "99.95%         3.30  4h 22m 48s     1h 5m 42s   21m 36s    5m 2.4s     43.2s",
        "99.99%         4.00  52m 33.6s      13m 8.4s    4m 19.2s   1m 0.5s     8.64s",
        "99.999%        5.00  5m 15.4s       1m 18.8s    25.9s      6.05s       0.86s",
    ]);
    netdojo(&[
        "avail", "nines", "99", "99.5", "99.9", "99.95", "99.99", "99.999",
    ])
    .code(0)
    .stdout(expected)
    .stderr("");
}

#[test]
fn nines_julian_year() {
    let expected = lines(&[
        "convention: 365.25-day year, month = year/12 (quarter = year/4, week = 7 days, day = 24 h)",
        "",
        "availability  nines  year            quarter       month       week        day",
        "99.00%         2.00  3d 15h 39m 36s  21h 54m 54s   7h 18m 18s  1h 40m 48s  14m 24s",
        "99.90%         3.00  8h 45m 57.6s    2h 11m 29.4s  43m 49.8s   10m 4.8s    1m 26.4s",
        "99.95%         3.30  4h 22m 58.8s    1h 5m 44.7s   21m 54.9s   5m 2.4s     43.2s",
        "99.99%         4.00  52m 35.8s       13m 8.9s      4m 23.0s    1m 0.5s     8.64s",
        "99.999%        5.00  5m 15.6s        1m 18.9s      26.3s       6.05s       0.86s",
    ]);
    netdojo(&[
        "avail", "--year", "365.25", "--month", "year", "nines", "99", "99.9", "99.95", "99.99",
        "99.999",
    ])
    .code(0)
    .stdout(expected)
    .stderr("");
}

#[test]
fn nines_gregorian_year_whole_seconds() {
    let expected = lines(&[
        "convention: 365.2425-day year, month = year/12 (quarter = year/4, week = 7 days, day = 24 h)",
        "",
        "availability  nines  year            quarter      month       week        day",
        "99.00%         2.00  3d 15h 39m 30s  21h 54m 52s  7h 18m 17s  1h 40m 48s  14m 24s",
        "99.90%         3.00  8h 45m 57s      2h 11m 29s   43m 50s     10m 5s      1m 26s",
        "99.99%         4.00  52m 36s         13m 9s       4m 23s      1m 0s       9s",
        "99.999%        5.00  5m 16s          1m 19s       26s         6s          1s",
    ]);
    netdojo(&[
        "avail",
        "nines",
        "99",
        "99.9",
        "99.99",
        "99.999",
        "--year",
        "365.2425",
        "--month",
        "year",
        "--whole-seconds",
    ])
    .code(0)
    .stdout(expected)
    .stderr("");
}

#[test]
fn downtime_over_a_thirty_day_month() {
    let expected = lines(&[
        "downtime  over          availability  nines",
        "45m 0s    30d 0h 0m 0s  99.896%        2.98",
    ]);
    netdojo(&["avail", "downtime", "45m", "--over", "30d"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn downtime_over_named_periods() {
    let expected = lines(&[
        "downtime  over                  availability  nines",
        "4h 0m 0s  quarter (91.25 days)  99.817%        2.74",
    ]);
    netdojo(&[
        "avail", "downtime", "4h", "--over", "quarter", "--month", "year",
    ])
    .code(0)
    .stdout(expected)
    .stderr("");
}

#[test]
fn size_with_server_availability_and_zones() {
    let expected = lines(&[
        "peak load             2400",
        "capacity per server   350",
        "N = ceil(2400 / 350)  7",
        "servers               9 (N+2)",
        "one server            99.00%",
        "convention            365-day year, 30-day month",
        "",
        "option  servers  failures survived  availability  downtime/year",
        "N             7                  0  93.21%        24d 19h 6m 27.2s",
        "N+1           8                  1  99.731%       23h 33m 54.3s",
        "N+2           9                  2  99.99197%     42m 12.2s",
        "",
        "across 3 zones: 4 per zone = ceil(7 / 2), 12 in all; losing any one zone leaves 8 >= N",
    ]);
    netdojo(&[
        "avail",
        "size",
        "--load",
        "2400",
        "--capacity",
        "350",
        "--spares",
        "2",
        "--server",
        "99",
        "--azs",
        "3",
    ])
    .code(0)
    .stdout(expected)
    .stderr("");
}

#[test]
fn size_without_availability() {
    let expected = lines(&[
        "peak load             2400",
        "capacity per server   350",
        "N = ceil(2400 / 350)  7",
        "servers               8 (N+1)",
        "",
        "option  servers  failures survived",
        "N             7                  0",
        "N+1           8                  1",
    ]);
    netdojo(&["avail", "size", "--load", "2400", "--capacity", "350"])
        .code(0)
        .stdout(expected)
        .stderr("");
}

#[test]
fn expression_error_shows_the_column() {
    let expected = String::new();
    netdojo(&["avail", "elb:99.99 * ec2: * x"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"elb:99.99 * ec2: * x\" is not a valid system: column 18: expected a percentage after \"ec2:\"\n  elb:99.99 * ec2: * x\n                   ^\n");
}

#[test]
fn expression_error_with_wide_characters() {
    let expected = String::new();
    netdojo(&["avail", "ウェブ:99 | (b 99)"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"ウェブ:99 | (b 99)\" is not a valid system: column 13: expected \":\" after the name \"b\" (a part is name:percent, such as \"web:99.9\")\n  ウェブ:99 | (b 99)\n                 ^\n");
}

#[test]
fn bad_and_good_systems_mixed() {
    let expected = lines(&[
        "system        a:99 * b:99",
        "availability  98.01%  (1.70 nines)",
        "convention    365-day year, 30-day month",
        "",
        "period   length      downtime",
        "year     365 days    7d 6h 19m 26.4s",
        "quarter  91.25 days  1d 19h 34m 51.6s",
        "month    30 days     14h 19m 40.8s",
        "week     7 days      3h 20m 35.5s",
        "day      1 day       28m 39.4s",
        "",
        "node                 availability  downtime/year    SPOF  saved/year if perfect",
        "series (all needed)  98.01%        7d 6h 19m 26.4s",
        "├─ a:99              99.00%        3d 15h 36m 0s    yes   3d 14h 43m 26.4s",
        "└─ b:99              99.00%        3d 15h 36m 0s    yes   3d 14h 43m 26.4s",
        "",
        "weakest link: a:99 (part 1), a single point of failure; if it were perfect, downtime would drop by 3d 14h 43m 26.4s a year (49.7% of it)",
    ]);
    netdojo(&["avail", "a:100.5", "a:99 * b:99"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"a:100.5\" is not a valid system: column 3: \"100.5\" is over 100% (an availability is a percentage from 0 to 100)\n  a:100.5\n    ^\n");
}

#[test]
fn fraction_refused() {
    let expected = String::new();
    netdojo(&["avail", "nines", "0.999"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"0.999\" looks like a fraction: write availability as a percentage (0.999 is 99.9), or add % if you mean 0.999%\n");
}

#[test]
fn bad_year() {
    let expected = String::new();
    netdojo(&["avail", "nines", "99", "--year", "360"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"360\" is not a year length (expected 365, 365.25 or 365.2425)\n");
}

#[test]
fn bad_month() {
    let expected = String::new();
    netdojo(&["avail", "nines", "99", "--month", "32"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"32\" is not a month length (expected 28, 29, 30, 31 or year for a twelfth of the year)\n");
}

#[test]
fn mtbf_needs_two_figures() {
    let expected = String::new();
    netdojo(&["avail", "mtbf", "--mtbf", "1000h"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: give exactly two of --mtbf, --mttr and --target (e.g. --mtbf 1000h --mttr 2h)\n");
}

#[test]
fn mtbf_without_unit() {
    let expected = String::new();
    netdojo(&["avail", "mtbf", "--mtbf", "1000", "--mttr", "2h"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"1000\" has no unit (add d, h, m or s, as in 1000h or 45m)\n");
}

#[test]
fn perfect_target_needs_infinite_mtbf() {
    let expected = String::new();
    netdojo(&["avail", "mtbf", "--target", "100", "--mttr", "1h"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: --mttr \"1h\" and --target \"100\": a target of 100% needs an infinite MTBF (or an MTTR of 0)\n");
}

#[test]
fn downtime_longer_than_period() {
    let expected = String::new();
    netdojo(&["avail", "downtime", "31d", "--over", "month"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"31d\": 31d 0h 0m 0s of downtime is longer than the period of 30d 0h 0m 0s\n");
}

#[test]
fn bad_period() {
    let expected = String::new();
    netdojo(&["avail", "downtime", "1h", "--over", "fortnight"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"fortnight\" is not a period (expected a length such as 30d or 720h, or year, quarter, month, week or day)\n");
}

#[test]
fn size_zero_capacity() {
    let expected = String::new();
    netdojo(&["avail", "size", "--load", "10", "--capacity", "0"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: --capacity \"0\": the capacity per server must be more than 0\n");
}

#[test]
fn size_one_zone() {
    let expected = String::new();
    netdojo(&[
        "avail",
        "size",
        "--load",
        "10",
        "--capacity",
        "1",
        "--azs",
        "1",
    ])
    .code(2)
    .stdout(expected)
    .stderr("netdojo: --azs \"1\": surviving the loss of a zone takes 2 zones or more, not 1\n");
}

#[test]
fn size_bad_load() {
    let expected = String::new();
    netdojo(&["avail", "size", "--load", "lots", "--capacity", "1"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"lots\" is not a number (expected digits such as 2400 or 99.95)\n");
}

#[test]
fn systems_and_a_mode_together() {
    let expected = String::new();
    netdojo(&["avail", "a:99", "nines", "99"])
        .code(2)
        .stdout(expected)
        .stderr("netdojo: \"a:99\" comes before the nines mode: give either systems or a mode, not both\n");
}
