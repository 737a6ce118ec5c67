//! Availability math: MTBF/MTTR, nines, downtime per period under a named
//! convention, systems of parts in series, in parallel and k-of-n, and N+k sizing.
//!
//! Every figure assumes independent failures, perfect and instant failover, and a
//! steady state; real systems share causes of failure, so these are upper bounds.
//!
//! ```
//! use netdojo::calc::availability::{Convention, Expr, Period, Report};
//! let system: Expr = "elb:99.99 * (ec2:99.5 | ec2:99.5) * rds:99.95".parse().unwrap();
//! let report = Report::new(&system, &Convention::default());
//! assert_eq!(report.availability().to_string(), "99.9375%");
//! assert_eq!(report.weakest_part().unwrap().text, "rds:99.95");
//! ```

mod decimal;
mod expr;
mod kofn;
mod mtbf;
mod period;
mod sizing;
mod span;
mod system;
mod value;
mod zone_loss;

pub use decimal::{Decimal, DecimalError};
pub use expr::{Expr, ExprError, ExprErrorKind, Found, MAX_DEPTH, MAX_PARTS, Part};
pub use kofn::{KofNError, MAX_COPIES};
pub use mtbf::MtbfError;
pub use period::{
    Convention, ConventionError, DowntimeError, DowntimeRow, MonthLength, Period, YearLength,
};
pub use sizing::{
    MAX_SERVERS, MAX_SPARES, Sizing, SizingError, SizingInput, SizingOption, ZonePlan,
};
pub use span::{MAX_SECONDS, Span, SpanError};
pub use system::{Node, NodeKind, PartReport, Report};
pub use value::{Availability, AvailabilityError};
pub use zone_loss::ZoneLoss;
