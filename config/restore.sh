#!/bin/sh
# Restores a backup made by backup.sh into an EMPTY database and an empty (or missing) bucket:
#
#   PGHOST=... PGUSER=... PGPASSWORD=... PGDATABASE=opencontest_restored \
#   DB_URL=... S3_ENDPOINT=... S3_BUCKET=... RECEIPT_KEY_SECRET=<the installation's secret> \
#   OPENCONTEST_JAR=/app/opencontest.jar config/restore.sh /backups/opencontest [database-YYYYMMDDTHHMMSSZ.dump]
#
# PGDATABASE and DB_URL must name the same (new) database. Without a dump name the newest one is used. The app's
# start migrates a dump of an older version forward (Flyway); then it checks every object against the manifest
# before it uploads it and stops at the first mismatch (config/command.sh bucket-restore). Then start the app nodes
# on the restored pair.
set -eu
source=${1:?usage: restore.sh BACKUP_DIRECTORY [DUMP_FILE]}
dump=${2:-$(ls "$source" | grep '^database-.*\.dump$' | sort | tail -n 1)}
: "${dump:?no database-*.dump in $source}"

pg_restore --exit-on-error --no-owner --no-privileges --dbname="${PGDATABASE:?set PGDATABASE}" "$source/$dump"

"$(dirname "$0")/command.sh" bucket-restore "$source/bucket"

echo "Restored $dump and $(wc -l < "$source/bucket/manifest.tsv") objects"
