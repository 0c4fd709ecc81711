#!/usr/bin/env bash
# Benchmark of payout batches and bank files (see docs/disbursement.md):
#   bench/bank-file.sh [PAYMENTS]      default 50000
# Starts the application on the embedded PostgreSQL with the demo county, writes PAYMENTS confirmed
# awards with sealed cards, then times creating the batch and the bank file of every template, twice
# (cold and warm). Files land in target/bench/bank-files. Not part of ./aidloop test (the benchmark
# test is tagged "benchmark").
set -euo pipefail
cd "$(dirname "$0")/.."
export BANK_BENCH_PAYMENTS="${1:-50000}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./aidloop test -Dtest=BankFileBenchmark -Daidloop.bench=true -Dsurefire.excludedGroups=none \
    -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^RESULT|Tests run:|FAIL' || true
