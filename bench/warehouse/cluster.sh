#!/usr/bin/env bash
# A real Spark cluster on loopback (issue 20 point 4): a standalone master and two workers started
# from the Spark jars Maven already has (no Spark download), the shaded job submitted to it with
# SparkSubmit (what bin/spark-submit runs), the lake on a local path master, workers, executors and
# driver all share, and the results compared ROW BY ROW with a local run on the same database.
#
#   bench/warehouse/cluster.sh [--clienten N] [--skip-build] [--skip-generate]
#
# Database: WMO_DB_URL (default jdbc:mariadb://127.0.0.1:3306/wh_bench_cluster), WMO_DB_USER (root),
# WMO_DB_PASSWORD (empty). Unless --skip-generate it is DROPPED and generated anew (region preset scaled
# to --clienten, default 1000: years 2021-2023, ~40k source rows) by bench/warehouse/run.sh.
# Everything binds to 127.0.0.1: master 8143 (web UI 8140), workers 8144/8145 (web UI 8141/8142);
# executors and the driver take free ephemeral ports. Output and logs: target/wh-cluster/.
# Exit code 0 only when the cluster run is KLAAR and every result table is identical to the local run's.
# Cost on the 2-core machine: about 2-4 minutes (two job runs + the cluster start), so it is a bench
# script that CI may call, not part of `mvn verify`. Leaves nothing running (trap stops what it started).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
clienten=1000; build=1; generate=1
while [ $# -gt 0 ]; do
  case "$1" in
    --clienten) clienten="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    --skip-generate) generate=0; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
url="${WMO_DB_URL:-jdbc:mariadb://127.0.0.1:3306/wh_bench_cluster}"
user="${WMO_DB_USER:-root}"; password="${WMO_DB_PASSWORD:-}"
db=$(echo "$url" | sed -E 's#jdbc:(mariadb|mysql)://[^/]+/([^?]+).*#\2#')
hostport=$(echo "$url" | sed -E 's#jdbc:(mariadb|mysql)://([^/]+)/.*#\2#')
host=${hostport%%:*}; port=${hostport#*:}; [ "$port" = "$hostport" ] && port=3306
out="$root/target/wh-cluster"; mkdir -p "$out"
mysql_base=(mysql --protocol=TCP -h "$host" -P "$port" -u "$user"); [ -n "$password" ] && mysql_base+=("-p$password")
peil=2024-06-30
master_url="spark://127.0.0.1:8143"
export SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
t0=$(date +%s)
say() { echo "[cluster $(( $(date +%s) - t0 ))s] $*"; }

if [ "$build" = 1 ]; then
  say "build: classpath (with Spark) and the shaded job (Spark provided)"
  mvn -B -q -pl warehouse -am package -DskipTests
  mvn -B -q -Pshaded -pl warehouse -am package -DskipTests
fi
jar=$(ls "$root"/warehouse/target/wmo-warehouse-*-shaded.jar | head -1)
cp_file="$root/warehouse/target/classpath.txt"
[ -f "$jar" ] && [ -f "$cp_file" ] || { echo "build first (no shaded jar or classpath.txt)" >&2; exit 3; }

# A SPARK_HOME made of links to the Maven jars: the standalone Worker builds each executor's class
# path from $SPARK_HOME/jars (WorkerCommandBuilder), nothing else of a Spark distribution is needed.
home="$out/spark-home"; rm -rf "$home"; mkdir -p "$home/jars" "$home/conf"
tr ':' '\n' < "$cp_file" | while read -r j; do [ -n "$j" ] && ln -sf "$j" "$home/jars/$(basename "$j")"; done
cp "$root/warehouse/src/main/resources/log4j2.xml" "$home/conf/log4j2.xml" 2>/dev/null || true
export SPARK_HOME="$home"
spark_java() { java -Xmx512m @"$root/warehouse/spark-java17.args" -cp "$home/conf:$home/jars/*" "$@"; }

if [ "$generate" = 1 ]; then
  say "generate $db (region preset, $clienten clients)"
  WMO_DB_URL="$url" WMO_DB_USER="$user" WMO_DB_PASSWORD="$password" WH_BENCH_TUNE=0 \
    bench/warehouse/run.sh region --clienten "$clienten" --only generate > "$out/generate.log" 2>&1 \
    || { tail -20 "$out/generate.log"; exit 4; }
fi

# The result tables as sorted text, without run_id (the two runs have different ids).
dump() { # dump <file>
  : > "$1"
  for t in $("${mysql_base[@]}" -N -B "$db" -e "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()
      AND table_name LIKE 'wh\\_%' AND table_name NOT IN ('wh_run', 'wh_actief', 'wh_scenario', 'wh_budget') ORDER BY 1"); do
    cols=$("${mysql_base[@]}" -N -B "$db" -e "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
      WHERE table_schema = DATABASE() AND table_name = '$t' AND column_name <> 'run_id'")
    n=$("${mysql_base[@]}" -N -B "$db" -e "SELECT COUNT(*) FROM $t WHERE run_id = (SELECT run_id FROM wh_actief WHERE id = 1)")
    echo "== $t $n" >> "$1"
    "${mysql_base[@]}" -N -B "$db" -e "SELECT $cols FROM $t WHERE run_id = (SELECT run_id FROM wh_actief WHERE id = 1)
      ORDER BY $cols" >> "$1"
  done
}
status() { "${mysql_base[@]}" -N -B "$db" -e "SELECT status FROM wh_run ORDER BY id DESC LIMIT 1"; }
job_args=("jdbc.url=$url" "jdbc.user=$user" "jdbc.password=$password" "peildatum=$peil" "volledig=true")

say "local run (local[2]) into $out/lake-local"
rm -rf "$out/lake-local" "$out/lake-cluster"
tl0=$(date +%s)
WMO_DB_PASSWORD="$password" warehouse/bin/warehouse "${job_args[@]}" "lake=$out/lake-local" master='local[2]' \
  > "$out/local.log" 2>&1 || { tail -20 "$out/local.log"; exit 5; }
say "local run $(status) in $(( $(date +%s) - tl0 )) s"
dump "$out/local.txt"

say "standalone master $master_url and two workers (1 core, 1 GiB each)"
spark_java org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 8143 --webui-port 8140 > "$out/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do grep -q "I have been elected leader" "$out/master.log" && break; sleep 1; done
grep -q "I have been elected leader" "$out/master.log" || { tail -20 "$out/master.log"; exit 6; }
for w in 1 2; do
  mkdir -p "$out/work-$w"
  spark_java org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port $((8143 + w)) --webui-port $((8140 + w)) \
    --cores 1 --memory 1g --work-dir "$out/work-$w" "$master_url" > "$out/worker-$w.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 60); do
  [ "$(grep -c "Successfully registered with master" "$out"/worker-*.log 2>/dev/null | awk -F: '{s+=$2} END{print s+0}')" -ge 2 ] && break
  sleep 1
done

say "spark-submit (org.apache.spark.deploy.SparkSubmit) of $(basename "$jar"), lake $out/lake-cluster"
tc0=$(date +%s)
WMO_DB_PASSWORD="$password" spark_java org.apache.spark.deploy.SparkSubmit --master "$master_url" --deploy-mode client \
  --class nl.wmoregio.warehouse.Main --conf spark.executor.memory=768m --conf spark.cores.max=2 \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  "$jar" "${job_args[@]}" "lake=$out/lake-cluster" > "$out/cluster.log" 2>&1 || { tail -30 "$out/cluster.log"; exit 7; }
say "cluster run $(status) in $(( $(date +%s) - tc0 )) s"
executors=$(ls -d "$out"/work-*/app-*/* 2>/dev/null | wc -l)
say "executors started by the workers: $executors ($(ls -d "$out"/work-*/app-* 2>/dev/null | xargs -n1 dirname | sort -u | wc -l) workers)"
[ "$executors" -ge 2 ] || { echo "the job did not run on both workers" >&2; exit 8; }
dump "$out/cluster.txt"

if diff -q "$out/local.txt" "$out/cluster.txt" > /dev/null; then
  say "IDENTICAL: $(grep -c '^==' "$out/local.txt") result tables, $(grep -vc '^==' "$out/local.txt") rows, row by row"
  grep '^==' "$out/local.txt" | sed 's/^== /  /'
else
  say "DIFFERENT results (local < > cluster):"
  diff "$out/local.txt" "$out/cluster.txt" | head -40
  exit 1
fi
