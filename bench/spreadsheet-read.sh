#!/usr/bin/env bash
# Reading benchmark of the spreadsheet module (see docs/spreadsheets.md):
#   bench/spreadsheet-read.sh [ROWS_SMALL] [ROWS_LARGE]     defaults 100000 and 1000000
# Generates 24-column rosters with a shared-strings table under target/bench, streams them through
# SpreadsheetReader with the heap capped at 512 MB, then loads the small one with POI's
# XSSFWorkbook (heap 8 GB) as the baseline, and prints the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
SMALL="${1:-100000}"
LARGE="${2:-1000000}"
# The JDK the way ./aidloop picks it: JAVA_HOME, java on the PATH, then /usr/lib/jvm, version 21 or newer.
eval "$(sed -n '/^java_major()/p;/^pick_jdk()/,/^}/p' aidloop)"
export JAVA_HOME="$(pick_jdk)"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
JAVA="$JAVA_HOME/bin/java"
MAIN=com.aidloop.spreadsheet.bench.ReadBenchmark
mkdir -p target/bench
for rows in "$SMALL" "$LARGE"; do
  f="target/bench/roster-$rows.xlsx"
  [ -f "$f" ] || "$JAVA" -Xmx2g -cp "$CP" "$MAIN" generate "$f" "$rows"
done
echo "machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
small=$("$JAVA" -Xmx512m -cp "$CP" "$MAIN" stream "target/bench/roster-$SMALL.xlsx" | grep '^RESULT')
echo "$SMALL rows, SpreadsheetReader, -Xmx512m: $small"
large=$("$JAVA" -Xmx512m -cp "$CP" "$MAIN" stream "target/bench/roster-$LARGE.xlsx" | grep '^RESULT')
echo "$LARGE rows, SpreadsheetReader, -Xmx512m: $large"
poi=$("$JAVA" -Xmx8g -cp "$CP" "$MAIN" poi "target/bench/roster-$SMALL.xlsx" 2>/dev/null | grep '^RESULT')
echo "$SMALL rows, POI XSSFWorkbook, -Xmx8g: $poi"
s=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$small")
p=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$poi")
awk -v s="$s" -v p="$p" 'BEGIN { printf "XSSFWorkbook / SpreadsheetReader time on %s rows: %.1fx\n", "'"$SMALL"'", p / s }'
