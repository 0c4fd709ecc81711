#!/usr/bin/env bash
# Student-registration import benchmark of the registry (see docs/student-registration-import.md):
#   bench/registration-import.sh [ROWS]     default 100000
# Starts the application on the embedded PostgreSQL with the demo county and, with the heap capped
# at 512 MB like the roster benchmark, validates and commits a generated county list in the
# registration system's layout (students never seen), then validates and commits it again
# (every student matched and unchanged). The file stays in target/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-100000}"
eval "$(sed -n '/^java_major()/p;/^pick_jdk()/,/^}/p' aidloop)"
export JAVA_HOME="$(pick_jdk)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
mkdir -p target/bench
mvn -B test -Dtest=RegistrationImportBenchmark -Dsurefire.excludedGroups=none -Dsurefire.jvm.args=-Xmx512m \
    -Dbench.rows="$ROWS" -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^RESULT|^generated|Tests run:|FAIL|OutOfMemory' \
    | tee "target/bench/registration-import-$ROWS.log" || true
