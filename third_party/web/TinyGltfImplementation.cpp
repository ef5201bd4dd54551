// tinygltf for the browser build (Debian's libtinygltf.so on the desktop); stb's
// image code comes from StbImplementation.c.
#define TINYGLTF_IMPLEMENTATION
#include <tiny_gltf.h>
