//! The security-group and network-ACL screens: rules (typed, separated by `;`, or
//! a bundled example by name) and a packet become the verdict, every rule's
//! reason and what being stateful or stateless means for the reply. The text is
//! the one `netdojo sg` and `netdojo nacl` print (`format::sg`, `format::nacl`).

use crate::calc::firewall::{Packet, RulesError};
use crate::calc::nacl::NetworkAcl;
use crate::calc::sg::SecurityGroup;
use crate::format;
use crate::format::nacl::Direction;
use crate::i18n::width::{columns, wrap};
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::{CharClass, Mode};

use super::Outcome;
use super::calc::{Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;
use super::labelled::error_lines;

/// Which firewall a screen evaluates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirewallKind {
    /// A security group's inbound rules: stateful, allow rules only.
    Sg,
    /// One direction of a network ACL: stateless, numbered allow and deny rules.
    Nacl,
}

impl FirewallKind {
    /// The screen's title.
    pub fn title(self) -> Msg {
        match self {
            FirewallKind::Sg => Msg::SgTitle,
            FirewallKind::Nacl => Msg::NaclTitle,
        }
    }

    /// The command that evaluates the same rules.
    fn command(self) -> &'static str {
        match self {
            FirewallKind::Sg => "sg",
            FirewallKind::Nacl => "nacl",
        }
    }
}

/// A rules file that comes with netdojo, compiled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// The name typed in the rules field.
    pub name: &'static str,
    /// The firewall it is for.
    pub kind: FirewallKind,
    /// Where it lives in the source tree (what the command line reads).
    pub path: &'static str,
    /// Its text.
    pub text: &'static str,
}

/// The bundled examples.
pub const EXAMPLES: &[Example] = &[
    Example {
        name: "db",
        kind: FirewallKind::Sg,
        path: "assets/sg/db.txt",
        text: include_str!("../../../assets/sg/db.txt"),
    },
    Example {
        name: "web",
        kind: FirewallKind::Sg,
        path: "assets/sg/web.txt",
        text: include_str!("../../../assets/sg/web.txt"),
    },
    Example {
        name: "nacl-inbound",
        kind: FirewallKind::Nacl,
        path: "assets/sg/nacl-inbound.txt",
        text: include_str!("../../../assets/sg/nacl-inbound.txt"),
    },
    Example {
        name: "nacl-outbound",
        kind: FirewallKind::Nacl,
        path: "assets/sg/nacl-outbound.txt",
        text: include_str!("../../../assets/sg/nacl-outbound.txt"),
    },
];

/// Where the rules came from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Origin {
    /// A bundled example.
    Example(Example),
    /// Typed in the field: the rules one by one.
    Typed(Vec<String>),
}

impl Origin {
    /// The rules field read: an example's name or rules separated by `;`.
    fn read(kind: FirewallKind, field: &str) -> Origin {
        match EXAMPLES.iter().find(|e| e.kind == kind && e.name == field) {
            Some(example) => Origin::Example(*example),
            None => Origin::Typed(
                field
                    .split([';', '\n'])
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .map(str::to_owned)
                    .collect(),
            ),
        }
    }

    /// The rules as a file's text, one per line.
    fn text(&self) -> String {
        match self {
            Origin::Example(example) => example.text.to_owned(),
            Origin::Typed(rules) => rules.join("\n"),
        }
    }

    /// How the screen names the rules in its text.
    fn label(&self, lang: Lang) -> String {
        match self {
            Origin::Example(example) => lang.fill(Msg::FwExampleLabel, &[example.name]),
            Origin::Typed(_) => lang.text(Msg::FwTypedLabel).to_owned(),
        }
    }

    /// How the command line names them: the file, or standard input.
    fn cli_label(&self) -> String {
        match self {
            Origin::Example(example) => format!("{:?}", example.path),
            Origin::Typed(_) => "standard input".to_owned(),
        }
    }

    /// The command line's start: what feeds the rules and the `--rules` option.
    fn cli_rules(&self, kind: FirewallKind) -> String {
        match self {
            Origin::Example(example) => {
                format!("netdojo {} --rules {}", kind.command(), example.path)
            }
            Origin::Typed(rules) => {
                let quoted: Vec<String> = rules.iter().map(|r| shell_quote(r)).collect();
                format!(
                    "printf '%s\\n' {} | netdojo {} --rules -",
                    quoted.join(" "),
                    kind.command()
                )
            }
        }
    }
}

/// The parsed rules.
#[derive(Debug, Clone)]
enum Rules {
    Sg(SecurityGroup),
    Nacl(NetworkAcl),
}

/// What the inputs give.
#[derive(Debug, Clone)]
enum Worked {
    /// Something needed is not typed yet (the rules, when read, are kept).
    Empty,
    /// An input is wrong: the screen's one line, and the command line's.
    Bad { screen: String, cli: String },
    /// The rules and the packet judged.
    Done {
        origin: Origin,
        rules: Rules,
        packet: Packet,
    },
}

/// The state of the security-group or network-ACL screen.
#[derive(Debug, Clone)]
pub struct FirewallState {
    kind: FirewallKind,
    direction: Direction,
    form: Form,
    worked: Worked,
}

/// The index of the address field (its label follows the direction).
const ADDRESS: usize = 1;

fn fields(kind: FirewallKind) -> Vec<Field> {
    let free = CharClass::Free;
    let rules_hint = match kind {
        FirewallKind::Sg => Msg::FwPhSgRules,
        FirewallKind::Nacl => Msg::FwPhNaclRules,
    };
    let mut fields = vec![
        Field::new(Msg::FwFieldRules, free, rules_hint, ""),
        Field::new(Msg::FwFieldFrom, free, Msg::FwPhAddress, ""),
        Field::new(Msg::FwFieldProto, free, Msg::FwPhProto, ""),
        Field::new(Msg::FwFieldPort, free, Msg::FwPhPort, ""),
    ];
    if kind == FirewallKind::Sg {
        fields.push(Field::new(Msg::FwFieldGroups, free, Msg::FwPhGroups, ""));
    }
    fields
}

/// Security groups typed with commas or spaces.
fn groups(text: &str) -> Vec<String> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl FirewallState {
    /// The screen for `kind`, its inputs prefilled in order: rules, address,
    /// protocol, port (and for a security group, the sender's groups). For a
    /// network ACL a first `inbound` or `outbound` picks the direction.
    pub fn new(kind: FirewallKind, prefill: &[String]) -> FirewallState {
        let (direction, rest) = match (kind, prefill.first().map(String::as_str)) {
            (FirewallKind::Nacl, Some("outbound")) => (Direction::Outbound, &prefill[1..]),
            (FirewallKind::Nacl, Some("inbound")) => (Direction::Inbound, &prefill[1..]),
            _ => (Direction::Inbound, prefill),
        };
        let mut state = FirewallState {
            kind,
            direction,
            form: Form::new(fields(kind), rest),
            worked: Worked::Empty,
        };
        state.label_address();
        state.recompute();
        state
    }

    /// Which firewall this is.
    pub fn kind(&self) -> FirewallKind {
        self.kind
    }

    /// Which way the packet goes (always inbound for a security group).
    pub fn direction(&self) -> Direction {
        self.direction
    }

    fn label_address(&mut self) {
        if let Some(field) = self.form.fields.get_mut(ADDRESS) {
            field.label = match self.direction {
                Direction::Inbound => Msg::FwFieldFrom,
                Direction::Outbound => Msg::FwFieldTo,
            };
        }
    }

    fn work(&self) -> Worked {
        let rules_text = self.form.text(0);
        if rules_text.is_empty() {
            return Worked::Empty;
        }
        let origin = Origin::read(self.kind, rules_text);
        let rules = match self.parse(&origin, rules_text) {
            Ok(rules) => rules,
            Err((screen, cli)) => return Worked::Bad { screen, cli },
        };
        let (address, protocol, port) = (self.form.text(1), self.form.text(2), self.form.text(3));
        if address.is_empty() || protocol.is_empty() || port.is_empty() {
            return Worked::Empty;
        }
        match format::firewall::packet(address, protocol, port, &groups(self.form.text(4))) {
            Ok(packet) => Worked::Done {
                origin,
                rules,
                packet,
            },
            Err((_, message)) => Worked::Bad {
                cli: message.clone(),
                screen: message,
            },
        }
    }

    /// The rules read, or what is wrong: the screen's line and the command line's.
    fn parse(&self, origin: &Origin, field: &str) -> Result<Rules, (String, String)> {
        let text = origin.text();
        let parsed = match self.kind {
            FirewallKind::Sg => text.parse().map(Rules::Sg),
            FirewallKind::Nacl => text.parse().map(Rules::Nacl),
        };
        parsed.map_err(|error| {
            (
                self.rules_error(origin, field, &error),
                format!("rules {}: {error}", origin.cli_label()),
            )
        })
    }

    /// A rules error naming the rule as typed (or a word that is no example).
    fn rules_error(&self, origin: &Origin, field: &str, error: &RulesError) -> String {
        let rules = match origin {
            Origin::Typed(rules) => rules,
            // The bundled examples are valid; say so rather than hide it.
            Origin::Example(example) => return format!("{}: {error}", example.path),
        };
        let names: Vec<&str> = EXAMPLES
            .iter()
            .filter(|e| e.kind == self.kind)
            .map(|e| e.name)
            .collect();
        if !field.contains(char::is_whitespace) && !field.contains(';') {
            let shape = match self.kind {
                FirewallKind::Sg => "PROTOCOL PORTS SOURCE such as tcp 443 0.0.0.0/0",
                FirewallKind::Nacl => {
                    "NUMBER ACTION PROTOCOL PORTS CIDR such as 100 allow tcp 443 0.0.0.0/0"
                }
            };
            return format!(
                "{field:?} is not an example or a rule: the examples are {}; a rule is {shape}",
                names.join(" and ")
            );
        }
        let line = error_line(error);
        let rule = line
            .checked_sub(1)
            .and_then(|i| rules.get(i))
            .map_or(field, String::as_str);
        let message = error.to_string();
        let why = message
            .strip_prefix(&format!("line {line}: "))
            .unwrap_or(&message);
        let why = match error {
            RulesError::DuplicateNumber { number, first, .. } => {
                let earlier = first
                    .checked_sub(1)
                    .and_then(|i| rules.get(i))
                    .map_or(String::new(), |r| format!(" by {r:?}"));
                format!("rule number {number} is already used{earlier}")
            }
            _ => why.to_owned(),
        };
        format!("{rule:?} is not a valid rule: {why}")
    }

    /// The command line for the inputs as typed, once every needed one is there.
    fn command(&self) -> Option<String> {
        let (rules, address, protocol, port) = (
            self.form.text(0),
            self.form.text(1),
            self.form.text(2),
            self.form.text(3),
        );
        if [rules, address, protocol, port]
            .iter()
            .any(|t| t.is_empty())
        {
            return None;
        }
        let origin = Origin::read(self.kind, rules);
        let to = match self.direction {
            Direction::Inbound => "--from",
            Direction::Outbound => "--to",
        };
        let mut line = format!(
            "{} {to} {} --proto {} --port {}",
            origin.cli_rules(self.kind),
            shell_quote(address),
            shell_quote(protocol),
            shell_quote(port)
        );
        let groups = groups(self.form.text(4));
        if self.kind == FirewallKind::Sg && !groups.is_empty() {
            line.push_str(&format!(" --from-sg {}", shell_quote(&groups.join(","))));
        }
        Some(line)
    }

    /// The text the command prints, with the rules named by `label`.
    fn text(&self, lang: Lang, cli: bool) -> Option<String> {
        let Worked::Done {
            origin,
            rules,
            packet,
        } = &self.worked
        else {
            return None;
        };
        let label = if cli {
            origin.cli_label()
        } else {
            origin.label(lang)
        };
        Some(match rules {
            Rules::Sg(group) => format::sg::text(group, &group.evaluate(packet), &label, lang),
            Rules::Nacl(acl) => {
                format::nacl::text(acl, &acl.evaluate(packet), &label, self.direction, lang)
            }
        })
    }

    /// The verdict line and whether the packet passes.
    fn verdict(&self, lang: Lang) -> Option<(String, bool)> {
        let Worked::Done { rules, packet, .. } = &self.worked else {
            return None;
        };
        Some(match rules {
            Rules::Sg(group) => {
                let decision = group.evaluate(packet);
                (
                    format::sg::verdict(group, &decision, lang),
                    decision.allowed(),
                )
            }
            Rules::Nacl(acl) => {
                let decision = acl.evaluate(packet);
                (
                    format::nacl::verdict(acl, &decision, lang),
                    decision.allowed(),
                )
            }
        })
    }

    fn help_lines(&self, lang: Lang) -> Vec<TextLine> {
        let examples: &[&str] = match self.kind {
            FirewallKind::Sg => &[
                "db  10.0.1.5  tcp  3306  sg-web",
                "web  198.51.100.7  tcp  22",
                "tcp 443 0.0.0.0/0; tcp 22 10.0.0.0/16  10.0.3.3  tcp  22",
            ],
            FirewallKind::Nacl => &[
                "nacl-inbound  203.0.113.7  tcp  443",
                "nacl-inbound  198.51.100.7  tcp  443",
                "100 allow tcp 80 0.0.0.0/0; 200 deny all all 0.0.0.0/0  192.0.2.1  udp  53",
            ],
        };
        let mut lines = vec![TextLine::one(lang.text(Msg::AvailExamples), Tone::Heading)];
        lines.extend(
            examples
                .iter()
                .map(|e| TextLine::new().push("  ", Tone::Plain).push(*e, Tone::Key)),
        );
        lines.push(TextLine::new());
        lines.push(TextLine::one(lang.text(Msg::FwBundled), Tone::Heading));
        let shown: Vec<&Example> = EXAMPLES.iter().filter(|e| e.kind == self.kind).collect();
        let name_width = shown.iter().map(|e| e.name.len()).max().unwrap_or(0) + 2;
        for example in shown {
            lines.push(
                TextLine::new()
                    .push("  ", Tone::Plain)
                    .cell(example.name, name_width, Tone::Key)
                    .push(first_comment(example.text), Tone::Dim),
            );
        }
        lines
    }

    fn note(&self) -> Msg {
        match self.kind {
            FirewallKind::Sg => Msg::SgNote,
            FirewallKind::Nacl => Msg::NaclNote,
        }
    }
}

/// The line number a rules error names.
fn error_line(error: &RulesError) -> usize {
    match error {
        RulesError::Part { line, .. }
        | RulesError::Shape { line, .. }
        | RulesError::Number { line, .. }
        | RulesError::DuplicateNumber { line, .. }
        | RulesError::Action { line, .. }
        | RulesError::DefaultRule { line } => *line,
    }
}

/// A line wrapped to `width` so that its last column (what follows its last run
/// of two spaces) continues under itself: label rows and table rows stay aligned.
fn hang_wrap(line: &str, width: usize) -> Vec<String> {
    let width = width.max(10);
    if columns(line) <= width {
        return vec![line.to_owned()];
    }
    let start = line.rfind("  ").map_or(0, |i| i + 2);
    let (head, tail) = line.split_at(start);
    let hang = columns(head);
    if hang + 10 > width {
        return wrap(line, width);
    }
    wrap(tail, width - hang)
        .into_iter()
        .enumerate()
        .map(|(i, piece)| {
            if i == 0 {
                format!("{head}{piece}")
            } else {
                format!("{}{piece}", " ".repeat(hang))
            }
        })
        .collect()
}

/// What a bundled file says about itself on its first line.
fn first_comment(text: &str) -> &str {
    text.lines()
        .next()
        .and_then(|l| l.strip_prefix('#'))
        .map_or("", str::trim)
}

impl Calculator for FirewallState {
    fn form(&self) -> &Form {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.form
    }

    fn recompute(&mut self) {
        self.worked = self.work();
    }

    fn result_title(&self) -> Msg {
        self.kind.title()
    }

    fn views(&self) -> Option<(&'static [Msg], usize)> {
        const DIRECTIONS: &[Msg] = &[Msg::FwInbound, Msg::FwOutbound];
        match (self.kind, self.direction) {
            (FirewallKind::Sg, _) => None,
            (FirewallKind::Nacl, Direction::Inbound) => Some((DIRECTIONS, 0)),
            (FirewallKind::Nacl, Direction::Outbound) => Some((DIRECTIONS, 1)),
        }
    }

    fn mode(&self) -> Mode {
        match self.kind {
            FirewallKind::Sg => Mode::CALC_FREE,
            FirewallKind::Nacl => Mode::CALC_FREE_MODES,
        }
    }

    fn special(&mut self, action: &Action) -> Option<Outcome> {
        if self.kind != FirewallKind::Nacl || *action != Action::NextMode {
            return None;
        }
        self.direction = self.direction.other();
        self.label_address();
        self.form.scroll = 0;
        self.recompute();
        Some(Outcome::Handled)
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match (&self.worked, self.verdict(lang)) {
            (Worked::Bad { screen, .. }, _) => TextLine::one(format!("✗ {screen}"), Tone::Error),
            (_, Some((verdict, true))) => TextLine::one(format!("✓ {verdict}"), Tone::Good),
            (_, Some((verdict, false))) => TextLine::one(format!("✗ {verdict}"), Tone::Error),
            (_, None) => TextLine::one(
                lang.text(match self.kind {
                    FirewallKind::Sg => Msg::SgPrompt,
                    FirewallKind::Nacl => Msg::NaclPrompt,
                }),
                Tone::Dim,
            ),
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        let text = match (&self.worked, self.text(lang, false)) {
            (Worked::Bad { screen, .. }, _) => {
                let mut lines = error_lines(screen, width);
                lines.push(TextLine::new());
                lines.extend(self.help_lines(lang));
                return lines;
            }
            (_, None) => return self.help_lines(lang),
            (_, Some(text)) => text,
        };
        let allowed = self.verdict(lang).is_some_and(|(_, allowed)| allowed);
        let marked = if allowed { Tone::Good } else { Tone::Error };
        let mut lines = Vec::new();
        for line in text.lines() {
            let tone = if line.starts_with('*') {
                marked
            } else {
                Tone::Plain
            };
            lines.extend(
                hang_wrap(line, width)
                    .into_iter()
                    .map(|l| TextLine::one(l, tone)),
            );
        }
        lines.push(TextLine::new());
        lines.extend(
            wrap(lang.text(self.note()), width.max(10))
                .into_iter()
                .map(|l| TextLine::one(l, Tone::Dim)),
        );
        lines
    }

    fn cli(&self) -> Option<CliText> {
        let command = self.command()?;
        let output = match &self.worked {
            Worked::Empty => String::new(),
            Worked::Bad { cli, .. } => format!("netdojo: {cli}\n"),
            Worked::Done { .. } => self.text(Lang::En, true).unwrap_or_default(),
        };
        Some(CliText { command, output })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(kind: FirewallKind, args: &[&str]) -> FirewallState {
        FirewallState::new(
            kind,
            &args.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
        )
    }

    fn message(s: &FirewallState, lang: Lang) -> String {
        s.message(lang).map(|m| m.text()).unwrap_or_default()
    }

    #[test]
    fn wrapped_lines_continue_under_their_last_column() {
        assert_eq!(
            hang_wrap("State  one two three four five", 20),
            ["State  one two three", "       four five"]
        );
        assert_eq!(hang_wrap("short", 20), ["short"]);
    }

    #[test]
    fn the_db_example_allows_the_web_group_only() {
        let s = state(
            FirewallKind::Sg,
            &["db", "10.0.1.5", "tcp", "3306", "sg-web"],
        );
        assert_eq!(
            message(&s, Lang::En),
            "✓ allowed by rule 1 (tcp 3306 sg-web)"
        );
        let cli = s.cli().unwrap();
        assert_eq!(
            cli.command,
            "netdojo sg --rules assets/sg/db.txt --from 10.0.1.5 --proto tcp --port 3306 --from-sg sg-web"
        );
        assert!(
            cli.output
                .starts_with("Rules     2 inbound rules from \"assets/sg/db.txt\"\n"),
            "{}",
            cli.output
        );
        let s = state(FirewallKind::Sg, &["db", "10.0.1.5", "tcp", "3306"]);
        assert_eq!(
            message(&s, Lang::En),
            "✗ denied: no rule allows it, and what no rule allows is dropped"
        );
    }

    #[test]
    fn typed_rules_are_piped_in() {
        let s = state(
            FirewallKind::Sg,
            &[
                "tcp 443 0.0.0.0/0; tcp 22 10.0.0.0/16",
                "10.0.3.3",
                "tcp",
                "22",
            ],
        );
        assert_eq!(
            message(&s, Lang::En),
            "✓ allowed by rule 2 (tcp 22 10.0.0.0/16)"
        );
        let cli = s.cli().unwrap();
        assert_eq!(
            cli.command,
            "printf '%s\\n' 'tcp 443 0.0.0.0/0' 'tcp 22 10.0.0.0/16' | netdojo sg --rules - --from 10.0.3.3 --proto tcp --port 22"
        );
        assert!(
            cli.output.contains(" from standard input\n"),
            "{}",
            cli.output
        );
    }

    #[test]
    fn a_bad_rule_is_named_as_typed() {
        let s = state(
            FirewallKind::Sg,
            &[
                "tcp 443 0.0.0.0/0; udp x 10.0.0.0/8",
                "10.0.3.3",
                "tcp",
                "22",
            ],
        );
        assert_eq!(
            message(&s, Lang::En),
            "✗ \"udp x 10.0.0.0/8\" is not a valid rule: x is not a port range: use a port (443), a range (1024-65535) or all"
        );
        assert_eq!(
            s.cli().unwrap().output,
            "netdojo: rules standard input: line 2: x is not a port range: use a port (443), a range (1024-65535) or all\n"
        );
        let s = state(FirewallKind::Sg, &["nacl-inbound"]);
        assert_eq!(
            message(&s, Lang::En),
            "✗ \"nacl-inbound\" is not an example or a rule: the examples are db and web; a rule is PROTOCOL PORTS SOURCE such as tcp 443 0.0.0.0/0"
        );
        let s = state(
            FirewallKind::Nacl,
            &["100 allow tcp 80 0.0.0.0/0; 100 deny tcp 22 0.0.0.0/0"],
        );
        assert_eq!(
            message(&s, Lang::En),
            "✗ \"100 deny tcp 22 0.0.0.0/0\" is not a valid rule: rule number 100 is already used by \"100 allow tcp 80 0.0.0.0/0\""
        );
    }

    #[test]
    fn the_direction_switches_the_address_and_the_option() {
        let mut s = state(
            FirewallKind::Nacl,
            &["nacl-outbound", "203.0.113.7", "tcp", "50123"],
        );
        assert_eq!(s.direction(), Direction::Inbound);
        assert_eq!(s.form().fields[ADDRESS].label, Msg::FwFieldFrom);
        s.special(&Action::NextMode);
        assert_eq!(s.direction(), Direction::Outbound);
        assert_eq!(s.form().fields[ADDRESS].label, Msg::FwFieldTo);
        assert_eq!(
            message(&s, Lang::En),
            "✓ allowed by rule 120 (allow tcp ports 1024-65535, 0.0.0.0/0)"
        );
        assert_eq!(
            s.cli().unwrap().command,
            "netdojo nacl --rules assets/sg/nacl-outbound.txt --to 203.0.113.7 --proto tcp --port 50123"
        );
    }
}
