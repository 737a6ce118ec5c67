//! DNS step by step: a name split into its levels, an iterative resolution walked
//! one message at a time (then the same question again, answered by the cache),
//! and the record types explained from the built-in zones.

mod resolve;

use crate::calc::dns::{
    Cache, CacheEntry, DomainName, Levels, Namespace, RecordType, Walk, explain_all, levels,
    resolve as resolve_name,
};
use crate::format;
use crate::format::table::Table;
use crate::i18n::width::columns;
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::{CharClass, Mode};
use crate::tui::layout;

use super::calc::{self, Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;
use super::numbers::halfwidth;
use super::rows::{heading, headless, labelled, table, wrapped, wrapped_table};
use super::{Ctx, Outcome, scroll};

/// The views of the DNS screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DnsView {
    /// A name's levels.
    Levels,
    /// An iterative resolution, message by message.
    Resolve,
    /// The record types.
    Records,
}

impl DnsView {
    const ALL: [DnsView; 3] = [DnsView::Levels, DnsView::Resolve, DnsView::Records];
    const NAMES: &'static [Msg] = &[Msg::ViewLevels, Msg::ViewResolve, Msg::ViewRecords];

    fn index(self) -> usize {
        match self {
            DnsView::Levels => 0,
            DnsView::Resolve => 1,
            DnsView::Records => 2,
        }
    }
}

/// Seconds between the first lookup and the second, as `netdojo dns walk` waits.
pub const GAP: u64 = 60;

/// The two lookups of the same question, and the cache after the second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookups {
    /// The first lookup (empty cache) and the second (60 s later).
    pub walks: [Walk; 2],
    /// What the cache holds after the second lookup.
    pub cache: Vec<CacheEntry>,
}

impl Lookups {
    /// Every step of both lookups in order, with the lookup (0 or 1) it belongs to.
    pub fn steps(&self) -> impl Iterator<Item = (usize, usize, &crate::calc::dns::Step)> {
        self.walks
            .iter()
            .enumerate()
            .flat_map(|(l, w)| w.steps.iter().enumerate().map(move |(i, s)| (l, i, s)))
    }

    /// How many steps both lookups take.
    pub fn len(&self) -> usize {
        self.walks.iter().map(|w| w.steps.len()).sum()
    }

    /// Whether there is no step at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A resolution, or why there is none.
pub type LookupResult = Result<Lookups, String>;

/// The DNS screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DnsState {
    view: DnsView,
    forms: [Form; 3],
    levels: Result<Levels, String>,
    lookups: LookupResult,
    step: usize,
}

const NAME: usize = 0;
const TYPE: usize = 1;
const EXAMPLE: &str = "www.example.co.jp";

impl DnsState {
    /// The screen, prefilled: `walk` or `records` first opens that view (the walk
    /// then takes a name and a record type); otherwise, after an optional
    /// `levels`, the argument is the name to split.
    pub fn new(prefill: &[String]) -> DnsState {
        let (view, rest) = match prefill.first().map(String::as_str) {
            Some("walk" | "resolve") => (DnsView::Resolve, &prefill[1..]),
            Some("records") => (DnsView::Records, &prefill[1..]),
            Some("levels") => (DnsView::Levels, &prefill[1..]),
            _ => (DnsView::Levels, prefill),
        };
        let given = |v: DnsView| if v == view { rest } else { &[] };
        let name = || Field::new(Msg::FieldDomain, CharClass::Free, Msg::PhDomain, EXAMPLE);
        let forms = [
            Form::new(vec![name()], given(DnsView::Levels)),
            Form::new(
                vec![
                    name(),
                    Field::new(Msg::FieldRecordType, CharClass::Free, Msg::PhRecordType, ""),
                ],
                given(DnsView::Resolve),
            ),
            Form::new(Vec::new(), &[]),
        ];
        let mut state = DnsState {
            view,
            forms,
            levels: Err(String::new()),
            lookups: Err(String::new()),
            step: 0,
        };
        state.recompute_levels();
        state.recompute_lookups();
        state
    }

    /// The view shown.
    pub fn view(&self) -> DnsView {
        self.view
    }

    /// The message shown last (0-based, over both lookups).
    pub fn step(&self) -> usize {
        self.step
    }

    /// The two lookups, or why there are none.
    pub fn lookups(&self) -> &LookupResult {
        &self.lookups
    }

    fn text(&self, view: DnsView, i: usize) -> String {
        halfwidth(self.forms[view.index()].text(i))
            .trim()
            .to_string()
    }

    fn recompute_levels(&mut self) {
        let text = self.text(DnsView::Levels, NAME);
        self.levels = if text.is_empty() {
            Err(String::new())
        } else {
            levels(&text).map_err(|e| format!("\"{text}\" is not a valid domain name: {e}"))
        };
    }

    fn rtype_text(&self) -> String {
        let text = self.text(DnsView::Resolve, TYPE);
        if text.is_empty() { "A".into() } else { text }
    }

    fn recompute_lookups(&mut self) {
        let text = self.text(DnsView::Resolve, NAME);
        self.lookups = if text.is_empty() {
            Err(String::new())
        } else {
            lookups(&text, &self.rtype_text())
        };
        let last = self
            .lookups
            .as_ref()
            .map_or(0, |l| l.len().saturating_sub(1));
        self.step = self.step.min(last);
    }

    /// Handles an action: as any calculator, then in the resolution the view
    /// follows the newest message, whose explanation ends the result.
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let outcome = calc::update(self, action, ctx);
        let follows = matches!(
            action,
            Action::NextStep | Action::PrevStep | Action::NextView | Action::PrevView
        ) || matches!(
            action,
            Action::Resize(..) | Action::Input(_) | Action::Paste(_)
        ) || matches!(
            action,
            Action::Backspace | Action::Delete | Action::ClearInput
        );
        if self.view == DnsView::Resolve && follows {
            let areas = layout::calc(ctx.body, self.form().fields.len());
            let count = self.lines(ctx.lang, usize::from(areas.result.width)).len();
            self.forms[DnsView::Resolve.index()].scroll =
                scroll::max_offset(count, usize::from(areas.result.height));
        }
        outcome
    }

    /// The command line that prints what the view shows, in `lang`.
    pub fn cli_in(&self, lang: Lang) -> Option<CliText> {
        match self.view {
            DnsView::Levels => {
                let name = self.text(DnsView::Levels, NAME);
                if name.is_empty() {
                    return None;
                }
                let output = match &self.levels {
                    Ok(split) => format::dns::levels(split),
                    Err(message) => format!("netdojo: {message}\n"),
                };
                Some(CliText {
                    command: format!("netdojo dns levels {}", shell_quote(&name)),
                    output,
                })
            }
            DnsView::Resolve => {
                let name = self.text(DnsView::Resolve, NAME);
                if name.is_empty() {
                    return None;
                }
                let rtype = self.rtype_text();
                let mut command = format!("netdojo dns walk {}", shell_quote(&name));
                if rtype != "A" {
                    command.push_str(&format!(" --type {}", shell_quote(&rtype)));
                }
                command.push_str(" --twice");
                let output = match &self.lookups {
                    Ok(l) => format!(
                        "{}\n{}\n{}",
                        format::dns::walk(1, &l.walks[0]),
                        format::dns::walk(2, &l.walks[1]),
                        format::dns::cache(GAP, &l.cache)
                    ),
                    Err(message) => format!("netdojo: {message}\n"),
                };
                Some(CliText { command, output })
            }
            DnsView::Records => {
                let flag = match lang {
                    Lang::En => "",
                    Lang::Ja => " --lang ja",
                };
                Some(CliText {
                    command: format!("netdojo dns records{flag}"),
                    output: format::dns::records(&explain_all(&Namespace::builtin(), lang)),
                })
            }
        }
    }

    fn switch_view(&mut self, forward: bool) {
        let count = DnsView::ALL.len();
        let now = self.view.index();
        let next = if forward {
            (now + 1) % count
        } else {
            (now + count - 1) % count
        };
        self.view = DnsView::ALL[next];
    }
}

/// Looks `name` up twice over the built-in zones with one cache, as
/// `netdojo dns walk NAME --twice` does; an error is the line it prints.
pub fn lookups(name: &str, rtype: &str) -> LookupResult {
    let rtype = rtype.parse::<RecordType>().map_err(|e| e.to_string())?;
    let parsed = name
        .parse::<DomainName>()
        .map_err(|e| format!("\"{name}\" is not a valid domain name: {e}"))?;
    let namespace = Namespace::builtin();
    let mut cache = Cache::new();
    let mut run = |now| {
        resolve_name(&namespace, &mut cache, &parsed, rtype, now)
            .map_err(|e| format!("cannot resolve \"{name}\": {e}"))
    };
    let first = run(0)?;
    let second = run(GAP)?;
    Ok(Lookups {
        walks: [first, second],
        cache: cache.entries(GAP),
    })
}

impl Calculator for DnsState {
    fn form(&self) -> &Form {
        &self.forms[self.view.index()]
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.forms[self.view.index()]
    }

    fn recompute(&mut self) {
        match self.view {
            DnsView::Levels => self.recompute_levels(),
            DnsView::Resolve => self.recompute_lookups(),
            DnsView::Records => {}
        }
    }

    fn result_title(&self) -> Msg {
        DnsView::NAMES[self.view.index()]
    }

    fn mode(&self) -> Mode {
        match self.view {
            DnsView::Levels => Mode::DNS_LEVELS,
            DnsView::Resolve => Mode::FREE_WALK,
            DnsView::Records => Mode::VIEW_ONLY,
        }
    }

    fn views(&self) -> Option<(&'static [Msg], usize)> {
        Some((DnsView::NAMES, self.view.index()))
    }

    fn special(&mut self, action: &Action) -> Option<Outcome> {
        match (action, self.view) {
            (Action::NextView | Action::PrevView, _) => {
                self.switch_view(*action == Action::NextView);
                self.form_mut().scroll = 0;
            }
            (Action::NextStep, DnsView::Resolve) => {
                let last = self
                    .lookups
                    .as_ref()
                    .map_or(0, |l| l.len().saturating_sub(1));
                self.step = (self.step + 1).min(last);
            }
            (Action::PrevStep, DnsView::Resolve) => self.step = self.step.saturating_sub(1),
            _ => return None,
        }
        Some(Outcome::Handled)
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match self.view {
            DnsView::Levels => match &self.levels {
                Err(reason) if reason.is_empty() => {
                    TextLine::one(lang.text(Msg::DnsLevelsPrompt), Tone::Dim)
                }
                Err(reason) => TextLine::one(format!("✗ {reason}"), Tone::Error),
                Ok(split) => {
                    let none = || "-".to_string();
                    let text = lang.fill(
                        Msg::DnsLevelsAnswer,
                        &[
                            &split.registrable_domain.clone().unwrap_or_else(none),
                            &split.public_suffix.clone().unwrap_or_else(none),
                            &split.levels.len().to_string(),
                        ],
                    );
                    TextLine::one(format!("✓ {text}"), Tone::Good)
                }
            },
            DnsView::Resolve => resolve::message(&self.lookups, self.step, lang),
            DnsView::Records => TextLine::one(lang.text(Msg::DnsRecordsPrompt), Tone::Dim),
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        match self.view {
            DnsView::Levels => levels_lines(&self.levels, lang, width),
            DnsView::Resolve => resolve::lines(&self.lookups, self.step, lang, width),
            DnsView::Records => records_lines(lang, width),
        }
    }

    fn cli(&self) -> Option<CliText> {
        self.cli_in(Lang::En)
    }
}

/// A bracket under the last `span` columns of a name `total` columns wide, then
/// what that part is.
fn bracket(total: usize, span: usize, what: &str) -> TextLine {
    let start = total.saturating_sub(span);
    let mark = match span {
        0 => return TextLine::new(),
        1 => "↑".to_string(),
        n => format!("└{}┘", "─".repeat(n - 2)),
    };
    TextLine::one(format!("  {}", " ".repeat(start)), Tone::Plain)
        .push(mark, Tone::Key)
        .push(format!(" {what}"), Tone::Dim)
}

fn levels_lines(split: &Result<Levels, String>, lang: Lang, width: usize) -> Vec<TextLine> {
    let split = match split {
        Ok(split) => split,
        Err(reason) => {
            let mut lines = wrapped(reason, width, Tone::Error);
            lines.extend(wrapped(lang.text(Msg::DnsLevelsNote), width, Tone::Dim));
            return lines;
        }
    };
    let name = split.name.to_string();
    let bare = name.trim_end_matches('.');
    let total = columns(bare);
    let mut lines = vec![TextLine::one(format!("  {bare}"), Tone::Heading)];
    let parts = [
        (split.registrable_domain.as_deref(), Msg::LblRegistrable),
        (split.public_suffix.as_deref(), Msg::LblPublicSuffix),
        (split.tld.as_deref(), Msg::LblTld),
    ];
    for (part, what) in parts {
        if let Some(part) = part.filter(|p| bare.ends_with(p)) {
            lines.push(bracket(total, columns(part), lang.text(what)));
        }
    }
    lines.push(TextLine::new());
    let none = lang.text(Msg::DnsNoRegistrable).to_string();
    let tld = match (&split.tld, split.tld_kind) {
        (Some(tld), Some(kind)) => format!("{tld} ({})", kind.name(lang)),
        _ => "-".into(),
    };
    let suffix = match &split.public_suffix {
        Some(suffix) if split.suffix_listed => suffix.clone(),
        Some(suffix) => lang.fill(Msg::DnsSuffixUnlisted, &[suffix]),
        None => "-".into(),
    };
    lines.extend(labelled(&[
        (lang.text(Msg::LblName).into(), name.clone()),
        (lang.text(Msg::LblTld).into(), tld),
        (lang.text(Msg::LblPublicSuffix).into(), suffix),
        (
            lang.text(Msg::LblRegistrable).into(),
            split.registrable_domain.clone().unwrap_or(none),
        ),
        (
            lang.text(Msg::LblLength).into(),
            lang.fill(Msg::DnsWireLength, &[&split.name.wire_len().to_string()]),
        ),
    ]));
    if !split.levels.is_empty() {
        lines.push(TextLine::new());
        let mut t = Table::new(&[
            lang.text(Msg::ColLevel),
            lang.text(Msg::ColLabel),
            lang.text(Msg::ColRole),
        ]);
        for level in &split.levels {
            t.row(vec![
                level.ordinal(lang),
                level.label.clone(),
                level.role.describe(lang).to_string(),
            ]);
        }
        lines.extend(table(&t, 2));
    }
    lines.push(TextLine::new());
    lines.extend(wrapped(lang.text(Msg::DnsLevelsNote), width, Tone::Dim));
    lines
}

fn records_lines(lang: Lang, width: usize) -> Vec<TextLine> {
    let mut lines = Vec::new();
    for explained in explain_all(&Namespace::builtin(), lang) {
        if !lines.is_empty() {
            lines.push(TextLine::new());
        }
        lines.push(heading(explained.rtype.to_string()));
        lines.extend(wrapped(explained.meaning, width, Tone::Plain));
        lines.extend(headless(
            &format::dns::records_table(&explained.examples),
            2,
        ));
        if !explained.fields.is_empty() {
            let rows: Vec<Vec<String>> = explained
                .fields
                .iter()
                .map(|f| vec![f.name.to_string(), f.value.clone(), f.meaning.to_string()])
                .collect();
            lines.extend(wrapped_table(
                &[
                    lang.text(Msg::ColField),
                    lang.text(Msg::ColValue),
                    lang.text(Msg::ColMeaning),
                ],
                &rows,
                width.saturating_sub(2),
            ));
        }
    }
    lines
}
