#!/usr/bin/env bash
# 100 MB uploads at -Xmx256m: registers an enterprise whose licence is a 100 MB PDF, then uploads a 100 MB + 1 byte
# file (expects 413). Prints the HTTP codes, the time, and the peak heap the JVM reported (GC log).
set -euo pipefail
jar=${1:-target/cciais-platform.jar}
port=${PORT:-18081}
data=$(mktemp -d)
pdf=$data/big.pdf
python3 - "$pdf" <<'PY'
import sys
size = 100 * 1024 * 1024
head, tail = b"%PDF-1.4\n", b"\n%%EOF\n"
with open(sys.argv[1], "wb") as f:
    f.write(head)
    block = b"\0" * (1 << 20)
    left = size - len(head) - len(tail)
    while left:
        n = min(left, len(block)); f.write(block[:n]); left -= n
    f.write(tail)
PY
ls -l "$pdf"
CCIAIS_DATA_DIR=$data SERVER_PORT=$port CCIAIS_ADMIN_PASSWORD=Bench-admin-2026 \
  java -Xmx256m -Xlog:gc:file=$data/gc.log -jar "$jar" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do sleep 0.2; done
gen_code() { python3 - <<PY
import random
n = random.randint(10**8, 10**9 - 1)
chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
w = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
first = "91110000" + str(n)
s = sum(chars.index(c)*w[i] for i, c in enumerate(first))
print(first + chars[(31 - s % 31) % 31])
PY
}
code=$(gen_code)
data_json="{\"username\":\"bench$RANDOM\",\"password\":\"Bench-pass-2026\",\"regionCode\":\"110000\",\"creditCode\":\"$code\",\"name\":\"压测企业$RANDOM\",\"unitType\":\"私营企业\",\"registeredCapital\":100,\"legalRepresentative\":\"张三\",\"registeredAddress\":\"北京\",\"foundedOn\":\"2001-01-01\"}"
start=$(date +%s.%N)
status=$(curl -s -o "$data/resp.json" -w '%{http_code}' -F "data=$data_json;type=application/json" -F "file=@$pdf;type=application/pdf" "http://127.0.0.1:$port/api/v1/registrations/enterprise")
end=$(date +%s.%N)
echo "100 MB licence upload: HTTP $status in $(echo "$end - $start" | bc) s: $(cat "$data/resp.json")"
printf 'x' >> "$pdf"
data_json=${data_json//bench/bench2x}
code2=$(gen_code)
data_json=${data_json//$code/$code2}
status=$(curl -s -o "$data/resp2.json" -w '%{http_code}' -F "data=$data_json;type=application/json" -F "file=@$pdf;type=application/pdf" "http://127.0.0.1:$port/api/v1/registrations/enterprise")
echo "100 MB + 1 byte upload: HTTP $status: $(cat "$data/resp2.json")"
echo "heap after GC, max seen: $(grep -oE '[0-9]+M->[0-9]+M' "$data/gc.log" | awk -F'->' '{gsub("M","",$1); if ($1>m) m=$1} END {print m " MB (before GC)"}')"
if kill -0 $pid; then echo "JVM still alive at -Xmx256m"; fi
