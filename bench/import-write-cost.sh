#!/usr/bin/env bash
# PostgreSQL's share of committing a roster of new students, alone (see docs/roster-import.md):
#   bench/import-write-cost.sh [ROUNDS]      needs psql and a server with pg_trgm and pgcrypto
# Creates the scratch database aidloop_write_cost (PGHOST, PGUSER… as psql reads them; default
# 127.0.0.1, postgres), the registry and award tables as V6 and V9 make them, and inserts 100,000
# students, guardians and awards in one transaction, first without and then with V19, ROUNDS times
# (default 2). Prints the backend's CPU seconds per table; the load average shows how busy the
# machine was.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
ROUNDS="${1:-2}"
DIR=bench/import-write-cost
MIGRATIONS=src/main/resources/db/migration
db() { psql -q -X -v ON_ERROR_STOP=1 -d aidloop_write_cost "$@" 2>&1 | grep -v NOTICE || true; }
psql -q -X -d postgres -c 'DROP DATABASE IF EXISTS aidloop_write_cost' -c 'CREATE DATABASE aidloop_write_cost' 2>&1 | grep -v NOTICE || true
db -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm' -c 'CREATE EXTENSION IF NOT EXISTS pgcrypto' -f "$DIR/source-rows.sql"
schema() {
  db -c 'DROP TABLE IF EXISTS registry_household_member, registry_student, award_award'
  sed -n '/^CREATE TABLE registry_student/,/^\$\$;/p' "$MIGRATIONS/V6__registry.sql" | db
  sed -n '/^CREATE TABLE award_award/,$p' "$MIGRATIONS/V9__award.sql" | db
  if [ "$1" = after ]; then db -f "$MIGRATIONS"/V19__*.sql; fi
}
for _ in $(seq "$ROUNDS"); do
  for state in before after; do
    schema "$state"
    ticks=$(psql -X -At -d aidloop_write_cost -f "$DIR/load.sql" | awk -F'|' '/^cpu/ { if (p != "") printf "%.2f ", ($2 - p) / 100; p = $2 }')
    read -r _ students guardians awards _ <<<"$ticks"
    echo "V19 $state: backend CPU seconds students=$students guardians=$guardians awards=$awards load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
