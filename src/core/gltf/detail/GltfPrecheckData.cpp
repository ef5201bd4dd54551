// Pre-validation of where the bytes come from: buffers (GLB BIN chunk, data: URIs,
// external files), bufferViews, and images, textures and materials.
#include "core/gltf/detail/GltfChecker.h"

namespace backrub::gltf {
namespace {

constexpr std::uint64_t kAnySize = std::numeric_limits<std::uint64_t>::max();

std::string idx(std::size_t i) { return std::to_string(i); }

// glTF 2.0 specification, "Materials": normalTexture.scale is a number,
// occlusionTexture.strength one from 0 to 1.
void checkTextureInfo(Checker& c, const Json& material, const std::string& ptr, const char* key) {
    if (const Json* info = c.objectField(material, ptr, key, false)) {
        c.indexField(*info, ptr + "/" + key, "index", "textures", true);
        c.uintField(*info, ptr + "/" + key, "texCoord", false);
        const double big = std::numeric_limits<double>::max();
        c.numberField(*info, ptr + "/" + key, "scale", -big, big);
        c.numberField(*info, ptr + "/" + key, "strength", 0.0, 1.0);
    }
}

void checkMaterial(Checker& c, const Json& m, const std::string& ptr) {
    if (const Json* pbr = c.objectField(m, ptr, "pbrMetallicRoughness", false)) {
        const std::string p = ptr + "/pbrMetallicRoughness";
        c.numberArrayField(*pbr, p, "baseColorFactor", 4, 0.0, 1.0);
        c.numberField(*pbr, p, "metallicFactor", 0.0, 1.0);
        c.numberField(*pbr, p, "roughnessFactor", 0.0, 1.0);
        checkTextureInfo(c, *pbr, p, "baseColorTexture");
        checkTextureInfo(c, *pbr, p, "metallicRoughnessTexture");
    }
    for (const char* key : {"normalTexture", "occlusionTexture", "emissiveTexture"}) checkTextureInfo(c, m, ptr, key);
    c.numberArrayField(m, ptr, "emissiveFactor", 3, 0.0, 1.0);
    if (std::optional<std::string> mode = c.stringField(m, ptr, "alphaMode", false))
        if (*mode != "OPAQUE" && *mode != "MASK" && *mode != "BLEND")
            c.problem(ptr + "/alphaMode", "alphaMode \"" + *mode + "\" is not OPAQUE, MASK or BLEND");
    c.numberField(m, ptr, "alphaCutoff", 0.0, std::numeric_limits<double>::max());
    c.boolField(m, ptr, "doubleSided");
}

void checkImage(Checker& c, const Json& image, const std::string& ptr) {
    const bool hasView = c.member(image, "bufferView") != nullptr;
    const bool hasUri = c.member(image, "uri") != nullptr;
    if (hasView == hasUri) {
        c.problem(ptr, "an image needs exactly one of uri and bufferView");
        return;
    }
    if (hasView) {
        if (std::optional<int> view = c.indexField(image, ptr, "bufferView", "bufferViews", true)) {
            if (!c.views[*view].ok)
                c.problem(ptr + "/bufferView", "image data is in bufferView " + idx(*view) + ", which is invalid");
            else if (c.views[*view].length > std::uint64_t(std::numeric_limits<int>::max()))
                c.problem(ptr + "/bufferView", "image data is larger than 2 GiB");
        }
        if (std::optional<std::string> mime = c.stringField(image, ptr, "mimeType", true))
            if (*mime != "image/png" && *mime != "image/jpeg")
                c.problem(ptr + "/mimeType", "mimeType \"" + *mime + "\" is not image/png or image/jpeg");
        return;
    }
    std::optional<std::string> uri = c.stringField(image, ptr, "uri", true);
    if (!uri) return;
    std::string why;
    if (isDataUri(*uri)) {
        std::optional<DataUri> data = parseDataUri(*uri, why);
        if (!data)
            c.problem(ptr + "/uri", why);
        else if (data->mime != "image/png" && data->mime != "image/jpeg")
            c.problem(ptr + "/uri", "data URI type \"" + data->mime + "\" is not image/png or image/jpeg");
        else if (data->decodedBytes == 0)
            c.problem(ptr + "/uri", "data URI holds no image data");
    } else if (const std::optional<ExternalFile> file =
                   resolveExternalUri(c.ctx.baseDir, *uri, c.ctx.limits.maxFileBytes, why)) {
        if (file->bytes == 0) c.problem(ptr + "/uri", "image file \"" + *uri + "\" is empty");
        c.addLoadedBytes(file->bytes, ptr + "/uri");
    } else {
        c.problem(ptr + "/uri", why);
    }
}

}  // namespace

void checkBuffers(Checker& c, bool isGlb, std::optional<std::size_t> binSize) {
    c.bufferBytes.assign(c.count("buffers"), 0);
    for (std::size_t i = 0; i < c.count("buffers"); ++i) {
        const Json& b = (*c.topArray("buffers"))[i];
        const std::string ptr = "/buffers/" + idx(i);
        if (!b.is_object()) continue;
        const std::optional<std::uint64_t> byteLength = c.uintField(b, ptr, "byteLength", true, 1, kAnySize);
        const std::optional<std::string> uri = c.stringField(b, ptr, "uri", false);
        std::optional<std::uint64_t> actual;
        std::string source;
        std::string why;
        if (!c.member(b, "uri")) {
            if (isGlb && i == 0 && binSize) {
                actual = *binSize;
                source = "the GLB BIN chunk has";
            } else if (isGlb && i == 0) {
                c.problem(ptr, "buffer 0 has no uri and the GLB has no BIN chunk");
            } else {
                c.problem(ptr + "/uri", isGlb ? "uri is required (only buffer 0 may use the GLB BIN chunk)"
                                              : "uri is required in a .gltf file");
            }
        } else if (!uri) {
            // malformed uri, already reported
        } else if (isDataUri(*uri)) {
            const std::optional<DataUri> data = parseDataUri(*uri, why);
            if (!data) {
                c.problem(ptr + "/uri", why);
            } else if (data->mime != "application/octet-stream" && data->mime != "application/gltf-buffer") {
                c.problem(ptr + "/uri", "data URI type \"" + data->mime +
                                            "\" is not application/octet-stream or application/gltf-buffer");
            } else if (byteLength && data->decodedBytes != *byteLength) {
                c.problem(ptr + "/byteLength", "buffer " + idx(i) + " declares " + std::to_string(*byteLength) +
                                                   " bytes but its data URI holds " +
                                                   std::to_string(data->decodedBytes));
            } else {
                actual = data->decodedBytes;
            }
        } else if (const std::optional<ExternalFile> file =
                       resolveExternalUri(c.ctx.baseDir, *uri, c.ctx.limits.maxFileBytes, why)) {
            actual = file->bytes;
            source = "file \"" + *uri + "\" has";
            if (byteLength) c.ctx.readLimits[file->path] = *byteLength;
        } else {
            c.problem(ptr + "/uri", why);
        }
        if (!byteLength || !actual) continue;
        if (*byteLength > *actual)
            c.problem(ptr + "/byteLength", "buffer " + idx(i) + " declares " + std::to_string(*byteLength) +
                                               " bytes but " + source + " " + std::to_string(*actual));
        else
            c.bufferBytes[i] = *byteLength;
        c.addLoadedBytes(*byteLength, ptr + "/byteLength");
    }
}

void checkBufferViews(Checker& c) {
    c.views.assign(c.count("bufferViews"), {});
    for (std::size_t i = 0; i < c.count("bufferViews"); ++i) {
        const Json& v = (*c.topArray("bufferViews"))[i];
        const std::string ptr = "/bufferViews/" + idx(i);
        if (!v.is_object()) continue;
        const std::size_t before = c.problemCount();
        const std::optional<int> buffer = c.indexField(v, ptr, "buffer", "buffers", true);
        const std::uint64_t offset = c.uintField(v, ptr, "byteOffset", false, 0, kAnySize).value_or(0);
        const std::optional<std::uint64_t> length = c.uintField(v, ptr, "byteLength", true, 1, kAnySize);
        const std::uint64_t stride = c.uintField(v, ptr, "byteStride", false, 4, 252).value_or(0);
        if (stride % 4 != 0)
            c.problem(ptr + "/byteStride", "byteStride " + std::to_string(stride) + " is not a multiple of 4");
        if (std::optional<std::uint64_t> target = c.uintField(v, ptr, "target", false))
            if (*target != 34962 && *target != 34963)
                c.problem(ptr + "/target", "target " + std::to_string(*target) +
                                               " is not ARRAY_BUFFER (34962) or ELEMENT_ARRAY_BUFFER (34963)");
        if (c.problemCount() != before || !buffer || !length || c.bufferBytes[*buffer] == 0) continue;
        const std::uint64_t have = c.bufferBytes[*buffer];
        if (offset > have || *length > have - offset) {
            c.problem(ptr + "/byteLength", "bufferView " + idx(i) + " needs " + std::to_string(*length) +
                                               " bytes at offset " + std::to_string(offset) + " but buffer " +
                                               idx(*buffer) + " has " + std::to_string(have));
            continue;
        }
        c.views[i] = {true, offset, *length, stride};
    }
}

void checkImagesTexturesMaterials(Checker& c) {
    for (std::size_t i = 0; i < c.count("images"); ++i) {
        const Json& image = (*c.topArray("images"))[i];
        if (image.is_object()) checkImage(c, image, "/images/" + idx(i));
    }
    for (std::size_t i = 0; i < c.count("textures"); ++i) {
        const Json& t = (*c.topArray("textures"))[i];
        if (!t.is_object()) continue;
        c.indexField(t, "/textures/" + idx(i), "source", "images", false);
        c.indexField(t, "/textures/" + idx(i), "sampler", "samplers", false);
    }
    for (std::size_t i = 0; i < c.count("materials"); ++i) {
        const Json& m = (*c.topArray("materials"))[i];
        if (m.is_object()) checkMaterial(c, m, "/materials/" + idx(i));
    }
}

}  // namespace backrub::gltf
