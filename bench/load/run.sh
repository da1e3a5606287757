#!/usr/bin/env bash
# Load test (issue 8): the application with region-preset data under N concurrent REST clients for S
# seconds (bench/load/Belasting.java: lists, client page, dashboards, melding intake, gemeente edits,
# iWmo declaration import). Samples server RSS and database connections every 5 s, then counts
# every write answered 2xx against what the database holds.
#   bench/load/run.sh [clients=50] [seconds=300] [--warehouse] [--no-preset]
#     --warehouse  also runs the Spark warehouse job (full run) against the same database WH_DELAY (10) s in
#                  (needs mvn -B -q -pl warehouse -am package -DskipTests), to show the dashboards
#                  keep answering while results are swapped
#     --no-preset  skip the region preset (demo data only; quicker)
# Uses a private mariadbd (Debian's, port 3498) and Payara Micro with the WAR (port 8498): bench/lib/omgeving.sh.
# Needs a build first:  mvn -B -DskipTests -pl web -am verify
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CLIENTS=50; SECONDS_LOAD=300; WAREHOUSE=no; PRESET=yes
for a in "$@"; do
  case "$a" in
    clients=*) CLIENTS=${a#clients=} ;;
    seconds=*) SECONDS_LOAD=${a#seconds=} ;;
    --warehouse) WAREHOUSE=yes ;;
    --no-preset) PRESET=no ;;
    *) echo "unknown argument $a" >&2; exit 2 ;;
  esac
done
DB_PORT=${DB_PORT:-3498}
HTTP_PORT=${HTTP_PORT:-8498}
DB_BUFFER=1G
. "$ROOT/bench/lib/omgeving.sh"
start_db
start_app

if [ "$PRESET" = yes ]; then
  t0=$(date +%s)
  curl -sf -u beheerder:wmo-demo -H 'Content-Type: application/json' -d '{"preset":"region","seed":2024}' \
    "$BASE/beheer/generator" >/dev/null
  while :; do
    s=$(curl -s -u beheerder:wmo-demo "$BASE/beheer/generator")
    echo "$s" | grep -q '"toestand":"BEZIG"' || break
    sleep 5
  done
  echo "region preset loaded in $(( $(date +%s) - t0 )) s: $(echo "$s" | head -c 300)"
fi
echo "rows: clients $(sql 'select count(*) from client'), indicaties $(sql 'select count(*) from indicatie'), declaration lines $(sql 'select count(*) from declaratie_regel')"

# Sampler: server RSS (MiB) and database connections every 5 s.
( while :; do
    echo "$(date +%s) $(( $(ps -o rss= -p $APP_PID) / 1024 )) $(sql "show global status like 'Threads_connected'" | awk '{print $2}')"
    sleep 5
  done ) >"$WORK/samples.log" 2>/dev/null &
SAMPLER=$!

if [ "$WAREHOUSE" = yes ]; then
  ( sleep "${WH_DELAY:-10}"; echo "warehouse start $(date +%s)"
    WH_JAVA_OPTS=-Xmx2g "$ROOT/warehouse/bin/warehouse" "lake=$WORK/lake" >"$WORK/warehouse.log" 2>&1
    echo "warehouse exit $? at $(date +%s)" ) >"$WORK/warehouse.status" &
  WH_PID=$!
fi

java "$ROOT/bench/load/Belasting.java" base=$BASE clients=$CLIENTS seconds=$SECONDS_LOAD out="$WORK/out" | tee "$WORK/report.txt"
[ -n "${WH_PID:-}" ] && { wait "$WH_PID" || true; }
kill $SAMPLER 2>/dev/null || true; SAMPLER=

RUN=$(cat "$WORK/out/run.txt")
n_meld=$(grep -c '^MELDING' "$WORK/out/writes.tsv" || true)
db_meld=$(sql "select count(*) from melding where omschrijving like 'Belasting $RUN m%'")
lost_meld=$(comm -23 <(grep '^MELDING' "$WORK/out/writes.tsv" | cut -f2 | sort -u) \
  <(sql "select omschrijving from melding where omschrijving like 'Belasting $RUN m%'" | sort -u) | grep -c . || true)
n_iwmo=$(grep -c '^IWMO' "$WORK/out/writes.tsv" || true)
db_iwmo=$(sql "select count(*) from iwmo_bericht where identificatie like 'L${RUN}X%'")
lost_iwmo=$(comm -23 <(grep '^IWMO' "$WORK/out/writes.tsv" | cut -f2 | sort -u) \
  <(sql "select identificatie from iwmo_bericht where identificatie like 'L${RUN}X%'" | sort -u) | grep -c . || true)
wrong_names=0
while IFS=$'\t' read -r id naam; do
  [ "$(sql "select naam from gemeente where id = $id")" = "$naam" ] || wrong_names=$((wrong_names + 1))
done <"$WORK/out/gemeenten.tsv"
echo
echo "| check | value |"
echo "|---|---|"
echo "| meldingen answered 201 / rows in database / answered but missing | $n_meld / $db_meld / $lost_meld |"
echo "| iWmo messages answered 2xx / rows in database / answered but missing | $n_iwmo / $db_iwmo / $lost_iwmo |"
echo "| edited gemeenten whose database name differs from the last accepted edit | $wrong_names of $(wc -l <"$WORK/out/gemeenten.tsv") |"
echo "| server RSS MiB (min / max) | $(awk '{print $2}' "$WORK/samples.log" | sort -n | sed -n '1p') / $(awk '{print $2}' "$WORK/samples.log" | sort -n | tail -1) |"
echo "| database connections (max sampled / Max_used_connections) | $(awk '{print $3}' "$WORK/samples.log" | sort -n | tail -1) / $(sql "show global status like 'Max_used_connections'" | awk '{print $2}') |"
echo "| stack traces in the server log | $(grep -c '^\s*at ' "$WORK/app.log" || true) lines |"
if [ "$WAREHOUSE" = yes ]; then
  echo "| warehouse job during the load | $(tr '\n' ' ' <"$WORK/warehouse.status") (load from $(head -1 "$WORK/samples.log" | cut -d' ' -f1)) |"
fi
echo "(raw data in $WORK)"
