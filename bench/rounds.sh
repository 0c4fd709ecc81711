#!/usr/bin/env bash
# Benchmark of payout rounds (see docs/disbursement.md, "Benchmark: payout rounds"):
#   bench/rounds.sh [COPIES]      default 40 (× 5,000 = 200,000 card awards in 5 banks)
# Runs against the PostgreSQL server at 127.0.0.1:5432 (user postgres) in a database of its own,
# aidloop_bench_rounds, created afresh. Times creating the round and writing each bank's file.
# Not part of ./aidloop test (the benchmark test is tagged "benchmark").
set -euo pipefail
cd "$(dirname "$0")/.."
export ROUND_BENCH_COPIES="${1:-40}"
psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS aidloop_bench_rounds" -c "CREATE DATABASE aidloop_bench_rounds"
echo "machine: $(nproc) cores, $(uptime)"
./aidloop test -Dtest=RoundBenchmark -Daidloop.bench=true -Dsurefire.excludedGroups=none \
    -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:5432/aidloop_bench_rounds \
    -Dspring.datasource.username=postgres -Dspring.datasource.password= | grep -E '^RESULT|Tests run:|FAIL' || true
echo "after: $(uptime)"
