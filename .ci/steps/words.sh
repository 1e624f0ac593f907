#!/usr/bin/env bash
# Spoken phone numbers through Open JTalk's dictionary: Debian's mecab and open-jtalk-mecab-naist-jdic
# stand in for a Japanese TTS front end (test/format/open-jtalk-dictionary.test.ts). Installs them with
# apt-get when missing and apt can; otherwise the test skips and says why. $1: the reports dir, where
# the vitest JSON report goes so .ci/run counts its tests.
set -euo pipefail
reports=${1:?usage: words.sh REPORTS_DIR}
cd "$(dirname "$0")/../.."
dictionary=${OPEN_JTALK_DIC:-/var/lib/mecab/dic/open-jtalk/naist-jdic}

if { ! command -v mecab >/dev/null 2>&1 || [ ! -f "$dictionary/sys.dic" ]; } && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then as_root=(env); elif sudo -n true 2>/dev/null; then as_root=(sudo -n env); else as_root=(); fi
  if [ ${#as_root[@]} -gt 0 ]; then
    echo "installing Debian's mecab and open-jtalk-mecab-naist-jdic with apt-get"
    "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
      "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mecab open-jtalk-mecab-naist-jdic >/dev/null ||
      echo "apt-get could not install mecab and open-jtalk-mecab-naist-jdic"
  fi
fi

if ! command -v mecab >/dev/null 2>&1 || [ ! -f "$dictionary/sys.dic" ]; then
  echo "words step: the Open JTalk dictionary test will skip (no mecab, or no dictionary at $dictionary; set OPEN_JTALK_DIC to use another)"
fi

OPEN_JTALK_DIC="$dictionary" npx vitest run test/format/open-jtalk-dictionary.test.ts \
  --reporter=default --reporter=json --outputFile="$reports/vitest-words.json"
