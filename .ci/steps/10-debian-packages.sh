#!/usr/bin/env bash
# What the tests need on a fresh Debian machine: Xvfb and xdotool for the real-X tests,
# gnome-keyring and D-Bus for the Secret Service test, fonts, and the libraries Qt's xcb
# plugin loads.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    xvfb xauth x11-utils xdotool gnome-keyring dbus dbus-x11 \
    fonts-noto-cjk fonts-noto-color-emoji fonts-dejavu-core \
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0 \
    libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 \
    libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-render0 libxcb-util1 libx11-xcb1 \
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 \
    >/dev/null
