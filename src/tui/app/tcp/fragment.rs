//! The fragmentation view: the fragments of a datagram as a table, where each
//! one's data sits in the original, and why the numbers are what they are.

use crate::format::table::Table;
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::app::bar;
use crate::tui::app::rows::{heading, keys_for, table, wrapped};
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::Mode;

use super::FragmentResult;

/// The line under the inputs.
pub fn message(result: &FragmentResult, dont_fragment: bool, lang: Lang) -> TextLine {
    match result {
        Err(reason) if reason.is_empty() => {
            TextLine::one(lang.text(Msg::FragmentPrompt), Tone::Dim)
        }
        Err(reason) => TextLine::one(format!("✗ {reason}"), Tone::Error),
        Ok((_, fragments)) => {
            let text = match fragments.as_slice() {
                [_] => lang.text(Msg::FragmentFits).to_string(),
                [first, ..] => lang.fill(
                    Msg::FragmentAnswer,
                    &[&fragments.len().to_string(), &first.data_length.to_string()],
                ),
                [] => String::new(),
            };
            let df = lang.fill(
                Msg::DfState,
                &[lang.text(if dont_fragment { Msg::DfOn } else { Msg::DfOff })],
            );
            TextLine::one(format!("✓ {text} ({df})"), Tone::Good)
        }
    }
}

/// Where each fragment's data lies in the original data: a bar of the whole data
/// per fragment, filled where that fragment's bytes are.
fn placement(result: &FragmentResult, width: usize) -> Vec<TextLine> {
    let Ok((input, fragments)) = result else {
        return Vec::new();
    };
    let data = input.total_length.saturating_sub(input.header_length);
    let room = width.saturating_sub(26).min(60);
    if data == 0 || room < 8 {
        return Vec::new();
    }
    let last = u128::from(data - 1);
    fragments
        .iter()
        .map(|f| {
            let first = u128::from(f.offset_bytes);
            let end = (f.offset_bytes + f.data_length).saturating_sub(1);
            let fills = bar::slices(last, &[(first, u128::from(end))], room);
            let mut line = TextLine::one(format!("  #{:<3}", f.index), Tone::Heading);
            line.0.extend(bar::line(&fills).0);
            line.push(format!(" {}–{end}", f.offset_bytes), Tone::Plain)
        })
        .collect()
}

/// The result lines.
pub fn lines(
    result: &FragmentResult,
    dont_fragment: bool,
    lang: Lang,
    width: usize,
) -> Vec<TextLine> {
    let keys = keys_for(Mode::FRAGMENT, &Action::ToggleFlag);
    let df = lang.text(if dont_fragment { Msg::DfOn } else { Msg::DfOff });
    let mut lines = vec![
        TextLine::one(lang.text(Msg::LblDf), Tone::Heading)
            .push(format!("  {df}  "), Tone::Plain)
            .push(lang.fill(Msg::DfKey, &[&keys]), Tone::Dim),
        TextLine::new(),
    ];
    let (input, fragments) = match result {
        Ok(found) => found,
        Err(reason) => {
            if !reason.is_empty() {
                lines.extend(wrapped(reason, width, Tone::Error));
                lines.push(TextLine::new());
            }
            lines.extend(wrapped(lang.text(Msg::FragmentHelp), width, Tone::Dim));
            return lines;
        }
    };
    let data = input.total_length.saturating_sub(input.header_length);
    lines.extend(wrapped(
        &lang.fill(
            if fragments.len() == 1 {
                Msg::FragmentSummaryOne
            } else {
                Msg::FragmentSummary
            },
            &[
                &input.total_length.to_string(),
                &input.header_length.to_string(),
                &data.to_string(),
                &input.mtu.to_string(),
                &fragments.len().to_string(),
            ],
        ),
        width,
        Tone::Plain,
    ));
    lines.push(TextLine::new());
    let mut t = Table::new(&[
        lang.text(Msg::ColFragment),
        lang.text(Msg::ColTotalLength),
        lang.text(Msg::ColData),
        lang.text(Msg::ColOffsetBytes),
        lang.text(Msg::ColOffsetField),
        "MF",
    ])
    .right_align(&[0, 1, 2, 3, 4, 5]);
    for f in fragments {
        t.row(vec![
            f.index.to_string(),
            f.total_length.to_string(),
            f.data_length.to_string(),
            f.offset_bytes.to_string(),
            f.offset_units.to_string(),
            u8::from(f.more_fragments).to_string(),
        ]);
    }
    lines.extend(table(&t, 2));
    let placed = placement(result, width);
    if !placed.is_empty() {
        lines.push(TextLine::new());
        lines.push(heading(lang.fill(Msg::FragmentWhere, &[&data.to_string()])));
        lines.extend(placed);
    }
    lines.push(TextLine::new());
    if fragments.len() > 1 {
        let per = fragments.first().map_or(0, |f| f.data_length);
        let last = fragments.last().map_or(0, |f| f.offset_bytes);
        for note in [
            lang.fill(
                Msg::FragmentPer,
                &[
                    &input.mtu.to_string(),
                    &input.header_length.to_string(),
                    &per.to_string(),
                ],
            ),
            lang.fill(
                Msg::FragmentOffset,
                &[&last.to_string(), &(last / 8).to_string()],
            ),
            lang.text(Msg::FragmentMf).to_string(),
            lang.text(Msg::FragmentReassembly).to_string(),
        ] {
            lines.extend(wrapped(&note, width, Tone::Dim));
        }
    } else {
        lines.extend(wrapped(lang.text(Msg::FragmentNone), width, Tone::Dim));
    }
    lines
}
