#!/usr/bin/env bash
# Measures (run from the repository root, needs a MariaDB on 127.0.0.1:3306 with user wmo): time from the run command to the first KLAAR run with figures; worker peak RSS
cd "$(dirname "$0")/../.."
mysql -uroot -h127.0.0.1 -e "drop database if exists wmo_dev_whworker; create database wmo_dev_whworker"
rm -rf .data/lake .data/warehouse-worker.log
t0=$(date +%s)
WMO_DB_URL=jdbc:mariadb://127.0.0.1:3306/wmo_dev_whworker WMO_DB_USER=wmo WMO_DB_PASSWORD=wmo-dev \
  mvn -o -Prun -DskipTests -pl web -am verify -Dwmo.http.port=8130 > /tmp/whworker-run.log 2>&1 &
mvnpid=$!
echo "mvn pid $mvnpid"
peak=0; login=""; klaar=""
while true; do
  sleep 5
  now=$(( $(date +%s) - t0 ))
  wpid=$(pgrep -f "nl.wmoregio.warehouse.Worker lake=$PWD" | head -1)
  if [ -n "$wpid" ]; then r=$(ps -o rss= -p $wpid 2>/dev/null | tr -d ' '); [ -n "$r" ] && [ "$r" -gt "$peak" ] && peak=$r; fi
  if [ -z "$login" ] && curl -s -o /dev/null -w '%{http_code}' http://localhost:8130/wmo/login.xhtml | grep -q 200; then login=$now; echo "login page 200 after $now s"; fi
  st=$(mysql -uwmo -pwmo-dev -h127.0.0.1 wmo_dev_whworker -N -e "select concat(r.status,' ',coalesce(r.fase,''),' ',(select count(*) from wh_indicator i where i.run_id=r.id), ' ', (select coalesce(sum(clienten),0) from wh_indicator i where i.run_id=r.id)) from wh_run r order by id desc limit 1" 2>/dev/null)
  echo "$now s: worker rss ${r:-?} kB (peak $peak) run: $st"
  case "$st" in KLAAR*) [ -z "$klaar" ] && klaar=$now && echo "FIRST FIGURES after $now s (peak worker RSS $peak kB)";; esac
  [ -n "$klaar" ] && [ $now -gt $((klaar + 20)) ] && break
  [ $now -gt 2400 ] && break
done
kill "$mvnpid" # the run command's shutdown hook stops Payara and the worker
