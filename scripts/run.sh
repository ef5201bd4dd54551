#!/usr/bin/env bash
# Installs what is missing, builds Backrub (Release) and opens the viewer.
# Extra arguments go to the viewer, e.g. `scripts/run.sh --technique spine-line`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j2
exec ./build/src/app/backrub "$@"
