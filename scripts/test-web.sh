#!/usr/bin/env bash
# Builds the browser version (scripts/build-web.sh) and opens it in Debian's headless
# Chromium through puppeteer-core (tests/web/browser_test.js): first frame without
# errors, a paused step against tests/golden/web_*.png, orbit by drag, guided mode by
# click, and a short bench. puppeteer-core and pngjs come from npm into build-web/node
# (no browser download). Pass --update to write the golden image anew.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/build-web.sh"

if ! dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q "install ok installed"; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi
command -v node >/dev/null && command -v npm >/dev/null || { echo "test-web: needs node and npm (scripts/setup.sh)" >&2; exit 1; }

node_dir="$root/build-web/node"
if [ ! -d "$node_dir/node_modules/puppeteer-core" ] || [ ! -d "$node_dir/node_modules/pngjs" ]; then
  mkdir -p "$node_dir"
  # puppeteer-core 24 runs on node 18+ (25 needs node 22); Debian's chromium is the browser.
  (cd "$node_dir" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --silent puppeteer-core@24 pngjs@7)
fi
NODE_PATH="$node_dir/node_modules" node "$root/tests/web/browser_test.js" \
  "$root/build-web/site" "$root/tests/golden" "$root/build-web/test-out" "$@"
