//! A classroom host in the test process and students as russh clients on 127.0.0.1.
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use netdojo::classroom::live::commit::JournalHold;
use netdojo::classroom::live::host::{Host, HostOptions, JournalStart};
use netdojo::classroom::live::host_key;
use netdojo::classroom::live::limits::Limits;
use netdojo::classroom::live::model::{LiveQuestion, Pacing, Setup};
use russh::client;
use russh::keys::{Algorithm, HashAlg, PrivateKey, PrivateKeyWithHashAlg, PublicKeyOrCertificate};
use russh::{ChannelMsg, Disconnect};
use tempfile::TempDir;

pub const CODE: &str = "net101";

/// How long any wait may take before the test gives up (a guard, not a measure).
pub const PATIENCE: Duration = Duration::from_secs(20);

pub fn setup() -> Setup {
    let mut q1 = LiveQuestion::new(
        "q1",
        "How many usable hosts in a /26?",
        "/26 で使えるホスト数は？",
        &["64", "62", "30", "126"],
        1,
    );
    q1.points = 10;
    let q2 = LiveQuestion::new(
        "q2",
        "Broadcast of 10.0.0.0/24?",
        "10.0.0.0/24 のブロードキャストは？",
        &["10.0.0.255", "10.0.0.254"],
        0,
    );
    Setup {
        title: "Test class".into(),
        code: CODE.into(),
        pacing: Pacing::Teacher {
            question_secs: None,
        },
        questions: vec![q1, q2],
        board_visible: true,
        max_students: 40,
        roster: None,
        pack: None,
    }
}

pub fn fast_limits() -> Limits {
    Limits {
        auth_rejection_time: Duration::from_millis(10),
        ..Limits::default()
    }
}

pub struct Class {
    pub host: Host,
    pub dir: TempDir,
    pub journal: PathBuf,
}

pub async fn start(setup: Setup, limits: Limits, hold: Option<JournalHold>) -> Class {
    let dir = tempfile::tempdir().unwrap();
    let key = host_key::load_or_create(&dir.path().join("home")).unwrap();
    let journal = dir.path().join("class.jsonl");
    let host = Host::start(HostOptions {
        listen: "127.0.0.1:0".parse().unwrap(),
        host_key: key,
        journal: JournalStart::New {
            path: journal.clone(),
            setup,
        },
        limits,
        hold,
    })
    .await
    .unwrap();
    Class { host, dir, journal }
}

pub fn new_key() -> PrivateKey {
    PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).unwrap()
}

pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

pub struct Client;

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

pub async fn connect(addr: std::net::SocketAddr) -> Result<client::Handle<Client>, russh::Error> {
    let config = Arc::new(client::Config {
        nodelay: true,
        ..client::Config::default()
    });
    client::connect(config, addr, Client).await
}

pub async fn login(
    addr: std::net::SocketAddr,
    user: &str,
    key: &PrivateKey,
) -> (client::Handle<Client>, bool) {
    let mut handle = connect(addr).await.unwrap();
    let key = PrivateKeyWithHashAlg::new(Arc::new(key.clone()), None);
    let ok = handle
        .authenticate_publickey(user, key)
        .await
        .map(|r| r.success())
        .unwrap_or(false);
    (handle, ok)
}

/// A student at an 80x24 terminal.
pub struct Student {
    pub handle: client::Handle<Client>,
    pub channel: russh::Channel<client::Msg>,
    pub screen: vt100::Parser,
    pub closed: bool,
    pub exit_status: Option<u32>,
    pub raw: Vec<u8>,
}

pub async fn join(addr: std::net::SocketAddr, key: &PrivateKey) -> Student {
    let (handle, ok) = login(addr, CODE, key).await;
    assert!(ok, "the key should be accepted");
    let channel = handle.channel_open_session().await.unwrap();
    channel
        .request_pty(false, "xterm-256color", 80, 24, 0, 0, &[])
        .await
        .unwrap();
    channel.request_shell(false).await.unwrap();
    Student {
        handle,
        channel,
        screen: vt100::Parser::new(
            std::num::NonZeroU16::new(24).unwrap(),
            std::num::NonZeroU16::new(80).unwrap(),
            0,
        ),
        closed: false,
        exit_status: None,
        raw: Vec::new(),
    }
}

impl Student {
    pub async fn send(&self, bytes: &[u8]) {
        self.channel.data_bytes(bytes.to_vec()).await.unwrap();
    }

    pub fn text(&self) -> String {
        self.screen.screen().contents()
    }

    /// Reads until the screen shows `needle`.
    pub async fn wait_for(&mut self, needle: &str) -> String {
        let found = tokio::time::timeout(PATIENCE, async {
            loop {
                let text = self.text();
                if text.contains(needle) {
                    return text;
                }
                if !self.read_one().await {
                    panic!("the channel closed before {needle:?} showed; screen:\n{text}");
                }
            }
        })
        .await;
        match found {
            Ok(text) => text,
            Err(_) => panic!("{needle:?} never showed; screen:\n{}", self.text()),
        }
    }

    /// Reads everything until the channel closes; returns the raw bytes after the
    /// quiz screen was left.
    pub async fn wait_closed(&mut self) -> String {
        tokio::time::timeout(PATIENCE, async { while self.read_one().await {} })
            .await
            .expect("the channel never closed");
        String::from_utf8_lossy(&self.raw).into_owned()
    }

    async fn read_one(&mut self) -> bool {
        match self.channel.wait().await {
            Some(ChannelMsg::Data { data }) => {
                self.screen.process(&data);
                self.raw.extend_from_slice(&data);
                true
            }
            Some(ChannelMsg::ExtendedData { data, .. }) => {
                self.raw.extend_from_slice(&data);
                true
            }
            Some(ChannelMsg::ExitStatus { exit_status }) => {
                self.exit_status = Some(exit_status);
                true
            }
            Some(ChannelMsg::Close) | None => {
                self.closed = true;
                false
            }
            Some(_) => true,
        }
    }

    pub async fn quit(self) {
        let _ = self
            .handle
            .disconnect(Disconnect::ByApplication, "", "en")
            .await;
    }
}

pub fn journal_lines(path: &std::path::Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub fn answers_in(path: &std::path::Path) -> Vec<(String, u64, u64)> {
    journal_lines(path)
        .into_iter()
        .filter(|v| v["event"] == "answer")
        .map(|v| {
            (
                v["student"].as_str().unwrap().to_string(),
                v["question"].as_u64().unwrap(),
                v["choice"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// The typed answers (a pack session's) in a journal: student, question, text.
#[allow(dead_code)]
pub fn typed_in(path: &std::path::Path) -> Vec<(String, u64, String)> {
    journal_lines(path)
        .into_iter()
        .filter(|v| v["event"] == "typed")
        .map(|v| {
            (
                v["student"].as_str().unwrap().to_string(),
                v["question"].as_u64().unwrap(),
                v["typed"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Waits until `check` holds on the host's session.
pub async fn until(
    host: &Host,
    check: impl Fn(&netdojo::classroom::live::model::LiveSession) -> bool,
) {
    tokio::time::timeout(PATIENCE, async {
        while !host.hub().read(&check) {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("the session never reached the expected state");
}
