//! Port classifications as the table `netdojo port` prints.

use super::table::Table;
use crate::calc::ports::PortInfo;

/// The services on a port as one cell: `HTTPS (tcp), HTTP/3 (udp)`, or `-`.
///
/// ```
/// use netdojo::calc::ports::classify;
/// assert_eq!(netdojo::format::port::services_text(&classify(443)), "HTTPS (tcp), HTTP/3 (udp)");
/// assert_eq!(netdojo::format::port::services_text(&classify(49152)), "-");
/// ```
pub fn services_text(info: &PortInfo) -> String {
    if info.services.is_empty() {
        return "-".into();
    }
    info.services
        .iter()
        .map(|s| {
            let transports: Vec<String> = s.transports.iter().map(ToString::to_string).collect();
            format!("{} ({})", s.name, transports.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The table of ports, one row each; empty when there are none.
///
/// ```
/// use netdojo::calc::ports::classify;
/// assert_eq!(
///     netdojo::format::port::table(&[classify(22)]),
///     "port  range                services   linux ephemeral\n  22  well-known (0-1023)  SSH (tcp)  no\n"
/// );
/// ```
pub fn table(infos: &[PortInfo]) -> String {
    if infos.is_empty() {
        return String::new();
    }
    let mut table = Table::new(&["port", "range", "services", "linux ephemeral"]).right_align(&[0]);
    for info in infos {
        let (first, last) = info.range.bounds();
        table.row(vec![
            info.port.to_string(),
            format!("{} ({first}-{last})", info.range),
            services_text(info),
            if info.linux_ephemeral { "yes" } else { "no" }.into(),
        ]);
    }
    table.render()
}
