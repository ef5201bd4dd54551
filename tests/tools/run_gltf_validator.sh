#!/bin/sh
# Runs the Khronos glTF Validator (npm package gltf-validator) on files the core tests write.
# Usage: run_gltf_validator.sh CORE_TESTS_EXE WORK_DIR [bodies|corpus]
#  - installs gltf-validator (the version below) into WORK_DIR/gltf-validator if missing;
#  - bodies (default): runs the "[body-export]" tests, which write body_female.glb,
#    body_male.glb and a posed body_female_supine-knees-to-chest.glb into BACKRUB_TEST_OUTPUT_DIR (tests/output in the build folder), and
#    fails on any validator error or warning for them (validate_gltf.js);
#  - corpus: runs the "[khronos-corpus]" test, which writes one malformed file per glTF rule
#    and our verdicts (tests/core/gltf/GltfValidatorTest.cpp), and fails when a file the
#    Khronos validator reports errors for is called valid by ours (compare_with_khronos.js).
# Fails too when node, npm or the package cannot be had (a validation that did not run is a failure).
set -eu
version=2.0.0-dev.3.10
for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "run_gltf_validator: $tool not found (bash scripts/setup.sh installs it)" >&2; exit 1; }
done
exe=$1
work=$2
mode=${3:-bodies}
here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$exe")/output
mkdir -p "$work/gltf-validator"
installed=$(node -p "require('$work/gltf-validator/node_modules/gltf-validator/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$version" ]; then
    if ! (cd "$work/gltf-validator" && npm install --no-audit --no-fund --silent "gltf-validator@$version" >/dev/null); then
        echo "run_gltf_validator: could not install gltf-validator@$version from npm" >&2
        exit 1
    fi
fi
export NODE_PATH="$work/gltf-validator/node_modules"
case $mode in
bodies)
    "$exe" "[body-export]" >/dev/null
    node "$here/validate_gltf.js" "$out/body_female.glb" "$out/body_male.glb" "$out/body_female_supine-knees-to-chest.glb" ;;
corpus)
    "$exe" "[khronos-corpus]" >/dev/null
    node "$here/compare_with_khronos.js" "$out/khronos-corpus/manifest.json" ;;
*)
    echo "run_gltf_validator: unknown mode '$mode' (bodies or corpus)" >&2
    exit 2 ;;
esac
