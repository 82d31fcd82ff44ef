#!/usr/bin/env bash
# The browser tests drive Debian's Chromium; a fresh machine may not have it yet. Install it
# (as root, from Debian's packages) rather than fail, so `npm ci && npm test` works anywhere.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $chromium: install it with 'sudo apt-get install -y chromium'" >&2
  exit 1
fi
echo "Installing Chromium (Debian package) for the browser tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
