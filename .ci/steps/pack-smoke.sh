#!/usr/bin/env bash
# The package as a user gets it: npm pack, install the tarball into a fresh temp project (its
# dependency from the npm cache), then require() and import() every entry point with this Node; and
# the madoguchi command from a project where only the tarball is installed (test/package/cli.smoke.ts).
# $1: the reports dir, where the vitest JSON report goes so .ci/run counts its tests.
set -euo pipefail
reports=${1:?usage: pack-smoke.sh REPORTS_DIR}
cd "$(dirname "$0")/../.."
echo "node $(node --version) (other Node versions: not installed on this machine)"
npx vitest run --config test/package/vitest.config.ts \
  --reporter=default --reporter=json --outputFile="$reports/vitest-package.json"
