#!/usr/bin/env bash
# The development venv (.venv, with the [dev] extras), built by the Makefile as `make test`
# would build it.
set -euo pipefail

make .venv/.dev-installed
