#pragma once
// Mesh simplification for display: quadric-error (Garland & Heckbert 1997) half-edge
// collapses. A collapse merges one vertex into a neighbour that stays where it is, so
// every kept vertex is a source vertex at its source position (exactly on the source
// surface), and per-vertex data such as heat values carries over by averaging each
// kept vertex's cluster of collapsed source vertices. Used to draw a lighter skin while
// the simulation keeps the full mesh.
//
// Guarantees: closed manifold input stays closed with the same genus; no collapse flips
// or degenerates a triangle, turns one against the source normals of its corners, or
// creates a sliver worse than the triangle it replaces. Vertices on a boundary, and
// vertices whose triangles do not form one consistently wound closed fan (non-manifold,
// inconsistently wound spots), never collapse: open borders are kept exactly.
// Deterministic: the same input gives the same output bytes.
#include <glm/glm.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace backrub {

struct SimplifiedMesh {
    std::vector<glm::vec3> positions;         // kept vertices (a subset of the source positions, same values)
    std::vector<glm::vec3> normals;           // the source normals of the kept vertices
    std::vector<std::uint32_t> indices;       // triangles over the kept vertices, same winding as the source
    std::vector<std::uint32_t> sourceVertex;  // per kept vertex: its index in the source mesh
    // Per source vertex: the kept vertex it collapsed into (itself if kept). A source vertex
    // no triangle uses maps to its nearest kept vertex.
    std::vector<std::uint32_t> keptVertex;

    std::size_t triangleCount() const { return indices.size() / 3; }
};

// Simplifies to at most `targetTriangles` triangles, stopping above the target when no
// legal collapse is left. Kept vertices are numbered in source order and are those the
// remaining triangles use. targetTriangles >= the input's triangle count returns the
// input unchanged with identity maps (every source vertex kept, used or not).
// Throws std::invalid_argument, naming the problem, when the index count is not a
// multiple of 3, an index is out of range, a triangle repeats a vertex, a position is
// not finite or the normal count differs from the position count.
// Cost: about O(T log V); the 83k-triangle generated skin to 20k takes 80-90 ms (Release, one core).
SimplifiedMesh simplifyMesh(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                            const std::vector<std::uint32_t>& indices, std::size_t targetTriangles);

// Per kept vertex: the mean of `values` (one per source vertex) over the source vertices
// that map to it, so a constant stays constant and the cluster-size-weighted sum equals
// the source sum. Throws std::invalid_argument if values.size() != keptVertex.size().
std::vector<float> averageOntoKept(const SimplifiedMesh& mesh, const std::vector<float>& values);
// Per kept vertex: the largest of those values (a small hot spot is not averaged away).
// Throws like averageOntoKept.
std::vector<float> maxOntoKept(const SimplifiedMesh& mesh, const std::vector<float>& values);

}  // namespace backrub
