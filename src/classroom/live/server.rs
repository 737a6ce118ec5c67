//! The SSH side of one connection (a russh `Handler`): who may log in, which requests
//! are refused and how, and the limits on input. A student's screen runs in its own
//! task (`student.rs`) once their shell starts.
//!
//! - Authentication: the user name must be the join code; only public keys are
//!   accepted (password and keyboard-interactive are refused, `none` lists only
//!   `publickey`); the key's SHA256 fingerprint is the student's identity; with a
//!   roster, only listed keys get in.
//! - Refused with a line on stderr, then closed: exec, subsystems (sftp, scp), a shell
//!   without a terminal, a second session.
//! - Refused with a note on the quiz screen, the quiz going on: port forwarding both
//!   ways, agent forwarding, X11.
//! - Input beyond the byte budget, or faster than the screen takes it, cuts the
//!   connection off; nobody else notices.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use russh::keys::{HashAlg, PublicKey};
use russh::server::{Auth, ChannelOpenHandle, Handler, Msg, Session};
use russh::{Channel, ChannelId, MethodKind, MethodSet, Pty};
use tokio::sync::mpsc;

use super::hub::{Hub, now_ms};
use super::identity::Fingerprint;
use super::limits::TokenBucket;
use super::model::Refusal;
use super::student::{self, Input, StudentLink};
use super::terminal::LEAVE;
use super::text::{ChannelRefusal, Goodbye, Lang, Notice};

/// The most notes kept from before the screen starts.
const EARLY_NOTICES: usize = 4;

/// The methods a client is told it may try: public keys only.
pub fn methods() -> MethodSet {
    MethodSet::from(&[MethodKind::PublicKey][..])
}

fn reject() -> Auth {
    Auth::Reject {
        proceed_with_methods: Some(methods()),
        partial_success: false,
    }
}

/// One SSH connection.
pub struct Connection {
    hub: Arc<Hub>,
    peer: IpAddr,
    conn: u64,
    authenticated: Arc<AtomicBool>,
    auth_requests: u32,
    wrong_code_counted: bool,
    identity: Option<Fingerprint>,
    channel: Option<ChannelId>,
    pty: Option<(u32, u32)>,
    lang: Lang,
    /// LC_ALL, LC_MESSAGES and LANG as the client sent them.
    locale: [Option<String>; 3],
    inputs: Option<mpsc::Sender<Input>>,
    bucket: TokenBucket,
    notices: Vec<Notice>,
    cut: bool,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("peer", &self.peer)
            .field("conn", &self.conn)
            .field("identity", &self.identity)
            .finish_non_exhaustive()
    }
}

impl Connection {
    /// A connection from `peer`, numbered `conn`.
    pub fn new(hub: Arc<Hub>, peer: IpAddr, conn: u64) -> Self {
        let limits = hub.limits();
        let bucket = TokenBucket::new(limits.input_burst, limits.input_rate, now_ms());
        Connection {
            hub,
            peer,
            conn,
            authenticated: Arc::new(AtomicBool::new(false)),
            auth_requests: 0,
            wrong_code_counted: false,
            identity: None,
            channel: None,
            pty: None,
            lang: Lang::En,
            locale: [None, None, None],
            inputs: None,
            bucket,
            notices: Vec::new(),
            cut: false,
        }
    }

    /// Set once a key is accepted; the accept loop drops connections that take too
    /// long to get there.
    pub fn authenticated(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.authenticated)
    }

    /// Counts an authentication request; too many end the connection.
    fn count_request(&mut self) -> Result<(), russh::Error> {
        self.auth_requests = self.auth_requests.saturating_add(1);
        if self.auth_requests > self.hub.limits().auth_attempts_per_connection {
            self.hub.note(format!(
                "dropped {}: too many authentication attempts",
                self.peer
            ));
            return Err(russh::Error::Disconnect);
        }
        Ok(())
    }

    /// Records a failure against the address; too many end the connection.
    fn failed(&mut self, why: String) -> Result<Auth, russh::Error> {
        self.hub.note(format!("refused {}: {why}", self.peer));
        if self.hub.auth_failed(self.peer) {
            self.hub.note(format!(
                "turning {} away for a while: too many failed logins",
                self.peer
            ));
            return Err(russh::Error::Disconnect);
        }
        Ok(reject())
    }

    /// The checks of a key, offered or signed: the join code, then the roster.
    fn check_key(
        &mut self,
        user: &str,
        key: &PublicKey,
        signed: bool,
    ) -> Result<Auth, russh::Error> {
        let code = self.hub.read(|s| s.setup().code.clone());
        if user != code {
            // Counted once per connection, not once per key the client offers.
            if self.wrong_code_counted {
                return Ok(reject());
            }
            self.wrong_code_counted = true;
            return self.failed(format!("wrong join code {user:?}"));
        }
        let Ok(fingerprint) = key
            .fingerprint(HashAlg::Sha256)
            .to_string()
            .parse::<Fingerprint>()
        else {
            return Ok(reject());
        };
        match self.hub.read(|s| s.may_join(&fingerprint)) {
            Err(Refusal::NotOnRoster) => self.failed(format!("{fingerprint} is not on the roster")),
            // A full class is explained on the screen once the shell starts.
            Ok(()) | Err(_) => {
                if signed {
                    self.identity = Some(fingerprint);
                    self.authenticated.store(true, Ordering::SeqCst);
                }
                Ok(Auth::Accept)
            }
        }
    }

    /// Writes a one-line explanation on stderr, then ends the channel.
    fn refuse_channel(
        &mut self,
        channel: ChannelId,
        why: ChannelRefusal,
        session: &mut Session,
    ) -> Result<(), russh::Error> {
        session.channel_success(channel)?;
        session.extended_data(channel, 1, why.message(self.lang).into_bytes())?;
        session.exit_status_request(channel, 1)?;
        session.eof(channel)?;
        session.close(channel)?;
        Ok(())
    }

    /// Shows a refused request as a note on the screen (or keeps it until the
    /// screen starts).
    fn notice(&mut self, notice: Notice) {
        match &self.inputs {
            Some(inputs) => {
                let _ = inputs.try_send(Input::Notice(notice));
            }
            None if self.notices.len() < EARLY_NOTICES => self.notices.push(notice),
            None => {}
        }
    }

    /// Ends a connection that sends more than its screen can take.
    fn cut_off(&mut self, why: &str, session: &mut Session) -> Result<(), russh::Error> {
        self.cut = true;
        self.inputs = None;
        let who = self
            .identity
            .as_ref()
            .map_or_else(|| self.peer.to_string(), |f| f.short().to_string());
        self.hub.note(format!("cut off {who}: {why}"));
        if let Some(channel) = self.channel {
            let mut bytes = LEAVE.to_vec();
            bytes.extend(Goodbye::Flood.line(self.lang, None).into_bytes());
            session.data(channel, bytes)?;
            session.close(channel)?;
        }
        session.disconnect(russh::Disconnect::ByApplication, why, "en")?;
        Ok(())
    }

    fn is_ours(&self, channel: ChannelId) -> bool {
        self.channel == Some(channel)
    }
}

impl Handler for Connection {
    type Error = russh::Error;

    async fn authentication_banner(&mut self) -> Result<Option<String>, Self::Error> {
        Ok(Some(
            "netdojo live classroom: your user name is the join code, your SSH key is your identity.\r\n"
                .into(),
        ))
    }

    async fn auth_none(&mut self, _user: &str) -> Result<Auth, Self::Error> {
        self.count_request()?;
        Ok(reject())
    }

    async fn auth_password(&mut self, _user: &str, _password: &str) -> Result<Auth, Self::Error> {
        self.count_request()?;
        self.failed("a password login (only keys are accepted)".into())
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        _user: &str,
        _submethods: &str,
        _response: Option<russh::server::Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        self.count_request()?;
        self.failed("a keyboard-interactive login (only keys are accepted)".into())
    }

    async fn auth_publickey_offered(
        &mut self,
        user: &str,
        key: &PublicKey,
    ) -> Result<Auth, Self::Error> {
        self.count_request()?;
        self.check_key(user, key, false)
    }

    async fn auth_publickey(&mut self, user: &str, key: &PublicKey) -> Result<Auth, Self::Error> {
        self.check_key(user, key, true)
    }

    async fn auth_openssh_certificate(
        &mut self,
        _user: &str,
        _certificate: &russh::keys::Certificate,
    ) -> Result<Auth, Self::Error> {
        self.count_request()?;
        Ok(reject())
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.channel.is_some() {
            reply
                .reject(russh::ChannelOpenFailure::AdministrativelyProhibited)
                .await;
            return Ok(());
        }
        // The channel's own stream is not used (the handler gets the data), so it is
        // dropped here rather than left to fill up.
        self.channel = Some(channel.id());
        reply.accept().await;
        Ok(())
    }

    async fn channel_open_x11(
        &mut self,
        _channel: Channel<Msg>,
        _originator_address: &str,
        _originator_port: u32,
        _reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.notice(Notice::X11Forwarding);
        Ok(())
    }

    async fn channel_open_direct_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host_to_connect: &str,
        _port_to_connect: u32,
        _originator_address: &str,
        _originator_port: u32,
        _reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.notice(Notice::PortForwarding);
        Ok(())
    }

    async fn channel_open_forwarded_tcpip(
        &mut self,
        _channel: Channel<Msg>,
        _host_to_connect: &str,
        _port_to_connect: u32,
        _originator_address: &str,
        _originator_port: u32,
        _reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.notice(Notice::PortForwarding);
        Ok(())
    }

    async fn channel_open_direct_streamlocal(
        &mut self,
        _channel: Channel<Msg>,
        _socket_path: &str,
        _reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.notice(Notice::PortForwarding);
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.is_ours(channel) || self.inputs.is_some() {
            session.channel_failure(channel)?;
            return Ok(());
        }
        self.pty = Some((col_width, row_height));
        session.channel_success(channel)?;
        Ok(())
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        variable_name: &str,
        variable_value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let slot = match variable_name {
            "LC_ALL" => &mut self.locale[0],
            "LC_MESSAGES" => &mut self.locale[1],
            "LANG" => &mut self.locale[2],
            _ => {
                session.channel_failure(channel)?;
                return Ok(());
            }
        };
        // Locale names are short; anything longer is not one.
        *slot = Some(variable_value.chars().take(64).collect());
        let [all, messages, lang] = &self.locale;
        self.lang = Lang::from_locale(all.as_deref(), messages.as_deref(), lang.as_deref());
        session.channel_success(channel)?;
        Ok(())
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single_connection: bool,
        _x11_auth_protocol: &str,
        _x11_auth_cookie: &str,
        _x11_screen_number: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.notice(Notice::X11Forwarding);
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.notice(Notice::AgentForwarding);
        Ok(false)
    }

    async fn tcpip_forward(
        &mut self,
        _address: &str,
        _port: &mut u32,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.notice(Notice::PortForwarding);
        Ok(false)
    }

    async fn streamlocal_forward(
        &mut self,
        _socket_path: &str,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.notice(Notice::PortForwarding);
        Ok(false)
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.is_ours(channel) || self.inputs.is_some() {
            return self.refuse_channel(channel, ChannelRefusal::SecondSession, session);
        }
        let (Some((cols, rows)), Some(fingerprint)) = (self.pty, self.identity.clone()) else {
            return self.refuse_channel(channel, ChannelRefusal::NoPty, session);
        };
        session.channel_success(channel)?;
        let (sender, inputs) = mpsc::channel(self.hub.limits().input_queue.max(1));
        self.inputs = Some(sender);
        let link = StudentLink {
            hub: Arc::clone(&self.hub),
            handle: session.handle(),
            channel,
            fingerprint,
            conn: self.conn,
            lang: self.lang,
            size: (cols, rows),
            inputs,
            notices: std::mem::take(&mut self.notices),
        };
        tokio::spawn(student::run(link));
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse_channel(channel, ChannelRefusal::Exec, session)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse_channel(channel, ChannelRefusal::Subsystem, session)
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.cut || !self.is_ours(channel) {
            return Ok(());
        }
        let size = u64::try_from(data.len()).unwrap_or(u64::MAX);
        if !self.bucket.take(size, now_ms()) {
            return self.cut_off("too much input", session);
        }
        if let Some(inputs) = &self.inputs {
            if let Err(mpsc::error::TrySendError::Full(_)) =
                inputs.try_send(Input::Data(data.to_vec()))
            {
                return self.cut_off("input faster than the screen takes it", session);
            }
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.cut || !self.is_ours(channel) {
            return Ok(());
        }
        self.pty = Some((col_width, row_height));
        if let Some(inputs) = &self.inputs {
            let resize = Input::Resize {
                cols: col_width,
                rows: row_height,
            };
            if let Err(mpsc::error::TrySendError::Full(_)) = inputs.try_send(resize) {
                return self.cut_off("window changes faster than the screen takes them", session);
            }
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.is_ours(channel) {
            self.inputs = None;
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.is_ours(channel) {
            self.inputs = None;
        }
        Ok(())
    }
}
