#!/usr/bin/env bash
# The weekly report's tests read the PDF back (pdftotext) and render its pages (pdftoppm):
# poppler-utils, so they run in CI instead of skipping.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null
