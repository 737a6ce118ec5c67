//! The resolution walk as lines: every message so far on one line each (who asks
//! whom, and what came back), then the newest one with its records and why.

use crate::calc::dns::{Outcome, Record, RecordType, Step, Walk, ZoneReply, mx_order};
use crate::format::dns::{cache_table, record_cells, records_table, server_text};
use crate::format::table::Table;
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::app::rows::{heading, headless, keys_for, wrapped};
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::Mode;

use super::{GAP, LookupResult};

/// Records as a headless table in zone-file order, with a note per record.
fn noted_table(records: &[(&Record, &str)]) -> Table {
    let mut table = Table::headless().right_align(&[1]);
    for (record, note) in records {
        table.row(record_cells(record, note));
    }
    table
}

/// What came back for a query, in a few words.
fn reply_summary(reply: &ZoneReply, lang: Lang) -> String {
    match reply {
        ZoneReply::Referral { cut, glue, .. } if glue.is_empty() => {
            lang.fill(Msg::DnsReferralNoGlue, &[cut])
        }
        ZoneReply::Referral { cut, .. } => lang.fill(Msg::DnsReferral, &[cut]),
        ZoneReply::Answer { .. } => lang.text(Msg::DnsAuthAnswer).to_string(),
        ZoneReply::NxDomain { .. } => lang.text(Msg::DnsNxDomain).to_string(),
        ZoneReply::NoData { .. } => lang.text(Msg::DnsNoData).to_string(),
    }
}

/// A step on one line.
pub fn summary(step: &Step, lang: Lang) -> String {
    match step {
        Step::Start {
            question,
            from_cache: false,
            ..
        } => lang.fill(Msg::DnsStartRoot, &[&question.to_string()]),
        Step::Start { question, zone, .. } => {
            lang.fill(Msg::DnsStartCached, &[&question.to_string(), zone])
        }
        Step::Ask {
            server,
            question,
            reply,
        } => format!(
            "{} ← {}",
            lang.fill(Msg::DnsAsk, &[&server_text(server), &question.to_string()]),
            reply_summary(reply, lang)
        ),
        Step::FromCache { question, .. } => lang.fill(Msg::DnsFromCache, &[&question.to_string()]),
        Step::NegativeFromCache { question, .. } => {
            lang.fill(Msg::DnsNegativeCache, &[&question.to_string()])
        }
        Step::Restart { alias, target } => lang.fill(Msg::DnsRestart, &[alias, target]),
        Step::FindServer { server } => lang.fill(Msg::DnsFindServer, &[server]),
    }
}

/// The records a step carries, with notes.
fn step_records(step: &Step) -> Table {
    match step {
        Step::Ask { reply, .. } => match reply {
            ZoneReply::Referral { ns, glue, .. } => {
                let mut noted: Vec<(&Record, &str)> = ns.iter().map(|r| (r, "")).collect();
                noted.extend(glue.iter().map(|r| (r, "(glue)")));
                noted_table(&noted)
            }
            ZoneReply::Answer { records } => records_table(records),
            ZoneReply::NxDomain { soa } | ZoneReply::NoData { soa } => {
                let noted: Vec<(&Record, &str)> = soa.iter().map(|r| (r, "(SOA)")).collect();
                noted_table(&noted)
            }
        },
        Step::FromCache { records, .. } => records_table(records),
        _ => Table::headless(),
    }
}

/// Why a step happens, as the explanations that apply.
fn why(step: &Step) -> Vec<Msg> {
    match step {
        Step::Start {
            from_cache: false, ..
        } => vec![Msg::DnsWhyStartRoot],
        Step::Start { .. } => vec![Msg::DnsWhyStartCached],
        Step::Ask { reply, .. } => match reply {
            ZoneReply::Referral { glue, .. } if glue.is_empty() => {
                vec![Msg::DnsWhyReferral, Msg::DnsWhyNoGlue]
            }
            ZoneReply::Referral { .. } => vec![Msg::DnsWhyReferral],
            ZoneReply::Answer { records } => {
                let alias = records.iter().any(|r| r.rtype() == RecordType::Cname);
                if alias {
                    vec![Msg::DnsWhyAnswer, Msg::DnsWhyCname]
                } else {
                    vec![Msg::DnsWhyAnswer]
                }
            }
            ZoneReply::NxDomain { .. } => vec![Msg::DnsWhyNx],
            ZoneReply::NoData { .. } => vec![Msg::DnsWhyNoData],
        },
        Step::FromCache { .. } | Step::NegativeFromCache { .. } => vec![Msg::DnsWhyCache],
        Step::Restart { .. } => vec![Msg::DnsWhyCname],
        Step::FindServer { .. } => vec![Msg::DnsWhyFindServer],
    }
}

/// The result of a lookup on one line, then where mail goes for MX.
fn result(walk: &Walk, lang: Lang) -> Vec<TextLine> {
    let queries = walk.queries().to_string();
    let (msg, tone) = match walk.outcome {
        Outcome::Answer => (Msg::DnsResultAnswer, Tone::Good),
        Outcome::NxDomain => (Msg::DnsResultNx, Tone::Error),
        Outcome::NoData => (Msg::DnsResultNoData, Tone::Error),
    };
    let mut lines = vec![TextLine::one(
        format!("     {}", lang.fill(msg, &[&queries])),
        tone,
    )];
    lines.extend(headless(&records_table(&walk.answer), 7));
    if walk.question.rtype == RecordType::Mx && walk.outcome == Outcome::Answer {
        let order: Vec<String> = mx_order(&walk.answer)
            .iter()
            .map(|mx| {
                lang.fill(
                    Msg::DnsPreference,
                    &[&mx.exchange, &mx.preference.to_string()],
                )
            })
            .collect();
        lines.push(TextLine::one(
            format!(
                "     {}",
                lang.fill(Msg::DnsMailOrder, &[&order.join(" → ")])
            ),
            Tone::Plain,
        ));
    }
    lines
}

/// The line under the inputs.
pub fn message(lookups: &LookupResult, step: usize, lang: Lang) -> TextLine {
    match lookups {
        Err(reason) if reason.is_empty() => {
            TextLine::one(lang.text(Msg::DnsLevelsPrompt), Tone::Dim)
        }
        Err(reason) => TextLine::one(format!("✗ {reason}"), Tone::Error),
        Ok(lookups) => {
            let Some((lookup, _, current)) = lookups.steps().nth(step) else {
                return TextLine::new();
            };
            let text = lang.fill(
                Msg::DnsStepAnswer,
                &[
                    &(step + 1).to_string(),
                    &lookups.len().to_string(),
                    &(lookup + 1).to_string(),
                    &summary(current, lang),
                ],
            );
            TextLine::one(format!("✓ {text}"), Tone::Good)
        }
    }
}

/// The result lines: the messages up to `step`, then that one explained.
pub fn lines(lookups: &LookupResult, step: usize, lang: Lang, width: usize) -> Vec<TextLine> {
    let lookups = match lookups {
        Ok(lookups) => lookups,
        Err(reason) => {
            let mut lines = wrapped(reason, width, Tone::Error);
            lines.push(TextLine::new());
            lines.extend(wrapped(lang.text(Msg::DnsWalkHelp), width, Tone::Dim));
            return lines;
        }
    };
    let mut lines = Vec::new();
    let mut shown = None;
    for (i, (lookup, index, current)) in lookups.steps().enumerate().take(step + 1) {
        let walk = &lookups.walks[lookup];
        if index == 0 {
            if lookup > 0 {
                lines.push(TextLine::new());
            }
            lines.push(heading(lang.fill(
                Msg::DnsLookup,
                &[
                    &(lookup + 1).to_string(),
                    &walk.question.to_string(),
                    &walk.at.to_string(),
                ],
            )));
            if lookup > 0 {
                lines.push(TextLine::one(lang.text(Msg::DnsLookupCached), Tone::Dim));
            }
        }
        let is_current = i == step;
        let (marker, tone) = if is_current {
            ("▶", Tone::Highlight)
        } else {
            (" ", Tone::Plain)
        };
        lines.push(TextLine::one(
            format!("{marker}{:>3}. {}", index + 1, summary(current, lang)),
            tone,
        ));
        if index + 1 == walk.steps.len() {
            lines.extend(result(walk, lang));
        }
        shown = Some((lookup, current));
    }
    let Some((lookup, current)) = shown else {
        return lines;
    };
    lines.push(TextLine::new());
    lines.push(heading(lang.fill(
        Msg::DnsStepHeading,
        &[
            &(step + 1).to_string(),
            &lookups.len().to_string(),
            &(lookup + 1).to_string(),
        ],
    )));
    lines.extend(wrapped(&summary(current, lang), width, Tone::Plain));
    lines.extend(headless(&step_records(current), 2));
    for msg in why(current) {
        lines.extend(wrapped(lang.text(msg), width, Tone::Dim));
    }
    if step + 1 >= lookups.len() {
        lines.extend(wrapped(lang.text(Msg::DnsWalkEnd), width, Tone::Dim));
        lines.push(TextLine::new());
        lines.push(heading(lang.fill(
            Msg::DnsCacheHeading,
            &[&GAP.to_string(), &lookups.cache.len().to_string()],
        )));
        lines.extend(headless(&cache_table(&lookups.cache), 2));
    } else {
        lines.extend(wrapped(
            &lang.fill(
                Msg::DnsWalkNext,
                &[&keys_for(Mode::FREE_WALK, &Action::NextStep)],
            ),
            width,
            Tone::Dim,
        ));
    }
    lines
}
