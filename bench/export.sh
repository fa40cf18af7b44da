#!/usr/bin/env bash
# Excel export at scale (issue 11, item 10: 50,000 applications ≤ 10 s, heap growth ≤ 64 MB), beside the ceiling of
# the same run (GET /actuator/health of the same app under wrk -t2 -c32, measured before and after the exports):
#   seed bench/seed.sql into a fresh PostgreSQL database, start the jar on it, then time
#   GET /api/v1/review/applications?<query> with Accept: …spreadsheetml.sheet as ADMIN (every matching row, streamed)
#   and report the rows, the file size, the time, rows/s, the heap growth (jstat, sampled every 200 ms, peak used
#   minus used before) and "export time × ceiling" (how many health answers the node gives in the export's time,
#   a figure that drifts less between machines than seconds do).
# Usage: bench/export.sh [query, default status=ONSITE_REVIEW (the 50,000 seeded cases with history)] [runs, default 2]
#   env: JAR (target/cciais-platform.jar), JAVA_OPTS (extra JVM options, e.g. a JFR recording), PORT (18091), DB (cciais_export_bench), HEALTH_SECONDS (10)
# A short check: bench/export.sh 'status=ONSITE_REVIEW&q=压测企业2' 1   (5,555 rows)
set -euo pipefail
cd "$(dirname "$0")/.."
query=${1:-status=ONSITE_REVIEW}
runs=${2:-2}
jar=${JAR:-target/cciais-platform.jar}
port=${PORT:-18091}
db=${DB:-cciais_export_bench}
hdur=${HEALTH_SECONDS:-10}
base=http://127.0.0.1:$port
xlsx=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
out=bench/results/export-$(date +%Y%m%d-%H%M%S).txt
mkdir -p bench/results
exec > >(tee "$out") 2>&1
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1);" \
  "date: $(date -u -Iseconds); commit $(git rev-parse --short HEAD)"

if curl -fs -m 2 -o /dev/null "$base/actuator/health"; then echo "port $port is taken (another node?)"; exit 1; fi
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
data=$(mktemp -d)
CCIAIS_DATA_DIR=$data SERVER_PORT=$port CCIAIS_ADMIN_PASSWORD=Bench-admin-2026 \
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx512m ${JAVA_OPTS:-} -jar "$jar" >"$data/app.log" 2>&1 &
pid=$!
sampler=
cleanup() {
  [ -z "$sampler" ] || kill "$sampler" 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT
until curl -fs -m 5 "$base/actuator/health" | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { echo "the node did not start:"; tail -20 "$data/app.log"; exit 1; }
  sleep 0.3
done
echo "--- seeding (bench/seed.sql)"
/usr/bin/time -f "seeded in %e s" psql -h 127.0.0.1 -U postgres -d "$db" -q -v ON_ERROR_STOP=1 -f bench/seed.sql
token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"admin","password":"Bench-admin-2026"}' \
  "$base/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
url="$base/api/v1/review/applications?$query"
total=$(curl -fsG -o /dev/null -D - -H "Authorization: Bearer $token" "$base/api/v1/review/applications" \
  --data-urlencode "size=1" $(printf -- '--data-urlencode %s ' ${query//&/ }) | grep -i '^x-total-count' | tr -dc 0-9)
echo "list: GET /api/v1/review/applications?$query → X-Total-Count $total"

health() {
  wrk -t2 -c32 -d"${hdur}s" "$base/actuator/health" | awk '/Requests\/sec/{print $2}'
}
used() { # heap used now, MB (young + old, as jstat -gc counts them)
  jstat -gc "$pid" | awk 'NR==2{printf "%.0f\n", ($3+$4+$6+$8)/1024}'
}
wrk -t2 -c32 -d5s "$base/actuator/health" >/dev/null # warm-up
ceiling=$(health)
echo "ceiling before: $ceiling req/s (GET /actuator/health, wrk -t2 -c32 -d${hdur}s)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| run | rows | file | time | rows/s | heap before → peak (growth) | time × ceiling |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for i in $(seq 1 "$runs"); do
  jcmd "$pid" GC.run >/dev/null
  before=$(used)
  (while :; do used; sleep 0.2; done) > "$data/heap.txt" &
  sampler=$!
  t=$(curl -fsG -o "$data/export.xlsx" -w '%{time_total}' -H "Authorization: Bearer $token" -H "Accept: $xlsx" \
    "$base/api/v1/review/applications" $(printf -- '--data-urlencode %s ' ${query//&/ }))
  kill $sampler; wait $sampler 2>/dev/null || true; sampler=
  peak=$(sort -n "$data/heap.txt" | tail -1)
  rows=$(python3 - "$data/export.xlsx" <<'PY'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    sheet = z.read("xl/worksheets/sheet1.xml").decode()
print(len(re.findall(r"<row ", sheet)) - 1)
PY
)
  size=$(stat -c %s "$data/export.xlsx")
  echo "| $i | $rows | $(numfmt --to=iec --suffix=B "$size") | ${t} s | $(echo "$rows / $t" | bc) | $before → $peak MB (+$((peak - before)) MB) | $(echo "$t * $ceiling" | bc | cut -d. -f1) |"
done
again=$(health)
echo "ceiling after: $again req/s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
