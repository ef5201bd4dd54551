#!/usr/bin/env bash
# Installs what is missing, builds Backrub and runs every test headless
# (Mesa llvmpipe through SDL's offscreen driver: no display or GPU needed).
#   scripts/test.sh             Release build in build/
#   scripts/test.sh --sanitize  ASan + UBSan build in build-asan/, same tests
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

build=build
flags=(-DCMAKE_BUILD_TYPE=Release)
if [ "${1:-}" = "--sanitize" ]; then
  build=build-asan
  flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DBACKRUB_SANITIZE=ON)
  # Mesa and SDL keep some allocations until exit; our own leaks are still reported.
  export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi

export SDL_VIDEODRIVER=offscreen
export LIBGL_ALWAYS_SOFTWARE=1
cmake -S . -B "$build" "${flags[@]}"
cmake --build "$build" -j2
ctest --test-dir "$build" --output-on-failure -j2
