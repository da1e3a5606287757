#!/usr/bin/env bash
# Fault drill: MariaDB stops while the application is under read and write load, then comes back.
# Proves: requests fail fast with 503 problem+json while it is down (no hang beyond the pool wait),
# the application recovers by itself (pool validation), and every write answered 201 is in the
# database afterwards. Uses a private mariadbd (Debian's, port 3499) and Payara Micro (port 8499).
# Needs a build first:  mvn -B -DskipTests -pl web -am verify
# Usage: bench/faults/database-herstart.sh [seconds-down]   (prints a result table)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DOWN=${1:-20}
WORK=$(mktemp -d /tmp/wmo-fault-XXXX)
DB_PORT=${DB_PORT:-3499}
HTTP_PORT=${HTTP_PORT:-8499}
BASE=http://127.0.0.1:$HTTP_PORT/wmo/api/v1
AUTH=beheerder:wmo-demo
MICRO=$ROOT/web/target/payara-micro.jar
WAR=$ROOT/web/target/wmo.war
[ -f "$WAR" ] && [ -f "$MICRO" ] || { echo "build first: mvn -B -DskipTests -pl web -am verify" >&2; exit 2; }
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "${DB_PID:-}" ] && kill "$DB_PID" 2>/dev/null || true
  jobs -p | xargs -r kill 2>/dev/null || true
}
trap cleanup EXIT

start_db() {
  "$MARIADBD" --no-defaults --user=root --datadir="$WORK/db" --port=$DB_PORT --bind-address=127.0.0.1 \
    --socket="$WORK/db.sock" --skip-grant-tables --innodb-buffer-pool-size=256M >>"$WORK/db.log" 2>&1 &
  DB_PID=$!
  for _ in $(seq 1 60); do mariadb --socket="$WORK/db.sock" -e "select 1" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "mariadbd did not start" >&2; exit 1
}

mariadb-install-db --no-defaults --user=root --datadir="$WORK/db" --auth-root-authentication-method=normal >"$WORK/install.log" 2>&1
start_db
mariadb --socket="$WORK/db.sock" -e "create database wmo"
WMO_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/wmo WMO_DB_USER=wmo WMO_DB_PASSWORD=wmo WMO_DEMO_DATA=true \
  java -jar "$MICRO" --nocluster --disablephonehome --port $HTTP_PORT --rootdir "$WORK/payara" --deploy "$WAR" \
  >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u $AUTH $BASE/regio)" = 200 ] && break; sleep 1
done
echo "app up after start; work dir $WORK"

# Readers: a list with paging, every 100 ms. Writers: a new gemeente every 250 ms (unique code).
reader() { while [ ! -f "$WORK/stop" ]; do echo "$(date +%s.%N) $(curl -s -o /dev/null -m 30 -u $AUTH -w "%{time_total} %{http_code} %{content_type}" \
  "$BASE/gemeenten?size=20&sort=naam")" >>"$WORK/reads.log"; sleep 0.1; done; }
writer() { i=0; while [ ! -f "$WORK/stop" ]; do i=$((i+1)); code=$(printf 'GM%04d' $((5000 + i)))
  out=$(curl -s -o /dev/null -m 30 -u $AUTH -w "%{time_total} %{http_code}" -H 'Content-Type: application/json' \
    -d "{\"cbsCode\":\"$code\",\"naam\":\"Storingstest $i\",\"geldigVan\":\"2024-01-01\"}" "$BASE/gemeenten")
  echo "$out $code" >>"$WORK/writes.log"; sleep 0.25; done; }
phase() { echo "$1 $(date +%s.%N)" >>"$WORK/phases.log"; }
reader & R1=$!; reader & R2=$!; writer & W1=$!
phase load; sleep 10
phase stop; kill -TERM "$DB_PID"; wait "$DB_PID" 2>/dev/null || true; DB_PID=
sleep "$DOWN"
phase start; start_db
sleep 20
phase end
touch "$WORK/stop"; wait $R1 $R2 $W1 2>/dev/null || true

ok_writes=$(awk '$2==201{print $3}' "$WORK/writes.log" | sort -u)
n_ok=$(echo "$ok_writes" | grep -c . || true)
in_db=$(mariadb --socket="$WORK/db.sock" -N wmo -e "select cbs_code from gemeente where naam like 'Storingstest %'" | sort -u)
lost=$(comm -23 <(echo "$ok_writes") <(echo "$in_db") | grep -c . || true)
echo
echo "| measure | value |"
echo "|---|---|"
echo "| seconds database down | $DOWN |"
echo "| reads | $(wc -l <"$WORK/reads.log") ($(awk '$3==200' "$WORK/reads.log" | wc -l) x 200, $(awk '$3==503' "$WORK/reads.log" | wc -l) x 503, $(awk '$3!=200 && $3!=503' "$WORK/reads.log" | wc -l) other) |"
echo "| writes | $(wc -l <"$WORK/writes.log") ($n_ok x 201, $(awk '$2==503' "$WORK/writes.log" | wc -l) x 503, $(awk '$2!=201 && $2!=503' "$WORK/writes.log" | wc -l) other) |"
echo "| slowest 503 answer (s) | $( (awk '$3==503{print $2}' "$WORK/reads.log"; awk '$2==503{print $1}' "$WORK/writes.log") | sort -g | tail -1) |"
echo "| 503 answers that were problem+json | $(awk '$3==503 && $4 ~ /problem\+json/' "$WORK/reads.log" | wc -l) of $(awk '$3==503' "$WORK/reads.log" | wc -l) reads |"
echo "| writes answered 201 but missing in the database | $lost |"
echo "| rows written by the drill found in the database | $(echo "$in_db" | grep -c . || true) |"
START=$(awk '$1=="start"{print $2}' "$WORK/phases.log")
STOP=$(awk '$1=="stop"{print $2}' "$WORK/phases.log")
echo "| first 503 after the stop (s) | $(awk -v t="$STOP" '$1>t && $3==503{printf "%.1f", $1-t; exit}' "$WORK/reads.log") |"
echo "| first 200 after the restart (s) | $(awk -v t="$START" '$1>t && $3==200{printf "%.1f", $1-t; exit}' "$WORK/reads.log") |"
echo "| 5xx other than 503 | $(( $(awk '$3>=500 && $3!=503' "$WORK/reads.log" | wc -l) + $(awk '$2>=500 && $2!=503' "$WORK/writes.log" | wc -l) )) |"
echo "| stack traces in app log while down | $(grep -c 'at org.mariadb' "$WORK/app.log" || true) lines |"
echo "(raw logs in $WORK; database restarted at $START)"
