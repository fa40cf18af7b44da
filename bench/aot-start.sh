#!/usr/bin/env bash
# Cold start on a newer JDK (issue 11 item 9, a measure tried): the same jar, run by JDK 25 (Temurin, installed under
# /usr/lib/jvm) plain, then with its AOT cache (JEP 483/514: classes loaded and linked, and method profiles, from a
# training run that stops right after the context refresh). Each start on a fresh H2 data directory, timed to
# /actuator/health UP, with the first request and the RSS 5 s after UP. The project still builds for Java 17.
# Usage: bench/aot-start.sh [jar]   JAVA=/path/to/java overrides the JDK; SPRING_AOT=true for a jar built with
# `mvn -Paot -DskipTests package` (Spring AOT: bean definitions and repositories generated at build time), which
# then runs every start, the training run included, with -Dspring.aot.enabled=true.
set -euo pipefail
jar=${1:-target/cciais-platform.jar}
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
port=${PORT:-18080}
out=target/aot
aot=()
[ "${SPRING_AOT:-false}" = true ] && aot=(-Dspring.aot.enabled=true)
"$java" -version 2>&1 | head -1
rm -rf "$out" && "$java" -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
app=$out/$(basename "$jar")
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
start_once() { # label, JVM options...
  local label=$1; shift
  rm -rf "${data:?}"/*
  local start; start=$(date +%s.%N)
  CCIAIS_DATA_DIR=$data SERVER_PORT=$port CCIAIS_ADMIN_PASSWORD=Bench-admin-2026 \
    "$java" -Xmx256m "${aot[@]}" "$@" -jar "$app" >"$data/app.log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "app died"; tail -50 "$data/app.log"; exit 1; }
    sleep 0.1
  done
  local up; up=$(echo "$(date +%s.%N) - $start" | bc)
  local cpu; cpu=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14+$15)/t}' /proc/$pid/stat)
  local first; first=$(date +%s.%N); curl -fs -o /dev/null "http://127.0.0.1:$port/login"
  first=$(echo "$(date +%s.%N) - $first" | bc)
  sleep 5
  echo "$label: UP after $up s (CPU $cpu s), first /login $first s, RSS $(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status) MB, load $(cut -d' ' -f1-3 /proc/loadavg)"
  kill $pid; wait $pid 2>/dev/null || true
}
start_once "JDK 25, no cache"
rm -rf "${data:?}"/*
start=$(date +%s.%N)
CCIAIS_DATA_DIR=$data CCIAIS_ADMIN_PASSWORD=Bench-admin-2026 "$java" -Xmx256m "${aot[@]}" -XX:AOTCacheOutput="$out/app.aot" \
  -Dspring.context.exit=onRefresh -jar "$app" >"$data/train.log" 2>&1
echo "training run: $(echo "$(date +%s.%N) - $start" | bc) s, cache $(du -h "$out/app.aot" | cut -f1)"
start_once "JDK 25, AOT cache" -XX:AOTCache="$out/app.aot"
start_once "JDK 25, AOT cache, SerialGC" -XX:AOTCache="$out/app.aot" -XX:+UseSerialGC
