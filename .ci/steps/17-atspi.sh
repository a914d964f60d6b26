#!/usr/bin/env bash
# The accessibility tree is read through AT-SPI (tests/ui/test_accessibility_atspi.py): a
# session bus (dbus), at-spi2-core's bus launcher and Debian's python3 with pyatspi for the
# walker (pyatspi is not installable into the venv). Xvfb comes from 10-debian-packages.sh.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get install -y -qq --no-install-recommends dbus at-spi2-core python3-pyatspi >/dev/null
command -v dbus-daemon >/dev/null && test -x /usr/libexec/at-spi-bus-launcher
/usr/bin/python3 -c 'import pyatspi'
