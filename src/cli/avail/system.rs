//! `netdojo avail SYSTEM...`: the availability of systems written as expressions.

use std::io;

use super::Context;
use crate::calc::availability::{Expr, ExprError, Node, NodeKind, Report};
use crate::cli::{Io, Status, report};
use crate::format::avail;
use serde_json::{Value, json};

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
            let text = avail::system(&expr, &report, &context.figures());
            io.out.write_all(text.as_bytes())?;
            printed += 1;
        }
    }
    Ok(status)
}

/// Reports a parse error: in text, the message, the expression and a caret under
/// the column; in JSON, one object with the column.
fn bad_system(text: &str, error: &ExprError, json: bool, io: &mut Io<'_>) -> io::Result<Status> {
    if json {
        report::json_line(
            io,
            &json!({
                "input": text,
                "error": avail::system_error_message(text, error),
                "column": error.column,
            }),
        )?;
    } else {
        io.err
            .write_all(avail::system_error(text, error).as_bytes())?;
    }
    Ok(Status::BadInput)
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
