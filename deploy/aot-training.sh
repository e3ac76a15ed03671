#!/usr/bin/env bash
# The image's AOT cache (Java 25), made at build time by the Dockerfile:
#   aot-training.sh CACHE JAR
# Starts JAR as the ENTRYPOINT does (same jar, same folder, same JDK_JAVA_OPTIONS: a cache fits only those) with
# -XX:AOTCacheOutput=CACHE, on a throwaway database, asks for what first visitors ask for (the home page, the
# treatments, the comparison, the assessment, a care plan, sign-in, the JSON API), then stops it. At exit the
# JVM writes every class that run loaded, already parsed and linked, and its method profiles into CACHE.
# Trained through those requests rather than stopped once the context is ready, the cache also makes the
# first pages after a start faster (docs/running.md, "Start-up budget").
set -euo pipefail
cache=$1
jar=$2
port=${AOT_TRAINING_PORT:-18089}
data=$(mktemp -d)
java -XX:AOTCacheOutput="$cache" -jar "$jar" --server.port="$port" --spasmcare.data-dir="$data" &
app=$!

# request METHOD PATH [JSON]: the answer's status code, over bash's /dev/tcp (the JRE image has no curl);
# "none" when nothing answers yet. A subshell, so a refused connection ends only it.
request() {
  (
    exec 3<> "/dev/tcp/127.0.0.1/$port" || { echo none; exit 0; }
    if [ -n "${3:-}" ]; then
      printf '%s %s HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: %d\r\n\r\n%s' \
        "$1" "$2" "${#3}" "$3" >&3
    else
      printf '%s %s HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n' "$1" "$2" >&3
    fi
    read -r _ status _ <&3 || status=none
    cat <&3 > /dev/null
    echo "$status"
  ) 2> /dev/null
}

for _ in $(seq 1 600); do
  [ "$(request GET /actuator/health/readiness)" = 200 ] && break
  kill -0 "$app" 2> /dev/null || { echo "aot-training: the app ended before it was ready" >&2; exit 1; }
  sleep 0.2
done

failed=0
for path in / /treatments /treatments/heat-and-cold /treatments/compare /assessment /login /register \
    '/assessment/plan?noRedFlags=true&agoAmount=1&agoUnit=days&painScore=3&age=40'; do
  for _ in 1 2 3; do
    status=$(request GET "$path")
    [ "$status" = 200 ] || { echo "aot-training: GET $path answered $status" >&2; failed=1; }
  done
done
for _ in 1 2 3; do
  status=$(request POST /api/v1/assessments \
    '{"durationDays": 1, "painScore": 3, "redFlags": [], "safetyFactors": [], "age": 40}')
  [ "$status" = 200 ] || { echo "aot-training: POST /api/v1/assessments answered $status" >&2; failed=1; }
done

kill -TERM "$app"
wait "$app" || true # 143: ended by the TERM above; the cache is written as the JVM exits
rm -rf "$data"
[ "$failed" = 0 ] || exit 1
[ -s "$cache" ] || { echo "aot-training: no cache was written to $cache" >&2; exit 1; }
