//! Turning byte offsets into 1-based line numbers of the whole file.

/// Maps byte offsets of a piece of a file to the file's 1-based line numbers.
#[derive(Debug, Clone)]
pub(crate) struct LineMap {
    /// Byte offset where each line of the piece starts.
    starts: Vec<usize>,
    /// The file's line number of the piece's first line.
    first_line: usize,
}

impl LineMap {
    /// A map for `text`, whose first line is line `first_line` of the file.
    pub(crate) fn new(text: &str, first_line: usize) -> LineMap {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineMap { starts, first_line }
    }

    /// The file's line number of byte `offset` of the piece.
    pub(crate) fn line(&self, offset: usize) -> usize {
        let index = self
            .starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        self.first_line.saturating_add(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_lines_of_the_whole_file() {
        let map = LineMap::new("ab\ncd\n\nef", 5);
        assert_eq!(map.line(0), 5);
        assert_eq!(map.line(2), 5);
        assert_eq!(map.line(3), 6);
        assert_eq!(map.line(6), 7);
        assert_eq!(map.line(7), 8);
        assert_eq!(map.line(100), 8);
    }
}
