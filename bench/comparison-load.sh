#!/usr/bin/env bash
# Department-list load benchmark of the comparison module (see docs/comparison.md):
#   bench/comparison-load.sh [ROWS]     default 100000
# Starts the application on the embedded PostgreSQL with the demo county and, with the heap capped
# at 512 MB, imports a generated 财政供养人员 list (valid IDs) for a region of its own: checks,
# blind index, COPY and the matching run, the load and the matching run timed apart. The file
# stays in target/bench. The coverage agent is left out (-Djacoco.skip): it is not in production
# and slows the code it instruments. BENCH_JVM_ARGS adds JVM options (a flight recording).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-100000}"
eval "$(sed -n '/^java_major()/p;/^pick_jdk()/,/^}/p' aidloop)"
export JAVA_HOME="$(pick_jdk)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
mkdir -p target/bench
mvn -B -o test -Dtest=ListLoadBenchmark -Dsurefire.excludedGroups=none -Djacoco.skip=true \
    -Dsurefire.jvm.args="-Xmx512m ${BENCH_JVM_ARGS:-}" \
    -Dbench.rows="$ROWS" -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^RESULT|^generated|Tests run:|FAIL|ERROR|OutOfMemory' \
    | tee "target/bench/comparison-load-$ROWS.log" || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
