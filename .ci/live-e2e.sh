#!/usr/bin/env bash
# End-to-end check of the live classroom with the stock OpenSSH client: the host runs
# a sample pack; a fresh key joins it on 127.0.0.1 inside a tmux pane, picks a name,
# answers two questions with keystrokes (a typed value, then a letter), and the
# journal, the result file and `netdojo class report` must all show both answers.
# Everything started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v ssh >/dev/null 2>&1 || missing+=(openssh-client)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
if [ ${#missing[@]} -gt 0 ]; then
  echo "live-e2e: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

bin=${NETDOJO_BIN:-target/debug/netdojo}
if [ ! -x "$bin" ]; then
  cargo build --quiet --locked
fi

work=$(mktemp -d)
session="netdojo-live-e2e-$$"
host_pid=""
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  if [ -n "$host_pid" ]; then
    kill "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
  fi
  exec 3>&- 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A port nobody uses, on loopback only.
port=$(( 20000 + RANDOM % 20000 ))
code=e2e101
journal="$work/class.jsonl"
results="$work/results"
pack=assets/packs/availability.en.json
# What the student must type, from the pack's answer key for their name.
key_answer() { # N: the answer to question N
  "$bin" class key "$pack" --student Tester --json |
    sed -n "${1}s/.*\"answer\":\"\([^\"]*\)\".*/\1/p"
}
first=$(key_answer 1)
second=$(key_answer 2 | tr 'A-Z' 'a-z')
ssh-keygen -q -t ed25519 -N '' -C 'live-e2e' -f "$work/id_ed25519"

mkfifo "$work/commands"
NETDOJO_HOME="$work/home" "$bin" class host "$pack" --headless \
  --listen "127.0.0.1:$port" --code "$code" --journal "$journal" --out "$results" \
  <"$work/commands" >"$work/host.out" 2>"$work/host.err" &
host_pid=$!
exec 3>"$work/commands"

wait_for() { # FILE TEXT: wait until FILE holds TEXT
  for _ in $(seq 1 200); do
    if grep -qF -- "$2" "$1" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "live-e2e: never saw \"$2\" in $1" >&2
  cat "$1" >&2 || true
  return 1
}
pane_shows() { # TEXT: wait until the student's pane shows TEXT
  for _ in $(seq 1 200); do
    if tmux capture-pane -p -t "$session" | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "live-e2e: the student's screen never showed \"$1\":" >&2
  tmux capture-pane -p -t "$session" >&2 || true
  echo "--- host stdout" >&2; cat "$work/host.out" >&2 || true
  echo "--- host stderr" >&2; cat "$work/host.err" >&2 || true
  return 1
}

wait_for "$work/host.out" "join: ssh -p $port $code@127.0.0.1"
fingerprint=$(sed -n 's/^host key: //p' "$work/host.out")

tmux new-session -d -s "$session" -x 100 -y 30 \
  "ssh -tt -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=$work/known_hosts \
   -o IdentitiesOnly=yes -o BatchMode=yes -i $work/id_ed25519 -p $port $code@127.0.0.1; sleep 30"

pane_shows "Type the name the class will see"
# The host key the client stored is the one the host announced.
stored=$(ssh-keygen -lf "$work/known_hosts" | awk '{print $2}')
[ "$stored" = "$fingerprint" ] || { echo "live-e2e: host key $stored, expected $fingerprint" >&2; exit 1; }

tmux send-keys -t "$session" "Tester" Enter
pane_shows "You are in, Tester!"
# The student sees their own key's fingerprint, as ssh-keygen computes it.
mine=$(ssh-keygen -lf "$work/id_ed25519.pub" | awk '{print $2}')
pane_shows "Your key: $mine"

echo next >&3
pane_shows "Question 1 of 10"
# A typed value, then Enter.
tmux send-keys -t "$session" "$first" Enter
pane_shows "You answered \"$first\": right"

echo next >&3
pane_shows "Question 2 of 10"
# A letter answers a single choice at once.
tmux send-keys -t "$session" "$second"
pane_shows "You answered ${second^^}: right"

tmux send-keys -t "$session" q
wait_for "$work/host.out" "note: Tester joined"

answers=$(grep -c '"event":"typed"' "$journal" || true)
if [ "$answers" != 2 ]; then
  echo "live-e2e: the journal holds $answers answers, expected 2" >&2
  cat "$journal" >&2
  exit 1
fi
grep -qF "\"student\":\"$mine\",\"question\":0,\"typed\":\"$first\"" "$journal"
grep -qF "\"student\":\"$mine\",\"question\":1,\"typed\":\"${second^^}\"" "$journal"

# The teacher ends the class: one result file per student, and the command that
# reports on them.
echo end >&3
wait_for "$work/host.out" "report: netdojo class report $results --pack $pack"
report=$("$bin" class report "$results" --pack "$pack" --json)
echo "$report" | grep -qF '"name":"Tester","score":3,"max_score"' || {
  echo "live-e2e: the class report does not show Tester's 3 points:" >&2
  echo "$report" >&2
  exit 1
}

echo quit >&3
wait "$host_pid"
host_pid=""
grep -qE '^ +1  Tester +3  2/2 right$' "$work/host.out" || {
  echo "live-e2e: the final standings are wrong:" >&2
  cat "$work/host.out" >&2
  exit 1
}
echo "live-e2e: ok (2 answers journaled, result file written, report and standings agree)"
