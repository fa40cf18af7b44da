#!/usr/bin/env bash
# Read rounds against a running, seeded node (bench/seed.sql on PostgreSQL), each under wrk -t2 -c32, every figure
# beside the ceiling of the same run (GET /actuator/health of the same app, measured first and again last):
#   health   GET /actuator/health                                   (the ceiling)
#   read     GET /api/v1/applications/{id} as ADMIN, 50,000 ids rotating (materials, history, actions, enterprise)
#   worklist GET /api/v1/applications?size=50&sort=updatedAt,desc as ADMIN (a work-list page of the newest changes)
#   progress GET /enterprise/progress (进度查询, HTML) as an enterprise with a session
#   worklist-html GET /admin/applications?sort=updatedAt,desc (资质申请总览, HTML, 50 rows of 154,000) as ADMIN with a session
# Usage: bench/reads.sh PORT DB [seconds per round, default 30]. Prints one table line per round.
set -euo pipefail
port=$1
db=$2
dur=${3:-30}
base=http://127.0.0.1:$port
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql -h 127.0.0.1 -U postgres -d "$db" -tAc "$1"; }

# an enterprise log-in for 进度查询 (the admin's password hash, so the same password)
ent=$(q "select enterprise_id from qualification_applications where status='ONSITE_REVIEW' order by id limit 1")
q "insert into accounts (username, password_hash, role, display_name, enterprise_id, enabled, created_at,
     password_changed_at, version)
   select 'bench-enterprise', password_hash, 'ENTERPRISE', '压测企业', $ent, true, now(), now(), 0
   from accounts where username = 'admin' on conflict do nothing" >/dev/null
token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"admin","password":"Bench-admin-2026"}' \
  "$base/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
jar=$work/cookies
csrf=$(curl -fs -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=bench-enterprise" \
  --data-urlencode "password=Bench-admin-2026" --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6=="SESSION"{print $7}' "$jar")
[ -n "$session" ] || { echo "enterprise log-in failed"; exit 1; }
ajar=$work/admin-cookies
csrf=$(curl -fs -c "$ajar" -b "$ajar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -fs -o /dev/null -c "$ajar" -b "$ajar" --data-urlencode "username=admin" \
  --data-urlencode "password=Bench-admin-2026" --data-urlencode "_csrf=$csrf" "$base/login"
asession=$(awk '$6=="SESSION"{print $7}' "$ajar")
[ -n "$asession" ] || { echo "admin log-in failed"; exit 1; }
q "select id from qualification_applications where status='ONSITE_REVIEW' order by id limit 50000" > "$work/ids.txt"

cat > "$work/read.lua" <<LUA
local ids = {}
for line in io.lines("$work/ids.txt") do ids[#ids + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/applications/" .. ids[(i % #ids) + 1], { ["Authorization"] = "Bearer $token" })
end
LUA
echo "sizes: read $(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/applications/$(head -1 "$work/ids.txt")" | wc -c) B," \
  "worklist $(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/applications?size=50&sort=updatedAt,desc" | wc -c) B" \
  "(X-Total-Count $(curl -fsI -H "Authorization: Bearer $token" "$base/api/v1/applications?size=50&sort=updatedAt,desc" | grep -i x-total-count | tr -dc 0-9))," \
  "progress $(curl -fs -b "SESSION=$session" "$base/enterprise/progress" | wc -c) B," \
  "worklist-html $(curl -fs -b "SESSION=$asession" "$base/admin/applications?sort=updatedAt,desc" | wc -c) B"

# wrk output → "req/s p50 p99 non2xx timeouts"
summary() {
  awk '/Requests\/sec/{rps=$2} /^ +50%/{p50=$2} /^ +99%/{p99=$2} /Non-2xx/{bad=$NF} /Socket errors/{for(i=1;i<=NF;i++) if($i=="timeout") to=$(i+1)}
       END{printf "%s %s %s %s %s\n", rps, p50, p99, bad+0, to+0}' "$1"
}
round() {
  local name=$1; shift
  wrk -t2 -c32 -d"${dur}s" --latency "$@" > "$work/$name.txt"
  set -- $(summary "$work/$name.txt")
  printf '%s %s %s %s %s %s\n' "$name" "$1" "$2" "$3" "$4" "$5" >> "$work/rounds"
}
echo "--- warm-up (15 s each: read, worklist, progress, health)"
wrk -t2 -c32 -d15s -s "$work/read.lua" "$base" >/dev/null
wrk -t2 -c32 -d15s -H "Authorization: Bearer $token" "$base/api/v1/applications?size=50&sort=updatedAt,desc" >/dev/null
wrk -t2 -c32 -d15s -H "Cookie: SESSION=$session" "$base/enterprise/progress" >/dev/null
wrk -t2 -c32 -d15s -H "Cookie: SESSION=$asession" "$base/admin/applications?sort=updatedAt,desc" >/dev/null
wrk -t2 -c32 -d15s "$base/actuator/health" >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
round health "$base/actuator/health"
round read -s "$work/read.lua" "$base"
round worklist -H "Authorization: Bearer $token" "$base/api/v1/applications?size=50&sort=updatedAt,desc"
round progress -H "Cookie: SESSION=$session" "$base/enterprise/progress"
round worklist-html -H "Cookie: SESSION=$asession" "$base/admin/applications?sort=updatedAt,desc"
round health-again "$base/actuator/health"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
ceiling=$(awk '$1=="health"{print $2}' "$work/rounds")
echo "| round (wrk -t2 -c32 -d${dur}s) | req/s | × ceiling | p50 | p99 | non-2xx | timeouts |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
awk -v c="$ceiling" '{printf "| %s | %.0f | %.3f | %s | %s | %s | %s |\n", $1, $2, $2 / c, $3, $4, $5, $6}' "$work/rounds"
for f in "$work"/*.txt; do [ "$f" = "$work/ids.txt" ] || { echo "--- raw $(basename "$f")"; cat "$f"; }; done
