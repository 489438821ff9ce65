#!/usr/bin/env bash
# Whole-process timing of `regie import` (issue 12, point 8): each import runs on a fresh copy of a just-initialised SQLite
# database, start-up, loading the data folder and JIT included. Files are generated with a fixed seed:
#   entra-1.csv               one row: the fixed cost of an import (start-up, catalog, database), the simplest baseline
#   entra-5000.csv            5,000 rows over 11 catalog products (the shape of the 4.0 s baseline of session 3)
#   entra-5000-distinct.csv   5,000 distinct apps, a tenth catalog products, the rest the board's own
#   inventaris-50000.csv      50,000 distinct services, most columns filled, 205 vendors (200 the catalog lacks), a tenth
#                             integrate with the row before
# Usage: bench/import-bench.sh [RUNS=3] [REGIE_CLI_DIR=src/Regie.Cli/bin/Release/net10.0]
# Set REGIE_CLI_DIR to another build (e.g. of an older commit) to compare; the files and database are the same. A published
# CLI (`dotnet publish src/Regie.Cli -c Release -o DIR`, ReadyToRun) is measured the same way: pass DIR.
# REGIE_TRACE=1 makes every command print the time of its start-up phases to stderr (src/Regie.Cli/StartupTrace.cs).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
cli_dir=${2:-}
work=$(mktemp -d /tmp/regie-import-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys, random
out = sys.argv[1]
rnd = random.Random(12)
products = ["Zoom", "Canva", "Magister", "Somtoday", "Parro", "Zermelo", "Microsoft Teams", "Google Classroom", "Kahoot!", "Padlet", "Social Schools"]
words = ["Rooster", "Toets", "Lees", "Reken", "Taal", "Ouder", "Leerling", "Portfolio", "Planner", "Bieb", "Muziek", "Sport", "Kunst", "Natuur", "Geschiedenis"]
hdr = "id,displayName,appId,createdDateTime,applicationType,accountEnabled,applicationVisibility,assignmentRequired,isAppProxy,homepageUrl\n"
def guid(): return "%08x-%04x-4%03x-8%03x-%012x" % (rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(12), rnd.getrandbits(12), rnd.getrandbits(48))
def entra(path, n, name, homepage):
    with open(path, "w", encoding="utf-8-sig") as f:
        f.write(hdr)
        for i in range(n):
            f.write(f"{guid()},{name(i)},{guid()},2024-09-02T08:14:31Z,Enterprise Applications,True,Visible,False,False,{homepage(i)}\n")
entra(f"{out}/entra-5000.csv", 5000, lambda i: products[i % len(products)], lambda i: "")
entra(f"{out}/entra-5000-distinct.csv", 5000,
      lambda i: products[i % len(products)] if i % 10 == 0 else f"{rnd.choice(words)}{rnd.choice(words).lower()} {i:05d}",
      lambda i: f"https://app{i}.example.nl")
with open(f"{out}/entra-5000.csv", encoding="utf-8-sig") as f, open(f"{out}/entra-1.csv", "w", encoding="utf-8-sig") as one:
    one.write(f.readline() + f.readline())
vendors = ["Microsoft", "Google", "Iddink", "Topicus", "Zivver BV"] + [f"Leverancier {k:03d} BV" for k in range(200)]
with open(f"{out}/inventaris-50000.csv", "w", encoding="utf-8-sig") as f:
    f.write("naam;catalogus-id;processen;leerlingen;medewerkers;persoonsgegevens;leverancier;hostingpartij;regio;datalocatie;logt-in-via;gehost-op;koppelt-met;contract-einde;exitclausule;exportformaten;dpia;kia;jaarkosten;notities\n")
    prev = ""
    for i in range(1, 50001):
        name = f"{rnd.choice(words)}{rnd.choice(words).lower()} {i:06d}"
        f.write(f"{name};;Lesgeven, Leerlingadministratie;{rnd.randint(50, 3000)};{rnd.randint(5, 300)};leerlinggegevens, resultaten;{rnd.choice(vendors)};;;;;;{prev if i % 10 == 0 else ''};31-07-2027;ja;CSV;klaar;bezig;{rnd.randint(100, 20000)};Regel {i}\n")
        prev = name
# A register of 5,000 services and its next version: every row changes two fields (the re-import preview, point 8).
names = [f"{rnd.choice(words)}{rnd.choice(words).lower()} {i:05d}" for i in range(5000)]
for path, dpia in ((f"{out}/register-5000.csv", "bezig"), (f"{out}/register-5000-v2.csv", "klaar")):
    with open(path, "w", encoding="utf-8-sig") as f:
        f.write("naam;leerlingen;dpia\n")
        for name in names:
            f.write(f"{name};{rnd.randint(1, 3000)};{dpia}\n")
with open(f"{out}/register-5000-v2.csv", encoding="utf-8-sig") as f, open(f"{out}/register-1-v2.csv", "w", encoding="utf-8-sig") as one:
    one.write(f.readline() + f.readline())
PY

if [ -z "$cli_dir" ]; then
  dotnet build src/Regie.Cli -c Release -v q -nologo 2>&1 | grep -E " error|rror\(s\)" || true
  cli_dir=src/Regie.Cli/bin/Release/net10.0
fi
regie="$cli_dir/regie"
export REGIE_DATA="$PWD/data"
"$regie" --database "$work/base.db" init --name "Stichting Bench" >/dev/null

run() { # file format-option...
  local file=$1; shift
  local times=()
  for _ in $(seq 1 "$runs"); do
    cp "${BASE_DB:-$work/base.db}" "$work/run.db"
    local start end
    start=$(date +%s.%N)
    "$regie" --database "$work/run.db" import "$work/$file" "$@" > "$work/out.txt" 2>&1 || { echo "$file: import failed"; tail -3 "$work/out.txt"; return; }
    end=$(date +%s.%N)
    times+=("$(python3 -c "print(f'{$end-$start:.2f}')")")
  done
  python3 - "$file" "${times[@]}" <<'PY'
import sys, statistics
file, times = sys.argv[1], [float(t) for t in sys.argv[2:]]
print(f"{file:<26} median {statistics.median(times):6.2f} s   runs {' '.join(f'{t:.2f}' for t in times)}")
PY
  head -n 1 "$work/out.txt" | cut -c1-160
}

run entra-1.csv --format entra
run entra-5000.csv --format entra
run entra-5000-distinct.csv --format entra
run inventaris-50000.csv

# The preview of a 5,000-row re-import: a board holding register-5000.csv previews its next version (--dry-run, nothing
# stored). The one-row preview on the same board is the fixed cost (start-up, catalog, loading the 5,000-service board);
# the difference is the preview's own work: reading and matching 5,000 rows, and comparing them field by field.
cp "$work/base.db" "$work/register.db"
"$regie" --database "$work/register.db" import "$work/register-5000.csv" >/dev/null
BASE_DB="$work/register.db" run register-1-v2.csv --dry-run
BASE_DB="$work/register.db" run register-5000-v2.csv --dry-run
