#!/bin/sh
# Restores a backup made by backup.sh into an EMPTY database and an empty (or missing) bucket:
#
#   PGHOST=... PGUSER=... PGPASSWORD=... PGDATABASE=opencontest_restored \
#   DB_URL=... S3_ENDPOINT=... S3_BUCKET=... RECEIPT_KEY_SECRET=<the installation's secret> \
#   config/restore.sh /backups/opencontest [database-YYYYMMDDTHHMMSSZ.dump]
#
# Without a dump name the newest one is used. Every object is checked against the manifest before it is uploaded;
# the restore stops at the first mismatch. The jar's start migrates a dump of an older version forward (Flyway)
# before it copies; then start the app nodes on the restored pair.
set -eu
source=${1:?usage: restore.sh BACKUP_DIRECTORY [DUMP_FILE]}
dump=${2:-$(ls "$source" | grep '^database-.*\.dump$' | sort | tail -n 1)}
jar=${OPENCONTEST_JAR:-/app/opencontest.jar}

pg_restore --exit-on-error --no-owner --no-privileges --dbname="${PGDATABASE:?set PGDATABASE}" "$source/$dump"

java -jar "$jar" --spring.profiles.active=prod --spring.main.web-application-type=none \
  --opencontest.scheduling.enabled=false \
  --opencontest.command=bucket-restore --opencontest.command-directory="$source/bucket"

echo "Restored $dump and $(wc -l < "$source/bucket/manifest.tsv") objects"
