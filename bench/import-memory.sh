#!/usr/bin/env bash
# The server's memory for the largest allowed import (issue 12, point 6): starts Regie.Web (Release) on loopback with a
# fresh SQLite database and the demo board, posts a ~20 MB inventory CSV (just under ImportLimits.MaxBytes, about
# 100,000 rows, fixed seed) to POST /api/v1/import, and samples the process's resident memory (VmRSS) every 100 ms.
# Prints idle, peak (and peak minus idle) and the memory 0 s and 30 s after the answer.
# Usage: bench/import-memory.sh [PORT=5099]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-5099}
work=$(mktemp -d /tmp/regie-import-memory.XXXXXX)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

python3 - "$work/inventaris-20mb.csv" <<'PY'
import sys, random
rnd = random.Random(21)
words = ["Rooster", "Toets", "Lees", "Reken", "Taal", "Ouder", "Leerling", "Portfolio", "Planner", "Bieb", "Muziek", "Sport", "Kunst", "Natuur", "Geschiedenis"]
vendors = ["Microsoft", "Google", "Iddink", "Topicus", "Zivver BV"] + [f"Leverancier {k:03d} BV" for k in range(200)]
limit = 20 * 1024 * 1024 - 4096
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("naam;processen;leerlingen;medewerkers;persoonsgegevens;leverancier;contract-einde;exitclausule;exportformaten;dpia;kia;jaarkosten;notities\n")
    size, i = 0, 0
    while i < 99_999:
        i += 1
        line = f"{rnd.choice(words)}{rnd.choice(words).lower()} {i:06d};Lesgeven, Leerlingadministratie;{rnd.randint(50, 3000)};{rnd.randint(5, 300)};leerlinggegevens, resultaten;{rnd.choice(vendors)};31-07-2027;ja;CSV;klaar;bezig;{rnd.randint(100, 20000)};Regel {i} " + "x" * rnd.randint(60, 110) + "\n"
        if size + len(line.encode()) > limit:
            break
        f.write(line)
        size += len(line.encode())
PY
rows=$(($(wc -l < "$work/inventaris-20mb.csv") - 1))
echo "file: $(du -h "$work/inventaris-20mb.csv" | cut -f1), $rows rows"

dotnet build src/Regie.Web -c Release -v q -nologo 2>&1 | grep -E " error|rror\(s\)" || true
dotnet src/Regie.Web/bin/Release/net10.0/Regie.Web.dll \
  --urls "http://127.0.0.1:$port" --Regie:Database "$work/regie.db" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/import" > /dev/null 2>&1 && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$port/" > /dev/null; curl -fs "http://127.0.0.1:$port/import" > /dev/null
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status"; }
sleep 2
idle=$(rss)
: > "$work/samples"
( while kill -0 "$server" 2>/dev/null; do rss >> "$work/samples"; sleep 0.1; done ) &
sampler=$!
start=$(date +%s.%N)
status=$(curl -s -o "$work/answer.json" -w '%{http_code}' -X POST --data-binary "@$work/inventaris-20mb.csv" \
  "http://127.0.0.1:$port/api/v1/import?fileName=inventaris-20mb.csv&format=inventory")
end=$(date +%s.%N)
after0=$(rss)
sleep 30
after30=$(rss)
kill "$sampler" 2>/dev/null || true
peak=$(sort -n "$work/samples" | tail -1)
echo "answer: HTTP $status, $(du -h "$work/answer.json" | cut -f1) in $(python3 -c "print(f'{$end-$start:.1f}')") s"
echo "idle ${idle} MiB, peak ${peak} MiB (+$((peak - idle)) MiB), after 0 s ${after0} MiB, after 30 s ${after30} MiB"
