//! Text of Route 53 weighted routing: each record's share of the answers, or the
//! weights that give wanted shares.

use crate::calc::fraction::Fraction;
use crate::calc::weighted::{Shares, TargetShare, WeightPlan};

use super::table::{Table, approx};
use crate::lang::Lang;

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

/// The shares table and what the sum of weights means, as `netdojo weighted` prints it
/// (in English) and the weighted routing screen shows it in `lang`.
///
/// ```
/// use netdojo::calc::weighted::shares;
/// use netdojo::lang::Lang;
/// let names = ["a".to_string(), "b".to_string()];
/// let text = netdojo::format::weighted::shares(&names, &shares(&[3, 1]).unwrap(), Lang::En);
/// assert!(text.starts_with("RECORD  WEIGHT  SHARE  PERCENT\na            3    3/4      75%\n"));
/// let text = netdojo::format::weighted::shares(&names, &shares(&[3, 1]).unwrap(), Lang::Ja);
/// assert!(text.starts_with("レコード  重み  割合  百分率\n"));
/// ```
pub fn shares(names: &[String], shares: &Shares, lang: Lang) -> String {
    let header = match lang {
        Lang::En => ["RECORD", "WEIGHT", "SHARE", "PERCENT"],
        Lang::Ja => ["レコード", "重み", "割合", "百分率"],
    };
    let mut table = Table::new(&header).right_align(&[1, 2, 3]);
    for (name, record) in names.iter().zip(&shares.records) {
        table.row(vec![
            name.clone(),
            record.weight.to_string(),
            record.share.to_string(),
            percent(record.share),
        ]);
    }
    let mut text = table.render();
    let total = shares.total;
    let line = match (shares.all_zero, lang) {
        (true, Lang::En) => {
            "Every weight is 0: Route 53 answers with each record equally often.".to_owned()
        }
        (true, Lang::Ja) => {
            "重みがすべて 0 なので、Route 53 はどのレコードも同じ頻度で回答します。".to_owned()
        }
        (false, Lang::En) => {
            format!("Sum of weights {total}: each record gets its weight / {total} of the answers.")
        }
        (false, Lang::Ja) => {
            format!("重みの合計は {total}。各レコードが返される割合は「重み / {total}」です。")
        }
    };
    text.push_str(&line);
    text.push('\n');
    if !shares.all_zero && shares.records.iter().any(|r| r.weight == 0) {
        text.push_str(match lang {
            Lang::En => {
                "A record of weight 0 gets no answers while a record with a non-zero weight is healthy.\n"
            }
            Lang::Ja => {
                "重み 0 のレコードは、重みが 0 でないレコードが正常なうちは返されません。\n"
            }
        });
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
