#!/usr/bin/env bash
# `make package` from this clean checkout (the Linux bundle, .tar.gz and .deb in dist/), then
# the Linux metadata through desktop-file-validate and appstreamcli (no network here).
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    desktop-file-utils appstream binutils dpkg >/dev/null

PACKAGE_STARTED=$SECONDS
make package
echo "CI: make package took $((SECONDS - PACKAGE_STARTED)) s" >&2

desktop-file-validate packaging/linux/live-review-desk.desktop
appstreamcli validate --no-net \
    build/package/root/usr/share/metainfo/com.livereviewdesk.Desk.metainfo.xml
(cd dist && sha256sum --check --quiet SHA256SUMS)
