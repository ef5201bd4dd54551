#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz, clang with ASan and UBSan) into build-fuzz/
# and runs each for SECONDS (default 60) on a corpus seeded from the shipped files and
# tests/fuzz/seeds. Findings go to build-fuzz/findings/NAME/; exit code 1 if any.
#   scripts/fuzz.sh [SECONDS] [technique|gltf|settings|commandline ...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(technique gltf settings commandline)

bash scripts/setup.sh
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y --no-install-recommends clang libclang-rt-dev >/dev/null || \
    $sudo apt-get install -y --no-install-recommends clang libclang-rt-14-dev >/dev/null
fi

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBACKRUB_FUZZ=ON >/dev/null
cmake --build build-fuzz -j2 --target $(printf 'fuzz_%s ' "${targets[@]}")

seed() {  # NAME FILES...: copies the files into the corpus of NAME
  local dir="build-fuzz/corpus/$1"; shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/seed-$(basename "$f")"; done
}
seed technique assets/techniques/*.json tests/data/techniques/*.json
seed gltf tests/fuzz/seeds/gltf/*
seed settings tests/fuzz/seeds/settings/*
seed commandline tests/fuzz/seeds/cli/*

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for t in "${targets[@]}"; do
  findings="build-fuzz/findings/$t"
  mkdir -p "$findings"
  echo "== fuzz_$t for ${seconds}s"
  if ! ./build-fuzz/tests/fuzz/fuzz_"$t" "build-fuzz/corpus/$t" -max_total_time="$seconds" -max_len=65536 \
      -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$findings/" 2>"build-fuzz/$t.log"; then
    status=1
    echo "fuzz_$t: FOUND a problem; input in $findings/, log in build-fuzz/$t.log"
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/$t.log" || true
  grep -E "^#[0-9]+.*(DONE|pulse)" "build-fuzz/$t.log" | tail -1 || true
  echo "corpus: $(ls "build-fuzz/corpus/$t" | wc -l) inputs"
done
exit $status
