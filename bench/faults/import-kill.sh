#!/usr/bin/env bash
# Fault drill (issue 8): the application is killed (kill -9) in the middle of a large import.
# Proves: after restart the database holds either the whole import or none of it, and re-running
# the same import completes it exactly once (a third run changes nothing).
#   1. CEO: a round of 20,000 respondents (own test gemeente GM9391, 2024), a CSV of 200,000 answers;
#   2. iWmo: a WMO323 declaration of ~8 MB (10,000 clients; synthetic BSNs that pass the 11-proef).
# Uses bench/lib/omgeving.sh (private MariaDB on port 3496, Payara Micro on 8496).
# Needs a build first:  mvn -B -DskipTests -pl web -am verify
# Usage: bench/faults/import-kill.sh [seconds-before-kill]   (default 4; prints a result table)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WACHT=${1:-4}
DB_PORT=${DB_PORT:-3496}
HTTP_PORT=${HTTP_PORT:-8496}
. "$ROOT/bench/lib/omgeving.sh"
start_db
start_app

# ---- CEO: population, round, sample, answers file
sql "insert into gemeente (regio_id, cbs_code, naam, geldig_van, aangemaakt_op, gewijzigd_op)
     select min(id), 'GM9391', 'Storingstest CEO', '2020-01-01', now(), now() from regio"
sql "insert into client (pseudoniem, geboortejaar, gemeente_id, segment)
     select concat('cf', lpad(seq, 62, '0')), 1950, (select id from gemeente where cbs_code = 'GM9391'), '2'
     from seq_1_to_20000;
     insert into indicatie (client_id, gemeente_id, product_code, aanbieder_id, van, tot)
     select c.id, c.gemeente_id, '01HV', (select min(id) from aanbieder), '2024-01-01', '2024-12-31'
     from client c where c.pseudoniem like 'cf%'"
ronde_json=$(api controller POST ceo/rondes -D "$WORK/ronde.headers" -H 'Content-Type: application/json' \
  -d '{"gemeenteCbsCode":"GM9391","jaar":2024,"omvang":20000,"seed":1}')
RONDE=$(sql "select r.id from ceo_ronde r join gemeente g on g.id = r.gemeente_id where g.cbs_code = 'GM9391' and r.jaar = 2024")
ETAG=$(grep -i '^etag:' "$WORK/ronde.headers" | cut -d' ' -f2 | tr -d '\r')
api controller POST "ceo/rondes/$RONDE/steekproef" -H "If-Match: $ETAG" -H 'Content-Type: application/json' >/dev/null
api controller GET "ceo/rondes/$RONDE/steekproef.csv" >"$WORK/steekproef.csv"
awk -F';' 'NR > 1 { for (v = 1; v <= 10; v++) printf "%s;V%02d;%d\n", $1, v, 1 + (NR * v) % 5 }
  BEGIN { print "respondent;vraag;antwoord" }' "$WORK/steekproef.csv" >"$WORK/antwoorden.csv"
CEO_REGELS=$(( $(wc -l <"$WORK/antwoorden.csv") - 1 ))
ceo_in_db() { sql "select count(*) from ceo_antwoord a join ceo_steekproef s on s.id = a.steekproef_id where s.ronde_id = $RONDE"; }
ceo_import() { curl -s -o "$WORK/ceo.$1.json" -w '%{http_code}' -m 600 -u controller:wmo-demo \
  -H 'Content-Type: text/csv; charset=UTF-8' --data-binary @"$WORK/antwoorden.csv" "$BASE/ceo/rondes/$RONDE/antwoorden"; }

# ---- iWmo: a large WMO323 (every line refers to an unknown toewijzing: the message and its
# per-line answer are stored in one transaction, which is what the drill is about)
AGB=$(sql "select agb_code from aanbieder where agb_code is not null order by id limit 1")
java "$ROOT/bench/faults/GrootBericht.java" "$AGB" 0828 10000 >"$WORK/wmo323.xml"
IWMO_ID=$(grep -o '<iwmo:Identificatie>[^<]*' "$WORK/wmo323.xml" | head -1 | cut -d'>' -f2)
iwmo_in_db() { sql "select count(*) from iwmo_bericht where identificatie = '$IWMO_ID'"; }
iwmo_import() { curl -s -o "$WORK/iwmo.$1.json" -w '%{http_code}' -m 600 -u inkoop:wmo-demo \
  -H 'Content-Type: application/xml' --data-binary @"$WORK/wmo323.xml" "$BASE/iwmo/berichten"; }

echo "CEO file: $CEO_REGELS answers ($(du -k "$WORK/antwoorden.csv" | cut -f1) KiB); iWmo file: $(du -k "$WORK/wmo323.xml" | cut -f1) KiB, id $IWMO_ID"

drill() { # $1 = ceo|iwmo
  local soort=$1 t0 code_kill voor na
  t0=$(date +%s.%N)
  ( "${soort}_import" kill >"$WORK/$soort.kill.code" ) &
  local CURL=$!
  sleep "$WACHT"
  voor=$("${soort}_in_db")
  kill_app
  wait $CURL 2>/dev/null || true
  code_kill=$(cat "$WORK/$soort.kill.code")
  case "$code_kill" in 000|100|"") code_kill="none, connection lost" ;; esac
  start_app
  na=$("${soort}_in_db")
  local t1 code2 n2 code3 n3
  t1=$(date +%s.%N)
  code2=$("${soort}_import" tweede); n2=$("${soort}_in_db")
  local d2; d2=$(echo "$(date +%s.%N) - $t1" | bc)
  code3=$("${soort}_import" derde); n3=$("${soort}_in_db")
  echo "| $soort | killed after ${WACHT} s (answer: $code_kill) | $voor | $na | $code2 in ${d2%.*} s, $n2 rows | $code3, $n3 rows |"
}
echo
echo "| import | kill -9 | committed rows just before the kill | rows after restart | re-run: answer, rows | third run: answer, rows |"
echo "|---|---|---|---|---|---|"
drill ceo
drill iwmo
echo "(CEO rows expected after the re-run: $CEO_REGELS; iWmo: 1 message row; raw data in $WORK)"
