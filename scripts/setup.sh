#!/usr/bin/env bash
# Installs the Debian 12 (bookworm) packages Backrub builds, runs and tests with.
# Idempotent: installs only what is missing, runs `apt-get update` at most once,
# and uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libsdl2-dev python3-glad libglm-dev libimgui-dev libtinygltf-dev
  catch2 nlohmann-json3-dev libstb-dev
  libgl1-mesa-dev libgl1-mesa-dri libegl1-mesa libegl-dev mesa-utils
  fonts-dejavu-core
  libcairo2-dev libpango1.0-dev poppler-utils
  xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node.js and npm run the Khronos glTF Validator in the tests. Debian's packages
# unless the machine already has both commands (from any source).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  for p in nodejs npm; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
