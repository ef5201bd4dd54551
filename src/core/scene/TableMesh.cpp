#include "core/scene/TableMesh.h"

namespace backrub {

void TableMesh::append(const std::string& name, const Primitive& piece, const glm::vec3& albedoLinear) {
    const auto base = static_cast<std::uint32_t>(positions.size());
    positions.insert(positions.end(), piece.positions.begin(), piece.positions.end());
    normals.insert(normals.end(), piece.normals.begin(), piece.normals.end());
    albedo.resize(positions.size(), albedoLinear);
    shade.resize(positions.size(), 1.0f);
    TablePart p{name, indices.size(), piece.indices.size()};
    for (std::uint32_t i : piece.indices) indices.push_back(base + i);
    parts.push_back(std::move(p));
}

const TablePart* TableMesh::part(const std::string& name) const {
    for (const TablePart& p : parts)
        if (p.name == name) return &p;
    return nullptr;
}

std::vector<glm::vec4> TableMesh::shadedColors() const {
    std::vector<glm::vec4> colors;
    colors.reserve(positions.size());
    for (std::size_t i = 0; i < positions.size(); ++i) colors.emplace_back(albedo[i] * shade[i], 1.0f);
    return colors;
}

}  // namespace backrub
