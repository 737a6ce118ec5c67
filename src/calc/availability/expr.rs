//! A system written as an expression, and its hand-written recursive-descent parser.
//!
//! ```text
//! system   = series
//! series   = parallel { "*" parallel }      all needed
//! parallel = unit { "|" unit }              any one enough (binds tighter than *)
//! unit     = "(" series ")"
//!          | K "of" N "(" series ")"        at least K of N identical copies
//!          | [ name ":" ] percent [ "%" ]
//! name     = letter or "_", then letters, digits, "_", "-" or "."
//! percent  = digits [ "." digits ], above 0 and at most 100
//! ```
//!
//! Availabilities are percentages only. A bare number from 0 to 1 (`0.999`) is
//! refused as a probable fraction; write `99.9`, or `0.999%` if that is meant.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use super::{Availability, AvailabilityError, Decimal, MAX_COPIES};

/// How deep parentheses and k-of-n groups may nest.
///
/// ```
/// use netdojo::calc::availability::{Expr, MAX_DEPTH};
/// let deep = format!("{}99{}", "(".repeat(MAX_DEPTH + 1), ")".repeat(MAX_DEPTH + 1));
/// assert!(deep.parse::<Expr>().is_err());
/// ```
pub const MAX_DEPTH: usize = 32;

/// How many parts one expression may have.
///
/// ```
/// use netdojo::calc::availability::{Expr, MAX_PARTS};
/// assert!(vec!["99"; MAX_PARTS].join(" * ").parse::<Expr>().is_ok());
/// ```
pub const MAX_PARTS: usize = 256;

/// A system of parts combined in series, in parallel and as k-of-n groups.
///
/// `Display` writes it back in a canonical form that parses to the same value.
///
/// ```
/// use netdojo::calc::availability::Expr;
/// let e: Expr = "elb:99.99*(ec2:99.5|ec2:99.5)*rds:99.95%".parse().unwrap();
/// assert_eq!(e.to_string(), "elb:99.99 * (ec2:99.5 | ec2:99.5) * rds:99.95");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// One component.
    Part(Part),
    /// Two or more groups, all needed.
    Series(Vec<Expr>),
    /// Two or more groups, any one enough.
    Parallel(Vec<Expr>),
    /// `n` identical copies of `copy`, at least `k` of them needed.
    KOfN {
        /// Copies needed.
        k: u32,
        /// Copies deployed.
        n: u32,
        /// What each copy is.
        copy: Box<Expr>,
    },
}

/// One component: an optional name and its availability as typed.
///
/// ```
/// use netdojo::calc::availability::{Expr, Part};
/// let Expr::Part(p) = "web:99.9".parse::<Expr>().unwrap() else { panic!() };
/// assert_eq!((p.name(), p.to_string()), (Some("web"), "web:99.9".to_string()));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    name: Option<String>,
    percent: Decimal,
    availability: Availability,
}

/// Where an expression stopped making sense: a 1-based column and what was expected.
///
/// ```
/// use netdojo::calc::availability::Expr;
/// let err = "elb:99.99 * ec2:".parse::<Expr>().unwrap_err();
/// assert_eq!(err.to_string(), "column 17: expected a percentage after \"ec2:\"");
/// assert_eq!(err.column, 17);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("column {column}: {kind}")]
pub struct ExprError {
    /// The 1-based column (in characters) of the problem.
    pub column: usize,
    /// What went wrong there.
    pub kind: ExprErrorKind,
}

/// What the parser found at a column where it expected something else.
///
/// ```
/// use netdojo::calc::availability::Found;
/// assert_eq!(Found::Char('*').to_string(), "\"*\"");
/// assert_eq!(Found::End.to_string(), "the end of the expression");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A character.
    Char(char),
    /// Nothing more.
    End,
}

/// The kinds of [`ExprError`].
///
/// ```
/// use netdojo::calc::availability::{Expr, ExprErrorKind, Found};
/// let err = "web:99 +".parse::<Expr>().unwrap_err();
/// assert_eq!(err.kind, ExprErrorKind::ExpectedOperator(Found::Char('+')));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ExprErrorKind {
    /// A part, `(` or k-of-n group was due.
    #[error(
        "expected a part such as \"web:99.9\", a \"(\" or a k-of-n group such as \"2of3(\", found {0}"
    )]
    ExpectedPart(Found),
    /// A name was not followed by a colon.
    #[error("expected \":\" after the name \"{0}\" (a part is name:percent, such as \"web:99.9\")")]
    ExpectedColon(String),
    /// A name and colon were not followed by a number.
    #[error("expected a percentage after \"{0}:\"")]
    ExpectedPercent(String),
    /// The percentage itself is wrong.
    #[error("{0}")]
    Percent(AvailabilityError),
    /// A part is never up.
    #[error("\"{0}\" is not above 0 (a part must be up some of the time)")]
    ZeroPercent(String),
    /// After a complete group, only an operator or the end may follow.
    #[error("expected \"*\", \"|\" or the end of the expression, found {0}")]
    ExpectedOperator(Found),
    /// Inside parentheses, only an operator or `)` may follow a group.
    #[error("expected \"*\", \"|\" or \")\", found {0}")]
    ExpectedOperatorOrClose(Found),
    /// The expression ended inside parentheses.
    #[error("expected \")\" to close the \"(\" at column {0}, found the end of the expression")]
    Unclosed(usize),
    /// `KofN` without the number of copies.
    #[error("expected the number of copies after \"{0}of\"")]
    ExpectedCopies(u32),
    /// `KofN` not followed by a parenthesised group.
    #[error("expected \"(\" after \"{k}of{n}\"")]
    ExpectedOpen {
        /// Copies needed.
        k: u32,
        /// Copies deployed.
        n: u32,
    },
    /// `KofN` with k outside 1..=n, or n too large.
    #[error("\"{k}of{n}\": k must be from 1 to n, and n at most {max}", max = MAX_COPIES)]
    KofNRange {
        /// Copies needed.
        k: u32,
        /// Copies deployed.
        n: u32,
    },
    /// Nested k-of-n groups that make more than [`MAX_COPIES`] copies of one part.
    #[error("\"{k}of{n}\" makes {copies} copies of the parts inside, more than {max}", max = MAX_COPIES)]
    TooManyCopies {
        /// Copies needed.
        k: u32,
        /// Copies deployed.
        n: u32,
        /// Copies of each part inside, counting the groups around it.
        copies: u64,
    },
    /// A count too large to read.
    #[error("\"{0}\" is too large a count")]
    CountTooLarge(String),
    /// Parentheses or groups nested beyond [`MAX_DEPTH`].
    #[error("groups nest more than {max} deep", max = MAX_DEPTH)]
    TooDeep,
    /// More than [`MAX_PARTS`] parts.
    #[error("more than {max} parts", max = MAX_PARTS)]
    TooManyParts,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Char(c) => write!(f, "\"{c}\""),
            Found::End => f.write_str("the end of the expression"),
        }
    }
}

impl Part {
    /// A part from an optional name and a percentage above 0 and at most 100.
    ///
    /// ```
    /// use netdojo::calc::availability::Part;
    /// let p = Part::new(Some("db"), "99.95".parse().unwrap()).unwrap();
    /// assert_eq!(p.to_string(), "db:99.95");
    /// ```
    pub fn new(name: Option<&str>, percent: Decimal) -> Result<Part, ExprErrorKind> {
        if percent.is_zero() {
            return Err(ExprErrorKind::ZeroPercent(percent.to_string()));
        }
        let availability = Availability::from_percent(percent).map_err(ExprErrorKind::Percent)?;
        Ok(Part {
            name: name.map(str::to_string),
            percent,
            availability,
        })
    }

    /// The part's name, if it was given one.
    ///
    /// ```
    /// use netdojo::calc::availability::Part;
    /// assert_eq!(Part::new(None, "99".parse().unwrap()).unwrap().name(), None);
    /// ```
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The percentage exactly as typed.
    ///
    /// ```
    /// use netdojo::calc::availability::Part;
    /// let p = Part::new(None, "99.50".parse().unwrap()).unwrap();
    /// assert_eq!(p.percent().to_string(), "99.50");
    /// ```
    pub fn percent(&self) -> Decimal {
        self.percent
    }

    /// The part's availability.
    ///
    /// ```
    /// use netdojo::calc::availability::Part;
    /// let p = Part::new(None, "99.5".parse().unwrap()).unwrap();
    /// assert_eq!(p.availability().unavailability(), 0.005);
    /// ```
    pub fn availability(&self) -> Availability {
        self.availability
    }
}

impl fmt::Display for Part {
    /// `name:percent`; a percentage of 1 or less keeps its `%`, which the parser
    /// needs to tell it from a fraction.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(name) = &self.name {
            write!(f, "{name}:")?;
        }
        write!(f, "{}", self.percent)?;
        if self.percent.cmp_integer(1).is_le() {
            f.write_str("%")?;
        }
        Ok(())
    }
}

impl Expr {
    /// The availability of the whole system, assuming independent failures.
    ///
    /// ```
    /// use netdojo::calc::availability::Expr;
    /// let e: Expr = "alb:99.99 * (web:99 | web:99) * rds:99.95".parse().unwrap();
    /// assert_eq!(format!("{:.6}", e.availability().fraction()), "0.999300");
    /// ```
    pub fn availability(&self) -> Availability {
        match self {
            Expr::Part(part) => part.availability,
            Expr::Series(items) => Availability::series(items.iter().map(Expr::availability)),
            Expr::Parallel(items) => Availability::parallel(items.iter().map(Expr::availability)),
            Expr::KOfN { k, n, copy } => copy
                .availability()
                .k_of_n(*k, *n)
                // The parser checked k and n; a hand-built bad group counts as never up.
                .unwrap_or(Availability::NEVER),
        }
    }

    /// The parts, left to right (a k-of-n group's copy counts once).
    ///
    /// ```
    /// use netdojo::calc::availability::Expr;
    /// let e: Expr = "a:99 * 2of3(b:99)".parse().unwrap();
    /// let names: Vec<_> = e.parts().iter().map(|p| p.name()).collect();
    /// assert_eq!(names, [Some("a"), Some("b")]);
    /// ```
    pub fn parts(&self) -> Vec<&Part> {
        let mut parts = Vec::new();
        self.collect_parts(&mut parts);
        parts
    }

    fn collect_parts<'a>(&'a self, into: &mut Vec<&'a Part>) {
        match self {
            Expr::Part(part) => into.push(part),
            Expr::Series(items) | Expr::Parallel(items) => {
                items.iter().for_each(|item| item.collect_parts(into));
            }
            Expr::KOfN { copy, .. } => copy.collect_parts(into),
        }
    }
}

impl FromStr for Expr {
    type Err = ExprError;

    fn from_str(text: &str) -> Result<Expr, ExprError> {
        let mut parser = Parser {
            chars: text.chars().collect(),
            pos: 0,
            depth: 0,
            parts: 0,
            copies: 1,
        };
        let expr = parser.series()?;
        parser.skip_spaces();
        match parser.peek() {
            None => Ok(expr),
            Some(c) => Err(parser.error(ExprErrorKind::ExpectedOperator(Found::Char(c)))),
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Part(part) => write!(f, "{part}"),
            // A parallel group inside a series needs no brackets, since "|" binds
            // tighter, but writing them makes the grouping plain to a reader.
            Expr::Series(items) => write_joined(f, items, " * ", |item| {
                matches!(item, Expr::Series(_) | Expr::Parallel(_))
            }),
            Expr::Parallel(items) => write_joined(f, items, " | ", |item| {
                matches!(item, Expr::Series(_) | Expr::Parallel(_))
            }),
            Expr::KOfN { k, n, copy } => write!(f, "{k}of{n}({copy})"),
        }
    }
}

/// Writes items with a separator, bracketing those that would otherwise regroup.
fn write_joined(
    f: &mut fmt::Formatter<'_>,
    items: &[Expr],
    separator: &str,
    needs_brackets: impl Fn(&Expr) -> bool,
) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(separator)?;
        }
        if needs_brackets(item) {
            write!(f, "({item})")?;
        } else {
            write!(f, "{item}")?;
        }
    }
    Ok(())
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    depth: usize,
    parts: usize,
    /// Copies each part at this point stands for: the product of the enclosing n.
    copies: u64,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn found(&self) -> Found {
        self.peek().map_or(Found::End, Found::Char)
    }

    fn error(&self, kind: ExprErrorKind) -> ExprError {
        self.error_at(self.pos, kind)
    }

    fn error_at(&self, pos: usize, kind: ExprErrorKind) -> ExprError {
        ExprError {
            column: pos + 1,
            kind,
        }
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, expected: char) -> bool {
        self.skip_spaces();
        if self.peek() == Some(expected) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> String {
        let start = self.pos;
        while self.peek().is_some_and(&keep) {
            self.pos += 1;
        }
        self.chars[start..self.pos].iter().collect()
    }

    fn series(&mut self) -> Result<Expr, ExprError> {
        let mut items = vec![self.parallel()?];
        while self.eat('*') {
            items.push(self.parallel()?);
        }
        Ok(one_or_many(items, Expr::Series))
    }

    fn parallel(&mut self) -> Result<Expr, ExprError> {
        let mut items = vec![self.unit()?];
        while self.eat('|') {
            items.push(self.unit()?);
        }
        Ok(one_or_many(items, Expr::Parallel))
    }

    fn unit(&mut self) -> Result<Expr, ExprError> {
        self.skip_spaces();
        match self.peek() {
            Some('(') => {
                let open = self.pos;
                self.pos += 1;
                self.nested(open)
            }
            Some(c) if c.is_ascii_digit() => self.number_led(),
            Some(c) if c.is_alphabetic() || c == '_' => self.named_part(),
            _ => Err(self.error(ExprErrorKind::ExpectedPart(self.found()))),
        }
    }

    /// Parses a group after its `(` at `open`, up to and including the `)`.
    fn nested(&mut self, open: usize) -> Result<Expr, ExprError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error_at(open, ExprErrorKind::TooDeep));
        }
        self.depth += 1;
        let inner = self.series()?;
        self.depth -= 1;
        if self.eat(')') {
            return Ok(inner);
        }
        Err(match self.found() {
            Found::End => self.error(ExprErrorKind::Unclosed(open + 1)),
            found => self.error(ExprErrorKind::ExpectedOperatorOrClose(found)),
        })
    }

    /// A unit that starts with a digit: `2of3(...)` or a bare percentage.
    fn number_led(&mut self) -> Result<Expr, ExprError> {
        let start = self.pos;
        let k_text = self.take_while(|c| c.is_ascii_digit());
        if self.peek() != Some('o') || self.chars.get(self.pos + 1) != Some(&'f') {
            self.pos = start;
            return self.percent_part(None, start);
        }
        let k = self.count(&k_text, start)?;
        self.pos += 2;
        let n_start = self.pos;
        let n_text = self.take_while(|c| c.is_ascii_digit());
        if n_text.is_empty() {
            return Err(self.error(ExprErrorKind::ExpectedCopies(k)));
        }
        let n = self.count(&n_text, n_start)?;
        if k == 0 || k > n || n > MAX_COPIES {
            return Err(self.error_at(start, ExprErrorKind::KofNRange { k, n }));
        }
        let outer = self.copies;
        let copies = outer.saturating_mul(u64::from(n));
        if copies > u64::from(MAX_COPIES) {
            let kind = ExprErrorKind::TooManyCopies { k, n, copies };
            return Err(self.error_at(start, kind));
        }
        self.skip_spaces();
        if self.peek() != Some('(') {
            return Err(self.error(ExprErrorKind::ExpectedOpen { k, n }));
        }
        let open = self.pos;
        self.pos += 1;
        self.copies = copies;
        let copy = self.nested(open);
        self.copies = outer;
        let copy = copy?;
        Ok(Expr::KOfN {
            k,
            n,
            copy: Box::new(copy),
        })
    }

    fn count(&self, text: &str, at: usize) -> Result<u32, ExprError> {
        text.parse()
            .map_err(|_| self.error_at(at, ExprErrorKind::CountTooLarge(text.to_string())))
    }

    fn named_part(&mut self) -> Result<Expr, ExprError> {
        let start = self.pos;
        let name = self.take_while(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
        if !self.eat(':') {
            return Err(self.error(ExprErrorKind::ExpectedColon(name)));
        }
        self.skip_spaces();
        if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
            return Err(self.error(ExprErrorKind::ExpectedPercent(name)));
        }
        self.percent_part(Some(&name), start)
    }

    /// A percentage at the current position, for a part whose text starts at `start`.
    fn percent_part(&mut self, name: Option<&str>, start: usize) -> Result<Expr, ExprError> {
        self.parts += 1;
        if self.parts > MAX_PARTS {
            return Err(self.error_at(start, ExprErrorKind::TooManyParts));
        }
        let number_start = self.pos;
        let mut text = self.take_while(|c| c.is_ascii_digit());
        if self.peek() == Some('.')
            && self
                .chars
                .get(self.pos + 1)
                .is_some_and(char::is_ascii_digit)
        {
            self.pos += 1;
            text.push('.');
            text.push_str(&self.take_while(|c| c.is_ascii_digit()));
        }
        let explicit = self.peek() == Some('%');
        if explicit {
            self.pos += 1;
        }
        let typed = if explicit {
            format!("{text}%")
        } else {
            text.clone()
        };
        let at = |kind| self.error_at(number_start, kind);
        let percent: Decimal = text.parse().map_err(|_| {
            at(ExprErrorKind::Percent(AvailabilityError::NotAPercentage(
                typed.clone(),
            )))
        })?;
        if !explicit && !percent.is_zero() && percent.cmp_integer(1).is_le() {
            return Err(at(ExprErrorKind::Percent(
                AvailabilityError::LooksLikeFraction(typed),
            )));
        }
        let part = Part::new(name, percent).map_err(|kind| match kind {
            ExprErrorKind::Percent(_) => at(ExprErrorKind::Percent(
                AvailabilityError::OverHundred(typed.clone()),
            )),
            ExprErrorKind::ZeroPercent(_) => at(ExprErrorKind::ZeroPercent(typed.clone())),
            other => at(other),
        })?;
        Ok(Expr::Part(part))
    }
}

fn one_or_many(mut items: Vec<Expr>, many: fn(Vec<Expr>) -> Expr) -> Expr {
    if items.len() == 1 {
        items.remove(0)
    } else {
        many(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Expr {
        text.parse().unwrap()
    }

    fn error(text: &str) -> String {
        text.parse::<Expr>().unwrap_err().to_string()
    }

    #[test]
    fn precedence_and_canonical_form() {
        assert_eq!(parse("a:99*b:99|c:99").to_string(), "a:99 * (b:99 | c:99)");
        assert_eq!(
            parse("a:99*b:99|c:99"),
            Expr::Series(vec![parse("a:99"), parse("b:99 | c:99")])
        );
        assert_eq!(
            parse("(a:99*b:99)|c:99").to_string(),
            "(a:99 * b:99) | c:99"
        );
        assert_eq!(
            parse("a:99*(b:99*c:99)").to_string(),
            "a:99 * (b:99 * c:99)"
        );
        assert_eq!(parse("((99.9))").to_string(), "99.9");
        assert_eq!(parse(" 2of3( node : 99 ) ").to_string(), "2of3(node:99)");
        assert_eq!(parse("2of3 (a:99 | b:99)").to_string(), "2of3(a:99 | b:99)");
        assert_eq!(parse("ウェブ:99.9").to_string(), "ウェブ:99.9");
        assert_eq!(parse("web-1.a_b:100").to_string(), "web-1.a_b:100");
        assert_eq!(parse("0.5% * 50%").to_string(), "0.5% * 50");
    }

    #[test]
    fn errors_point_at_the_column() {
        assert_eq!(
            error("elb:99.99 * ec2:"),
            "column 17: expected a percentage after \"ec2:\""
        );
        assert_eq!(
            error("elb:99.99 * ec2: * x"),
            "column 18: expected a percentage after \"ec2:\""
        );
        assert_eq!(
            error(""),
            "column 1: expected a part such as \"web:99.9\", a \"(\" or a k-of-n group such as \"2of3(\", found the end of the expression"
        );
        assert_eq!(
            error("a:99 * * b:99"),
            "column 8: expected a part such as \"web:99.9\", a \"(\" or a k-of-n group such as \"2of3(\", found \"*\""
        );
        assert_eq!(
            error("web 99"),
            "column 5: expected \":\" after the name \"web\" (a part is name:percent, such as \"web:99.9\")"
        );
        assert_eq!(
            error("a:99 * (b:99 | c:99"),
            "column 20: expected \")\" to close the \"(\" at column 8, found the end of the expression"
        );
        assert_eq!(
            error("a:99 * (b:99 c:99)"),
            "column 14: expected \"*\", \"|\" or \")\", found \"c\""
        );
        assert_eq!(
            error("a:99)"),
            "column 5: expected \"*\", \"|\" or the end of the expression, found \")\""
        );
        assert_eq!(
            error("a:100.5"),
            "column 3: \"100.5\" is over 100% (an availability is a percentage from 0 to 100)"
        );
        assert_eq!(
            error("a:0"),
            "column 3: \"0\" is not above 0 (a part must be up some of the time)"
        );
        assert_eq!(
            error("a:0.999"),
            "column 3: \"0.999\" looks like a fraction: write availability as a percentage (0.999 is 99.9), or add % if you mean 0.999%"
        );
        assert_eq!(
            error("a:99.9.9"),
            "column 7: expected \"*\", \"|\" or the end of the expression, found \".\""
        );
        assert_eq!(
            error("4of3(a:99)"),
            "column 1: \"4of3\": k must be from 1 to n, and n at most 100000"
        );
        assert_eq!(
            error("0of3(a:99)"),
            "column 1: \"0of3\": k must be from 1 to n, and n at most 100000"
        );
        assert_eq!(
            error("2of(a:99)"),
            "column 4: expected the number of copies after \"2of\""
        );
        assert_eq!(
            error("2of3 a:99"),
            "column 6: expected \"(\" after \"2of3\""
        );
        assert_eq!(
            error("99999999999of3(a:99)"),
            "column 1: \"99999999999\" is too large a count"
        );
        assert_eq!(
            error("ウェブ 99"),
            "column 5: expected \":\" after the name \"ウェブ\" (a part is name:percent, such as \"web:99.9\")"
        );
    }

    #[test]
    fn limits_depth_and_size() {
        assert_eq!(
            error("2of1000(a:99 * 1of1000(b:99))"),
            "column 16: \"1of1000\" makes 1000000 copies of the parts inside, more than 100000"
        );
        assert_eq!(
            parse("2of100(1of1000(b:99))").to_string(),
            "2of100(1of1000(b:99))"
        );
        let deep = format!("{}99{}", "(".repeat(40), ")".repeat(40));
        assert_eq!(error(&deep), "column 33: groups nest more than 32 deep");
        let ok = format!("{}99{}", "(".repeat(32), ")".repeat(32));
        assert_eq!(parse(&ok).to_string(), "99");
        let many = vec!["99"; 257].join(" * ");
        assert_eq!(error(&many), "column 1281: more than 256 parts");
    }

    #[test]
    fn availability_of_the_notes_architecture() {
        // CURRICULUM Part 4.2, example 6.
        let e = parse("alb:99.99 * (web:99 | web:99) * rds:99.95");
        let a = e.availability();
        assert_eq!(format!("{:.6}", a.fraction()), "0.999300");
        assert_eq!(format!("{:.2}", a.unavailability() * 8760.0), "6.13");
        assert_eq!(
            format!("{:.6}", parse("2of3(node:99)").availability().fraction()),
            "0.999702"
        );
    }
}
