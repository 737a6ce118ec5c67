//! `netdojo avail SYSTEM...`: the availability of systems written as expressions.

use std::io;

use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

use super::{Context, nines_text};
use crate::calc::availability::{Expr, ExprError, Node, NodeKind, Report};
use crate::cli::table::Table;
use crate::cli::{Io, Status, report};

pub(super) fn run(systems: &[String], context: &Context, io: &mut Io<'_>) -> io::Result<Status> {
    let mut status = Status::Ok;
    let mut printed = 0;
    for text in systems {
        let expr = match text.parse::<Expr>() {
            Ok(expr) => expr,
            Err(error) => {
                status = status.worst(bad_system(text, &error, context.json, io)?);
                continue;
            }
        };
        let report = Report::new(&expr, &context.convention);
        if context.json {
            report::json_line(io, &json_report(&expr, &report, context))?;
        } else {
            if printed > 0 {
                writeln!(io.out)?;
            }
            write_report(&expr, &report, context, io)?;
            printed += 1;
        }
    }
    Ok(status)
}

/// Reports a parse error: in text, the message, the expression and a caret under
/// the column; in JSON, one object with the column.
fn bad_system(text: &str, error: &ExprError, json: bool, io: &mut Io<'_>) -> io::Result<Status> {
    let message = format!("\"{text}\" is not a valid system: {error}");
    if json {
        report::json_line(
            io,
            &json!({ "input": text, "error": message, "column": error.column }),
        )?;
        return Ok(Status::BadInput);
    }
    let shown = text.replace('\t', " ");
    let before: String = shown.chars().take(error.column.saturating_sub(1)).collect();
    writeln!(io.err, "netdojo: {message}")?;
    writeln!(io.err, "  {shown}")?;
    writeln!(io.err, "  {}^", " ".repeat(before.width()))?;
    Ok(Status::BadInput)
}

fn write_report(
    expr: &Expr,
    report: &Report,
    context: &Context,
    io: &mut Io<'_>,
) -> io::Result<()> {
    let whole = report.availability();
    let mut summary = Table::headless();
    summary.row(vec!["system".into(), expr.to_string()]);
    summary.row(vec![
        "availability".into(),
        format!("{whole}  ({} nines)", nines_text(whole)),
    ]);
    summary.row(vec!["convention".into(), context.convention.to_string()]);
    summary.write(io.out)?;
    writeln!(io.out)?;
    context.write_downtime_table(whole, io)?;
    writeln!(io.out)?;
    let mut tree = Table::new(&[
        "node",
        "availability",
        "downtime/year",
        "SPOF",
        "saved/year if perfect",
    ]);
    tree_rows(&report.root, report, context, "", "", &mut tree);
    tree.write(io.out)?;
    writeln!(io.out)?;
    match report.weakest_part() {
        Some(part) => writeln!(
            io.out,
            "weakest link: {} (part {}), a single point of failure; if it were perfect, \
             downtime would drop by {} a year ({:.1}% of it)",
            part.text,
            report.weakest.map_or(0, |i| i + 1),
            context.span(part.gain_per_year),
            part.share * 100.0
        ),
        None => writeln!(io.out, "weakest link: no single point of failure"),
    }
}

/// Adds a node and its children to the table, drawn as a tree.
fn tree_rows(
    node: &Node,
    report: &Report,
    context: &Context,
    lead: &str,
    child_lead: &str,
    table: &mut Table,
) {
    let mut cells = vec![
        format!("{lead}{}", label(node)),
        node.availability.to_string(),
        context.span(node.downtime_per_year),
    ];
    if let NodeKind::Part(index) = node.kind
        && let Some(part) = report.parts.get(index)
    {
        cells.push(
            if part.single_point_of_failure {
                "yes"
            } else {
                "no"
            }
            .into(),
        );
        cells.push(context.span(part.gain_per_year));
    }
    table.row(cells);
    let last = node.children.len().saturating_sub(1);
    for (i, child) in node.children.iter().enumerate() {
        let (branch, rest) = if i == last {
            ("└─ ", "   ")
        } else {
            ("├─ ", "│  ")
        };
        tree_rows(
            child,
            report,
            context,
            &format!("{child_lead}{branch}"),
            &format!("{child_lead}{rest}"),
            table,
        );
    }
}

fn label(node: &Node) -> String {
    match node.kind {
        NodeKind::Part(_) => node.text.clone(),
        NodeKind::Series => "series (all needed)".into(),
        NodeKind::Parallel => "parallel (any one)".into(),
        NodeKind::KOfN { k, n } => format!("{k} of {n} copies needed"),
    }
}

fn json_report(expr: &Expr, report: &Report, context: &Context) -> Value {
    let mut fields = context.availability_fields(report.availability());
    fields.insert("system".into(), json!(expr.to_string()));
    fields.insert("tree".into(), json_node(&report.root, context));
    let parts: Vec<Value> = report
        .parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            json!({
                "part": i + 1,
                "text": p.text,
                "name": p.name,
                "availability": p.availability.fraction(),
                "unavailability": p.availability.unavailability(),
                "copies": p.copies,
                "single_point_of_failure": p.single_point_of_failure,
                "gain": p.gain,
                "saved_per_year": context.span(p.gain_per_year),
                "saved_per_year_seconds": p.gain_per_year.seconds(),
                "share": p.share,
            })
        })
        .collect();
    fields.insert("parts".into(), Value::Array(parts));
    let weakest = report
        .weakest
        .and_then(|i| {
            report
                .parts
                .get(i)
                .map(|p| json!({ "part": i + 1, "text": p.text }))
        })
        .unwrap_or(Value::Null);
    fields.insert("weakest_link".into(), weakest);
    Value::Object(fields)
}

fn json_node(node: &Node, context: &Context) -> Value {
    let mut value = json!({
        "kind": match node.kind {
            NodeKind::Part(_) => "part",
            NodeKind::Series => "series",
            NodeKind::Parallel => "parallel",
            NodeKind::KOfN { .. } => "k_of_n",
        },
        "text": node.text,
        "availability": node.availability.fraction(),
        "unavailability": node.availability.unavailability(),
        "downtime_per_year": context.span(node.downtime_per_year),
        "downtime_per_year_seconds": node.downtime_per_year.seconds(),
    });
    match node.kind {
        NodeKind::Part(index) => value["part"] = json!(index + 1),
        NodeKind::KOfN { k, n } => {
            value["k"] = json!(k);
            value["n"] = json!(n);
        }
        NodeKind::Series | NodeKind::Parallel => {}
    }
    if !node.children.is_empty() {
        value["children"] = Value::Array(
            node.children
                .iter()
                .map(|c| json_node(c, context))
                .collect(),
        );
    }
    value
}
