#!/bin/sh
# Validates the generated body models with the Khronos glTF Validator.
# Usage: run_gltf_validator.sh CORE_TESTS_EXE WORK_DIR
#  - runs the "[body-export]" tests of CORE_TESTS_EXE, which write body_female.glb and
#    body_male.glb into BACKRUB_TEST_OUTPUT_DIR (tests/output in the build folder);
#  - installs the npm package gltf-validator (the version below) into WORK_DIR/gltf-validator if missing;
#  - validates both files; exits non-zero on any validator error or warning, or when
#    node, npm or the package cannot be had (a validation that did not run is a failure).
set -eu
version=2.0.0-dev.3.10
for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "run_gltf_validator: $tool not found (bash scripts/setup.sh installs it)" >&2; exit 1; }
done
exe=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$exe")/output
"$exe" "[body-export]" >/dev/null
mkdir -p "$work/gltf-validator"
installed=$(node -p "require('$work/gltf-validator/node_modules/gltf-validator/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$version" ]; then
    if ! (cd "$work/gltf-validator" && npm install --no-audit --no-fund --silent "gltf-validator@$version" >/dev/null); then
        echo "run_gltf_validator: could not install gltf-validator@$version from npm" >&2
        exit 1
    fi
fi
NODE_PATH="$work/gltf-validator/node_modules" node "$here/validate_gltf.js" "$out/body_female.glb" "$out/body_male.glb"
