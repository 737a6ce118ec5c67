//! Text of the MySQL host-pattern matcher, as `netdojo mysqlhost` prints it.

use std::fmt::Write as _;

use crate::calc::mysqlhost::{Account, Choice, rank_accounts, rank_reason};

/// The accounts ranked most specific first, as `netdojo mysqlhost` prints them.
///
/// ```
/// let accounts: Vec<netdojo::calc::mysqlhost::Account> = vec!["'app'@'%'".parse().unwrap()];
/// assert!(netdojo::format::mysqlhost::accounts(&accounts).starts_with("Accounts, most specific first:\n  1  "));
/// ```
pub fn accounts(accounts: &[Account]) -> String {
    let mut out = String::new();
    writeln!(out, "Accounts, most specific first:").ok();
    let names: Vec<String> = accounts.iter().map(ToString::to_string).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    for ranked in rank_accounts(accounts) {
        let tie = if ranked.tied { " (tie)" } else { "" };
        writeln!(
            out,
            "  {}  {:<width$}  {}{tie}",
            ranked.rank,
            names[ranked.account],
            rank_reason(accounts[ranked.account].host())
        )
        .ok();
    }
    out
}

/// Which account a client gets and why, account by account (`*` marks it).
///
/// ```
/// use netdojo::calc::mysqlhost::{Account, choose};
/// let accounts: Vec<Account> = vec!["'app'@'%'".parse().unwrap()];
/// let choice = choose(&accounts, Some("app"), &"10.0.0.5".parse().unwrap());
/// assert!(netdojo::format::mysqlhost::choice(&accounts, &choice).starts_with("app@10.0.0.5 -> "));
/// ```
pub fn choice(accounts: &[Account], choice: &Choice) -> String {
    let mut out = String::new();
    let who = match &choice.user {
        Some(user) => format!("{user}@{}", choice.client),
        None => format!("{} (any user)", choice.client),
    };
    match choice.chosen.and_then(|i| accounts.get(i)) {
        Some(account) => writeln!(out, "{who} -> {account}").ok(),
        None => writeln!(
            out,
            "{who} -> no account matches: MySQL refuses the connection"
        )
        .ok(),
    };
    let names: Vec<String> = choice
        .checks
        .iter()
        .map(|c| accounts[c.account].to_string())
        .collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    for (check, name) in choice.checks.iter().zip(&names) {
        let mark = if check.chosen { '*' } else { ' ' };
        writeln!(
            out,
            "  {mark} {name:<width$}  {}",
            choice.reason(accounts, check)
        )
        .ok();
    }
    out
}
