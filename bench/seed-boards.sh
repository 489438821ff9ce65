#!/usr/bin/env bash
# Seeds a PostgreSQL database of the test cluster with a sector of synthetic boards, for bench/load-bench.sh and
# bench/sector-bench.sh: two boards imported through the CLI (200 and 500 services, from generated inventories), then
# BOARDS-2 boards copied in bulk by SQL, each with the first SERVICES_PER_COPY services (by name) of one imported board
# (SOURCE: 200 or 500) and that board's processes.
#
# Usage: bench/seed-boards.sh DATABASE CLI_DIR BOARDS SERVICES_PER_COPY SOURCE
# The database is dropped and made again. Prints one line: how many boards and services it seeded, and how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."
database=$1; cli_dir=$2; boards=$3; per_copy=$4; source=$5
pg="psql -h 127.0.0.1 -p 55432 -U postgres -v ON_ERROR_STOP=1 -qtA"
connection="Host=127.0.0.1;Port=55432;Username=postgres;Database=$database"
work=$(mktemp -d /tmp/regie-seed.XXXXXX)
trap 'rm -rf "$work"' EXIT
export REGIE_DATA="$PWD/data"
regie() { "$cli_dir/regie" --connection "$connection" "$@"; }

$pg -d postgres -c "drop database if exists $database with (force)" -c "create database $database"
python3 - "$work" <<'PY'
import sys, random
out = sys.argv[1]
rnd = random.Random(13)
known = ["Zoom", "Canva", "Magister", "Somtoday", "Parro", "Zermelo", "Microsoft Teams", "Google Classroom", "Kahoot!", "Padlet", "Social Schools"]
words = ["Rooster", "Toets", "Lees", "Reken", "Taal", "Ouder", "Leerling", "Portfolio", "Planner", "Bieb", "Muziek", "Sport", "Kunst", "Natuur"]
vendors = ["Microsoft", "Google", "Iddink", "Topicus", "Zivver BV"] + [f"Leverancier {k:02d} BV" for k in range(40)]
for n in (200, 500):
    with open(f"{out}/inventaris-{n}.csv", "w", encoding="utf-8-sig") as f:
        f.write("naam;processen;leerlingen;medewerkers;persoonsgegevens;leverancier;koppelt-met;contract-einde;exitclausule;exportformaten;dpia;jaarkosten\n")
        prev = ""
        for i in range(n):
            name = known[i] if i < len(known) else f"{rnd.choice(words)}{rnd.choice(words).lower()} {i:04d}"
            f.write(f"{name};Lesgeven, Leerlingadministratie;{rnd.randint(50, 3000)};{rnd.randint(5, 300)};leerlinggegevens;{rnd.choice(vendors)};"
                    f"{prev if i % 10 == 0 else ''};31-07-2027;{rnd.choice(['ja', 'nee'])};CSV;klaar;{rnd.randint(100, 20000)}\n")
            prev = name
PY
started=$(date +%s)
regie init --name "Bench 200" >/dev/null
regie --organisation "Bench 200" import "$work/inventaris-200.csv" >/dev/null
regie init --name "Bench 500" >/dev/null
regie --organisation "Bench 500" import "$work/inventaris-500.csv" >/dev/null
board200=$($pg -d "$database" -c "select \"Id\" from \"Organisations\" where \"Name\" = 'Bench 200'")
# Every column copied, with a new id and board, and one audit entry per board (its creation, as the app writes it).
from=$($pg -d "$database" -c "select \"Id\" from \"Organisations\" where \"Name\" = 'Bench $source'")
columns() { $pg -d "$database" -c "select string_agg(format('%I', column_name), ',' order by ordinal_position) from information_schema.columns where table_name = '$1' and column_name not in ($2)"; }
org_cols=$(columns Organisations "'Id','Name'")
svc_cols=$(columns Services "'Id','OrganisationId'")
proc_cols=$(columns Processes "'Id','OrganisationId'")
prefixed() { echo "$1" | sed "s/\"\([^\"]*\)\"/$2.\"\1\"/g"; }
$pg -d "$database" <<SQL
create temporary table boards as select gen_random_uuid() as id, format('Synthetisch bestuur %s', lpad(g::text, 4, '0')) as name from generate_series(1, $boards - 2) g;
insert into "Organisations" ("Id", "Name", $org_cols) select b.id, b.name, $(prefixed "$org_cols" o) from boards b, "Organisations" o where o."Id" = '$board200';
insert into "Services" ("Id", "OrganisationId", $svc_cols)
  select gen_random_uuid(), b.id, $(prefixed "$svc_cols" s) from boards b, (select * from "Services" where "OrganisationId" = '$from' order by "Name" limit $per_copy) s;
insert into "Processes" ("Id", "OrganisationId", $proc_cols)
  select gen_random_uuid(), b.id, $(prefixed "$proc_cols" p) from boards b, (select * from "Processes" where "OrganisationId" = '$from') p;
insert into "AuditEntries" ("OrganisationId", "Actor", "At", "Entity", "EntityId", "Action", "NewValues")
  select b.id, 'bench', now(), 'OrganisationEntity', b.id::text, 'Added', '{}' from boards b;
analyze;
SQL
echo "seeded $($pg -d "$database" -c 'select count(*) from "Organisations"') boards, $($pg -d "$database" -c 'select count(*) from "Services"') services in $(( $(date +%s) - started )) s"
