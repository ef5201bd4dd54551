#include "core/pressure/PressureThresholds.h"

#include "core/base/JsonGuard.h"

#include <fstream>
#include <iterator>
#include <sstream>

namespace backrub {
namespace {

const char* const kPersson =
    "Upper trapezius PPT 88-574 kPa between healthy women (Persson et al., J Rehabil Med 2004;36:17); the "
    "lowest thresholds of the back (Binderup et al., BMC Musculoskelet Disord 2010;11:234). Value: lower "
    "half of that range (estimate).";
const char* const kLumbarParaspinal =
    "Lumbar paraspinal PPT roughly 400-700 kPa (unverified; docs/sources.md, 'Pressure pain thresholds'); value at the low end.";
const char* const kEstimate =
    "Estimate between the trapezius (lowest, Binderup et al. 2010) and lumbar paraspinal figures; thresholds "
    "depend on device and site (Suzuki et al., Healthcare 2022;10:1485), so this is a setting.";
const char* const kSpine =
    "Lumbar midline PPT is higher than paraspinal (O'Neill et al., Scand J Pain 2018): easing off on bone is "
    "about loading bone, so a safe limit applies. No published limit exists: 50 kPa, the peak under a 5 N "
    "thumb on 1.5 cm^2, half the 10 N 'low force' bound of focal massage (Chen et al., IJERPH 2022;19:13191) "
    "(estimate).";
const char* const kFloatingRibs =
    "Floating ribs 11-12 are not joined at the front: broad, light pressure. PPT estimate; safe limit 100 kPa, "
    "the peak of a 10 N 'low force' thumb (Chen et al. 2022) spread over 1.5 cm^2 (estimate).";
const char* const kKidney =
    "Kidney zone T11-L3, 2.5-9.5 cm from the midline (Morris parallelogram): no deep pressure. PPT estimate; "
    "safe limit 100 kPa as for the floating ribs (estimate).";

constexpr double kMaxKPa = 10000.0;  // 10 MPa: far beyond any hand

std::string unknownRegionMessage(const std::string& id) {
    std::vector<std::string> ids;
    for (int i = 1; i < kRegionCount; ++i) ids.emplace_back(regionId(static_cast<Region>(i)));
    std::string message = "unknown region \"" + id + "\"";
    const std::string close = closestName(id, ids);
    if (!close.empty()) message += " (did you mean \"" + close + "\"?)";
    return message + "; region ids are listed in docs/report-format.md";
}

}  // namespace

ThresholdTable ThresholdTable::defaults() {
    ThresholdTable t;
    auto set = [&t](Region r, float ppt, float safe, const char* source) { t.set(r, {ppt, safe, source}); };
    set(Region::NeckBase, 250.0f, 0.0f, kPersson);
    set(Region::UpperBack, 300.0f, 0.0f, kEstimate);
    set(Region::ScapularL, 300.0f, 0.0f, kEstimate);
    set(Region::ScapularR, 300.0f, 0.0f, kEstimate);
    set(Region::MidBack, 350.0f, 0.0f, kEstimate);
    set(Region::Lumbar, 450.0f, 0.0f, kLumbarParaspinal);
    set(Region::ParaspinalL, 450.0f, 0.0f, kLumbarParaspinal);
    set(Region::ParaspinalR, 450.0f, 0.0f, kLumbarParaspinal);
    set(Region::Sacral, 450.0f, 0.0f, kEstimate);
    set(Region::GlutealL, 450.0f, 0.0f, kEstimate);
    set(Region::GlutealR, 450.0f, 0.0f, kEstimate);
    set(Region::OuterThighL, 350.0f, 0.0f, kEstimate);
    set(Region::OuterThighR, 350.0f, 0.0f, kEstimate);
    set(Region::Other, 300.0f, 0.0f, kEstimate);
    set(Region::SpineLine, 500.0f, 50.0f, kSpine);
    set(Region::FlankL, 300.0f, 100.0f, kFloatingRibs);
    set(Region::FlankR, 300.0f, 100.0f, kFloatingRibs);
    set(Region::KidneyL, 300.0f, 100.0f, kKidney);
    set(Region::KidneyR, 300.0f, 100.0f, kKidney);
    return t;
}

const RegionThreshold& ThresholdTable::get(Region r) const {
    const auto i = static_cast<std::size_t>(r);
    return regions_[i < regions_.size() ? i : 0];
}

void ThresholdTable::set(Region r, RegionThreshold t) {
    const auto i = static_cast<std::size_t>(r);
    if (i < regions_.size()) regions_[i] = std::move(t);
}

Region ThresholdTable::vertexPptRegion(Region base, Region overlay) const {
    const float b = get(base).pptKPa, o = get(overlay).pptKPa;
    if (overlay != Region::None && o > 0.0f && (!(b > 0.0f) || o <= b)) return overlay;  // the more specific name on a tie
    return base;
}

float ThresholdTable::vertexPptKPa(Region base, Region overlay) const {
    const float ppt = get(vertexPptRegion(base, overlay)).pptKPa;
    return ppt > 0.0f ? ppt : kFallbackPptKPa;
}

float ThresholdTable::vertexSafeLimitKPa(Region base, Region overlay, Region* zone) const {
    float limit = 0.0f;
    Region which = Region::None;
    for (Region r : {overlay, base}) {
        const float s = r == Region::None ? 0.0f : get(r).safeLimitKPa;
        if (s > 0.0f && (limit == 0.0f || s < limit)) {
            limit = s;
            which = r;
        }
    }
    if (zone) *zone = which;
    return limit;
}

std::vector<float> ThresholdTable::perVertexPptKPa(const SkinSurface& skin) const {
    std::vector<float> out(skin.positions.size(), kFallbackPptKPa);
    for (std::size_t v = 0; v < out.size(); ++v) {
        const Region base = v < skin.baseRegion.size() ? skin.baseRegion[v] : Region::Other;
        const Region overlay = v < skin.overlayRegion.size() ? skin.overlayRegion[v] : Region::None;
        out[v] = vertexPptKPa(base, overlay);
    }
    return out;
}

std::vector<float> percentOfThreshold(const std::vector<float>& pressureKPa, const std::vector<float>& pptKPa) {
    std::vector<float> out(pressureKPa.size(), 0.0f);
    for (std::size_t v = 0; v < out.size() && v < pptKPa.size(); ++v)
        if (pptKPa[v] > 0.0f) out[v] = 100.0f * pressureKPa[v] / pptKPa[v];
    return out;
}

std::optional<ThresholdTable> parseThresholds(const std::string& bytes, const std::string& file,
                                              const ThresholdTable& base, Problems& problems) {
    const std::size_t before = problems.size();
    const std::optional<nlohmann::json> doc = parseJsonGuarded(bytes, file, JsonLimits{}, problems);
    if (!doc) return std::nullopt;

    ThresholdTable table = base;
    JsonObjectReader top(*doc, "", file, problems);
    if (top.ok()) {
        const auto format = top.string("format", true, 64);
        if (format && *format != "backrub-thresholds")
            top.problem("format must be \"backrub-thresholds\", not \"" + *format + "\"", "format");
        top.integer("version", true, 1, 1);
        top.string("description", false);
        if (const nlohmann::json* regions = top.field("regions", true)) {
            JsonObjectReader regionsReader(*regions, "/regions", file, problems);
            if (regionsReader.ok()) {
                for (auto it = regions->begin(); it != regions->end(); ++it) {
                    const std::string pointer = jsonPointerAppend("/regions", it.key());
                    const std::optional<Region> region = regionFromId(it.key());
                    if (!region || *region == Region::None) {
                        problems.push_back({file, pointer, unknownRegionMessage(it.key())});
                        continue;
                    }
                    JsonObjectReader entry(it.value(), pointer, file, problems);
                    if (!entry.ok()) continue;
                    RegionThreshold t = base.get(*region);
                    if (auto v = entry.number("pptKPa", true, 0.0, kMaxKPa, true)) t.pptKPa = static_cast<float>(*v);
                    if (auto v = entry.number("safeLimitKPa", false, 0.0, kMaxKPa)) t.safeLimitKPa = static_cast<float>(*v);
                    if (auto v = entry.string("source", true, 2000)) t.source = *v;
                    entry.reportUnknownFields("a region takes pptKPa, safeLimitKPa and source");
                    table.set(*region, t);
                }
            }
        }
        top.reportUnknownFields("a thresholds file has format, version, description and regions");
    }
    if (problems.size() != before) return std::nullopt;
    return table;
}

std::optional<ThresholdTable> loadThresholdsFile(const std::string& path, const ThresholdTable& base,
                                                 Problems& problems) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back({path, "", "cannot open the file for reading"});
        return std::nullopt;
    }
    // Read one byte past the guard's cap so an oversized file is reported, not truncated.
    const std::size_t cap = JsonLimits{}.maxBytes + 1;
    std::string bytes(cap, '\0');
    in.read(&bytes[0], static_cast<std::streamsize>(cap));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return parseThresholds(bytes, path, base, problems);
}

}  // namespace backrub
