#!/usr/bin/env bash
# The main job from a clean clone: installs what it needs (npm packages from the lockfile,
# Debian's Chromium and a CJK font), then builds the extension and shows it on the samples.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ ! -x /usr/bin/chromium ] || ! dpkg -s chromium-l10n >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wenquanyi"; then
  echo "Installing Debian's chromium, chromium-l10n and fonts-wqy-microhei..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-l10n fonts-wqy-microhei >/dev/null
fi

npm run demo
