#!/usr/bin/env bash
# The sector scan (issue 15 point 7: 10,000 school domains against a local DNS server < 60 s, "met today: keep it"):
# a generated DUO register of BOARDS boards and DOMAINS schools, each school its own domain served by a real Knot on
# loopback (the zone mix of bench/discovery-bench.sh), then in one run
#   1. `regie sector register` of the two files,
#   2. `regie sector scan --concurrency C` (discovery + storing every result in SQLite, a hundred at a time),
#   3. `regie discover --file` over the same domains (discovery alone, issue 4's measurement) for the ratio.
# Knot and Regie are pinned to the same CPUs, as in bench/discovery-bench.sh.
# Usage: bench/sector-scan-bench.sh [DOMAINS=10000] [BOARDS=1600] [CONCURRENCY=64] [CPUS=0,1]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}; boards=${2:-1600}; concurrency=${3:-64}; cpus=${4:-0,1}
command -v knotd >/dev/null 2>&1 || [ -x /usr/sbin/knotd ] || { echo "knotd ontbreekt: apt-get install -y knot"; exit 1; }
work=$(mktemp -d /tmp/regie-sector-scan-bench.XXXXXX)
knot_pid=""
cleanup() { [ -n "$knot_pid" ] && kill "$knot_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

python3 - "$work" "$n" "$boards" <<'PY'
import sys, os
work, n, boards = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
zones = os.path.join(work, "zones"); os.makedirs(zones)
kinds = ["m365"] * 9 + ["google"] * 5 + ["gateway"] * 2 + ["transip"] * 2 + ["self"] + ["proton"]
names = []
for i in range(n):
    d = f"school-{i:05d}.test"; k = kinds[i % len(kinds)]; names.append(d)
    z = [f"$ORIGIN {d}.", "$TTL 3600", f"@ SOA ns1.{d}. hostmaster.{d}. 1 3600 600 86400 300", "www A 192.0.2.10"]
    t = d.replace(".", "-")
    if k == "m365":
        z += ["@ NS ns1-01.azure-dns.com.", f"@ MX 0 {t}.mail.protection.outlook.com.", '@ TXT "MS=ms1234"', '@ TXT "v=spf1 include:spf.protection.outlook.com -all"',
              "autodiscover CNAME autodiscover.outlook.com.", f"selector1._domainkey CNAME selector1-{t}._domainkey.x.onmicrosoft.com."]
    elif k == "google":
        z += ["@ NS ns-cloud-a1.googledomains.com.", "@ MX 1 smtp.google.com.", '@ TXT "v=spf1 include:_spf.google.com ~all"']
    elif k == "gateway":
        z += ["@ NS ns0.transip.net.", "@ MX 10 mx.spamexperts.com.", '@ TXT "v=spf1 include:spf.protection.outlook.com -all"']
    elif k == "transip":
        z += ["@ NS ns0.transip.net.", "@ MX 10 mx.transip.email.", '@ TXT "v=spf1 include:_spf.transip.email ~all"']
    elif k == "self":
        z += ["@ NS ns1", "ns1 A 192.0.2.31", "@ MX 10 mail", "mail A 192.0.2.33", '@ TXT "v=spf1 mx -all"']
    else:
        z += ["@ NS hydrogen.ns.hetzner.com.", "@ MX 10 mail.protonmail.ch.", '@ TXT "v=spf1 include:_spf.protonmail.ch ~all"']
    open(os.path.join(zones, d + ".zone"), "w").write("\n".join(z) + "\n")
open(os.path.join(work, "domains.txt"), "w").write("\n".join(names) + "\n")
open(os.path.join(work, "zones.conf"), "w").write("".join(f"  - domain: {d}\n" for d in names))
# DUO's column format (tests/fixtures/duo): a board file without websites, so the register's domains are the schools'.
with open(os.path.join(work, "05-adressen-schoolbesturen.csv"), "w", encoding="utf-8") as f:
    f.write("BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM;GEMEENTENAAM;INTERNETADRES\n")
    for b in range(boards):
        f.write(f"{40000 + b};Stichting Bench {b};BENCHSTAD;\n")
provinces = ["Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg"]
with open(os.path.join(work, "03-alle-vestigingen-bo.csv"), "w", encoding="utf-8") as f:
    f.write("PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;GEMEENTENAAM;INTERNETADRES\n")
    for i, d in enumerate(names):
        brin = f"{i // 26 // 26 % 100:02d}{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}"
        f.write(f"{provinces[i % 12]};{40000 + i % boards};{brin};{i // 6760:02d};School {i};BENCHSTAD;www.{d}\n")
PY

port=$(python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/db"
cat > "$work/knot.conf" <<CONF
server:
    listen: 127.0.0.1@$port
    rundir: $work
control:
    listen: $work/knot.sock
database:
    storage: $work/db
log:
  - target: stderr
    any: error
template:
  - id: default
    storage: $work/zones
    file: "%s.zone"
    zonefile-sync: -1
    journal-content: none
zone:
$(cat "$work/zones.conf")
CONF
knotd=$(command -v knotd || echo /usr/sbin/knotd)
taskset -c "$cpus" "$knotd" -c "$work/knot.conf" 2>"$work/knot.log" &
knot_pid=$!

dotnet build src/Regie.Cli -c Release -v q -nologo 2>&1 | grep -E "error|Warn" || true
regie=src/Regie.Cli/bin/Release/net10.0/regie.dll
export REGIE_DATA="$PWD/data"
last=$(tail -n 1 "$work/domains.txt")
for _ in $(seq 1 300); do
  dotnet "$regie" discover "$last" --nameserver "127.0.0.1:$port" --retries 0 --timeout 0.5 --format csv --quiet 2>/dev/null | grep -q ",Resolved," && break
  sleep 0.5
done

timed() { # label command...
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/$label.out"
  end=$(date +%s.%N)
  python3 -c "print(f'{\"$label\":<10} {($end-$start):7.2f} s')" | tee -a "$work/times"
}
db="$work/sector.db"
timed register taskset -c "$cpus" dotnet "$regie" --database "$db" sector register "$work/05-adressen-schoolbesturen.csv" "$work/03-alle-vestigingen-bo.csv"
timed scan taskset -c "$cpus" dotnet "$regie" --database "$db" sector scan --nameserver "127.0.0.1:$port" --concurrency "$concurrency" --retries 1 --quiet
timed discover taskset -c "$cpus" dotnet "$regie" discover --file "$work/domains.txt" --nameserver "127.0.0.1:$port" --concurrency "$concurrency" --retries 1 --format csv --quiet
tail -n 1 "$work/register.out"; tail -n 1 "$work/scan.out"
python3 - "$work/times" <<'PY'
import sys
t = {l.split()[0]: float(l.split()[1]) for l in open(sys.argv[1])}
print(f"scan / discover (same domains, same run): {t['scan'] / t['discover']:.2f}")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
