#!/usr/bin/env bash
# Load test (issue 8): the application with region-preset data under N concurrent REST clients for S
# seconds (bench/load/Belasting.java: lists, client page, dashboards, melding intake, gemeente edits,
# iWmo declaration import). Samples server RSS and database connections every 5 s, then counts
# every write answered 2xx against what the database holds.
#   bench/load/run.sh [clients=50] [seconds=300] [--warehouse] [--no-preset]
#     --warehouse  also runs the Spark warehouse job (full run) against the same database 60 s in
#                  (needs mvn -B -q -pl warehouse -am package -DskipTests), to show the dashboards
#                  keep answering while results are swapped
#     --no-preset  skip the region preset (demo data only; quicker)
# Uses a private mariadbd (Debian's, port 3498) and Payara Micro with the WAR (port 8498).
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
WORK=$(mktemp -d /tmp/wmo-load-XXXX)
DB_PORT=${DB_PORT:-3498}
HTTP_PORT=${HTTP_PORT:-8498}
BASE=http://127.0.0.1:$HTTP_PORT/wmo/api/v1
MICRO=$ROOT/web/target/payara-micro.jar
WAR=$ROOT/web/target/wmo.war
[ -f "$WAR" ] && [ -f "$MICRO" ] || { echo "build first: mvn -B -DskipTests -pl web -am verify" >&2; exit 2; }
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)
command -v mariadb >/dev/null || { echo "needs Debian's mariadb-server (apt-get install -y mariadb-server)" >&2; exit 2; }

cleanup() {
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "${DB_PID:-}" ] && kill "$DB_PID" 2>/dev/null || true
  jobs -p | xargs -r kill 2>/dev/null || true
}
trap cleanup EXIT
sql() { mariadb --socket="$WORK/db.sock" -N wmo -e "$1"; }

mariadb-install-db --no-defaults --user=root --datadir="$WORK/db" --auth-root-authentication-method=normal >"$WORK/install.log" 2>&1
"$MARIADBD" --no-defaults --user=root --datadir="$WORK/db" --port=$DB_PORT --bind-address=127.0.0.1 \
  --socket="$WORK/db.sock" --skip-grant-tables --innodb-buffer-pool-size=1G --max-connections=300 >>"$WORK/db.log" 2>&1 &
DB_PID=$!
for _ in $(seq 1 60); do mariadb --socket="$WORK/db.sock" -e "select 1" >/dev/null 2>&1 && break; sleep 0.5; done
mariadb --socket="$WORK/db.sock" -e "create database wmo"
# Test-only keys for this throw-away database (ADR 0008).
export WMO_BSN_SLEUTEL=$(head -c 32 /dev/urandom | base64) WMO_PSEUDONIEM_SLEUTEL=$(head -c 32 /dev/urandom | base64)
export WMO_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/wmo WMO_DB_USER=wmo WMO_DB_PASSWORD=wmo
WMO_DEMO_DATA=true java -Xmx1g -XX:+UseSerialGC -jar "$MICRO" --nocluster --disablephonehome --port $HTTP_PORT \
  --rootdir "$WORK/payara" --deploy "$WAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
t0=$(date +%s)
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u beheerder:wmo-demo $BASE/regio)" = 200 ] && break; sleep 1
done
echo "app up after $(( $(date +%s) - t0 )) s; work dir $WORK"

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
  ( sleep 60; echo "warehouse start $(date +%s)"
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
  echo "| warehouse job during the load | $(tr '\n' ' ' <"$WORK/warehouse.status") |"
fi
echo "(raw data in $WORK)"
