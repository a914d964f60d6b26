#!/usr/bin/env bash
# The installers this machine cannot build, checked where a tool exists here:
#   - Debian's makensis compiles packaging/windows/installer.nsi (warnings are errors) against
#     a stand-in payload: a tiny fake bundle folder, not the Windows build;
#   - PyInstaller's own loader (the package venv of 40-package) reads the Windows version
#     resource that packaging/windows/version_info.py writes from reviewer.__version__;
#   - plistlib reads packaging/macos/Info.plist with the keys and the one version;
#   - the .dmg script is valid bash; .github/workflows/*.yml pass the vendored GitHub
#     workflow schema (check-jsonschema --builtin-schema, no network).
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nsis >/dev/null

INSTALLER_STARTED=$SECONDS
INSTALLER_TMP="$(mktemp -d)"
ci_on_exit 'rm -rf "$INSTALLER_TMP"'
INSTALLER_VERSION="$(.venv/bin/python -c 'import reviewer; print(reviewer.__version__)')"
mkdir -p "$INSTALLER_TMP/payload/_internal"
echo "stand-in for the PyInstaller bundle" >"$INSTALLER_TMP/payload/reviewer.exe"
echo "stand-in" >"$INSTALLER_TMP/payload/_internal/base_library.zip"
makensis -V2 -WX \
    "-DVERSION=$INSTALLER_VERSION" \
    "-DVERSION_QUAD=$(.venv/bin/python packaging/windows/version_info.py --quad)" \
    "-DPAYLOAD=$INSTALLER_TMP/payload" \
    "-DOUTFILE=$INSTALLER_TMP/LiveReviewDesk-$INSTALLER_VERSION-Setup.exe" \
    packaging/windows/installer.nsi
test -s "$INSTALLER_TMP/LiveReviewDesk-$INSTALLER_VERSION-Setup.exe"

.venv/bin/python packaging/windows/version_info.py "$INSTALLER_TMP/version_info.txt"
build/package-venv/bin/python - "$INSTALLER_TMP/version_info.txt" "$INSTALLER_VERSION" <<'PY'
import sys
import types

import PyInstaller.compat

# versioninfo imports pefile and win32api (PyInstaller has them on Windows only) to write into
# an .exe; reading the text file and encoding the resource need neither
sys.modules.setdefault("pefile", types.ModuleType("pefile"))
PyInstaller.compat.win32api = None
from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file  # noqa: E402

info = load_version_info_from_text_file(sys.argv[1])
text = str(info)
assert f"'ProductVersion', '{sys.argv[2]}'" in text, text
assert len(info.toRaw()) > 500  # the binary resource PyInstaller writes into reviewer.exe
PY

.venv/bin/python - "$INSTALLER_VERSION" <<'PY'
import plistlib
import sys

with open("packaging/macos/Info.plist", "rb") as f:
    info = plistlib.load(f)
assert info["CFBundleIdentifier"] == "com.livereviewdesk.Desk", info
assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == sys.argv[1], info
assert info["LSMinimumSystemVersion"], info
assert info["NSHighResolutionCapable"] is True, info
PY
bash -n packaging/macos/build-dmg.sh

.venv/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
echo "CI: installer scripts took $((SECONDS - INSTALLER_STARTED)) s" >&2
