#!/usr/bin/env bash
# Starts the contract runs of 80-schemathesis.sh in the background, both engines at once (each
# its own service, database and temp folder): over 7 minutes one after the other, they now
# overlap each other and the package, bundle and .deb steps, which leave a core idle much of
# the time. Each run writes a log of its own; 80-schemathesis.sh waits for both and prints
# the logs whole, SQLite first, so the output reads as `make contract-fuzz` prints it.
set -euo pipefail

if [ -z "${REVIEWER_TEST_POSTGRES_URL:-}" ]; then
    echo "CI: no REVIEWER_TEST_POSTGRES_URL (30-postgres) for the PostgreSQL half" >&2
    false
fi
FUZZ_STARTED=$SECONDS
FUZZ_LOGS="$(mktemp -d)"
ci_on_exit 'rm -rf "$FUZZ_LOGS"'
FUZZ_ENGINES=(sqlite postgresql)
FUZZ_PIDS=()
for FUZZ_ENGINE in "${FUZZ_ENGINES[@]}"; do
    # a process group of its own (setsid): a stop reaches its service and schemathesis too
    setsid -w .venv/bin/python -m devkit.contract_fuzz --engine "$FUZZ_ENGINE" \
        >"$FUZZ_LOGS/$FUZZ_ENGINE.log" 2>&1 </dev/null &
    FUZZ_PIDS+=("$!")
done

# A step between here and 80 failed, or CI was stopped: end the runs that are still going
# (80 empties FUZZ_PIDS once it has reaped them).
fuzz_stop() {
    local pid
    for pid in "${FUZZ_PIDS[@]}"; do
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${FUZZ_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
}
ci_on_exit fuzz_stop
echo "CI: schemathesis started in the background on ${FUZZ_ENGINES[*]} (80-schemathesis.sh)" >&2
