//! Command-line tests of `netdojo class new|check|key|take|report|export`: exact
//! output, errors and exit codes; `take --plain` driven end to end by stdin.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;

use assert_cmd::Command;

const TAKE: &str = "tests/fixtures/packs/take.json";
const INVALID: &str = "tests/fixtures/packs/invalid";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn netdojo() -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.current_dir(root())
        .env_remove("LANG")
        .env_remove("LC_ALL");
    cmd
}

/// `netdojo` run in `dir`, with the pack given by its absolute path.
fn netdojo_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.current_dir(dir).env_remove("LANG").env_remove("LC_ALL");
    cmd
}

fn take_pack() -> String {
    root().join(TAKE).display().to_string()
}

fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().unwrap().stdout).unwrap()
}

// ---- new and check ---------------------------------------------------------------

#[test]
fn new_prints_the_starter_pack_and_it_checks_clean() {
    let starter = fs::read_to_string(root().join("assets/packs/starter.json")).unwrap();
    netdojo()
        .args(["class", "new"])
        .assert()
        .success()
        .stderr("")
        .stdout(starter.clone());
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("pack.json"), starter).unwrap();
    netdojo_in(dir.path())
        .args(["class", "check", "pack.json"])
        .assert()
        .code(0)
        .stdout(
            "pack.json: ok, 5 questions (3 generated, 1 from lessons, 1 inline), variant mode, en and ja\n\
             checked 1 pack: no problems\n",
        );
}

#[test]
fn check_prints_each_problem_with_its_pointer_and_exits_1() {
    netdojo()
        .args(["class", "check", &format!("{INVALID}/lessons.json"), &format!("{INVALID}/syntax.json")])
        .assert()
        .code(1)
        .stderr("")
        .stdout(format!(
            "{INVALID}/lessons.json: /questions/0/lesson: there is no lesson \"m99-nothing\"\n\
             {INVALID}/lessons.json: /questions/1/question: lesson \"m03-subnetting\" has no question \"q99\"\n\
             {INVALID}/lessons.json: /questions/2: missing key \"question\"\n\
             {INVALID}/syntax.json:5:1: not valid JSON: trailing comma\n\
             checked 2 packs: 4 problems\n"
        ));
}

#[test]
fn check_of_an_unreadable_file_exits_2() {
    netdojo()
        .args(["class", "check", "no/such/pack.json", TAKE])
        .assert()
        .code(2)
        .stdout(format!(
            "{TAKE}: ok, 4 questions (4 inline), same mode, en and ja\nchecked 1 pack: no problems\n"
        ))
        .stderr("netdojo: \"no/such/pack.json\" cannot be read: No such file or directory (os error 2)\n");
}

// ---- key -------------------------------------------------------------------------

#[test]
fn key_prints_the_answers_in_a_table() {
    netdojo()
        .args(["class", "key", TAKE])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
Plain exam: answer key in the written order (same mode, seed 5)
#  SLOT  SOURCE     POINTS  ANSWER
1  1     mask            1  B (255.255.255.192)
2  2     private         2  false
3  3     broadcast       1  192.168.5.95
4  4     sizes           1  C (/30) → B (/24) → A (/16)
4 questions, 5 points
",
        );
}

#[test]
fn key_json_answers_are_exactly_what_to_type() {
    netdojo()
        .args(["class", "key", TAKE, "--json", "--lang", "ja"])
        .assert()
        .success()
        .stdout(concat!(
            r#"{"number":1,"slot":"1","source":"mask","kind":"single_choice","points":1,"prompt":"/26 のマスクはどれですか。","choices":["255.255.255.0","255.255.255.192","255.255.255.224"],"answer":"B","answer_shown":"B (255.255.255.192)"}"#,
            "\n",
            r#"{"number":2,"slot":"2","source":"private","kind":"true_false","points":2,"prompt":"100.64.0.1 は RFC 1918 のプライベートアドレスである。","answer":"false","answer_shown":"false"}"#,
            "\n",
            r#"{"number":3,"slot":"3","source":"broadcast","kind":"free_text","points":1,"prompt":"192.168.5.77/27 のブロードキャストアドレスは？","answer":"192.168.5.95","answer_shown":"192.168.5.95"}"#,
            "\n",
            r#"{"number":4,"slot":"4","source":"sizes","kind":"ordering","points":1,"prompt":"小さいブロックから順に。","choices":["/16","/24","/30"],"answer":"C B A","answer_shown":"C (/30) → B (/24) → A (/16)"}"#,
            "\n",
        ));
}

#[test]
fn typing_every_json_answer_in_plain_mode_scores_full_marks() {
    for (pack, student) in [
        ("assets/packs/subnetting-basics.en.json", "Aiko Tanaka"),
        ("assets/packs/vpc-routing.ja.json", "田中 愛子"),
        ("assets/packs/dns-http.en.json", "Ben"),
        ("assets/packs/availability.ja.json", "Chika"),
        ("tests/fixtures/packs/valid/every-kind.json", "Dai"),
    ] {
        let key = stdout_of(netdojo().args(["class", "key", pack, "--student", student, "--json"]));
        let answers: String = key
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                format!("{}\n", v["answer"].as_str().unwrap())
            })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let output = netdojo()
            .args(["class", "take", pack, "--name", student, "--plain", "--out"])
            .arg(dir.path())
            .write_stdin(answers)
            .output()
            .unwrap();
        assert!(output.status.success(), "{pack}: {output:?}");
        let stdout = String::from_utf8(output.stdout).unwrap();
        let score = stdout
            .lines()
            .find(|l| l.starts_with("Score:") || l.starts_with("得点："))
            .unwrap();
        assert!(score.ends_with("(100%)"), "{pack}: {score}");
    }
}

#[test]
fn key_of_a_variant_pack_needs_a_student() {
    netdojo()
        .args(["class", "key", "assets/packs/subnetting-basics.en.json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: this pack is in variant mode: every student has their own numbers, so name one with --student NAME\n");
}

#[test]
fn commands_refuse_an_invalid_pack_in_one_line() {
    let pack = format!("{INVALID}/generated.json");
    netdojo()
        .args(["class", "key", &pack])
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!(
            "netdojo: \"{pack}\" is not a valid pack: /questions/0/skill: \"subnet.nope\" is not a skill with a question generator (and 6 more problems); netdojo class check {pack} lists every problem\n"
        ));
}

// ---- take --plain ----------------------------------------------------------------

#[test]
fn take_plain_runs_the_exam_from_stdin_and_writes_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let output = netdojo_in(dir.path())
        .args(["class", "take", &take_pack(), "--name", " Aiko ", "--plain"])
        .write_stdin("b\nmaybe\nyes\n192.168.5.96\n\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
    insta::assert_snapshot!(String::from_utf8(output.stdout).unwrap());
    let file = dir.path().join("aiko-effdb4e5.json");
    let result: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(result["student"], "Aiko");
    assert_eq!(result["mode"], "same");
    assert_eq!(result["seed"], 5);
    assert_eq!(result["score"], 1);
    assert_eq!(result["max_score"], 5);
    let typed: Vec<&str> = result["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["typed"].as_str().unwrap())
        .collect();
    // "maybe" could not be read as true or false, so it was asked again.
    assert_eq!(typed, ["b", "yes", "192.168.5.96", ""]);
    let pack_text = fs::read_to_string(root().join(TAKE)).unwrap();
    assert_eq!(result["pack"], pack_text);
    assert_eq!(
        result["pack_sha256"],
        netdojo::classroom::pack::hash(pack_text.as_bytes())
    );
    assert!(result["finished"].is_string());
    // No autosave is left behind, and a second attempt is refused.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    netdojo_in(dir.path())
        .args(["class", "take", &take_pack(), "--name", "aiko", "--plain"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"aiko\" has already submitted ./aiko-effdb4e5.json; a result is never overwritten\n");
}

#[test]
fn an_interrupted_exam_resumes_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let first = netdojo_in(dir.path())
        .args([
            "class",
            "take",
            &take_pack(),
            "--name",
            "Ben",
            "--plain",
            "--out",
            "results",
            "--lang",
            "ja",
        ])
        .write_stdin("B\n×\n")
        .output()
        .unwrap();
    assert_eq!(first.status.code(), Some(1));
    let stdout = String::from_utf8(first.stdout).unwrap();
    assert!(
        stdout.ends_with("\n問題 3 / 4 で中断しました。ここまでの答えは保存されています。同じコマンドで続きから再開できます。\n"),
        "{stdout}"
    );
    let saved: Vec<String> = fs::read_dir(dir.path().join("results"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(saved, [".ben-6700869c.autosave.json"]);
    let second = netdojo_in(dir.path())
        .args([
            "class",
            "take",
            &take_pack(),
            "--name",
            "Ben",
            "--plain",
            "--out",
            "results",
            "--lang",
            "ja",
        ])
        .write_stdin("１９２．１６８．５．９５\ncba\n")
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(0));
    insta::assert_snapshot!(String::from_utf8(second.stdout).unwrap());
    let saved: Vec<String> = fs::read_dir(dir.path().join("results"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(saved, ["ben-6700869c.json"]);
}

#[test]
fn take_without_plain_says_it_runs_line_by_line() {
    let dir = tempfile::tempdir().unwrap();
    netdojo_in(dir.path())
        .args(["class", "take", &take_pack(), "--name", "Chika"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr("netdojo: not a terminal, so the exam runs line by line, as with --plain\n");
}

#[test]
fn take_refuses_an_empty_name() {
    netdojo()
        .args(["class", "take", TAKE, "--name", "  ", "--plain"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"  \" is not a name: give the name your teacher knows you by\n");
}

// ---- report ----------------------------------------------------------------------

#[test]
fn report_of_a_small_class_in_text() {
    let dir = tempfile::tempdir().unwrap();
    for (name, answers) in [
        ("Aiko", "B\nfalse\n192.168.5.95\nC B A\n"),
        ("Ben", "A\ntrue\n192.168.5.95\nA B C\n"),
        ("Chika", "B\ntrue\n192.168.5.94\n\n"),
    ] {
        netdojo_in(dir.path())
            .args(["class", "take", &take_pack(), "--name", name, "--plain"])
            .write_stdin(answers)
            .assert()
            .success();
    }
    fs::write(dir.path().join("roster.txt"), "Aiko\nBen\nChika\nDai\n").unwrap();
    let output = netdojo_in(dir.path())
        .args([
            "class",
            "report",
            ".",
            "--pack",
            &take_pack(),
            "--roster",
            "roster.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    // The pack's path differs between machines; its hash does not.
    insta::assert_snapshot!(stdout);
}

// ---- export ----------------------------------------------------------------------

#[test]
fn export_writes_gift() {
    netdojo()
        .args(["class", "export", TAKE, "--format", "gift"])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
// Plain exam
// netdojo pack, seed 5, same questions for everyone

$CATEGORY: $course$/Plain exam

::1 mask::Which mask is /26?{
\t~255.255.255.0
\t=255.255.255.192
\t~255.255.255.224
\t####26 one-bits\\: the last octet is 11000000 \\= 192.
}

::2 private::100.64.0.1 is an RFC 1918 private address.{
\tFALSE
\t####100.64.0.0/10 is shared address space for carrier-grade NAT (RFC 6598), not RFC 1918.
}

::3 broadcast::What is the broadcast address of 192.168.5.77/27?{
\t=192.168.5.95
\t####The block of 32 holding 77 is 64-95.
}

::4 sizes::Smallest block first.\\nA. /16\\nB. /24\\nC. /30{
\t=C B A
\t=CBA
\t=C, B, A
\t####Fewer host bits, fewer addresses.
}

",
        );
}

#[test]
fn export_needs_a_format() {
    let output = netdojo().args(["class", "export", TAKE]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("--format <FORMAT>")
    );
}
