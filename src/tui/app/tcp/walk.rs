//! The connection walk-through drawn as a sequence diagram: the client's and the
//! server's lifelines, one arrow per segment up to the step shown (flags, seq, ack
//! and len written on it), the states after that step, and its explanation.

use crate::calc::tcp::{Phase, Segment, Side, TcpState};
use crate::i18n::width::{columns, pad_left, truncate};
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::app::rows::{heading, keys_for, wrapped};
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::Mode;

use super::WalkResult;

/// Columns before the client's lifeline: a marker and the step number.
const MARGIN: usize = 5;
/// The widest the lanes between the lifelines get.
const MAX_LANE: usize = 64;
/// The narrowest lanes worth drawing a phase name beside.
const MIN_LANE: usize = 30;

fn side_name(side: Side, lang: Lang) -> &'static str {
    match side {
        Side::Client => lang.text(Msg::SideClient),
        Side::Server => lang.text(Msg::SideServer),
    }
}

fn phase_name(phase: Phase, lang: Lang) -> &'static str {
    lang.text(match phase {
        Phase::Handshake => Msg::PhaseHandshake,
        Phase::Data => Msg::PhaseData,
        Phase::Teardown => Msg::PhaseTeardown,
    })
}

/// What an arrow says: `SYN, ACK seq=5000 ack=1001 len=0`.
fn label(segment: &Segment) -> String {
    let ack = segment.ack.map_or(String::new(), |a| format!(" ack={a}"));
    format!(
        "{} seq={}{ack} len={}",
        segment.flags, segment.seq, segment.len
    )
}

/// The line under the inputs.
pub fn message(walk: &WalkResult, step: usize, lang: Lang) -> TextLine {
    match walk {
        Err(reason) => TextLine::one(format!("✗ {reason}"), Tone::Error),
        Ok((_, steps)) => {
            let Some(segment) = steps.get(step) else {
                return TextLine::new();
            };
            let text = lang.fill(
                Msg::WalkAnswer,
                &[
                    &(step + 1).to_string(),
                    &steps.len().to_string(),
                    &label(segment),
                    side_name(segment.from, lang),
                    side_name(segment.from.other(), lang),
                ],
            );
            TextLine::one(format!("✓ {text}"), Tone::Good)
        }
    }
}

/// One arrow across a lane of `lane` columns, from the sender's lifeline.
fn arrow(segment: &Segment, lane: usize) -> String {
    let inner = lane.saturating_sub(2);
    let text = format!(" {} ", label(segment));
    let text = truncate(&text, inner.saturating_sub(3)).into_owned();
    let dashes = inner.saturating_sub(columns(&text) + 1);
    let (before, after) = (dashes / 2, dashes - dashes / 2);
    match segment.from {
        Side::Client => format!("│{}{text}{}▶│", "─".repeat(before), "─".repeat(after)),
        Side::Server => format!("│◀{}{text}{}│", "─".repeat(after), "─".repeat(before)),
    }
}

/// A row with one text at each lifeline.
fn ends(left: &str, right: &str, lane: usize, tone: Tone) -> TextLine {
    let room = lane.saturating_sub(columns(left) + 1);
    TextLine::one(" ".repeat(MARGIN), Tone::Plain)
        .push(left, tone)
        .push(format!(" {}", pad_left(right, room)), tone)
}

fn states(client: TcpState, server: TcpState, lane: usize) -> TextLine {
    ends(&client.to_string(), &server.to_string(), lane, Tone::Dim)
}

/// The result lines: the diagram up to `step`, then that step explained.
pub fn lines(walk: &WalkResult, step: usize, lang: Lang, width: usize) -> Vec<TextLine> {
    let steps = match walk {
        Ok((_, steps)) => steps,
        Err(reason) => {
            let mut lines = wrapped(reason, width, Tone::Error);
            lines.push(TextLine::new());
            lines.extend(wrapped(lang.text(Msg::WalkHelp), width, Tone::Dim));
            return lines;
        }
    };
    let phases = [Phase::Handshake, Phase::Data, Phase::Teardown];
    let phase_width = phases
        .iter()
        .map(|p| columns(phase_name(*p, lang)))
        .max()
        .unwrap_or(0)
        + 1;
    let room = width.saturating_sub(MARGIN);
    let (lane, with_phases) = if room >= MIN_LANE + phase_width {
        ((room - phase_width).min(MAX_LANE), true)
    } else {
        (room.min(MAX_LANE), false)
    };
    let mut lines = vec![ends(
        side_name(Side::Client, lang),
        side_name(Side::Server, lang),
        lane,
        Tone::Heading,
    )];
    lines.push(states(TcpState::Closed, TcpState::Listen, lane));
    for (i, segment) in steps.iter().enumerate().take(step + 1) {
        let current = i == step;
        let marker = if current { "▶" } else { " " };
        let tone = if current {
            Tone::Highlight
        } else {
            Tone::Plain
        };
        let mut line = TextLine::one(format!("{marker}{:>3} ", segment.step), tone)
            .push(arrow(segment, lane), tone);
        if with_phases {
            line = line.push(format!(" {}", phase_name(segment.phase, lang)), Tone::Dim);
        }
        lines.push(line);
    }
    let Some(segment) = steps.get(step) else {
        return lines;
    };
    lines.push(states(segment.client_state, segment.server_state, lane));
    lines.push(TextLine::new());
    lines.push(heading(lang.fill(
        Msg::WalkStep,
        &[
            &segment.step.to_string(),
            &steps.len().to_string(),
            phase_name(segment.phase, lang),
            side_name(segment.from, lang),
            side_name(segment.from.other(), lang),
        ],
    )));
    lines.extend(wrapped(
        lang.pick(&segment.explain, &segment.explain_ja),
        width,
        Tone::Plain,
    ));
    if step + 1 == steps.len() {
        lines.extend(wrapped(lang.text(Msg::WalkEnd), width, Tone::Dim));
    } else {
        lines.extend(wrapped(
            &lang.fill(
                Msg::WalkNext,
                &[&keys_for(Mode::TCP_WALK, &Action::NextStep)],
            ),
            width,
            Tone::Dim,
        ));
    }
    lines
}
