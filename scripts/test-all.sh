#!/usr/bin/env bash
# Every test, from a clean clone: installs what the suite needs, then runs it.
# Debian's Chromium, its translations (without chromium-l10n Chromium only speaks English,
# and the tests check the Chinese interface), Firefox ESR (the Firefox build is run in it)
# and a CJK font come from apt-get (a test tool's own browser download cannot work on these
# machines); npm packages come from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || ! dpkg -s chromium-l10n >/dev/null 2>&1 || [ ! -x /usr/bin/firefox-esr ] || ! fc-list 2>/dev/null | grep -qi "wenquanyi"; then
  echo "Installing Debian's chromium, chromium-l10n, firefox-esr and fonts-wqy-microhei for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-l10n firefox-esr fonts-wqy-microhei >/dev/null
fi

npm ci --no-audit --no-fund --loglevel=error
npm run --silent typecheck
npm test
