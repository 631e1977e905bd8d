#!/usr/bin/env bash
# Resident memory of the release server (VmRSS from /proc/<pid>/status): at
# idle after start, after a load of anonymous and signed-in requests, and
# after posting the hostile corpus (tests/data/hostile.txt) into the sign-in
# form and the JSON API. Installs wrk from Debian's packages when missing.
# Loopback only.
#
#   bench/memory.sh [load-seconds]    (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
port=18183

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -n "${MEMORY_NO_BUILD:-}" ] || cargo build --release --quiet --bin casebridge

work=$(mktemp -d)
cleanup() { kill "${app_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

export CASEBRIDGE_DATABASE_URL="sqlite://$work/memory.db"
RUST_LOG=warn target/release/casebridge --addr "127.0.0.1:$port" >"$work/app.log" 2>&1 &
app_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do
  curl -fs "$base/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
# VmRSS with its anonymous part (heap, SQLite's page caches) and its
# file-backed part (the binary's pages, fonts included, which the kernel can
# drop and read again): only the first grows with use.
rss() {
  awk '/^VmRSS:/ {t = $2} /^RssAnon:/ {a = $2} /^RssFile:/ {f = $2}
    END {printf "%d MiB (anon %d MiB, file %d MiB)\n", t / 1024, a / 1024, f / 1024}' "/proc/$app_pid/status"
}
hwm() { awk '/^VmHWM:/ {printf "%d MiB\n", $2 / 1024}' "/proc/$app_pid/status"; }

sleep 2
idle=$(rss)

# Sign in as the demo officer for the signed-in part of the load.
jar="$work/cookies"
page=$(curl -fs -c "$jar" -b "$jar" "$base/login")
token=$(grep -o 'name="csrf_token" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" -X POST "$base/login" \
  --data-urlencode "csrf_token=$token" --data-urlencode "email=officer@cyber-unit.police.test" \
  --data-urlencode "password=demo-officer-2026"
session=$(awk '$6 == "casebridge_session" {print $7}' "$jar")
[ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }

# Strangers (sign-in page, 404, health, static, API without a token) and a
# signed-in dashboard at once, 8 connections each.
for url in /login /no/such/page /healthz /static/casebridge.css /api/v1/me; do
  wrk -t1 -c8 -d"${secs}s" "$base$url" >"$work/wrk$(tr / _ <<<"$url").txt" &
done
wrk -t1 -c8 -d"${secs}s" -H "Cookie: casebridge_session=$session" "$base/" >"$work/wrk_dash.txt" &
wait $(jobs -p | grep -v "^$app_pid$") 2>/dev/null || true
loaded=$(rss)
total=$(cat "$work"/wrk*.txt | awk '/requests in/ {n += $1} END {print n}')

# The hostile corpus: each line as the email of a sign-in and as a string
# leaf of a JSON document sent to the validation API.
api_token=$(target/release/casebridge token create --email officer@cyber-unit.police.test 2>/dev/null | tail -1)
python3 - "$base" "$api_token" <<'EOF'
import json, sys, urllib.request, urllib.parse, urllib.error, http.cookiejar, re
base, token = sys.argv[1], sys.argv[2]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
def send(req):
    try:
        with opener.open(req, timeout=30) as r:
            return r.read()
    except urllib.error.HTTPError as e:
        return e.read()
page = send(urllib.request.Request(base + "/login")).decode()
csrf = re.search(r'name="csrf_token" value="([^"]*)"', page).group(1)
lines = [l.rstrip("\n") for l in open("tests/data/hostile.txt", encoding="utf-8") if not l.startswith("#")]
for line in lines:
    form = urllib.parse.urlencode({"csrf_token": csrf, "email": line, "password": line}).encode()
    send(urllib.request.Request(base + "/login", data=form))
    doc = json.dumps({"schema_version": 1, "requester": {"name": line}, "targets": [{"value": line}]}).encode()
    send(urllib.request.Request(base + "/api/v1/requests/validate", data=doc,
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"}))
print(f"posted {len(lines)} corpus lines twice each")
EOF
hostile=$(rss)

echo
echo "machine: $(nproc) cores, $(awk -F: '/model name/ {gsub(/^ +/, "", $2); print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "load: 6 wrk clients x 8 connections for ${secs}s, $total requests; SQLite"
printf '%-34s %s\n' "idle after start" "$idle" "after the load" "$loaded" "after the hostile corpus" "$hostile" "peak (VmHWM)" "$(hwm)"
# MEMORY_SMAPS=FILE keeps the server's mappings at the end, to see where the
# memory is (heap arenas, thread stacks, the binary).
[ -z "${MEMORY_SMAPS:-}" ] || cp "/proc/$app_pid/smaps" "$MEMORY_SMAPS"
