#!/usr/bin/env bash
# JVM flag sets side by side on SpasmCare alone: the evidence behind the memory flags in the Dockerfile.
#
#   bench/flags.sh                                   # the default sets below, 3 rounds
#   bench/flags.sh "g1=-Xmx128m -XX:+UseG1GC" "serial=-Xmx128m -XX:+UseSerialGC"
#
# Each argument is LABEL=FLAGS; a FLAGS word like MALLOC_ARENA_MAX=2 (capitals, =) is set in the environment
# instead of passed to java. Runs the extracted jar on Java 25 with an AOT cache trained per flag set (as the
# image does: a cache fits only the flags it was trained with), the sets alternating over ROUNDS rounds (the
# order flips every round), each start on a fresh data folder, and prints medians of: start to ready, RSS when
# ready, requests per second (wrk -t2 -c32) for the home page, a care plan page and the JSON API, RSS after
# that load. Needs a Java 17 JDK (JAVA17, to build and extract), a Java 25 JDK (JAVA25), wrk and curl.
# Settings: ROUNDS=3, WRK_SECONDS=10, WARMUP_SECONDS=3, PORT=18080, SKIP_BUILD=1, APP_ARGS (more app arguments,
# for example --spring.profiles.active=kiosk).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${ROUNDS:-3}"
wrk_seconds="${WRK_SECONDS:-10}"
warmup_seconds="${WARMUP_SECONDS:-3}"
port="${PORT:-18080}"
base="http://127.0.0.1:$port"
read -r -a app_args <<< "${APP_ARGS:-}"

. bench/lib.sh
find_jdks
[ -n "$java25" ] || { echo "needs a Java 25 JDK for the AOT cache (JAVA25)" >&2; exit 1; }
need_tools

sets=("$@")
if [ ${#sets[@]} = 0 ]; then
  sets=("G1=-Xmx128m -XX:+UseG1GC"
        "Serial=-Xmx128m -XX:+UseSerialGC"
        "Serial+COH=-Xmx128m -XX:+UseSerialGC -XX:+UseCompactObjectHeaders"
        "Serial+COH+arenas=-Xmx128m -XX:+UseSerialGC -XX:+UseCompactObjectHeaders MALLOC_ARENA_MAX=2")
fi

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "building SpasmCare ..." >&2
  ./mvnw -B -q -DskipTests package
fi
work=$(mktemp -d)
trap 'stop; rm -rf "$work"' EXIT
"$java17" -Djarmode=tools -jar target/spasmcare.jar extract --destination "$work/x" > /dev/null
jar="$work/x/spasmcare.jar"

# command N: sets cmd (env, java, flags of set N) and label
command_of() {
  local spec=${sets[$1]} word
  label=${spec%%=*}
  cmd=(env)
  for word in ${spec#*=}; do
    if [[ "$word" =~ ^[A-Z_]+= ]]; then cmd+=("$word"); fi
  done
  cmd+=("$java25")
  for word in ${spec#*=}; do
    if [[ ! "$word" =~ ^[A-Z_]+= ]]; then cmd+=("$word"); fi
  done
}

echo "training one AOT cache per flag set ..." >&2
for i in "${!sets[@]}"; do
  command_of "$i"
  "${cmd[@]}" -XX:AOTCacheOutput="$work/$i.aot" -Dspring.context.exit=onRefresh -jar "$jar" "${app_args[@]}" \
    --server.port="$port" --spasmcare.data-dir="$(mktemp -d "$work/data.XXXX")" > "$work/train-$i.log" 2>&1 || true
  [ -s "$work/$i.aot" ] || { echo "no AOT cache for $label" >&2; tail -20 "$work/train-$i.log" >&2; exit 1; }
done

printf '{"durationDays": 1, "painScore": 3, "redFlags": [], "safetyFactors": [], "age": 40}' > "$work/body.json"
export BODY_FILE="$work/body.json"
declare -A runs=()
add() { runs["$1|$2"]+="$3 "; }

for round in $(seq 1 "$rounds"); do
  order=("${!sets[@]}")
  if [ $((round % 2)) = 0 ]; then mapfile -t order < <(printf '%s\n' "${!sets[@]}" | sort -rn); fi
  for i in "${order[@]}"; do
    command_of "$i"
    echo "round $round: $label" >&2
    launch "$work/run-$i.log" "${cmd[@]}" -XX:AOTMode=on -XX:AOTCache="$work/$i.aot" -jar "$jar" "${app_args[@]}"
    add "$i" ready "$ready_s"
    add "$i" rss "$(rss_mb)"
    wrk_rps "$base/" bench/lua/keep-cookie.lua; add "$i" home "$rps_out"
    wrk_rps "$base/assessment/plan?noRedFlags=true&agoAmount=1&agoUnit=days&painScore=3&age=40" bench/lua/keep-cookie.lua
    add "$i" plan "$rps_out"
    wrk_rps "$base/api/v1/assessments" bench/lua/post-json.lua; add "$i" api "$rps_out"
    add "$i" load "$(rss_mb)"
    stop
  done
done

echo
echo "SpasmCare, Java 25 + AOT cache, $(nproc) cores, $rounds round(s), wrk -t2 -c32 ${wrk_seconds}s after ${warmup_seconds}s; medians"
printf '| %-22s | %9s | %9s | %9s | %9s | %9s | %9s | %s\n' "flag set" "ready (s)" "RSS ready" "home r/s" "plan r/s" "API r/s" "RSS load" flags
printf '| %-22s | %9s | %9s | %9s | %9s | %9s | %9s | %s\n' --- --- --- --- --- --- --- ---
for i in "${!sets[@]}"; do
  printf '| %-22s | %9s | %9s | %9s | %9s | %9s | %9s | %s\n' "${sets[$i]%%=*}" "$(median "${runs[$i|ready]}")" \
    "$(median "${runs[$i|rss]}")" "$(median "${runs[$i|home]}")" "$(median "${runs[$i|plan]}")" \
    "$(median "${runs[$i|api]}")" "$(median "${runs[$i|load]}")" "${sets[$i]#*=}"
done
echo "RSS in MB (VmRSS). ! : some answers were not 2xx/3xx during that wrk run."
