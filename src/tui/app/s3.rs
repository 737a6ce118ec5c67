//! The S3 calculator: the monthly storage cost of a size, tier by tier (with an
//! optional yen rate), or, in its second mode, how a multipart upload splits an
//! object into parts and which limits it breaks.

use crate::calc::cost::{S3_STANDARD_US_EAST_1, StorageCost};
use crate::calc::decimal::Grouped;
use crate::calc::money::{Jpy, YenRate};
use crate::calc::multipart::{
    MULTIPART_RECOMMENDED_FROM_BYTES, UploadPlan, ZeroPartSize, plan_upload, single_put_allowed,
    smallest_part_size,
};
use crate::calc::parse::normalize_input;
use crate::calc::size::{ByteSize, SizeUnit};
use crate::format;
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::{CharClass, Mode};

use super::Outcome;
use super::calc::{Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;
use super::labelled::{error_lines, labelled};

/// What the S3 calculator works out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum S3Mode {
    /// The monthly storage cost.
    Cost,
    /// The parts of a multipart upload.
    Parts,
}

/// A priced size.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Priced {
    size: ByteSize,
    cost: StorageCost,
    yen: Option<(YenRate, Jpy)>,
}

/// A planned upload.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Planned {
    object: ByteSize,
    part: ByteSize,
    plan: UploadPlan,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome3 {
    Empty,
    Bad(String),
    Cost(Box<Priced>),
    Parts(Box<Planned>),
}

/// The S3 calculator's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3State {
    mode: S3Mode,
    cost_form: Form,
    parts_form: Form,
    result: Outcome3,
}

impl S3State {
    /// The calculator; a first argument `parts` (or `cost`) picks the mode, the
    /// rest prefill the inputs in order (size and rate, or object and part size).
    pub fn new(prefill: &[String]) -> S3State {
        let (mode, rest) = match prefill.first().map(String::as_str) {
            Some("parts") => (S3Mode::Parts, &prefill[1..]),
            Some("cost") => (S3Mode::Cost, &prefill[1..]),
            _ => (S3Mode::Cost, prefill),
        };
        let free = CharClass::Free;
        let cost_fields = vec![
            Field::new(Msg::FieldSize, free, Msg::PhSize, ""),
            Field::new(Msg::FieldYenRate, free, Msg::PhYenRate, ""),
        ];
        let parts_fields = vec![
            Field::new(Msg::FieldObject, free, Msg::PhObject, ""),
            Field::new(Msg::FieldPart, free, Msg::PhPart, ""),
        ];
        let none: &[String] = &[];
        let (cost_fill, parts_fill) = match mode {
            S3Mode::Cost => (rest, none),
            S3Mode::Parts => (none, rest),
        };
        let mut state = S3State {
            mode,
            cost_form: Form::new(cost_fields, cost_fill),
            parts_form: Form::new(parts_fields, parts_fill),
            result: Outcome3::Empty,
        };
        state.recompute();
        state
    }

    /// The mode the calculator is in.
    pub fn mode_now(&self) -> S3Mode {
        self.mode
    }

    fn compute_cost(&self) -> Outcome3 {
        let (size_text, rate_text) = (self.cost_form.text(0), self.cost_form.text(1));
        if size_text.is_empty() {
            return Outcome3::Empty;
        }
        let rate = if rate_text.is_empty() {
            None
        } else {
            match normalize_input(rate_text).parse::<YenRate>() {
                Ok(rate) => Some(rate),
                Err(e) => {
                    return Outcome3::Bad(format::bad_input(
                        rate_text,
                        "exchange rate in yen per US dollar",
                        e,
                    ));
                }
            }
        };
        let size = match size_text.parse::<ByteSize>() {
            Ok(size) => size,
            Err(e) => return Outcome3::Bad(format::bad_input(size_text, "size", e)),
        };
        let cost = match S3_STANDARD_US_EAST_1.monthly_cost(size.bytes()) {
            Ok(cost) => cost,
            Err(e) => return Outcome3::Bad(format!("{size_text:?} cannot be priced: {e}")),
        };
        let yen = match rate.map(|rate| cost.total.to_yen(rate).map(|yen| (rate, yen))) {
            None => None,
            Some(Ok(pair)) => Some(pair),
            Some(Err(e)) => {
                return Outcome3::Bad(format!("{size_text:?} cannot be converted to yen: {e}"));
            }
        };
        Outcome3::Cost(Box::new(Priced { size, cost, yen }))
    }

    fn compute_parts(&self) -> Outcome3 {
        let (object_text, part_text) = (self.parts_form.text(0), self.parts_form.text(1));
        if object_text.is_empty() || part_text.is_empty() {
            return Outcome3::Empty;
        }
        let part = match part_text.parse::<ByteSize>() {
            Ok(part) => part,
            Err(e) => return Outcome3::Bad(format::bad_input(part_text, "size", e)),
        };
        let object = match object_text.parse::<ByteSize>() {
            Ok(object) => object,
            Err(e) => return Outcome3::Bad(format::bad_input(object_text, "size", e)),
        };
        match plan_upload(object.bytes(), part.bytes()) {
            Ok(plan) => Outcome3::Parts(Box::new(Planned { object, part, plan })),
            Err(ZeroPartSize) => Outcome3::Bad(format!(
                "{part_text:?} is not a valid part size: {ZeroPartSize}"
            )),
        }
    }
}

impl Calculator for S3State {
    fn form(&self) -> &Form {
        match self.mode {
            S3Mode::Cost => &self.cost_form,
            S3Mode::Parts => &self.parts_form,
        }
    }

    fn form_mut(&mut self) -> &mut Form {
        match self.mode {
            S3Mode::Cost => &mut self.cost_form,
            S3Mode::Parts => &mut self.parts_form,
        }
    }

    fn recompute(&mut self) {
        self.result = match self.mode {
            S3Mode::Cost => self.compute_cost(),
            S3Mode::Parts => self.compute_parts(),
        };
    }

    fn result_title(&self) -> Msg {
        match self.mode {
            S3Mode::Cost => Msg::S3CostResult,
            S3Mode::Parts => Msg::S3PartsResult,
        }
    }

    fn mode(&self) -> Mode {
        Mode::CALC_FREE_MODES
    }

    fn special(&mut self, action: &Action) -> Option<Outcome> {
        if *action != Action::NextMode {
            return None;
        }
        self.mode = match self.mode {
            S3Mode::Cost => S3Mode::Parts,
            S3Mode::Parts => S3Mode::Cost,
        };
        self.form_mut().scroll = 0;
        self.recompute();
        Some(Outcome::Handled)
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match &self.result {
            Outcome3::Empty => TextLine::one(
                lang.text(match self.mode {
                    S3Mode::Cost => Msg::S3CostPrompt,
                    S3Mode::Parts => Msg::S3PartsPrompt,
                }),
                Tone::Dim,
            ),
            Outcome3::Bad(reason) => TextLine::one(format!("✗ {reason}"), Tone::Error),
            Outcome3::Cost(p) => TextLine::one(
                format!(
                    "✓ {}",
                    lang.fill(
                        Msg::S3CostAnswer,
                        &[
                            &p.cost.total.round_to_cents().to_string(),
                            &p.size.to_string()
                        ]
                    )
                ),
                Tone::Good,
            ),
            Outcome3::Parts(p) if p.plan.allowed() => TextLine::one(
                format!(
                    "✓ {}",
                    lang.fill(
                        Msg::S3PartsOk,
                        &[&Grouped(u128::from(p.plan.parts)).to_string()]
                    )
                ),
                Tone::Good,
            ),
            Outcome3::Parts(p) => TextLine::one(
                format!(
                    "✗ {}",
                    lang.fill(
                        Msg::S3PartsBad,
                        &[
                            &Grouped(u128::from(p.plan.parts)).to_string(),
                            &p.plan.problems.len().to_string()
                        ]
                    )
                ),
                Tone::Error,
            ),
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        let mut lines = match &self.result {
            Outcome3::Empty => Vec::new(),
            Outcome3::Bad(reason) => {
                let mut lines = error_lines(reason, width);
                lines.push(TextLine::new());
                lines
            }
            Outcome3::Cost(p) => labelled(lang, &cost_rows(p, lang), width),
            Outcome3::Parts(p) => labelled(lang, &parts_rows(p, lang), width),
        };
        if matches!(self.result, Outcome3::Empty | Outcome3::Bad(_)) {
            lines.push(TextLine::one(lang.text(Msg::FormsHeading), Tone::Heading));
            for (example, what) in [("100GiB", Msg::S3FormBinary), ("500GB", Msg::S3FormDecimal)] {
                lines.push(
                    TextLine::new()
                        .push("  ", Tone::Plain)
                        .cell(example, 12, Tone::Key)
                        .push(lang.text(what), Tone::Dim),
                );
            }
        }
        lines
    }

    fn cli(&self) -> Option<CliText> {
        let form = self.form();
        let (first, second) = (form.text(0), form.text(1));
        let command = match self.mode {
            S3Mode::Cost if first.is_empty() => return None,
            S3Mode::Cost if second.is_empty() => format!("netdojo s3 cost {}", shell_quote(first)),
            S3Mode::Cost => format!(
                "netdojo s3 cost {} --rate {}",
                shell_quote(first),
                shell_quote(second)
            ),
            S3Mode::Parts if first.is_empty() || second.is_empty() => return None,
            S3Mode::Parts => format!(
                "netdojo s3 parts {} --part {}",
                shell_quote(first),
                shell_quote(second)
            ),
        };
        let output = match &self.result {
            Outcome3::Empty => String::new(),
            Outcome3::Bad(reason) => format!("netdojo: {reason}\n"),
            Outcome3::Cost(p) => format::s3::cost(p.size, &p.cost, p.yen),
            Outcome3::Parts(p) => format::s3::parts(p.object, p.part, &p.plan),
        };
        Some(CliText { command, output })
    }
}

fn cost_rows(p: &Priced, lang: Lang) -> Vec<(Msg, String)> {
    let prices = S3_STANDARD_US_EAST_1;
    let mut rows = vec![
        (Msg::LblSize, p.size.describe_in(lang)),
        (
            Msg::LblBilled,
            lang.fill(Msg::BilledValue, &[&format::s3::billed_gb(p.size)]),
        ),
        (
            Msg::LblPrices,
            lang.fill(
                Msg::PricesValue,
                &[prices.storage_class, prices.region, prices.as_of],
            ),
        ),
    ];
    if !p.cost.charges.is_empty() {
        rows.push((
            Msg::LblTiers,
            format::s3::tier_lines(&p.cost.charges, lang.text(Msg::UnverifiedMark), lang)
                .join("\n"),
        ));
    }
    let total = p.cost.total.to_string();
    rows.push((
        Msg::LblTotal,
        if p.cost.total.is_whole_cents() {
            lang.fill(Msg::TotalValue, &[&total])
        } else {
            let billed = p.cost.total.round_to_cents().to_string();
            lang.fill(Msg::TotalRounded, &[&total, &billed])
        },
    ));
    if let Some((rate, yen)) = p.yen {
        rows.push((
            Msg::LblInYen,
            lang.fill(Msg::InYenValue, &[&yen.to_string(), &rate.to_string()]),
        ));
    }
    rows.push((Msg::LblNotIncluded, lang.text(Msg::NotIncludedValue).into()));
    rows
}

fn parts_rows(p: &Planned, lang: Lang) -> Vec<(Msg, String)> {
    let plan = &p.plan;
    let last = Grouped(u128::from(plan.last_part)).to_string();
    let parts = if plan.parts == 1 {
        lang.fill(Msg::PartsOne, &[&last])
    } else {
        lang.fill(
            Msg::PartsValue,
            &[
                &Grouped(u128::from(plan.parts)).to_string(),
                &Grouped(u128::from(plan.parts.saturating_sub(1))).to_string(),
                &last,
            ],
        )
    };
    let allowed = if plan.allowed() {
        lang.text(Msg::AllowedYes).to_string()
    } else {
        let mut text = lang.fill(Msg::AllowedNo, &[&plan.problems.len().to_string()]);
        for problem in &plan.problems {
            text.push_str(&format!("\n- {}", problem.explain(lang)));
        }
        text
    };
    let object = p.object.bytes();
    let single_put = lang.text(if !single_put_allowed(object) {
        Msg::SinglePutNo
    } else if object >= MULTIPART_RECOMMENDED_FROM_BYTES {
        Msg::SinglePutRecommend
    } else {
        Msg::SinglePutOk
    });
    let smallest = match smallest_part_size(object) {
        Some(bytes) => lang.fill(
            Msg::SmallestValue,
            &[
                &Grouped(u128::from(bytes)).to_string(),
                &format::s3::in_unit(bytes, SizeUnit::MiB),
            ],
        ),
        None => lang.text(Msg::SmallestNone).to_string(),
    };
    vec![
        (Msg::LblObject, p.object.describe_in(lang)),
        (Msg::LblPartSize, p.part.describe_in(lang)),
        (Msg::LblParts, parts),
        (Msg::LblAllowed, allowed),
        (Msg::LblSinglePut, single_put.to_string()),
        (Msg::LblSmallestPart, smallest),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(args: &[&str]) -> S3State {
        S3State::new(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
    }

    fn text(state: &S3State, lang: Lang) -> Vec<String> {
        state.lines(lang, 70).iter().map(TextLine::text).collect()
    }

    #[test]
    fn a_size_is_priced_tier_by_tier() {
        let s = state(&["100GiB", "150"]);
        let lines = text(&s, Lang::En);
        assert!(
            lines.contains(&"Tiers         first 51,200 GB  100 GB × $0.023 = $2.30".to_string()),
            "{lines:#?}"
        );
        assert!(lines.contains(&"In yen        ¥345 at ¥150/$".to_string()));
        assert_eq!(
            s.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✓ $2.30 a month for 100GiB")
        );
        let cli = s.cli().unwrap();
        assert_eq!(cli.command, "netdojo s3 cost 100GiB --rate 150");
        assert!(cli.output.contains("In yen        ¥345 at ¥150/$\n"));
    }

    #[test]
    fn bad_inputs_are_named() {
        let s = state(&["100XB"]);
        assert!(
            s.message(Lang::En)
                .map(|m| m.text())
                .unwrap()
                .starts_with("✗ \"100XB\" is not a valid size: ")
        );
        let s = state(&["parts", "1GiB", "0B"]);
        assert_eq!(
            s.cli().unwrap().output,
            format!("netdojo: \"0B\" is not a valid part size: {ZeroPartSize}\n")
        );
    }

    #[test]
    fn the_second_mode_plans_parts() {
        let mut s = state(&["parts", "100GiB", "8MiB"]);
        assert_eq!(s.mode_now(), S3Mode::Parts);
        let lines = text(&s, Lang::En);
        assert!(
            lines
                .iter()
                .any(|l| l.contains("12,800 parts is more than the 10,000 allowed"))
        );
        assert_eq!(
            s.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✗ 12,800 parts: limits broken: 1")
        );
        assert_eq!(
            s.cli().unwrap().command,
            "netdojo s3 parts 100GiB --part 8MiB"
        );
        s.special(&Action::NextMode);
        assert_eq!(s.mode_now(), S3Mode::Cost);
        assert_eq!(s.cli(), None);
    }
}
