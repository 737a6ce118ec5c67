#!/usr/bin/env bash
# Real-terminal smoke test of the terminal app: the release binary in a detached tmux
# pane of 80x24. Opens the app, drives it with keys, reads the screen back with
# capture-pane, quits, and checks the program ended and the shell's normal screen
# came back (not the alternate screen).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked --quiet
bin="$PWD/target/release/netdojo"
if [ -n "${CARGO_TARGET_DIR:-}" ]; then bin="$CARGO_TARGET_DIR/release/netdojo"; fi

socket="netdojo-smoke-$$"
tm() { tmux -L "$socket" "$@"; }
trap 'tm kill-server 2>/dev/null || true' EXIT

fail() {
  echo "tui-smoke: $*" >&2
  echo "----- screen -----" >&2
  tm capture-pane -p -t smoke >&2 || true
  exit 1
}

# Waits up to about 10 s for the pane to show a fixed string.
wait_for() {
  for _ in $(seq 1 100); do
    if tm capture-pane -p -t smoke | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  fail "the screen never showed \"$1\""
}

# Waits up to about 10 s for a fixed string to leave the pane.
wait_gone() {
  for _ in $(seq 1 100); do
    if ! tm capture-pane -p -t smoke | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  fail "the screen still shows \"$1\""
}

tm -u new-session -d -s smoke -x 80 -y 24 \
  "env -i PATH=/usr/bin:/bin HOME=$HOME TERM=xterm-256color LANG=C.UTF-8 PS1='smoke\$ ' bash --norc --noprofile"
wait_for 'smoke$'
tm send-keys -t smoke "$bin; echo \"netdojo exited with \$?\"" Enter

# The home screen.
wait_for 'Contents'
wait_for 'M19 IAM'
[ "$(tm display-message -p -t smoke '#{alternate_on}')" = 1 ] || fail "the app is not on the alternate screen"

# The help and the runtime language switch.
tm send-keys -t smoke '?'
wait_for 'Keys: Home'
# Esc alone: a key right behind it would arrive as Alt-key.
tm send-keys -t smoke Escape
wait_gone 'Keys: Home'
tm send-keys -t smoke L
wait_for '目次'

# The subnet calculator, opened with keys: "/subnet" selects it, Enter opens it.
tm send-keys -t smoke L
wait_for 'Contents'
tm send-keys -t smoke /
tm send-keys -t smoke -l subnet
tm send-keys -t smoke Enter
wait_for 'Subnet calculator'
tm send-keys -t smoke -l 10.0.20.37/24
wait_for '10.0.20.255'
wait_for '254 usable hosts'

# Quit: the program ends, the shell's screen is back.
tm send-keys -t smoke q
wait_for 'netdojo exited with 0'
[ "$(tm display-message -p -t smoke '#{alternate_on}')" = 0 ] || fail "the alternate screen is still on"
if tm capture-pane -p -t smoke | grep -qF 'Subnet calculator'; then fail "the app's screen is still shown"; fi
echo "tui-smoke: ok"
