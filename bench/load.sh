#!/usr/bin/env bash
# Load benchmark: requests per second and p99 latency of the login page and of
# an authenticated dashboard, beside a bare axum handler on the same machine.
# Installs wrk from Debian's packages when it is missing. Loopback only.
#
#   bench/load.sh [seconds-per-run]    (default 10)
#   BENCH_DATABASE_URL=postgres://… bench/load.sh   (default: a fresh SQLite file)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
conns=32
app_port=18181
bare_port=18182

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet --bin casebridge --example bare_axum

work=$(mktemp -d)
cleanup() { kill "${app_pid:-}" "${bare_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

db_url=${BENCH_DATABASE_URL:-sqlite://$work/bench.db}
CASEBRIDGE_DATABASE_URL="$db_url" RUST_LOG=warn \
  target/release/casebridge --addr "127.0.0.1:$app_port" >"$work/app.log" 2>&1 &
app_pid=$!
target/release/examples/bare_axum "127.0.0.1:$bare_port" >/dev/null 2>&1 &
bare_pid=$!
for _ in $(seq 50); do
  curl -fs "http://127.0.0.1:$app_port/healthz" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$bare_port/" >/dev/null 2>&1 && break
  sleep 0.2
done

base="http://127.0.0.1:$app_port"
# A visitor who has opened the sign-in page once. Strangers get no session
# (the page's token is in the signed casebridge_login cookie), so there is
# no session cookie to send: this is empty and the run sends none.
anon_jar="$work/anon"
curl -fs -o /dev/null -c "$anon_jar" "$base/login"
anon_cookie=$(awk '$6 == "casebridge_session" {print $7}' "$anon_jar")
# Sign in as the demo officer.
jar="$work/cookies"
token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" -X POST "$base/login" \
  --data-urlencode "csrf_token=$token" --data-urlencode "email=officer@cyber-unit.police.test" \
  --data-urlencode "password=demo-officer-2026"
session=$(awk '$6 == "casebridge_session" {print $7}' "$jar")
curl -fs -o /dev/null -b "casebridge_session=$session" "$base/" || { echo "sign-in failed" >&2; exit 1; }

# wrk prints "Requests/sec: N" and, with --latency, "99% Xms".
run() { # name url [cookie]
  local out
  if [ -n "${3:-}" ]; then
    out=$(wrk -t1 -c$conns -d"${secs}s" --latency -H "Cookie: casebridge_session=$3" "$2")
  else
    out=$(wrk -t1 -c$conns -d"${secs}s" --latency "$2")
  fi
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "$1 $rps $p99"
}

bare=$(run bare "http://127.0.0.1:$bare_port/")
login=$(run login "$base/login" "$anon_cookie")
dash=$(run dashboard "$base/" "$session")

bare_rps=$(awk '{print $2}' <<<"$bare")
echo
echo "machine: $(nproc) cores, $(awk -F: '/model name/ {gsub(/^ +/, "", $2); print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "wrk: 1 thread, $conns connections, ${secs}s per run, loopback; casebridge on ${db_url%%:*}"
printf '%-24s %12s %10s %10s\n' "page" "req/s" "p99" "vs bare"
for line in "$bare" "$login" "$dash"; do
  read -r name rps p99 <<<"$line"
  printf '%-24s %12s %10s %9.1f%%\n' "$name" "$rps" "$p99" "$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN {print 100 * a / b}')"
done
