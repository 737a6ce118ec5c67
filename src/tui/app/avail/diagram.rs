//! A system drawn as a reliability block diagram in text: a series chain left to
//! right, parallel branches stacked between two rails, a k-of-n group in a
//! labelled box. Single points of failure are marked `!` as well as coloured.

use crate::calc::availability::{Node, NodeKind, Report};
use crate::i18n::width::columns;
use crate::i18n::{Lang, Msg};
use crate::tui::content::{TextLine, Tone};

/// A drawn piece: rows of exactly `width` columns, and the row the wire runs on.
#[derive(Debug, Clone)]
struct Block {
    width: usize,
    wire: usize,
    rows: Vec<TextLine>,
}

impl Block {
    fn height(&self) -> usize {
        self.rows.len()
    }

    /// Row `r`, or blank when the block has no such row.
    fn row(&self, r: usize) -> TextLine {
        self.rows
            .get(r)
            .cloned()
            .unwrap_or_else(|| TextLine::one(" ".repeat(self.width), Tone::Plain))
    }

    /// Row `r` padded to `width`: with wire on the wire row, spaces elsewhere.
    fn padded_row(&self, r: usize, width: usize) -> TextLine {
        let fill = if r == self.wire { "─" } else { " " };
        join(
            self.row(r),
            TextLine::one(fill.repeat(width.saturating_sub(self.width)), Tone::Plain),
        )
    }
}

fn join(mut left: TextLine, right: TextLine) -> TextLine {
    left.0.extend(right.0);
    left
}

fn plain(text: &str) -> TextLine {
    TextLine::one(text, Tone::Plain)
}

/// The diagram of a report's system, one line per row.
pub fn diagram(report: &Report, lang: Lang) -> Vec<TextLine> {
    let block = node_block(&report.root, report, lang);
    let lead = |r: usize| plain(if r == block.wire { "──" } else { "  " });
    (0..block.height())
        .map(|r| join(join(lead(r), block.row(r)), lead(r)))
        .collect()
}

fn node_block(node: &Node, report: &Report, lang: Lang) -> Block {
    let children = || {
        node.children
            .iter()
            .map(|c| node_block(c, report, lang))
            .collect::<Vec<_>>()
    };
    match node.kind {
        NodeKind::Part(index) => {
            let spof = report
                .parts
                .get(index)
                .is_some_and(|p| p.single_point_of_failure);
            part(&node.text, spof)
        }
        NodeKind::Series => series(children()),
        NodeKind::Parallel => parallel(children()),
        NodeKind::KOfN { k, n } => {
            let label = lang.fill(Msg::AvailKofN, &[&k.to_string(), &n.to_string()]);
            let inside = children()
                .into_iter()
                .next()
                .unwrap_or_else(|| part("?", false));
            boxed(inside, &label)
        }
    }
}

fn part(text: &str, spof: bool) -> Block {
    let (label, tone) = if spof {
        (format!("[{text} !]"), Tone::Error)
    } else {
        (format!("[{text}]"), Tone::Plain)
    };
    Block {
        width: columns(&label),
        wire: 0,
        rows: vec![TextLine::one(label, tone)],
    }
}

/// Blocks side by side, joined by wire on a common wire row.
fn series(blocks: Vec<Block>) -> Block {
    let wire = blocks.iter().map(|b| b.wire).max().unwrap_or(0);
    let height = blocks
        .iter()
        .map(|b| wire - b.wire + b.height())
        .max()
        .unwrap_or(1);
    let width = blocks.iter().map(|b| b.width).sum::<usize>() + 2 * blocks.len().saturating_sub(1);
    let rows = (0..height)
        .map(|r| {
            let mut line = TextLine::new();
            for (i, block) in blocks.iter().enumerate() {
                if i > 0 {
                    line = join(line, plain(if r == wire { "──" } else { "  " }));
                }
                let shifted = (r + block.wire).checked_sub(wire);
                let row = match shifted {
                    Some(r) => block.row(r),
                    None => block.row(usize::MAX),
                };
                line = join(line, row);
            }
            line
        })
        .collect();
    Block { width, wire, rows }
}

/// Blocks stacked between two rails: any one branch carries the wire through.
fn parallel(blocks: Vec<Block>) -> Block {
    let inner = blocks.iter().map(|b| b.width).max().unwrap_or(0);
    let mut body = Vec::new();
    let mut wires = Vec::new();
    for block in &blocks {
        for r in 0..block.height() {
            if r == block.wire {
                wires.push(body.len());
            }
            body.push((block.padded_row(r, inner), r == block.wire));
        }
    }
    let first = wires.first().copied().unwrap_or(0);
    let last = wires.last().copied().unwrap_or(0);
    let rows = body
        .into_iter()
        .enumerate()
        .map(|(r, (line, on_wire))| {
            let (left, right) = if r == first {
                ("┬─", "─┬")
            } else if r == last {
                ("└─", "─┘")
            } else if on_wire {
                ("├─", "─┤")
            } else if r > first && r < last {
                ("│ ", " │")
            } else {
                ("  ", "  ")
            };
            join(join(plain(left), line), plain(right))
        })
        .collect();
    Block {
        width: inner + 4,
        wire: first,
        rows,
    }
}

/// A block in a box with a label in its top border; the wire enters and leaves
/// through the sides.
fn boxed(block: Block, label: &str) -> Block {
    let title = format!(" {label} ");
    let inner = block.width.max(columns(&title).saturating_sub(2));
    let width = inner + 4;
    let mut rows = vec![
        TextLine::one("┌", Tone::Dim)
            .push(title.as_str(), Tone::Heading)
            .push(
                format!(
                    "{}┐",
                    "─".repeat(inner + 2 - columns(&title).min(inner + 2))
                ),
                Tone::Dim,
            ),
    ];
    for r in 0..block.height() {
        let (left, right) = if r == block.wire {
            ("┤─", "─├")
        } else {
            ("│ ", " │")
        };
        rows.push(join(
            join(TextLine::one(left, Tone::Dim), block.padded_row(r, inner)),
            TextLine::one(right, Tone::Dim),
        ));
    }
    rows.push(TextLine::one(
        format!("└{}┘", "─".repeat(inner + 2)),
        Tone::Dim,
    ));
    Block {
        width,
        wire: block.wire + 1,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::availability::{Convention, Expr};

    fn drawn(text: &str, lang: Lang) -> Vec<String> {
        let expr: Expr = text.parse().unwrap();
        let report = Report::new(&expr, &Convention::default());
        diagram(&report, lang).iter().map(TextLine::text).collect()
    }

    #[test]
    fn series_with_a_parallel_pair() {
        assert_eq!(
            drawn("alb:99.99 * (web:99 | web:99) * rds:99.95", Lang::En),
            [
                "──[alb:99.99 !]──┬─[web:99]─┬──[rds:99.95 !]──",
                "                 └─[web:99]─┘                 ",
            ]
        );
    }

    #[test]
    fn branches_of_different_widths_and_heights() {
        assert_eq!(
            drawn("a:99 | (b:99 * c:99) | (d:99 | e:99)", Lang::En),
            [
                "──┬─[a:99]─────────┬──",
                "  ├─[b:99]──[c:99]─┤  ",
                "  └─┬─[d:99]─┬─────┘  ",
                "    └─[e:99]─┘        ",
            ]
        );
    }

    #[test]
    fn k_of_n_in_a_labelled_box() {
        assert_eq!(
            drawn("lb:99.99 * 2of3(node:99)", Lang::En),
            [
                "                ┌ 2 of 3 needed ┐  ",
                "──[lb:99.99 !]──┤─[node:99]─────├──",
                "                └───────────────┘  ",
            ]
        );
    }

    #[test]
    fn rows_are_all_as_wide() {
        for text in [
            "a:99",
            "2of3(a:99 * (b:99 | c:99))",
            "(a:99 | b:99) * (c:99 | d:99 | e:99) * 1of2(f:99 * g:99)",
            "名前:99 | b:99",
        ] {
            for lang in Lang::ALL {
                let rows = drawn(text, lang);
                let widths: Vec<usize> = rows.iter().map(|r| columns(r)).collect();
                assert!(widths.windows(2).all(|w| w[0] == w[1]), "{text}: {rows:#?}");
            }
        }
    }
}
