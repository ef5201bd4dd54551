#!/usr/bin/env bash
# Builds the browser version of the viewer into build-web/site/ (index.html, the
# .js and .wasm, nothing else needed to serve it) from Debian 12 packages only:
# Debian's emscripten; SDL2 and Dear ImGui compiled from `apt-get source`; glm,
# nlohmann json, tinygltf and stb header-only. Installs what is missing (sudo when
# not root). The compiled SDL2 and ImGui are kept in build-web/deps/, so a second
# build only compiles Backrub.
#   bash scripts/build-web.sh            then: python3 -m http.server -d build-web/site
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/build-web"
deps="$out/deps"
jobs="${JOBS:-2}"

packages=(emscripten dpkg-dev cmake ninja-build libglm-dev nlohmann-json3-dev libtinygltf-dev libstb-dev
          fonts-dejavu-core)
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "build-web: need root or sudo to install packages" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-web: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# emcc runs its JavaScript tools with the machine's node, which must find Debian's acorn.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# Debian's source packages of SDL2 and Dear ImGui: a deb-src entry like the deb one.
fetch_source() {  # PACKAGE DIR-GLOB; prints the unpacked folder (messages go to stderr)
  local found
  found=$(find "$deps/src" -maxdepth 1 -type d -name "$2" 2>/dev/null | head -n1)
  if [ -z "$found" ]; then
    if ! apt-cache showsrc "$1" >/dev/null 2>&1 || [ -z "$(apt-cache showsrc "$1" 2>/dev/null)" ]; then
      local list=/etc/apt/sources.list.d/backrub-deb-src.sources
      echo "build-web: adding deb-src entries ($list)" >&2
      printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' |
        "${sudo_cmd[@]}" tee "$list" >/dev/null
      "${sudo_cmd[@]}" apt-get update -qq >&2
    fi
    mkdir -p "$deps/src"
    (cd "$deps/src" && apt-get source -qq "$1" >/dev/null 2>&1) || { echo "build-web: apt-get source $1 failed" >&2; exit 1; }
    found=$(find "$deps/src" -maxdepth 1 -type d -name "$2" | head -n1)
  fi
  echo "$found"
}

# SDL2: its configure step runs emcc for every check (minutes); the installed prefix is kept.
sdl_prefix="$deps/sdl2"
if [ ! -f "$sdl_prefix/lib/libSDL2.a" ]; then
  sdl_src=$(fetch_source libsdl2 'libsdl2-2*')
  [ -n "$sdl_src" ] || { echo "build-web: no SDL2 source" >&2; exit 1; }
  echo "build-web: compiling SDL2 from $sdl_src"
  start=$(date +%s)
  emcmake cmake -S "$sdl_src" -B "$deps/sdl2-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$sdl_prefix" >"$deps/sdl2-configure.log" 2>&1 ||
    { tail -n 30 "$deps/sdl2-configure.log"; exit 1; }
  cmake --build "$deps/sdl2-build" -j "$jobs" >"$deps/sdl2-build.log" 2>&1 || { tail -n 30 "$deps/sdl2-build.log"; exit 1; }
  cmake --install "$deps/sdl2-build" >/dev/null
  echo "build-web: SDL2 compiled in $(( $(date +%s) - start )) s"
fi

# Dear ImGui: its sources are compiled by the project's CMake (third_party/ImGuiWeb.cmake).
imgui_src=$(fetch_source imgui 'imgui-1*')

start=$(date +%s)
emcmake cmake -S "$root" -B "$out/cmake" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DSDL2_DIR="$sdl_prefix/lib/cmake/SDL2" -DBACKRUB_IMGUI_SOURCE="$imgui_src" \
  -DBACKRUB_BUILD_TESTS=OFF -DBACKRUB_WEB_SITE_DIR="$out/site" >"$out/configure.log" 2>&1 ||
  { tail -n 30 "$out/configure.log"; exit 1; }
cmake --build "$out/cmake" -j "$jobs" --target backrub_web_site
echo "build-web: Backrub compiled in $(( $(date +%s) - start )) s"

site="$out/site"
for f in backrub.js backrub.wasm; do
  printf 'build-web: %-13s %8d bytes, %8d gzipped\n' "$f" "$(stat -c %s "$site/$f")" "$(gzip -9c "$site/$f" | wc -c)"
done
echo "build-web: site in $site - serve it with: python3 -m http.server -d build-web/site"
