//! Load test of the live classroom: 200 students (russh clients on 127.0.0.1) answer a
//! 10-question pack in variant mode. Reports the time from a student's key press to the "answer
//! recorded" screen (p50, p99, max), and the host's CPU time and peak memory per
//! student, read from the /proc of the host, which runs as a child process (this same
//! program, started with LIVE_LOAD_ROLE=host) so the clients' own work is not counted.
//!
//! Run: `cargo bench --bench live_load` (LIVE_LOAD_STUDENTS=N to change the count).
//! Bounded: a fixed number of students and questions, and five minutes at most.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Write};
use std::num::NonZeroU16;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use netdojo::classroom::live::host::{Host, HostOptions, JournalStart};
use netdojo::classroom::live::host_key;
use netdojo::classroom::live::limits::Limits;
use netdojo::classroom::live::model::{Command as Step, Pacing, Setup};
use netdojo::classroom::live::packrun::PackSource;
use russh::ChannelMsg;
use russh::client;
use russh::keys::{Algorithm, PrivateKey, PrivateKeyWithHashAlg, PublicKeyOrCertificate};

const QUESTIONS: usize = 10;
const CODE: &str = "load101";
const LIMIT: Duration = Duration::from_secs(300);

fn main() {
    if std::env::var("LIVE_LOAD_ROLE").as_deref() == Ok("host") {
        host_role();
        return;
    }
    // `cargo bench` passes `--bench`; a plain `cargo test` of benches passes nothing
    // we need, so both just run the load.
    let students: usize = std::env::var("LIVE_LOAD_STUDENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        tokio::time::timeout(LIMIT, load(students))
            .await
            .expect("the load test took longer than five minutes");
    });
}

/// Ten generated subnetting questions in variant mode: every student has their own
/// numbers, built from the pack and their name when they pick it.
const PACK: &str = r#"{
  "format_version": 1, "title": "Load test", "languages": ["en", "ja"], "seed": 2024,
  "mode": "variant", "feedback": "each",
  "questions": [{"source": "generated", "skill": "subnet.host_count", "difficulty": "easy", "count": 10}]
}"#;

fn setup() -> Setup {
    Setup {
        title: "Load test".into(),
        code: CODE.into(),
        pacing: Pacing::Teacher {
            question_secs: None,
        },
        questions: Vec::new(),
        board_visible: true,
        max_students: 1000,
        roster: None,
        pack: Some(PackSource::new("load.json", PACK)),
    }
}

/// The child: a host with the 10-question session; "next" and "quit" on stdin.
fn host_role() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let host = runtime
        .block_on(Host::start(HostOptions {
            listen: "127.0.0.1:0".parse().unwrap(),
            host_key: host_key::load_or_create(dir.path()).unwrap(),
            journal: JournalStart::New {
                path: dir.path().join("load.jsonl"),
                setup: setup(),
            },
            limits: Limits {
                max_connections: 1200,
                ..Limits::default()
            },
            hold: None,
        }))
        .unwrap();
    println!("ready {}", host.local_addr().port());
    std::io::stdout().flush().unwrap();
    for line in std::io::stdin().lock().lines() {
        match line.unwrap().as_str() {
            "next" => {
                let _ = host.hub().command(Step::Next);
            }
            "quit" => break,
            _ => {}
        }
    }
    runtime.block_on(host.shutdown());
}

struct Client;

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

struct Student {
    _handle: client::Handle<Client>,
    channel: russh::Channel<client::Msg>,
    screen: vt100::Parser,
}

impl Student {
    async fn join(port: u16, name: String) -> Student {
        // Interactive clients (OpenSSH included) turn Nagle's algorithm off.
        let config = Arc::new(client::Config {
            nodelay: true,
            ..client::Config::default()
        });
        let mut handle = client::connect(config, ("127.0.0.1", port), Client)
            .await
            .unwrap();
        let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).unwrap();
        let auth = handle
            .authenticate_publickey(CODE, PrivateKeyWithHashAlg::new(Arc::new(key), None))
            .await
            .unwrap();
        assert!(auth.success());
        let channel = handle.channel_open_session().await.unwrap();
        channel
            .request_pty(false, "xterm", 80, 24, 0, 0, &[])
            .await
            .unwrap();
        channel.request_shell(false).await.unwrap();
        let rows = NonZeroU16::new(24).unwrap();
        let cols = NonZeroU16::new(80).unwrap();
        let mut student = Student {
            _handle: handle,
            channel,
            screen: vt100::Parser::new(rows, cols, 0),
        };
        student.wait_for(&["Type the name"]).await;
        student
            .channel
            .data_bytes(format!("{name}\r").into_bytes())
            .await
            .unwrap();
        student.wait_for(&["You are in"]).await;
        student
    }

    async fn wait_for(&mut self, any: &[&str]) {
        loop {
            let text = self.screen.screen().contents();
            if any.iter().any(|needle| text.contains(needle)) {
                return;
            }
            match self.channel.wait().await {
                Some(ChannelMsg::Data { data }) => self.screen.process(&data),
                Some(ChannelMsg::Close) | None => panic!("closed while waiting for {any:?}"),
                Some(_) => {}
            }
        }
    }

    /// Waits for question `number`, thinks for `think`, answers, and returns the
    /// time from the key press to the acknowledgement.
    async fn answer(&mut self, number: usize, choice: u8, think: Duration) -> Duration {
        self.wait_for(&[&format!("Question {number} of {QUESTIONS}")])
            .await;
        tokio::time::sleep(think).await;
        let start = Instant::now();
        self.channel.data_bytes(vec![choice]).await.unwrap();
        self.wait_for(&["recorded.", "You answered"]).await;
        start.elapsed()
    }
}

fn proc_status(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kb| kb.parse().ok())
        .unwrap_or(0)
}

fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
    let clock = Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse::<f64>().ok())
        .unwrap_or(100.0);
    (ticks(11) + ticks(12)) as f64 / clock
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * (sorted.len() as f64)).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

async fn load(count: usize) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env("LIVE_LOAD_ROLE", "host")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut commands = child.stdin.take().unwrap();
    let mut ready = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut ready)
        .unwrap();
    let port: u16 = ready
        .trim()
        .strip_prefix("ready ")
        .unwrap()
        .parse()
        .unwrap();
    let baseline_kb = proc_status(pid, "VmRSS:");
    let cpu_before = cpu_seconds(pid);

    let joined = Instant::now();
    let mut students = Vec::with_capacity(count);
    // Join in waves, as a class does, not all in the same millisecond.
    for wave in (0..count).collect::<Vec<_>>().chunks(25) {
        let joins = wave
            .iter()
            .map(|i| tokio::spawn(Student::join(port, format!("s{i:03}"))));
        for join in joins.collect::<Vec<_>>() {
            students.push(join.await.unwrap());
        }
    }
    let join_time = joined.elapsed();
    let after_join_kb = proc_status(pid, "VmRSS:");

    // The first half of the questions, everyone presses the same instant the question
    // appears (a stress case); the second half, each student thinks 0 to 5 s first,
    // as a class does.
    let mut burst = Vec::with_capacity(count * QUESTIONS / 2);
    let mut latencies = Vec::with_capacity(count * QUESTIONS);
    let played = Instant::now();
    for number in 1..=QUESTIONS {
        let thinking = number > QUESTIONS / 2;
        writeln!(commands, "next").unwrap();
        commands.flush().unwrap();
        let answers = students
            .drain(..)
            .enumerate()
            .map(|(i, mut s)| {
                tokio::spawn(async move {
                    let choice = b'a' + ((i + number) % 4) as u8;
                    let think = if thinking {
                        Duration::from_millis(((i * 7919 + number * 104_729) % 5000) as u64)
                    } else {
                        Duration::ZERO
                    };
                    let took = s.answer(number, choice, think).await;
                    (s, took)
                })
            })
            .collect::<Vec<_>>();
        for answer in answers {
            let (student, took) = answer.await.unwrap();
            if thinking {
                latencies.push(took);
            } else {
                burst.push(took);
            }
            students.push(student);
        }
        // Let the automatic reveal reach everyone before the next question.
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let play_time = played.elapsed();
    let cpu = cpu_seconds(pid) - cpu_before;
    let peak_kb = proc_status(pid, "VmHWM:");
    writeln!(commands, "quit").unwrap();
    drop(commands);
    drop(students);
    let _ = child.wait();

    latencies.sort();
    burst.sort();
    let answers = latencies.len() + burst.len();
    let per_student_kb = peak_kb.saturating_sub(baseline_kb) as f64 / count as f64;
    println!("live classroom load: {count} students, {QUESTIONS} questions, {answers} answers");
    println!(
        "  joins:            {:.1} s for all (key exchange, auth, pty, name)",
        join_time.as_secs_f64()
    );
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  answer -> ack:    p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (answers spread over 5 s, questions 6-10)",
        ms(percentile(&latencies, 50.0)),
        ms(percentile(&latencies, 99.0)),
        ms(latencies.last().copied().unwrap_or_default())
    );
    println!(
        "  all at once:      p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (everyone presses the same instant, questions 1-5)",
        ms(percentile(&burst, 50.0)),
        ms(percentile(&burst, 99.0)),
        ms(burst.last().copied().unwrap_or_default())
    );
    println!(
        "  host CPU:         {cpu:.2} s over {:.1} s of questions ({:.2} ms per answer)",
        play_time.as_secs_f64(),
        cpu * 1000.0 / answers.max(1) as f64
    );
    println!(
        "  host memory:      {baseline_kb} kB before, {after_join_kb} kB after the joins, peak {peak_kb} kB"
    );
    println!("  per student:      {per_student_kb:.0} kB (peak minus the idle host, over {count})");
}
