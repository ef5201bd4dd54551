#pragma once
// URIs in a glTF file: data: URIs, and relative paths confined to the model's folder.
// Also the file-system and image callbacks handed to tinygltf, which re-apply the
// same rules (tinygltf 2.7 would follow `../`, absolute paths and the working
// directory, and decode any image format). Internal to the glTF loader.
#include "core/gltf/GltfLoader.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace tinygltf {
struct FsCallbacks;
class TinyGLTF;
}  // namespace tinygltf

namespace backrub::gltf {

struct DataUri {
    std::string mime;          // e.g. "application/octet-stream"
    std::uint64_t decodedBytes = 0;
};

// true when `uri` starts with "data:" (case-insensitive), whether valid or not.
bool isDataUri(const std::string& uri);
// Parses "data:MIME;base64,PAYLOAD" and checks the payload is well-formed base64.
std::optional<DataUri> parseDataUri(const std::string& uri, std::string& why);

struct ExternalFile {
    std::string path;  // canonical absolute path inside the base folder
    std::uint64_t bytes = 0;
};

// Resolves a relative URI inside `baseDir` ("" = no external files allowed):
// percent-decodes it, rejects schemes, absolute paths, `..`, backslashes, paths that
// leave the folder through links, directories, missing files and files over maxBytes.
std::optional<ExternalFile> resolveExternalUri(const std::string& baseDir, const std::string& uri,
                                               std::uint64_t maxBytes, std::string& why);

// Loads a whole file, refusing more than maxBytes; `why` says what went wrong.
bool readWholeFile(const std::string& path, std::uint64_t maxBytes, std::vector<std::uint8_t>& out,
                   std::string& why);

// Shared by the tinygltf callbacks below; must outlive the TinyGLTF load call.
struct LoaderContext {
    std::string baseDir;  // canonical; "" = no external files
    std::string file;     // display name for problems
    GltfLimits limits;
    std::map<std::string, std::uint64_t> readLimits;  // canonical path -> bytes to read (buffer byteLength)
    Problems problems;    // found by the callbacks
    // The validator: the image loader also checks each image's stream (GltfImageStreamCheck.cpp),
    // reporting to strictProblems, which do not stop loading.
    bool strict = false;
    Problems strictProblems;
};

// Installs file-system callbacks confined to ctx.baseDir (GltfFileSystem.cpp).
void installFileCallbacks(tinygltf::TinyGLTF& loader, LoaderContext& ctx);
// Installs an image loader that accepts PNG and JPEG only, reads their size without
// decoding pixels and enforces limits.maxImagePixels (GltfImageCheck.cpp).
void installImageLoader(tinygltf::TinyGLTF& loader, LoaderContext& ctx);

}  // namespace backrub::gltf
