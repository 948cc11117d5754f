#!/bin/sh
# Runs one operator command of OpenContest (bucket-backup, bucket-restore, rotate-receipt-key) with the prod
# profile and exits: 0 when it worked, 1 when it failed (the log says why).
#
#   config/command.sh COMMAND [DIRECTORY]
#
# The application is the jar (OPENCONTEST_JAR, default /app/opencontest.jar: the image's extracted jar with lib/ and
# opencontest.jsa beside it; a fat jar works too) or, in a build tree, a class path
# (OPENCONTEST_CLASSPATH: target/classes and the dependencies) with the main class; `java` is $JAVA_HOME's when set,
# JAVA_OPTS go to the JVM. The process is a full application (Vaadin needs its servlet container), but it listens
# only on a free loopback port, opens no management port, runs no scheduled job and republishes no pending event,
# so it runs next to a serving node on the same host and sends no mail.
set -eu
command=${1:?usage: command.sh COMMAND [DIRECTORY]}
directory=${2:-}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [ -n "${OPENCONTEST_CLASSPATH:-}" ]; then
  set -- -cp "$OPENCONTEST_CLASSPATH" org.opencontest.OpenContestApplication
else
  jar=${OPENCONTEST_JAR:-/app/opencontest.jar}
  # the class data sharing archive the image makes next to the extracted jar (Dockerfile) starts the command sooner
  if [ -f "${jar%.jar}.jsa" ]; then
    set -- -XX:SharedArchiveFile="${jar%.jar}.jsa" -Xlog:cds=error -jar "$jar"
  else
    set -- -jar "$jar"
  fi
fi
set -- "$@" --spring.profiles.active="${SPRING_PROFILES_ACTIVE:-prod}" \
  --server.address=127.0.0.1 --server.port=0 --management.server.port=-1 \
  --opencontest.scheduling.enabled=false \
  --spring.modulith.events.republish-outstanding-events-on-restart=false \
  --opencontest.command="$command"
if [ -n "$directory" ]; then
  set -- "$@" --opencontest.command-directory="$directory"
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "$java" ${JAVA_OPTS:-} "$@"
