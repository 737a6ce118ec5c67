//! `netdojo mysqlhost`: which MySQL account a client connection is matched to.

use std::io;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, report};
use crate::calc::mysqlhost::{Account, Choice, Client, choose};
use crate::format::mysqlhost;
use crate::lang::Lang;

const AFTER_HELP: &str = "\
A MySQL account is 'user'@'host'. The host value is a name or an address,
a pattern (% any run of characters, _ one character), % for any host, an IPv4
address with a netmask (10.0.0.0/255.255.255.0) or in CIDR form (10.0.0.0/24,
newer MySQL releases), or '' (any host). Names compare without regard to case.

MySQL sorts accounts most specific first and uses the first that matches the
user name and the client's host: values without wildcards (names, addresses,
netmask forms), then patterns (the later the first wildcard, the earlier), then
%, then ''. For the same host value, named users come before the anonymous user
''. Accounts MySQL considers equally specific are marked \"tie\": their order is
not defined, and they are listed in the order given.

A CLIENT is an address or a host name, optionally with the user name:
app@10.0.11.10. Without a user name, only the host values are compared.

Exit status: 0 when every client matches an account, 1 when one matches none
(MySQL refuses the connection), 2 on bad input.

Examples:
  netdojo mysqlhost --account \"'app'@'10.0.%'\" 10.0.11.10 10.1.0.5
  netdojo mysqlhost --account \"'app'@'%'\" --account \"'app'@'10.0.11.10'\" app@10.0.11.10
  netdojo mysqlhost --account \"'wp'@'10.0.0.0/255.255.0.0'\" --account \"''@'localhost'\" wp@localhost --json

--json prints one object per client: client, user (or null), account (the one
chosen, or null) and checks (account, rank, matches, chosen, tie, reason), most
specific first.";

/// Arguments of `netdojo mysqlhost`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct MysqlHostArgs {
    /// An account, e.g. "'app'@'10.0.%'"; repeat for several
    #[arg(long = "account", value_name = "ACCOUNT", required = true)]
    pub accounts: Vec<String>,

    /// Clients: an address or host name, optionally USER@ before it
    #[arg(value_name = "CLIENT", required = true)]
    pub clients: Vec<String>,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs `netdojo mysqlhost`.
pub fn run(args: &MysqlHostArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let mut accounts = Vec::new();
    for text in &args.accounts {
        match text.parse::<Account>() {
            Ok(account) => accounts.push(account),
            Err(e) => {
                let message = format!("{text:?} is not a valid MySQL account: {e}");
                return report::bad_input(io, args.json, text, &message);
            }
        }
    }
    if !args.json {
        io.out
            .write_all(mysqlhost::accounts(&accounts, Lang::En).as_bytes())?;
    }
    let mut status = Status::Ok;
    for text in &args.clients {
        let (user, host) = match text.rsplit_once('@') {
            Some((user, host)) => (Some(user), host),
            None => (None, text.as_str()),
        };
        let client = match host.parse::<Client>() {
            Ok(client) => client,
            Err(e) => {
                let message = format!("{text:?} is not a valid client: {e}");
                status = report::bad_input(io, args.json, text, &message)?;
                continue;
            }
        };
        let choice = choose(&accounts, user, &client);
        if choice.chosen.is_none() {
            status = status.worst(Status::Problems);
        }
        if args.json {
            serde_json::to_writer(&mut *io.out, &ChoiceJson::new(&accounts, &choice))?;
            writeln!(io.out)?;
        } else {
            writeln!(io.out)?;
            io.out
                .write_all(mysqlhost::choice(&accounts, &choice, Lang::En).as_bytes())?;
        }
    }
    Ok(status)
}

#[derive(Serialize)]
struct ChoiceJson {
    client: String,
    user: Option<String>,
    account: Option<String>,
    checks: Vec<CheckJson>,
}

#[derive(Serialize)]
struct CheckJson {
    account: String,
    rank: usize,
    matches: bool,
    chosen: bool,
    tie: bool,
    reason: String,
}

impl ChoiceJson {
    fn new(accounts: &[Account], choice: &Choice) -> ChoiceJson {
        ChoiceJson {
            client: choice.client.to_string(),
            user: choice.user.clone(),
            account: choice
                .chosen
                .and_then(|i| accounts.get(i))
                .map(ToString::to_string),
            checks: choice
                .checks
                .iter()
                .map(|check| CheckJson {
                    account: accounts[check.account].to_string(),
                    rank: check.rank,
                    matches: check.matches(),
                    chosen: check.chosen,
                    tie: check.tied,
                    reason: choice.reason(accounts, check),
                })
                .collect(),
        }
    }
}
