#!/usr/bin/env bash
# The load test's smoke: the same locustfile as `make load` (bench/load), 50 moderators for 60 s
# against the service with 2 workers on this run's PostgreSQL (30-postgres), then the database
# checks (0 double leases, 0 lost, 0 doubled). Fails on a failed check or any failed request;
# latencies are printed, never judged here (the machine is shared).
set -euo pipefail

LOAD_OUT="$(mktemp -d)"
ci_on_exit 'rm -rf "$LOAD_OUT"'
LOAD_STARTED=$SECONDS
.venv/bin/python -m bench.load --moderators 50 --leads 2 --ramp 10 --steady 50 --workers 2 \
    --steps "" --strict --time-limit 300 --out "$LOAD_OUT/run"
echo "CI: the load smoke took $((SECONDS - LOAD_STARTED)) s" >&2
