#!/usr/bin/env bash
# Benchmark of the county's bulk approval in three-party review (see docs/identification.md):
#   bench/three-party-approval.sh [APPLICATIONS]      default 10000
# Starts the application on the embedded PostgreSQL, puts APPLICATIONS decided applications at the
# county's step and times approving them all in one action (one set-based statement guarded by the
# allowed-from step and status, one audit record). Target <= 5 s. Not part of ./aidloop test.
set -euo pipefail
cd "$(dirname "$0")/.."
export APPROVAL_BENCH_APPLICATIONS="${1:-10000}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./aidloop test -Dtest=CountyApprovalBenchmark -Daidloop.bench=true -Dsurefire.excludedGroups=none \
    -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^RESULT|Tests run:|FAIL' || true
