#pragma once
// One triangle list on the GPU: positions, normals, an optional per-vertex
// overlay colour (the heat map), and 32-bit indices.
#include "core/base/SceneData.h"

#include <glm/glm.hpp>

#include <vector>

namespace backrub::gfx {

class GpuMesh {
public:
    GpuMesh() = default;
    ~GpuMesh();
    GpuMesh(const GpuMesh&) = delete;
    GpuMesh& operator=(const GpuMesh&) = delete;
    GpuMesh(GpuMesh&& other) noexcept;
    GpuMesh& operator=(GpuMesh&& other) noexcept;

    void upload(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                const std::vector<std::uint32_t>& indices);
    void upload(const Primitive& primitive) { upload(primitive.positions, primitive.normals, primitive.indices); }
    // Dynamic meshes (hands, rebuilt every frame): refills the same buffers, whatever the
    // vertex count. `overlay` is one RGBA per vertex, or empty for none.
    void stream(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                const std::vector<std::uint32_t>& indices, const std::vector<glm::vec4>& overlay = {});
    // New positions and normals for the same vertices (a posed body); sizes must equal the vertex count.
    void updateVertices(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals);
    // Per-vertex RGBA overlay (linear RGB, alpha = blend weight); size must equal the vertex count.
    void updateOverlay(const std::vector<glm::vec4>& overlay);
    void draw() const;
    std::size_t vertexCount() const { return vertexCount_; }

private:
    void release();
    unsigned vao_ = 0, positions_ = 0, normals_ = 0, overlay_ = 0, indices_ = 0;
    std::size_t vertexCount_ = 0;
    int indexCount_ = 0;
    bool streamed_ = false;  // buffers made by stream(), refilled in place
};

}  // namespace backrub::gfx
