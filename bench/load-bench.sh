#!/usr/bin/env bash
# Speed under load (issue 13, point 9): the web app in Release on PostgreSQL holding 1,600 synthetic boards, a signed-in
# session (Regie:Auth:Mode=required), and wrk at 50 connections against the dashboard and the services page of a
# 200-service board, the same pages of a 500-service board, and the API's lists with a token. Prints requests/s, p50 and
# p99 per target and the server's resident memory sampled every second over the whole run.
# Each target runs twice: saturated (every connection sends its next request as soon as the answer is in, so 50 requests
# are always in flight and the mean latency is 50 ÷ the rate, whatever the server does), then paced at --rate requests/s
# from the same 50 connections (bench/paced.lua: each connection pauses a random time between requests, as independent
# users do), which is the issue's "300 requests/s at 50 concurrent" with the latency a user sees at that load.
# The API targets send Accept-Encoding: gzip as browsers, curl --compressed and the CLI do; one /scores target does not.
#
# Usage: bench/load-bench.sh [--duration 60s] [--connections 50] [--rate 300] [--app DIR] [--cli DIR] [--label NAME] [--only REGEX] [--reuse]
#   --duration     wrk's duration per target and run (the issue's 5-minute run: --duration 5m; default 60s)
#   --rate         the paced run's rate in requests/s over all connections (default 300; 0 skips the paced runs)
#   --only         run only the targets whose name matches the (grep -E) pattern, e.g. --only 'dashboard|scores'
#   --reuse        keep the database of the previous run instead of seeding it again (same boards, same user)
#   --app, --cli   a Release build of Regie.Web / Regie.Cli to measure instead of this tree's (e.g. an older commit's, for a
#                  same-session baseline); the database is seeded the same way with the given CLI
# Needs the test cluster (scripts/test.sh starts it: Host=127.0.0.1;Port=55432;Username=postgres); uses its own database
# regie_load_bench, dropped and made again each run. Installs wrk from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
duration=60s; connections=50; rate=300; app_dir=""; cli_dir=""; label="this tree"; only=""; reuse=""
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --app) app_dir=$2; shift 2 ;;
    --cli) cli_dir=$2; shift 2 ;;
    --label) label=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --reuse) reuse=1; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
pg="psql -h 127.0.0.1 -p 55432 -U postgres -v ON_ERROR_STOP=1 -qtA"
$pg -d postgres -c "select 1" >/dev/null || { echo "PostgreSQL test cluster not running on 55432 (scripts/test.sh starts it)"; exit 1; }
database=regie_load_bench
connection="Host=127.0.0.1;Port=55432;Username=postgres;Database=$database;Maximum Pool Size=60"
port=${REGIE_BENCH_PORT:-5391}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/regie-load-bench.XXXXXX)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ -z "$app_dir" ]; then
  dotnet build src/Regie.Web -c Release -v q -nologo 2>&1 | grep -E " error|rror\(s\)" || true
  app_dir=src/Regie.Web/bin/Release/net10.0
fi
if [ -z "$cli_dir" ]; then
  dotnet build src/Regie.Cli -c Release -v q -nologo 2>&1 | grep -E " error|rror\(s\)" || true
  cli_dir=src/Regie.Cli/bin/Release/net10.0
fi
export REGIE_DATA="$root/data"
regie() { "$cli_dir/regie" --connection "$connection" "$@"; }

# --- Seed: two imported boards (200 and 500 services), then 1,598 small boards copied in bulk by SQL --------------------
started=$(date +%s)
password="Laadproef-met-vijftig-verbindingen"
if [ -z "$reuse" ] || [ "$($pg -d postgres -c "select count(*) from pg_database where datname = '$database'")" != 1 ]; then
  reuse=""
  bench/seed-boards.sh "$database" "$cli_dir" 1600 20 200
fi
board200=$($pg -d $database -c "select \"Id\" from \"Organisations\" where \"Name\" = 'Bench 200'")
board500=$($pg -d $database -c "select \"Id\" from \"Organisations\" where \"Name\" = 'Bench 500'")
if [ -z "$reuse" ]; then
  regie --organisation "Bench 200" user add bench@example.nl --password "$password" --role reader >/dev/null
  user=$($pg -d $database -c "select \"Id\" from \"Users\" where \"Email\" = 'bench@example.nl'")
  $pg -d $database -c "insert into \"Memberships\" (\"Id\", \"OrganisationId\", \"UserId\", \"Role\") select gen_random_uuid(), '$board500', '$user', \"Role\" from \"Memberships\" where \"UserId\" = '$user'"
fi
echo "$([ -n "$reuse" ] && echo reused || echo seeded) $($pg -d $database -c 'select count(*) from "Organisations"') boards, $($pg -d $database -c 'select count(*) from "Services"') services in $(( $(date +%s) - started )) s"

# --- Start the app: Release, production, sign-in required --------------------------------------------------------------
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$base Regie__Connection="$connection" Regie__Auth__Mode=required \
  Regie__Board="$board200" Logging__LogLevel__Default=Warning Regie__DataProtectionKeys="$work/keys" \
  dotnet "$app_dir/Regie.Web.dll" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/account/signin" && break; sleep 0.5; done
curl -fs -o /dev/null "$base/account/signin" || { echo "the app did not start"; tail -20 "$work/server.log"; exit 1; }

# Sign in as a browser does (antiforgery token from the form), then make a token for the API.
jar="$work/cookies"
form=$(curl -s -c "$jar" "$base/account/signin")
antiforgery=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$form" | sed 's/.*value="//;s/"$//' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -w "sign-in: %{http_code}\n" --data-urlencode "Email=bench@example.nl" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$antiforgery" "$base/account/signin"
cookie=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar")
cookie200="${cookie}regie-org=$board200"
cookie500="${cookie}regie-org=$board500"
token=$(curl -s -H "Cookie: $cookie200" -H "Content-Type: application/json" -d '{"name":"bench","role":"Reader","days":1}' \
  "$base/api/v1/account/tokens" | python3 -c "import sys, json; print(json.load(sys.stdin)['token'])")
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie200" "$base/services")" = 200 ] || { echo "the signed-in session does not open /services"; exit 1; }

# --- Run ----------------------------------------------------------------------------------------------------------------
echo "rss_kib" >"$work/rss"
( while kill -0 "$server" 2>/dev/null; do ps -o rss= -p "$server" >>"$work/rss" || true; sleep 1; done ) &
sampler=$!
printf "\n%s, %s per target, %s connections, %s\n" "$label" "$duration" "$connections" "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf "%-44s %31s   %s\n" "" "saturated: ${connections} in flight" "paced: ${rate}/s from ${connections} connections"
printf "%-44s %9s %9s %9s %10s   %9s %9s %9s  %s\n" target "req/s" p50 p99 "CPU/req" "req/s" p50 p99 "load avg (1 min) after"
# The server's CPU time (user + system, in clock ticks) so far: divided by the requests served, it says what one request
# costs whatever else the machine runs, which the rates and latencies do not.
server_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
# The mean pause per connection for the paced run: 50 connections offer the rate when each pauses 50 ÷ rate seconds less
# its own answer's time; 0.92 of it leaves about 13 ms for the answer at 300/s, so the run reaches the rate unless answers
# are slower, and the printed rate says when they were.
pause_ms=$(python3 -c "print(0 if $rate <= 0 else round(1000 * $connections / $rate * 0.92, 1))")
run() { # name url header...
  local name=$1 url=$2; shift 2
  if [ -n "$only" ] && ! grep -qE "$only" <<<"$name"; then return; fi
  local args=() h; for h in "$@"; do args+=(-H "$h"); done
  wrk -t2 -c"$connections" -d5s "${args[@]}" "$url" >/dev/null 2>&1  # warm-up: JIT, caches, connection pool
  local before; before=$(server_ticks)
  wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency "${args[@]}" "$url" >"$work/wrk.txt" 2>&1
  local ticks=$(( $(server_ticks) - before ))
  : >"$work/paced.txt"
  if [ "$pause_ms" != 0 ]; then
    REGIE_BENCH_PAUSE_MS=$pause_ms wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency -s bench/paced.lua "${args[@]}" "$url" >"$work/paced.txt" 2>&1
  fi
  python3 - "$name" "$work/wrk.txt" "$work/paced.txt" "$(cut -d' ' -f1 /proc/loadavg)" "$ticks" "$(getconf CLK_TCK)" <<'PY'
import sys, re
name, saturated, paced, load, ticks, hz = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
def read(path):
    text = open(path).read()
    def ms(label):
        m = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
        return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)] if m else float("nan")
    rate = re.search(r"Requests/sec:\s*([\d.]+)", text)
    served = re.search(r"(\d+) requests in", text)
    bad = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", text)
    errors = re.search(r"Socket errors:.*", text)
    note = (f"  {bad.group(1)} non-2xx!" if bad else "") + (f"  {errors.group(0)}" if errors else "")
    return (float(rate.group(1)) if rate else float("nan"), ms("50%"), ms("99%"),
            int(served.group(1)) if served else 0, note)
rate, p50, p99, served, note = read(saturated)
cpu = ticks * 1000 / hz / served if served else float("nan")
prate, pp50, pp99, _, pnote = read(paced)
print(f"{name:<44} {rate:9.1f} {p50:7.1f}ms {p99:7.1f}ms {cpu:8.2f}ms   {prate:9.1f} {pp50:7.1f}ms {pp99:7.1f}ms  {load}{note}{pnote}")
PY
}
run "dashboard, 200 services" "$base/" "Cookie: $cookie200"
run "services page, 200 services" "$base/services" "Cookie: $cookie200"
run "dashboard, 500 services" "$base/" "Cookie: $cookie500"
run "services page, 500 services" "$base/services" "Cookie: $cookie500"
run "priorities page, 200 services" "$base/priorities" "Cookie: $cookie200"
gzip="Accept-Encoding: gzip"
run "API /services (token), 200 services" "$base/api/v1/services" "Authorization: Bearer $token" "$gzip"
run "API /scores (token), 200 services" "$base/api/v1/scores" "Authorization: Bearer $token" "$gzip"
run "API /scores (token, no gzip), 200 services" "$base/api/v1/scores" "Authorization: Bearer $token"
run "API /priorities (token), 200 services" "$base/api/v1/priorities" "Authorization: Bearer $token" "$gzip"
kill "$sampler" 2>/dev/null || true
python3 - "$work/rss" <<'PY'
import sys
rss = [int(l) / 1024 for l in open(sys.argv[1]).read().split()[1:] if l.strip().isdigit()]
if rss:
    tenth = max(1, len(rss) // 10)
    print(f"\nserver RSS over {len(rss)} s: start {rss[0]:.0f} MiB, max {max(rss):.0f} MiB, mean of the last tenth {sum(rss[-tenth:]) / tenth:.0f} MiB, end {rss[-1]:.0f} MiB")
PY
grep -iE "fail|exception" "$work/server.log" | head -5 || true
