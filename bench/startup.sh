#!/bin/sh
# Start-up benchmark (docs/performance.md, "Start-up"): N paired starts of the production jar in the default mode
# (H2 with the demo data already loaded, embedded S3 and SMTP servers: a restart, no outside service), each pair
# started at the same moment so that both meet the same load:
#   A  java -jar on the fat jar (the way before the Dockerfile extracted it)
#   B  the extracted jar with the class data sharing archive of a training run (the Dockerfile's way)
# For every start it prints the wall-clock time from launch to "Started" and the process's CPU time (user + sys) at
# that moment, then the medians and the median of the pairs' B/A CPU ratios: on a shared machine compare CPU, not
# wall clock.
#
#   bench/startup.sh [N] [JAR]       N pairs (default 3); JAR an existing production jar (default: package one)
#
# Environment: JAVA_HOME; A_OPTS / B_OPTS extra JVM options of A / B; A=cds runs A the Dockerfile's way too, so that
# a candidate setting is measured against it, e.g.
#   A=cds B_OPTS=-Dspring.data.jpa.repositories.bootstrap-mode=deferred bench/startup.sh 3 target/opencontest-*.jar
# APP_ARGS extra application arguments of both; STARTUP_WORK the work directory (default target/startup-bench,
# emptied first). Needs about 1 GB of disk and free RAM for two JVMs.
set -eu
runs=${1:-3}
jar=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${STARTUP_WORK:-$root/target/startup-bench}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# every start picks free ports, so the pair (and anything else on the machine) never collide
ports="--server.port=0 --opencontest.storage.embedded-port=0 --opencontest.mail.embedded-port=0"
ticks=$(getconf CLK_TCK)

if [ -z "$jar" ]; then
  echo "Packaging the production jar (./mvnw -Pproduction package -DskipTests)"
  (cd "$root" && ./mvnw -B -q -Pproduction package -DskipTests)
  jar=$(ls "$root"/target/opencontest-*.jar | grep -v -- '-plain' | head -n 1)
fi
rm -rf "$work"
mkdir -p "$work/fat" "$work/training" "$work/template"
cp "$jar" "$work/fat/opencontest.jar"
"$java" -Djarmode=tools -jar "$work/fat/opencontest.jar" extract --destination "$work/app" > /dev/null

# Waits until LOG has a line matching PATTERN while PID lives; fails after 30 minutes (a very loaded machine).
await() {
  waited=0
  until grep -qs "$3" "$2"; do
    kill -0 "$1" 2> /dev/null || { echo "start failed, see $2" >&2; return 1; }
    waited=$((waited + 1))
    [ "$waited" -lt 36000 ] || { echo "no '$3' after 30 minutes, see $2" >&2; kill "$1"; return 1; }
    sleep 0.05
  done
}

stop() {
  kill "$1" 2> /dev/null || true
  wait "$1" 2> /dev/null || true
}

echo "$(date -u +%H:%M:%S) Preparing ./data: a first start loads the demo data"
# shellcheck disable=SC2086 # option lists
(cd "$work/template" && exec "$java" -jar "$work/fat/opencontest.jar" $ports > ../template.log 2>&1) &
pid=$!
await "$pid" "$work/template.log" "Tomcat started on port"
port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$work/template.log" | head -n 1)
# readiness is reported once the runners (the demo data loader) are done
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" | grep -q UP; do
  kill -0 "$pid" || { echo "start failed, see $work/template.log" >&2; exit 1; }
  sleep 1
done
stop "$pid"

echo "$(date -u +%H:%M:%S) Training run for the CDS archive (as in the Dockerfile)"
# shellcheck disable=SC2086
(cd "$work/training" && "$java" -XX:ArchiveClassesAtExit="$work/app/opencontest.jsa" -Xlog:cds=error \
  -Dspring.context.exit=onRefresh -jar "$work/app/opencontest.jar" $ports --opencontest.demo-data=false \
  > ../training.log 2>&1)

# One start in its own copy of the prepared data: prints "wall_seconds cpu_seconds" once "Started" is logged.
start() {
  label=$1
  shift
  rm -rf "$work/$label" && cp -r "$work/template" "$work/$label"
  begun=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$work/$label" && exec "$java" "$@" $ports ${APP_ARGS:-} > "../$label.log" 2>&1) &
  child=$!
  await "$child" "$work/$label.log" "Started OpenContestApplication"
  ended=$(date +%s%N)
  cpu=$(awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$child/stat")
  stop "$child"
  rm -rf "${work:?}/$label"
  awk -v b="$begun" -v e="$ended" -v c="$cpu" 'BEGIN { printf "%.1f %s\n", (e - b) / 1e9, c }'
}

cds="-XX:SharedArchiveFile=$work/app/opencontest.jsa -jar $work/app/opencontest.jar"
: > "$work/results"
pair=1
while [ "$pair" -le "$runs" ]; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  # shellcheck disable=SC2086
  if [ "${A:-fat}" = cds ]; then
    start "a$pair" ${A_OPTS:-} $cds > "$work/a.out" &
  else
    start "a$pair" ${A_OPTS:-} -jar "$work/fat/opencontest.jar" > "$work/a.out" &
  fi
  a=$!
  # shellcheck disable=SC2086
  start "b$pair" ${B_OPTS:-} $cds > "$work/b.out" &
  b=$!
  wait "$a"
  wait "$b"
  echo "$pair $(cat "$work/a.out") $(cat "$work/b.out") $load $(cut -d' ' -f1 /proc/loadavg)" >> "$work/results"
  pair=$((pair + 1))
done

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo
echo "pair  A wall  A cpu  B wall  B cpu  B/A cpu  load start -> end   (seconds; A ${A:-fat}${A_OPTS:+ $A_OPTS}, B cds${B_OPTS:+ $B_OPTS})"
awk '{ printf "%4d %7.1f %6.1f %7.1f %6.1f %8.2f  %s -> %s\n", $1, $2, $3, $4, $5, $5 / $3, $6, $7 }' "$work/results"
printf "median %6s %6s %7s %6s %8s\n" "$(cut -d' ' -f2 "$work/results" | median)" \
  "$(cut -d' ' -f3 "$work/results" | median)" "$(cut -d' ' -f4 "$work/results" | median)" \
  "$(cut -d' ' -f5 "$work/results" | median)" "$(awk '{ printf "%.2f\n", $5 / $3 }' "$work/results" | median)"
echo "on $(nproc) cores; logs in $work"
