//! `netdojo progress`: accuracy per module and skill, the streak and what is due;
//! `netdojo progress reset --yes` starts over.

use std::io;

use clap::{Args, Subcommand};
use serde::Serialize;

use super::table::Table;
use super::{Io, Status, learner};
use crate::lesson::skills as catalog;
use crate::progress::model::percent;
use crate::progress::store;
use crate::progress::{Day, Leitner, Progress, Scheduler};

/// Examples and notes for `netdojo progress --help`.
pub const AFTER_HELP: &str = "\
Examples:
  netdojo progress                  accuracy per module and skill, streak, due counts
  netdojo progress --json           the same as JSON Lines (summary, module, skill)
  netdojo progress reset --yes      delete the progress file and start over

Progress is kept per skill in progress.json in the data folder (NETDOJO_HOME
overrides the folder). A skill climbs one Leitner box per right answer and comes
back after 1, 3, 7 or 21 days; a miss sends it back to the first box, due again in
the same session. `netdojo quiz --due` practises what is due.";

/// Arguments of `netdojo progress`.
#[derive(Debug, Args)]
pub struct ProgressArgs {
    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,

    #[command(subcommand)]
    pub action: Option<ProgressAction>,
}

/// What to do with progress besides showing it.
#[derive(Debug, Subcommand)]
pub enum ProgressAction {
    /// Delete all progress (asks for --yes)
    Reset {
        /// Confirm the deletion
        #[arg(long)]
        yes: bool,
    },
}

/// Runs `netdojo progress`.
pub fn run(args: &ProgressArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let Some(path) = learner::progress_path() else {
        writeln!(
            io.err,
            "netdojo: no data folder on this system: set NETDOJO_HOME to a folder for progress.json"
        )?;
        return Ok(Status::Failure);
    };
    if let Some(ProgressAction::Reset { yes }) = &args.action {
        if !yes {
            writeln!(
                io.err,
                "netdojo: \"reset\" deletes every result in {}: add --yes to confirm",
                path.display()
            )?;
            return Ok(Status::BadInput);
        }
        return match store::reset(&path) {
            Ok(true) => {
                writeln!(io.out, "Progress reset: {} deleted.", path.display())?;
                Ok(Status::Ok)
            }
            Ok(false) => {
                writeln!(io.out, "No progress to reset.")?;
                Ok(Status::Ok)
            }
            Err(e) => {
                writeln!(io.err, "netdojo: {e}")?;
                Ok(Status::Failure)
            }
        };
    }
    let progress = match store::load(&path) {
        Ok(loaded) => {
            if let Some(warning) = loaded.warning {
                writeln!(io.err, "netdojo: warning: {warning}")?;
            }
            loaded.progress
        }
        Err(e) => {
            writeln!(io.err, "netdojo: {e}")?;
            return Ok(Status::Failure);
        }
    };
    show(&progress, learner::today(), args.json, io)
}

fn module_of(skill: &str) -> &'static str {
    catalog::find(skill).map_or("-", |s| s.module)
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Line<'a> {
    Summary {
        today: Day,
        answered: u32,
        right: u32,
        accuracy_percent: u32,
        streak_days: u32,
        due: usize,
    },
    Module {
        module: &'a str,
        answered: u32,
        right: u32,
        accuracy_percent: u32,
    },
    Skill {
        skill: &'a str,
        module: &'a str,
        answered: u32,
        right: u32,
        accuracy_percent: u32,
        #[serde(rename = "box")]
        leitner_box: u8,
        due_on: Day,
        is_due: bool,
    },
}

fn show(progress: &Progress, today: Day, json: bool, io: &mut Io<'_>) -> io::Result<Status> {
    let (answered, right) = progress.totals();
    let due = progress.due(&Leitner, today).len();
    let streak = progress.streak(today);
    let module_rows: Vec<(&str, (u32, u32))> = progress
        .totals_by(module_of)
        .into_iter()
        .map(|(m, a, r)| (m, (a, r)))
        .collect();
    if json {
        let mut lines = vec![Line::Summary {
            today,
            answered,
            right,
            accuracy_percent: percent(right, answered),
            streak_days: streak,
            due,
        }];
        for (module, (a, r)) in &module_rows {
            lines.push(Line::Module {
                module,
                answered: *a,
                right: *r,
                accuracy_percent: percent(*r, *a),
            });
        }
        for (id, r) in &progress.skills {
            lines.push(Line::Skill {
                skill: id,
                module: module_of(id),
                answered: r.answered,
                right: r.right,
                accuracy_percent: percent(r.right, r.answered),
                leitner_box: r.leitner_box,
                due_on: r.due,
                is_due: Leitner.is_due(r, today),
            });
        }
        for line in lines {
            serde_json::to_writer(&mut *io.out, &line)?;
            writeln!(io.out)?;
        }
        return Ok(Status::Ok);
    }
    if progress.skills.is_empty() {
        writeln!(io.out, "No practice recorded yet: start with netdojo quiz.")?;
        return Ok(Status::Ok);
    }
    writeln!(
        io.out,
        "{today}: {answered} answers, {right} right ({}%), streak {streak} day(s), {due} skill(s) due today.",
        percent(right, answered)
    )?;
    writeln!(io.out)?;
    let mut table =
        Table::new(&["module", "answered", "right", "accuracy"]).right_align(&[1, 2, 3]);
    for (module, (a, r)) in &module_rows {
        table.row(vec![
            module.to_string(),
            a.to_string(),
            r.to_string(),
            format!("{}%", percent(*r, *a)),
        ]);
    }
    table.write(io.out)?;
    writeln!(io.out)?;
    let mut table = Table::new(&[
        "skill", "module", "answered", "right", "accuracy", "box", "due",
    ])
    .right_align(&[2, 3, 4, 5]);
    for (id, r) in &progress.skills {
        let due_on = if Leitner.is_due(r, today) {
            "now".to_owned()
        } else {
            r.due.to_string()
        };
        table.row(vec![
            id.clone(),
            module_of(id).to_owned(),
            r.answered.to_string(),
            r.right.to_string(),
            format!("{}%", percent(r.right, r.answered)),
            r.leitner_box.to_string(),
            due_on,
        ]);
    }
    table.write(io.out)?;
    if due > 0 {
        writeln!(io.out)?;
        writeln!(io.out, "Review what is due with: netdojo quiz --due")?;
    }
    Ok(Status::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_half_up() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(1, 8), 13);
        assert_eq!(percent(5, 5), 100);
    }
}
