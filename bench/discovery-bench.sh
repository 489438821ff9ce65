#!/usr/bin/env bash
# Whole-process timing of bulk DNS discovery (issue 4): `regie discover --file` over N generated school domains served
# by a real Knot on loopback, bounded-concurrency run vs. a sequential baseline over fewer domains (extrapolated).
# Both knotd and regie are pinned to the same CPUs (default 0,1: "2 cores"), so the server competes with the client.
# Usage: bench/discovery-bench.sh [DOMAINS=10000] [SEQUENTIAL=500] [CONCURRENCY=64] [CPUS=0,1]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}; seq_n=${2:-500}; concurrency=${3:-64}; cpus=${4:-0,1}
command -v knotd >/dev/null 2>&1 || [ -x /usr/sbin/knotd ] || { echo "knotd ontbreekt: apt-get install -y knot"; exit 1; }
work=$(mktemp -d /tmp/regie-discovery-bench.XXXXXX)
knot_pid=""
cleanup() { [ -n "$knot_pid" ] && kill "$knot_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# School-like zones: 45% Microsoft 365, 25% Google, 10% SpamExperts gateway before Microsoft, 10% TransIP, 5% self-hosted, 5% Proton.
python3 - "$work" "$n" <<'PY'
import sys, os
work, n = sys.argv[1], int(sys.argv[2])
zones = os.path.join(work, "zones"); os.makedirs(zones)
kinds = ["m365"] * 9 + ["google"] * 5 + ["gateway"] * 2 + ["transip"] * 2 + ["self"] + ["proton"]
names = []
for i in range(n):
    d = f"school-{i:05d}.test"; k = kinds[i % len(kinds)]; names.append(d)
    z = [f"$ORIGIN {d}.", "$TTL 3600", f"@ SOA ns1.{d}. hostmaster.{d}. 1 3600 600 86400 300", "www A 192.0.2.10"]
    t = d.replace(".", "-")
    if k == "m365":
        z += ["@ NS ns1-01.azure-dns.com.", f"@ MX 0 {t}.mail.protection.outlook.com.", '@ TXT "MS=ms1234"', '@ TXT "v=spf1 include:spf.protection.outlook.com -all"',
              "autodiscover CNAME autodiscover.outlook.com.", "enterpriseregistration CNAME enterpriseregistration.windows.net.",
              "enterpriseenrollment CNAME enterpriseenrollment.manage.microsoft.com.", f"selector1._domainkey CNAME selector1-{t}._domainkey.x.onmicrosoft.com."]
    elif k == "google":
        z += ["@ NS ns-cloud-a1.googledomains.com.", "@ MX 1 smtp.google.com.", '@ TXT "v=spf1 include:_spf.google.com ~all"',
              'google._domainkey TXT "v=DKIM1; k=rsa; p=MIIBIjANBg"']
    elif k == "gateway":
        z += ["@ NS ns0.transip.net.", "@ MX 10 mx.spamexperts.com.", "@ MX 20 fallbackmx.spamexperts.eu.",
              '@ TXT "v=spf1 include:spf.protection.outlook.com -all"', "autodiscover CNAME autodiscover.outlook.com."]
    elif k == "transip":
        z += ["@ NS ns0.transip.net.", "@ NS ns1.transip.nl.", "@ MX 10 mx.transip.email.", '@ TXT "v=spf1 include:_spf.transip.email ~all"']
    elif k == "self":
        z += ["@ NS ns1", "ns1 A 192.0.2.31", "@ MX 10 mail", "mail A 192.0.2.33", '@ TXT "v=spf1 mx -all"']
    else:
        z += ["@ NS hydrogen.ns.hetzner.com.", "@ MX 10 mail.protonmail.ch.", '@ TXT "v=spf1 include:_spf.protonmail.ch ~all"',
              "protonmail._domainkey CNAME protonmail.domainkey.dxyz.domains.proton.ch."]
    open(os.path.join(zones, d + ".zone"), "w").write("\n".join(z) + "\n")
open(os.path.join(work, "domains.txt"), "w").write("\n".join(names) + "\n")
open(os.path.join(work, "zones.conf"), "w").write("".join(f"  - domain: {d}\n" for d in names))
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
# Wait until the last zone answers (loading 10,000 zones takes a few seconds).
last=$(tail -n 1 "$work/domains.txt")
for _ in $(seq 1 300); do
  dotnet "$regie" discover "$last" --nameserver "127.0.0.1:$port" --retries 0 --timeout 0.5 --format csv --quiet 2>/dev/null | grep -q ",Resolved," && break
  sleep 0.5
done

run() { # label domains-file concurrency
  local start end
  start=$(date +%s.%N)
  taskset -c "$cpus" dotnet "$regie" discover --file "$2" --nameserver "127.0.0.1:$port" --concurrency "$3" --retries 1 --format csv --summary --quiet > "$work/$1.csv"
  end=$(date +%s.%N)
  python3 -c "print(f'{\"$1\":<12} domains={sum(1 for _ in open(\"$2\")):>6} concurrency=$3  {($end-$start):7.2f} s')"
}
head -n "$seq_n" "$work/domains.txt" > "$work/sequential.txt"
run sequential "$work/sequential.txt" 1
run bulk "$work/domains.txt" "$concurrency"
echo "--- summary of the bulk run (csv)"; cat "$work/bulk.csv"
