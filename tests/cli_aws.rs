#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Command-line tests of the AWS calculators: exact output, errors and exit codes.

use assert_cmd::Command;

fn netdojo() -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

// ---- s3 cost ----

#[test]
fn s3_cost_of_the_curriculum_examples() {
    netdojo()
        .args(["s3", "cost", "100GiB", "60TiB", "--rate", "150"])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
Size          100 GiB (binary, 2^30 bytes) = 107,374,182,400 bytes
Billed        100 GB-month (AWS counts a GB of storage as 2^30 bytes)
Prices        S3 Standard, us-east-1, list prices as of 2026-11
Tiers         first 51,200 GB  100 GB × $0.023 = $2.30
Total         $2.30 a month
In yen        ¥345 at ¥150/$
Not included  requests, data transfer out, management features

Size          60 TiB (binary, 2^40 bytes) = 65,970,697,666,560 bytes
Billed        61,440 GB-month (AWS counts a GB of storage as 2^30 bytes)
Prices        S3 Standard, us-east-1, list prices as of 2026-11
Tiers         first 51,200 GB       51,200 GB × $0.023 = $1,177.60
              51,200 to 512,000 GB  10,240 GB × $0.022 = $225.28 (unverified price)
Total         $1,402.88 a month
In yen        ¥210,432 at ¥150/$
Not included  requests, data transfer out, management features
Source        Amazon S3 pricing page, Storage tab; re-check the prices marked unverified
",
        );
}

#[test]
fn s3_cost_of_decimal_gigabytes_says_what_is_billed() {
    netdojo()
        .args(["s3", "cost", "100GB"])
        .assert()
        .success()
        .stdout(
            "\
Size          100 GB (decimal, 10^9 bytes) = 100,000,000,000 bytes
Billed        ≈93.132257 GB-month (AWS counts a GB of storage as 2^30 bytes)
Prices        S3 Standard, us-east-1, list prices as of 2026-11
Tiers         first 51,200 GB  ≈93.132257 GB × $0.023 = $2.142042
Total         $2.142042 a month (a bill rounds it to $2.14)
Not included  requests, data transfer out, management features
",
        );
}

#[test]
fn s3_cost_in_all_three_tiers() {
    netdojo()
        .args(["s3", "cost", "600000GiB"])
        .assert()
        .success()
        .stdout(
            "\
Size          600,000 GiB (binary, 2^30 bytes) = 644,245,094,400,000 bytes
Billed        600,000 GB-month (AWS counts a GB of storage as 2^30 bytes)
Prices        S3 Standard, us-east-1, list prices as of 2026-11
Tiers         first 51,200 GB       51,200 GB × $0.023  = $1,177.60
              51,200 to 512,000 GB  460,800 GB × $0.022 = $10,137.60 (unverified price)
              over 512,000 GB       88,000 GB × $0.021  = $1,848.00 (unverified price)
Total         $13,163.20 a month
Not included  requests, data transfer out, management features
Source        Amazon S3 pricing page, Storage tab; re-check the prices marked unverified
",
        );
}

#[test]
fn s3_cost_json() {
    netdojo()
        .args(["s3", "cost", "100GB", "--rate", "149.5", "--json"])
        .assert()
        .success()
        .stdout(concat!(
            r#"{"input":"100GB","bytes":"100000000000","unit":"GB","unit_family":"decimal","#,
            r#""billed_gb":"93.132257","billed_gb_exact":false,"region":"us-east-1","#,
            r#""storage_class":"S3 Standard","as_of":"2026-11","tiers":[{"from_gb":"0","#,
            r#""up_to_gb":"51200","gb":"93.132257","usd_per_gb_month":"0.023","usd":"2.142042","#,
            r#""verified":true}],"usd":"2.142042","usd_on_bill":"2.14","yen_rate":"149.5","#,
            r#""jpy":"320.235279"}"#,
            "\n"
        ));
}

#[test]
fn s3_cost_bad_sizes() {
    netdojo()
        .args(["s3", "cost", "100", "1GiB"])
        .assert()
        .code(2)
        .stderr("netdojo: \"100\" is not a valid size: the unit is missing: add one of B, KB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024)\n")
        .stdout(
            "\
Size          1 GiB (binary, 2^30 bytes) = 1,073,741,824 bytes
Billed        1 GB-month (AWS counts a GB of storage as 2^30 bytes)
Prices        S3 Standard, us-east-1, list prices as of 2026-11
Tiers         first 51,200 GB  1 GB × $0.023 = $0.023
Total         $0.023 a month (a bill rounds it to $0.02)
Not included  requests, data transfer out, management features
",
        );
    netdojo()
        .args(["s3", "cost", "0.5B", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout("{\"input\":\"0.5B\",\"error\":\"\\\"0.5B\\\" is not a valid size: 0.5 B is not a whole number of bytes\"}\n");
    netdojo()
        .args(["s3", "cost", "1GiB", "--rate", "abc"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"abc\" is not a valid exchange rate in yen per US dollar: abc is not a plain decimal number such as 12 or 0.5\n");
}

// ---- s3 parts ----

#[test]
fn s3_parts_allowed() {
    netdojo()
        .args(["s3", "parts", "50GiB", "--part", "64MiB"])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
Object         50 GiB (binary, 2^30 bytes) = 53,687,091,200 bytes
Part size      64 MiB (binary, 2^20 bytes) = 67,108,864 bytes
Parts          800 (799 parts of 64 MiB, then a last part of 67,108,864 bytes)
Allowed        yes: within every multipart limit
Single PUT     not allowed: larger than 5 GiB, so only a multipart upload can store it
Smallest part  5,368,710 bytes (≈5.12 MiB) keeps the upload within 10,000 parts
",
        );
}

#[test]
fn s3_parts_broken_limits_exit_1() {
    netdojo()
        .args(["s3", "parts", "49TiB", "3GB", "--part", "8MiB"])
        .assert()
        .code(1)
        .stderr("")
        .stdout(
            "\
Object         49 TiB (binary, 2^40 bytes) = 53,876,069,761,024 bytes
Part size      8 MiB (binary, 2^20 bytes) = 8,388,608 bytes
Parts          6,422,528 (6,422,527 parts of 8 MiB, then a last part of 8,388,608 bytes)
Allowed        no, 2 limits broken:
               - the object is 53,876,069,761,024 bytes, more than the largest object, 53,687,091,200,000 bytes (48.8 TiB)
               - 6,422,528 parts is more than the 10,000 allowed
Single PUT     not allowed: larger than 5 GiB, so only a multipart upload can store it
Smallest part  none: the object is larger than 48.8 TiB

Object         3 GB (decimal, 10^9 bytes) = 3,000,000,000 bytes
Part size      8 MiB (binary, 2^20 bytes) = 8,388,608 bytes
Parts          358 (357 parts of 8 MiB, then a last part of 5,266,944 bytes)
Allowed        yes: within every multipart limit
Single PUT     allowed (up to 5 GiB), but AWS recommends multipart from about 100 MB
Smallest part  5,242,880 bytes (5 MiB) keeps the upload within 10,000 parts
",
        );
}

#[test]
fn s3_parts_small_part_and_single_part() {
    netdojo()
        .args(["s3", "parts", "10MiB", "1MiB", "--part", "1MiB"])
        .assert()
        .code(1)
        .stdout(
            "\
Object         10 MiB (binary, 2^20 bytes) = 10,485,760 bytes
Part size      1 MiB (binary, 2^20 bytes) = 1,048,576 bytes
Parts          10 (9 parts of 1 MiB, then a last part of 1,048,576 bytes)
Allowed        no: parts of 1,048,576 bytes are smaller than 5 MiB (5,242,880 bytes), allowed only for the last part
Single PUT     allowed (up to 5 GiB)
Smallest part  5,242,880 bytes (5 MiB) keeps the upload within 10,000 parts

Object         1 MiB (binary, 2^20 bytes) = 1,048,576 bytes
Part size      1 MiB (binary, 2^20 bytes) = 1,048,576 bytes
Parts          1 (a single part of 1,048,576 bytes)
Allowed        yes: within every multipart limit
Single PUT     allowed (up to 5 GiB)
Smallest part  5,242,880 bytes (5 MiB) keeps the upload within 10,000 parts
",
        );
}

#[test]
fn s3_parts_json_and_errors() {
    netdojo()
        .args(["s3", "parts", "1TiB", "2x", "--part", "100MiB", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout(concat!(
            r#"{"input":"1TiB","object_bytes":"1099511627776","part":"100MiB","part_bytes":"104857600","#,
            r#""parts":"10486","last_part_bytes":"79691776","allowed":false,"#,
            r#""problems":["10,486 parts is more than the 10,000 allowed"],"single_put_allowed":false,"#,
            r#""smallest_part_bytes":"109951163"}"#,
            "\n",
            r#"{"input":"2x","error":"\"2x\" is not a valid size: x is not a size unit: use B, KB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024)"}"#,
            "\n"
        ));
    netdojo()
        .args(["s3", "parts", "1GB", "--part", "0MB"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"0MB\" is not a valid part size: a part size of 0 bytes cannot upload anything\n");
}

// ---- ipv4cost ----

#[test]
fn ipv4cost_defaults_to_one_address_for_730_hours() {
    netdojo()
        .args(["ipv4cost"])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
Addresses  1 public IPv4 address
Hours      730 each
Price      $0.005 per address per hour since 2024-02-01
Cost       1 × 730 h × $0.005 = $3.65
Counts     every public IPv4 address: auto-assigned or Elastic IP, in use or idle
Source     Amazon VPC pricing page, \"Public IPv4 Address\" tab
",
        );
}

#[test]
fn ipv4cost_with_yen_and_json() {
    netdojo()
        .args([
            "ipv4cost",
            "--addresses",
            "3",
            "--hours",
            "730",
            "--rate",
            "150",
        ])
        .assert()
        .success()
        .stdout(
            "\
Addresses  3 public IPv4 addresses
Hours      730 each
Price      $0.005 per address per hour since 2024-02-01
Cost       3 × 730 h × $0.005 = $10.95
In yen     ¥1,642.5 at ¥150/$
Counts     every public IPv4 address: auto-assigned or Elastic IP, in use or idle
Source     Amazon VPC pricing page, \"Public IPv4 Address\" tab
",
        );
    netdojo()
        .args(["ipv4cost", "--hours", "720", "--json"])
        .assert()
        .success()
        .stdout(
            "{\"addresses\":\"1\",\"hours\":\"720\",\"usd_per_hour\":\"0.005\",\"usd\":\"3.60\",\"yen_rate\":null,\"jpy\":null}\n",
        );
}

#[test]
fn ipv4cost_bad_numbers() {
    netdojo()
        .args(["ipv4cost", "--hours", "1.5"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"1.5\" is not a valid number of hours: expected a whole number such as 730\n");
    netdojo()
        .args(["ipv4cost", "--addresses", "-1", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout("{\"input\":\"-1\",\"error\":\"\\\"-1\\\" is not a valid number of addresses: expected a whole number such as 730\"}\n");
}

// ---- weighted ----

#[test]
fn weighted_shares_from_weights() {
    netdojo()
        .args(["weighted", "70,20,10"])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
RECORD  WEIGHT  SHARE  PERCENT
#1          70   7/10      70%
#2          20    1/5      20%
#3          10   1/10      10%
Sum of weights 100: each record gets its weight / 100 of the answers.
",
        );
}

#[test]
fn weighted_zero_weights() {
    netdojo()
        .args(["weighted", "blue=90,green=0"])
        .assert()
        .success()
        .stdout(
            "\
RECORD  WEIGHT  SHARE  PERCENT
blue        90      1     100%
green        0      0       0%
Sum of weights 90: each record gets its weight / 90 of the answers.
A record of weight 0 gets no answers while a record with a non-zero weight is healthy.
",
        );
    netdojo()
        .args(["weighted", "0", "0", "0"])
        .assert()
        .success()
        .stdout(
            "\
RECORD  WEIGHT  SHARE  PERCENT
#1           0    1/3  ≈33.33%
#2           0    1/3  ≈33.33%
#3           0    1/3  ≈33.33%
Every weight is 0: Route 53 answers with each record equally often.
",
        );
}

#[test]
fn weighted_targets_exact_and_closest() {
    netdojo()
        .args(["weighted", "--target", "95,5"])
        .assert()
        .success()
        .stdout(
            "\
RECORD  TARGET  WEIGHT  SHARE  PERCENT
#1         95%      19  19/20      95%
#2          5%       1   1/20       5%
Exact: weights 19, 1 give these shares, and no smaller whole weights do.
",
        );
    netdojo()
        .args(["weighted", "--target", "33.33,33.33,33.34"])
        .assert()
        .success()
        .stdout(
            "\
RECORD  TARGET  WEIGHT  SHARE  PERCENT
#1      33.33%       1    1/3  ≈33.33%
#2      33.33%       1    1/3  ≈33.33%
#3      33.34%       1    1/3  ≈33.33%
Closest: no whole weights from 0 to 255 give these shares exactly; weights 1, 1, 1 are off by at most 0.0067 percentage points.
",
        );
}

#[test]
fn weighted_json() {
    netdojo()
        .args(["weighted", "70,20,10", "--json"])
        .assert()
        .success()
        .stdout(concat!(
            r##"{"total":100,"all_zero":false,"records":["##,
            r##"{"name":"#1","weight":70,"share":"7/10","percent":"70","percent_exact":true},"##,
            r##"{"name":"#2","weight":20,"share":"1/5","percent":"20","percent_exact":true},"##,
            r##"{"name":"#3","weight":10,"share":"1/10","percent":"10","percent_exact":true}]}"##,
            "\n"
        ));
    netdojo()
        .args(["weighted", "--target", "99.9,0.1", "--json"])
        .assert()
        .success()
        .stdout(concat!(
            r##"{"total":256,"all_zero":false,"exact":false,"max_error_percent":"0.290625","records":["##,
            r##"{"name":"#1","target":"99.9","weight":255,"share":"255/256","percent":"99.609375","percent_exact":true},"##,
            r##"{"name":"#2","target":"0.1","weight":1,"share":"1/256","percent":"0.390625","percent_exact":true}]}"##,
            "\n"
        ));
}

#[test]
fn weighted_bad_input() {
    netdojo()
        .args(["weighted", "300,1"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"300\" is not a valid weight: 300 is over 255, the largest Route 53 weight\n");
    netdojo()
        .args(["weighted", "--target", "90,5"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "netdojo: \"90,5\" is not a valid set of shares: the shares add up to 95%, not 100%\n",
        );
    netdojo()
        .args(["weighted", "--target", "a,100", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout("{\"input\":\"a\",\"error\":\"\\\"a\\\" is not a valid share: a is not a share: a share is a percentage from 0 to 100 with at most 6 decimal places, such as 5 or 12.5\"}\n");
}

// ---- instance ----

#[test]
fn instance_decodes_every_part() {
    netdojo()
        .args(["instance", "c7gn.2xlarge"])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
Type          c7gn.2xlarge
Family        c7gn (everything before the dot)
Series        c: compute optimized
Category      compute optimized
Generation    7
Processor     g: AWS Graviton processor (Arm)
Capabilities  n: network and EBS optimized
Size          2xlarge = 4 × large, normalization factor 16
",
        );
}

#[test]
fn instance_compares_sizes_of_one_family() {
    netdojo()
        .args(["instance", "m5.large", "m5.4xlarge"])
        .assert()
        .success()
        .stdout(
            "\
Type          m5.large
Family        m5 (everything before the dot)
Series        m: general purpose
Category      general purpose
Generation    5
Processor     not in the name
Capabilities  none in the name
Size          large, normalization factor 4

Type          m5.4xlarge
Family        m5 (everything before the dot)
Series        m: general purpose
Category      general purpose
Generation    5
Processor     not in the name
Capabilities  none in the name
Size          4xlarge = 8 × large, normalization factor 32

Compare  1 m5.4xlarge = 8 × m5.large
",
        );
}

#[test]
fn instance_variants_and_fractions_of_large() {
    netdojo()
        .args(["instance", "x2iedn.xlarge", "t3.nano", "u7i-12tb.224xlarge"])
        .assert()
        .success()
        .stdout(
            "\
Type          x2iedn.xlarge
Family        x2iedn (everything before the dot)
Series        x: memory intensive (extra-large memory)
Category      memory optimized
Generation    2
Processor     i: Intel processor
Capabilities  e: extra storage or memory
              d: local NVMe instance store
              n: network and EBS optimized
Size          xlarge = 2 × large, normalization factor 8

Type          t3.nano
Family        t3 (everything before the dot)
Series        t: burstable general purpose (CPU credits)
Category      general purpose
Generation    3
Processor     not in the name
Capabilities  none in the name
Size          nano = 1/16 × large, normalization factor 0.25

Type          u7i-12tb.224xlarge
Family        u7i-12tb (everything before the dot)
Series        u: high memory (terabytes, for large in-memory databases)
Category      memory optimized
Generation    7
Processor     i: Intel processor
Capabilities  none in the name
Variant       12 TB of memory
Size          224xlarge = 448 × large, normalization factor 1792
",
        );
}

#[test]
fn instance_says_why_two_types_are_not_compared() {
    netdojo()
        .args(["instance", "m5.metal", "m5.large"])
        .assert()
        .success()
        .stdout(predicates::str::ends_with(
            "\
Size          large, normalization factor 4

Compare  not compared: m5.metal is a metal size: it matches the largest size of its family, which the name does not say
",
        ));
}

#[test]
fn instance_json_and_errors() {
    netdojo()
        .args(["instance", "m5.large", "q5.x", "m5.2xlarge", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout(concat!(
            r#"{"input":"m5.large","type":"m5.large","family":"m5","series":"m","series_meaning":"general purpose","#,
            r#""category":"general_purpose","generation":5,"processor":null,"capabilities":[],"variant":null,"#,
            r#""size":"large","per_large":"1","normalization_factor":"4"}"#,
            "\n",
            r#"{"input":"q5.x","error":"\"q5.x\" is not a valid instance type: q is not a known series: the family starts with one of a, c, d, dl, f, g, gr, h, hpc, i, im, inf, is, m, mac, p, r, t, trn, u, vt, x, z"}"#,
            "\n",
            r#"{"input":"m5.2xlarge","type":"m5.2xlarge","family":"m5","series":"m","series_meaning":"general purpose","#,
            r#""category":"general_purpose","generation":5,"processor":null,"capabilities":[],"variant":null,"#,
            r#""size":"2xlarge","per_large":"4","normalization_factor":"16"}"#,
            "\n",
            r#"{"part":"m5.large","whole":"m5.2xlarge","how_many":"4"}"#,
            "\n"
        ));
    netdojo()
        .args(["instance", "c7x.large"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"c7x.large\" is not a valid instance type: x in c7x is not a known letter: after the generation come a (AMD), g (Graviton), i (Intel), b, d, e, n, q, z\n");
}

// ---- cert ----

#[test]
fn cert_one_label_wildcard_and_the_apex() {
    netdojo()
        .args([
            "cert",
            "--san",
            "*.example.jp,example.jp",
            "static.example.jp",
            "Example.JP.",
            "a.b.example.jp",
        ])
        .assert()
        .code(1)
        .stderr("")
        .stdout(
            "\
Certificate  *.example.jp, example.jp

static.example.jp: covered by *.example.jp
  * *.example.jp  yes: * stands for the one label static
    example.jp    no: a different name

example.jp: covered by example.jp
    *.example.jp  no: example.jp is the apex of *.example.jp, and a * must stand for one label; add example.jp as its own name
  * example.jp    yes: the same name (case does not matter)

a.b.example.jp: not covered
    *.example.jp  no: *.example.jp covers one label before example.jp, and a.b.example.jp has 2 (a.b)
    example.jp    no: a different name
",
        );
}

#[test]
fn cert_all_covered_exits_0() {
    netdojo()
        .args(["cert", "--san", "*.example.tokyo", "static.example.tokyo"])
        .assert()
        .success()
        .stdout(
            "\
Certificate  *.example.tokyo

static.example.tokyo: covered by *.example.tokyo
  * *.example.tokyo  yes: * stands for the one label static
",
        );
}

#[test]
fn cert_json_and_errors() {
    netdojo()
        .args(["cert", "--san", "*.example.tokyo", "example.tokyo", "a_b.example.tokyo", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout(concat!(
            r#"{"name":"example.tokyo","covered":false,"covered_by":null,"checks":[{"san":"*.example.tokyo","#,
            r#""matches":false,"verdict":"apex","reason":"no: example.tokyo is the apex of *.example.tokyo, "#,
            r#"and a * must stand for one label; add example.tokyo as its own name"}]}"#,
            "\n",
            r#"{"input":"a_b.example.tokyo","error":"\"a_b.example.tokyo\" is not a valid host name: "#,
            r#"'_' cannot appear in a host name: use letters, digits and hyphens between dots"}"#,
            "\n"
        ));
    netdojo()
        .args(["cert", "--san", "f*.example.jp", "x.example.jp"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"f*.example.jp\" is not a valid certificate name: f* is a partial wildcard: a * must be the whole left-most label, as in *.example.jp\n");
    netdojo()
        .args(["cert", "--san", "*.jp", "x.jp"])
        .assert()
        .code(2)
        .stderr("netdojo: \"*.jp\" is not a valid certificate name: *.jp is too broad: a wildcard needs at least two labels after it, as in *.example.jp\n");
}

// ---- mysqlhost ----

#[test]
fn mysqlhost_the_curriculum_pattern() {
    netdojo()
        .args([
            "mysqlhost",
            "--account",
            "'app'@'10.0.%'",
            "10.0.11.10",
            "10.1.0.5",
        ])
        .assert()
        .code(1)
        .stderr("")
        .stdout(
            "\
Accounts, most specific first:
  1  'app'@'10.0.%'  pattern, first wildcard after 5 characters

10.0.11.10 (any user) -> 'app'@'10.0.%'
  * 'app'@'10.0.%'  matches: 10.0.11.10 fits the pattern 10.0.%

10.1.0.5 (any user) -> no account matches: MySQL refuses the connection
    'app'@'10.0.%'  no: 10.1.0.5 does not fit the pattern 10.0.%
",
        );
}

#[test]
fn mysqlhost_most_specific_account_wins() {
    netdojo()
        .args([
            "mysqlhost",
            "--account",
            "'app'@'%'",
            "--account",
            "'app'@'10.0.11.10'",
            "--account",
            "''@'localhost'",
            "--account",
            "'app'@'10.0.0.0/255.255.255.0'",
            "app@10.0.11.10",
            "bob@localhost",
            "app@10.0.0.9",
        ])
        .assert()
        .success()
        .stdout(
            "\
Accounts, most specific first:
  1  'app'@'10.0.11.10'              no wildcard: most specific (tie)
  2  'app'@'10.0.0.0/255.255.255.0'  address with netmask: as specific as a literal (tie)
  3  ''@'localhost'                  no wildcard: most specific
  4  'app'@'%'                       % alone: any host

app@10.0.11.10 -> 'app'@'10.0.11.10'
  * 'app'@'10.0.11.10'              matches: the same address as 10.0.11.10
    'app'@'10.0.0.0/255.255.255.0'  no: 10.0.11.10 AND 255.255.255.0 is 10.0.11.0, not 10.0.0.0
    ''@'localhost'                  no: localhost is a different host
    'app'@'%'                       matches too (% matches any host), but 'app'@'10.0.11.10' comes first

bob@localhost -> ''@'localhost'
    'app'@'10.0.11.10'              no: the user is app, not bob
    'app'@'10.0.0.0/255.255.255.0'  no: the user is app, not bob
  * ''@'localhost'                  matches: the same host name as localhost (case does not matter)
    'app'@'%'                       no: the user is app, not bob

app@10.0.0.9 -> 'app'@'10.0.0.0/255.255.255.0'
    'app'@'10.0.11.10'              no: 10.0.11.10 is a different host
  * 'app'@'10.0.0.0/255.255.255.0'  matches: 10.0.0.9 AND 255.255.255.0 is 10.0.0.0, the account's network
    ''@'localhost'                  no: localhost is a different host
    'app'@'%'                       matches too (% matches any host), but 'app'@'10.0.0.0/255.255.255.0' comes first
",
        );
}

#[test]
fn mysqlhost_json_and_errors() {
    netdojo()
        .args(["mysqlhost", "--account", "'wp'@'%.example.jp'", "wp@WEB1.example.jp", "wp@1.2.example.jp", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout(concat!(
            r#"{"client":"web1.example.jp","user":"wp","account":"'wp'@'%.example.jp'","checks":[{"account":"'wp'@'%.example.jp'","#,
            r#""rank":1,"matches":true,"chosen":true,"tie":false,"reason":"matches: web1.example.jp fits the pattern %.example.jp"}]}"#,
            "\n",
            r#"{"input":"wp@1.2.example.jp","error":"\"wp@1.2.example.jp\" is not a valid client: MySQL never matches host names "#,
            r#"that start with digits and a dot, such as 1.2.example.jp: give the client's IP address"}"#,
            "\n"
        ));
    netdojo()
        .args(["mysqlhost", "--account", "'app'@'10.0.%", "10.0.0.1"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "netdojo: \"'app'@'10.0.%\" is not a valid MySQL account: a quote ' is not closed\n",
        );
}

// ---- sg and nacl ----

#[test]
fn sg_allows_from_the_referenced_group() {
    netdojo()
        .args([
            "sg",
            "--rules",
            "assets/sg/db.txt",
            "--from",
            "10.0.1.5",
            "--proto",
            "tcp",
            "--port",
            "3306",
            "--from-sg",
            "sg-web",
        ])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
Rules     2 inbound rules from \"assets/sg/db.txt\"
Packet    inbound tcp port 3306 from 10.0.1.5 (sg-web)
Decision  allowed by rule 1 (tcp 3306 sg-web)
State     stateful: the replies of this connection go back out without an outbound rule

   #  RULE                WHY
*  1  tcp 3306 sg-web     allows it: tcp port 3306, and the sender is in sg-web
   2  tcp 22 10.0.0.0/16  no: port 3306 is outside the rule's range
",
        );
}

#[test]
fn sg_denies_by_default() {
    netdojo()
        .args([
            "sg",
            "--rules",
            "assets/sg/db.txt",
            "--from",
            "10.0.1.5",
            "--proto",
            "tcp",
            "--port",
            "3306",
        ])
        .assert()
        .code(1)
        .stdout(
            "\
Rules     2 inbound rules from \"assets/sg/db.txt\"
Packet    inbound tcp port 3306 from 10.0.1.5
Decision  denied: no rule allows it, and what no rule allows is dropped
State     a security group has allow rules only; there is nothing to deny explicitly

  #  RULE                WHY
  1  tcp 3306 sg-web     no: the sender is not in sg-web
  2  tcp 22 10.0.0.0/16  no: port 3306 is outside the rule's range
",
        );
}

#[test]
fn sg_ipv6_and_json() {
    netdojo()
        .args([
            "sg",
            "--rules",
            "assets/sg/web.txt",
            "--from",
            "2001:db8::7",
            "--proto",
            "tcp",
            "--port",
            "443",
        ])
        .assert()
        .success()
        .stdout(
            "\
Rules     4 inbound rules from \"assets/sg/web.txt\"
Packet    inbound tcp port 443 from 2001:db8::7
Decision  allowed by rule 3 (tcp 443 ::/0)
State     stateful: the replies of this connection go back out without an outbound rule

   #  RULE                   WHY
   1  tcp 80 0.0.0.0/0       no: port 443 is outside the rule's range
   2  tcp 443 0.0.0.0/0      no: 0.0.0.0/0 is an IPv4 block and 2001:db8::7 is IPv6
*  3  tcp 443 ::/0           allows it: tcp port 443, and 2001:db8::7 is in ::/0
   4  tcp 22 203.0.113.0/24  no: port 443 is outside the rule's range
",
        );
    netdojo()
        .args(["sg", "--rules", "-", "--from", "10.0.0.9", "--proto", "udp", "--port", "53", "--json"])
        .write_stdin("udp 53 10.0.0.0/16 # DNS\n")
        .assert()
        .success()
        .stdout(concat!(
            r#"{"packet":{"address":"10.0.0.9","groups":[],"protocol":"udp","port":53},"allowed":true,"allowed_by":[1],"#,
            r#""checks":[{"rule":1,"text":"udp 53 10.0.0.0/16","description":"DNS","verdict":"matches","#,
            r#""reason":"allows it: udp port 53, and 10.0.0.9 is in 10.0.0.0/16"}]}"#,
            "\n"
        ));
}

#[test]
fn sg_bad_input() {
    netdojo()
        .args(["sg", "--rules", "-", "--from", "1.2.3.4", "--proto", "tcp", "--port", "80"])
        .write_stdin("tcp 443 0.0.0.0/0\ntcp 80 10.0.1.5/24\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: rules standard input: line 2: 10.0.1.5/24 has host bits set: the block is 10.0.1.0/24\n");
    netdojo()
        .args(["sg", "--rules", "assets/sg/web.txt", "--from", "1.2.3.4", "--proto", "all", "--port", "80"])
        .assert()
        .code(2)
        .stderr("netdojo: \"all\" is not a valid protocol for a packet: a packet has one protocol: tcp, udp or icmp, not all\n");
    netdojo()
        .args(["sg", "--rules", "assets/sg/web.txt", "--from", "1.2.3.4", "--proto", "tcp", "--port", "70000", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout("{\"input\":\"70000\",\"error\":\"\\\"70000\\\" is not a valid port: it must be 0 to 65535\"}\n");
    netdojo()
        .args([
            "sg",
            "--rules",
            "assets/sg/web.txt",
            "--from",
            "1.2.3",
            "--proto",
            "tcp",
            "--port",
            "80",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::starts_with(
            "netdojo: \"1.2.3\" is not a valid address: ",
        ));
}

#[test]
fn nacl_first_match_wins_and_stateless_note() {
    netdojo()
        .args([
            "nacl", "--rules", "assets/sg/nacl-inbound.txt", "--from", "203.0.113.7", "--proto",
            "tcp", "--port", "443",
        ])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
Rules     5 numbered rules from \"assets/sg/nacl-inbound.txt\", lowest number first
Packet    inbound tcp port 443 from 203.0.113.7
Decision  allowed by rule 110 (allow tcp port 443, 0.0.0.0/0)
State     stateless: the reply to the client's ephemeral port needs an outbound rule too (1024-65535 covers every client)

   RULE  ACTION                      CIDR             WHY
     90  deny tcp port 443           198.51.100.0/24  no: 203.0.113.7 is not in 198.51.100.0/24
    100  allow tcp port 80           0.0.0.0/0        no: port 443 is outside the rule's range
*   110  allow tcp port 443          0.0.0.0/0        matches first: allow
    120  allow tcp port 22           203.0.113.0/24   not reached: rule 110 already decided
    130  allow tcp ports 1024-65535  0.0.0.0/0        not reached: rule 110 already decided
      *  deny all traffic            any              not reached
",
        );
}

#[test]
fn nacl_deny_rule_and_default_rule() {
    netdojo()
        .args([
            "nacl",
            "--rules",
            "assets/sg/nacl-inbound.txt",
            "--from",
            "198.51.100.7",
            "--proto",
            "tcp",
            "--port",
            "443",
        ])
        .assert()
        .code(1)
        .stdout(predicates::str::contains(
            "Decision  denied by rule 90 (deny tcp port 443, 198.51.100.0/24)\n",
        ));
    netdojo()
        .args([
            "nacl",
            "--rules",
            "assets/sg/nacl-inbound.txt",
            "--from",
            "198.51.100.7",
            "--proto",
            "udp",
            "--port",
            "53",
        ])
        .assert()
        .code(1)
        .stdout(
            "\
Rules     5 numbered rules from \"assets/sg/nacl-inbound.txt\", lowest number first
Packet    inbound udp port 53 from 198.51.100.7
Decision  denied by the default rule *: no numbered rule matches
State     stateless: each packet is judged alone, nothing is remembered from earlier packets

   RULE  ACTION                      CIDR             WHY
     90  deny tcp port 443           198.51.100.0/24  no: the rule is for tcp, the packet is udp
    100  allow tcp port 80           0.0.0.0/0        no: the rule is for tcp, the packet is udp
    110  allow tcp port 443          0.0.0.0/0        no: the rule is for tcp, the packet is udp
    120  allow tcp port 22           203.0.113.0/24   no: the rule is for tcp, the packet is udp
    130  allow tcp ports 1024-65535  0.0.0.0/0        no: the rule is for tcp, the packet is udp
*     *  deny all traffic            any              decides: no numbered rule matched
",
        );
}

#[test]
fn nacl_outbound_json_and_errors() {
    netdojo()
        .args([
            "nacl", "--rules", "assets/sg/nacl-outbound.txt", "--to", "203.0.113.7", "--proto",
            "tcp", "--port", "50123", "--json",
        ])
        .assert()
        .success()
        .stdout(concat!(
            r#"{"direction":"outbound","packet":{"address":"203.0.113.7","groups":[],"protocol":"tcp","port":50123},"#,
            r#""allowed":true,"action":"allow","decided_by":"120","checks":["#,
            r#"{"number":100,"rule":"100 allow tcp 80 0.0.0.0/0","description":null,"verdict":"port_outside","#,
            r#""reason":"no: port 50123 is outside the rule's range"},"#,
            r#"{"number":110,"rule":"110 allow tcp 443 0.0.0.0/0","description":null,"verdict":"port_outside","#,
            r#""reason":"no: port 50123 is outside the rule's range"},"#,
            r#"{"number":120,"rule":"120 allow tcp 1024-65535 0.0.0.0/0","description":"replies to clients' ephemeral ports","#,
            r#""verdict":"matches","reason":"matches first: allow"}]}"#,
            "\n"
        ));
    netdojo()
        .args(["nacl", "--rules", "assets/sg/web.txt", "--from", "1.2.3.4", "--proto", "tcp", "--port", "80"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: rules \"assets/sg/web.txt\": line 2: expected NUMBER ACTION PROTOCOL PORTS CIDR, such as 100 allow tcp 443 0.0.0.0/0, not \"tcp 80 0.0.0.0/0\"\n");
}

// ---- help ----

/// Every `netdojo ...` example line in a subcommand's help runs without a usage error.
#[test]
fn help_examples_run() {
    for command in [&["s3", "cost"][..], &["s3", "parts"], &["ipv4cost"]] {
        let output = netdojo().args(command).arg("--help").output().unwrap();
        assert!(output.status.success());
        let help = String::from_utf8(output.stdout).unwrap();
        let examples: Vec<&str> = help
            .lines()
            .filter_map(|line| line.strip_prefix("  netdojo "))
            .collect();
        assert!(!examples.is_empty(), "{command:?} has no examples");
        for example in examples {
            let args = shell_words(example);
            let code = netdojo().args(&args).output().unwrap().status.code();
            assert!(matches!(code, Some(0 | 1)), "{example}: exit {code:?}");
        }
    }
}

/// Splits an example line into arguments: spaces separate, single or double quotes group.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    let mut in_word = false;
    for ch in line.chars() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(ch);
                in_word = true;
            }
            (None, ' ') => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// Every `$ netdojo ...` block of the usage page shows what the command prints today.
#[test]
fn usage_page_shows_real_output() {
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/usage/aws-calculators.md"),
    )
    .unwrap();
    let mut checked = 0;
    for block in page.split("```console\n").skip(1) {
        let block = block.split("```").next().unwrap();
        let (command, expected) = block.split_once('\n').unwrap();
        let command = command.strip_prefix("$ netdojo ").unwrap();
        let output = netdojo().args(shell_words(command)).output().unwrap();
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            expected,
            "{command}"
        );
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} examples found");
}
