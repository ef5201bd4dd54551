#!/usr/bin/env bash
# Builds Backrub (Release, build/) and runs the viewer headless for FRAMES frames (default
# 100000, half on each body), cycling through every technique, pressure level, heat mode and
# layer. Fails on any GL error, a NaN or infinity in a pressure, dose, contact or hand, or
# resident memory whose trend grows more than 2 MB after warm-up (tests/soak/Soak.cpp). CI
# skips it; run it before a release.
#   scripts/soak.sh [FRAMES [WIDTHxHEIGHT]]   (window 640x360 unless given)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export SDL_VIDEODRIVER=offscreen
export LIBGL_ALWAYS_SOFTWARE=1
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 --target soak
./build/tests/soak "${1:-100000}" "${2:-640x360}"
