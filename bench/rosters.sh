#!/usr/bin/env bash
# Document benchmark of the roster module (see docs/rosters.md):
#   bench/rosters.sh [AWARDS]      default 100000
# Starts the application on the embedded PostgreSQL with the demo county, writes AWARDS awards of
# one term, then times the summary, the review roster, every programme's roster (zip), the public
# notice, every school's confirmation form and the automatic check, twice (cold and warm).
# Workbooks land in target/bench/rosters. Not part of ./aidloop test.
set -euo pipefail
cd "$(dirname "$0")/.."
export ROSTER_BENCH_AWARDS="${1:-100000}"
./aidloop test -Dtest=RosterBenchmark -Daidloop.bench=true -Dsurefire.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^RESULT|Tests run:|FAIL' || true
