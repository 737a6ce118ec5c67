//! One student's connection once their shell starts: reads their keys, asks the hub
//! to record names and answers, waits for the journal before saying "recorded", and
//! redraws their screen when the session changes.

use std::sync::Arc;
use std::time::Duration;

use russh::ChannelId;
use russh::server::Handle;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep_until, timeout};

use super::hub::{Hub, RecordError, now_ms};
use super::identity::Fingerprint;
use super::keys::{Key, KeyParser};
use super::model::{Event, Phase, Refusal};
use super::screen::{StudentUi, StudentView, UiAction};
use super::terminal::{ENTER, FrameTap, LEAVE, SshTerminal, new_terminal, viewport};
use super::text::{Goodbye, Lang, Notice, refusal};
use super::view::draw_student;

/// How long a lone ESC waits for the rest of a sequence before it counts as Escape.
const ESC_WAIT: Duration = Duration::from_millis(60);
/// How long an answer may wait for the journal before the screen says "saving".
const SAVING_AFTER: Duration = Duration::from_millis(30);
/// The shortest time between two redraws caused by other people's actions.
const REFRESH_GAP: Duration = Duration::from_millis(60);

/// What the SSH side passes to a running student screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Bytes typed.
    Data(Vec<u8>),
    /// The window's new size.
    Resize {
        /// Columns.
        cols: u32,
        /// Rows.
        rows: u32,
    },
    /// A refused request to show as a note.
    Notice(Notice),
}

/// Everything a student screen needs to run.
#[derive(Debug)]
pub struct StudentLink {
    /// The shared state.
    pub hub: Arc<Hub>,
    /// The SSH session, to send data.
    pub handle: Handle,
    /// The session channel.
    pub channel: ChannelId,
    /// The student's key.
    pub fingerprint: Fingerprint,
    /// This connection's number.
    pub conn: u64,
    /// The language asked for by the client's locale.
    pub lang: Lang,
    /// The size from the pty request.
    pub size: (u32, u32),
    /// Keys, resizes and notes from the SSH side; closed when the client goes.
    pub inputs: mpsc::Receiver<Input>,
    /// Notes from requests refused before the screen started.
    pub notices: Vec<Notice>,
}

/// Why the screen loop ended.
enum End {
    /// Say goodbye on the channel, then close it (and drop the connection if
    /// `disconnect`).
    Goodbye(Goodbye, bool),
    /// The client is gone; nothing to say.
    Gone,
}

struct Screen {
    hub: Arc<Hub>,
    handle: Handle,
    channel: ChannelId,
    me: Fingerprint,
    ui: StudentUi,
    terminal: SshTerminal,
    tap: FrameTap,
    parser: KeyParser,
    last_view: Option<StudentView>,
    garbage: u32,
}

/// Runs a student's screen until they leave, their client goes, or the host closes.
pub async fn run(link: StudentLink) {
    let StudentLink {
        hub,
        handle,
        channel,
        fingerprint,
        conn,
        lang,
        size,
        mut inputs,
        notices,
    } = link;
    let send_timeout = hub.limits().send_timeout;
    if let Err(Refusal::ClassFull { max }) = hub.read(|s| s.may_join(&fingerprint)) {
        let line = Goodbye::ClassFull { max }.line(lang, None);
        say_and_close(&handle, channel, line.as_bytes(), send_timeout, true).await;
        return;
    }
    let kicked = match hub.connect(&fingerprint, conn) {
        Ok(kicked) => kicked,
        Err(e) => {
            let line = match &e {
                RecordError::Refused(r) => format!("netdojo: {}\r\n", refusal(lang, r)),
                RecordError::Journal(j) => format!("netdojo: {j}\r\n"),
            };
            say_and_close(&handle, channel, line.as_bytes(), send_timeout, true).await;
            return;
        }
    };
    let Ok((terminal, tap)) = new_terminal(size.0, size.1) else {
        hub.disconnect(&fingerprint, conn);
        return;
    };
    let mut screen = Screen {
        hub: Arc::clone(&hub),
        handle: handle.clone(),
        channel,
        me: fingerprint.clone(),
        ui: StudentUi::new(lang),
        terminal,
        tap,
        parser: KeyParser::new(),
        last_view: None,
        garbage: 0,
    };
    if let Some(notice) = notices.last() {
        screen.ui.notice(*notice);
    }
    if let Some(name) = hub.read(|s| s.student(&fingerprint).and_then(|st| st.name.clone())) {
        hub.note(format!("{name} is back ({})", fingerprint.short()));
    }
    let end = match timeout(send_timeout, handle.data(channel, ENTER.to_vec())).await {
        Ok(Ok(())) => screen.run(&mut inputs, kicked).await,
        _ => End::Gone,
    };
    hub.disconnect(&fingerprint, conn);
    match end {
        End::Goodbye(why, disconnect) => {
            let score = hub.read(|s| s.student(&fingerprint).map(|st| s.shown_score(st)));
            let mut bytes = LEAVE.to_vec();
            bytes.extend(why.line(screen.ui.lang, score).as_bytes());
            say_and_close(&handle, channel, &bytes, send_timeout, disconnect).await;
        }
        // A client that stopped reading or closed its channel: drop the whole
        // connection so it holds nothing.
        End::Gone => {
            let _ = timeout(
                Duration::from_secs(1),
                handle.disconnect(
                    russh::Disconnect::ByApplication,
                    "connection closed".into(),
                    "en".into(),
                ),
            )
            .await;
        }
    }
}

/// Writes a last message, the exit status, and closes the channel.
async fn say_and_close(
    handle: &Handle,
    channel: ChannelId,
    bytes: &[u8],
    send_timeout: Duration,
    disconnect: bool,
) {
    let _ = timeout(send_timeout, async {
        let _ = handle.data(channel, bytes.to_vec()).await;
        let _ = handle.exit_status_request(channel, 0).await;
        let _ = handle.eof(channel).await;
        let _ = handle.close(channel).await;
        if disconnect {
            let _ = handle
                .disconnect(
                    russh::Disconnect::ByApplication,
                    "closed by the classroom host".into(),
                    "en".into(),
                )
                .await;
        }
    })
    .await;
}

impl Screen {
    async fn run(
        &mut self,
        inputs: &mut mpsc::Receiver<Input>,
        mut kicked: tokio::sync::oneshot::Receiver<()>,
    ) -> End {
        let limits = self.hub.limits().clone();
        let mut version = self.hub.subscribe();
        let mut closing = self.hub.closing();
        let mut last_key = Instant::now();
        let mut esc_deadline: Option<Instant> = None;
        let mut dirty = false;
        let mut quiet_until = Instant::now();
        let mut next_second = Instant::now() + Duration::from_secs(1);
        if self.draw(true).await.is_err() {
            return End::Gone;
        }
        loop {
            let ticking = self.hub.read(|s| {
                matches!(
                    s.phase(),
                    Phase::Open {
                        closes_at: Some(_),
                        ..
                    } | Phase::Running { .. }
                )
            });
            let idle_at = last_key + limits.idle_timeout;
            tokio::select! {
                input = inputs.recv() => {
                    let Some(input) = input else { return End::Gone };
                    match input {
                        Input::Data(bytes) => {
                            last_key = Instant::now();
                            let keys = self.parser.feed(&bytes);
                            esc_deadline = self.parser.has_pending().then(|| Instant::now() + ESC_WAIT);
                            if let Some(end) = self.keys(keys).await {
                                return end;
                            }
                        }
                        Input::Resize { cols, rows } => {
                            if self.terminal.resize(viewport(cols, rows)).is_err() {
                                return End::Gone;
                            }
                            self.last_view = None;
                        }
                        Input::Notice(notice) => {
                            self.ui.notice(notice);
                            self.last_view = None;
                        }
                    }
                    if self.draw(false).await.is_err() {
                        return End::Gone;
                    }
                }
                () = sleep_until(esc_deadline.unwrap_or_else(Instant::now)), if esc_deadline.is_some() => {
                    esc_deadline = None;
                    let keys = self.parser.finish();
                    if let Some(end) = self.keys(keys).await {
                        return end;
                    }
                    if self.draw(false).await.is_err() {
                        return End::Gone;
                    }
                }
                changed = version.changed(), if !dirty => {
                    if changed.is_err() {
                        return End::Goodbye(Goodbye::HostClosing, true);
                    }
                    dirty = true;
                }
                () = sleep_until(quiet_until), if dirty => {
                    dirty = false;
                    version.borrow_and_update();
                    quiet_until = Instant::now() + REFRESH_GAP;
                    if self.draw(false).await.is_err() {
                        return End::Gone;
                    }
                }
                () = sleep_until(next_second), if ticking => {
                    next_second = Instant::now() + Duration::from_secs(1);
                    if self.draw(false).await.is_err() {
                        return End::Gone;
                    }
                }
                _ = &mut kicked => return End::Goodbye(Goodbye::Replaced, true),
                _ = closing.changed() => return End::Goodbye(Goodbye::HostClosing, true),
                () = sleep_until(idle_at) => {
                    let minutes = limits.idle_timeout.as_secs() / 60;
                    return End::Goodbye(Goodbye::Idle { minutes }, true);
                }
            }
        }
    }

    /// Acts on keys; returns how the screen ends, if it does.
    async fn keys(&mut self, keys: Vec<Key>) -> Option<End> {
        let max_garbage = self.hub.limits().garbage_keys;
        for key in keys {
            if key == Key::Unknown {
                self.garbage = self.garbage.saturating_add(1);
                if self.garbage > max_garbage {
                    self.hub
                        .note(format!("cut off {}: unreadable input", self.me.short()));
                    return Some(End::Goodbye(Goodbye::Flood, true));
                }
                continue;
            }
            self.garbage = 0;
            let action = {
                let (ui, me) = (&mut self.ui, &self.me);
                self.hub.read(|s| ui.handle_key(key, s, me))
            };
            match action {
                UiAction::Nothing | UiAction::Redraw => {}
                UiAction::Leave => return Some(End::Goodbye(Goodbye::Left, false)),
                UiAction::SubmitName(name) => self.submit_name(name).await,
                UiAction::SubmitAnswer { question, choice } => {
                    let event = Event::Answer {
                        student: self.me.clone(),
                        question,
                        choice,
                        at: now_ms(),
                    };
                    if self.submit_answer(question, event).await.is_err() {
                        return Some(End::Gone);
                    }
                }
                UiAction::SubmitTyped { question, typed } => {
                    let event = Event::Typed {
                        student: self.me.clone(),
                        question,
                        typed,
                        at: now_ms(),
                    };
                    if self.submit_answer(question, event).await.is_err() {
                        return Some(End::Gone);
                    }
                }
            }
        }
        None
    }

    async fn submit_name(&mut self, name: String) {
        let lang = self.ui.lang;
        let event = Event::Name {
            student: self.me.clone(),
            name,
        };
        match self.hub.record(event) {
            Ok(receipt) => match receipt.await {
                Ok(Ok(())) => {
                    self.ui.name_accepted();
                    if let Some(name) = self
                        .hub
                        .read(|s| s.student(&self.me).and_then(|st| st.name.clone()))
                    {
                        self.hub.note(format!("{name} joined ({})", self.me));
                    }
                }
                Ok(Err(e)) => self.ui.name_refused(e.to_string()),
                Err(_) => self.ui.name_refused("the journal is closed".into()),
            },
            Err(RecordError::Refused(r)) => self.ui.name_refused(refusal(lang, &r)),
            Err(RecordError::Journal(e)) => self.ui.name_refused(e.to_string()),
        }
    }

    /// Records an answer and waits for the journal before saying "recorded"; a slow
    /// sync shows "saving" meanwhile. Errs only when the screen cannot be sent.
    async fn submit_answer(&mut self, question: usize, event: Event) -> Result<(), ()> {
        let lang = self.ui.lang;
        match self.hub.record(event) {
            // The acknowledgement waits for the journal's sync.
            Ok(mut receipt) => {
                let done = match timeout(SAVING_AFTER, &mut receipt).await {
                    Ok(done) => done,
                    Err(_) => {
                        self.draw(false).await?;
                        receipt.await
                    }
                };
                match done {
                    Ok(Ok(())) => {
                        let (pacing, hidden) =
                            self.hub.read(|s| (s.setup().pacing, s.results_hidden()));
                        if hidden {
                            self.ui.answer_saved_quietly();
                        } else {
                            self.ui.answer_saved(question, pacing);
                        }
                    }
                    Ok(Err(e)) => self.ui.answer_failed(e.to_string()),
                    Err(_) => self.ui.answer_failed("the journal is closed".into()),
                }
            }
            Err(RecordError::Refused(r)) => self.ui.answer_failed(refusal(lang, &r)),
            Err(RecordError::Journal(e)) => self.ui.answer_failed(e.to_string()),
        }
        Ok(())
    }

    /// Draws the screen if it changed (or always, when `force`), and sends it.
    async fn draw(&mut self, force: bool) -> Result<(), ()> {
        let view = {
            let (ui, me) = (&self.ui, &self.me);
            self.hub.read(|s| ui.view(s, me, now_ms()))
        };
        if !force && self.last_view.as_ref() == Some(&view) {
            return Ok(());
        }
        self.terminal
            .draw(|frame| draw_student(frame, &view))
            .map_err(|_| ())?;
        self.last_view = Some(view);
        let bytes = self.tap.take();
        if bytes.is_empty() {
            return Ok(());
        }
        let send_timeout = self.hub.limits().send_timeout;
        match timeout(send_timeout, self.handle.data(self.channel, bytes)).await {
            Ok(Ok(())) => Ok(()),
            _ => Err(()),
        }
    }
}
