//! SSH public-key login step by step: a key pair made when the screen opens (from
//! a seed it keeps, so the command line can make the same one), the data the
//! client signs, the signature, the request, the server's check, and two
//! tampered copies that fail.

use crate::calc::ssh::{AuthWalk, Material, SshStep, Tamper, hex, walk};
use crate::format;
use crate::format::ssh::{fields_text, hex_lines};
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::{CharClass, Mode};
use crate::tui::layout;

use super::calc::{self, Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;
use super::rows::{heading, keys_for, wrapped};
use super::{Ctx, Outcome, scroll};

/// The user when the field is empty, as `netdojo ssh walk` assumes.
pub const DEFAULT_USER: &str = "ec2-user";

/// The SSH screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SshState {
    form: Form,
    seed: u64,
    walk: Result<AuthWalk, String>,
    step: usize,
}

impl SshState {
    /// The screen for the user in `prefill` (after an optional `--seed N`, which
    /// fixes the key pair); without a seed, one is drawn from the operating
    /// system's random source.
    pub fn new(prefill: &[String]) -> SshState {
        let mut seed = None;
        let mut rest = Vec::new();
        let mut args = prefill.iter();
        while let Some(arg) = args.next() {
            if arg == "--seed" {
                seed = args.next().and_then(|n| n.parse::<u64>().ok());
            } else {
                rest.push(arg.clone());
            }
        }
        let seed = seed.unwrap_or_else(|| getrandom::u64().unwrap_or_default());
        SshState::with_seed(&rest, seed)
    }

    /// The screen for the user in `prefill`, its key pair made from `seed`.
    pub fn with_seed(prefill: &[String], seed: u64) -> SshState {
        let field = Field::new(Msg::FieldUser, CharClass::Free, Msg::PhUser, "");
        let mut state = SshState {
            form: Form::new(vec![field], prefill),
            seed,
            walk: Err(String::new()),
            step: 0,
        };
        state.recompute();
        state
    }

    /// The seed the key pair and session identifier come from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The step shown (0-based).
    pub fn step(&self) -> usize {
        self.step
    }

    /// The walk, or why the user name cannot be used.
    pub fn walk(&self) -> &Result<AuthWalk, String> {
        &self.walk
    }

    fn user(&self) -> String {
        let text = self.form.text(0);
        if text.is_empty() {
            DEFAULT_USER.into()
        } else {
            text.into()
        }
    }

    /// Handles an action: as any calculator, then the view follows the step shown,
    /// whose explanation ends the result.
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let outcome = calc::update(self, action, ctx);
        let follows = matches!(
            action,
            Action::NextStep | Action::PrevStep | Action::Resize(..) | Action::Input(_)
        ) || matches!(
            action,
            Action::Paste(_) | Action::Backspace | Action::Delete | Action::ClearInput
        );
        if follows {
            let areas = layout::calc(ctx.body, self.form.fields.len());
            let count = self.lines(ctx.lang, usize::from(areas.result.width)).len();
            self.form.scroll = scroll::max_offset(count, usize::from(areas.result.height));
        }
        outcome
    }

    /// The command line that prints the same walk (it prints English only).
    pub fn cli_in(&self, _lang: Lang) -> Option<CliText> {
        let user = self.user();
        let mut command = "netdojo ssh walk".to_string();
        if user != DEFAULT_USER {
            command.push_str(&format!(" --user {}", shell_quote(&user)));
        }
        command.push_str(&format!(" --seed {}", self.seed));
        let output = match &self.walk {
            Ok(w) => format::ssh::walk(w),
            Err(message) => format!("netdojo: {message}\n"),
        };
        Some(CliText { command, output })
    }
}

fn step_name(step: SshStep) -> Msg {
    match step {
        SshStep::KeyPair => Msg::SshKeyPair,
        SshStep::SessionId => Msg::SshSessionId,
        SshStep::SignedData => Msg::SshSignedData,
        SshStep::Signature => Msg::SshSignature,
        SshStep::Request => Msg::SshRequest,
        SshStep::Verify => Msg::SshVerify,
        SshStep::Tampered => Msg::SshTampered,
    }
}

fn verdict(ok: bool) -> &'static str {
    if ok { "OK" } else { "FAILS" }
}

/// A label on its own line, then its value wrapped under it, indented.
fn value(label: &str, text: &str, width: usize, tone: Tone) -> Vec<TextLine> {
    let mut lines = vec![TextLine::one(format!("   {label}"), Tone::Heading)];
    for line in wrapped(text, width.saturating_sub(5), tone) {
        lines.push(TextLine::one("     ", Tone::Plain).push(line.text(), tone));
    }
    lines
}

fn hex_block(label: &str, bytes: &[u8], width: usize) -> Vec<TextLine> {
    let per_line = if width >= 56 { 16 } else { 8 };
    let mut lines = vec![TextLine::one(format!("   {label}"), Tone::Heading)];
    lines.extend(
        hex_lines(bytes, per_line)
            .into_iter()
            .map(|l| TextLine::one(format!("     {l}"), Tone::Plain)),
    );
    lines
}

fn text_lines(text: &str) -> Vec<TextLine> {
    text.lines()
        .map(|l| TextLine::one(l.to_string(), Tone::Plain))
        .collect()
}

/// What one step shows besides its explanation.
fn body(w: &AuthWalk, step: SshStep, seed: u64, lang: Lang, width: usize) -> Vec<TextLine> {
    match step {
        SshStep::KeyPair => {
            let mut lines = value(
                lang.text(Msg::LblPublicKey),
                &w.public_key.to_string(),
                width,
                Tone::Plain,
            );
            lines.extend(value(
                lang.text(Msg::LblFingerprint),
                &w.public_key.keygen_line(),
                width,
                Tone::Plain,
            ));
            lines.extend(value(
                lang.text(Msg::LblPrivateKey),
                lang.text(Msg::SshPrivateStays),
                width,
                Tone::Plain,
            ));
            lines.extend(value(
                lang.text(Msg::LblSeed),
                &lang.fill(Msg::SshSeed, &[&seed.to_string()]),
                width,
                Tone::Dim,
            ));
            lines
        }
        SshStep::SessionId => hex_block("session id", &w.session_id, width),
        SshStep::SignedData => {
            let mut lines = vec![TextLine::one(
                format!(
                    "   {}",
                    lang.fill(Msg::SshSignedBytes, &[&w.signed_data.len().to_string()])
                ),
                Tone::Plain,
            )];
            lines.extend(text_lines(&fields_text(&w.signed_fields, true)));
            lines
        }
        SshStep::Signature => hex_block("signature", &w.signature, width),
        SshStep::Request => text_lines(&fields_text(&w.request_fields, false)),
        SshStep::Verify => {
            let yes_no = lang.text(if w.authorized { Msg::Yes } else { Msg::No });
            let mut lines = value(
                "authorized_keys",
                &lang.fill(Msg::SshAuthorized, &[&w.user, yes_no]),
                width,
                Tone::Plain,
            );
            lines.extend(value(
                lang.text(Msg::SshSignature),
                &lang.fill(Msg::SshChecked, &[verdict(w.verified)]),
                width,
                Tone::Plain,
            ));
            let (result, tone) = if w.verified {
                (Msg::SshSuccess, Tone::Good)
            } else {
                (Msg::SshFailure, Tone::Error)
            };
            lines.extend(value(
                lang.text(Msg::LblResult),
                lang.text(result),
                width,
                tone,
            ));
            lines
        }
        SshStep::Tampered => {
            let mut lines = Vec::new();
            for tampered in &w.tampered {
                let what = match &tampered.tamper {
                    Tamper::OtherSession { session_id } => lang.fill(
                        Msg::SshOtherSession,
                        &[&hex(session_id.get(..8).unwrap_or_default())],
                    ),
                    Tamper::FlippedByte {
                        offset,
                        field,
                        before,
                        after,
                    } => lang.fill(
                        Msg::SshFlipped,
                        &[
                            &offset.to_string(),
                            field,
                            &format!("{before:#04x} {:?}", char::from(*before)),
                            &format!("{after:#04x} {:?}", char::from(*after)),
                        ],
                    ),
                };
                let tone = if tampered.verified {
                    Tone::Good
                } else {
                    Tone::Error
                };
                lines.extend(value(
                    &what,
                    &lang.fill(Msg::SshVerification, &[verdict(tampered.verified)]),
                    width,
                    tone,
                ));
            }
            lines
        }
    }
}

impl Calculator for SshState {
    fn form(&self) -> &Form {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.form
    }

    fn recompute(&mut self) {
        let user = self.user();
        self.walk = walk(&user, &Material::from_seed(self.seed))
            .map_err(|e| format!("\"{user}\" is not a usable user name: {e}"));
    }

    fn result_title(&self) -> Msg {
        Msg::SshTitle
    }

    fn mode(&self) -> Mode {
        Mode::SSH_WALK
    }

    fn special(&mut self, action: &Action) -> Option<Outcome> {
        let last = SshStep::ALL.len() - 1;
        match action {
            Action::NextStep => self.step = (self.step + 1).min(last),
            Action::PrevStep => self.step = self.step.saturating_sub(1),
            _ => return None,
        }
        Some(Outcome::Handled)
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match &self.walk {
            Err(reason) => TextLine::one(format!("✗ {reason}"), Tone::Error),
            Ok(_) => {
                let step = SshStep::ALL[self.step.min(SshStep::ALL.len() - 1)];
                let text = lang.fill(
                    Msg::SshStepAnswer,
                    &[
                        &(self.step + 1).to_string(),
                        &SshStep::ALL.len().to_string(),
                        lang.text(step_name(step)),
                    ],
                );
                TextLine::one(format!("✓ {text}"), Tone::Good)
            }
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        let w = match &self.walk {
            Ok(w) => w,
            Err(reason) => return wrapped(reason, width, Tone::Error),
        };
        let mut lines = wrapped(
            &lang.fill(Msg::SshHeading, &[&w.user]),
            width,
            Tone::Heading,
        );
        let count = SshStep::ALL.len();
        let current = self.step.min(count - 1);
        for (i, step) in SshStep::ALL.iter().enumerate().take(current + 1) {
            let (marker, tone) = if i == current {
                ("▶", Tone::Highlight)
            } else {
                (" ", Tone::Plain)
            };
            lines.push(TextLine::one(
                format!("{marker}{:>3}. {}", i + 1, lang.text(step_name(*step))),
                tone,
            ));
        }
        let step = SshStep::ALL[current];
        lines.push(TextLine::new());
        lines.push(heading(lang.fill(
            Msg::SshStepHeading,
            &[
                &(current + 1).to_string(),
                &count.to_string(),
                lang.text(step_name(step)),
            ],
        )));
        lines.extend(wrapped(step.explain(lang), width, Tone::Plain));
        lines.extend(body(w, step, self.seed, lang, width));
        if current + 1 == count {
            lines.extend(wrapped(lang.text(Msg::SshEnd), width, Tone::Dim));
        } else {
            lines.extend(wrapped(
                &lang.fill(
                    Msg::SshNext,
                    &[&keys_for(Mode::SSH_WALK, &Action::NextStep)],
                ),
                width,
                Tone::Dim,
            ));
        }
        lines
    }

    fn cli(&self) -> Option<CliText> {
        self.cli_in(Lang::En)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(user: &str) -> SshState {
        SshState::with_seed(&[user.to_string()], 1)
    }

    fn text(lines: &[TextLine]) -> Vec<String> {
        lines.iter().map(TextLine::text).collect()
    }

    #[test]
    fn the_walk_steps_to_the_tampered_copies_which_fail() {
        let mut s = state("");
        assert_eq!(
            s.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✓ step 1 of 7: key pair")
        );
        for _ in 0..10 {
            s.special(&Action::NextStep);
        }
        assert_eq!(s.step(), 6);
        assert_eq!(
            s.message(Lang::Ja).map(|m| m.text()).as_deref(),
            Some("✓ 7 手順中 7：改ざんしたコピー")
        );
        let lines = text(&s.lines(Lang::En, 76));
        let fails = lines.iter().filter(|l| l.trim() == "verification FAILS");
        assert_eq!(fails.count(), 2, "{lines:#?}");
        s.special(&Action::PrevStep);
        let lines = text(&s.lines(Lang::En, 76));
        assert!(
            lines.contains(&"     SSH_MSG_USERAUTH_SUCCESS: the user is logged in".to_string())
        );
    }

    #[test]
    fn the_command_line_makes_the_same_key_from_the_seed() {
        let s = state("admin");
        let cli = s.cli().unwrap();
        assert_eq!(cli.command, "netdojo ssh walk --user admin --seed 1");
        let Ok(w) = s.walk() else { panic!() };
        assert_eq!(cli.output, format::ssh::walk(w));
        let lines = text(&s.lines(Lang::En, 76));
        let fingerprint = format!("     256 SHA256:{}", &w.public_key.fingerprint()[7..20]);
        assert!(
            lines.iter().any(|l| l.starts_with(&fingerprint)),
            "{lines:#?}"
        );
        assert_eq!(SshState::new(&["--seed".into(), "1".into()]).seed(), 1);
    }

    #[test]
    fn a_bad_user_name_is_refused_in_one_line() {
        let s = state("a b");
        let message = s.message(Lang::En).map(|m| m.text()).unwrap_or_default();
        assert!(
            message.starts_with("✗ \"a b\" is not a usable user name: "),
            "{message}"
        );
        for width in [0, 1, 10, 200] {
            assert!(!state("").lines(Lang::Ja, width).is_empty());
        }
    }
}
