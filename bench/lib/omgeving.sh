# Shared by the bench/ scripts: a private MariaDB (Debian's mariadbd, own data directory, the
# application as user wmo without admin rights so read_only applies to it) and Payara Micro with the WAR, both torn down on exit. Source it after setting ROOT;
# it sets WORK (a fresh temp dir), DB_PORT, HTTP_PORT, BASE and exports the WMO_* environment.
#   start_db            install (first time) and start mariadbd; DB_PID
#   start_app           start Payara Micro, wait for the API; APP_PID
#   kill_app            kill -9 the application (no shutdown hooks)
#   sql "statement"     run SQL in database wmo (tab-separated, no headers)
#   api USER METHOD PATH [curl args...]   authenticated REST call (password wmo-demo)
WORK=${WORK:-$(mktemp -d /tmp/wmo-bench-XXXX)}
DB_DIR=${DB_DIR:-$WORK/db}
DB_PORT=${DB_PORT:-3497}
HTTP_PORT=${HTTP_PORT:-8497}
BASE=http://127.0.0.1:$HTTP_PORT/wmo/api/v1
MICRO=$ROOT/web/target/payara-micro.jar
WAR=$ROOT/web/target/wmo.war
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)
[ -f "$WAR" ] && [ -f "$MICRO" ] || { echo "build first: mvn -B -DskipTests -pl web -am verify" >&2; exit 2; }
command -v mariadb >/dev/null || { echo "needs Debian's mariadb-server (apt-get install -y mariadb-server)" >&2; exit 2; }
# Test-only keys for this throw-away database (ADR 0008), kept for restarts of the application.
export WMO_BSN_SLEUTEL=${WMO_BSN_SLEUTEL:-$(head -c 32 /dev/urandom | base64)}
export WMO_PSEUDONIEM_SLEUTEL=${WMO_PSEUDONIEM_SLEUTEL:-$(head -c 32 /dev/urandom | base64)}
export WMO_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/wmo WMO_DB_USER=wmo WMO_DB_PASSWORD=wmo

omgeving_opruimen() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "${DB_PID:-}" ] && kill "$DB_PID" 2>/dev/null || true
  jobs -p | xargs -r kill 2>/dev/null || true
}
trap omgeving_opruimen EXIT

sql() { mariadb --socket="$WORK/db.sock" -N wmo -e "$1"; }

start_db() {
  if [ ! -d "$DB_DIR/mysql" ]; then
    mariadb-install-db --no-defaults --user=root --datadir="$DB_DIR" --auth-root-authentication-method=normal \
      >"$WORK/install.log" 2>&1
    local nieuw=yes
  fi
  "$MARIADBD" --no-defaults --user=root --datadir="$DB_DIR" --port=$DB_PORT --bind-address=127.0.0.1 \
    --socket="$WORK/db.sock" --innodb-buffer-pool-size=${DB_BUFFER:-512M} --max-connections=300 \
    >>"$WORK/db.log" 2>&1 &
  DB_PID=$!
  for _ in $(seq 1 60); do mariadb --socket="$WORK/db.sock" -e "select 1" >/dev/null 2>&1 && break; sleep 0.5; done
  [ "${nieuw:-}" = yes ] && mariadb --socket="$WORK/db.sock" -e "create database wmo;
    drop user if exists ''@'localhost'; drop user if exists ''@'$(hostname)';
    create user wmo@'%' identified by 'wmo'; grant all on wmo.* to wmo@'%';
    create user wmo@'localhost' identified by 'wmo'; grant all on wmo.* to wmo@'localhost'"
  return 0
}

# A fresh runtime directory per start: Payara Micro restarted on the directory of a killed
# instance redeploys the old exploded application next to --deploy (seen: 404, ClassNotFoundException).
start_app() {
  WMO_DEMO_DATA=${WMO_DEMO_DATA:-true} java -Xmx1g -XX:+UseSerialGC -jar "$MICRO" --nocluster --disablephonehome \
    --port $HTTP_PORT --rootdir "$WORK/payara.$(date +%s%N)" --deploy "$WAR" >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  local t0; t0=$(date +%s)
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u beheerder:wmo-demo "$BASE/regio")" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "application stopped; see $WORK/app.log" >&2; exit 1; }
    [ $(( $(date +%s) - t0 )) -gt 600 ] && { echo "application not up after 600 s; see $WORK/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "app up after $(( $(date +%s) - t0 )) s (work dir $WORK)"
}

kill_app() {
  kill -9 "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

api() {
  local user=$1 method=$2 path=$3; shift 3
  curl -s -u "$user:wmo-demo" -X "$method" "$@" "$BASE/$path"
}
