//! TCP step by step: a connection walked through one segment at a time on a
//! sequence diagram, TCP and UDP side by side, and IPv4 fragmentation. Each is a
//! view with its own inputs.

mod fragment;
mod walk;

use crate::calc::tcp::{
    ExchangeInput, Fragment, FragmentInput, Segment, TCP_VS_UDP, exchange, fragment,
};
use crate::format;
use crate::format::tcp::{FragmentText, HandshakeText};
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::{CharClass, Mode};
use crate::tui::layout;

use super::calc::{self, Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;
use super::numbers::{halfwidth, tokens};
use super::rows::wrapped_table;
use super::{Ctx, Outcome, scroll};

/// The views of the TCP screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TcpView {
    /// A connection, segment by segment.
    Walk,
    /// TCP and UDP compared.
    Compare,
    /// IPv4 fragmentation.
    Fragment,
}

impl TcpView {
    const ALL: [TcpView; 3] = [TcpView::Walk, TcpView::Compare, TcpView::Fragment];
    const NAMES: &'static [Msg] = &[Msg::ViewWalk, Msg::ViewCompare, Msg::ViewFragment];

    fn index(self) -> usize {
        match self {
            TcpView::Walk => 0,
            TcpView::Compare => 1,
            TcpView::Fragment => 2,
        }
    }
}

/// A walk-through, or why there is none.
pub type WalkResult = Result<(ExchangeInput, Vec<Segment>), String>;

/// A fragmentation, or why there is none.
pub type FragmentResult = Result<(FragmentInput, Vec<Fragment>), String>;

/// The TCP screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TcpState {
    view: TcpView,
    forms: [Form; 3],
    walk: WalkResult,
    step: usize,
    dont_fragment: bool,
    fragments: FragmentResult,
}

const CLIENT_ISN: usize = 0;
const SERVER_ISN: usize = 1;
const SEND: usize = 2;
const REPLY: usize = 3;
const SIZE: usize = 0;
const MTU: usize = 1;
const HEADER: usize = 2;

impl TcpState {
    /// The screen, prefilled: `compare` or `fragment` first opens that view (with
    /// the rest as the fragmentation's size, MTU and header, and `df` to set Don't
    /// Fragment); otherwise the arguments (after an optional `handshake`) are the
    /// walk-through's ISNs and segment sizes.
    pub fn new(prefill: &[String]) -> TcpState {
        let (view, rest) = match prefill.first().map(String::as_str) {
            Some("compare") => (TcpView::Compare, &prefill[1..]),
            Some("fragment") => (TcpView::Fragment, &prefill[1..]),
            Some("handshake") => (TcpView::Walk, &prefill[1..]),
            _ => (TcpView::Walk, prefill),
        };
        let dont_fragment = view == TcpView::Fragment && rest.iter().any(|a| a == "df");
        let rest: Vec<String> = rest.iter().filter(|a| *a != "df").cloned().collect();
        let given = |v: TcpView| if v == view { rest.as_slice() } else { &[] };
        let field =
            |label, placeholder, text| Field::new(label, CharClass::Numbers, placeholder, text);
        let walk = Form::new(
            vec![
                field(Msg::FieldClientIsn, Msg::PhIsn, "1000"),
                field(Msg::FieldServerIsn, Msg::PhIsn, "5000"),
                field(Msg::FieldSend, Msg::PhSizes, ""),
                field(Msg::FieldReply, Msg::PhSizes, ""),
            ],
            given(TcpView::Walk),
        );
        let compare = Form::new(Vec::new(), &[]);
        let fragment = Form::new(
            vec![
                field(Msg::FieldDatagram, Msg::PhDatagram, "4000"),
                field(Msg::FieldMtu, Msg::PhMtu, "1500"),
                field(Msg::FieldHeader, Msg::PhHeader, "20"),
            ],
            given(TcpView::Fragment),
        );
        let mut state = TcpState {
            view,
            forms: [walk, compare, fragment],
            walk: Err(String::new()),
            step: 0,
            dont_fragment,
            fragments: Err(String::new()),
        };
        state.recompute_walk();
        state.recompute_fragments();
        state
    }

    /// The view shown.
    pub fn view(&self) -> TcpView {
        self.view
    }

    /// The segment shown last (0-based).
    pub fn step(&self) -> usize {
        self.step
    }

    /// Whether the datagram has Don't Fragment set.
    pub fn dont_fragment(&self) -> bool {
        self.dont_fragment
    }

    fn form_of(&self, view: TcpView) -> &Form {
        &self.forms[view.index()]
    }

    /// Input `i` of a view in ASCII, `None` when empty.
    fn given(&self, view: TcpView, i: usize) -> Option<String> {
        Some(halfwidth(self.form_of(view).text(i)).trim().to_string()).filter(|t| !t.is_empty())
    }

    /// The walk-through's inputs as the command line takes them: ISNs as typed
    /// (the defaults when empty), sizes separated by commas.
    fn walk_texts(&self) -> [Option<String>; 4] {
        let sizes = |i| {
            self.given(TcpView::Walk, i)
                .map(|t| tokens(&t).join(","))
                .filter(|t| !t.is_empty())
        };
        [
            self.given(TcpView::Walk, CLIENT_ISN),
            self.given(TcpView::Walk, SERVER_ISN),
            sizes(SEND),
            sizes(REPLY),
        ]
    }

    fn recompute_walk(&mut self) {
        let [client, server, send, reply] = self.walk_texts();
        let text = HandshakeText {
            client_isn: client.as_deref().unwrap_or("1000"),
            server_isn: server.as_deref().unwrap_or("5000"),
            send: send.as_deref(),
            reply: reply.as_deref(),
        };
        self.walk = text
            .read()
            .map_err(|(_, message)| message)
            .and_then(|input| {
                exchange(&input)
                    .map(|steps| (input, steps))
                    .map_err(|e| e.to_string())
            });
        if let Ok((_, steps)) = &self.walk {
            self.step = self.step.min(steps.len().saturating_sub(1));
        }
    }

    fn fragment_texts(&self) -> [Option<String>; 3] {
        [SIZE, MTU, HEADER].map(|i| self.given(TcpView::Fragment, i))
    }

    fn recompute_fragments(&mut self) {
        let [size, mtu, header] = self.fragment_texts();
        let (Some(size), Some(mtu)) = (size, mtu) else {
            self.fragments = Err(String::new());
            return;
        };
        let text = FragmentText {
            size: &size,
            mtu: &mtu,
            header: header.as_deref().unwrap_or("20"),
            dont_fragment: self.dont_fragment,
        };
        self.fragments = text
            .read()
            .map_err(|(_, message)| message)
            .and_then(|input| {
                fragment(&input)
                    .map(|fragments| (input, fragments))
                    .map_err(|e| e.to_string())
            });
    }

    /// Handles an action: as any calculator, then in the walk-through the view
    /// follows the newest segment, whose explanation ends the result.
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let outcome = calc::update(self, action, ctx);
        let follows = matches!(
            action,
            Action::NextStep
                | Action::PrevStep
                | Action::NextView
                | Action::PrevView
                | Action::Resize(..)
                | Action::Input(_)
                | Action::Paste(_)
                | Action::Backspace
                | Action::Delete
                | Action::ClearInput
        );
        if self.view == TcpView::Walk && follows {
            let areas = layout::calc(ctx.body, self.form().fields.len());
            let count = self.lines(ctx.lang, usize::from(areas.result.width)).len();
            self.forms[0].scroll = scroll::max_offset(count, usize::from(areas.result.height));
        }
        outcome
    }

    /// The command line that prints what the view shows, in `lang`.
    pub fn cli_in(&self, lang: Lang) -> Option<CliText> {
        let lang_flag = match lang {
            Lang::En => "",
            Lang::Ja => " --lang ja",
        };
        match self.view {
            TcpView::Walk => {
                let [client, server, send, reply] = self.walk_texts();
                let mut command = "netdojo tcp handshake".to_string();
                for (flag, value) in [
                    ("--client-isn", &client),
                    ("--server-isn", &server),
                    ("--send", &send),
                    ("--reply", &reply),
                ] {
                    if let Some(value) = value {
                        command.push_str(&format!(" {flag} {}", shell_quote(value)));
                    }
                }
                command.push_str(lang_flag);
                let output = match &self.walk {
                    Ok((input, steps)) => format::tcp::handshake(input, steps, lang),
                    Err(_) => {
                        let text = HandshakeText {
                            client_isn: client.as_deref().unwrap_or("1000"),
                            server_isn: server.as_deref().unwrap_or("5000"),
                            send: send.as_deref(),
                            reply: reply.as_deref(),
                        };
                        cli_error(text.read().err(), || {
                            text.read()
                                .ok()
                                .and_then(|i| exchange(&i).err())
                                .map(|e| text.error(&e))
                        })
                    }
                };
                Some(CliText { command, output })
            }
            TcpView::Compare => Some(CliText {
                command: format!("netdojo tcp compare{lang_flag}"),
                output: format::tcp::compare(lang),
            }),
            TcpView::Fragment => {
                let [size, mtu, header] = self.fragment_texts();
                let (Some(size), Some(mtu)) = (size, mtu) else {
                    return None;
                };
                let mut command = format!(
                    "netdojo tcp fragment --size {} --mtu {}",
                    shell_quote(&size),
                    shell_quote(&mtu)
                );
                let header = header.unwrap_or_else(|| "20".into());
                if header != "20" {
                    command.push_str(&format!(" --header {}", shell_quote(&header)));
                }
                if self.dont_fragment {
                    command.push_str(" --df");
                }
                let text = FragmentText {
                    size: &size,
                    mtu: &mtu,
                    header: &header,
                    dont_fragment: self.dont_fragment,
                };
                let output = match &self.fragments {
                    Ok((input, fragments)) => format::tcp::fragment(input, fragments),
                    Err(_) => cli_error(text.read().err(), || {
                        text.read()
                            .ok()
                            .and_then(|i| fragment(&i).err())
                            .map(|e| text.error(&e))
                    }),
                };
                Some(CliText { command, output })
            }
        }
    }

    fn switch_view(&mut self, forward: bool) {
        let count = TcpView::ALL.len();
        let now = self.view.index();
        let next = if forward {
            (now + 1) % count
        } else {
            (now + count - 1) % count
        };
        self.view = TcpView::ALL[next];
    }
}

/// The error line the command prints: the input's, or else the computation's.
fn cli_error(
    read: Option<(String, String)>,
    computed: impl FnOnce() -> Option<(String, String)>,
) -> String {
    read.or_else(computed)
        .map(|(_, message)| format!("netdojo: {message}\n"))
        .unwrap_or_default()
}

impl Calculator for TcpState {
    fn form(&self) -> &Form {
        self.form_of(self.view)
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.forms[self.view.index()]
    }

    fn recompute(&mut self) {
        match self.view {
            TcpView::Walk => self.recompute_walk(),
            TcpView::Compare => {}
            TcpView::Fragment => self.recompute_fragments(),
        }
    }

    fn result_title(&self) -> Msg {
        TcpView::NAMES[self.view.index()]
    }

    fn mode(&self) -> Mode {
        match self.view {
            TcpView::Walk => Mode::TCP_WALK,
            TcpView::Compare => Mode::VIEW_ONLY,
            TcpView::Fragment => Mode::FRAGMENT,
        }
    }

    fn views(&self) -> Option<(&'static [Msg], usize)> {
        Some((TcpView::NAMES, self.view.index()))
    }

    fn special(&mut self, action: &Action) -> Option<Outcome> {
        match (action, self.view) {
            (Action::NextView | Action::PrevView, _) => {
                self.switch_view(*action == Action::NextView);
                self.form_mut().scroll = 0;
            }
            (Action::NextStep, TcpView::Walk) => {
                let last = self
                    .walk
                    .as_ref()
                    .map_or(0, |(_, s)| s.len().saturating_sub(1));
                self.step = (self.step + 1).min(last);
            }
            (Action::PrevStep, TcpView::Walk) => self.step = self.step.saturating_sub(1),
            (Action::ToggleFlag, TcpView::Fragment) => {
                self.dont_fragment = !self.dont_fragment;
                self.recompute_fragments();
            }
            _ => return None,
        }
        Some(Outcome::Handled)
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match self.view {
            TcpView::Walk => walk::message(&self.walk, self.step, lang),
            TcpView::Compare => TextLine::one(lang.text(Msg::ComparePrompt), Tone::Dim),
            TcpView::Fragment => fragment::message(&self.fragments, self.dont_fragment, lang),
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        match self.view {
            TcpView::Walk => walk::lines(&self.walk, self.step, lang, width),
            TcpView::Compare => compare(lang, width),
            TcpView::Fragment => fragment::lines(&self.fragments, self.dont_fragment, lang, width),
        }
    }

    fn cli(&self) -> Option<CliText> {
        self.cli_in(Lang::En)
    }
}

fn compare(lang: Lang, width: usize) -> Vec<TextLine> {
    let rows: Vec<Vec<String>> = TCP_VS_UDP
        .iter()
        .map(|c| {
            vec![
                lang.pick(c.property, c.property_ja).to_string(),
                lang.pick(c.tcp, c.tcp_ja).to_string(),
                lang.pick(c.udp, c.udp_ja).to_string(),
            ]
        })
        .collect();
    wrapped_table(
        &[lang.text(Msg::ColProperty), "TCP", "UDP"],
        &rows,
        width.saturating_sub(2),
    )
}

#[cfg(test)]
mod tests;
