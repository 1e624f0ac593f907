#!/usr/bin/env bash
# <madoguchi-contact> and examples/web in real headless Chromium: Debian's chromium package driven by
# playwright-core (no browser download), axe-core for accessibility. Installs chromium with apt-get
# when it is missing and apt can; otherwise says it skipped. $1: the reports dir, where the vitest
# JSON report goes so .ci/run counts its tests. Screenshots: test/browser/artifacts/ (gitignored),
# or $MADOGUCHI_SCREENSHOTS.
set -euo pipefail
reports=${1:?usage: browser.sh REPORTS_DIR}
cd "$(dirname "$0")/../.."
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}

if [ ! -x "$chromium" ] && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then as_root=(env); elif sudo -n true 2>/dev/null; then as_root=(sudo -n env); else as_root=(); fi
  if [ ${#as_root[@]} -gt 0 ]; then
    echo "installing Debian's chromium with apt-get (fonts-ipafont-gothic too, so screenshots show Japanese)"
    "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
      "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-ipafont-gothic >/dev/null ||
      echo "apt-get could not install chromium"
  fi
fi

if [ ! -x "$chromium" ]; then
  echo "browser test skipped: no chromium (looked for $chromium; set CHROMIUM_PATH to use another)"
  exit 0
fi

"$chromium" --version 2>/dev/null | head -n 1 || true
export MADOGUCHI_SCREENSHOTS=${MADOGUCHI_SCREENSHOTS:-$PWD/test/browser/artifacts}
CHROMIUM_PATH="$chromium" npx vitest run --config test/browser/vitest.config.ts \
  --reporter=default --reporter=json --outputFile="$reports/vitest-browser.json"
echo "screenshots: $MADOGUCHI_SCREENSHOTS"
