#!/usr/bin/env bash
# Fault drill (issue 8): the database refuses writes while uploads come in.
#   A. read-only: SET GLOBAL read_only = ON (the application's user has no admin rights);
#   B. disk full: MariaDB's data directory on a 1 GiB tmpfs that is then filled up (needs root
#      for mount; skipped with a note otherwise).
# Each case sends an iWmo declaration (~1.6 MB WMO323) and a melding intake, expects a clear
# 503 application/problem+json (OPSLAG_WEIGERT_SCHRIJVEN) and no row, then lifts the fault and
# sends the same again: 201 and exactly one row.
# Uses bench/lib/omgeving.sh (private MariaDB on port 3495, Payara Micro on 8495).
# Needs a build first:  mvn -B -DskipTests -pl web -am verify
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB_PORT=${DB_PORT:-3495}
HTTP_PORT=${HTTP_PORT:-8495}
WORK=$(mktemp -d /tmp/wmo-opslag-XXXX)
MOUNTED=no
if [ "$(id -u)" = 0 ] && mkdir -p "$WORK/fs" && mount -t tmpfs -o size=1G tmpfs "$WORK/fs" 2>/dev/null; then
  MOUNTED=yes
  DB_DIR=$WORK/fs/db
fi
. "$ROOT/bench/lib/omgeving.sh"
trap 'omgeving_opruimen; sleep 2; [ "$MOUNTED" = yes ] && umount -l "$WORK/fs" 2>/dev/null || true' EXIT
start_db
start_app

AGB=$(sql "select agb_code from aanbieder where agb_code is not null order by id limit 1")
AANBIEDER=$(sql "select min(id) from aanbieder")
GEMEENTE=$(sql "select min(id) from gemeente")

upload() { # $1 label; prints "iwmo-code melding-code"
  java "$ROOT/bench/faults/GrootBericht.java" "$AGB" 0828 2000 >"$WORK/$1.xml"
  local id; id=$(grep -o '<iwmo:Identificatie>[^<]*' "$WORK/$1.xml" | head -1 | cut -d'>' -f2)
  echo "$id" >"$WORK/$1.id"
  local c1 c2
  c1=$(curl -s -o "$WORK/$1.iwmo.json" -w '%{http_code} %{content_type}' -m 120 -u inkoop:wmo-demo \
    -H 'Content-Type: application/xml' --data-binary @"$WORK/$1.xml" "$BASE/iwmo/berichten")
  c2=$(curl -s -o "$WORK/$1.melding.json" -w '%{http_code} %{content_type}' -m 60 -u toezichthouder:wmo-demo \
    -H 'Content-Type: application/json' "$BASE/toezicht/meldingen" -d "{\"bron\":\"INWONER\",\"soort\":\"KLACHT\",
    \"aanbiederId\":$AANBIEDER,\"gemeenteId\":$GEMEENTE,\"gebeurtenisDatum\":\"$(date -d '-2 days' +%F)\",
    \"melddatum\":\"$(date +%F)\",\"omschrijving\":\"Opslagtest $1\"}")
  echo "$c1|$c2"
}
rows() { # $1 label
  echo "$(sql "select count(*) from iwmo_bericht where identificatie = '$(cat "$WORK/$1.id")'") message,"\
"$(sql "select count(*) from melding where omschrijving = 'Opslagtest $1'") melding"
}
code_of() { grep -o '"code":"[A-Z_]*"' "$1" | head -1 | cut -d'"' -f4; }

echo
echo "| fault | answer while faulty (iWmo / melding) | problem code | rows stored while faulty | after lifting the fault: answer, rows |"
echo "|---|---|---|---|---|"

# A. read-only
sql "set global read_only = ON"
a=$(upload alleenlezen)
r=$(rows alleenlezen)
sql "set global read_only = OFF"
cp "$WORK/alleenlezen.id" "$WORK/alleenlezen.eerste.id"
# the same message bytes again (same identification: one row after, not two)
c=$(curl -s -o /dev/null -w '%{http_code}' -u inkoop:wmo-demo -H 'Content-Type: application/xml' \
  --data-binary @"$WORK/alleenlezen.xml" "$BASE/iwmo/berichten")
echo "| database read-only | ${a//|/ / } | $(code_of "$WORK/alleenlezen.iwmo.json") / $(code_of "$WORK/alleenlezen.melding.json") | $r | iWmo $c, $(rows alleenlezen) |"

# B. disk full
if [ "$MOUNTED" = yes ]; then
  vrij=$(df --output=avail -B1 "$WORK/fs" | tail -1)
  fallocate -l $(( vrij - 256 * 1024 )) "$WORK/fs/vuller" || dd if=/dev/zero of="$WORK/fs/vuller" bs=1M count=$(( vrij / 1048576 )) 2>/dev/null || true
  b=$(upload schijfvol)
  r=$(rows schijfvol 2>/dev/null || echo "database not answering")
  rm -f "$WORK/fs/vuller"
  sleep 2
  c=$(curl -s -o /dev/null -w '%{http_code}' -u inkoop:wmo-demo -H 'Content-Type: application/xml' \
    --data-binary @"$WORK/schijfvol.xml" "$BASE/iwmo/berichten")
  echo "| database disk full (tmpfs) | ${b//|/ / } | $(code_of "$WORK/schijfvol.iwmo.json") / $(code_of "$WORK/schijfvol.melding.json") | $r | iWmo $c, $(rows schijfvol) |"
  echo "(mariadbd still running after the disk-full episode: $(kill -0 "$DB_PID" 2>/dev/null && echo yes || echo no))"
else
  echo "| database disk full | skipped: needs root to mount a tmpfs | | | |"
fi
echo "(stack traces in the server log: $(grep -c '^\s*at ' "$WORK/app.log" || true) lines; raw data in $WORK)"
