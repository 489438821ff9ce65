#!/usr/bin/env bash
# The README's test command: installs what the tests need (PostgreSQL, Chromium), starts a private PostgreSQL
# cluster on loopback, runs every test project and ends with a plain "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need_apt=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium fonts-dejavu-core)
# The DNS discovery tests start their own Knot (knotd) on a free loopback port with the zones in tests/fixtures/dns.
command -v knotd >/dev/null 2>&1 || [ -x /usr/sbin/knotd ] || need_apt+=(knot)
# The ArchiMate tests validate the export against The Open Group's schema with xmllint.
command -v xmllint >/dev/null 2>&1 || need_apt+=(libxml2-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing: ${need_apt[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
fi

# A throwaway PostgreSQL cluster for the storage tests: never touches the machine's own cluster.
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pgdir=${REGIE_TEST_PG_DIR:-/tmp/regie-test-pg}
pgport=${REGIE_TEST_PG_PORT:-55432}
if ! su postgres -c "$pgbin/pg_ctl -D $pgdir/data status" >/dev/null 2>&1; then
  rm -rf "$pgdir" && install -d -o postgres -g postgres "$pgdir"
  su postgres -c "$pgbin/initdb -D $pgdir/data -U postgres --auth=trust -E UTF8 >$pgdir/initdb.log 2>&1 && \
    $pgbin/pg_ctl -D $pgdir/data -o '-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off' -l $pgdir/server.log -w start >/dev/null" \
    || { echo "PostgreSQL did not start; see $pgdir"; exit 1; }
fi
export REGIE_TEST_PG="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
export REGIE_CHROMIUM=/usr/bin/chromium
# Each test host would watch its appsettings files for changes: hundreds of hosts in one run, next to a second test run on
# the same machine, reach the kernel's limit of 128 inotify instances per user. Tests never change those files.
export DOTNET_hostBuilder__reloadConfigOnChange=false
# The same for the web root: each host's file provider watches the static files it versions (asp-append-version), and
# the Web tests' hosts alone held 82 instances at once in a run of 2026-12-07; a second run beside it failed 20 tests.
# Polling watchers use no inotify instance, and tests never change those files either.
export DOTNET_USE_POLLING_FILE_WATCHER=true

results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
dotnet build Regie.slnx -c Debug -warnaserror 2>&1 | tail -n 3
dotnet test Regie.slnx --no-build --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  p=$(grep -o '<Counters [^>]*' "$f" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*')
  x=$(grep -o '<Counters [^>]*' "$f" | grep -o 'failed="[0-9]*"' | grep -o '[0-9]*')
  passed=$((passed + ${p:-0})); failed=$((failed + ${x:-0}))
done
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
