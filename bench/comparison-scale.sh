#!/usr/bin/env bash
# Comparison at scale (docs/comparison.md, "Scale"):
#   bench/comparison-scale.sh [PERSONS] [ROWS]     default 2000000 10000000
# Drops and creates the database aidloop_bench_h15 on the PostgreSQL server at 127.0.0.1:5432
# (user postgres), starts the application on it with the heap capped at 512 MB, generates PERSONS
# registry persons (a quarter students, three household members each) and a ROWS-row CSV list
# (5 % registry persons, some under another name), loads the list through the platform's path,
# times the matching run (register written) twice, and joins the same keys in DuckDB.
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS="${1:-2000000}"
ROWS="${2:-10000000}"
DB="${BENCH_DB:-aidloop_bench_h15}"
eval "$(sed -n '/^java_major()/p;/^pick_jdk()/,/^}/p' aidloop)"
export JAVA_HOME="$(pick_jdk)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "postgres: $(psql -h 127.0.0.1 -U postgres -Atc 'SELECT version()' | cut -d' ' -f1-2), shared_buffers $(psql -h 127.0.0.1 -U postgres -Atc 'SHOW shared_buffers'), work_mem ${BENCH_WORK_MEM:-server default}"
psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
if [ -n "${BENCH_WORK_MEM:-}" ]; then
  psql -h 127.0.0.1 -U postgres -q -c "ALTER DATABASE $DB SET work_mem = '$BENCH_WORK_MEM'"
fi
mkdir -p target/bench
mvn -B -o test -Dtest=ComparisonScaleBenchmark -Dsurefire.excludedGroups=none -Dsurefire.jvm.args=-Xmx512m \
    -Dbench.persons="$PERSONS" -Dbench.rows="$ROWS" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dspring.datasource.username=postgres \
    -Dspring.datasource.password= -Dspring.profiles.active=test \
    | grep -E '^RESULT|^generated|^DuckDB|Tests run:|FAIL|ERROR|OutOfMemory|Exception' \
    | tee "target/bench/comparison-scale-$PERSONS-$ROWS.log" || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
