#!/usr/bin/env bash
# Warehouse benchmark skeleton (issue 7). Numbers go to docs/benchmarks.md by hand for now.
#   bench/warehouse/run.sh [preset]     preset: region (default) or national
# Steps:
#   1. generate the preset into a MariaDB (the toegang generator; not on this branch yet:
#      set WH_BENCH_GENERATE to its command, it receives the preset name);
#   2. run the job (full), measure seconds per phase (from wh_run) and peak RSS (/usr/bin/time -v);
#   3. run bench/warehouse/indicatoren.sql on MariaDB for the same indicators, measure seconds;
#   4. incremental: add one month of declarations (WH_BENCH_ADD_MONTH command) and run again.
# Needs WMO_DB_URL/USER/PASSWORD of a database you may fill. Leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=${1:-region}
: "${WMO_DB_URL:?set WMO_DB_URL (jdbc:mariadb://host:port/db)}"
if [ -n "${WH_BENCH_GENERATE:-}" ]; then
  echo "generating preset $preset"; $WH_BENCH_GENERATE "$preset"
fi
mvn -o -q -pl warehouse -am package -DskipTests
hostport=$(echo "$WMO_DB_URL" | sed -E 's#jdbc:(mariadb|mysql)://([^/]+)/([^?]+).*#\2 \3#')
host=${hostport%%:*}; rest=${hostport#*:}; port=${rest%% *}; db=${hostport##* }
mysql_cmd=(mysql -h "$host" -P "$port" -u "${WMO_DB_USER:-wmo}" "-p${WMO_DB_PASSWORD:-wmo-dev}" "$db")
echo "rows per input:"
"${mysql_cmd[@]}" -e "SELECT 'client', COUNT(*) FROM client UNION ALL SELECT 'indicatie', COUNT(*) FROM indicatie
  UNION ALL SELECT 'declaratie_regel', COUNT(*) FROM declaratie_regel UNION ALL SELECT 'doel_evaluatie', COUNT(*) FROM doel_evaluatie"
/usr/bin/time -v warehouse/bin/warehouse 2> target-wh-bench.time | tail -3
grep -E "Elapsed|Maximum resident" target-wh-bench.time
"${mysql_cmd[@]}" -e "SELECT id, status, duur_extract_ms, duur_transform_ms, duur_load_ms FROM wh_run ORDER BY id DESC LIMIT 1"
start=$(date +%s.%N)
"${mysql_cmd[@]}" < bench/warehouse/indicatoren.sql > /dev/null
echo "MariaDB SQL for the same indicators: $(echo "$(date +%s.%N) - $start" | bc) s"
if [ -n "${WH_BENCH_ADD_MONTH:-}" ]; then
  $WH_BENCH_ADD_MONTH
  /usr/bin/time -v warehouse/bin/warehouse 2> target-wh-bench-incr.time | tail -1
  grep -E "Elapsed|Maximum resident" target-wh-bench-incr.time
fi
