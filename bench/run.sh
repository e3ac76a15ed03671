#!/usr/bin/env bash
# SpasmCare beside a floor (bench/floor: a minimal app with exactly our starters), measured on this machine.
#
# Builds both jars once, then for ROUNDS rounds, SpasmCare and the floor alternating (the order flips every
# round), each start on a fresh data folder with the same JVM flags:
#   start to ready (polling /actuator/health/readiness) for
#     1. the plain jar on Java 17             2. the extracted layered jar on Java 17
#     3. extracted + Java 17 CDS archive      4. extracted + Java 25 AOT cache
#   each on an empty data folder (a first start: migrations, the first admin), and the last of them once more on
#   the database it made (a restart, as after a power cut or in a rolling update);
#   the time of the first page after ready (what start-up left for the first visitor: SpasmCare's
#   /treatments, which loads the catalog, against the floor's page);
#   RSS (VmRSS) when ready, for each way of starting, and after the load below (plain jar);
#   wrk -t2 -c32 throughput after a short warm-up, on the plain jar: the home page, a treatment, the
#   comparison, a care plan page (a take-home link, keeping its session cookie) and the JSON API
#   (POST /api/v1/assessments). The floor answers every page row with its one Thymeleaf page and the API
#   row with its one JSON endpoint.
# Prints medians and each figure's ratio to the floor. The CDS archive comes from a training run that ends once
# the context is ready (-Dspring.context.exit=onRefresh); the AOT cache, as the Docker image makes it, from a run
# that also serves each endpoint below a few times and is then stopped. Both are made on the same extracted
# folder before the rounds; the runs use -Xshare:on and -XX:AOTMode=on, so an archive the JVM cannot use fails
# the run instead of being ignored.
# BEFORE_JAR=path/to/an/older/spasmcare.jar adds it as a third app, alternating with the other two: a before and
# after in one run, on the same machine at the same time.
#
# Needs: a Java 17 JDK (java on the PATH, or JAVA17=/path/to/bin/java), a Java 25 JDK for the AOT cache
# (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java; the row is skipped without it), wrk and curl.
# Settings (environment): ROUNDS=3, WRK_SECONDS=10 (per endpoint), WARMUP_SECONDS=3, JVM_OPTS=-Xmx128m,
# PORT=18080, SKIP_BUILD=1 to reuse the jars already built, BEFORE_JAR (above).
# Figures drift by up to 2x on a shared machine: read the ratios, which are taken within the same rounds.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${ROUNDS:-3}"
wrk_seconds="${WRK_SECONDS:-10}"
warmup_seconds="${WARMUP_SECONDS:-3}"
read -r -a jvm_opts <<< "${JVM_OPTS:--Xmx128m}"
port="${PORT:-18080}"
base="http://127.0.0.1:$port"

. bench/lib.sh
find_jdks
[ -z "$java25" ] && echo "the AOT cache row is skipped" >&2
need_tools

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "building SpasmCare and the floor ..." >&2
  ./mvnw -B -q -DskipTests package
  ./mvnw -B -q -f bench/floor/pom.xml -DskipTests package
fi
declare -A jar=([app]="$PWD/target/spasmcare.jar" [floor]="$PWD/bench/floor/target/floor.jar")
apps=(app floor)
if [ -n "${BEFORE_JAR:-}" ]; then
  jar[before]=$(realpath "$BEFORE_JAR")
  apps+=(before)
fi
for a in "${apps[@]}"; do [ -f "${jar[$a]}" ] || { echo "missing ${jar[$a]}" >&2; exit 1; }; done

work=$(mktemp -d)
trap 'stop; rm -rf "$work"' EXIT

# start APP MODE: starts it on a fresh data folder until ready; sets pid, ready_s, rss_ready_out (MB, before
# any request) and first_ms_out.
start() {
  local app=$1 mode=$2 name
  name=$(basename "${jar[$app]}")
  local -a cmd
  case $mode in
    plain) cmd=("$java17" "${jvm_opts[@]}" -jar "${jar[$app]}") ;;
    extracted) cmd=("$java17" "${jvm_opts[@]}" -jar "$work/$app/x/$name") ;;
    cds) cmd=("$java17" "${jvm_opts[@]}" -Xshare:on -XX:SharedArchiveFile="$work/$app/app.jsa" -jar "$work/$app/x/$name") ;;
    aot) cmd=("$java25" "${jvm_opts[@]}" -XX:AOTMode=on -XX:AOTCache="$work/$app/app.aot" -jar "$work/$app/x/$name") ;;
  esac
  launch "$work/$app-$mode.log" "${cmd[@]}"
  rss_ready_out=$(rss_mb)
  # the first page after ready: SpasmCare's /treatments loads the catalog on first use; the floor's page
  if [ "$app" != floor ]; then first_ms_out=$(first_ms /treatments); else first_ms_out=$(first_ms /); fi
}

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
    # as the image's deploy/aot-training.sh: start, serve the endpoints measured below a few times, stop
    "$java25" "${jvm_opts[@]}" -XX:AOTCacheOutput="$work/$app/app.aot" -jar "$x/$name" > "$work/$app-train-aot.log" 2>&1 \
      --server.port="$port" --spasmcare.data-dir="$(mktemp -d "$work/data.XXXX")" &
    pid=$!
    until curl -sf -o /dev/null "$base/actuator/health/readiness"; do
      kill -0 "$pid" 2> /dev/null || { echo "AOT training of $app did not start" >&2; tail -20 "$work/$app-train-aot.log" >&2; exit 1; }
      sleep 0.1
    done
    local row i
    for row in "${rows[@]}"; do
      for i in 1 2 3; do
        if [ "$row" = api ]; then
          curl -s -o /dev/null -H 'Content-Type: application/json' --data-binary "@$(body_of "$app")" "$(url_of "$app" api)"
        else
          curl -s -o /dev/null "$(url_of "$app" "$row")"
        fi
      done
    done
    stop # the JVM writes the cache as it exits
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

# url_of APP ROW: the endpoint measured for that row (the floor: its page, or its JSON endpoint for the API row)
url_of() {
  if [ "$1" != floor ]; then echo "$base${path[$2]}"
  elif [ "$2" = api ]; then echo "$base/api/answer"
  else echo "$base/"
  fi
}
body_of() { if [ "$1" = floor ]; then echo "$work/floor.json"; else echo "$work/app.json"; fi; }

# rps APP ROW: sets rps_out for that endpoint row
rps() {
  export BODY_FILE
  BODY_FILE=$(body_of "$1")
  if [ "$2" = api ]; then wrk_rps "$(url_of "$1" api)" bench/lua/post-json.lua
  else wrk_rps "$(url_of "$1" "$2")" bench/lua/keep-cookie.lua
  fi
}

declare -A runs=()  # "app|figure" -> values, space-separated
add() { runs["$1|$2"]+="$3 "; }

modes=(plain extracted)
modes+=(cds)
[ -n "$java25" ] && modes+=(aot)

echo "training runs (CDS archive, AOT cache) ..." >&2
for a in "${apps[@]}"; do train "$a"; done

for round in $(seq 1 "$rounds"); do
  order=("${apps[@]}")
  [ $((round % 2)) = 0 ] && mapfile -t order < <(printf '%s\n' "${apps[@]}" | tac)
  for mode in "${modes[@]}"; do
    for a in "${order[@]}"; do
      echo "round $round: $a, $mode" >&2
      start "$a" "$mode"
      add "$a" "start-$mode" "$ready_s"
      add "$a" "first-$mode" "$first_ms_out"
      add "$a" "rss-$mode" "$rss_ready_out"
      if [ "$mode" = plain ]; then
        for row in "${rows[@]}"; do
          if [ "$a" = floor ] && [ "$row" != home ] && [ "$row" != api ]; then continue; fi
          rps "$a" "$row"
          add "$a" "rps-$row" "$rps_out"
        done
        add "$a" "rss-load" "$(rss_mb)"
      fi
      stop
      if [ "$mode" = "${modes[-1]}" ]; then
        # a restart on the database that start made (a kiosk after a power cut, a rolling update): no migrations
        # and no first admin to create
        DATA_DIR=$data_dir start "$a" "$mode"
        add "$a" restart "$ready_s"
        stop
      fi
    done
  done
done

declare -A mode_label=([plain]="plain jar, Java 17" [extracted]="extracted, Java 17" [cds]="extracted + CDS, Java 17"
                       [aot]="extracted + AOT cache, Java 25")
# row LABEL KEY [FLOOR_KEY]: medians of SpasmCare, the floor, their ratio, [before, after/before], SpasmCare's runs
row() {
  local label=$1 key=$2 floor_key=${3:-$2} a f b
  a=$(median "${runs[app|$key]:-}"); f=$(median "${runs[floor|$floor_key]:-}")
  if [ -n "${jar[before]:-}" ]; then
    b=$(median "${runs[before|$key]:-}")
    printf '| %-75s | %9s | %7s | %5s | %9s | %5s | %s\n' "$label" "$a" "$f" "$(ratio "$a" "$f")" "$b" "$(ratio "$a" "$b")" "${runs[app|$key]:-}"
  else
    printf '| %-75s | %9s | %7s | %5s | %s\n' "$label" "$a" "$f" "$(ratio "$a" "$f")" "${runs[app|$key]:-}"
  fi
}

echo
echo "SpasmCare vs floor: $(nproc) cores, JVM_OPTS='${jvm_opts[*]}', $rounds round(s), wrk -t2 -c32 ${wrk_seconds}s after ${warmup_seconds}s warm-up; medians"
if [ -n "${jar[before]:-}" ]; then
  printf '| %-75s | %9s | %7s | %5s | %9s | %5s | %s\n' figure SpasmCare floor ratio before "/before" "SpasmCare runs"
  printf '| %-75s | %9s | %7s | %5s | %9s | %5s | %s\n' --- --- --- --- --- --- ---
else
  printf '| %-75s | %9s | %7s | %5s | %s\n' figure SpasmCare floor ratio "SpasmCare runs"
  printf '| %-75s | %9s | %7s | %5s | %s\n' --- --- --- --- ---
fi
for mode in "${modes[@]}"; do row "start to ready (s), ${mode_label[$mode]}" "start-$mode"; done
row "start to ready (s), restart on its database, ${mode_label[${modes[-1]}]}" restart
for mode in "${modes[@]}"; do row "first page after ready (ms), ${mode_label[$mode]}" "first-$mode"; done
for mode in "${modes[@]}"; do row "RSS ready (MB), ${mode_label[$mode]}" "rss-$mode"; done
row "RSS after load (MB), plain jar" rss-load
for r in "${rows[@]}"; do
  floor_row=home; [ "$r" = api ] && floor_row=api
  row "req/s, ${label[$r]}" "rps-$r" "rps-$floor_row"
done
echo
echo "Ratios are SpasmCare / floor (and SpasmCare / before): above 1 is slower start or more memory, but more throughput."
echo "The floor's page stands in for every page row, its JSON endpoint for the API row; SpasmCare's first page is /treatments."
echo "! : some answers were not 2xx/3xx during that wrk run."
echo "Care plan page: $plan_path (session cookie kept)."
