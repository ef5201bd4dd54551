#include "core/geometry/MeshSimplifier.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

namespace backrub {

namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// Triangle quality 4*sqrt(3)*area / (sum of squared edge lengths): 1 for an equilateral
// triangle, 0.45 for a 15-degree needle or a 135-degree cap, 0 when degenerate.
// A collapse may create a triangle below kMinQuality only if the triangle it replaces
// was worse, and never one below kDegenerateQuality. A higher bar shades better but
// rejects more collapses: 0.45 costs the 83k-triangle skin about a third more time than 0.3.
constexpr float kMinQuality = 0.45f;
constexpr float kDegenerateQuality = 1e-3f;
// A triangle moved by a collapse may turn by at most 60 degrees: more is a fold in the
// making even when it is not yet a flip.
constexpr float kMinNormalCos = 0.5f;

[[noreturn]] void fail(const char* function, const std::string& problem) {
    throw std::invalid_argument(std::string(function) + ": " + problem);
}

void validate(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
              const std::vector<std::uint32_t>& indices) {
    const char* fn = "simplifyMesh";
    if (normals.size() != positions.size())
        fail(fn, std::to_string(normals.size()) + " normals for " + std::to_string(positions.size()) + " positions");
    if (indices.size() % 3 != 0) fail(fn, "index count " + std::to_string(indices.size()) + " is not a multiple of 3");
    for (std::size_t i = 0; i < positions.size(); ++i) {
        const glm::vec3& p = positions[i];
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
            fail(fn, "position " + std::to_string(i) + " is not finite");
    }
    for (std::size_t t = 0; t < indices.size() / 3; ++t) {
        const std::uint32_t* c = &indices[3 * t];
        for (int k = 0; k < 3; ++k)
            if (c[k] >= positions.size())
                fail(fn, "triangle " + std::to_string(t) + " uses vertex " + std::to_string(c[k]) + ", but there are only " +
                             std::to_string(positions.size()) + " positions");
        if (c[0] == c[1] || c[1] == c[2] || c[2] == c[0]) {
            const std::uint32_t twice = c[0] == c[1] || c[0] == c[2] ? c[0] : c[1];
            fail(fn, "triangle " + std::to_string(t) + " uses vertex " + std::to_string(twice) + " twice");
        }
    }
}

SimplifiedMesh identityMesh(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                            const std::vector<std::uint32_t>& indices) {
    SimplifiedMesh m;
    m.positions = positions;
    m.normals = normals;
    m.indices = indices;
    m.sourceVertex.resize(positions.size());
    std::iota(m.sourceVertex.begin(), m.sourceVertex.end(), 0u);
    m.keptVertex = m.sourceVertex;
    return m;
}

// Symmetric 4x4 quadric of squared plane distances, upper triangle row by row:
// xx xy xz xw yy yz yw zz zw ww.
struct Quadric {
    double q[10] = {};

    void addPlane(const glm::dvec3& n, double d, double weight) {
        const double p[4] = {n.x, n.y, n.z, d};
        int k = 0;
        for (int i = 0; i < 4; ++i)
            for (int j = i; j < 4; ++j) q[k++] += weight * p[i] * p[j];
    }
    Quadric& operator+=(const Quadric& o) {
        for (int k = 0; k < 10; ++k) q[k] += o.q[k];
        return *this;
    }
    // Weighted sum of squared distances from p to the planes (never negative).
    double error(const glm::vec3& pf) const {
        const double x = pf.x, y = pf.y, z = pf.z;
        const double e = q[0] * x * x + 2.0 * q[1] * x * y + 2.0 * q[2] * x * z + 2.0 * q[3] * x + q[4] * y * y +
                         2.0 * q[5] * y * z + 2.0 * q[6] * y + q[7] * z * z + 2.0 * q[8] * z + q[9];
        return std::max(e, 0.0);
    }
};

struct TriangleShape {
    glm::vec3 normal;  // cross product: length is twice the area
    float quality;     // see kMinQuality
};

TriangleShape shapeOf(const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
    const glm::vec3 n = glm::cross(b - a, c - a);
    const float sumSq = glm::dot(b - a, b - a) + glm::dot(c - b, c - b) + glm::dot(a - c, a - c);
    const float quality = sumSq > 0.0f ? 2.0f * std::sqrt(3.0f) * glm::length(n) / sumSq : 0.0f;
    return {n, quality};
}

// Brute force: only source vertices no triangle uses need it, and meshes rarely have any.
std::uint32_t nearestKept(const glm::vec3& p, const SimplifiedMesh& m) {
    std::uint32_t best = 0;
    float bestD2 = std::numeric_limits<float>::infinity();
    for (std::uint32_t k = 0; k < m.positions.size(); ++k) {
        const glm::vec3 d = m.positions[k] - p;
        const float d2 = glm::dot(d, d);
        if (d2 < bestD2) {
            bestD2 = d2;
            best = k;
        }
    }
    return best;
}

// Min-queue of vertices keyed by the cost of their cheapest collapse, ties by vertex
// index (so the order is deterministic). A vertex's key changes in place: the queue holds
// each vertex at most once and never a stale entry.
class CollapseQueue {
public:
    explicit CollapseQueue(std::size_t vertices) : slot_(vertices, kNone) {}
    bool empty() const { return heap_.empty(); }
    const std::pair<double, std::uint32_t>& top() const { return heap_.front(); }
    void set(std::uint32_t v, double cost);  // inserts v or changes its key
    void pop();

private:
    using Item = std::pair<double, std::uint32_t>;  // (cost, vertex): pair order is the queue order
    void place(std::size_t i, const Item& item) {
        heap_[i] = item;
        slot_[item.second] = static_cast<std::uint32_t>(i);
    }
    void siftUp(std::size_t i);
    void siftDown(std::size_t i);

    std::vector<Item> heap_;
    std::vector<std::uint32_t> slot_;  // per vertex: its index in heap_, kNone when absent
};

void CollapseQueue::set(std::uint32_t v, double cost) {
    if (slot_[v] == kNone) {
        heap_.emplace_back();
        place(heap_.size() - 1, {cost, v});
        siftUp(heap_.size() - 1);
        return;
    }
    const std::size_t i = slot_[v];
    const Item old = heap_[i];
    place(i, {cost, v});
    if (heap_[i] < old)
        siftUp(i);
    else
        siftDown(i);
}

void CollapseQueue::pop() {
    slot_[heap_.front().second] = kNone;
    const Item last = heap_.back();
    heap_.pop_back();
    if (heap_.empty()) return;
    place(0, last);
    siftDown(0);
}

void CollapseQueue::siftUp(std::size_t i) {
    const Item item = heap_[i];
    while (i > 0 && item < heap_[(i - 1) / 2]) {
        place(i, heap_[(i - 1) / 2]);
        i = (i - 1) / 2;
    }
    place(i, item);
}

void CollapseQueue::siftDown(std::size_t i) {
    const Item item = heap_[i];
    for (;;) {
        std::size_t child = 2 * i + 1;
        if (child >= heap_.size()) break;
        if (child + 1 < heap_.size() && heap_[child + 1] < heap_[child]) ++child;
        if (!(heap_[child] < item)) break;
        place(i, heap_[child]);
        i = child;
    }
    place(i, item);
}

// Collapses vertices by increasing quadric error until the target is met. Positions never
// move, so only the triangles around a collapsing vertex change shape.
class Simplifier {
public:
    Simplifier(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
               const std::vector<std::uint32_t>& indices);
    void run(std::size_t targetTriangles);
    SimplifiedMesh result() const;

private:
    struct Candidate {
        double cost;
        std::uint32_t target;
        bool operator<(const Candidate& o) const { return cost != o.cost ? cost < o.cost : target < o.target; }
    };

    std::uint32_t corner(std::uint32_t t, int k) const { return tris_[3 * t + k]; }
    bool hasCorner(std::uint32_t t, std::uint32_t w) const {
        return corner(t, 0) == w || corner(t, 1) == w || corner(t, 2) == w;
    }
    // The corners after and before w in triangle t (winding order).
    std::uint32_t nextCorner(std::uint32_t t, std::uint32_t w) const;
    std::uint32_t prevCorner(std::uint32_t t, std::uint32_t w) const { return nextCorner(t, nextCorner(t, w)); }
    // The live triangles around w.
    const std::vector<std::uint32_t>& star(std::uint32_t w) const { return vertTris_[w]; }

    bool isClosedFan(std::uint32_t w) const;
    void addTriangleQuadrics();

    double collapseCost(std::uint32_t u, std::uint32_t v) const {
        return quadric_[u].error(positions_[v]) + selfError_[v];
    }
    void enqueue(std::uint32_t u);
    void enqueueAllCollapsible();
    bool tryCollapse(std::uint32_t u, double queuedCost);
    bool canCollapse(std::uint32_t u, std::uint32_t v);
    bool linkConditionHolds(std::uint32_t u, std::uint32_t v);
    bool movedTrianglesStayGood(std::uint32_t u, std::uint32_t v) const;
    void collapse(std::uint32_t u, std::uint32_t v);
    void removeTriangle(std::uint32_t t, std::uint32_t skipCorner);

    const std::vector<glm::vec3>& positions_;
    const std::vector<glm::vec3>& normals_;
    std::vector<std::uint32_t> tris_;                   // 3 corners per triangle, updated by collapses
    std::vector<char> deadTri_;                         // per triangle
    std::size_t liveTris_ = 0;
    std::vector<std::vector<std::uint32_t>> vertTris_;  // per vertex: its live triangles
    std::vector<char> locked_;                          // per vertex: never collapses
    std::vector<Quadric> quadric_;                      // per vertex
    std::vector<double> selfError_;                     // per vertex: its quadric at its own position
    std::vector<std::uint32_t> collapsedInto_;          // per vertex: kNone while alive
    std::vector<std::uint32_t> collapseOrder_;
    std::vector<std::uint32_t> mark_;                   // scratch vertex marks, valid when == stamp_
    std::uint32_t stamp_ = 0;
    std::vector<Candidate> candidates_;                 // scratch
    std::vector<std::uint32_t> ring_;                   // scratch
    CollapseQueue queue_;
};

Simplifier::Simplifier(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                       const std::vector<std::uint32_t>& indices)
    : positions_(positions),
      normals_(normals),
      tris_(indices),
      deadTri_(indices.size() / 3, 0),
      liveTris_(indices.size() / 3),
      vertTris_(positions.size()),
      locked_(positions.size(), 0),
      quadric_(positions.size()),
      selfError_(positions.size(), 0.0),
      collapsedInto_(positions.size(), kNone),
      mark_(positions.size(), 0),
      queue_(positions.size()) {
    for (std::uint32_t t = 0; t < liveTris_; ++t)
        for (int k = 0; k < 3; ++k) vertTris_[corner(t, k)].push_back(t);
    for (std::uint32_t w = 0; w < positions.size(); ++w) locked_[w] = !isClosedFan(w);
    addTriangleQuadrics();
}

std::uint32_t Simplifier::nextCorner(std::uint32_t t, std::uint32_t w) const {
    if (corner(t, 0) == w) return corner(t, 1);
    return corner(t, 1) == w ? corner(t, 2) : corner(t, 0);
}

// True when w's triangles form one closed disc wound one way: walking from a triangle
// (w, next, prev) to the one whose `prev` is this one's `next` visits every triangle once
// before coming back. Then every edge at w has exactly two triangles, one per direction.
// Only such vertices may collapse; this leaves out boundaries and non-manifold spots.
bool Simplifier::isClosedFan(std::uint32_t w) const {
    const std::vector<std::uint32_t>& s = star(w);
    if (s.size() < 3) return false;
    std::uint32_t t = s[0];
    for (std::size_t step = 1; step <= s.size(); ++step) {
        const std::uint32_t n = nextCorner(t, w);
        std::uint32_t following = kNone;
        for (std::uint32_t o : s) {
            if (prevCorner(o, w) != n) continue;
            if (following != kNone) return false;  // edge (w, n) used twice in one direction
            following = o;
        }
        if (following == kNone) return false;  // boundary edge
        if (following == s[0]) return step == s.size();
        t = following;
    }
    return false;
}

// Each triangle's plane, weighted by its area, goes into its corners' quadrics.
void Simplifier::addTriangleQuadrics() {
    for (std::uint32_t t = 0; t < liveTris_; ++t) {
        const glm::dvec3 a(positions_[corner(t, 0)]), b(positions_[corner(t, 1)]), c(positions_[corner(t, 2)]);
        const glm::dvec3 cr = glm::cross(b - a, c - a);
        const double twiceArea = glm::length(cr);
        if (!(twiceArea > 0.0)) continue;
        const glm::dvec3 n = cr / twiceArea;
        for (int k = 0; k < 3; ++k) quadric_[corner(t, k)].addPlane(n, -glm::dot(n, a), 0.5 * twiceArea);
    }
    for (std::uint32_t w = 0; w < positions_.size(); ++w) selfError_[w] = quadric_[w].error(positions_[w]);
}

// Queues u at the cost of its cheapest collapse, legal or not: legality is checked when
// u comes up. A collapsible vertex's neighbours are the `next` corners of its closed fan.
void Simplifier::enqueue(std::uint32_t u) {
    double best = std::numeric_limits<double>::infinity();
    for (std::uint32_t t : star(u)) best = std::min(best, collapseCost(u, nextCorner(t, u)));
    queue_.set(u, best);
}

void Simplifier::enqueueAllCollapsible() {
    for (std::uint32_t w = 0; w < positions_.size(); ++w)
        if (!locked_[w] && collapsedInto_[w] == kNone) enqueue(w);
}

void Simplifier::run(std::size_t targetTriangles) {
    enqueueAllCollapsible();
    // A vertex whose collapses were all illegal leaves the queue until its triangles
    // change. Changes one step further out (a neighbour's neighbours) can make them legal
    // too without requeueing it, so when the queue runs dry every vertex gets another
    // chance, until a whole pass collapses nothing.
    std::size_t collapsesSincePass = 0;
    while (liveTris_ > targetTriangles) {
        if (queue_.empty()) {
            if (collapsesSincePass == 0) break;
            collapsesSincePass = 0;
            enqueueAllCollapsible();
            continue;
        }
        const auto [cost, u] = queue_.top();
        queue_.pop();
        if (tryCollapse(u, cost)) ++collapsesSincePass;
    }
}

// Collapses u into its cheapest legal neighbour if that is as cheap as the queued cost;
// a dearer legal one is requeued at its own cost, so cheaper collapses elsewhere go first.
bool Simplifier::tryCollapse(std::uint32_t u, double queuedCost) {
    candidates_.clear();
    for (std::uint32_t t : star(u)) {
        const std::uint32_t v = nextCorner(t, u);
        candidates_.push_back({collapseCost(u, v), v});
    }
    std::sort(candidates_.begin(), candidates_.end());
    for (const Candidate& c : candidates_) {
        if (!canCollapse(u, c.target)) continue;
        if (c.cost > queuedCost) {
            queue_.set(u, c.cost);
            return false;
        }
        collapse(u, c.target);
        return true;
    }
    return false;
}

bool Simplifier::canCollapse(std::uint32_t u, std::uint32_t v) {
    // u's closed fan gives edge uv exactly two triangles, so v keeps its triangles minus
    // two plus u's minus two. An interior v left with fewer than three is the last stage
    // of a tetrahedron, which would fold into two coincident triangles.
    const std::size_t survivorTris = star(v).size() + star(u).size() - 4;
    if (!locked_[v] && survivorTris < 3) return false;
    // Geometry first: it reads only u's triangles, already in cache, and rejects most.
    return movedTrianglesStayGood(u, v) && linkConditionHolds(u, v);
}

// Link condition (Dey et al.): u and v may share no neighbours other than the two
// corners opposite edge uv. A third shared neighbour w would give edge vw four
// triangles (or a duplicate triangle) after the collapse, pinching the surface.
bool Simplifier::linkConditionHolds(std::uint32_t u, std::uint32_t v) {
    ++stamp_;
    for (std::uint32_t t : star(v))
        for (int k = 0; k < 3; ++k) mark_[corner(t, k)] = stamp_;
    int shared = 0;
    for (std::uint32_t t : star(u)) {
        const std::uint32_t w = nextCorner(t, u);
        if (w != v && mark_[w] == stamp_) ++shared;
    }
    return shared == 2;
}

// The triangles of u that do not contain v get v in u's place. Each must stay a proper
// triangle: not degenerate, not a sliver worse than before, not turned by more than
// kMinNormalCos allows, and facing the way the source normal at each of its corners faces.
bool Simplifier::movedTrianglesStayGood(std::uint32_t u, std::uint32_t v) const {
    for (std::uint32_t t : star(u)) {
        if (hasCorner(t, v)) continue;  // one of the two triangles that disappear
        glm::vec3 before[3], after[3], cornerNormal[3];
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t c = corner(t, k), moved = c == u ? v : c;
            before[k] = positions_[c];
            after[k] = positions_[moved];
            cornerNormal[k] = normals_[moved];
        }
        const TriangleShape was = shapeOf(before[0], before[1], before[2]);
        const TriangleShape now = shapeOf(after[0], after[1], after[2]);
        if (now.quality < kDegenerateQuality) return false;
        if (now.quality < kMinQuality && now.quality < was.quality) return false;
        if (glm::dot(now.normal, was.normal) < kMinNormalCos * glm::length(now.normal) * glm::length(was.normal))
            return false;
        for (const glm::vec3& n : cornerNormal)
            if (glm::dot(now.normal, n) <= 0.0f) return false;
    }
    return true;
}

// Drops triangle t from the star of each corner but `skipCorner`.
void Simplifier::removeTriangle(std::uint32_t t, std::uint32_t skipCorner) {
    deadTri_[t] = 1;
    --liveTris_;
    for (int k = 0; k < 3; ++k) {
        const std::uint32_t c = corner(t, k);
        if (c == skipCorner) continue;
        std::vector<std::uint32_t>& s = vertTris_[c];
        s.erase(std::find(s.begin(), s.end(), t));
    }
}

void Simplifier::collapse(std::uint32_t u, std::uint32_t v) {
    // u's neighbours (v among them) are the vertices whose triangles change.
    ring_.clear();
    for (std::uint32_t t : star(u)) {
        ring_.push_back(nextCorner(t, u));
        if (hasCorner(t, v)) {
            removeTriangle(t, u);
            continue;
        }
        for (int k = 0; k < 3; ++k)
            if (tris_[3 * t + k] == u) tris_[3 * t + k] = v;
        vertTris_[v].push_back(t);
    }
    vertTris_[u].clear();
    quadric_[v] += quadric_[u];
    selfError_[v] = quadric_[v].error(positions_[v]);
    collapsedInto_[u] = v;
    collapseOrder_.push_back(u);
    // Requeue them. v's other neighbours keep their keys: only their cost of collapsing
    // into v changed, and it can only have grown, so a key is at worst too low, which
    // tryCollapse corrects when the vertex comes up.
    for (std::uint32_t w : ring_)
        if (!locked_[w]) enqueue(w);
}

SimplifiedMesh Simplifier::result() const {
    SimplifiedMesh m;
    const std::size_t n = positions_.size();
    std::vector<char> used(n, 0);
    for (std::uint32_t t = 0; t < deadTri_.size(); ++t)
        if (!deadTri_[t])
            for (int k = 0; k < 3; ++k) used[corner(t, k)] = 1;
    std::vector<std::uint32_t> keptIndex(n, kNone);
    for (std::uint32_t s = 0; s < n; ++s) {
        if (!used[s]) continue;
        keptIndex[s] = static_cast<std::uint32_t>(m.positions.size());
        m.positions.push_back(positions_[s]);
        m.normals.push_back(normals_[s]);
        m.sourceVertex.push_back(s);
    }
    m.indices.reserve(3 * liveTris_);
    for (std::uint32_t t = 0; t < deadTri_.size(); ++t)
        if (!deadTri_[t])
            for (int k = 0; k < 3; ++k) m.indices.push_back(keptIndex[corner(t, k)]);
    // A vertex collapsed into one that collapsed later: resolving in reverse collapse
    // order finds each final vertex already resolved.
    for (auto it = collapseOrder_.rbegin(); it != collapseOrder_.rend(); ++it)
        keptIndex[*it] = keptIndex[collapsedInto_[*it]];
    m.keptVertex.resize(n);
    for (std::uint32_t s = 0; s < n; ++s)
        m.keptVertex[s] = keptIndex[s] != kNone ? keptIndex[s] : nearestKept(positions_[s], m);
    return m;
}

}  // namespace

SimplifiedMesh simplifyMesh(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                            const std::vector<std::uint32_t>& indices, std::size_t targetTriangles) {
    validate(positions, normals, indices);
    if (targetTriangles >= indices.size() / 3) return identityMesh(positions, normals, indices);
    Simplifier s(positions, normals, indices);
    s.run(targetTriangles);
    return s.result();
}

namespace {

// Per kept vertex: `reduce` folded over the values of the source vertices that map to it.
template <typename Reduce>
std::vector<float> reduceOntoKept(const char* what, const SimplifiedMesh& mesh, const std::vector<float>& values,
                                  Reduce reduce) {
    if (values.size() != mesh.keptVertex.size())
        fail(what, std::to_string(values.size()) + " values for a mesh simplified from " +
                       std::to_string(mesh.keptVertex.size()) + " vertices");
    std::vector<double> acc(mesh.positions.size(), 0.0);
    std::vector<std::uint32_t> count(mesh.positions.size(), 0);
    for (std::size_t s = 0; s < values.size(); ++s) {
        const std::uint32_t k = mesh.keptVertex[s];
        acc[k] = count[k] ? reduce(acc[k], double(values[s])) : double(values[s]);
        ++count[k];
    }
    std::vector<float> out(acc.size());
    for (std::size_t k = 0; k < out.size(); ++k) out[k] = static_cast<float>(acc[k]);
    return out;
}

}  // namespace

std::vector<float> averageOntoKept(const SimplifiedMesh& mesh, const std::vector<float>& values) {
    std::vector<float> sum = reduceOntoKept("averageOntoKept", mesh, values, [](double a, double v) { return a + v; });
    std::vector<std::uint32_t> count(mesh.positions.size(), 0);
    for (std::uint32_t k : mesh.keptVertex) ++count[k];
    for (std::size_t k = 0; k < sum.size(); ++k) sum[k] = count[k] ? sum[k] / float(count[k]) : 0.0f;
    return sum;
}

std::vector<float> maxOntoKept(const SimplifiedMesh& mesh, const std::vector<float>& values) {
    return reduceOntoKept("maxOntoKept", mesh, values, [](double a, double v) { return std::max(a, v); });
}

}  // namespace backrub
