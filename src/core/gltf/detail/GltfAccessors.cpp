#include "core/gltf/detail/GltfAccessors.h"

#include <tiny_gltf.h>

#include <algorithm>
#include <cstring>

namespace backrub::gltf {
namespace {

// Where an accessor's elements are: checked against the buffer it reads.
struct Layout {
    const std::uint8_t* data = nullptr;  // first element, nullptr = all zeros
    std::size_t stride = 0;
    std::size_t count = 0;
    int components = 0;
    int componentType = 0;
    bool normalized = false;
};

int componentBytes(int componentType) {
    switch (componentType) {
    case TINYGLTF_COMPONENT_TYPE_BYTE:
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: return 1;
    case TINYGLTF_COMPONENT_TYPE_SHORT:
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: return 2;
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT:
    case TINYGLTF_COMPONENT_TYPE_FLOAT: return 4;
    default: return 0;
    }
}

bool locate(const tinygltf::Model& model, int index, Layout& out, std::string& why) {
    if (index < 0 || std::size_t(index) >= model.accessors.size()) {
        why = "accessor " + std::to_string(index) + " does not exist";
        return false;
    }
    const tinygltf::Accessor& a = model.accessors[index];
    const int size = componentBytes(a.componentType);
    const int comps = tinygltf::GetNumComponentsInType(static_cast<std::uint32_t>(a.type));
    if (size == 0 || comps <= 0 || a.type == TINYGLTF_TYPE_MAT2 || a.type == TINYGLTF_TYPE_MAT3) {
        // Padded matrix columns are not needed by the app: only plain element layouts decode.
        why = "accessor " + std::to_string(index) + " has a layout the loader does not decode";
        return false;
    }
    out = Layout{nullptr, 0, a.count, comps, a.componentType, a.normalized};
    if (a.bufferView < 0) return true;
    if (std::size_t(a.bufferView) >= model.bufferViews.size()) {
        why = "bufferView " + std::to_string(a.bufferView) + " does not exist";
        return false;
    }
    const tinygltf::BufferView& view = model.bufferViews[a.bufferView];
    if (view.buffer < 0 || std::size_t(view.buffer) >= model.buffers.size()) {
        why = "buffer " + std::to_string(view.buffer) + " does not exist";
        return false;
    }
    const std::vector<unsigned char>& data = model.buffers[view.buffer].data;
    const std::size_t element = std::size_t(size) * std::size_t(comps);
    const std::size_t stride = view.byteStride ? view.byteStride : element;
    std::size_t span = 0;
    const bool bad = a.count == 0 || stride < element || view.byteOffset > data.size() ||
                     view.byteLength > data.size() - view.byteOffset || a.byteOffset > view.byteLength ||
                     __builtin_mul_overflow(stride, a.count - 1, &span) ||
                     __builtin_add_overflow(span, element, &span) || span > view.byteLength - a.byteOffset;
    if (bad) {
        why = "accessor " + std::to_string(index) + " reads outside buffer " + std::to_string(view.buffer);
        return false;
    }
    out.data = data.data() + view.byteOffset + a.byteOffset;
    out.stride = stride;
    return true;
}

template <typename T>
T load(const std::uint8_t* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

float component(const Layout& l, const std::uint8_t* p) {
    switch (l.componentType) {
    case TINYGLTF_COMPONENT_TYPE_BYTE: {
        const float v = load<std::int8_t>(p);
        return l.normalized ? std::max(v / 127.0f, -1.0f) : v;
    }
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: {
        const float v = load<std::uint8_t>(p);
        return l.normalized ? v / 255.0f : v;
    }
    case TINYGLTF_COMPONENT_TYPE_SHORT: {
        const float v = load<std::int16_t>(p);
        return l.normalized ? std::max(v / 32767.0f, -1.0f) : v;
    }
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: {
        const float v = load<std::uint16_t>(p);
        return l.normalized ? v / 65535.0f : v;
    }
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT: return static_cast<float>(load<std::uint32_t>(p));
    default: return load<float>(p);
    }
}

}  // namespace

bool readFloats(const tinygltf::Model& model, int accessor, AccessorFloats& out, std::string& why, bool raw) {
    Layout l;
    if (!locate(model, accessor, l, why)) return false;
    if (raw) l.normalized = false;
    out.components = l.components;
    out.values.assign(l.count * std::size_t(l.components), 0.0f);
    if (!l.data) return true;
    const std::size_t size = std::size_t(componentBytes(l.componentType));
    for (std::size_t i = 0; i < l.count; ++i)
        for (int c = 0; c < l.components; ++c)
            out.values[i * l.components + c] = component(l, l.data + i * l.stride + c * size);
    return true;
}

bool readIndices(const tinygltf::Model& model, int accessor, std::vector<std::uint32_t>& out, std::string& why) {
    Layout l;
    if (!locate(model, accessor, l, why)) return false;
    if (l.components != 1 || l.componentType == TINYGLTF_COMPONENT_TYPE_FLOAT ||
        l.componentType == TINYGLTF_COMPONENT_TYPE_BYTE || l.componentType == TINYGLTF_COMPONENT_TYPE_SHORT) {
        why = "accessor " + std::to_string(accessor) + " is not a SCALAR of unsigned integers";
        return false;
    }
    out.assign(l.count, 0);
    if (!l.data) return true;
    for (std::size_t i = 0; i < l.count; ++i) {
        const std::uint8_t* p = l.data + i * l.stride;
        switch (l.componentType) {
        case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: out[i] = load<std::uint8_t>(p); break;
        case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: out[i] = load<std::uint16_t>(p); break;
        default: out[i] = load<std::uint32_t>(p); break;
        }
    }
    return true;
}

}  // namespace backrub::gltf
