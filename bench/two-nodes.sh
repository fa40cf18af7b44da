#!/usr/bin/env bash
# Two nodes versus one on this machine (issue 13, item 5): the application read (GET /api/v1/applications/{id} with
# its history, as ADMIN, 50,000 seeded ids rotating) and /actuator/health, each for 60 s with 32 connections in
# total (wrk -t2 -c32 against one node; against two nodes one wrk -t1 -c16 per node at the same time, summed), both
# nodes on one PostgreSQL database (bench/seed.sql). One node and two nodes are measured in the same run, rounds
# interleaved, because the 2 cores are shared by both JVMs, wrk and PostgreSQL.
# Usage: bench/two-nodes.sh   (after `mvn -q -DskipTests package`); DURATION=60s by default. Output: bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/cciais-platform.jar
db=cciais_two_nodes
duration=${DURATION:-60s}
ports=(18091 18092)
out=bench/results/two-nodes-$(date +%Y%m%d-%H%M%S).txt
mkdir -p bench/results
exec > >(tee "$out") 2>&1
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "date: $(date -Iseconds); commit: $(git rev-parse --short HEAD); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
start_node() { # index
  local i=$1 port=${ports[$1]}
  mkdir -p "$work/node$i"
  CCIAIS_DATA_DIR=$work/node$i SERVER_PORT=$port CCIAIS_NODE_NAME=bench-$i CCIAIS_ADMIN_PASSWORD=Bench-admin-2026 \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
    java -Xmx512m -jar "$jar" >"$work/node$i.log" 2>&1 &
  pids+=($!)
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "node $i died"; tail -50 "$work/node$i.log"; exit 1; }
    sleep 0.3
  done
}
start_node 0
echo "--- seeding"
psql -h 127.0.0.1 -U postgres -d $db -q -v ON_ERROR_STOP=1 -f bench/seed.sql
start_node 1
token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"admin","password":"Bench-admin-2026"}' \
  "http://127.0.0.1:${ports[0]}/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
psql -h 127.0.0.1 -U postgres -d $db -tAc \
  "select id from qualification_applications where status='ONSITE_REVIEW' order by id limit 50000" > "$work/ids.txt"
first=$(head -1 "$work/ids.txt")
for port in "${ports[@]}"; do # the token of node 1 reads on both: one database behind them
  curl -fs -o /dev/null -w "sample read on :$port -> %{http_code}, %{size_download} bytes\n" \
    -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/applications/$first"
done
cat > "$work/read.lua" <<LUA
local ids = {}
for line in io.lines("$work/ids.txt") do ids[#ids + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/applications/" .. ids[(i % #ids) + 1], { ["Authorization"] = "Bearer $token" })
end
LUA

# wrk's requests/s, and its error lines (non-2xx, socket errors), of one output file
rps() { awk '/Requests\/sec/{print $2}' "$1"; }
errors() { grep -E 'Non-2xx|Socket errors' "$1" | tr '\n' ' ' || true; }
one() { # label path-or-script
  local args=(-t2 -c32 -d"$duration" --latency)
  [[ $2 == *.lua ]] && args+=(-s "$2")
  wrk "${args[@]}" "http://127.0.0.1:${ports[0]}$([[ $2 == *.lua ]] || echo "$2")" > "$work/one.txt"
  echo "$1 one node: $(rps "$work/one.txt") req/s; p99 $(awk '/ 99%/{print $2}' "$work/one.txt"); $(errors "$work/one.txt")"
  echo "$1 one $(rps "$work/one.txt")" >> "$work/summary"
}
two() { # label path-or-script
  local i w=()
  for i in 0 1; do
    local args=(-t1 -c16 -d"$duration" --latency)
    [[ $2 == *.lua ]] && args+=(-s "$2")
    wrk "${args[@]}" "http://127.0.0.1:${ports[$i]}$([[ $2 == *.lua ]] || echo "$2")" > "$work/two$i.txt" &
    w+=($!)
  done
  wait "${w[@]}" # (a bare wait would wait for the nodes too)
  local sum
  sum=$(echo "$(rps "$work/two0.txt") + $(rps "$work/two1.txt")" | bc)
  echo "$1 two nodes: $sum req/s (node 1 $(rps "$work/two0.txt"), node 2 $(rps "$work/two1.txt")); p99 $(awk '/ 99%/{print $2}' "$work/two0.txt") / $(awk '/ 99%/{print $2}' "$work/two1.txt"); $(errors "$work/two0.txt") $(errors "$work/two1.txt")"
  echo "$1 two $sum" >> "$work/summary"
}
echo "--- warm-up (15 s per node)"
wrk -t1 -c16 -d15s -s "$work/read.lua" "http://127.0.0.1:${ports[0]}" >/dev/null &
warm=$!
wrk -t1 -c16 -d15s -s "$work/read.lua" "http://127.0.0.1:${ports[1]}" >/dev/null
wait $warm
echo "--- $duration each, 32 connections in total"
one read "$work/read.lua"
two read "$work/read.lua"
one health /actuator/health
two health /actuator/health
echo "--- summary"
awk '{v[$1" "$2]=$3} END {
  printf "read: one node %s req/s, two nodes %s req/s, ratio %.2f\n", v["read one"], v["read two"], v["read two"]/v["read one"];
  printf "health: one node %s req/s, two nodes %s req/s, ratio %.2f\n", v["health one"], v["health two"], v["health two"]/v["health one"];
  printf "read / health: one node %.3f, two nodes %.3f\n", v["read one"]/v["health one"], v["read two"]/v["health two"] }' "$work/summary"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
