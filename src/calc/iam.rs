//! IAM identity-policy evaluation for one request: which statements match the action
//! and the resource, and whether the request is allowed.
//!
//! The rules, as the IAM User Guide states them for policies of one identity:
//!
//! - an explicit `Deny` in any matching statement wins over every `Allow`;
//! - otherwise an explicit `Allow` in a matching statement allows the request;
//! - otherwise nothing matched and the request is denied by default (implicit deny).
//!
//! In `Action` and `Resource` patterns `*` matches any run of characters (none
//! included) and `?` matches exactly one. Conditions, principals, resource policies,
//! boundaries and SCPs are outside this model.

use std::fmt;

/// `Allow` or `Deny`, as written in a statement.
///
/// ```
/// use netdojo::calc::iam::Effect;
/// assert_eq!(Effect::Deny.to_string(), "Deny");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The statement grants the actions.
    Allow,
    /// The statement forbids the actions, whatever else allows them.
    Deny,
}

impl fmt::Display for Effect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Effect::Allow => "Allow",
            Effect::Deny => "Deny",
        })
    }
}

/// One statement: effect, action patterns and resource patterns.
///
/// ```
/// use netdojo::calc::iam::{Effect, Statement};
/// let s = Statement::new(Effect::Allow, &["s3:Get*"], &["arn:aws:s3:::logs/*"]);
/// assert!(s.matches("s3:GetObject", "arn:aws:s3:::logs/2024/a.gz"));
/// assert!(!s.matches("s3:PutObject", "arn:aws:s3:::logs/a.gz"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Allow or Deny.
    pub effect: Effect,
    /// Action patterns such as `s3:Get*`.
    pub actions: Vec<String>,
    /// Resource ARN patterns such as `arn:aws:s3:::logs/*`.
    pub resources: Vec<String>,
}

impl Statement {
    /// A statement from its parts.
    ///
    /// ```
    /// use netdojo::calc::iam::{Effect, Statement};
    /// assert_eq!(Statement::new(Effect::Deny, &["*"], &["*"]).actions, ["*"]);
    /// ```
    pub fn new(effect: Effect, actions: &[&str], resources: &[&str]) -> Statement {
        Statement {
            effect,
            actions: actions.iter().map(|&a| a.to_owned()).collect(),
            resources: resources.iter().map(|&r| r.to_owned()).collect(),
        }
    }

    /// Whether some action pattern and some resource pattern both match the request.
    ///
    /// ```
    /// use netdojo::calc::iam::{Effect, Statement};
    /// let s = Statement::new(Effect::Deny, &["ec2:*"], &["*"]);
    /// assert!(s.matches("ec2:TerminateInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-1"));
    /// ```
    pub fn matches(&self, action: &str, resource: &str) -> bool {
        self.actions.iter().any(|p| wildcard_match(p, action))
            && self.resources.iter().any(|p| wildcard_match(p, resource))
    }
}

/// Why a request got its decision.
///
/// ```
/// use netdojo::calc::iam::Reason;
/// assert_eq!(Reason::ExplicitDeny(2).to_string(), "statement 3 denies it explicitly");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The statement at this index (from 0) matched with `Deny`.
    ExplicitDeny(usize),
    /// The statement at this index (from 0) matched with `Allow`, and no `Deny` matched.
    ExplicitAllow(usize),
    /// No statement matched.
    ImplicitDeny,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::ExplicitDeny(i) => write!(f, "statement {} denies it explicitly", i + 1),
            Reason::ExplicitAllow(i) => write!(f, "statement {} allows it", i + 1),
            Reason::ImplicitDeny => f.write_str("no statement matches, so it is denied by default"),
        }
    }
}

/// The decision on a request and the reason for it.
///
/// ```
/// use netdojo::calc::iam::{Decision, Effect, Reason};
/// let d = Decision { effect: Effect::Deny, reason: Reason::ImplicitDeny };
/// assert!(!d.allowed());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// Allow or Deny.
    pub effect: Effect,
    /// Which rule decided.
    pub reason: Reason,
}

impl Decision {
    /// Whether the request is allowed.
    ///
    /// ```
    /// use netdojo::calc::iam::{Decision, Effect, Reason};
    /// assert!(Decision { effect: Effect::Allow, reason: Reason::ExplicitAllow(0) }.allowed());
    /// ```
    pub fn allowed(self) -> bool {
        self.effect == Effect::Allow
    }
}

/// Evaluates a request (action, resource ARN) against the statements of an identity's
/// policies: an explicit deny wins, then an explicit allow, else an implicit deny.
///
/// ```
/// use netdojo::calc::iam::{evaluate, Effect, Reason, Statement};
/// let policy = [
///     Statement::new(Effect::Allow, &["s3:*"], &["arn:aws:s3:::app/*"]),
///     Statement::new(Effect::Deny, &["s3:Delete*"], &["*"]),
/// ];
/// let d = evaluate(&policy, "s3:DeleteObject", "arn:aws:s3:::app/a.txt");
/// assert_eq!(d.reason, Reason::ExplicitDeny(1));
/// let d = evaluate(&policy, "s3:GetObject", "arn:aws:s3:::other/a.txt");
/// assert_eq!(d.reason, Reason::ImplicitDeny);
/// ```
pub fn evaluate(statements: &[Statement], action: &str, resource: &str) -> Decision {
    let matching = |effect: Effect| {
        statements
            .iter()
            .position(|s| s.effect == effect && s.matches(action, resource))
    };
    if let Some(i) = matching(Effect::Deny) {
        Decision {
            effect: Effect::Deny,
            reason: Reason::ExplicitDeny(i),
        }
    } else if let Some(i) = matching(Effect::Allow) {
        Decision {
            effect: Effect::Allow,
            reason: Reason::ExplicitAllow(i),
        }
    } else {
        Decision {
            effect: Effect::Deny,
            reason: Reason::ImplicitDeny,
        }
    }
}

/// Whether `text` matches `pattern`, where `*` matches any run of characters and `?`
/// exactly one; everything else must be equal.
///
/// ```
/// use netdojo::calc::iam::wildcard_match;
/// assert!(wildcard_match("s3:Get*", "s3:GetObject"));
/// assert!(wildcard_match("s3:Get*", "s3:Get"));
/// assert!(!wildcard_match("s3:Get*", "s3:PutObject"));
/// assert!(wildcard_match("arn:aws:s3:::logs/?.gz", "arn:aws:s3:::logs/a.gz"));
/// ```
pub fn wildcard_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    // Greedy match with one backtrack point: linear in practice, never recursive.
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(wildcard_match("*", ""));
        assert!(wildcard_match("*", "anything"));
        assert!(wildcard_match("a*b*c", "a-b-b-c"));
        assert!(!wildcard_match("a*b*c", "a-b-b-d"));
        assert!(!wildcard_match("?", ""));
        assert!(wildcard_match(
            "arn:aws:s3:::*/public/*",
            "arn:aws:s3:::b/public/x"
        ));
        assert!(!wildcard_match("arn:aws:s3:::logs", "arn:aws:s3:::logs/a"));
    }

    #[test]
    fn explicit_deny_wins_whatever_the_order() {
        let allow = Statement::new(Effect::Allow, &["*"], &["*"]);
        let deny = Statement::new(Effect::Deny, &["iam:*"], &["*"]);
        for policy in [[allow.clone(), deny.clone()], [deny, allow]] {
            assert_eq!(
                evaluate(&policy, "iam:CreateUser", "*").effect,
                Effect::Deny
            );
            assert!(evaluate(&policy, "s3:ListBucket", "arn:aws:s3:::b").allowed());
        }
    }

    #[test]
    fn no_statement_is_an_implicit_deny() {
        assert_eq!(
            evaluate(&[], "s3:GetObject", "x").reason,
            Reason::ImplicitDeny
        );
    }
}
