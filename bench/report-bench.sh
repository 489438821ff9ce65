#!/usr/bin/env bash
# Whole-process timing of `regie report` (issue 14, point 5: the PDF of a 200-service board in under 5 s end to end).
# A fresh SQLite board gets a 200-row inventory (150 catalog products with their processes, 50 own services, a third signing in
# through Entra ID and some hosted on another service); then, in turns:
#   A  regie report --output r.pdf    (start-up, analysis, HTML, Chromium printing the PDF)
#   B  regie report --output r.html   (the same without the PDF: what printing costs)
#   C  regie score --format json      (the simplest baseline: start-up and the assessment alone)
# Usage: bench/report-bench.sh [RUNS=5] [REGIE_CLI_DIR=src/Regie.Cli/bin/Release/net10.0]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
cli_dir=${2:-src/Regie.Cli/bin/Release/net10.0}
[ -x "$cli_dir/regie" ] || dotnet build src/Regie.Cli -c Release -nologo -v q >/dev/null
work=$(mktemp -d /tmp/regie-report-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
regie() { "$cli_dir/regie" --database "$work/regie.db" --data "$PWD/data" "$@"; }

python3 - "$work" "$PWD/data/catalog/products.yaml" <<'PY'
import sys, re
out, products = sys.argv[1], sys.argv[2]
names = [m.group(1).strip().strip('"') for m in re.finditer(r"^\s+name:\s*(.+)$", open(products, encoding="utf-8").read(), re.M)]
names = list(dict.fromkeys(names))[:150]
processes = ["lesgeven", "leerlingadministratie", "toetsing", "communicatie-met-ouders", "opslag-en-samenwerken", "identiteit-en-toegang"]
with open(f"{out}/inventaris-200.csv", "w", encoding="utf-8-sig") as f:
    f.write("naam;processen;leerlingen;persoonsgegevens;logt-in-via;gehost-op\n")
    f.write("Microsoft Entra ID;identiteit-en-toegang;4000;accountgegevens;;\n")
    for i, name in enumerate(names):
        if name == "Microsoft Entra ID":
            continue
        f.write(f"{name};{processes[i % len(processes)]};{(i * 37) % 4000};leerlinggegevens;{'Microsoft Entra ID' if i % 3 == 0 else ''};\n")
    for i in range(200 - len(names)):
        f.write(f"Eigen applicatie {i:03d};{processes[i % len(processes)]};{i * 11};;{'Microsoft Entra ID' if i % 2 == 0 else ''};{'Eigen applicatie 000' if i % 5 == 1 else ''}\n")
PY
regie init --name "Stichting Rapport" --sector po,vo --pupils 4000 --staff 400 >/dev/null
regie import "$work/inventaris-200.csv" | tail -1
echo "services: $(regie score --format csv | tail -n +2 | wc -l)"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
# Paths here hold no spaces: one string per command, split as a shell splits words (what farm-bench's --vs does).
r="$cli_dir/regie --database $work/regie.db --data $PWD/data"
farm-bench -n "$runs" --timeout 600 --vs "$r report --output $work/r.html" -- $r report --output "$work/r.pdf" 2>&1 || true
farm-bench -n "$runs" --timeout 600 --vs "$r score --format json" -- $r report --output "$work/r.pdf" 2>&1 || true
echo "pages: $(pdfinfo "$work/r.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')  pdf bytes: $(stat -c %s "$work/r.pdf")"
