//! A proportional bar of an address block: which parts are allocated and which are
//! free, one character per slice of the block. Each slice is `█` when wholly
//! allocated, `▒` when partly, `░` when free, so it reads without colour.

use crate::tui::content::{TextLine, Tone};

/// How much of one slice is allocated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    /// All of it.
    Full,
    /// Some of it.
    Part,
    /// None of it.
    Empty,
}

/// The slices of a block whose last offset is `last` (its size minus one, so a
/// whole IPv6 space fits in a u128), given the allocated ranges as inclusive
/// offsets from the block's start, sorted and not overlapping.
pub fn slices(last: u128, used: &[(u128, u128)], width: usize) -> Vec<Fill> {
    if width == 0 {
        return Vec::new();
    }
    // A bar is a picture: f64 is exact enough to place slices of any block.
    let size = last as f64 + 1.0;
    let cell = size / width as f64;
    (0..width)
        .map(|i| {
            let from = cell * i as f64;
            let to = cell * (i + 1) as f64;
            let mut covered = 0.0;
            let mut touched = false;
            for &(lo, hi) in used {
                let (lo, hi) = (lo as f64, hi as f64 + 1.0);
                let overlap = hi.min(to) - lo.max(from);
                if overlap > 0.0 {
                    covered += overlap;
                    touched = true;
                }
            }
            if covered >= (to - from) * 0.999 {
                Fill::Full
            } else if touched {
                Fill::Part
            } else {
                Fill::Empty
            }
        })
        .collect()
}

/// The bar as a line.
pub fn line(fills: &[Fill]) -> TextLine {
    let mut line = TextLine::new();
    for fill in fills {
        line = match fill {
            Fill::Full => line.push("█", Tone::Used),
            Fill::Part => line.push("▒", Tone::Used),
            Fill::Empty => line.push("░", Tone::Free),
        };
    }
    line
}

/// A share as a percentage with one decimal (`2.3%`), `<0.1%` for a sliver.
pub fn percent(part: u128, last: u128) -> String {
    let share = part as f64 / (last as f64 + 1.0) * 100.0;
    if part > 0 && share < 0.05 {
        "<0.1%".to_string()
    } else {
        format!("{share:.1}%")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_show_full_partial_and_free() {
        // A /24 of 256 addresses in 8 slices of 32: the first /26 fills two slices,
        // a /28 half-fills one.
        let fills = slices(255, &[(0, 63), (128, 143)], 8);
        use Fill::*;
        assert_eq!(fills, [Full, Full, Empty, Empty, Part, Empty, Empty, Empty]);
        assert_eq!(line(&fills).text(), "██░░▒░░░");
        assert!(slices(255, &[], 0).is_empty());
    }

    #[test]
    fn a_whole_ipv6_space_and_a_sliver_in_it() {
        let fills = slices(u128::MAX, &[(0, 0xffff)], 4);
        assert_eq!(fills, [Fill::Part, Fill::Empty, Fill::Empty, Fill::Empty]);
        assert_eq!(percent(0xffff, u128::MAX), "<0.1%");
        assert_eq!(percent(6 * 256, 65_535), "2.3%");
    }
}
