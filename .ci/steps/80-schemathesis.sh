#!/usr/bin/env bash
# The contract against the live service: schemathesis on every operation, all phases, every
# check, a fixed seed (deterministic generation: a red run replays), once on SQLite and once
# on the PostgreSQL cluster of 30-postgres; in each, as a moderator and as a lead, and
# POST /v1/auth/logout apart (devkit/contract_fuzz.py). Zero failures, or CI stops here.
set -euo pipefail

make contract-fuzz
