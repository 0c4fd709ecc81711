#!/usr/bin/env bash
# Return-file benchmark (see docs/disbursement.md):
#   bench/return-file.sh [PAYMENTS]      default 50000
# Writes an exported batch of PAYMENTS payments by SQL on the embedded PostgreSQL, then uploads a
# matching return file with 25 failures, once as GBK CSV and once as fixed-width text (a fresh
# batch each), and prints wall time, JVM CPU and the load average. Not part of ./aidloop test.
set -euo pipefail
cd "$(dirname "$0")/.."
export RETURN_BENCH_PAYMENTS="${1:-50000}"
./aidloop test -Dtest=ReturnFileBenchmark -Daidloop.bench=true -Dsurefire.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^RESULT|Tests run:|FAIL' || true
