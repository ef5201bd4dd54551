// The image loader handed to tinygltf: the app draws no textures, so images are
// only checked (PNG or JPEG, size within the pixel cap), never decoded.
#include "core/gltf/detail/GltfFileSystem.h"
#include "core/gltf/detail/GltfStrictChecks.h"

#include <stb_image.h>
#include <tiny_gltf.h>

#include <cstring>

namespace backrub::gltf {
namespace {

bool isPng(const unsigned char* bytes, int size) {
    static const unsigned char magic[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    return size >= 8 && std::memcmp(bytes, magic, 8) == 0;
}

bool isJpeg(const unsigned char* bytes, int size) {
    return size >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;
}

bool checkImage(tinygltf::Image* image, const int index, std::string* err, std::string*, int, int,
                const unsigned char* bytes, int size, void* user) {
    LoaderContext& ctx = *static_cast<LoaderContext*>(user);
    const std::string where = "/images/" + std::to_string(index);
    auto reject = [&](const std::string& message) {
        ctx.problems.push_back({ctx.file, where, message});
        if (err) *err += message + "\n";
        return false;
    };
    if (bytes == nullptr || size <= 0) return reject("image " + std::to_string(index) + " has no data");
    if (!isPng(bytes, size) && !isJpeg(bytes, size))
        return reject("image " + std::to_string(index) + " is not a PNG or JPEG file (unknown signature)");
    int width = 0, height = 0, components = 0;
    if (!stbi_info_from_memory(bytes, size, &width, &height, &components))
        return reject("image " + std::to_string(index) + " has an unreadable " + (isPng(bytes, size) ? "PNG" : "JPEG") +
                      " header");
    const std::uint64_t pixels = std::uint64_t(width) * std::uint64_t(height);
    if (width <= 0 || height <= 0 || pixels > ctx.limits.maxImagePixels)
        return reject("image " + std::to_string(index) + " is " + std::to_string(width) + "x" +
                      std::to_string(height) + " pixels, more than the limit of " +
                      std::to_string(ctx.limits.maxImagePixels));
    image->width = width;
    image->height = height;
    image->component = components;
    image->bits = 8;
    image->as_is = true;  // pixels are not decoded: image->image stays empty
    if (ctx.strict) {
        const std::string problem = imageStreamProblem(bytes, std::size_t(size));
        if (!problem.empty()) ctx.strictProblems.push_back({ctx.file, where, problem});
        // The declared type says what the bytes are (the Khronos validator's IMAGE_MIME_TYPE_INVALID).
        const char* found = isPng(bytes, size) ? "image/png" : "image/jpeg";
        if (!image->mimeType.empty() && image->mimeType != found)
            ctx.strictProblems.push_back({ctx.file, where + "/mimeType",
                                          "mimeType is \"" + image->mimeType + "\" but the bytes are " + found});
    }
    return true;
}

}  // namespace

void installImageLoader(tinygltf::TinyGLTF& loader, LoaderContext& ctx) { loader.SetImageLoader(&checkImage, &ctx); }

}  // namespace backrub::gltf
