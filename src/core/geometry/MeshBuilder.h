#pragma once
// Builds closed triangle meshes from simple solids (boxes, ellipsoids, tubes,
// prisms) for bones and muscles. Deterministic: same calls, same bytes.
#include "core/base/SceneData.h"

#include <glm/glm.hpp>

#include <vector>

namespace backrub {

class MeshBuilder {
public:
    // Unit sphere mapped by `xf` (centre, axes and radii in its columns).
    void addEllipsoid(const glm::mat4& xf, int slices = 16, int stacks = 10);
    // Unit cube [-1,1]^3 mapped by `xf`, flat shaded.
    void addBox(const glm::mat4& xf);
    // A closed tube along `path` with an elliptical section: `halfWidths[i]` along the
    // side axis, `halfThicknesses[i]` along `up` projected off the path. Capped ends.
    void addTube(const std::vector<glm::vec3>& path, const std::vector<float>& halfWidths,
                 const std::vector<float>& halfThicknesses, const glm::vec3& up, int sides = 10);
    // Round tube between two points, radii r0 -> r1.
    void addCylinder(const glm::vec3& a, const glm::vec3& b, float r0, float r1, int sides = 12);
    // A closed ring tube (e.g. the atlas) through `loop` (last joins first).
    void addRing(const std::vector<glm::vec3>& loop, float radius, int sides = 8);
    // A slab: polygon `outline` (convex, in order) extruded by +-halfThickness along `normal`.
    void addSlab(const std::vector<glm::vec3>& outline, const glm::vec3& normal, float halfThickness);

    // A closed sheet between two grids of `rows` x `cols` points (row-major): `top` faces
    // away from `bottom`; the four edges are closed with side strips.
    void addSheet(const std::vector<glm::vec3>& top, const std::vector<glm::vec3>& bottom, int rows, int cols);

    // Appends an indexed triangle mesh as it is (e.g. an iso-surface); indices are into
    // `positions`, which must be as long as `normals`.
    void addTriangles(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                      const std::vector<std::uint32_t>& indices);

    // Maps every vertex by `xf` (normals by its inverse transpose).
    void transform(const glm::mat4& xf);
    bool empty() const { return positions_.empty(); }
    Primitive build(int material) const;

private:
    std::uint32_t vertex(const glm::vec3& p, const glm::vec3& n);
    void tri(std::uint32_t a, std::uint32_t b, std::uint32_t c);

    std::vector<glm::vec3> positions_, normals_;
    std::vector<std::uint32_t> indices_;
};

// Centripetal-free uniform Catmull-Rom through `points` (ends clamped),
// `perSegment` samples per segment, last point included.
std::vector<glm::vec3> catmullRom(const std::vector<glm::vec3>& points, int perSegment);

// A unit vector perpendicular to `v` (stable choice), for any length of `v`; (0, 1, 0) when v
// is zero or not finite.
glm::vec3 anyPerpendicular(const glm::vec3& v);

}  // namespace backrub
