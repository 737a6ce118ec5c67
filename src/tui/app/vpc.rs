//! The VPC planner: a VPC CIDR, a number of AZs and the tiers become a subnet
//! layout with AWS usable counts, a bar of the VPC's space, and the room left.

use ipnet::IpNet;

use crate::calc::parse::parse_net;
use crate::calc::vpc::{Layout, PackReason, Plan, PlanOptions, plan};
use crate::format;
use crate::i18n::width::wrap;
use crate::i18n::{Lang, Msg};
use crate::tui::content::{TextLine, Tone, fit_columns};
use crate::tui::keymap::CharClass;

use super::bar;
use super::calc::{Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;

const CIDR: usize = 0;
const AZS: usize = 1;
const TIERS: usize = 2;
const PREFIX: usize = 3;

/// The planner's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VpcState {
    form: Form,
    result: Result<Plan, String>,
}

impl VpcState {
    /// The planner with the usual example (a /16, 2 AZs, three tiers), or the
    /// inputs given in order: CIDR, AZs, tiers, subnet prefix.
    pub fn new(prefill: &[String]) -> VpcState {
        let fields = vec![
            Field::new(
                Msg::FieldVpcCidr,
                CharClass::Address,
                Msg::PhVpcCidr,
                "10.0.0.0/16",
            ),
            Field::new(Msg::FieldAzs, CharClass::Number, Msg::PhAzs, "2"),
            Field::new(
                Msg::FieldTiers,
                CharClass::Free,
                Msg::PhTiers,
                "public,private,data",
            ),
            Field::new(
                Msg::FieldSubnetPrefix,
                CharClass::Number,
                Msg::PhSubnetPrefix,
                "",
            ),
        ];
        let mut state = VpcState {
            form: Form::new(fields, prefill),
            result: Err(String::new()),
        };
        state.recompute();
        state
    }

    /// The plan, or why there is none.
    pub fn result(&self) -> &Result<Plan, String> {
        &self.result
    }

    fn tiers(&self) -> Vec<&str> {
        self.form.text(TIERS).split(',').map(str::trim).collect()
    }

    fn compute(&self) -> Result<Plan, String> {
        let cidr = self.form.text(CIDR);
        let vpc = parse_net(cidr).map_err(|e| format::bad_input(cidr, "address or prefix", e))?;
        let azs_text = self.form.text(AZS);
        let azs = azs_text
            .parse::<usize>()
            .map_err(|_| format::vpc::bad_az_count(azs_text))?;
        let prefix_text = self.form.text(PREFIX);
        let subnet_prefix = if prefix_text.is_empty() {
            None
        } else {
            let digits = prefix_text.trim_start_matches('/');
            Some(
                digits
                    .parse::<u8>()
                    .map_err(|_| format::vpc::bad_subnet_prefix(prefix_text))?,
            )
        };
        let options = PlanOptions {
            az_names: None,
            subnet_prefix,
        };
        plan(vpc, azs, &self.tiers(), &options).map_err(|e| format::vpc::refused(cidr, &e))
    }
}

impl Calculator for VpcState {
    fn form(&self) -> &Form {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.form
    }

    fn recompute(&mut self) {
        self.result = self.compute();
    }

    fn result_title(&self) -> Msg {
        Msg::PlanTitle
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match &self.result {
            Err(reason) => TextLine::one(format!("✗ {reason}"), Tone::Error),
            Ok(plan) => {
                let usable = plan.subnets().first().map_or(0, |s| s.aws_usable());
                let text = lang.fill(
                    Msg::PlanAnswer,
                    &[
                        &plan.subnets().len().to_string(),
                        &plan.subnet_prefix().to_string(),
                        &usable.to_string(),
                        &plan.free_addresses().to_string(),
                    ],
                );
                TextLine::one(format!("✓ {text}"), Tone::Good)
            }
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        match &self.result {
            Ok(plan) => plan_lines(plan, lang, width),
            Err(reason) => {
                let mut lines: Vec<TextLine> = wrap(reason, width)
                    .into_iter()
                    .map(|l| TextLine::one(l, Tone::Error))
                    .collect();
                lines.push(TextLine::new());
                lines.extend(
                    wrap(lang.text(Msg::VpcRules), width)
                        .into_iter()
                        .map(|l| TextLine::one(l, Tone::Dim)),
                );
                lines
            }
        }
    }

    fn cli(&self) -> Option<CliText> {
        let mut command = format!(
            "netdojo vpc plan {} --azs {} --tiers {}",
            shell_quote(self.form.text(CIDR)),
            shell_quote(self.form.text(AZS)),
            shell_quote(&self.tiers().join(","))
        );
        if !self.form.text(PREFIX).is_empty() {
            command.push_str(&format!(
                " --subnet-prefix {}",
                shell_quote(self.form.text(PREFIX))
            ));
        }
        let output = match &self.result {
            Ok(plan) => format::vpc::plan(plan),
            Err(reason) => format!("netdojo: {reason}\n"),
        };
        Some(CliText { command, output })
    }
}

fn layout_text(layout: Layout, lang: Lang) -> String {
    match layout {
        Layout::Tens => lang.text(Msg::LayoutTens).to_string(),
        Layout::Packed(PackReason::TooManyAzs { azs }) => {
            lang.fill(Msg::LayoutPackedAzs, &[&azs.to_string()])
        }
        Layout::Packed(PackReason::TooFewBlocks { needed, available }) => lang.fill(
            Msg::LayoutPackedBlocks,
            &[&needed.to_string(), &available.to_string()],
        ),
    }
}

fn plan_lines(plan: &Plan, lang: Lang, width: usize) -> Vec<TextLine> {
    let vpc = plan.vpc();
    let (tiers, azs) = format::vpc::shape(plan);
    let total = format::vpc::addresses(IpNet::V4(vpc));
    let usable = plan.subnets().first().map_or(0, |s| s.aws_usable());
    let mut lines = vec![
        TextLine::one(
            lang.fill(Msg::PlanVpc, &[&vpc.to_string(), &total.to_string()]),
            Tone::Heading,
        ),
        TextLine::one(
            lang.fill(
                Msg::PlanShape,
                &[
                    &tiers.to_string(),
                    &azs.to_string(),
                    &plan.subnets().len().to_string(),
                    &plan.subnet_prefix().to_string(),
                    &usable.to_string(),
                ],
            ),
            Tone::Plain,
        ),
    ];
    lines.extend(
        wrap(&layout_text(plan.layout(), lang), width)
            .into_iter()
            .map(|l| TextLine::one(l, Tone::Dim)),
    );
    lines.push(TextLine::new());

    // The bar: the whole VPC, allocated subnets against free space.
    let start = u128::from(u32::from(vpc.network()));
    let used: Vec<(u128, u128)> = plan
        .subnets()
        .iter()
        .map(|s| {
            let lo = u128::from(u32::from(s.cidr().network())) - start;
            let hi = u128::from(u32::from(s.cidr().broadcast())) - start;
            (lo, hi)
        })
        .collect();
    let allocated: u128 = used.iter().map(|(lo, hi)| hi - lo + 1).sum();
    let last = u128::from(total.saturating_sub(1));
    lines.push(bar::line(&bar::slices(last, &used, width)));
    lines.push(
        TextLine::new()
            .push("█", Tone::Used)
            .push(
                format!(
                    " {}  ",
                    lang.fill(
                        Msg::BarAllocated,
                        &[&allocated.to_string(), &bar::percent(allocated, last)]
                    )
                ),
                Tone::Plain,
            )
            .push("░", Tone::Free)
            .push(
                format!(
                    " {}",
                    lang.fill(Msg::BarFree, &[&plan.free_addresses().to_string()])
                ),
                Tone::Plain,
            ),
    );
    lines.push(TextLine::new());

    // The subnets, as many columns as fit.
    let titles = [
        lang.text(Msg::ColCidr),
        lang.text(Msg::ColName),
        lang.text(Msg::ColAwsUsable),
        lang.text(Msg::ColFirst),
        lang.text(Msg::ColLast),
    ];
    let rows: Vec<Vec<String>> = plan
        .subnets()
        .iter()
        .map(|s| {
            vec![
                s.cidr().to_string(),
                s.name(),
                s.aws_usable().to_string(),
                s.first_usable().to_string(),
                s.last_usable().to_string(),
            ]
        })
        .collect();
    let kept = fit_columns(&titles, &rows, 2, width);
    let row_line = |cells: &[&str], tone: Tone| {
        let mut line = TextLine::new();
        for (n, &(column, w)) in kept.iter().enumerate() {
            if n > 0 {
                line = line.push("  ", Tone::Plain);
            }
            let cell = cells.get(column).copied().unwrap_or("");
            line = if column == 2 {
                line.cell_right(cell, w, tone)
            } else {
                line.cell(cell, w, tone)
            };
        }
        line
    };
    lines.push(row_line(&titles, Tone::Heading));
    for row in &rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        lines.push(row_line(&cells, Tone::Plain));
    }
    lines.extend(
        wrap(lang.text(Msg::AwsKeepsFive), width)
            .into_iter()
            .map(|l| TextLine::one(l, Tone::Dim)),
    );
    lines.push(TextLine::new());

    // Room for growth.
    let free = plan.free();
    if free.is_empty() {
        lines.push(TextLine::one(lang.text(Msg::NoRoom), Tone::Heading));
    } else {
        lines.push(TextLine::one(
            lang.fill(
                Msg::Room,
                &[&plan.free_addresses().to_string(), &free.len().to_string()],
            ),
            Tone::Heading,
        ));
        let cidr_width = free.iter().map(|n| n.to_string().len()).max().unwrap_or(0);
        for net in free {
            lines.push(
                TextLine::new()
                    .push("  ", Tone::Plain)
                    .cell(&net.to_string(), cidr_width, Tone::Plain)
                    .push("  ", Tone::Plain)
                    .cell_right(
                        &format::vpc::addresses(IpNet::V4(*net)).to_string(),
                        9,
                        Tone::Dim,
                    ),
            );
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(state: &VpcState, width: usize) -> Vec<String> {
        state
            .lines(Lang::En, width)
            .iter()
            .map(TextLine::text)
            .collect()
    }

    #[test]
    fn the_default_plan_is_the_aws_guides_layout() {
        let state = VpcState::new(&[]);
        let text = texts(&state, 76);
        assert_eq!(text[0], "VPC 10.0.0.0/16: 65536 addresses");
        assert!(
            text.contains(
                &"10.0.21.0/24  private-b         251  10.0.21.4     10.0.21.254".to_string()
            ),
            "{text:#?}"
        );
        assert_eq!(
            state.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✓ 6 subnets of /24, 251 AWS-usable addresses each; 64000 addresses left free")
        );
    }

    #[test]
    fn refusals_are_explained() {
        let state = VpcState::new(&["10.0.0.0/27".into(), "2".into(), "a,b".into()]);
        assert_eq!(
            state.message(Lang::En).map(|m| m.text()).as_deref(),
            Some(
                "✗ cannot plan \"10.0.0.0/27\": 10.0.0.0/27 cannot hold 2 tiers x 2 AZs = 4 subnets of /28: it has room for 2"
            )
        );
        let cli = state.cli().unwrap();
        assert_eq!(
            cli.command,
            "netdojo vpc plan 10.0.0.0/27 --azs 2 --tiers a,b"
        );
        assert_eq!(
            cli.output,
            "netdojo: cannot plan \"10.0.0.0/27\": 10.0.0.0/27 cannot hold 2 tiers x 2 AZs = 4 subnets of /28: it has room for 2\n"
        );
        let bad_azs = VpcState::new(&["10.0.0.0/16".into(), "".into()]);
        assert_eq!(
            bad_azs.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✗ \"\" is not a number of AZs: expected a whole number such as 2 or 3")
        );
    }

    #[test]
    fn narrow_screens_drop_columns_not_rows() {
        let state = VpcState::new(&[]);
        let text = texts(&state, 30);
        assert!(
            text.contains(&"10.0.10.0/24  public-a ".to_string()),
            "{text:#?}"
        );
    }

    #[test]
    fn the_command_line_view_prints_what_the_cli_prints() {
        let state = VpcState::new(&[
            "10.0.0.0/16".into(),
            "3".into(),
            "web, app".into(),
            "20".into(),
        ]);
        let cli = state.cli().unwrap();
        assert_eq!(
            cli.command,
            "netdojo vpc plan 10.0.0.0/16 --azs 3 --tiers web,app --subnet-prefix 20"
        );
        assert!(
            cli.output
                .starts_with("VPC      10.0.0.0/16 (65536 addresses)\n")
        );
    }
}
