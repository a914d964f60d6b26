#!/usr/bin/env bash
# `make package-check`: build twice from the same commit and list every file that differs
# (in the bundle, the .tar.gz and the .deb). Exit 1 when anything does.
set -euo pipefail
cd "$(dirname "$0")/.."

CHECK="$(mktemp -d)"
trap 'rm -rf "$CHECK"' EXIT
for run in 1 2; do
    DIST="$CHECK/dist$run" packaging/build.sh
    cp -a build/package/root "$CHECK/root$run"
done
status=0
(cd "$CHECK/root1" && find . -type f -print0 | sort -z | xargs -0 sha256sum) >"$CHECK/sums1"
(cd "$CHECK/root2" && find . -type f -print0 | sort -z | xargs -0 sha256sum) >"$CHECK/sums2"
if ! diff <(cat "$CHECK/sums1") <(cat "$CHECK/sums2") >"$CHECK/diff"; then
    echo "files that differ between the two builds:" >&2
    grep '^[<>]' "$CHECK/diff" | awk '{print $3}' | sort -u >&2
    status=1
fi
if ! cmp -s "$CHECK/dist1/SHA256SUMS" "$CHECK/dist2/SHA256SUMS"; then
    echo "archives that differ:" >&2
    diff "$CHECK/dist1/SHA256SUMS" "$CHECK/dist2/SHA256SUMS" >&2 || true
    status=1
fi
[ "$status" = 0 ] && echo "make package-check: both builds are identical" >&2
exit "$status"
