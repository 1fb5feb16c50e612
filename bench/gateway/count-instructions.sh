#!/bin/bash
# Instructions per request of a built gateway under valgrind/callgrind: independent of what else
# runs on the machine (CPU time is not, on two shared cores). The fake upstream and an exact-count
# load client run natively; the gateway is instrumented only while the measured requests run,
# after WARM requests have let V8 optimise (use ≥ 3000 non-stream or ≥ 500 streams).
#   bench/gateway/count-instructions.sh ROOT nonstream|stream200 WARM N TAG
# Prints instructions per request; `callgrind_annotate --inclusive=no /tmp/chatwire-ic-TAG/cg.out`
# splits them by function (V8 builtins, its compiler and GC by name; optimised JS as ???).
set -eu
ROOT=$(cd "$1" && pwd); SC=$2; WARM=$3; N=$4; TAG=$5
HERE=$(cd "$(dirname "$0")" && pwd)
D=/tmp/chatwire-ic-$TAG; rm -rf "$D"; mkdir -p "$D"
taskset -c 0 node "$HERE/fake-upstream.mjs" 0 > "$D/up.out" & UP=$!
for _ in $(seq 100); do sleep 0.2; UPPORT=$(grep -o '"port":[0-9]*' "$D/up.out" | cut -d: -f2 || true); [ -n "$UPPORT" ] && break; done
echo "{\"upstreams\":{\"up\":{\"dialect\":\"openai\",\"baseURL\":\"http://127.0.0.1:$UPPORT/v1\"}},\"routes\":[{\"match\":\"*\",\"upstream\":\"up\"}]}" > "$D/gw.json"
(cd "$ROOT" && exec valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$D/cg.out" \
  node apps/gateway/dist/main.js --config "$D/gw.json" --port 0 > "$D/gw.out" 2> "$D/vg.err") & GW=$!
for _ in $(seq 600); do sleep 0.5; P=$(grep -o '127.0.0.1:[0-9]*' "$D/gw.out" | head -1 | cut -d: -f2 || true); [ -n "$P" ] && break; done
CHUNKS=10; STREAM=false; [ "$SC" = stream200 ] && CHUNKS=200 && STREAM=true
BODY=$(node -e "import('$HERE/request-body.mjs').then(m => console.log(m.requestBody({ model: 'gpt-4o-mini', chunks: $CHUNKS, stream: $STREAM })))")
taskset -c 0 node "$HERE/load-exact.mjs" "$P" "$WARM" 8 "$BODY" > "$D/warm.out"
VPID=$(pgrep -f "callgrind-out-file=$D/cg.out" | head -1)
callgrind_control -i on "$VPID" > /dev/null
taskset -c 0 node "$HERE/load-exact.mjs" "$P" "$N" 8 "$BODY" > "$D/run.out"
callgrind_control -i off "$VPID" > /dev/null
kill "$GW" 2>/dev/null || true; wait "$GW" 2>/dev/null || true; kill "$UP"
TOTAL=$(grep -o 'Collected : [0-9]*' "$D/vg.err" | awk '{print $3}')
echo "$TAG $(cat "$D/run.out") instructions/request $((TOTAL / N))"
