#!/usr/bin/env bash
# Every benchmark of issue 11 in one go, for an idle machine: bench/run.sh (cold start, reads beside the ceiling,
# uploads), bench/sweep.sh, bench/export.sh and, when a Spring AOT jar is given, bench/aot-start.sh on it.
# Usage: bench/all.sh [AOT jar]   (after `mvn -q -DskipTests package`; the AOT jar from `mvn -Paot -DskipTests
# package`, copied aside, as both builds write target/cciais-platform.jar)
set -uo pipefail
cd "$(dirname "$0")/.."
echo "=== commit $(git rev-parse --short HEAD), $(date -Iseconds), load $(cut -d' ' -f1-3 /proc/loadavg)"
bench/run.sh
echo "=== sweep"
bench/sweep.sh
echo "=== export"
bench/export.sh
if [ -n "${1:-}" ]; then
  echo "=== AOT start ($1, JDK 25 + AOT cache)"
  SPRING_AOT=true bench/aot-start.sh "$1"
fi
echo "=== done $(date -Iseconds)"
