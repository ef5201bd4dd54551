#!/bin/sh
# Validates the generated body models with the Khronos glTF Validator.
# Usage: run_gltf_validator.sh CORE_TESTS_EXE WORK_DIR
#  - runs the "[body-export]" tests of CORE_TESTS_EXE, which write body_female.glb and
#    body_male.glb into BACKRUB_TEST_OUTPUT_DIR (tests/output in the build folder);
#  - installs the npm package gltf-validator into WORK_DIR/gltf-validator if missing;
#  - validates both files; exits non-zero on any validator error.
set -eu
exe=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$exe")/output
"$exe" "[body-export]" >/dev/null
mkdir -p "$work/gltf-validator"
if [ ! -d "$work/gltf-validator/node_modules/gltf-validator" ]; then
    # An unreachable registry is not a validation failure: report it and skip (ctest SKIP_RETURN_CODE 77).
    if ! (cd "$work/gltf-validator" && npm install --no-audit --no-fund --silent gltf-validator >/dev/null); then
        echo "run_gltf_validator: could not install gltf-validator from npm; skipping validation" >&2
        exit 77
    fi
fi
NODE_PATH="$work/gltf-validator/node_modules" node "$here/validate_gltf.js" "$out/body_female.glb" "$out/body_male.glb"
