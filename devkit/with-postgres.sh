#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL cluster of its own, the one CI starts
# (.ci/steps/30-postgres.sh): REVIEWER_TEST_POSTGRES_URL is set for the command, and the
# cluster is stopped and its folder removed afterwards, whatever the command's outcome.
#   devkit/with-postgres.sh .venv/bin/pytest tests/server
set -euo pipefail
cd "$(dirname "$0")/.."

PG_CLEANUP=()
ci_on_exit() {
    PG_CLEANUP+=("$1")
}
pg_cleanup() {
    local i
    set +e
    for ((i = ${#PG_CLEANUP[@]} - 1; i >= 0; i--)); do
        eval "${PG_CLEANUP[i]}"
    done
}
trap pg_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck source=../.ci/steps/30-postgres.sh
source .ci/steps/30-postgres.sh
"$@"
