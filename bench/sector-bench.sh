#!/usr/bin/env bash
# The sector end to end (issue 15, point 7; target < 10 s): seeds the PostgreSQL test cluster with a sector of synthetic
# boards (bench/seed-boards.sh, as bench/load-bench.sh does), then one process loads every board's landscape
# (SectorLandscapes.LoadSectorLandscapesAsync), analyses it with the figures path (BoardAssessor.Figures +
# DependencyAnalysis.Figures) and aggregates per ultimate parent, timing each step; then the same landscapes by the full
# path (Assess + Analyse) for the ratio in the same run.
#
# Usage: bench/sector-bench.sh [--boards 1600] [--services 125] [--runs 3] [--keep]
#   --services  services of each copied board (the two imported boards have 200 and 500)
#   --runs      whole-process runs after seeding (each loads, analyses and aggregates anew)
#   --keep      keep the database regie_sector_bench afterwards (default: dropped)
# Needs the test cluster (scripts/test.sh starts it: Host=127.0.0.1;Port=55432;Username=postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
boards=1600; services=125; runs=3; keep=false
while [ $# -gt 0 ]; do
  case $1 in
    --boards) boards=$2; shift 2 ;;
    --services) services=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done
pg="psql -h 127.0.0.1 -p 55432 -U postgres -v ON_ERROR_STOP=1 -qtA"
$pg -d postgres -c "select 1" >/dev/null || { echo "PostgreSQL test cluster not running on 55432 (scripts/test.sh starts it)"; exit 1; }
database=regie_sector_bench
connection="Host=127.0.0.1;Port=55432;Username=postgres;Database=$database"
cleanup() { $keep || $pg -d postgres -c "drop database if exists $database with (force)" >/dev/null 2>&1 || true; }
trap cleanup EXIT

dotnet build src/Regie.Cli -c Release -v q -nologo 2>&1 | grep -E " error|rror\(s\)" || true
dotnet build bench/Regie.Bench -c Release -v q -nologo 2>&1 | grep -E " error|rror\(s\)" || true
bench/seed-boards.sh "$database" src/Regie.Cli/bin/Release/net10.0 "$boards" "$services" 500
for run in $(seq 1 "$runs"); do
  printf "\nrun %s of %s, %s, load average %s\n" "$run" "$runs" "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "process: %e s wall, %U s user, %S s system, peak %M KiB" \
    dotnet bench/Regie.Bench/bin/Release/net10.0/Regie.Bench.dll --sector-from-database "$connection"
done
