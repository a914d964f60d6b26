#!/usr/bin/env bash
# The .deb installs and uninstalls cleanly: the file lists of /opt, /usr and /etc before and
# after. Installed, /usr/bin/reviewer runs; `dpkg -r` leaves only the conffile (site.toml);
# `dpkg -P` leaves nothing.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
DEB_STARTED=$SECONDS
DEB_FILE="$(ls dist/live-review-desk_*.deb)"
DEB_LISTS="$(mktemp -d)"
ci_on_exit 'rm -rf "$DEB_LISTS"'
ci_on_exit "$SUDO dpkg -P live-review-desk >/dev/null 2>&1 || true"
$SUDO dpkg -P live-review-desk >/dev/null 2>&1 || true

deb_snapshot() {
    # caches that desktop and icon triggers rebuild are not the package's files
    $SUDO find /opt /usr /etc -xdev \
        -not -name mimeinfo.cache -not -name icon-theme.cache -not -path /etc/ld.so.cache \
        2>/dev/null | LC_ALL=C sort >"$1"
}
deb_snapshot "$DEB_LISTS/before"

$SUDO dpkg -i "$DEB_FILE" >/dev/null
test "$(readlink -f /usr/bin/reviewer)" = /opt/live-review-desk/reviewer
/usr/bin/reviewer --version
test -f /etc/xdg/live-review-desk/site.toml
test -f /usr/share/applications/live-review-desk.desktop
test -f /usr/share/icons/hicolor/scalable/apps/live-review-desk.svg
dpkg-query -W -f='${Conffiles}\n' live-review-desk | grep -q /etc/xdg/live-review-desk/site.toml

$SUDO dpkg -r live-review-desk >/dev/null
deb_snapshot "$DEB_LISTS/removed"
LC_ALL=C comm -13 "$DEB_LISTS/before" "$DEB_LISTS/removed" >"$DEB_LISTS/left"
LC_ALL=C comm -23 "$DEB_LISTS/before" "$DEB_LISTS/removed" >"$DEB_LISTS/lost"
# what stays: the conffile and the folders that hold it (and /etc/xdg if it was not there)
if grep -v -x -e /etc/xdg/live-review-desk/site.toml -e /etc/xdg/live-review-desk -e /etc/xdg \
    "$DEB_LISTS/left"; then
    echo "dpkg -r left more than the conffile (above)" >&2
    false
fi
grep -q -x /etc/xdg/live-review-desk/site.toml "$DEB_LISTS/left"
if [ -s "$DEB_LISTS/lost" ]; then
    cat "$DEB_LISTS/lost" >&2
    echo "dpkg -r removed files that were there before (above)" >&2
    false
fi

$SUDO dpkg -P live-review-desk >/dev/null
deb_snapshot "$DEB_LISTS/purged"
if ! diff "$DEB_LISTS/before" "$DEB_LISTS/purged" >&2; then
    echo "dpkg -P did not bring /opt, /usr and /etc back to what they were (diff above)" >&2
    false
fi
echo "CI: the .deb install/remove/purge check took $((SECONDS - DEB_STARTED)) s" >&2
