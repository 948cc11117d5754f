#!/bin/sh
# Start-up benchmark (docs/performance.md, "Start-up"): N paired starts of the production jar, each pair started at
# the same moment so that both meet the same load. The variants:
#   fat  java -jar on the fat jar (the way before the Dockerfile extracted it)
#   cds  the extracted jar with the class data sharing archive of a training run in the default mode (the Dockerfile's
#        way before Spring AOT)
#   aot  the extracted jar with Spring AOT (-Dspring.aot.enabled=true, the bean definitions the production build
#        computed for the prod profile) and the CDS archive of a training run with AOT (the Dockerfile's way now)
# For every start it prints the wall-clock time from launch to "Started" and the process's CPU time (user + sys) at
# that moment, then the medians and the median of the pairs' B/A CPU and wall ratios: on a shared machine compare
# the ratios, not the absolute times.
#
#   bench/startup.sh [N] [JAR]       N pairs (default 3); JAR an existing production jar (default: package one)
#
# Environment: A (fat or cds or aot, default fat; or a list, "fat cds": every round then runs one pair per A variant)
# and B (cds or aot, default cds) choose the pairs' variants; A_OPTS /
# B_OPTS extra JVM options of A / B, e.g. a candidate setting measured against the Dockerfile's way:
#   A=cds B_OPTS=-Dspring.data.jpa.repositories.bootstrap-mode=deferred bench/startup.sh 3 target/opencontest-*.jar
#   A="fat cds" B=aot bench/startup.sh 3 target/opencontest-*.jar
# Shape: without aot every start runs in the default mode (H2 with the demo data already loaded, embedded S3 and SMTP
# servers: a restart, no outside service). With aot on either side (AOT fixes the prod profile's beans) every start of
# both sides runs in the prod shape: the prod profile on the PostgreSQL at PGHOST (default 127.0.0.1, user PGUSER,
# default postgres; the database startup_bench is dropped and made anew) and on an S3 and an SMTP server that the
# script starts in a process of its own (bench/ProdShapeServers.java); a first start migrates the database.
# SEQUENTIAL=1 runs the two starts of a pair one after the other instead of at the same moment, each alone on the
# machine (on a quiet machine: the start of a single node, as the issue's 23 s). B_JAR another production jar for B's
# starts (extracted and trained apart), for a change the AOT build fixes, e.g. a setting of application-prod.yml:
#   SEQUENTIAL=1 A=aot B=aot B_JAR=/tmp/candidate.jar bench/startup.sh 3 target/opencontest-*.jar
# APP_ARGS extra application
# arguments of both; STARTUP_WORK the work directory (default target/startup-bench,
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
a_variant=${A:-fat}
b_variant=${B:-cds}
case "$a_variant $b_variant" in
  *aot*) shape=prod ;;
  *) shape=default ;;
esac

if [ -z "$jar" ]; then
  echo "Packaging the production jar (./mvnw -Pproduction package -DskipTests)"
  (cd "$root" && ./mvnw -B -q -Pproduction package -DskipTests)
  jar=$(ls "$root"/target/opencontest-*.jar | grep -v -- '-plain' | head -n 1)
fi
rm -rf "$work"
mkdir -p "$work/template"
# B's jar and its extraction live in $work/b when B_JAR is given, else B shares A's
b_home=$work${B_JAR:+/b}
homes="$work${B_JAR:+ $b_home}"
# copies JAR to HOME/fat and extracts it to HOME/app
unpack() {
  mkdir -p "$1/fat"
  cp "$2" "$1/fat/opencontest.jar"
  "$java" -Djarmode=tools -jar "$1/fat/opencontest.jar" extract --destination "$1/app" > /dev/null
}
unpack "$work" "$jar"
[ -z "${B_JAR:-}" ] || unpack "$b_home" "$B_JAR"

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

if [ "$shape" = default ]; then
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
else
  echo "$(date -u +%H:%M:%S) Prod shape: database startup_bench, S3 and SMTP servers, a first start migrates"
  s3_port=${BENCH_S3_PORT:-19190}
  smtp_port=${BENCH_SMTP_PORT:-19125}
  export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
  dropdb --if-exists startup_bench && createdb startup_bench
  mkdir -p "$work/objects"
  "$java" -cp "$work/app/opencontest.jar:$work/app/lib/*" "$root/bench/ProdShapeServers.java" "$work/objects" \
    "$s3_port" "$smtp_port" bench bench-secret > "$work/servers.log" 2>&1 &
  servers=$!
  trap 'kill $servers 2> /dev/null || true' EXIT
  await "$servers" "$work/servers.log" "ready"
  export SPRING_PROFILES_ACTIVE=prod DB_URL="jdbc:postgresql://$PGHOST:5432/startup_bench" DB_USER="$PGUSER" \
    S3_ENDPOINT="http://127.0.0.1:$s3_port" S3_ACCESS_KEY=bench S3_SECRET_KEY=bench-secret S3_BUCKET=bench \
    SMTP_HOST=127.0.0.1 SMTP_PORT="$smtp_port" RECEIPT_KEY_SECRET=startup-bench-secret
  # both starts of a pair listen on free ports, the management port too
  ports="--server.port=0 --management.server.port=0"
  (cd "$work/template" && exec "$java" -jar "$work/fat/opencontest.jar" $ports > ../template.log 2>&1) &
  pid=$!
  await "$pid" "$work/template.log" "Started OpenContestApplication"
  stop "$pid"
fi

for home in $homes; do
case "$a_variant $b_variant" in
  *cds*)
echo "$(date -u +%H:%M:%S) Training run for the CDS archive of $home (as the Dockerfile did before Spring AOT)"
mkdir -p "$home/training"
# shellcheck disable=SC2086
(cd "$home/training" && env -u SPRING_PROFILES_ACTIVE "$java" -XX:ArchiveClassesAtExit="$home/app/opencontest.jsa" \
  -Xlog:cds=error -Dspring.context.exit=onRefresh -jar "$home/app/opencontest.jar" --server.port=0 \
  --opencontest.storage.embedded-port=0 --opencontest.mail.embedded-port=0 --opencontest.demo-data=false \
  > ../training.log 2>&1) ;;
esac
if [ "$shape" = prod ]; then
  echo "$(date -u +%H:%M:%S) Training run with AOT for the aot archive of $home (as the Dockerfile does)"
  mkdir -p "$home/training-aot"
  # without the prod shape's variables, as in the Docker build: no database, S3 or SMTP server is reached
  (cd "$home/training-aot" && env -u DB_URL -u S3_ENDPOINT -u S3_ACCESS_KEY -u S3_SECRET_KEY -u SMTP_HOST \
    -u SMTP_PORT -u RECEIPT_KEY_SECRET "$java" -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit="$home/app/aot.jsa" \
    -Xlog:cds=error -Dspring.context.exit=onRefresh -jar "$home/app/opencontest.jar" --spring.profiles.active=prod \
    --spring.datasource.url=jdbc:h2:mem:training --spring.datasource.username=sa --spring.datasource.password= \
    --opencontest.submission.receipt-key-secret=training --opencontest.storage.access-key=training \
    --opencontest.storage.secret-key=training --server.port=0 --management.server.port=0 \
    > ../training-aot.log 2>&1)
fi
done

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

# the JVM options and jar of a variant (the jar unpacked under HOME, default A's)
variant() {
  home=${2:-$work}
  case "$1" in
    fat) echo "-jar $home/fat/opencontest.jar" ;;
    cds) echo "-XX:SharedArchiveFile=$home/app/opencontest.jsa -jar $home/app/opencontest.jar" ;;
    aot) echo "-Dspring.aot.enabled=true -XX:SharedArchiveFile=$home/app/aot.jsa -jar $home/app/opencontest.jar" ;;
    *) echo "unknown variant $1 (fat, cds or aot)" >&2; exit 2 ;;
  esac
}
b_run=$(variant "$b_variant" "$b_home")
for a_one in $a_variant; do
  : > "$work/results-$a_one"
done
# every round runs one pair per A variant (A="fat cds" B=aot: fat against aot, then cds against aot)
round=1
while [ "$round" -le "$runs" ]; do
  for a_one in $a_variant; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    # shellcheck disable=SC2086
    start "a$round" ${A_OPTS:-} $(variant "$a_one") > "$work/a.out" &
    a=$!
    # SEQUENTIAL=1: B starts once A has stopped, so each start has the machine to itself (a single node's start)
    [ -z "${SEQUENTIAL:-}" ] || wait "$a"
    # shellcheck disable=SC2086
    start "b$round" ${B_OPTS:-} $b_run > "$work/b.out" &
    b=$!
    [ -n "${SEQUENTIAL:-}" ] || wait "$a"
    wait "$b"
    echo "$round $(cat "$work/a.out") $(cat "$work/b.out") $load $(cut -d' ' -f1 /proc/loadavg)" \
      >> "$work/results-$a_one"
  done
  round=$((round + 1))
done

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
for a_one in $a_variant; do
  results="$work/results-$a_one"
  echo
  echo "pair  A wall  A cpu  B wall  B cpu  B/A cpu  B/A wall  load start -> end   (seconds; $shape shape;${SEQUENTIAL:+ one after the other;}" \
    "A $a_one${A_OPTS:+ $A_OPTS}, B $b_variant${B_OPTS:+ $B_OPTS}${B_JAR:+ of $B_JAR})"
  awk '{ printf "%4d %7.1f %6.1f %7.1f %6.1f %8.2f %9.2f  %s -> %s\n", $1, $2, $3, $4, $5, $5 / $3, $4 / $2, $6, $7 }' \
    "$results"
  printf "median %6s %6s %7s %6s %8s %9s\n" "$(cut -d' ' -f2 "$results" | median)" \
    "$(cut -d' ' -f3 "$results" | median)" "$(cut -d' ' -f4 "$results" | median)" \
    "$(cut -d' ' -f5 "$results" | median)" "$(awk '{ printf "%.2f\n", $5 / $3 }' "$results" | median)" \
    "$(awk '{ printf "%.2f\n", $4 / $2 }' "$results" | median)"
done
echo "on $(nproc) cores; logs in $work"
