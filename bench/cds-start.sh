#!/usr/bin/env bash
# Cold start with an AppCDS archive (issue 11 item 9): extract the jar into the layout CDS can use, write the archive
# in a training run that stops right after the context refresh, then start from it and time /actuator/health UP.
# Usage: bench/cds-start.sh [jar] [extra JVM options...]. The archive belongs to this JDK and this jar: build it again
# after either changes (java refuses a stale archive with a warning and starts without it).
set -euo pipefail
jar=${1:-target/cciais-platform.jar}; shift || true
port=${PORT:-18080}
out=target/cds
rm -rf "$out" && java -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
app=$out/$(basename "$jar")
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
start=$(date +%s.%N)
CCIAIS_DATA_DIR=$data CCIAIS_ADMIN_PASSWORD=Bench-admin-2026 java -Xmx256m -XX:ArchiveClassesAtExit="$out/app.jsa" \
  -Dspring.context.exit=onRefresh -jar "$app" >"$data/train.log" 2>&1
echo "training run: $(echo "$(date +%s.%N) - $start" | bc) s, archive $(du -h "$out/app.jsa" | cut -f1)"
rm -rf "${data:?}"/*
start=$(date +%s.%N)
CCIAIS_DATA_DIR=$data SERVER_PORT=$port CCIAIS_ADMIN_PASSWORD=Bench-admin-2026 \
  java -Xmx256m -XX:SharedArchiveFile="$out/app.jsa" "$@" -jar "$app" >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 $pid 2>/dev/null || { echo "app died"; tail -50 "$data/app.log"; exit 1; }
  sleep 0.1
done
up=$(echo "$(date +%s.%N) - $start" | bc)
first=$(date +%s.%N); curl -fs -o /dev/null "http://127.0.0.1:$port/login"; first=$(echo "$(date +%s.%N) - $first" | bc)
sleep 5
echo "with the archive $*: UP after $up s, first /login $first s, RSS $(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status) MB, load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $pid; wait $pid 2>/dev/null || true
