#!/bin/sh
# Backs up one OpenContest installation into TARGET: the PostgreSQL database (pg_dump, custom format) and a mirror
# of the bucket with a SHA-256 manifest (bucket/manifest.tsv), copied by the app itself through the MinIO SDK
# (config/command.sh bucket-backup). Repeat it into the same TARGET: the bucket mirror then copies only new
# objects; each run adds a new dump.
#
#   PGHOST=db PGUSER=opencontest PGPASSWORD=... PGDATABASE=opencontest \
#   DB_URL=... DB_USER=... DB_PASSWORD=... S3_ENDPOINT=... S3_ACCESS_KEY=... S3_SECRET_KEY=... RECEIPT_KEY_SECRET=... \
#   OPENCONTEST_JAR=/app/opencontest.jar config/backup.sh /backups/opencontest
#
# pg_dump reads the libpq variables (PG*; its major version must be at least the server's); the app reads the prod
# profile's variables (docs/operations.md). Keep RECEIPT_KEY_SECRET somewhere else than the backup: the dump holds
# the sealed signing keys, not the secret.
set -eu
target=${1:?usage: backup.sh TARGET_DIRECTORY}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$target/bucket"

# The database first: rows are written only after their objects are stored, so every object the dump names is
# already in the bucket when the mirror below lists it.
pg_dump --format=custom --no-owner --no-privileges --file="$target/database-$stamp.dump.partial"
mv "$target/database-$stamp.dump.partial" "$target/database-$stamp.dump"

"$(dirname "$0")/command.sh" bucket-backup "$target/bucket"

echo "Backup $stamp in $target: database-$stamp.dump and bucket/ ($(wc -l < "$target/bucket/manifest.tsv") objects)"
