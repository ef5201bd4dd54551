#include "core/GltfJson.h"

#include <set>
#include <vector>

namespace backrub::gltf {
namespace {

struct DepthExceeded {};

// Where the parser is: one frame per open object or array, enough to name a
// duplicate key by its JSON pointer.
struct Frame {
    bool array = false;
    std::size_t nextIndex = 0;  // arrays: index of the next element
    std::string key;            // objects: the last key read
    std::set<std::string> keys;
};

std::string pointerOf(const std::vector<Frame>& frames, std::size_t count) {
    std::string p;
    for (std::size_t i = 0; i < count && i < frames.size(); ++i)
        p += "/" + (frames[i].array ? std::to_string(frames[i].nextIndex - 1) : pointerToken(frames[i].key));
    return p;
}

}  // namespace

std::string pointerToken(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::optional<nlohmann::json> parseJsonLimited(std::string_view text, int maxDepth, const std::string& file,
                                               Problems& problems) {
    using Event = nlohmann::json::parse_event_t;
    std::vector<Frame> frames;
    std::string deepAt;
    auto callback = [&](int depth, Event event, nlohmann::json& parsed) {
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            if (depth >= maxDepth) {
                deepAt = pointerOf(frames, 3);
                throw DepthExceeded{};
            }
            if (!frames.empty() && frames.back().array) ++frames.back().nextIndex;
            frames.push_back(Frame{event == Event::array_start, 0, {}, {}});
            break;
        case Event::key:
            if (!frames.empty()) {
                Frame& f = frames.back();
                f.key = parsed.get<std::string>();
                if (!f.keys.insert(f.key).second)
                    problems.push_back({file, pointerOf(frames, frames.size()),
                                        "duplicate key \"" + f.key + "\" (keys must be unique within an object)"});
            }
            break;
        case Event::value:
            if (!frames.empty() && frames.back().array) ++frames.back().nextIndex;
            break;
        case Event::object_end:
        case Event::array_end:
            if (!frames.empty()) frames.pop_back();
            break;
        }
        return true;
    };
    try {
        return nlohmann::json::parse(text.begin(), text.end(), callback);
    } catch (const DepthExceeded&) {
        problems.push_back({file, "JSON",
                            "nesting is deeper than " + std::to_string(maxDepth) + " levels (below " +
                                (deepAt.empty() ? std::string("the top level") : deepAt) + ")"});
    } catch (const nlohmann::json::exception& e) {
        // Drop nlohmann's "[json.exception.parse_error.101] " prefix: users need the rest.
        std::string what = e.what();
        const std::size_t close = what.find("] ");
        if (close != std::string::npos) what = what.substr(close + 2);
        problems.push_back({file, "JSON", "invalid JSON: " + what});
    }
    return std::nullopt;
}

}  // namespace backrub::gltf
