//! Property tests of the availability core against references written here with
//! plain arithmetic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netdojo::calc::availability::{Availability, Convention, Expr, Period, Span};
use proptest::prelude::*;

/// A percentage with up to four decimals, above 0 and at most 100, as text and as
/// the reference fraction.
fn percent() -> impl Strategy<Value = (String, f64)> {
    (1u32..=1_000_000).prop_map(|ten_thousandths| {
        let text = format!(
            "{}.{:04}%",
            ten_thousandths / 10_000,
            ten_thousandths % 10_000
        );
        (text, f64::from(ten_thousandths) / 1_000_000.0)
    })
}

fn availability(text: &str) -> Availability {
    text.parse().unwrap()
}

/// `a` and `b` agree to 1e-12 absolute or relative, whichever is looser.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12_f64.max(1e-9 * a.abs().max(b.abs()))
}

/// An expression as text with its availability computed directly.
fn system() -> impl Strategy<Value = (String, f64)> {
    let leaf = percent().prop_map(|(text, a)| (format!("p:{text}"), a));
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 2..4).prop_map(|items| {
                let text = items
                    .iter()
                    .map(|(t, _)| format!("({t})"))
                    .collect::<Vec<_>>();
                let a = items.iter().map(|(_, a)| a).product();
                (text.join(" * "), a)
            }),
            prop::collection::vec(inner.clone(), 2..4).prop_map(|items| {
                let text = items
                    .iter()
                    .map(|(t, _)| format!("({t})"))
                    .collect::<Vec<_>>();
                let down: f64 = items.iter().map(|(_, a)| 1.0 - a).product();
                (text.join(" | "), 1.0 - down)
            }),
            (inner, 1u32..5, 0u32..3).prop_map(|((text, a), k, extra)| {
                let n = k + extra;
                let up: f64 = (k..=n)
                    .map(|i| choose(n, i) * a.powi(i as i32) * (1.0 - a).powi((n - i) as i32))
                    .sum();
                (format!("{k}of{n}({text})"), up)
            }),
        ]
    })
}

/// C(n, i) by the multiplicative formula, exact for the small n used here.
fn choose(n: u32, i: u32) -> f64 {
    (1..=i).fold(1.0, |acc, j| acc * f64::from(n - i + j) / f64::from(j))
}

proptest! {
    #[test]
    fn series_never_exceeds_its_weakest_part(parts in prop::collection::vec(percent(), 1..8)) {
        let whole = Availability::series(parts.iter().map(|(t, _)| availability(t)));
        let weakest = parts.iter().map(|(_, a)| *a).fold(1.0, f64::min);
        prop_assert!(whole.fraction() <= weakest + 1e-15);
        let direct: f64 = parts.iter().map(|(_, a)| a).product();
        prop_assert!(close(whole.fraction(), direct));
    }

    #[test]
    fn parallel_never_falls_below_its_best_part(parts in prop::collection::vec(percent(), 1..8)) {
        let whole = Availability::parallel(parts.iter().map(|(t, _)| availability(t)));
        let best = parts.iter().map(|(_, a)| *a).fold(0.0, f64::max);
        prop_assert!(whole.fraction() >= best - 1e-15);
    }

    #[test]
    fn k_of_n_matches_series_and_parallel((text, a) in percent(), n in 1u32..60) {
        let part = availability(&text);
        let all = part.k_of_n(n, n).unwrap();
        let any = part.k_of_n(1, n).unwrap();
        prop_assert!(close(all.fraction(), a.powi(n as i32)));
        // Compare the unavailability of "any one" directly: it is tiny and precise.
        prop_assert!(close(any.unavailability(), part.unavailability().powi(n as i32)));
    }

    #[test]
    fn k_of_n_falls_as_k_rises((text, _) in percent(), n in 2u32..1200, k in 1u32..1200) {
        let k = k.min(n - 1);
        let part = availability(&text);
        prop_assert!(part.k_of_n(k, n).unwrap() >= part.k_of_n(k + 1, n).unwrap());
    }

    #[test]
    fn downtime_and_availability_round_trip((text, _) in percent(), period in 0usize..5) {
        let a = availability(&text);
        let over = Convention::default().span(Period::ALL[period]);
        let back = Availability::from_downtime(a.downtime(over), over).unwrap();
        prop_assert!(close(back.unavailability(), a.unavailability()));
    }

    #[test]
    fn spans_print_and_read_back(tenths in 0u64..10_000_000_000) {
        let span = Span::from_seconds(tenths as f64 / 10.0).unwrap();
        let printed = span.to_string();
        let again: Span = printed.parse().unwrap();
        prop_assert_eq!(again.to_string(), printed);
    }

    #[test]
    fn expressions_evaluate_like_the_reference((text, a) in system()) {
        let expr: Expr = text.parse().unwrap();
        prop_assert!(close(expr.availability().fraction(), a), "{} vs {}", expr.availability().fraction(), a);
        let canonical = expr.to_string();
        let again: Expr = canonical.parse().unwrap();
        prop_assert_eq!(&again, &expr);
        prop_assert_eq!(again.to_string(), canonical);
    }

    #[test]
    fn no_text_makes_the_parser_panic(text in "[a-z0-9:.%*|() \\t]{0,40}|\\PC{0,40}") {
        match text.parse::<Expr>() {
            Ok(expr) => prop_assert_eq!(expr.to_string().parse::<Expr>().unwrap(), expr),
            Err(e) => prop_assert!(e.column >= 1 && e.column <= text.chars().count() + 1),
        }
    }
}
