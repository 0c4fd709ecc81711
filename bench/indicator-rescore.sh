#!/usr/bin/env bash
# Benchmark of re-scoring applications under a new indicator model version (see docs/identification.md):
#   bench/indicator-rescore.sh [APPLICATIONS]      default 100000
# Starts the application on the embedded PostgreSQL, adopts the Jiangsu reference table for a county,
# scores APPLICATIONS answer sets under version 1, publishes version 2 and times re-scoring them all
# (scoring with explanations, COPY and one upsert, one transaction). Not part of ./aidloop test.
set -euo pipefail
cd "$(dirname "$0")/.."
export RESCORE_BENCH_APPLICATIONS="${1:-100000}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./aidloop test -Dtest=RescoreBenchmark -Daidloop.bench=true -Dsurefire.excludedGroups=none \
    -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^RESULT|Tests run:|FAIL' || true
