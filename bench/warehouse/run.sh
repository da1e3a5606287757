#!/usr/bin/env bash
# Warehouse benchmark (issue 7). From the repository root or anywhere:
#   bench/warehouse/run.sh [preset] [--only step[,step...]] [--clienten N] [--seed N]
#     preset: region (default) | national | klein
#     steps, in this order (default: all): build, generate, job, lake, duckdb, sql, incremental
#       build        mvn -B -q -pl domain,warehouse -am package -DskipTests (+ domain classpath file)
#       generate     (re)create the database: Flyway migrations + demo SQL scripts (bench/warehouse/Migrate.java),
#                    200 contracted providers (aanbieders.sql), then the toegang Generator CLI for the preset
#       job          warehouse/bin/warehouse, full run: wall time, peak RSS, phases from wh_run
#       lake         transform from the lake only, no extract/load (bench/warehouse/LakePass.java); leaves Spark's
#                    wh_indicator and wh_maand in <lake>/_bench for the duckdb step's comparison
#       duckdb       the same two result sets in DuckDB over the SAME Parquet files (bench/warehouse/DuckPass.java,
#                    org.duckdb:duckdb_jdbc fetched into the local Maven repository by `mvn dependency:get`: a
#                    dependency of this benchmark only, not of the product), compared row by row with Spark's,
#                    and the ratios Spark / DuckDB and MariaDB SQL / DuckDB (run "sql" after it for the latter)
#       sql          indicatoren.sql on MariaDB (same wh_indicator grain + monthly series), timed;
#                    then vergelijk.sql: row-by-row comparison with the job's results (not timed)
#       incremental  add one month of declaration lines (copy of the last month as the next, new ids)
#                    and run the job again (extra job arguments: WH_INCR_ARGS)
#   e.g. bench/warehouse/run.sh region --only incremental
#
# Database: WMO_DB_URL (default jdbc:mariadb://127.0.0.1:3306/wh_bench_<preset>, or wh_bench_<preset>_<clienten>
# with --clienten), WMO_DB_USER (default root), WMO_DB_PASSWORD (default empty). The generate step DROPS and
# recreates the database; it refuses a database whose name does not start with wh_bench_ unless WH_BENCH_DROP=1.
# When nothing answers at the URL's host:port and the host is local, the script starts its own MariaDB
# (mariadbd + mariadb-install-db from Debian's mariadb-server package: apt-get install mariadb-server)
# with a private data directory under target/wh-bench/mariadb-<port> and stops it at the end.
# With the SUPER privilege it sizes the server for the benchmark for the duration of the script
# (innodb_buffer_pool_size 3 GiB, innodb_log_file_size 1 GiB, innodb_flush_log_at_trx_commit 2) and puts
# the previous values back at the end (WH_BENCH_TUNE=0: leave the server alone).
# Spark JVM options: WH_JAVA_OPTS (default -Xmx3g); add -Dwh.eventlog=file:///dir for Spark's event log
# (summary per result set: python3 bench/warehouse/eventlog.py <file>). Output: target/wh-bench/<db>.log and <db>.txt
# (key value lines). Leaves nothing running: every process it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

preset=region; only=""; clienten=""; seed=2024
while [ $# -gt 0 ]; do
  case "$1" in
    --only) only="$2"; shift 2 ;;
    --clienten) clienten="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) preset="$1"; shift ;;
  esac
done
want() { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]; }

db_default="wh_bench_${preset}${clienten:+_$clienten}"
url="${WMO_DB_URL:-jdbc:mariadb://127.0.0.1:3306/$db_default}"
user="${WMO_DB_USER:-root}"; password="${WMO_DB_PASSWORD:-}"
hostport=$(echo "$url" | sed -E 's#jdbc:(mariadb|mysql)://([^/]+)/([^?]+).*#\2 \3#')
host=${hostport%%:*}; rest=${hostport#*:}; port=${rest%% *}; db=${hostport##* }
[ "$port" = "$hostport" ] && port=3306
out="$root/target/wh-bench"; mkdir -p "$out"
log="$out/$db.log"; res="$out/$db.txt"
mysql_base=(mysql --protocol=TCP -h "$host" -P "$port" -u "$user")
[ -n "$password" ] && mysql_base+=("-p$password")
sqlq() { "${mysql_base[@]}" -N -B "$db" -e "$1"; }

say() { echo "$*" | tee -a "$log"; }
put() { echo "$1 $2" >> "$res"; say "  $1 = $2"; }
load() { sed 's/.*load average: //' /proc/loadavg 2>/dev/null | awk '{print $1", "$2", "$3}'; }

# ------------------------------------------------------------------ cleanup: stop what we started
own_db_pid=""; tune_restore=""
cleanup() {
  if [ -n "$tune_restore" ]; then "${mysql_base[@]}" -e "$tune_restore" >/dev/null 2>&1 || true; fi
  if [ -n "$own_db_pid" ]; then
    mysqladmin --protocol=TCP -h "$host" -P "$port" -u root shutdown >/dev/null 2>&1 || kill "$own_db_pid" 2>/dev/null || true
    wait "$own_db_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

say "== warehouse benchmark $(date -Is): preset $preset${clienten:+ (clienten $clienten)}, seed $seed, db $host:$port/$db, steps ${only:-all}"
say "   machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(load)"

# ------------------------------------------------------------------ a MariaDB to talk to
if ! mysqladmin --protocol=TCP -h "$host" -P "$port" -u "$user" ${password:+-p$password} ping >/dev/null 2>&1; then
  case "$host" in 127.0.0.1|localhost) ;; *) echo "no MariaDB at $host:$port" >&2; exit 3 ;; esac
  command -v mariadbd >/dev/null || { echo "no MariaDB at $host:$port and no mariadbd: apt-get install mariadb-server" >&2; exit 3; }
  data="$out/mariadb-$port"
  say "   no MariaDB at $host:$port: starting our own (data in $data)"
  if [ ! -d "$data/mysql" ]; then
    mkdir -p "$data"
    mariadb-install-db --no-defaults --datadir="$data" --user="$(id -un)" --auth-root-authentication-method=normal \
      --skip-test-db > "$out/mariadb-install.log" 2>&1
  fi
  mariadbd --no-defaults --datadir="$data" --user="$(id -un)" --port="$port" --bind-address=127.0.0.1 \
    --socket="$data/mysqld.sock" --pid-file="$data/mysqld.pid" --skip-log-bin --innodb-buffer-pool-size=3G \
    --innodb-log-file-size=1G --innodb-flush-log-at-trx-commit=2 --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci > "$out/mariadb-$port.err" 2>&1 &
  own_db_pid=$!
  for _ in $(seq 60); do
    mysqladmin --protocol=TCP -h 127.0.0.1 -P "$port" -u root ping >/dev/null 2>&1 && break; sleep 1
  done
  user=root; password=""; mysql_base=(mysql --protocol=TCP -h "$host" -P "$port" -u root)
fi
if [ "${WH_BENCH_TUNE:-1}" = 1 ] && [ -z "$own_db_pid" ] \
   && "${mysql_base[@]}" -N -e "SHOW GRANTS" 2>/dev/null | grep -qE "ALL PRIVILEGES ON \*\.\*|SUPER"; then
  old=$("${mysql_base[@]}" -N -B -e "SELECT @@innodb_buffer_pool_size, @@innodb_log_file_size, @@innodb_flush_log_at_trx_commit")
  read -r obp olf ofl <<< "$old"
  tune_restore="SET GLOBAL innodb_flush_log_at_trx_commit=$ofl; SET GLOBAL innodb_log_file_size=$olf; SET GLOBAL innodb_buffer_pool_size=$obp"
  "${mysql_base[@]}" -e "SET GLOBAL innodb_buffer_pool_size=3221225472; SET GLOBAL innodb_log_file_size=1073741824;
    SET GLOBAL innodb_flush_log_at_trx_commit=2"
  say "   server tuned for the run (was: buffer pool $obp, log file $olf, flush_log_at_trx_commit $ofl; restored at the end)"
fi
say "   server: $("${mysql_base[@]}" -N -B -e "SELECT CONCAT(VERSION(), ', buffer pool ', @@innodb_buffer_pool_size DIV 1048576, ' MiB, log file ', @@innodb_log_file_size DIV 1048576, ' MiB, flush_log_at_trx_commit ', @@innodb_flush_log_at_trx_commit)")"

# ------------------------------------------------------------------ helpers
domain_cp() { echo "$root/domain/target/classes:$(cat "$root/domain/target/classpath.txt"):$(tr ':' '\n' < "$root/warehouse/target/classpath.txt" | grep mariadb-java-client)"; }
wh_cp() { echo "$root/warehouse/target/classes:$(cat "$root/warehouse/target/classpath.txt")"; }
server_pid() { ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
server_cpu() { # CPU seconds the local MariaDB server has used so far (empty when not local / not visible)
  local pid; pid=$(server_pid)
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] && awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat"
}
timed() { # timed <name> cmd...: /usr/bin/time -v into $out/<db>-<name>.time; records wall s, CPU s of the
  # process and of the local MariaDB server meanwhile, peak RSS MiB, load average before/after
  local name=$1; shift
  local tf="$out/$db-$name.time"
  put "$name.load_before" "\"$(load)\""
  local scpu0; scpu0=$(server_cpu || true)
  set +e
  /usr/bin/time -v "$@" 2> "$tf" | { grep --line-buffered -v '^\[generator\] [0-9,]*/' || true; } | tee -a "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  grep -vE "^\s(Command|User|System|Percent|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File|Socket|Signals|Page|Exit)" "$tf" | tail -20 >> "$log" || true
  put "$name.wall_s" "$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.1f", s}' "$tf")"
  put "$name.cpu_s" "$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.1f", u+s}' "$tf")"
  put "$name.peak_rss_mib" "$(awk -F': ' '/Maximum resident/{printf "%d", $2/1024}' "$tf")"
  local scpu1; scpu1=$(server_cpu || true)
  [ -n "$scpu0" ] && [ -n "$scpu1" ] && put "$name.server_cpu_s" "$(awk "BEGIN{printf \"%.1f\", $scpu1 - $scpu0}")"
  put "$name.load_after" "\"$(load)\""
  return "$rc"
}
job_args() {
  local a=("jdbc.url=$url" "jdbc.user=$user" "lake=$out/lake-$db")
  [ -z "$password" ] && a+=("jdbc.password=")
  printf '%s\n' "${a[@]}"
}
run_job() { # run_job <name> [extra args]
  local name=$1; shift
  mapfile -t args < <(job_args)
  local before; before=$(sqlq "SELECT COALESCE(MAX(id), 0) FROM wh_run")
  WMO_DB_PASSWORD="$password" WH_JAVA_OPTS="${WH_JAVA_OPTS:--Xmx3g}" \
    timed "$name" "$root/warehouse/bin/warehouse" "${args[@]}" "$@" || say "   job exited non-zero"
  local r; r=$(sqlq "SELECT id, status, COALESCE(duur_extract_ms, 0), COALESCE(duur_transform_ms, 0), COALESCE(duur_load_ms, 0)
    FROM wh_run WHERE id > $before ORDER BY id DESC LIMIT 1")
  read -r id status ex tr ld <<< "$r"
  put "$name.run_id" "$id"; put "$name.status" "$status"
  put "$name.extract_s" "$(awk "BEGIN{printf \"%.1f\", $ex/1000}")"
  put "$name.transform_s" "$(awk "BEGIN{printf \"%.1f\", $tr/1000}")"
  put "$name.load_s" "$(awk "BEGIN{printf \"%.1f\", $ld/1000}")"
  put "$name.input_rows" "$(sqlq "SELECT invoer_rijen FROM wh_run WHERE id = $id")"
}

# ------------------------------------------------------------------ steps
if want build; then
  say "-- build"
  mvn -B -q -pl domain,warehouse -am package -DskipTests 2>&1 | tee -a "$log"
  mvn -B -q -pl domain dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$root/domain/target/classpath.txt" 2>&1 | tee -a "$log"
fi

if want generate; then
  say "-- generate"
  case "$db" in wh_bench_*) ;; *) [ "${WH_BENCH_DROP:-0}" = 1 ] || { echo "refusing to drop $db (not wh_bench_*): WH_BENCH_DROP=1" >&2; exit 4; } ;; esac
  : > "$res"
  "${mysql_base[@]}" -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  java -cp "$(domain_cp)" "$root/bench/warehouse/Migrate.java" "jdbc:mariadb://$host:$port/$db" "$user" "$password" 2>&1 \
    | grep '^\[migrate\]' | tee -a "$log"
  "${mysql_base[@]}" "$db" < "$root/bench/warehouse/aanbieders.sql" | tee -a "$log"
  "${mysql_base[@]}" "$db" < "$root/bench/warehouse/verleng.sql" | tee -a "$log"
  # Fixed benchmark keys (not the application's: this database is for the benchmark only).
  export WMO_BSN_SLEUTEL; WMO_BSN_SLEUTEL=$(printf 'wmo-bench-bsn-key-32-bytes-long!' | base64)
  export WMO_PSEUDONIEM_SLEUTEL; WMO_PSEUDONIEM_SLEUTEL=$(printf 'wmo-bench-pseudoniem-key-32byte!' | base64)
  # Bulk load: no FK/unique checks in the generator's session (the generator writes consistent ids).
  sep='?'; [[ "$url" == *\?* ]] && sep='&'
  gen_url="jdbc:mariadb://$host:$port/$db${url#*"/$db"}${sep}sessionVariables=foreign_key_checks=0,unique_checks=0"
  timed generate java -cp "$(domain_cp)" nl.wmoregio.toegang.control.Generator --preset "$preset" --seed "$seed" \
    ${clienten:+--clienten "$clienten"} --url "$gen_url" --user "$user" --password "$password"
  grep -h "rows/s" "$log" | tail -1 | sed 's/^/  /'
fi
touch "$res"

if want job || want incremental; then
  # Bring an existing benchmark database up to the current schema (Flyway applies only what is missing).
  [ -f "$root/domain/target/classpath.txt" ] || mvn -B -q -pl domain dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$root/domain/target/classpath.txt" 2>&1 | tee -a "$log"
  java -cp "$(domain_cp)" "$root/bench/warehouse/Migrate.java" "jdbc:mariadb://$host:$port/$db" "$user" "$password" 2>&1 \
    | grep '^\[migrate\]' | tee -a "$log"
fi

if want job; then
  say "-- job (full run)"
  put rows "\"$(sqlq "SELECT CONCAT('client ', (SELECT COUNT(*) FROM client), ', indicatie ', (SELECT COUNT(*) FROM indicatie),
    ', doel ', (SELECT COUNT(*) FROM doel), ', doel_evaluatie ', (SELECT COUNT(*) FROM doel_evaluatie),
    ', declaratie_regel ', (SELECT COUNT(*) FROM declaratie_regel))")\""
  run_job job
fi

if want lake; then
  say "-- transform from the lake only (no extract, no load)"
  [ -d "$out/lake-$db" ] || { echo "no lake at $out/lake-$db: run the job step first" >&2; exit 5; }
  timed lake java ${WH_JAVA_OPTS:--Xmx3g} @"$root/warehouse/spark-java17.args" -cp "$(wh_cp)" \
    "$root/bench/warehouse/LakePass.java" "$out/lake-$db" | grep '^lakepass' || true
  for k in session_s indicatoren_s alle_s; do
    put "lake.$k" "$(grep -h "^lakepass $k" "$log" | tail -1 | awk '{print $3}')"
  done
fi

if want duckdb; then
  say "-- DuckDB over the same lake files (benchmark-only reference engine)"
  [ -d "$out/lake-$db" ] || { echo "no lake at $out/lake-$db: run the job step first" >&2; exit 5; }
  duck_version="${WH_DUCKDB_VERSION:-1.4.4.0}"
  duck_jar="${MAVEN_REPO:-$HOME/.m2/repository}/org/duckdb/duckdb_jdbc/$duck_version/duckdb_jdbc-$duck_version.jar"
  [ -f "$duck_jar" ] || mvn -B -q dependency:get -Dartifact="org.duckdb:duckdb_jdbc:$duck_version" -Dtransitive=false 2>&1 | tee -a "$log"
  for threads in $(nproc) 1; do
    timed "duckdb_t$threads" java -Xmx2g -cp "$duck_jar" "$root/bench/warehouse/DuckPass.java" "$out/lake-$db" "" "$threads" \
      | grep '^duckpass' || true
    put "duckdb_t$threads.indicatoren_s" "$(grep -h "^duckpass indicatoren_s" "$log" | tail -1 | awk '{print $3}')"
  done
  lake_s=$(grep -h "^lake.indicatoren_s" "$res" | tail -1 | awk '{print $2}')
  duck_s=$(grep -h "^duckdb_t$(nproc).indicatoren_s" "$res" | tail -1 | awk '{print $2}')
  [ -n "$lake_s" ] && [ -n "$duck_s" ] && put ratio.spark_over_duckdb "$(awk "BEGIN{printf \"%.1f\", $lake_s / $duck_s}")"
fi

if want sql; then
  say "-- MariaDB SQL for the same indicators (indicatoren.sql)"
  timed sql "${mysql_base[@]}" "$db" < "$root/bench/warehouse/indicatoren.sql"
  sql_s=$(grep -h "^sql.wall_s" "$res" | tail -1 | awk '{print $2}')
  lake_s=$(grep -h "^lake.indicatoren_s" "$res" | tail -1 | awk '{print $2}')
  duck_s=$(grep -h "^duckdb_t$(nproc).indicatoren_s" "$res" | tail -1 | awk '{print $2}')
  [ -n "$lake_s" ] && put ratio.sql_over_spark "$(awk "BEGIN{printf \"%.2f\", $sql_s / $lake_s}")"
  [ -n "$duck_s" ] && put ratio.sql_over_duckdb "$(awk "BEGIN{printf \"%.1f\", $sql_s / $duck_s}")"
  run=$(sqlq "SELECT run_id FROM wh_actief WHERE id = 1")
  if [ -n "$run" ] && [ "$run" != NULL ]; then
    say "   comparison with the job's run $run (rows that differ in any column):"
    sqlq "SET @run = $run; $(cat "$root/bench/warehouse/vergelijk.sql")" | tee -a "$log"
  fi
fi

if want incremental; then
  say "-- incremental: one new month of declaration lines, then the job again"
  read -r j m <<< "$(sqlq "SELECT jaar, maand FROM declaratie_regel ORDER BY jaar DESC, maand DESC LIMIT 1")"
  nj=$(( m == 12 ? j + 1 : j )); nm=$(( m == 12 ? 1 : m + 1 ))
  n=$(sqlq "INSERT INTO declaratie_regel (indicatie_id, aanbieder_id, gemeente_id, jaar, maand, product_code, volume, eenheid,
      tarief_cent, bedrag_cent) SELECT indicatie_id, aanbieder_id, gemeente_id, $nj, $nm, product_code, volume, eenheid,
      tarief_cent, bedrag_cent FROM declaratie_regel WHERE jaar = $j AND maand = $m ORDER BY id; SELECT ROW_COUNT()")
  put incremental.month "$nj-$nm"; put incremental.rows_added "$n"
  # shellcheck disable=SC2086
  run_job incremental ${WH_INCR_ARGS:-}
fi

say "== done $(date -Is); numbers in $res"
