//! The command-line face: argument parsing and the subcommands that print text or
//! JSON Lines. Each subcommand writes to the writers it is given, so tests can run
//! it without a process.

mod cert;
mod completions;
pub mod input;
mod instance;
mod ipv4cost;
mod mysqlhost;
mod nacl;
mod packet;
mod report;
mod route;
mod s3;
mod sg;
mod status;
mod subnet;
pub mod table;
mod textfile;
mod vpc;
mod weighted;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

pub use status::Status;

/// Everything a subcommand needs besides its own arguments.
pub struct Io<'a> {
    /// Where `-` arguments read from (standard input in the binary).
    pub input: &'a mut dyn std::io::BufRead,
    /// Where results go.
    pub out: &'a mut dyn Write,
    /// Where one-line error messages go.
    pub err: &'a mut dyn Write,
    /// Whether text output may use colour (a terminal and no `NO_COLOR`).
    pub color: bool,
}

#[derive(Debug, Parser)]
#[command(
    name = "netdojo",
    version,
    about = "A terminal tutor for networking and cloud-infrastructure fundamentals",
    long_about = "netdojo teaches IPv4/IPv6 addressing, subnetting, VPC design, routing, DNS, \
                  HTTP, SSH and availability math. Its calculators are scriptable: every \
                  subcommand prints readable text, or JSON Lines with --json."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show everything about IPv4/IPv6 blocks: masks, host range, counts, AWS view, bits
    #[command(long_about = subnet::ABOUT, after_help = subnet::AFTER_HELP)]
    Subnet(subnet::SubnetArgs),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  netdojo completions bash > ~/.local/share/bash-completion/completions/netdojo\n  netdojo completions zsh > \"${fpath[1]}/_netdojo\"\n  netdojo completions fish > ~/.config/fish/completions/netdojo.fish"
    )]
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff) on standard output
    #[command(after_help = "Example:\n  netdojo man > netdojo.1 && man ./netdojo.1")]
    Man,
    /// Look addresses up in a route table: longest-prefix match with a trace of every route
    Route(route::RouteArgs),
    /// AWS VPC tools: plan subnets across AZs, check ranges for overlaps
    Vpc(vpc::VpcArgs),
    /// Amazon S3: monthly storage cost by price tier, multipart upload parts and limits
    S3(s3::S3Args),
    /// Cost of public IPv4 addresses at $0.005 per address-hour (charged since 2024-02-01)
    Ipv4cost(ipv4cost::Ipv4CostArgs),
    /// Route 53 weighted routing: each record's share from weights, or weights for shares
    Weighted(weighted::WeightedArgs),
    /// Decode EC2 instance type names (c7gn.2xlarge) and compare sizes within a family
    Instance(instance::InstanceArgs),
    /// Check whether a certificate's names (wildcards included) cover host names
    Cert(cert::CertArgs),
    /// Which MySQL account ('user'@'host' with % and _ patterns) a client is matched to
    Mysqlhost(mysqlhost::MysqlHostArgs),
    /// Security group inbound rules: is a packet allowed, and by which rule (stateful)
    Sg(sg::SgArgs),
    /// Network ACL rules: numbered allow/deny, first match wins, default deny (stateless)
    Nacl(nacl::NaclArgs),
}

/// The clap command tree, for completions, the man page and tests.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Entry point of the binary: parse the arguments, run, map the status to an exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let color = stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut out = stdout.lock();
    let mut err = std::io::stderr().lock();
    let mut input = std::io::stdin().lock();
    let mut io = Io {
        input: &mut input,
        out: &mut out,
        err: &mut err,
        color,
    };
    let status = match cli.command {
        Some(command) => run(command, &mut io),
        None => {
            let _ = command().print_help();
            Status::Ok
        }
    };
    let _ = io.out.flush();
    status.into()
}

/// Runs one subcommand against the given writers.
pub fn run(command: Command, io: &mut Io<'_>) -> Status {
    let result = match command {
        Command::Subnet(args) => subnet::run(&args, io),
        Command::Completions(args) => completions::run_completions(&args, io),
        Command::Man => completions::run_man(io),
        Command::Route(args) => route::run(&args, io),
        Command::Vpc(args) => vpc::run(&args, io),
        Command::S3(args) => s3::run(&args, io),
        Command::Ipv4cost(args) => ipv4cost::run(&args, io),
        Command::Weighted(args) => weighted::run(&args, io),
        Command::Instance(args) => instance::run(&args, io),
        Command::Cert(args) => cert::run(&args, io),
        Command::Mysqlhost(args) => mysqlhost::run(&args, io),
        Command::Sg(args) => sg::run(&args, io),
        Command::Nacl(args) => nacl::run(&args, io),
    };
    match result {
        Ok(status) => status,
        // A closed pipe (`netdojo split ... | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Status::Ok,
        Err(e) => {
            let _ = writeln!(io.err, "netdojo: cannot write output: {e}");
            Status::Failure
        }
    }
}
