//! An iterative resolution, one message at a time: a full resolver starts at the
//! deepest zone whose servers it has cached (or at the root), follows referrals down
//! the tree, starts again when an alias points elsewhere, and caches what it learns.

use std::fmt;

use super::builtin::{Namespace, Server};
use super::cache::{Cache, CacheEntry};
use super::name::{DomainName, parent};
use super::record::{RData, Record, RecordType};
use super::zone::{MAX_CNAME_CHAIN, ZoneReply};

/// The most steps one walk may take before it is called a loop.
///
/// ```
/// assert_eq!(netdojo::calc::dns::MAX_STEPS, 64);
/// ```
pub const MAX_STEPS: usize = 64;
/// How deep lookups of server addresses (for referrals without glue) may nest.
const MAX_DEPTH: usize = 4;

/// A question: a name (lower case, absolute) and a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The name asked about.
    pub name: String,
    /// The type asked for.
    pub rtype: RecordType,
}

impl fmt::Display for Question {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.name, self.rtype)
    }
}

/// One event of a walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The resolver picks whom to ask first: the servers of the deepest zone it has
    /// cached, or the root servers from its hints.
    Start {
        /// The question being worked on.
        question: Question,
        /// The zone whose servers it starts with.
        zone: String,
        /// Those servers.
        servers: Vec<Server>,
        /// Whether they came from the cache (false: the root hints).
        from_cache: bool,
    },
    /// The resolver sends a query to a server and gets a reply.
    Ask {
        /// The server asked.
        server: Server,
        /// The question sent.
        question: Question,
        /// What the server answered.
        reply: ZoneReply,
    },
    /// The cache already holds the answer; no message is sent.
    FromCache {
        /// The question.
        question: Question,
        /// The cached records, TTLs showing the time left.
        records: Vec<Record>,
    },
    /// The cache remembers that the name or the data does not exist.
    NegativeFromCache {
        /// The question.
        question: Question,
        /// The cached negative answer.
        entry: CacheEntry,
    },
    /// The answer was an alias to a name this reply did not cover: ask again for it.
    Restart {
        /// The alias.
        alias: String,
        /// The canonical name to look up next.
        target: String,
    },
    /// A referral named servers without glue: their address must be looked up first.
    FindServer {
        /// The server's name.
        server: String,
    },
}

/// How a walk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Records of the asked type were found.
    Answer,
    /// The name does not exist.
    NxDomain,
    /// The name exists but has no record of the asked type.
    NoData,
}

impl Outcome {
    /// The short name: `answer`, `NXDOMAIN` or `NODATA`.
    ///
    /// ```
    /// use netdojo::calc::dns::Outcome;
    /// assert_eq!(Outcome::NxDomain.code(), "NXDOMAIN");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Answer => "answer",
            Outcome::NxDomain => "NXDOMAIN",
            Outcome::NoData => "NODATA",
        }
    }
}

/// A whole lookup: the question, every step, and the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    /// What was asked.
    pub question: Question,
    /// The time of the lookup, in seconds on the caller's clock.
    pub at: u64,
    /// What happened, in order.
    pub steps: Vec<Step>,
    /// The final answer: any CNAME records, then the records of the asked type.
    pub answer: Vec<Record>,
    /// How it ended.
    pub outcome: Outcome,
}

impl Walk {
    /// How many queries were sent to servers (answers from the cache send none).
    ///
    /// ```
    /// use netdojo::calc::dns::{resolve, Cache, Namespace, RecordType};
    /// let ns = Namespace::builtin();
    /// let mut cache = Cache::new();
    /// let name = "www.example.co.jp".parse().unwrap();
    /// assert_eq!(resolve(&ns, &mut cache, &name, RecordType::A, 0).unwrap().queries(), 4);
    /// assert_eq!(resolve(&ns, &mut cache, &name, RecordType::A, 60).unwrap().queries(), 0);
    /// ```
    pub fn queries(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| matches!(s, Step::Ask { .. }))
            .count()
    }
}

/// Why a walk could not finish (the built-in tree never causes these).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// More than [`MAX_STEPS`] steps.
    #[error("gave up after {MAX_STEPS} steps (a delegation loop?)")]
    TooManySteps,
    /// An alias chain longer than the limit.
    #[error("gave up after {MAX_CNAME_CHAIN} aliases (a CNAME loop?)")]
    AliasChainTooLong,
    /// A server was asked about a name it does not serve.
    #[error("{server} does not serve {name}")]
    Lame {
        /// The server.
        server: String,
        /// The name.
        name: String,
    },
    /// No address could be found for any server of a zone.
    #[error("no address found for the servers of {zone}")]
    NoServerAddress {
        /// The zone.
        zone: String,
    },
}

struct Resolver<'a> {
    namespace: &'a Namespace,
    cache: &'a mut Cache,
    now: u64,
    steps: Vec<Step>,
}

/// Resolves `name`/`rtype` at time `now` over `namespace`, using and filling `cache`.
///
/// ```
/// use netdojo::calc::dns::{resolve, Cache, Namespace, Outcome, RecordType, Step};
/// let ns = Namespace::builtin();
/// let mut cache = Cache::new();
/// let walk = resolve(&ns, &mut cache, &"www.example.co.jp".parse().unwrap(), RecordType::A, 0).unwrap();
/// assert_eq!(walk.outcome, Outcome::Answer);
/// assert_eq!(walk.answer.last().unwrap().to_string(), "web.example.co.jp. 300 IN A 203.0.113.80");
/// ```
pub fn resolve(
    namespace: &Namespace,
    cache: &mut Cache,
    name: &DomainName,
    rtype: RecordType,
    now: u64,
) -> Result<Walk, ResolveError> {
    cache.expire(now);
    let mut resolver = Resolver {
        namespace,
        cache,
        now,
        steps: Vec::new(),
    };
    let question = Question {
        name: name.fqdn(),
        rtype,
    };
    let (answer, outcome) = resolver.lookup(&question.name, rtype, 0)?;
    Ok(Walk {
        question,
        at: now,
        steps: resolver.steps,
        answer,
        outcome,
    })
}

impl Resolver<'_> {
    fn push(&mut self, step: Step) -> Result<(), ResolveError> {
        if self.steps.len() >= MAX_STEPS {
            return Err(ResolveError::TooManySteps);
        }
        self.steps.push(step);
        Ok(())
    }

    fn lookup(
        &mut self,
        name: &str,
        rtype: RecordType,
        depth: usize,
    ) -> Result<(Vec<Record>, Outcome), ResolveError> {
        let mut chain: Vec<Record> = Vec::new();
        let mut current = name.to_string();
        for _ in 0..=MAX_CNAME_CHAIN {
            let question = Question {
                name: current.clone(),
                rtype,
            };
            if let Some(found) = self.check_cache(&question)? {
                match found {
                    Cached::Records(records) => {
                        chain.extend(records);
                        return Ok((chain, Outcome::Answer));
                    }
                    Cached::Alias(alias, target) => {
                        chain.push(alias);
                        self.push(Step::Restart {
                            alias: current.clone(),
                            target: target.clone(),
                        })?;
                        current = target;
                        continue;
                    }
                    Cached::Negative(outcome) => return Ok((chain, outcome)),
                }
            }
            match self.iterate(&question, depth)? {
                Iterated::Done(records, outcome) => {
                    chain.extend(records);
                    return Ok((chain, outcome));
                }
                Iterated::Alias(records, target) => {
                    chain.extend(records);
                    self.push(Step::Restart {
                        alias: current.clone(),
                        target: target.clone(),
                    })?;
                    current = target;
                }
            }
        }
        Err(ResolveError::AliasChainTooLong)
    }

    /// Answers from the cache when it can, recording the step.
    fn check_cache(&mut self, question: &Question) -> Result<Option<Cached>, ResolveError> {
        let (name, rtype, now) = (question.name.as_str(), question.rtype, self.now);
        let records = self.cache.records(name, rtype, now);
        if !records.is_empty() {
            self.push(Step::FromCache {
                question: question.clone(),
                records: records.clone(),
            })?;
            return Ok(Some(Cached::Records(records)));
        }
        if rtype != RecordType::Cname {
            let aliases = self.cache.records(name, RecordType::Cname, now);
            if let Some(alias) = aliases.into_iter().next() {
                if let Some(target) = alias.data.target().map(str::to_string) {
                    self.push(Step::FromCache {
                        question: question.clone(),
                        records: vec![alias.clone()],
                    })?;
                    return Ok(Some(Cached::Alias(alias, target)));
                }
            }
        }
        if let Some(entry) = self.cache.negative(name, rtype, now) {
            let outcome = match entry {
                CacheEntry::Negative { nxdomain: true, .. } => Outcome::NxDomain,
                _ => Outcome::NoData,
            };
            self.push(Step::NegativeFromCache {
                question: question.clone(),
                entry,
            })?;
            return Ok(Some(Cached::Negative(outcome)));
        }
        Ok(None)
    }

    /// Asks servers from the best starting point down until a final reply.
    fn iterate(&mut self, question: &Question, depth: usize) -> Result<Iterated, ResolveError> {
        let (zone, mut servers, from_cache) = self.start_point(&question.name);
        self.push(Step::Start {
            question: question.clone(),
            zone: zone.clone(),
            servers: servers.clone(),
            from_cache,
        })?;
        loop {
            let Some(server) = servers.first().cloned() else {
                return Err(ResolveError::NoServerAddress { zone });
            };
            let Some(zone_data) = self.namespace.zone_for(&server, &question.name) else {
                return Err(ResolveError::Lame {
                    server: server.name,
                    name: question.name.clone(),
                });
            };
            let reply = zone_data.reply(&question.name, question.rtype);
            self.push(Step::Ask {
                server,
                question: question.clone(),
                reply: reply.clone(),
            })?;
            match reply {
                ZoneReply::Referral { cut, ns, glue } => {
                    for record in ns.iter().chain(&glue) {
                        self.cache.insert(record, self.now);
                    }
                    servers = self.servers_for(&cut, &ns, depth)?;
                }
                ZoneReply::Answer { records } => {
                    for record in &records {
                        self.cache.insert(record, self.now);
                    }
                    let dangling = records
                        .last()
                        .filter(|r| {
                            r.rtype() == RecordType::Cname && question.rtype != RecordType::Cname
                        })
                        .and_then(|r| r.data.target())
                        .map(str::to_string);
                    return Ok(match dangling {
                        Some(target) => Iterated::Alias(records, target),
                        None => Iterated::Done(records, Outcome::Answer),
                    });
                }
                ZoneReply::NxDomain { soa } => {
                    self.cache.insert_negative(
                        &question.name,
                        question.rtype,
                        true,
                        soa.as_ref(),
                        self.now,
                    );
                    return Ok(Iterated::Done(Vec::new(), Outcome::NxDomain));
                }
                ZoneReply::NoData { soa } => {
                    self.cache.insert_negative(
                        &question.name,
                        question.rtype,
                        false,
                        soa.as_ref(),
                        self.now,
                    );
                    return Ok(Iterated::Done(Vec::new(), Outcome::NoData));
                }
            }
        }
    }

    /// The deepest enclosing zone whose servers and their addresses are cached, or
    /// the root hints.
    fn start_point(&self, name: &str) -> (String, Vec<Server>, bool) {
        let mut current = Some(name);
        while let Some(zone) = current {
            let ns = self.cache.records(zone, RecordType::Ns, self.now);
            let servers = self.cached_servers(&ns);
            if !servers.is_empty() {
                return (zone.to_string(), servers, true);
            }
            current = parent(zone);
        }
        let hints = self.namespace.root_hints().into_iter().cloned().collect();
        (".".to_string(), hints, false)
    }

    /// The servers named by NS records whose addresses the cache holds.
    fn cached_servers(&self, ns: &[Record]) -> Vec<Server> {
        ns.iter()
            .filter_map(|r| r.data.target())
            .flat_map(|host| self.cache.records(host, RecordType::A, self.now))
            .filter_map(|r| match r.data {
                RData::A(addr) => self.namespace.server_at(addr).cloned(),
                _ => None,
            })
            .collect()
    }

    /// The servers to ask after a referral; looks an address up when there is no glue.
    fn servers_for(
        &mut self,
        zone: &str,
        ns: &[Record],
        depth: usize,
    ) -> Result<Vec<Server>, ResolveError> {
        let servers = self.cached_servers(ns);
        if !servers.is_empty() {
            return Ok(servers);
        }
        let no_address = || ResolveError::NoServerAddress {
            zone: zone.to_string(),
        };
        let host = ns
            .iter()
            .find_map(|r| r.data.target())
            .ok_or_else(no_address)?
            .to_string();
        if depth >= MAX_DEPTH {
            return Err(no_address());
        }
        self.push(Step::FindServer {
            server: host.clone(),
        })?;
        let (records, _) = self.lookup(&host, RecordType::A, depth.saturating_add(1))?;
        let found: Vec<Server> = records
            .iter()
            .filter_map(|r| match r.data {
                RData::A(addr) => self.namespace.server_at(addr).cloned(),
                _ => None,
            })
            .collect();
        if found.is_empty() {
            Err(no_address())
        } else {
            Ok(found)
        }
    }
}

enum Cached {
    Records(Vec<Record>),
    Alias(Record, String),
    Negative(Outcome),
}

enum Iterated {
    Done(Vec<Record>, Outcome),
    Alias(Vec<Record>, String),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(cache: &mut Cache, name: &str, rtype: RecordType, now: u64) -> Walk {
        resolve(
            &Namespace::builtin(),
            cache,
            &name.parse().unwrap(),
            rtype,
            now,
        )
        .unwrap()
    }

    fn asked(walk: &Walk) -> Vec<String> {
        walk.steps
            .iter()
            .filter_map(|s| match s {
                Step::Ask { server, .. } => Some(server.name.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn cold_cache_walks_from_the_root() {
        let mut cache = Cache::new();
        let w = walk(&mut cache, "www.example.co.jp", RecordType::A, 0);
        assert_eq!(
            asked(&w),
            [
                "a.root-servers.net.",
                "a.dns.jp.",
                "ns1.co.jp.",
                "ns1.example.co.jp."
            ]
        );
        let answer: Vec<String> = w.answer.iter().map(ToString::to_string).collect();
        assert_eq!(
            answer,
            [
                "www.example.co.jp. 300 IN CNAME web.example.co.jp.",
                "web.example.co.jp. 300 IN A 203.0.113.80"
            ]
        );
    }

    #[test]
    fn second_lookup_comes_from_cache_with_ttl_left() {
        let mut cache = Cache::new();
        walk(&mut cache, "www.example.co.jp", RecordType::A, 0);
        let w = walk(&mut cache, "www.example.co.jp", RecordType::A, 100);
        assert_eq!(w.queries(), 0);
        assert_eq!(w.answer[1].ttl, 200);
        assert!(matches!(w.steps[0], Step::FromCache { .. }));
        assert!(matches!(w.steps[1], Step::Restart { .. }));
        // After the TTL, the alias is asked again, but from the cached zone servers.
        let w = walk(&mut cache, "www.example.co.jp", RecordType::A, 400);
        assert_eq!(asked(&w), ["ns1.example.co.jp."]);
    }

    #[test]
    fn sibling_name_starts_at_the_cached_zone() {
        let mut cache = Cache::new();
        walk(&mut cache, "www.example.co.jp", RecordType::A, 0);
        let w = walk(&mut cache, "example.co.jp", RecordType::Mx, 10);
        assert_eq!(asked(&w), ["ns1.example.co.jp."]);
        assert!(
            matches!(&w.steps[0], Step::Start { zone, from_cache: true, .. } if zone == "example.co.jp.")
        );
    }

    #[test]
    fn alias_into_another_zone_restarts() {
        let mut cache = Cache::new();
        let w = walk(&mut cache, "shop.example.com", RecordType::A, 0);
        assert_eq!(
            asked(&w),
            [
                "a.root-servers.net.",
                "a.gtld-servers.net.",
                "ns1.example.com.",
                "a.root-servers.net.",
                "a.dns.jp.",
                "ns1.co.jp.",
                "ns1.example.co.jp."
            ]
        );
        assert_eq!(w.answer.len(), 3);
        assert!(
            w.steps.iter().any(
                |s| matches!(s, Step::Restart { target, .. } if target == "www.example.co.jp.")
            )
        );
    }

    #[test]
    fn missing_glue_looks_up_the_server_first() {
        let mut cache = Cache::new();
        let w = walk(&mut cache, "80.113.0.203.in-addr.arpa", RecordType::Ptr, 0);
        assert!(
            w.steps.iter().any(
                |s| matches!(s, Step::FindServer { server } if server == "ns1.example.co.jp.")
            )
        );
        assert_eq!(
            w.answer[0].to_string(),
            "80.113.0.203.in-addr.arpa. 3600 IN PTR web.example.co.jp."
        );
        assert_eq!(w.outcome, Outcome::Answer);
    }

    #[test]
    fn nxdomain_is_cached_for_the_negative_ttl() {
        let mut cache = Cache::new();
        let w = walk(&mut cache, "nope.example.com", RecordType::A, 0);
        assert_eq!(w.outcome, Outcome::NxDomain);
        let w = walk(&mut cache, "nope.example.com", RecordType::Aaaa, 299);
        assert_eq!(w.queries(), 0);
        assert_eq!(w.outcome, Outcome::NxDomain);
        let w = walk(&mut cache, "nope.example.com", RecordType::A, 300);
        assert_eq!(w.queries(), 1);
    }

    #[test]
    fn nodata() {
        let mut cache = Cache::new();
        let w = walk(&mut cache, "web.example.co.jp", RecordType::Mx, 0);
        assert_eq!(w.outcome, Outcome::NoData);
        assert!(w.answer.is_empty());
    }
}
