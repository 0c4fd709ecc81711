#!/usr/bin/env bash
# Times the money-integrity check and the progress report of ~100,000 payments of one county term.
#   bench/payouts.sh [COPIES]   (COPIES × the demo county's ~5,000 students; default 20)
# Not part of ./aidloop test.
set -euo pipefail
cd "$(dirname "$0")/.."
./aidloop test -Dtest=PayoutBenchmark -Daidloop.bench=true -Dsurefire.excludedGroups=none -Daidloop.bench.copies="${1:-20}" -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^RESULT|Tests run:|FAIL' || true
