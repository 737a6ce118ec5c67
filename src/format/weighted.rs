//! Text of Route 53 weighted routing: each record's share of the answers, or the
//! weights that give wanted shares.

use crate::calc::fraction::Fraction;
use crate::calc::weighted::{Shares, TargetShare, WeightPlan};

use super::table::{Table, approx};

/// A share as a percentage to 2 places, `≈` when rounded.
///
/// ```
/// use netdojo::calc::fraction::Fraction;
/// let third = Fraction::new(1, 3).unwrap();
/// assert_eq!(netdojo::format::weighted::percent(third), "≈33.33%");
/// ```
pub fn percent(share: Fraction) -> String {
    let (text, exact) = share.percent(2);
    approx(&format!("{text}%"), exact)
}

/// The shares table and what the sum of weights means, as `netdojo weighted` prints it.
///
/// ```
/// use netdojo::calc::weighted::shares;
/// let text = netdojo::format::weighted::shares(&["a".into(), "b".into()], &shares(&[3, 1]).unwrap());
/// assert!(text.starts_with("RECORD  WEIGHT  SHARE  PERCENT\na            3    3/4      75%\n"));
/// ```
pub fn shares(names: &[String], shares: &Shares) -> String {
    let mut table = Table::new(&["RECORD", "WEIGHT", "SHARE", "PERCENT"]).right_align(&[1, 2, 3]);
    for (name, record) in names.iter().zip(&shares.records) {
        table.row(vec![
            name.clone(),
            record.weight.to_string(),
            record.share.to_string(),
            percent(record.share),
        ]);
    }
    let mut text = table.render();
    if shares.all_zero {
        text.push_str("Every weight is 0: Route 53 answers with each record equally often.\n");
    } else {
        text.push_str(&format!(
            "Sum of weights {}: each record gets its weight / {} of the answers.\n",
            shares.total, shares.total
        ));
        if shares.records.iter().any(|r| r.weight == 0) {
            text.push_str(
                "A record of weight 0 gets no answers while a record with a non-zero weight is healthy.\n",
            );
        }
    }
    text
}

/// The weights found for wanted shares, as `netdojo weighted --target` prints them.
///
/// ```
/// use netdojo::calc::weighted::{TargetShare, weights_for};
/// let targets: Vec<TargetShare> = ["75", "25"].iter().map(|t| t.parse().unwrap()).collect();
/// let plan = weights_for(&targets).unwrap();
/// let text = netdojo::format::weighted::plan(&["a".into(), "b".into()], &targets, &plan);
/// assert!(text.ends_with("Exact: weights 3, 1 give these shares, and no smaller whole weights do.\n"));
/// ```
pub fn plan(names: &[String], targets: &[TargetShare], plan: &WeightPlan) -> String {
    let mut table =
        Table::new(&["RECORD", "TARGET", "WEIGHT", "SHARE", "PERCENT"]).right_align(&[1, 2, 3, 4]);
    for ((name, target), record) in names.iter().zip(targets).zip(&plan.shares.records) {
        table.row(vec![
            name.clone(),
            target.to_string(),
            record.weight.to_string(),
            record.share.to_string(),
            percent(record.share),
        ]);
    }
    let mut text = table.render();
    let weights: Vec<String> = plan.weights.iter().map(ToString::to_string).collect();
    if plan.exact {
        text.push_str(&format!(
            "Exact: weights {} give these shares, and no smaller whole weights do.\n",
            weights.join(", ")
        ));
    } else {
        let (error, _) = plan.max_error.percent(4);
        text.push_str(&format!(
            "Closest: no whole weights from 0 to 255 give these shares exactly; weights {} are off by at most {error} percentage points.\n",
            weights.join(", ")
        ));
    }
    text
}

/// Splits `NAME=VALUE` items into names (`#1`, `#2`... when absent) and values.
///
/// ```
/// let (names, values) = netdojo::format::weighted::split_names(&["blue=90".into(), "10".into()]);
/// assert_eq!(names, ["blue", "#2"]);
/// assert_eq!(values, ["90", "10"]);
/// ```
pub fn split_names(items: &[String]) -> (Vec<String>, Vec<String>) {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match item.split_once('=') {
            Some((name, value)) if !name.trim().is_empty() => {
                (name.trim().to_owned(), value.trim().to_owned())
            }
            _ => (format!("#{}", i + 1), item.trim().to_owned()),
        })
        .unzip()
}
