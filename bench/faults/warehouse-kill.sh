#!/usr/bin/env bash
# Fault drill (issue 8): the warehouse job is killed (kill -9) half-way.
# Proves: the previous results stay active and intact (same run id, same rows, the dashboard API
# answers the same), the killed run is recognised as broken off, and the next run succeeds.
#   1. a full run (the "previous results");
#   2. a second run, killed when it reaches phase $FASE (TRANSFORM by default, or LOAD: rows of the
#      killed run are then half written next to the active ones);
#   3. a third run.
# Uses bench/lib/omgeving.sh (private MariaDB on port 3494, Payara Micro on 8494; demo data).
# Needs:  mvn -B -DskipTests -pl warehouse,web -am verify   (WAR + warehouse/target/classpath.txt)
# Usage: bench/faults/warehouse-kill.sh [TRANSFORM|LOAD]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FASE=${1:-TRANSFORM}
DB_PORT=${DB_PORT:-3494}
HTTP_PORT=${HTTP_PORT:-8494}
[ -f "$ROOT/warehouse/target/classpath.txt" ] || { echo "build first: mvn -B -DskipTests -pl warehouse,web -am verify" >&2; exit 2; }
. "$ROOT/bench/lib/omgeving.sh"
start_db
start_app
export WH_JAVA_OPTS=${WH_JAVA_OPTS:--Xmx1g}
job() { "$ROOT/warehouse/bin/warehouse" "lake=$WORK/lake" "$@"; }
actief() { sql "select run_id from wh_actief"; }
inhoud() { sql "select count(*), coalesce(sum(kosten_cent), 0) from wh_indicator where run_id = $(actief)" | tr '\t' ' '; }
dashboard() { curl -s -u controller:wmo-demo "$BASE/warehouse/indicatoren" | sha256sum | cut -c1-12; }

t0=$(date +%s); job >"$WORK/run1.log" 2>&1; echo "run 1: exit $? in $(( $(date +%s) - t0 )) s"
R1=$(actief); I1=$(inhoud); D1=$(dashboard)

job >"$WORK/run2.log" 2>&1 &
JOB=$!
R2=
for _ in $(seq 1 1200); do
  R2=$(sql "select max(id) from wh_run")
  if [ "$R2" != "$R1" ] && [ "$(sql "select coalesce(fase, status) from wh_run where id = $R2")" = "$FASE" ]; then
    # LOAD: wait until the run's first result rows are written, to kill it half-way through them
    [ "$FASE" != LOAD ] && { sleep 1; break; }
    [ "$(sql "select count(*) from wh_dim_gemeente where run_id = $R2")" -gt 0 ] && break
  fi
  sleep 0.1
done
kill -9 $(pgrep -f "nl.wmoregio.warehouse.Main lake=$WORK/lake" || echo $JOB) 2>/dev/null || true
wait $JOB 2>/dev/null || true
S2=$(sql "select concat(status, '/', coalesce(fase, '-')) from wh_run where id = $R2")
R_NA=$(actief); I_NA=$(inhoud); D_NA=$(dashboard)
HALF=$(sql "select (select count(*) from wh_dim_gemeente where run_id = $R2) + (select count(*) from wh_indicator where run_id = $R2)")

t0=$(date +%s); set +e; job >"$WORK/run3.log" 2>&1; E3=$?; set -e
R3=$(actief); S2_NA=$(sql "select status from wh_run where id = $R2")
echo
echo "| step | result |"
echo "|---|---|"
echo "| run 1 (previous results) | run $R1 active: $I1 (indicator rows, cost) |"
echo "| run $R2 killed in phase | $FASE; status right after the kill: $S2; its rows already written (gemeente dimension + indicators): $HALF |"
echo "| active results after the kill | run $R_NA: $I_NA; dashboard API answer $( [ "$D1" = "$D_NA" ] && echo identical || echo CHANGED ) |"
echo "| next run | exit $E3 in $(( $(date +%s) - t0 )) s; active run now $R3; killed run $R2 now $S2_NA |"
echo "| rows of the killed run left after the next run | $(sql "select count(*) from wh_indicator where run_id = $R2") |"
echo "(logs in $WORK)"
