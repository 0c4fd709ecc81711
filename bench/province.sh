#!/usr/bin/env bash
# Province generator of issue 16 (see docs/scale.md):
#   bench/province.sh [SCALE] [SEED]      defaults 0.01 (100,000 students) and 20261207
# Drops and creates the database $BENCH_DB (default aidloop_province) on the PostgreSQL server at
# 127.0.0.1:5432 (user postgres), starts the application on it (Flyway migrates it, the region tree
# loads), and fills it with a province of Hunan (43): its 14 cities, its first 120 counties, SCALE x
# 20,000 schools (at least 5 a county) and SCALE x 10,000,000 students with households and aid
# cards, registered through the registry's own bulk path; then awards of 2026-SPRING and
# 2026-AUTUMN, confirmations, batches, payments and bank files. Checks that the first county's
# student list, ID look-ups and money-integrity check (module and pages) work on what it wrote.
# Values are sealed with the keys of the test profile, or with AIDLOOP_DATA_KEY / AIDLOOP_INDEX_KEY /
# AIDLOOP_SIGNING_KEY when set: start the platform on the database with the same keys.
# BENCH_THREADS (default 2) connections generate in parallel; BENCH_KEEP_INDEXES=true loads with
# every index in place (the default drops secondary indexes per step and makes them again after).
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE="${1:-0.01}"
SEED="${2:-20261207}"
DB="${BENCH_DB:-aidloop_province}"
eval "$(sed -n '/^java_major()/p;/^pick_jdk()/,/^}/p' aidloop)"
export JAVA_HOME="$(pick_jdk)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "postgres: $(psql -h 127.0.0.1 -U postgres -Atc 'SELECT version()' | cut -d' ' -f1-2), shared_buffers $(psql -h 127.0.0.1 -U postgres -Atc 'SHOW shared_buffers')"
psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
keys=()
if [ -n "${AIDLOOP_DATA_KEY:-}" ]; then
  keys=(-Daidloop.keys.data="$AIDLOOP_DATA_KEY" -Daidloop.keys.index="$AIDLOOP_INDEX_KEY" -Daidloop.keys.signing="$AIDLOOP_SIGNING_KEY")
fi
mkdir -p target/bench
mvn -B -o test -Dtest=ProvinceBenchmark -Dsurefire.excludedGroups=none -Dsurefire.jvm.args=-Xmx1g \
    -Dbench.scale="$SCALE" -Dbench.seed="$SEED" -Dbench.threads="${BENCH_THREADS:-2}" \
    -Dbench.dropIndexes="$([ "${BENCH_KEEP_INDEXES:-false}" = true ] && echo false || echo true)" \
    -Dsurefire.failIfNoSpecifiedTests=false "${keys[@]}" \
    -Dspring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dspring.datasource.username=postgres \
    -Dspring.datasource.password= -Dspring.profiles.active=test \
    | grep --line-buffered -E '^RESULT|^TABLE|Tests run:|FAIL|ERROR|OutOfMemory|Exception|expected|Expect' \
    | tee "target/bench/province-$SCALE-$SEED.log" || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "database: $DB, $(psql -h 127.0.0.1 -U postgres -Atc "SELECT pg_size_pretty(pg_database_size('$DB'))")"
