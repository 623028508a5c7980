#!/usr/bin/env bash
# Browser tests use Debian's Chromium (never a downloaded browser). Installs it when missing
# and we may (root with apt-get); otherwise says how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium ontbreekt: installeren met apt-get (Debian-pakket chromium)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium ontbreekt ($CHROMIUM). Installeer het Debian-pakket: sudo apt-get install -y chromium" >&2
exit 1
