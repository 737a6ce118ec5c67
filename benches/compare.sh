#!/usr/bin/env bash
# Runs netdojo and the reference tools side by side on the same jobs, where the
# reference tools are installed, and prints median times (hyperfine) and peak memory
# (GNU time). Nothing here touches the network.
#
#   benches/compare.sh            # the fast jobs
#   benches/compare.sh --slow     # also Debian's `aggregate` on 1 M prefixes (minutes)
#
# Optional tools (Debian packages): hyperfine ipcalc ipcalc-ng sipcalc prips aggregate;
# Python's ipaddress (stdlib) and aggregate6 (PyPI) when present.
set -euo pipefail
cd "$(dirname "$0")/.."

slow=false
[ "${1:-}" = "--slow" ] && slow=true

command -v hyperfine >/dev/null || { echo "compare.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
cargo build --release --quiet
nd=target/release/netdojo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

have() { command -v "$1" >/dev/null 2>&1; }

# hyperfine with the jobs whose tool is installed; each job is "name|command".
race() {
  local title=$1; shift
  local args=()
  for job in "$@"; do
    local tool=${job%%|*} cmd=${job#*|}
    if [ "$tool" = netdojo ] || have "$tool"; then args+=(-n "$tool" "$cmd"); fi
  done
  echo
  echo "## $title"
  hyperfine --style none --warmup 2 --min-runs 5 -N --export-markdown "$work/table.md" "${args[@]}" >/dev/null 2>&1 \
    || hyperfine --style none --warmup 2 --min-runs 5 --export-markdown "$work/table.md" "${args[@]}" >/dev/null
  cat "$work/table.md"
}

# Peak resident memory in MiB of one command (its output discarded).
peak() {
  local kib
  kib=$( { /usr/bin/time -f '%M' sh -c "$1 >/dev/null" ; } 2>&1 | tail -n 1 )
  awk -v k="$kib" 'BEGIN { printf "%.1f MiB", k / 1024 }'
}

race "Info for one CIDR (process start included)" \
  "netdojo|$nd subnet 10.0.0.0/16" \
  "sipcalc|sipcalc 10.0.0.0/16" \
  "ipcalc-ng|ipcalc-ng --all-info 10.0.0.0/16" \
  "ipcalc|ipcalc -n -b 10.0.0.0/16" \
  "python3|python3 -c 'import ipaddress; n = ipaddress.ip_network(\"10.0.0.0/16\"); print(n.network_address, n.broadcast_address, n.netmask, n.num_addresses)'"

race "Every /24 of 10.0.0.0/8 (65,536 lines)" \
  "netdojo|$nd split 10.0.0.0/8 --prefix 24" \
  "ipcalc-ng|ipcalc-ng -S 24 10.0.0.0/8" \
  "python3|python3 -c 'import ipaddress; [print(s) for s in ipaddress.ip_network(\"10.0.0.0/8\").subnets(new_prefix=24)]'"

race "Every address of 10.0.0.0/12 (1,048,576 lines)" \
  "netdojo|$nd split 10.0.0.0/12 --prefix 32" \
  "prips|prips 10.0.0.0/12"

# One million random IPv4 prefixes from a fixed seed, the same file for every tool.
python3 - "$work/prefixes.txt" <<'PY'
import random, sys
rng = random.Random(20261128)
with open(sys.argv[1], "w") as f:
    for _ in range(1_000_000):
        plen = rng.randint(8, 32)
        addr = rng.getrandbits(32) & ~((1 << (32 - plen)) - 1) & 0xFFFFFFFF
        f.write(f"{addr >> 24}.{(addr >> 16) & 255}.{(addr >> 8) & 255}.{addr & 255}/{plen}\n")
PY
jobs=("netdojo|$nd aggregate $work/prefixes.txt")
have aggregate6 && jobs+=("aggregate6|aggregate6 $work/prefixes.txt")
jobs+=("python3|python3 -c 'import ipaddress,sys; [print(n) for n in ipaddress.collapse_addresses(ipaddress.ip_network(l.strip()) for l in open(sys.argv[1]))]' $work/prefixes.txt")
race "Aggregate 1,000,000 random IPv4 prefixes" "${jobs[@]}"
if $slow; then
  race "Aggregate 1,000,000 random IPv4 prefixes (Debian aggregate)" "aggregate|aggregate -q < $work/prefixes.txt"
fi

echo
echo "## Peak memory (GNU time, max resident set)"
echo
echo "| job | peak |"
echo "|:---|---:|"
echo "| netdojo split 10.0.0.0/8 --prefix 32 (16.7 M lines) | $(peak "$nd split 10.0.0.0/8 --prefix 32") |"
echo "| netdojo split 10.0.0.0/12 --prefix 32 (1 M lines) | $(peak "$nd split 10.0.0.0/12 --prefix 32") |"
echo "| netdojo aggregate (1 M prefixes) | $(peak "$nd aggregate $work/prefixes.txt") |"
python3 -c 'import ipaddress' && echo "| python3 collapse_addresses (1 M prefixes) | $(peak "python3 -c 'import ipaddress,sys; list(ipaddress.collapse_addresses(ipaddress.ip_network(l.strip()) for l in open(sys.argv[1])))' $work/prefixes.txt") |"
