#!/usr/bin/env bash
# Roster import benchmark of the award module (see docs/roster-import.md):
#   bench/roster-import.sh [ROWS_SMALL] [ROWS_LARGE]     defaults 100000 and 1000000
# Starts the application on the embedded PostgreSQL with the demo county and, with the heap capped
# at 512 MB, validates and commits a generated roster of ROWS_SMALL rows (students met for the first
# time), then of the same students a term later (students registered), after a 20,000-row warm-up;
# then the same for ROWS_LARGE rows. Then loads the ROWS_SMALL file with POI's XSSFWorkbook (heap
# 8 GB), the way most systems read an upload, and prints the ratio. Files stay in target/bench.
# Not part of ./aidloop test (the benchmark test is tagged "benchmark").
set -euo pipefail
cd "$(dirname "$0")/.."
SMALL="${1:-100000}"
LARGE="${2:-1000000}"
eval "$(sed -n '/^java_major()/p;/^pick_jdk()/,/^}/p' aidloop)"
export JAVA_HOME="$(pick_jdk)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
mkdir -p target/bench
run() {
  mvn -B test -Dtest=RosterImportBenchmark -Dsurefire.excludedGroups=none -Dsurefire.jvm.args=-Xmx512m \
      -Dbench.rows="$1" -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^RESULT|^generated|^machine|Tests run:|FAIL|OutOfMemory' \
      | tee "target/bench/roster-import-$1.log" || true
}
run "$SMALL"
if [ "$LARGE" -gt 0 ]; then run "$LARGE"; fi
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
poi=$("$JAVA_HOME/bin/java" -Xmx8g -cp "$CP" com.aidloop.spreadsheet.bench.ReadBenchmark poi "target/bench/award-roster-$SMALL-2026-AUTUMN.xlsx" 2>/dev/null | grep '^RESULT')
echo "$SMALL rows, POI XSSFWorkbook load + format every cell, -Xmx8g: $poi"
seconds() { sed -n "s/^RESULT $1 $2 .* seconds=\([0-9.]*\) .*/\1/p" "target/bench/roster-import-$SMALL.log"; }
p=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$poi")
v=$(seconds registered-students validate); c=$(seconds registered-students commit); n=$(seconds new-students commit)
awk -v p="$p" -v v="$v" -v c="$c" -v n="$n" -v rows="$SMALL" 'BEGIN { if (p > 0 && v > 0 && c > 0 && n > 0)
  printf "XSSFWorkbook load / import on %s rows: %.1fx the validation, %.1fx the commit of registered students (which validates too), %.1fx the commit of new students\n", rows, p / v, p / c, p / n }'
