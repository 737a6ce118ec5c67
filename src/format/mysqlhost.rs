//! Text of the MySQL host-pattern matcher, as `netdojo mysqlhost` prints it (in
//! English) and the MySQL screen shows it (in either language).

use std::fmt::Write as _;

use crate::calc::mysqlhost::{Account, Choice, rank_accounts, rank_reason_in};
use crate::i18n::width::columns;
use crate::lang::Lang;

use super::table::pad;

/// The accounts ranked most specific first.
///
/// ```
/// use netdojo::lang::Lang;
/// let accounts: Vec<netdojo::calc::mysqlhost::Account> = vec!["'app'@'%'".parse().unwrap()];
/// assert!(netdojo::format::mysqlhost::accounts(&accounts, Lang::En).starts_with("Accounts, most specific first:\n  1  "));
/// assert!(netdojo::format::mysqlhost::accounts(&accounts, Lang::Ja).starts_with("アカウント（具体的な順）：\n  1  "));
/// ```
pub fn accounts(accounts: &[Account], lang: Lang) -> String {
    let mut out = String::new();
    let (heading, tie) = match lang {
        Lang::En => ("Accounts, most specific first:", " (tie)"),
        Lang::Ja => ("アカウント（具体的な順）：", "（同順位）"),
    };
    writeln!(out, "{heading}").ok();
    let names: Vec<String> = accounts.iter().map(ToString::to_string).collect();
    let width = names.iter().map(|n| columns(n)).max().unwrap_or(0);
    for ranked in rank_accounts(accounts) {
        let tie = if ranked.tied { tie } else { "" };
        let (Some(name), Some(account)) = (names.get(ranked.account), accounts.get(ranked.account))
        else {
            continue;
        };
        writeln!(
            out,
            "  {}  {}  {}{tie}",
            ranked.rank,
            pad(name, width),
            rank_reason_in(account.host(), lang)
        )
        .ok();
    }
    out
}

/// Which account a client gets and why, account by account (`*` marks it).
///
/// ```
/// use netdojo::calc::mysqlhost::{Account, choose};
/// use netdojo::lang::Lang;
/// let accounts: Vec<Account> = vec!["'app'@'%'".parse().unwrap()];
/// let choice = choose(&accounts, Some("app"), &"10.0.0.5".parse().unwrap());
/// assert!(netdojo::format::mysqlhost::choice(&accounts, &choice, Lang::En).starts_with("app@10.0.0.5 -> "));
/// assert!(netdojo::format::mysqlhost::choice(&accounts, &choice, Lang::Ja).contains("  * 'app'@'%'  一致："));
/// ```
pub fn choice(accounts: &[Account], choice: &Choice, lang: Lang) -> String {
    let mut out = String::new();
    let client = &choice.client;
    let who = match (&choice.user, lang) {
        (Some(user), _) => format!("{user}@{client}"),
        (None, Lang::En) => format!("{client} (any user)"),
        (None, Lang::Ja) => format!("{client}（ユーザーは問わない）"),
    };
    match (choice.chosen.and_then(|i| accounts.get(i)), lang) {
        (Some(account), _) => writeln!(out, "{who} -> {account}").ok(),
        (None, Lang::En) => writeln!(
            out,
            "{who} -> no account matches: MySQL refuses the connection"
        )
        .ok(),
        (None, Lang::Ja) => writeln!(
            out,
            "{who} -> 一致するアカウントがないため、MySQL は接続を拒否します"
        )
        .ok(),
    };
    let names: Vec<String> = choice
        .checks
        .iter()
        .map(|c| {
            accounts
                .get(c.account)
                .map(ToString::to_string)
                .unwrap_or_default()
        })
        .collect();
    let width = names.iter().map(|n| columns(n)).max().unwrap_or(0);
    for (check, name) in choice.checks.iter().zip(&names) {
        let mark = if check.chosen { '*' } else { ' ' };
        writeln!(
            out,
            "  {mark} {}  {}",
            pad(name, width),
            choice.reason_in(accounts, check, lang)
        )
        .ok();
    }
    out
}
