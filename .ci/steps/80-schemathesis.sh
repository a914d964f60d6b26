#!/usr/bin/env bash
# The contract against the live service: schemathesis on every operation, all phases, every
# check, a fixed seed (deterministic generation: a red run replays), once on SQLite and once
# on the PostgreSQL cluster of 30-postgres; in each, as a moderator and as a lead, and
# POST /v1/auth/logout apart (devkit/contract_fuzz.py). Zero failures, or CI stops here.
#
# 32-schemathesis-start.sh started both runs in the background; here CI waits for them and
# prints each run's log whole, SQLite first.
set -euo pipefail

FUZZ_FAILED=()
for FUZZ_I in "${!FUZZ_ENGINES[@]}"; do
    FUZZ_ENGINE="${FUZZ_ENGINES[FUZZ_I]}"
    FUZZ_STATUS=0
    wait "${FUZZ_PIDS[FUZZ_I]}" || FUZZ_STATUS=$?
    echo "CI: schemathesis on $FUZZ_ENGINE (exit $FUZZ_STATUS):" >&2
    cat "$FUZZ_LOGS/$FUZZ_ENGINE.log"
    if [ "$FUZZ_STATUS" != 0 ]; then FUZZ_FAILED+=("$FUZZ_ENGINE"); fi
done
FUZZ_PIDS=()  # reaped: nothing for the exit hook to stop
echo "CI: schemathesis on both engines took $((SECONDS - FUZZ_STARTED)) s from its start" >&2
if [ "${#FUZZ_FAILED[@]}" != 0 ]; then
    echo "CI: schemathesis failed on ${FUZZ_FAILED[*]} (the log above)" >&2
    false
fi
