#!/usr/bin/env bash
# `make test` (lint, then pytest) inside a D-Bus session with an unlocked gnome-keyring, so
# the Secret Service test runs for real.
set -euo pipefail

# The keyring daemon gets a keyrings folder of its own: a login keyring left on the machine by
# an earlier run (with another password) would refuse to unlock and fail the Secret Service test.
KEYRING_HOME="$(mktemp -d)"
ci_on_exit 'rm -rf "$KEYRING_HOME"'
export KEYRING_HOME
dbus-run-session -- bash -c '
    set -euo pipefail
    echo -n "ci-keyring-password" \
        | XDG_DATA_HOME="$KEYRING_HOME" gnome-keyring-daemon --unlock --components=secrets >/dev/null
    make test
'
