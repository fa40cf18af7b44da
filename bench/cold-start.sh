#!/usr/bin/env bash
# Cold start: seconds from `java -jar` to /actuator/health UP, on a fresh H2 data directory (migrations included)
# and again on the same directory (warm data, cold JVM). Usage: bench/cold-start.sh [jar]
set -euo pipefail
jar=${1:-target/cciais-platform.jar}
port=${PORT:-18080}
data=$(mktemp -d)
measure() {
  local start end
  start=$(date +%s.%N)
  CCIAIS_DATA_DIR=$data SERVER_PORT=$port CCIAIS_ADMIN_PASSWORD=Bench-admin-2026 java -Xmx256m -jar "$jar" >"$data/app.log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "app died"; tail -50 "$data/app.log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  # CPU seconds the JVM used until UP: on a shared machine this moves far less than the wall time
  cpu=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14+$15)/t}' /proc/$pid/stat)
  echo "$1: $(echo "$end - $start" | bc) s, CPU $cpu s, load $(cut -d' ' -f1 /proc/loadavg) (log says: $(grep -o 'Started PlatformApplication in [0-9.]* seconds' "$data/app.log"))"
  kill $pid; wait $pid 2>/dev/null || true
}
measure "first start (empty database, all migrations)"
measure "second start (existing database)"
rm -rf "$data"
