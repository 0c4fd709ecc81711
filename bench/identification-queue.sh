#!/usr/bin/env bash
# Benchmark of a school's identification review queue (see docs/identification.md):
#   bench/identification-queue.sh [APPLICATIONS]      default 5000
# Starts the application on the embedded PostgreSQL, makes APPLICATIONS applications of one school
# in every state, and times the queue the school's page and API answer (query in reach, rows,
# JSON): the whole year, one status, one class; median of 20 runs. Target < 300 ms. Not part of ./aidloop test.
set -euo pipefail
cd "$(dirname "$0")/.."
export QUEUE_BENCH_APPLICATIONS="${1:-5000}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./aidloop test -Dtest=QueueBenchmark -Daidloop.bench=true -Dsurefire.excludedGroups=none \
    -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^RESULT|^PLAN|Tests run:|FAIL' || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
