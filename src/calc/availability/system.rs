//! A system expression evaluated into a tree a screen or a table can draw: the
//! availability and yearly downtime of every node, what each part contributes,
//! and the weakest single point of failure.

use super::{Availability, Convention, Expr, Period, Span};

/// What a node of the tree is.
///
/// ```
/// use netdojo::calc::availability::{Convention, Expr, NodeKind, Report};
/// let r = Report::new(&"a:99 | b:99".parse::<Expr>().unwrap(), &Convention::default());
/// assert_eq!(r.root.kind, NodeKind::Parallel);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// A part; the index into [`Report::parts`].
    Part(usize),
    /// All children needed.
    Series,
    /// Any one child enough.
    Parallel,
    /// At least `k` of `n` copies of the only child needed.
    KOfN {
        /// Copies needed.
        k: u32,
        /// Copies deployed.
        n: u32,
    },
}

/// One node of the evaluated tree.
///
/// ```
/// use netdojo::calc::availability::{Convention, Expr, Report};
/// let r = Report::new(&"a:99 * b:99".parse::<Expr>().unwrap(), &Convention::default());
/// assert_eq!(r.root.children[1].text, "b:99");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What the node is.
    pub kind: NodeKind,
    /// The node's expression in canonical form.
    pub text: String,
    /// The node's availability on its own.
    pub availability: Availability,
    /// The node's downtime per year under the report's convention.
    pub downtime_per_year: Span,
    /// The nodes inside it, left to right.
    pub children: Vec<Node>,
}

/// What one part means to the whole system.
///
/// ```
/// use netdojo::calc::availability::{Convention, Expr, Report};
/// let r = Report::new(&"a:99 * (b:99 | c:99)".parse::<Expr>().unwrap(), &Convention::default());
/// assert!(r.parts[0].single_point_of_failure);
/// assert!(!r.parts[1].single_point_of_failure);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PartReport {
    /// The part as written, such as `ec2:99.5`.
    pub text: String,
    /// The part's name, if it has one.
    pub name: Option<String>,
    /// The part's availability.
    pub availability: Availability,
    /// How many identical copies the part stands for (k-of-n groups multiply it).
    pub copies: u64,
    /// Whether the failure of this part alone (one copy) takes the whole system down.
    pub single_point_of_failure: bool,
    /// How much the whole's availability would rise if this part (every copy of it)
    /// were perfect, as a fraction.
    pub gain: f64,
    /// The same gain as downtime saved per year.
    pub gain_per_year: Span,
    /// The gain as a share of the whole's unavailability (0 when the whole is perfect).
    pub share: f64,
}

/// A system evaluated under a convention.
///
/// ```
/// use netdojo::calc::availability::{Convention, Expr, Report};
/// let e: Expr = "alb:99.99 * (web:99 | web:99) * rds:99.95".parse().unwrap();
/// let r = Report::new(&e, &Convention::default());
/// assert_eq!(r.weakest_part().map(|p| p.text.as_str()), Some("rds:99.95"));
/// assert_eq!(r.root.downtime_per_year.to_string(), "6h 7m 51.7s");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The convention the downtime figures use.
    pub convention: Convention,
    /// The whole system, as a tree.
    pub root: Node,
    /// Every part, left to right.
    pub parts: Vec<PartReport>,
    /// The index in `parts` of the weakest link: the single point of failure whose
    /// imperfection costs the most. `None` when no part is a single point of failure.
    pub weakest: Option<usize>,
}

impl Report {
    /// Evaluates a system.
    ///
    /// ```
    /// use netdojo::calc::availability::{Convention, Expr, Report};
    /// let r = Report::new(&"2of3(node:99)".parse::<Expr>().unwrap(), &Convention::default());
    /// assert_eq!(r.weakest, None);
    /// assert_eq!(r.parts[0].copies, 3);
    /// ```
    pub fn new(expr: &Expr, convention: &Convention) -> Report {
        let year = convention.span(Period::Year);
        let mut next_part = 0;
        let root = build_node(expr, year, &mut next_part);
        let whole = root.availability;
        let mut parts = Vec::new();
        collect_parts(expr, 1, true, &mut parts);
        for (index, part) in parts.iter_mut().enumerate() {
            let improved = evaluate_with_perfect(expr, index, &mut 0);
            let gain = (whole.unavailability() - improved.unavailability()).max(0.0);
            part.gain = gain;
            part.gain_per_year = Span::from_seconds(gain * year.seconds()).unwrap_or(Span::ZERO);
            part.share = if whole.unavailability() > 0.0 {
                gain / whole.unavailability()
            } else {
                0.0
            };
        }
        let weakest = parts
            .iter()
            .enumerate()
            .filter(|(_, p)| p.single_point_of_failure)
            // The first of equals wins, so keep the earlier one on ties.
            .fold(None, |best: Option<(usize, f64)>, (i, p)| match best {
                Some((_, gain)) if gain >= p.gain => best,
                _ => Some((i, p.gain)),
            })
            .map(|(i, _)| i);
        Report {
            convention: *convention,
            root,
            parts,
            weakest,
        }
    }

    /// The availability of the whole system.
    ///
    /// ```
    /// use netdojo::calc::availability::{Convention, Expr, Report};
    /// let r = Report::new(&"99 | 99".parse::<Expr>().unwrap(), &Convention::default());
    /// assert_eq!(r.availability().to_string(), "99.99%");
    /// ```
    pub fn availability(&self) -> Availability {
        self.root.availability
    }

    /// The weakest link, if there is a single point of failure.
    ///
    /// ```
    /// use netdojo::calc::availability::{Convention, Expr, Report};
    /// let r = Report::new(&"a:99 | b:99".parse::<Expr>().unwrap(), &Convention::default());
    /// assert!(r.weakest_part().is_none());
    /// ```
    pub fn weakest_part(&self) -> Option<&PartReport> {
        self.weakest.and_then(|i| self.parts.get(i))
    }
}

fn build_node(expr: &Expr, year: Span, next_part: &mut usize) -> Node {
    let (kind, children) = match expr {
        Expr::Part(_) => {
            let index = *next_part;
            *next_part += 1;
            (NodeKind::Part(index), Vec::new())
        }
        Expr::Series(items) => (
            NodeKind::Series,
            items
                .iter()
                .map(|e| build_node(e, year, next_part))
                .collect(),
        ),
        Expr::Parallel(items) => (
            NodeKind::Parallel,
            items
                .iter()
                .map(|e| build_node(e, year, next_part))
                .collect(),
        ),
        Expr::KOfN { k, n, copy } => (
            NodeKind::KOfN { k: *k, n: *n },
            vec![build_node(copy, year, next_part)],
        ),
    };
    let availability = expr.availability();
    Node {
        kind,
        text: expr.to_string(),
        availability,
        downtime_per_year: availability.downtime(year),
        children,
    }
}

/// Lists the parts; `fatal` says whether one failure at this node stops the whole,
/// which stays true only through series groups and k-of-n groups that need every copy.
fn collect_parts(expr: &Expr, copies: u64, fatal: bool, into: &mut Vec<PartReport>) {
    match expr {
        Expr::Part(part) => into.push(PartReport {
            text: part.to_string(),
            name: part.name().map(str::to_string),
            availability: part.availability(),
            copies,
            single_point_of_failure: fatal,
            gain: 0.0,
            gain_per_year: Span::ZERO,
            share: 0.0,
        }),
        Expr::Series(items) => {
            for item in items {
                collect_parts(item, copies, fatal, into);
            }
        }
        Expr::Parallel(items) => {
            for item in items {
                collect_parts(item, copies, false, into);
            }
        }
        Expr::KOfN { k, n, copy } => {
            let copies = copies.saturating_mul(u64::from(*n));
            collect_parts(copy, copies, fatal && k == n, into);
        }
    }
}

/// The whole's availability with the part numbered `target` made perfect.
fn evaluate_with_perfect(expr: &Expr, target: usize, seen: &mut usize) -> Availability {
    let mut each = |items: &[Expr]| -> Vec<Availability> {
        items
            .iter()
            .map(|e| evaluate_with_perfect(e, target, seen))
            .collect()
    };
    match expr {
        Expr::Part(part) => {
            let index = *seen;
            *seen += 1;
            if index == target {
                Availability::PERFECT
            } else {
                part.availability()
            }
        }
        Expr::Series(items) => Availability::series(each(items)),
        Expr::Parallel(items) => Availability::parallel(each(items)),
        Expr::KOfN { k, n, copy } => evaluate_with_perfect(copy, target, seen)
            .k_of_n(*k, *n)
            .unwrap_or(Availability::NEVER),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(text: &str) -> Report {
        Report::new(&text.parse::<Expr>().unwrap(), &Convention::default())
    }

    #[test]
    fn the_notes_architecture() {
        let r = report("alb:99.99 * (web:99 | web:99) * rds:99.95");
        assert_eq!(format!("{:.6}", r.availability().fraction()), "0.999300");
        assert_eq!(format!("{:.2}", r.root.downtime_per_year.hours()), "6.13");
        let spof: Vec<_> = r.parts.iter().map(|p| p.single_point_of_failure).collect();
        assert_eq!(spof, [true, false, false, true]);
        // The DB tier dominates: about 71% of the downtime.
        assert_eq!(r.weakest, Some(3));
        assert_eq!(format!("{:.3}", r.parts[3].share), "0.714");
        assert_eq!(r.parts[3].gain_per_year.to_string(), "4h 22m 44.8s");
        assert_eq!(format!("{:.3}", r.parts[0].share), "0.143");
        assert_eq!(r.parts[1].gain_per_year.to_string(), "52m 31.7s");
        let tree = &r.root;
        assert_eq!(tree.kind, NodeKind::Series);
        assert_eq!(tree.children[1].kind, NodeKind::Parallel);
        assert_eq!(tree.children[1].text, "web:99 | web:99");
        assert_eq!(tree.children[1].availability.to_string(), "99.99%");
        assert_eq!(tree.children[1].children[1].kind, NodeKind::Part(2));
    }

    #[test]
    fn no_single_point_of_failure() {
        let r = report("(a:99 * b:99) | c:99");
        assert_eq!(r.weakest, None);
        assert!(r.parts.iter().all(|p| !p.single_point_of_failure));
    }

    #[test]
    fn k_of_n_needing_every_copy_is_a_single_point() {
        let r = report("lb:99.99 * 3of3(node:99.9)");
        assert!(r.parts[1].single_point_of_failure);
        assert_eq!(r.parts[1].copies, 3);
        assert_eq!(r.weakest, Some(1));
        let r = report("2of3(node:99.9) * 2of2(2of3(x:99))");
        assert_eq!(r.parts[1].copies, 6);
        assert!(!r.parts[1].single_point_of_failure);
    }

    #[test]
    fn ties_keep_the_first_part() {
        let r = report("a:99 * b:99");
        assert_eq!(r.weakest, Some(0));
        assert_eq!(r.parts[0].gain, r.parts[1].gain);
    }

    #[test]
    fn perfect_whole_has_no_shares() {
        let r = report("a:100 * b:100");
        assert_eq!(r.parts[0].share, 0.0);
        assert_eq!(r.weakest, Some(0));
    }
}
