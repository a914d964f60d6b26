#!/usr/bin/env bash
# The built bundle is the real client: tests/packaging runs it (REVIEWER_BUNDLE) under Xvfb
# against the reference service on loopback, inside a D-Bus session with an unlocked
# gnome-keyring so the bundle's own keyring code stores the sign-in for real.
set -euo pipefail

SMOKE_KEYRING="$(mktemp -d)"
ci_on_exit 'rm -rf "$SMOKE_KEYRING"'
SMOKE_STARTED=$SECONDS
SMOKE_KEYRING="$SMOKE_KEYRING" REVIEWER_BUNDLE="$PWD/build/package/root/opt/live-review-desk" \
    dbus-run-session -- bash -c '
        set -euo pipefail
        echo -n "ci-smoke-keyring" \
            | XDG_DATA_HOME="$SMOKE_KEYRING" gnome-keyring-daemon --unlock --components=secrets >/dev/null
        .venv/bin/pytest -q -p no:cacheprovider tests/packaging
    '
echo "CI: the bundle smoke took $((SECONDS - SMOKE_STARTED)) s" >&2
