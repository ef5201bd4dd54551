#pragma once
// One triangle list for the whole table, coloured per vertex so it draws in one call:
// each part (top, legs, cushion...) keeps its own vertices and a base colour, and every
// vertex a contact shade (1 open, lower where the body lies close above it).
#include "core/base/SceneData.h"

#include <glm/glm.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace backrub {

struct TablePart {
    std::string name;
    std::size_t firstIndex = 0, indexCount = 0;  // into TableMesh::indices
};

struct TableMesh {
    std::vector<glm::vec3> positions, normals;
    std::vector<glm::vec3> albedo;  // linear RGB
    std::vector<float> shade;       // 0..1, multiplies the albedo
    std::vector<std::uint32_t> indices;
    std::vector<TablePart> parts;

    // Appends a closed piece (its positions, normals and indices) under `name`.
    void append(const std::string& name, const Primitive& piece, const glm::vec3& albedoLinear);
    const TablePart* part(const std::string& name) const;  // nullptr if none
    // Shaded colour per vertex (albedo * shade, alpha 1): what the renderer draws.
    std::vector<glm::vec4> shadedColors() const;
    std::size_t triangleCount() const { return indices.size() / 3; }
};

}  // namespace backrub
