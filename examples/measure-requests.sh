#!/usr/bin/env bash
# Times the first and the tenth request of an example service: starts the jar, waits for its port and then for
# Spring Boot's "Started … in … seconds" (the start is over, the starter's warm-up included; no request is sent
# before, so whatever the warm-up left cold the first one still finds cold), posts the sample county ten times to
# ENDPOINT, prints the status and time of the first and the tenth, and stops the service.
#
#   examples/measure-requests.sh examples/boot4-service/target/countychain-example-boot4.jar /counties/screen [BODY.json]
#
# Without BODY the sample county is taken from the jar's countychain-core. Needs java, curl and unzip.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 JAR ENDPOINT [BODY.json]" >&2
  exit 2
fi
jar=$1
endpoint=$2
body=${3:-}
port=${PORT:-18080}
work=$(mktemp -d)
pid=
cleanup() {
  if [[ -n "$pid" ]]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z "$body" ]]; then
  core=$(unzip -Z1 "$jar" | grep -E '^BOOT-INF/lib/countychain-core-[^/]*\.jar$' | head -n 1)
  unzip -p "$jar" "$core" > "$work/core.jar"
  unzip -p "$work/core.jar" org/countychain/sample/jinjiang-2024.json > "$work/body.json"
  body=$work/body.json
fi

start=$(date +%s%N)
java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" > "$work/service.log" 2>&1 &
pid=$!
deadline=$(( $(date +%s) + ${START_TIMEOUT:-300} ))
until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null || (( $(date +%s) > deadline )); then
    echo "the service stopped or did not open port $port in time; its log:" >&2
    cat "$work/service.log" >&2
    exit 1
  fi
  sleep 0.1
done
open=$(date +%s%N)
until grep -q 'Started .* in .* seconds' "$work/service.log"; do
  if ! kill -0 "$pid" 2>/dev/null || (( $(date +%s) > deadline )); then
    echo "the service stopped or did not report its start in time; its log:" >&2
    cat "$work/service.log" >&2
    exit 1
  fi
  sleep 0.1
done
ready=$(date +%s%N)
echo "port open in $(( (open - start) / 1000000 )) ms, started in $(( (ready - start) / 1000000 )) ms"

failed=0
for i in $(seq 1 10); do
  out=$(curl -s -o "$work/response" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
    --data-binary "@$body" "http://127.0.0.1:$port$endpoint")
  code=${out% *}
  seconds=${out#* }
  ms=$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')
  if [[ $code != 2?? ]]; then
    failed=1
  fi
  if [[ $i -eq 1 || $i -eq 10 || $code != 2?? ]]; then
    echo "request $i: HTTP $code, $ms ms, $(wc -c < "$work/response") bytes"
  fi
done
if ((failed)); then
  echo "a request did not succeed; the service's log:" >&2
  tail -n 50 "$work/service.log" >&2
  exit 1
fi
