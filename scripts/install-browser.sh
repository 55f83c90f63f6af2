#!/usr/bin/env bash
# Debian's Chromium for the browser tests (Playwright drives /usr/bin/chromium; nothing is
# downloaded by Playwright itself), with its interface translations (chromium-l10n: native date
# inputs follow the browser's language, and French pages are tested in a French Chromium).
# Needs root or sudo; skipped when already installed.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -e /usr/lib/chromium/locales/fr.pak ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: no apt-get here; install Chromium and set it at /usr/bin/chromium" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing Debian's chromium for browser tests…"
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-l10n fonts-dejavu-core >/dev/null
