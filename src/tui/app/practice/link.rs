//! Which calculator screen a practice question leads to, prefilled with the
//! values its prompt names. Read from the English prompt, so it works for every
//! generator without the generators knowing about screens; a question whose
//! values cannot be found opens nothing.

use std::net::Ipv4Addr;

use ipnet::Ipv4Net;

use crate::quiz::model::Question;
use crate::tui::app::{CalcKind, Route};

/// The calculator screen for `question`, with its values, if one fits.
pub fn calc_route(question: &Question) -> Option<Route> {
    let prompt = question.prompt.en.as_str();
    let words = words(prompt);
    let nets: Vec<String> = words
        .iter()
        .filter(|w| w.parse::<Ipv4Net>().is_ok())
        .map(|w| (*w).to_owned())
        .collect();
    let addrs: Vec<&str> = words
        .iter()
        .filter(|w| w.parse::<Ipv4Addr>().is_ok())
        .copied()
        .collect();
    let numbers: Vec<&str> = words
        .iter()
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        .copied()
        .collect();
    let id = question.skill.as_str();
    let calc = |kind, prefill: Vec<String>| Some(Route::Calc(kind, prefill));
    match id {
        "subnet.split" => {
            let parts = numbers.first()?;
            calc(
                CalcKind::Split,
                vec![nets.first()?.clone(), (*parts).to_owned()],
            )
        }
        "subnet.aggregate" | "vpc.overlap" if nets.len() >= 2 => calc(CalcKind::Aggregate, nets),
        "route.lpm" => route_lookup(prompt, addrs.last()?),
        "tcp.seq_ack" => {
            let isn = numbers.first()?;
            let sizes: Vec<&str> = numbers.iter().skip(1).copied().collect();
            calc(
                CalcKind::Tcp,
                vec![(*isn).to_owned(), "5000".to_owned(), sizes.join(",")],
            )
        }
        "avail.mtbf_mttr" => match numbers.as_slice() {
            [mtbf, mttr, ..] => calc(
                CalcKind::Avail,
                vec!["mtbf".to_owned(), format!("{mtbf}h"), format!("{mttr}h")],
            ),
            _ => None,
        },
        "avail.n_plus" => {
            let spares = words
                .iter()
                .find_map(|w| w.strip_prefix("N+"))
                .unwrap_or("1");
            match numbers.as_slice() {
                [load, _, capacity, ..] => calc(
                    CalcKind::Avail,
                    vec![
                        "size".to_owned(),
                        (*load).to_owned(),
                        (*capacity).to_owned(),
                        spares.to_owned(),
                    ],
                ),
                _ => None,
            }
        }
        _ => by_module(id, &nets, &addrs, &numbers),
    }
}

/// The calculator a skill's family uses, for skills without a rule of their own.
fn by_module(id: &str, nets: &[String], addrs: &[&str], numbers: &[&str]) -> Option<Route> {
    let family = id.split('.').next().unwrap_or(id);
    match family {
        "subnet" | "ipv4" | "vpc" => {
            let value = nets
                .first()
                .cloned()
                .or_else(|| addrs.first().map(|a| (*a).to_owned()))?;
            Some(Route::Calc(CalcKind::Subnet, vec![value]))
        }
        "port" => {
            let ports: Vec<String> = numbers
                .iter()
                .filter(|n| n.parse::<u16>().is_ok())
                .map(|n| (*n).to_owned())
                .collect();
            (!ports.is_empty()).then_some(Route::Calc(CalcKind::Port, ports))
        }
        "avail" => Some(Route::Calc(CalcKind::Avail, Vec::new())),
        _ => None,
    }
}

/// The route table of a prompt (lines of `DESTINATION TARGET`) with the address
/// to look up.
fn route_lookup(prompt: &str, address: &str) -> Option<Route> {
    let routes: Vec<String> = prompt
        .lines()
        .filter_map(|line| {
            let mut parts = line.split_whitespace();
            let (dest, target) = (parts.next()?, parts.next()?);
            (parts.next().is_none() && dest.parse::<Ipv4Net>().is_ok())
                .then(|| format!("{dest} {target}"))
        })
        .collect();
    if routes.is_empty() {
        return None;
    }
    Some(Route::Calc(
        CalcKind::RouteLookup,
        vec![address.to_owned(), routes.join("; ")],
    ))
}

/// The words of a prompt without the punctuation around them; numbers lose
/// their thousands separators.
fn words(prompt: &str) -> Vec<&str> {
    prompt
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | '?' | ':' | ';' | '(' | ')' | '"')))
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::generators::generate_seeded;
    use crate::quiz::model::Difficulty;

    fn route(skill: &str, seed: u64) -> Option<Route> {
        let question = generate_seeded(skill, Difficulty::Medium, seed).unwrap();
        calc_route(&question)
    }

    #[test]
    fn subnet_questions_open_the_subnet_calculator_with_their_block() {
        assert_eq!(
            route("subnet.broadcast", 3),
            Some(Route::Calc(
                CalcKind::Subnet,
                vec!["192.168.203.180/24".into()]
            ))
        );
    }

    #[test]
    fn a_route_question_brings_its_table_and_address() {
        let Some(Route::Calc(CalcKind::RouteLookup, prefill)) = route("route.lpm", 3) else {
            panic!("no route lookup");
        };
        assert_eq!(prefill[0], "10.248.160.52");
        assert!(prefill[1].starts_with("172.16.0.0/12 tgw-cca889f0; 10.248.0.0/16 pcx-52a36454"));
    }

    #[test]
    fn tcp_and_availability_questions_fill_their_forms() {
        assert_eq!(
            route("tcp.seq_ack", 3),
            Some(Route::Calc(
                CalcKind::Tcp,
                vec!["831341".into(), "5000".into(), "1145,329".into()]
            ))
        );
        assert_eq!(
            route("avail.mtbf_mttr", 3),
            Some(Route::Calc(
                CalcKind::Avail,
                vec!["mtbf".into(), "641h".into(), "5h".into()]
            ))
        );
    }

    #[test]
    fn questions_without_a_calculator_open_nothing() {
        assert_eq!(route("tcpip.layer", 3), None);
        assert_eq!(route("r53.weighted", 3), None);
    }
}
