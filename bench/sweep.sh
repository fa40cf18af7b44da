#!/usr/bin/env bash
# The materials deadline sweep at volume (issue 11 item 8): 1,000 of ~104,000 open ACCEPTED cases due at once, on
# PostgreSQL seeded with bench/seed.sql. The 125 enterprises of the due cases get accounts first, so that every
# expiry also makes its notification (the seed's enterprises have none). Times the admin clock move that runs the
# deadline jobs (the request returns when the sweep has committed) and then until every event publication is
# completed (the notifications are written), and counts each effect: history entries, audit facts, notifications.
# Usage: bench/sweep.sh   (after `mvn -q -DskipTests package`). Output: bench/results/sweep-*.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/cciais-platform.jar}
port=18093
db=cciais_sweep
out=bench/results/sweep-$(date +%Y%m%d-%H%M%S).txt
mkdir -p bench/results
exec > >(tee "$out") 2>&1
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "date: $(date -Iseconds); commit: $(git rev-parse --short HEAD); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
q() { psql -h 127.0.0.1 -U postgres -d $db -tAc "$1"; }

psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
data=$(mktemp -d)
CCIAIS_DATA_DIR=$data SERVER_PORT=$port CCIAIS_ADMIN_PASSWORD=Bench-admin-2026 CCIAIS_CLOCK_ADJUSTABLE=true \
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx512m ${JAVA_OPTS:-} -jar "$jar" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 $pid 2>/dev/null || { echo "node died"; tail -50 "$data/app.log"; exit 1; }
  sleep 0.3
done
echo "--- seeding"
psql -h 127.0.0.1 -U postgres -d $db -q -v ON_ERROR_STOP=1 -f bench/seed.sql
# the 1,000 seeded due cases fall due ten minutes from now, so no scheduled run takes them before the measured one
q "update qualification_applications set materials_due_at = now() + interval '10 minutes'
   where status = 'ACCEPTED' and materials_due_at < now()" >/dev/null
q "insert into accounts (username, password_hash, role, display_name, enterprise_id, enabled, created_at,
     password_changed_at, version)
   select 'sweep-' || e.id, a.password_hash, 'ENTERPRISE', e.name, e.id, true, now(), now(), 0
   from enterprises e cross join (select password_hash from accounts where username = 'admin') a
   where e.id in (select enterprise_id from qualification_applications
                  where status = 'ACCEPTED' and materials_due_at < now() + interval '11 minutes')" >/dev/null
echo "open ACCEPTED cases: $(q "select count(*) from qualification_applications where status='ACCEPTED'"); due in the run: $(q "select count(*) from qualification_applications where status='ACCEPTED' and materials_due_at < now() + interval '11 minutes'")"
token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"admin","password":"Bench-admin-2026"}' \
  "http://127.0.0.1:$port/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
count() { echo "history $(q "select count(*) from application_history where action='expire'"), audit $(q "select count(*) from audit_log where action='application.expire'"), notifications $(q "select count(*) from notifications")"; }
echo "before: $(count)"
health=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/actuator/health")
start=$(date +%s.%N)
curl -fs -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"advance":"PT15M"}' \
  "http://127.0.0.1:$port/api/v1/admin/clock" >/dev/null
swept=$(date +%s.%N)
until [ "$(q "select count(*) from event_publication where completion_date is null")" = 0 ]; do sleep 0.1; done
done_at=$(date +%s.%N)
echo "request (every deadline job, the sweep committed): $(echo "$swept - $start" | bc) s"
echo "until every event publication completed: $(echo "$done_at - $start" | bc) s"
echo "one GET /actuator/health before it (the trivial endpoint, for scale): ${health} s"
echo "after: $(count); expired: $(q "select count(*) from qualification_applications where status='EXPIRED'")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
