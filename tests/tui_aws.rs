//! The AWS calculator screens driven by key events through the keymap, as the run
//! loop feeds them, with exact values asserted on the drawn screen; and each of
//! them drawn at many sizes with typical inputs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod app_keys;
use app_keys::press;

use netdojo::i18n::Lang;
use netdojo::i18n::width::columns;
use netdojo::tui::action::Action;
use netdojo::tui::app::{App, Screen};
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

#[test]
fn s3_prices_as_you_type_and_switches_to_multipart() {
    let mut a = app(Lang::En);
    open_from_home(&mut a, "s3");
    assert!(matches!(a.screen(), Screen::S3(_)));
    press(&mut a, &["text:100GiB"]);
    let text = draw_app(&a);
    assert!(text.contains("✓ $2.30 a month for 100GiB"), "{text}");
    assert!(
        text.contains("│ Tiers         first 51,200 GB  100 GB × $0.023 = $2.30"),
        "{text}"
    );
    press(&mut a, &["Tab", "text:150"]);
    assert!(draw_app(&a).contains("│ In yen        ¥345 at ¥150/$"));
    press(&mut a, &["C-y"]);
    let text = draw_app(&a);
    assert!(
        text.contains("$ netdojo s3 cost 100GiB --rate 150"),
        "{text}"
    );
    assert!(text.contains("Total         $2.30 a month"), "{text}");
    press(&mut a, &["Esc", "C-t", "text:50GiB", "Tab", "text:64MiB"]);
    let text = draw_app(&a);
    assert!(text.contains("✓ 800 parts: within every limit"), "{text}");
    assert!(
        text.contains("│ Parts          800 (799 full parts, then a last part of 67,108,864"),
        "{text}"
    );
    press(&mut a, &["C-u", "text:1MiB"]);
    let text = draw_app(&a);
    assert!(text.contains("✗ 51,200 parts: limits broken: 2"), "{text}");
    press(&mut a, &["Esc"]);
    assert!(a.stack.is_empty());
}

#[test]
fn s3_in_japanese() {
    let mut a = app(Lang::Ja);
    a.lang = Lang::Ja;
    update(
        &mut a,
        Action::Go(netdojo::tui::app::Route::Calc(
            netdojo::tui::app::CalcKind::S3,
            vec!["60TiB".into()],
        )),
    );
    let text = draw_app(&a);
    assert!(text.contains("月 $1,402.88"), "{text}");
    assert!(text.contains("$225.28（未確認）"), "{text}");
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
    for cols in [2, 39, 40, 41, 72, 100] {
        for rows in [1, 2, 9, 10, 11, 30] {
            sizes.push(ScreenSize { cols, rows });
        }
    }
    sizes
}

#[test]
fn the_aws_screens_draw_at_every_size() {
    let cases: &[(ScreenName, &[&str])] = &[
        (ScreenName::S3, &[]),
        (ScreenName::S3, &["100GiB", "150"]),
        (ScreenName::S3, &["60TiB"]),
        (ScreenName::S3, &["100XB"]),
        (ScreenName::S3, &["parts", "100GiB", "1MiB"]),
        (ScreenName::S3, &["parts"]),
    ];
    for (name, args) in cases {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        for lang in Lang::ALL {
            for size in sizes() {
                let text = render_to_text(*name, size, lang, &args).unwrap();
                assert_eq!(text.lines().count(), usize::from(size.rows));
                for line in text.lines() {
                    assert!(
                        columns(line) <= usize::from(size.cols),
                        "{} {args:?} at {size}: {line:?}",
                        name.name()
                    );
                }
            }
        }
    }
}

/// The lines inside the box whose title starts with `title`, borders and trailing
/// blanks removed, blank lines at the end dropped.
fn box_lines(screen: &str, title: &str) -> Vec<String> {
    let mut lines: Vec<String> = screen
        .lines()
        .skip_while(|line| !line.starts_with(&format!("┌ {title}")))
        .skip(1)
        .take_while(|line| !line.starts_with('└'))
        .map(|line| {
            line.trim_start_matches('│')
                .trim_end_matches('│')
                .trim_end()
                .to_string()
        })
        .collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Opens the screen `id` in Japanese and types `inputs` into its fields in turn.
fn typed_ja(id: &str, inputs: &[&str]) -> App {
    let mut a = app(Lang::Ja);
    open_from_home(&mut a, id);
    for (i, input) in inputs.iter().enumerate() {
        if i > 0 {
            press(&mut a, &["Tab"]);
        }
        press(&mut a, &[&format!("text:{input}")]);
    }
    a
}

#[test]
fn weighted_routing_in_japanese() {
    let a = typed_ja("weighted", &["blue=3,green=1,red=0"]);
    let text = draw_app(&a);
    assert!(text.contains("│ ✓ blue 75%, green 25%, red 0%"), "{text}");
    assert_eq!(
        box_lines(&text, "加重ルーティング")[4..10],
        [
            " レコード  重み  割合  百分率",
            " blue         3   3/4     75%",
            " green        1   1/4     25%",
            " red          0     0      0%",
            " 重みの合計は 4。各レコードが返される割合は「重み / 4」です。",
            " 重み 0 のレコードは、重みが 0 でないレコードが正常なうちは返されません。",
        ]
    );
}

#[test]
fn instance_types_in_japanese() {
    let a = typed_ja("instance", &["m5.large m5.metal"]);
    let text = draw_app(&a);
    assert!(
        text.contains("│ ✓ m5.large：汎用、m5.metal：汎用"),
        "{text}"
    );
    assert_eq!(
        box_lines(&text, "EC2インスタンスタイプ")[..8],
        [
            " タイプ      m5.large",
            " ファミリー  m5（ドットより前の部分）",
            " シリーズ    m：汎用",
            " カテゴリー  汎用",
            " 世代        5",
            " プロセッサ  名前にありません",
            " 追加機能    名前にはありません",
            " サイズ      large、正規化係数 4",
        ]
    );
}

#[test]
fn certificate_names_in_japanese() {
    let a = typed_ja("cert", &["*.example.com", "example.com"]);
    let text = draw_app(&a);
    assert!(text.contains("│ ✗ example.com ✗"), "{text}");
    assert_eq!(
        box_lines(&text, "証明書の名前")[..4],
        [
            " 証明書  *.example.com",
            "",
            " example.com：どの名前でもカバーされません",
            // A line wider than the box keeps its indent and wraps under its value.
            "     *.example.com  対象外：example.com は *.example.com の頂点（Apex）で、*",
        ]
    );
}

#[test]
fn mysql_host_patterns_in_japanese() {
    let a = typed_ja("mysqlhost", &["'app'@'%' 'app'@'10.0.%'", "10.9.9.9"]);
    let text = draw_app(&a);
    assert!(text.contains("│ ✓ 10.9.9.9 → 'app'@'%'"), "{text}");
    assert_eq!(
        box_lines(&text, "MySQLのホスト指定")[..7],
        [
            " アカウント（具体的な順）：",
            "   1  'app'@'10.0.%'  パターン：5 文字目の後に最初のワイルドカード",
            "   2  'app'@'%'       % のみ：すべてのホスト",
            "",
            " 10.9.9.9（ユーザーは問わない） -> 'app'@'%'",
            "     'app'@'10.0.%'  不一致：10.9.9.9 はパターン 10.0.% に合いません",
            "   * 'app'@'%'       一致：% はすべてのホストに一致します",
        ]
    );
}

#[test]
fn public_ipv4_cost_in_japanese_while_the_command_stays_english() {
    let mut a = typed_ja("ipv4cost", &["1", "", "150"]);
    let text = draw_app(&a);
    assert!(text.contains("│ ✓ $3.65 (¥547.5)"), "{text}");
    assert_eq!(
        box_lines(&text, "パブリックIPv4の料金")[..7],
        [
            " アドレス数  パブリックIPv4アドレス 1 個",
            " 時間        各 730 時間",
            " 単価        1 アドレス 1 時間あたり $0.005（2024-02-01 から）",
            " 料金        1 × 730 h × $0.005 = $3.65",
            " 円換算      ¥547.5（¥150/$ で換算）",
            " 課金対象    自動割り当ても Elastic IP も、使用中も未使用もすべて",
            " 出典        Amazon VPC の料金ページの「Public IPv4 Address」タブ",
        ]
    );
    // The command line view shows what the command prints: English.
    press(&mut a, &["C-y"]);
    let text = draw_app(&a);
    assert!(text.contains("Addresses  1 public IPv4 address"), "{text}");
    assert!(!text.contains("アドレス数"), "{text}");
}

#[test]
fn s3_tiers_and_multipart_limits_in_japanese() {
    let mut a = typed_ja("s3", &["600000GiB"]);
    let text = draw_app(&a);
    let lines = box_lines(&text, "月々の保存料金");
    assert_eq!(
        lines[..6],
        [
            " サイズ        600,000 GiB（2進、2^30 バイト）= 644,245,094,400,000 バイト",
            " 課金量        600,000 GB・月（課金上の 1 GB は 2^30 バイト）",
            " 価格          S3 Standard、us-east-1、2026-11 時点の定価",
            " 料金段階      最初の 51,200 GB    51,200 GB × $0.023  = $1,177.60",
            "               51,200〜512,000 GB  460,800 GB × $0.022 = $10,137.60（未確認）",
            "               512,000 GB 超       88,000 GB × $0.021  = $1,848.00（未確認）",
        ],
        "{text}"
    );
    press(&mut a, &["C-t", "C-u", "text:100GiB", "Tab", "text:1MiB"]);
    let text = draw_app(&a);
    assert_eq!(
        box_lines(&text, "マルチパートアップロード"),
        [
            " オブジェクト    100 GiB（2進、2^30 バイト）= 107,374,182,400 バイト",
            " パートのサイズ  1 MiB（2進、2^20 バイト）= 1,048,576 バイト",
            " パート数        102,400（満杯のパート 102,399 個と、最後のパート 1,048,576",
            "                 バイト）",
            " 可否            不可。破っている制限：2 件",
            "                 - 102,400 パートは上限の 10,000 パートを超えています",
            "                 - 1,048,576 バイトのパートは 5 MiB（5,242,880 バイト）未満で",
            "                 す。5 MiB 未満が許されるのは最後のパートだけです",
            " 単一のPUT       不可：5 GiB を超えるため、マルチパートでしか保存できません",
            " 最小のパート    10,737,419 バイト（≈10.24 MiB）で 10,000 パート以内に収まり",
            "                 ます",
        ]
    );
}
