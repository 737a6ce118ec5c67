//! Lesson tables: columns aligned by display width, narrowed (their cells
//! wrapped) when the page is too narrow, and shown one record at a time when even
//! narrowed columns cannot fit. Column widths come from the plain-text
//! renderer's rule, so both faces narrow a table the same way.

use crate::i18n::width::columns;
use crate::lesson::plain::fit_columns;
use crate::lesson::{Align, Span, Table};

use super::page::{Ink, Inline, Piece, Row};
use super::styled::{Run, longest_word, natural_width, restyle, runs, wrap_runs};

/// Columns between two cells.
const GAP: usize = 2;

/// The rows of a table laid out in `width` columns.
pub fn table(t: &Table, width: usize) -> Vec<Row> {
    let count = t
        .rows
        .iter()
        .map(Vec::len)
        .chain([t.header.len()])
        .max()
        .unwrap_or(0);
    if count == 0 {
        return Vec::new();
    }
    let cells = |row: &[Vec<Span>]| -> Vec<Vec<Run>> {
        (0..count)
            .map(|c| row.get(c).map(|s| runs(s)).unwrap_or_default())
            .collect()
    };
    let header: Vec<Vec<Run>> = cells(&t.header)
        .into_iter()
        .map(|runs| restyle(runs, strong))
        .collect();
    let body: Vec<Vec<Vec<Run>>> = t.rows.iter().map(|r| cells(r)).collect();
    let natural: Vec<usize> = (0..count)
        .map(|c| {
            body.iter()
                .map(|r| natural_width(&r[c]))
                .chain([natural_width(&header[c])])
                .max()
                .unwrap_or(0)
                .max(1)
        })
        .collect();
    let words: Vec<usize> = (0..count)
        .map(|c| {
            body.iter()
                .map(|r| longest_word(&r[c]))
                .chain([longest_word(&header[c])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let available = width.saturating_sub(GAP * (count - 1));
    let Some(widths) = fit_columns(&natural, &words, available) else {
        return records(&header, &body, width);
    };
    let align = |c: usize| t.align.get(c).copied().unwrap_or_default();
    let mut out = table_row(&header, &widths, &align);
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    out.push(Row::new(vec![Piece::new(
        rule.join(&" ".repeat(GAP)),
        Ink::Rule,
    )]));
    let body_rows: Vec<Vec<Row>> = body.iter().map(|r| table_row(r, &widths, &align)).collect();
    // A record whose cells wrap is set apart by blank rows, so its lines are
    // not read as the next record's.
    let mut apart = false;
    for (i, rows) in body_rows.into_iter().enumerate() {
        let tall = rows.len() > 1;
        if i > 0 && (tall || apart) {
            out.push(Row::blank());
        }
        apart = tall;
        out.extend(rows);
    }
    out
}

fn strong(ink: Ink) -> Ink {
    match ink {
        Ink::Text(inline) => Ink::Text(Inline {
            strong: true,
            ..inline
        }),
        other => other,
    }
}

fn space(n: usize) -> Piece {
    Piece::new(" ".repeat(n), Ink::Text(Inline::default()))
}

fn table_row(cells: &[Vec<Run>], widths: &[usize], align: &dyn Fn(usize) -> Align) -> Vec<Row> {
    let wrapped: Vec<Vec<Vec<Piece>>> = cells
        .iter()
        .zip(widths)
        .map(|(runs, w)| wrap_runs(runs, *w))
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
    (0..height)
        .map(|line| {
            let mut pieces = Vec::new();
            for (c, (lines, w)) in wrapped.iter().zip(widths).enumerate() {
                if c > 0 {
                    pieces.push(space(GAP));
                }
                let cell: Vec<Piece> = lines.get(line).cloned().unwrap_or_default();
                let used: usize = cell.iter().map(|p| columns(&p.text)).sum();
                let room = w.saturating_sub(used);
                let (before, after) = match align(c) {
                    Align::Left => (0, room),
                    Align::Right => (room, 0),
                    Align::Center => (room / 2, room - room / 2),
                };
                if before > 0 {
                    pieces.push(space(before));
                }
                pieces.extend(cell);
                if after > 0 && c + 1 < widths.len() {
                    pieces.push(space(after));
                }
            }
            Row::new(pieces)
        })
        .collect()
}

/// A table too wide for the page, one "header: value" line per cell and a blank
/// row between records.
fn records(header: &[Vec<Run>], body: &[Vec<Vec<Run>>], width: usize) -> Vec<Row> {
    let mut out = Vec::new();
    for (i, row) in body.iter().enumerate() {
        if i > 0 {
            out.push(Row::blank());
        }
        for (h, cell) in header.iter().zip(row) {
            let mut line = h.clone();
            line.push((": ".to_owned(), strong(Ink::Text(Inline::default()))));
            line.extend(cell.iter().cloned());
            out.extend(wrap_runs(&line, width).into_iter().map(Row::new));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str) -> Vec<Span> {
        vec![Span::plain(text)]
    }

    fn sample() -> Table {
        Table {
            align: vec![Align::Left, Align::Right],
            header: vec![cell("Prefix"), cell("Addresses")],
            rows: vec![
                vec![cell("/24"), cell("256")],
                vec![cell("/20"), cell("4,096")],
            ],
        }
    }

    fn texts(rows: &[Row]) -> Vec<String> {
        rows.iter().map(Row::text).collect()
    }

    #[test]
    fn columns_align_by_display_width() {
        assert_eq!(
            texts(&table(&sample(), 40)),
            [
                "Prefix  Addresses",
                "──────  ─────────",
                "/24           256",
                "/20         4,096"
            ]
        );
        let ja = Table {
            align: vec![],
            header: vec![cell("項目"), cell("値")],
            rows: vec![vec![cell("ネットワーク"), cell("10.0.0.0")]],
        };
        assert_eq!(
            texts(&table(&ja, 40)),
            [
                "項目          値",
                "────────────  ────────",
                "ネットワーク  10.0.0.0"
            ]
        );
    }

    #[test]
    fn a_narrow_page_wraps_cells_then_stacks_records() {
        let narrowed = table(&sample(), 13);
        assert!(narrowed.iter().all(|r| r.width() <= 13), "{narrowed:?}");
        assert_eq!(
            texts(&table(&sample(), 9)),
            [
                "Prefix:",
                "/24",
                "Addresses",
                ": 256",
                "",
                "Prefix:",
                "/20",
                "Addresses",
                ": 4,096"
            ]
        );
    }
}
