#include "core/bodygen/MuscleVolume.h"

#include "core/geometry/SkinMesher.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace backrub {
namespace {

// The outline is draped on a coarse grid (the skin field is costly to search); the surface
// is then drawn on a fine grid through it, fine enough for the fascicle grooves.
constexpr int kCoarseRows = 14, kCoarseCols = 7;
constexpr float kFascicleWidthM = 0.012f;  // one grooved bundle across (docs/sources.md, "Muscle volumes")
constexpr int kSamplesPerFascicle = 3;
constexpr float kGrooveDepthM = 0.0012f;   // between two bundles, at most
constexpr float kGrooveShareOfThickness = 0.4f;
constexpr float kAlongSpacingM = 0.02f;    // fine rows along the fibres
constexpr float kSheetUnderSkinM = 0.003f;  // the muscle's top stays this far under the skin
constexpr float kBorderThicknessM = 0.0015f;

// The first skin crossing met when coming from outside along `dir` toward `p`, or nothing
// when the line misses the body (e.g. an outline point beside the narrow neck).
std::optional<glm::vec3> drape(const SkinField& skin, const glm::vec3& p, const glm::vec3& dir, float reach) {
    constexpr float kBeyondM = 0.5f;  // m, how far past the outline point the search goes
    glm::vec3 start = p - dir * reach;
    const float step = 0.012f;  // thinner than any part of the body that a muscle lies on
    for (float t = 0.0f; t < reach + kBeyondM; t += step) {
        if (skin(start + dir * t) < 0.0f) {
            if (t == 0.0f) return std::nullopt;  // started inside: no crossing from outside
            float lo = t - step, hi = t;
            for (int i = 0; i < 24; ++i) {
                float mid = 0.5f * (lo + hi);
                (skin(start + dir * mid) < 0.0f ? hi : lo) = mid;
            }
            return start + dir * hi;
        }
    }
    return std::nullopt;
}

// `p` moved along `inward` until it lies at least `margin` under the skin.
glm::vec3 underSkin(const SkinField& skin, glm::vec3 p, const glm::vec3& inward, float margin) {
    for (int i = 0; i < 40 && skin(p) > -margin; ++i) p += inward * 0.001f;
    return p;
}

std::vector<glm::vec3> resample(const std::vector<glm::vec3>& pts, int count) {
    std::vector<glm::vec3> dense = catmullRom(pts, 8), out;
    for (int r = 0; r < count; ++r) out.push_back(dense[static_cast<std::size_t>(r) * (dense.size() - 1) / static_cast<std::size_t>(count - 1)]);
    return out;
}

glm::vec3 catmullRomPoint(const glm::vec3& p0, const glm::vec3& p1, const glm::vec3& p2, const glm::vec3& p3, float t) {
    return 0.5f * (2.0f * p1 + (p2 - p0) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t * t + (3.0f * p1 - p0 - 3.0f * p2 + p3) * t * t * t);
}

// A point of the smooth surface through a rows x cols grid (row-major), at v (rows) and u
// (columns) in [0, 1]: Catmull-Rom both ways, ends clamped.
glm::vec3 gridPoint(const std::vector<glm::vec3>& g, int rows, int cols, float v, float u) {
    auto split = [](float t, int n, int& i, float& f) {
        const float x = std::clamp(t, 0.0f, 1.0f) * static_cast<float>(n - 1);
        i = std::min(static_cast<int>(x), n - 2);
        f = x - static_cast<float>(i);
    };
    int r = 0, c = 0;
    float fr = 0.0f, fc = 0.0f;
    split(v, rows, r, fr);
    split(u, cols, c, fc);
    auto at = [&](int rr, int cc) { return g[static_cast<std::size_t>(std::clamp(rr, 0, rows - 1) * cols + std::clamp(cc, 0, cols - 1))]; };
    glm::vec3 across[4];
    for (int i = 0; i < 4; ++i) across[i] = catmullRomPoint(at(r + i - 1, c - 1), at(r + i - 1, c), at(r + i - 1, c + 1), at(r + i - 1, c + 2), fc);
    return catmullRomPoint(across[0], across[1], across[2], across[3], fr);
}

float curveLength(const std::vector<glm::vec3>& pts) {
    float len = 0.0f;
    for (std::size_t i = 1; i < pts.size(); ++i) len += glm::length(pts[i] - pts[i - 1]);
    return len;
}

}  // namespace

MuscleVolume buildMuscleVolume(const SkinField& skin, const MuscleOutline& o) {
    const int rows = kCoarseRows, cols = kCoarseCols;
    const std::vector<glm::vec3> a = resample(o.edgeA, rows), b = resample(o.edgeB, rows);
    const glm::vec3 d = glm::normalize(o.toward);
    const float depthAtEnd = o.depthAtEnd < 0.0f ? o.depth : o.depthAtEnd;
    std::vector<glm::vec3> top, bottom;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const float u = static_cast<float>(c) / (cols - 1), v = static_cast<float>(r) / (rows - 1);
            // An outline point whose line misses the body slides toward edge A (which lies on
            // the body) until it meets the skin: no point falls back to table height.
            std::optional<glm::vec3> s;
            for (float k = u; k >= 0.0f && !s; k -= 0.05f) s = drape(skin, glm::mix(a[r], b[r], std::max(k, 0.0f)), d, o.reach);
            if (!s) s = drape(skin, a[r], d, o.reach);
            const glm::vec3 q = s.value_or(a[r]);
            // Inward along the skin normal, so muscles follow curved sides (flanks, neck) too.
            const glm::vec3 n = fieldGradient(std::cref(skin), q, 0.001f);
            const glm::vec3 in = glm::length(n) > 1e-6f ? -glm::normalize(n) : d;
            const float belly = std::sqrt(std::max(0.0f, std::sin(glm::pi<float>() * u) * std::sin(glm::pi<float>() * v)));
            const glm::vec3 t = underSkin(skin, q + in * glm::mix(o.depth, depthAtEnd, v), in, kSheetUnderSkinM);
            top.push_back(t);
            bottom.push_back(t + in * (kBorderThicknessM + o.thickness * belly));
        }

    // Lengths across and along the fibres, through the middle of the draped grid.
    std::vector<glm::vec3> midRow, midColumn;
    for (int c = 0; c < cols; ++c) midRow.push_back(top[static_cast<std::size_t>((rows / 2) * cols + c)]);
    for (int r = 0; r < rows; ++r) midColumn.push_back(top[static_cast<std::size_t>(r * cols + cols / 2)]);
    const bool acrossEdges = o.fibres == FibreRun::AcrossEdges;
    const float acrossLength = curveLength(acrossEdges ? midColumn : midRow);
    const float alongLength = curveLength(acrossEdges ? midRow : midColumn);

    MuscleVolume out;
    out.fascicles = std::max(2, static_cast<int>(std::lround(acrossLength / kFascicleWidthM)));
    const int acrossCount = out.fascicles * kSamplesPerFascicle + 1;
    const int alongCount = std::clamp(static_cast<int>(std::lround(alongLength / kAlongSpacingM)) + 1, 8, 40);
    const int fineRows = acrossEdges ? acrossCount : alongCount, fineCols = acrossEdges ? alongCount : acrossCount;
    // Along the fibres: the belly from fine index `bellyFrom` to `bellyTo`, tendon outside.
    // Where a fibre's tendon is shorter than the widest, the fine samples crowd into it, so
    // the belly's borders stay rows of the grid and each part is a grid of its own.
    const glm::vec2 atStart = glm::clamp(o.tendonAtStart, 0.0f, 1.0f), atEnd = glm::clamp(o.tendonAtEnd, 0.0f, 1.0f);
    const float maxStart = std::max(atStart.x, atStart.y), maxEnd = std::max(atEnd.x, atEnd.y);
    const int last = alongCount - 1;
    const int bellyFrom = maxStart > 0.0f ? std::max(1, static_cast<int>(std::lround(maxStart * static_cast<float>(last)))) : 0;
    const int bellyTo = maxEnd > 0.0f ? std::max(bellyFrom, last - std::max(1, static_cast<int>(std::lround(maxEnd * static_cast<float>(last))))) : last;
    constexpr float kShortestTendon = 0.02f;  // of the fibre: no part shrinks to nothing
    auto alongParam = [&](int i, float across) {
        const float fs = maxStart > 0.0f ? std::max(kShortestTendon, glm::mix(atStart.x, atStart.y, across)) : 0.0f;
        const float fe = maxEnd > 0.0f ? std::max(kShortestTendon, glm::mix(atEnd.x, atEnd.y, across)) : 0.0f;
        if (fs >= 1.0f) return static_cast<float>(i) / static_cast<float>(last);  // all tendon
        if (i <= bellyFrom) return bellyFrom > 0 ? fs * static_cast<float>(i) / static_cast<float>(bellyFrom) : 0.0f;
        if (i >= bellyTo) return bellyTo < last ? 1.0f - fe + fe * static_cast<float>(i - bellyTo) / static_cast<float>(last - bellyTo) : 1.0f;
        return fs + (1.0f - fs - fe) * static_cast<float>(i - bellyFrom) / static_cast<float>(bellyTo - bellyFrom);
    };
    std::vector<glm::vec3> fineTop, fineBottom;
    fineTop.reserve(static_cast<std::size_t>(fineRows * fineCols));
    fineBottom.reserve(fineTop.capacity());
    for (int r = 0; r < fineRows; ++r)
        for (int c = 0; c < fineCols; ++c) {
            const float across = static_cast<float>(acrossEdges ? r : c) / static_cast<float>((acrossEdges ? fineRows : fineCols) - 1);
            const float along = alongParam(acrossEdges ? c : r, across);
            const float v = acrossEdges ? across : along, u = acrossEdges ? along : across;
            glm::vec3 t = gridPoint(top, rows, cols, v, u), btm = gridPoint(bottom, rows, cols, v, u);
            // The smooth surface may bulge out between two draped points where the skin
            // turns sharply (the neck, the hip's side): the whole thickness goes back under it.
            if (skin(t) > -kSheetUnderSkinM && glm::length(btm - t) > 1e-6f) {
                const glm::vec3 shift = underSkin(skin, t, glm::normalize(btm - t), kSheetUnderSkinM) - t;
                t += shift;
                btm += shift;
            }
            // Across the fibres each bundle of the belly is a rounded ridge; between two, a groove.
            const int acrossIndex = acrossEdges ? r : c, alongIndex = acrossEdges ? c : r;
            const bool belly = alongIndex >= bellyFrom && alongIndex <= bellyTo && bellyTo > bellyFrom && atStart.x < 1.0f;
            const float phase = static_cast<float>(acrossIndex % kSamplesPerFascicle) / kSamplesPerFascicle;
            const float ridge = std::sqrt(std::max(0.0f, 1.0f - (2.0f * phase - 1.0f) * (2.0f * phase - 1.0f)));
            const float thick = glm::length(btm - t);
            const float groove = belly ? std::min(kGrooveDepthM, kGrooveShareOfThickness * thick) * (1.0f - ridge) : 0.0f;
            fineTop.push_back(thick > 1e-6f ? t + (btm - t) * (groove / thick) : t);
            fineBottom.push_back(btm);
        }
    // One closed volume per part, the parts meeting on a shared row of the grid.
    auto addPart = [&](MeshBuilder& to, int from, int until) {
        if (until <= from) return;
        const int n = until - from + 1;
        const int rowsOut = acrossEdges ? fineRows : n, colsOut = acrossEdges ? n : fineCols;
        std::vector<glm::vec3> partTop, partBottom;
        for (int r = 0; r < rowsOut; ++r)
            for (int c = 0; c < colsOut; ++c) {
                const int rr = acrossEdges ? r : r + from, cc = acrossEdges ? c + from : c;
                partTop.push_back(fineTop[static_cast<std::size_t>(rr * fineCols + cc)]);
                partBottom.push_back(fineBottom[static_cast<std::size_t>(rr * fineCols + cc)]);
            }
        to.addSheet(partTop, partBottom, rowsOut, colsOut);
    };
    if (atStart.x >= 1.0f) {
        addPart(out.tendon, 0, last);
    } else {
        addPart(out.tendon, 0, bellyFrom);
        addPart(out.mesh, bellyFrom, bellyTo);
        addPart(out.tendon, bellyTo, last);
    }

    glm::vec3 fibre(0.0f);
    if (acrossEdges)
        for (int r = 0; r < rows; ++r) fibre += glm::normalize(top[static_cast<std::size_t>(r * cols + cols - 1)] - top[static_cast<std::size_t>(r * cols)]);
    else
        fibre = midColumn.back() - midColumn.front();
    out.fibreDirection = glm::normalize(fibre);
    return out;
}

}  // namespace backrub
