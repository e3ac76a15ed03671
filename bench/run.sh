#!/usr/bin/env bash
# SpasmCare beside a floor (bench/floor: a minimal app with exactly our starters), measured on this machine.
#
# Builds both jars once, then for ROUNDS rounds, SpasmCare and the floor alternating (the order flips every
# round), each start on a fresh data folder with the same JVM flags:
#   start to ready (polling /actuator/health/readiness) for
#     1. the plain jar on Java 17             2. the extracted layered jar on Java 17
#     3. extracted + Java 17 CDS archive      4. extracted + Java 25 AOT cache
#   RSS (VmRSS) when ready, for each way of starting, and after the load below (plain jar);
#   wrk -t2 -c32 throughput after a short warm-up, on the plain jar: the home page, a treatment, the
#   comparison, a care plan page (a take-home link, keeping its session cookie) and the JSON API
#   (POST /api/v1/assessments). The floor answers every page row with its one Thymeleaf page and the API
#   row with its one JSON endpoint.
# Prints medians and each figure's ratio to the floor. The CDS archive and AOT cache come from one training
# run each (-Dspring.context.exit=onRefresh) on the same extracted folder, before the rounds; the runs use
# -Xshare:on and -XX:AOTMode=on, so an archive the JVM cannot use fails the run instead of being ignored.
#
# Needs: a Java 17 JDK (java on the PATH, or JAVA17=/path/to/bin/java), a Java 25 JDK for the AOT cache
# (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java; the row is skipped without it), wrk and curl.
# Settings (environment): ROUNDS=3, WRK_SECONDS=10 (per endpoint), WARMUP_SECONDS=3, JVM_OPTS=-Xmx128m,
# PORT=18080, SKIP_BUILD=1 to reuse the jars already built.
# Figures drift by up to 2x on a shared machine: read the ratios, which are taken within the same rounds.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${ROUNDS:-3}"
wrk_seconds="${WRK_SECONDS:-10}"
warmup_seconds="${WARMUP_SECONDS:-3}"
read -r -a jvm_opts <<< "${JVM_OPTS:--Xmx128m}"
port="${PORT:-18080}"
base="http://127.0.0.1:$port"

java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
java17="${JAVA17:-java}"
if [ "$(java_major "$java17" 2>/dev/null)" != 17 ] && [ -z "${JAVA17:-}" ]; then
  java17=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
fi
[ "$(java_major "$java17" 2>/dev/null)" = 17 ] || { echo "needs a Java 17 JDK: set JAVA17=/path/to/bin/java" >&2; exit 1; }
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
if [ "$(java_major "$java25" 2>/dev/null)" != 25 ]; then
  echo "no Java 25 at $java25 (set JAVA25): the AOT cache row is skipped" >&2
  java25=""
fi
for tool in wrk curl awk; do
  command -v "$tool" > /dev/null || { echo "needs $tool (apt-get install $tool)" >&2; exit 1; }
done
if curl -s -o /dev/null "$base/"; then
  echo "port $port is already in use: set PORT" >&2; exit 1
fi

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "building SpasmCare and the floor ..." >&2
  ./mvnw -B -q -DskipTests package
  ./mvnw -B -q -f bench/floor/pom.xml -DskipTests package
fi
declare -A jar=([app]="$PWD/target/spasmcare.jar" [floor]="$PWD/bench/floor/target/floor.jar")
for a in app floor; do [ -f "${jar[$a]}" ] || { echo "missing ${jar[$a]}" >&2; exit 1; }; done

work=$(mktemp -d)
pid=""
stop() {
  if [ -n "$pid" ]; then
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    pid=""
  fi
}
trap 'stop; rm -rf "$work"' EXIT

now() { date +%s%N; }

# start APP MODE: starts it on a fresh data folder, sets pid, waits until ready; sets ready_s (seconds).
start() {
  local app=$1 mode=$2 data log t0 java
  data=$(mktemp -d "$work/data.XXXX")
  log="$work/$app-$mode.log"
  local -a cmd
  case $mode in
    plain) cmd=("$java17" "${jvm_opts[@]}" -jar "${jar[$app]}") ;;
    extracted) cmd=("$java17" "${jvm_opts[@]}" -jar "$work/$app/x/$(basename "${jar[$app]}")") ;;
    cds) cmd=("$java17" "${jvm_opts[@]}" -Xshare:on -XX:SharedArchiveFile="$work/$app/app.jsa"
              -jar "$work/$app/x/$(basename "${jar[$app]}")") ;;
    aot) cmd=("$java25" "${jvm_opts[@]}" -XX:AOTMode=on -XX:AOTCache="$work/$app/app.aot"
              -jar "$work/$app/x/$(basename "${jar[$app]}")") ;;
  esac
  t0=$(now)
  "${cmd[@]}" --server.port="$port" --spasmcare.data-dir="$data" > "$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/actuator/health/readiness"; do
    if ! kill -0 "$pid" 2> /dev/null; then
      echo "$app ($mode) did not start; its log:" >&2; tail -40 "$log" >&2; exit 1
    fi
    sleep 0.05
  done
  ready_s=$(awk -v t="$(( $(now) - t0 ))" 'BEGIN { printf "%.2f", t / 1e9 }')
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }

# train APP: extracts the jar, then the CDS archive (Java 17) and the AOT cache (Java 25) from one run each.
train() {
  local app=$1 x="$work/$1/x" name
  name=$(basename "${jar[$app]}")
  mkdir -p "$work/$app"
  "$java17" -Djarmode=tools -jar "${jar[$app]}" extract --destination "$x" > /dev/null
  "$java17" "${jvm_opts[@]}" -XX:ArchiveClassesAtExit="$work/$app/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$x/$name" --server.port="$port" --spasmcare.data-dir="$(mktemp -d "$work/data.XXXX")" \
    > "$work/$app-train-cds.log" 2>&1 || true
  [ -s "$work/$app/app.jsa" ] || { echo "no CDS archive for $app" >&2; tail -20 "$work/$app-train-cds.log" >&2; exit 1; }
  if [ -n "$java25" ]; then
    "$java25" "${jvm_opts[@]}" -XX:AOTCacheOutput="$work/$app/app.aot" -Dspring.context.exit=onRefresh \
      -jar "$x/$name" --server.port="$port" --spasmcare.data-dir="$(mktemp -d "$work/data.XXXX")" \
      > "$work/$app-train-aot.log" 2>&1 || true
    [ -s "$work/$app/app.aot" ] || { echo "no AOT cache for $app" >&2; tail -20 "$work/$app-train-aot.log" >&2; exit 1; }
  fi
}

plan_path='/assessment/plan?noRedFlags=true&agoAmount=1&agoUnit=days&painScore=3&age=40'
printf '{"durationDays": 1, "painScore": 3, "redFlags": [], "safetyFactors": [], "age": 40}' > "$work/app.json"
printf '{"durationDays": 1, "painScore": 3}' > "$work/floor.json"
# endpoint rows: key, label, path per app ("-" for the floor: its page or its API)
rows=(home treatment compare plan api)
declare -A label=([home]="home page /" [treatment]="a treatment" [compare]="comparison" [plan]="a care plan page"
                  [api]="JSON API (POST)")
declare -A path=([home]=/ [treatment]=/treatments/heat-and-cold [compare]=/treatments/compare [plan]="$plan_path"
                 [api]=/api/v1/assessments)

# rps APP ROW: warm-up then a measured wrk run; sets rps_out (req/s, with ! when any answer was not 2xx/3xx).
rps() {
  local app=$1 row=$2 url script out
  export BODY_FILE="$work/$app.json"
  if [ "$row" = api ]; then
    script=bench/lua/post-json.lua
    [ "$app" = app ] && url="$base${path[api]}" || url="$base/api/answer"
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H 'Accept: application/json' \
        --data-binary "@$BODY_FILE" "$url")" = 200 ] || { echo "$url: not 200" >&2; exit 1; }
  else
    script=bench/lua/keep-cookie.lua
    [ "$app" = app ] && url="$base${path[$row]}" || url="$base/"
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] || { echo "$url: not 200" >&2; exit 1; }
  fi
  wrk -t2 -c32 -d"${warmup_seconds}s" -s "$script" "$url" > /dev/null
  out=$(wrk -t2 -c32 -d"${wrk_seconds}s" -s "$script" "$url")
  rps_out=$(awk '/Requests\/sec/ { r = $2 } /Non-2xx/ { bad = 1 } END { printf "%.0f%s", r, (bad ? "!" : "") }' <<< "$out")
}

declare -A runs=()  # "app|figure" -> values, space-separated
add() { runs["$1|$2"]+="$3 "; }

modes=(plain extracted)
modes+=(cds)
[ -n "$java25" ] && modes+=(aot)

echo "training runs (CDS archive, AOT cache) ..." >&2
for a in app floor; do train "$a"; done

for round in $(seq 1 "$rounds"); do
  order=(app floor)
  [ $((round % 2)) = 0 ] && order=(floor app)
  for mode in "${modes[@]}"; do
    for a in "${order[@]}"; do
      echo "round $round: $a, $mode" >&2
      start "$a" "$mode"
      add "$a" "start-$mode" "$ready_s"
      add "$a" "rss-$mode" "$(rss_mb)"
      if [ "$mode" = plain ]; then
        for row in "${rows[@]}"; do
          if [ "$a" = floor ] && [ "$row" != home ] && [ "$row" != api ]; then continue; fi
          rps "$a" "$row"
          add "$a" "rps-$row" "$rps_out"
        done
        add "$a" "rss-load" "$(rss_mb)"
      fi
      stop
    done
  done
done

# median of space-separated numbers (a trailing ! on any value is kept on the median)
median() {
  local bad=""
  [[ "$1" == *"!"* ]] && bad="!"
  tr ' ' '\n' <<< "${1//!/}" | grep . | sort -g |
    awk -v bad="$bad" '{ v[++n] = $1 } END { m = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2; printf "%g%s", m, bad }'
}
ratio() { awk -v a="${1%!}" -v b="${2%!}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

declare -A mode_label=([plain]="plain jar, Java 17" [extracted]="extracted, Java 17" [cds]="extracted + CDS, Java 17"
                       [aot]="extracted + AOT cache, Java 25")
line() { printf '| %-50s | %9s | %7s | %5s | %s\n' "$@"; }

echo
echo "SpasmCare vs floor: $(nproc) cores, JVM_OPTS='${jvm_opts[*]}', $rounds round(s), wrk -t2 -c32 ${wrk_seconds}s after ${warmup_seconds}s warm-up; medians"
line figure SpasmCare floor ratio "SpasmCare runs"
line "---" "---" "---" "---" ""
for mode in "${modes[@]}"; do
  a=$(median "${runs[app|start-$mode]}"); f=$(median "${runs[floor|start-$mode]}")
  line "start to ready (s), ${mode_label[$mode]}" "$a" "$f" "$(ratio "$a" "$f")" "${runs[app|start-$mode]}"
done
for mode in "${modes[@]}"; do
  a=$(median "${runs[app|rss-$mode]}"); f=$(median "${runs[floor|rss-$mode]}")
  line "RSS ready (MB), ${mode_label[$mode]}" "$a" "$f" "$(ratio "$a" "$f")" "${runs[app|rss-$mode]}"
done
a=$(median "${runs[app|rss-load]}"); f=$(median "${runs[floor|rss-load]}")
line "RSS after load (MB), plain jar" "$a" "$f" "$(ratio "$a" "$f")" "${runs[app|rss-load]}"
for row in "${rows[@]}"; do
  floor_row=home; [ "$row" = api ] && floor_row=api
  a=$(median "${runs[app|rps-$row]}"); f=$(median "${runs[floor|rps-$floor_row]}")
  line "req/s, ${label[$row]}" "$a" "$f" "$(ratio "$a" "$f")" "${runs[app|rps-$row]}"
done
echo
echo "Ratios are SpasmCare / floor: above 1 is slower start or more memory, but more throughput."
echo "The floor's page stands in for every page row, its JSON endpoint for the API row."
echo "! : some answers were not 2xx/3xx during that wrk run."
echo "Care plan page: $plan_path (session cookie kept)."
