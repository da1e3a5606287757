#!/usr/bin/env bash
# Measures the run command: seconds from start to the first 200 of the login page, and the
# resident memory of the Payara Micro process after start. Usage: bench/startup.sh [repeat]
# Needs a free port 8080 and 3317. Leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1}
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  mvn -q -Prun -DskipTests -pl web -am verify > target-startup.log 2>&1 &
  pid=$!
  until curl -fs -o /dev/null http://localhost:8080/wmo/login.xhtml; do
    sleep 0.5
    kill -0 $pid 2>/dev/null || { echo "run command died; see target-startup.log"; exit 1; }
  done
  end=$(date +%s.%N)
  sleep 5 # let start-up work settle before reading memory
  micro=$(pgrep -f 'payara-micro.jar --rootdir' | head -1)
  rss_kb=$(ps -o rss= -p "$micro" | tr -d ' ')
  db=$(pgrep -f 'mariadbd.*3317' | head -1 || true)
  db_rss_kb=$( [ -n "$db" ] && ps -o rss= -p "$db" | tr -d ' ' || echo 0)
  printf 'run %d: first 200 after %.1f s; Payara Micro RSS %d MiB; MariaDB RSS %d MiB\n' \
    "$i" "$(echo "$end - $start" | bc)" $((rss_kb / 1024)) $((db_rss_kb / 1024))
  pkill -f 'nl.wmoregio.dev.DevServer' || true
  wait $pid 2>/dev/null || true
  sleep 3
  pkill -f 'payara-micro.jar --rootdir' || true
  pkill -f 'mariadbd.*3317' || true
  sleep 2
done
rm -f target-startup.log
