//! The text of `netdojo s3 cost` and `netdojo s3 parts`, shared with the S3 screen's
//! command-line view.

use crate::calc::cost::{S3_STANDARD_US_EAST_1, StorageCost, TierCharge, tier_range_in};
use crate::calc::decimal::{Grouped, format_ratio, group_thousands};
use crate::calc::money::{Jpy, YenRate};
use crate::calc::multipart::{
    MULTIPART_RECOMMENDED_FROM_BYTES, UploadPlan, single_put_allowed, smallest_part_size,
};
use crate::calc::size::{ByteSize, SizeUnit};

use super::table;
use crate::i18n::width::columns;
use crate::lang::Lang;

/// The monthly cost of storing `size`, as `netdojo s3 cost` prints it.
///
/// ```
/// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
/// use netdojo::calc::size::ByteSize;
/// let size: ByteSize = "100GiB".parse().unwrap();
/// let cost = S3_STANDARD_US_EAST_1.monthly_cost(size.bytes()).unwrap();
/// assert!(netdojo::format::s3::cost(size, &cost, None).contains("Total         $2.30 a month\n"));
/// ```
pub fn cost(size: ByteSize, cost: &StorageCost, yen: Option<(YenRate, Jpy)>) -> String {
    let prices = S3_STANDARD_US_EAST_1;
    let mut rows = vec![
        ("Size", size.describe()),
        (
            "Billed",
            format!(
                "{} GB-month (AWS counts a GB of storage as 2^30 bytes)",
                billed_gb(size)
            ),
        ),
        (
            "Prices",
            format!(
                "{}, {}, list prices as of {}",
                prices.storage_class, prices.region, prices.as_of
            ),
        ),
    ];
    if !cost.charges.is_empty() {
        rows.push((
            "Tiers",
            tier_lines(&cost.charges, " (unverified price)", Lang::En).join("\n"),
        ));
    }
    let total = if cost.total.is_whole_cents() {
        format!("{} a month", cost.total)
    } else {
        format!(
            "{} a month (a bill rounds it to {})",
            cost.total,
            cost.total.round_to_cents()
        )
    };
    rows.push(("Total", total));
    if let Some((rate, yen)) = yen {
        rows.push(("In yen", format!("{yen} at {rate}")));
    }
    rows.push((
        "Not included",
        "requests, data transfer out, management features".to_owned(),
    ));
    if cost.charges.iter().any(|charge| !charge.verified) {
        rows.push((
            "Source",
            format!("{}; re-check the prices marked unverified", prices.source),
        ));
    }
    table::rows(&rows)
}

/// One aligned line per tier, in `lang`: range, GB × price = cost, then `unverified`
/// after a price not yet confirmed (columns measured by display width).
///
/// ```
/// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
/// use netdojo::lang::Lang;
/// let cost = S3_STANDARD_US_EAST_1.monthly_cost_gb(100).unwrap();
/// assert_eq!(netdojo::format::s3::tier_lines(&cost.charges, " ?", Lang::En), ["first 51,200 GB  100 GB × $0.023 = $2.30"]);
/// assert_eq!(netdojo::format::s3::tier_lines(&cost.charges, " ?", Lang::Ja), ["最初の 51,200 GB  100 GB × $0.023 = $2.30"]);
/// ```
pub fn tier_lines(charges: &[TierCharge], unverified: &str, lang: Lang) -> Vec<String> {
    let ranges: Vec<String> = charges.iter().map(|c| tier_range_in(c, lang)).collect();
    let products: Vec<String> = charges
        .iter()
        .map(|charge| format!("{} GB × {}", charge.gb_text(), charge.price))
        .collect();
    let widest = |texts: &[String]| texts.iter().map(|t| columns(t)).max().unwrap_or(0);
    let (range_width, product_width) = (widest(&ranges), widest(&products));
    charges
        .iter()
        .zip(ranges.iter().zip(&products))
        .map(|(charge, (range, product))| {
            let mark = if charge.verified { "" } else { unverified };
            format!(
                "{}  {} = {}{mark}",
                table::pad(range, range_width),
                table::pad(product, product_width),
                charge.cost
            )
        })
        .collect()
}

/// The size in billed GB (2^30 bytes), with `≈` when rounded to 6 places.
///
/// ```
/// let size = "100GB".parse().unwrap();
/// assert_eq!(netdojo::format::s3::billed_gb(size), "≈93.132257");
/// ```
pub fn billed_gb(size: ByteSize) -> String {
    let (text, exact) = size.amount_in(SizeUnit::GiB, 6);
    table::approx(&group_thousands(&text), exact)
}

/// Bytes in a unit to 2 places: `5 MiB`, `≈104.86 MiB`.
///
/// ```
/// use netdojo::calc::size::SizeUnit;
/// assert_eq!(netdojo::format::s3::in_unit(5 << 20, SizeUnit::MiB), "5 MiB");
/// ```
pub fn in_unit(bytes: u64, unit: SizeUnit) -> String {
    let (text, exact) = format_ratio(u128::from(bytes), u128::from(unit.bytes()), 0, 2);
    format!("{} {unit}", table::approx(&group_thousands(&text), exact))
}

/// A multipart upload of `object` in parts of `part`, as `netdojo s3 parts` prints it.
///
/// ```
/// use netdojo::calc::multipart::plan_upload;
/// let (object, part) = ("100GiB".parse().unwrap(), "8MiB".parse().unwrap());
/// let plan = plan_upload(100 << 30, 8 << 20).unwrap();
/// let text = netdojo::format::s3::parts(object, part, &plan);
/// assert!(text.contains("Allowed        no: 12,800 parts is more than the 10,000 allowed\n"));
/// ```
pub fn parts(object: ByteSize, part: ByteSize, plan: &UploadPlan) -> String {
    let parts = if plan.parts == 1 {
        format!(
            "1 (a single part of {} bytes)",
            Grouped(u128::from(plan.last_part))
        )
    } else {
        format!(
            "{} ({} parts of {} {}, then a last part of {} bytes)",
            Grouped(u128::from(plan.parts)),
            Grouped(u128::from(plan.parts.saturating_sub(1))),
            group_thousands(&part.amount()),
            part.unit(),
            Grouped(u128::from(plan.last_part))
        )
    };
    let allowed = if plan.allowed() {
        "yes: within every multipart limit".to_owned()
    } else {
        match plan.problems.as_slice() {
            [only] => format!("no: {only}"),
            problems => {
                let mut text = format!("no, {} limits broken:", problems.len());
                for problem in problems {
                    text.push_str(&format!("\n- {problem}"));
                }
                text
            }
        }
    };
    let single_put = if single_put_allowed(object.bytes()) {
        if object.bytes() >= MULTIPART_RECOMMENDED_FROM_BYTES {
            "allowed (up to 5 GiB), but AWS recommends multipart from about 100 MB".to_owned()
        } else {
            "allowed (up to 5 GiB)".to_owned()
        }
    } else {
        "not allowed: larger than 5 GiB, so only a multipart upload can store it".to_owned()
    };
    let smallest = match smallest_part_size(object.bytes()) {
        Some(bytes) => format!(
            "{} bytes ({}) keeps the upload within 10,000 parts",
            Grouped(u128::from(bytes)),
            in_unit(bytes, SizeUnit::MiB)
        ),
        None => "none: the object is larger than 48.8 TiB".to_owned(),
    };
    table::rows(&[
        ("Object", object.describe()),
        ("Part size", part.describe()),
        ("Parts", parts),
        ("Allowed", allowed),
        ("Single PUT", single_put),
        ("Smallest part", smallest),
    ])
}
