#!/usr/bin/env bash
# `make package`: the Linux bundle, its .tar.gz and .deb in dist/, with SHA256SUMS beside them.
#
# Reproducible: SOURCE_DATE_EPOCH is the last commit's time, PYTHONHASHSEED is fixed, every
# file in the archives has that mtime, owner root, names sorted, and gzip leaves out its own
# timestamp. The bundle is built from a regular (non-editable) install of the checkout in a
# build venv of its own (build/package-venv): PyInstaller cannot see an editable install.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=build/package-venv
WORK=build/package
OUT="${DIST:-dist}"
NAME=live-review-desk
PREFIX=/opt/$NAME

export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"
export PYTHONHASHSEED=0
export TZ=UTC LC_ALL=C.UTF-8
umask 022

# the one version source (pyproject reads it as setuptools' dynamic version)
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' reviewer/__init__.py)"
[ -n "$VERSION" ] || { echo "packaging/build.sh: no __version__ in reviewer/__init__.py" >&2; exit 1; }
ARCH="$(dpkg --print-architecture 2>/dev/null || echo amd64)"
DATE="$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)"
started=$SECONDS

# 1. the build venv: the pinned PyInstaller and a regular install of this checkout
if [ ! -x "$VENV/bin/pyinstaller" ] || [ pyproject.toml -nt "$VENV/bin/pyinstaller" ]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet '.[package]'
    touch "$VENV/bin/pyinstaller"
fi
# this checkout, afresh (setuptools' build/lib would keep a module deleted since the last build)
rm -rf build/lib build/bdist.* ./*.egg-info
"$VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall .
rm -rf build/lib build/bdist.* ./*.egg-info

# 2. the one-folder bundle
rm -rf "$WORK"
mkdir -p "$WORK" "$OUT"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$WORK/dist" --workpath "$WORK/pyi" packaging/reviewer.spec
BUNDLE="$WORK/dist/reviewer"
# the interpreter's own symbols are debugging aids, 16 MB of libpython alone (Qt's wheels
# come stripped already); strip is deterministic, so the build stays reproducible
find "$BUNDLE/_internal" -maxdepth 3 \( -name 'libpython3*.so*' -o -path '*/lib-dynload/*.so' \) \
    -type f -exec strip --strip-unneeded {} +
"$BUNDLE/reviewer" --version

# 3. the .deb's tree
ROOT="$WORK/root"
mkdir -p "$ROOT$PREFIX" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/metainfo" "$ROOT/usr/share/icons/hicolor/scalable/apps" \
    "$ROOT/etc/xdg/$NAME" "$ROOT/DEBIAN"
cp -a "$BUNDLE/." "$ROOT$PREFIX/"
ln -s "$PREFIX/reviewer" "$ROOT/usr/bin/reviewer"
install -m 644 packaging/linux/$NAME.desktop "$ROOT/usr/share/applications/"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$DATE/" packaging/linux/$NAME.metainfo.xml \
    >"$ROOT/usr/share/metainfo/com.livereviewdesk.Desk.metainfo.xml"
install -m 644 resources/icons/app.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
for png in packaging/linux/icons/$NAME-*.png; do
    size="${png##*-}"
    size="${size%.png}"
    mkdir -p "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$png" "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$NAME.png"
done
install -m 644 packaging/linux/site.toml "$ROOT/etc/xdg/$NAME/site.toml"
echo "/etc/xdg/$NAME/site.toml" >"$ROOT/DEBIAN/conffiles"
INSTALLED_KB="$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" \
    packaging/linux/control >"$ROOT/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$ROOT"
find "$ROOT" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +

# 4. the archives and their checksums
TARBALL="$NAME-$VERSION-linux-$ARCH.tar.gz"
DEB="${NAME}_${VERSION}_$ARCH.deb"
rm -f "$OUT/$TARBALL" "$OUT/$DEB" "$OUT/SHA256SUMS"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    --format=gnu -C "$ROOT/opt" -cf - "$NAME" | gzip -n -6 >"$OUT/$TARBALL"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$ROOT" "$OUT/$DEB" >/dev/null
(cd "$OUT" && sha256sum "$TARBALL" "$DEB" >SHA256SUMS)
echo "make package: $OUT/$TARBALL, $OUT/$DEB, $OUT/SHA256SUMS in $((SECONDS - started)) s" >&2
du -sh "$ROOT$PREFIX" "$OUT/$TARBALL" "$OUT/$DEB" >&2
