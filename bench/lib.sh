# Shared by bench/run.sh and bench/flags.sh (sourced, not run): finding the JDKs, starting a jar until it is
# ready, its memory, wrk throughput, medians. Expects `port` and `work` (a scratch folder) to be set.

java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }

# find_jdks: sets java17 (required) and java25 (empty when there is none) from JAVA17 / JAVA25 or the defaults.
find_jdks() {
  java17="${JAVA17:-java}"
  if [ "$(java_major "$java17" 2>/dev/null)" != 17 ] && [ -z "${JAVA17:-}" ]; then
    java17=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
  fi
  [ "$(java_major "$java17" 2>/dev/null)" = 17 ] || { echo "needs a Java 17 JDK: set JAVA17=/path/to/bin/java" >&2; exit 1; }
  java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
  if [ "$(java_major "$java25" 2>/dev/null)" != 25 ]; then
    echo "no Java 25 at $java25 (set JAVA25)" >&2
    java25=""
  fi
}

need_tools() {
  local tool
  for tool in wrk curl awk; do
    command -v "$tool" > /dev/null || { echo "needs $tool (apt-get install $tool)" >&2; exit 1; }
  done
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is already in use: set PORT" >&2; exit 1
  fi
}

now() { date +%s%N; }

pid=""
stop() {
  if [ -n "$pid" ]; then
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    pid=""
  fi
}

# launch LOG COMMAND...: runs the command (plus --server.port and --spasmcare.data-dir: a fresh folder, or
# DATA_DIR when set) in the background, sets pid, waits for /actuator/health/readiness; sets ready_s (seconds
# from launch to ready) and data_dir (the folder it used).
launch() {
  local log=$1 t0 data
  shift
  data=${DATA_DIR:-$(mktemp -d "$work/data.XXXX")}
  data_dir=$data
  t0=$(now)
  "$@" --server.port="$port" --spasmcare.data-dir="$data" > "$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    if ! kill -0 "$pid" 2> /dev/null; then
      echo "did not start: $*; its log:" >&2; tail -40 "$log" >&2; exit 1
    fi
    sleep 0.05
  done
  ready_s=$(awk -v t="$(( $(now) - t0 ))" 'BEGIN { printf "%.2f", t / 1e9 }')
}

# first_ms PATH: milliseconds the first GET of PATH takes (what start-up left for the first visitor).
first_ms() { curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$1" | awk '{ printf "%.0f", $1 * 1000 }'; }

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }

# wrk_rps URL LUA: a warm-up then a measured wrk run; sets rps_out (req/s, with ! when any answer was not
# 2xx/3xx). The first answer must be 200. POSTs when LUA is post-json.lua (BODY_FILE: the body).
wrk_rps() {
  local url=$1 script=$2 out code
  if [[ "$script" == *post-json.lua ]]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H 'Accept: application/json' \
      --data-binary "@$BODY_FILE" "$url")
  else
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  fi
  [ "$code" = 200 ] || { echo "$url: $code, not 200" >&2; exit 1; }
  wrk -t2 -c32 -d"${warmup_seconds}s" -s "$script" "$url" > /dev/null
  out=$(wrk -t2 -c32 -d"${wrk_seconds}s" -s "$script" "$url")
  rps_out=$(awk '/Requests\/sec/ { r = $2 } /Non-2xx/ { bad = 1 } END { printf "%.0f%s", r, (bad ? "!" : "") }' <<< "$out")
}

# median of space-separated numbers (a trailing ! on any value is kept on the median)
median() {
  local bad=""
  [[ "$1" == *"!"* ]] && bad="!"
  tr ' ' '\n' <<< "${1//!/}" | grep . | sort -g |
    awk -v bad="$bad" '{ v[++n] = $1 } END { m = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2; printf "%g%s", m, bad }'
}
ratio() { awk -v a="${1%!}" -v b="${2%!}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
