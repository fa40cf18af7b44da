#!/usr/bin/env bash
# Whole benchmark on this machine against PostgreSQL: cold start, seeding, application-with-history reads under
# wrk -t2 -c32 with the work-list and 进度查询 rounds beside the health ceiling (bench/reads.sh), the deadline sweep
# over 104k open cases, and 100 MB uploads at -Xmx256m.
# Usage: bench/run.sh   (after `mvn -q -DskipTests package`); results are appended to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/cciais-platform.jar
port=18090
db=cciais_bench
out=bench/results/$(date +%Y%m%d-%H%M%S).txt
mkdir -p bench/results
exec > >(tee "$out") 2>&1
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -sr); date: $(date -Iseconds)"
echo "--- cold start (H2 default)"
bench/cold-start.sh "$jar"

psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
data=$(mktemp -d)
CCIAIS_DATA_DIR=$data SERVER_PORT=$port CCIAIS_ADMIN_PASSWORD=Bench-admin-2026 CCIAIS_CLOCK_ADJUSTABLE=true \
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx512m ${JAVA_OPTS:-} -jar "$jar" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q UP; do sleep 0.3; done
echo "--- seeding"
time psql -h 127.0.0.1 -U postgres -d $db -q -v ON_ERROR_STOP=1 -f bench/seed.sql
psql -h 127.0.0.1 -U postgres -d $db -tAc "select count(*) || ' enterprises' from enterprises" \
  -c "select count(*) || ' applications' from qualification_applications" \
  -c "select count(*) || ' history entries' from application_history" \
  -c "select count(*) || ' open ACCEPTED cases' from qualification_applications where status='ACCEPTED'"
token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"admin","password":"Bench-admin-2026"}' \
  "http://127.0.0.1:$port/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
echo "--- reads (bench/reads.sh: health ceiling, application read, work-list page, 进度查询 HTML)"
bench/reads.sh $port $db 30
echo "--- deadline sweep over $(psql -h 127.0.0.1 -U postgres -d $db -tAc "select count(*) from qualification_applications where status='ACCEPTED'") open cases (all deadline jobs, via the admin clock)"
for i in 1 2; do
  start=$(date +%s.%N)
  curl -fs -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"advance":"PT1S"}' \
    "http://127.0.0.1:$port/api/v1/admin/clock" >/dev/null
  end=$(date +%s.%N)
  echo "run $i: $(echo "$end - $start" | bc) s; expired so far: $(psql -h 127.0.0.1 -U postgres -d $db -tAc "select count(*) from qualification_applications where status='EXPIRED'")"
done
kill $pid; wait $pid 2>/dev/null || true
echo "--- 100 MB uploads at -Xmx256m (H2)"
bench/upload-100mb.sh "$jar"
