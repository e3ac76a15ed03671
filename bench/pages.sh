#!/usr/bin/env bash
# Page throughput benchmark: starts the packaged app on a fresh data folder, warms it up, then runs
# wrk against the main pages (loopback only). Needs wrk (apt-get install wrk) and a built jar
# (./mvnw -DskipTests package). Figures drift up to 2x on a shared machine: compare within one run.
# For SpasmCare beside a minimal app with our starters (start-up modes, memory, ratios): bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-18080}"
seconds="${SECONDS_PER_PAGE:-10}"
jar=target/spasmcare.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }

data=$(mktemp -d)
java -Xmx256m -jar "$jar" --server.port="$port" --spasmcare.data-dir="$data" > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT

start=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null; do
  kill -0 $app 2>/dev/null || { cat "$data/app.log"; exit 1; }
  sleep 0.1
done
echo "start-up to ready: $(echo "$(date +%s.%N) - $start" | bc) s (fresh database, migrations included)"

printf '%-28s %10s %12s %10s\n' page req/s "p50 latency" bytes
for path in /actuator/health / /treatments /treatments/heat-and-cold /treatments/compare; do
  url="http://127.0.0.1:$port$path"
  wrk -t2 -c32 -d3s "$url" > /dev/null            # warm-up
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  bytes=$(curl -s -H 'Accept: text/html' "$url" | wc -c)
  printf '%-28s %10s %12s %10s\n' "$path" "$rps" "$p50" "$bytes"
done
