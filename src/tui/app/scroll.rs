//! Moving a position through a list or a scrolled text by rows and pages.

use crate::tui::action::Action;

/// The position after a move action in a list of `len` rows showing `page` at a
/// time, or `None` when the action is not a move.
pub fn step(position: usize, action: &Action, len: usize, page: usize) -> Option<usize> {
    let last = len.saturating_sub(1);
    let page = page.max(1);
    let next = match action {
        Action::Up | Action::ScrollUp(..) => position.saturating_sub(1),
        Action::Down | Action::ScrollDown(..) => position.saturating_add(1),
        Action::PageUp => position.saturating_sub(page),
        Action::PageDown => position.saturating_add(page),
        Action::First => 0,
        Action::Last => last,
        _ => return None,
    };
    Some(next.min(last))
}

/// The first row to show so that `selected` is visible in a window of `height`
/// rows, moving the previous `offset` as little as possible.
pub fn follow(offset: usize, selected: usize, height: usize) -> usize {
    if height == 0 {
        return selected;
    }
    if selected < offset {
        selected
    } else if selected >= offset + height {
        selected + 1 - height
    } else {
        offset
    }
}

/// The largest sensible first row for `len` rows in a window of `height`.
pub fn max_offset(len: usize, height: usize) -> usize {
    len.saturating_sub(height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stay_in_range() {
        assert_eq!(step(0, &Action::Up, 5, 2), Some(0));
        assert_eq!(step(4, &Action::Down, 5, 2), Some(4));
        assert_eq!(step(1, &Action::PageDown, 5, 2), Some(3));
        assert_eq!(step(3, &Action::PageUp, 5, 10), Some(0));
        assert_eq!(step(2, &Action::Last, 5, 2), Some(4));
        assert_eq!(step(2, &Action::Last, 0, 2), Some(0));
        assert_eq!(step(2, &Action::Open, 5, 2), None);
    }

    #[test]
    fn follow_keeps_the_selection_in_view() {
        assert_eq!(follow(0, 3, 5), 0);
        assert_eq!(follow(0, 7, 5), 3);
        assert_eq!(follow(4, 2, 5), 2);
        assert_eq!(follow(4, 2, 0), 2);
        assert_eq!(max_offset(10, 4), 6);
        assert_eq!(max_offset(3, 4), 0);
    }
}
