#!/usr/bin/env bash
# macOS only: "Live Review Desk.app" (built by PyInstaller from packaging/reviewer.spec into
# dist/) into a compressed, read-only disk image dist/LiveReviewDesk-<version>.dmg with an
# Applications link beside the app. Written here (no macOS machine: this script was never
# run here); run by .github/workflows/installers.yml on a macOS runner.
#
#   packaging/macos/build-dmg.sh [APP] [OUT]
#
# Signing and notarisation are the workflow's (named secrets, skipped when absent): an
# unsigned, unnotarised app is for evaluation only, and Gatekeeper refuses to open it
# without the user's explicit override (right-click > Open, or System Settings).
set -euo pipefail

if [ "$(uname -s)" != "Darwin" ]; then
    echo "packaging/macos/build-dmg.sh: needs macOS (hdiutil); this is $(uname -s)" >&2
    exit 2
fi

cd "$(dirname "$0")/../.."
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' reviewer/__init__.py)"
[ -n "$VERSION" ] || { echo "build-dmg.sh: no __version__ in reviewer/__init__.py" >&2; exit 1; }
APP="${1:-dist/Live Review Desk.app}"
OUT="${2:-dist/LiveReviewDesk-$VERSION.dmg}"
[ -d "$APP" ] || { echo "build-dmg.sh: $APP is missing (pyinstaller packaging/reviewer.spec)" >&2; exit 1; }

# the app must say the version it is packed as
PLIST_VERSION="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
if [ "$PLIST_VERSION" != "$VERSION" ]; then
    echo "build-dmg.sh: the app says $PLIST_VERSION, reviewer says $VERSION" >&2
    exit 1
fi

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/Live Review Desk.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$OUT"
hdiutil create -volname "Live Review Desk $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$OUT"
hdiutil verify "$OUT"
( cd "$(dirname "$OUT")" && shasum -a 256 "$(basename "$OUT")" > "$(basename "$OUT").sha256" )
echo "$OUT"
