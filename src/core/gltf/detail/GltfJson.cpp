#include "core/gltf/detail/GltfJson.h"

#include <algorithm>
#include <set>
#include <vector>

namespace backrub::gltf {
namespace {

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

namespace {

// A SAX pass that enforces the depth limit and finds duplicate keys before the DOM
// is built. (nlohmann's parse callback cannot be used for this: after every object
// it rescans the parent container for discarded values, which is quadratic in the
// size of arrays such as `nodes`.)
class LimitChecker {
public:
    LimitChecker(int maxDepth, const std::string& file, Problems& problems)
        : maxDepth_(maxDepth), file_(file), problems_(problems) {}

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(std::int64_t) { return value(); }
    bool number_unsigned(std::uint64_t) { return value(); }
    bool number_float(double, const std::string&) { return value(); }
    bool string(std::string&) { return value(); }
    bool binary(nlohmann::json::binary_t&) { return value(); }
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& key) {
        if (frames_.empty()) return true;
        Frame& f = frames_.back();
        f.key = key;
        constexpr int kMaxDuplicateReports = 50;
        if (!f.keys.insert(key).second && ++duplicates_ <= kMaxDuplicateReports)
            problems_.push_back({file_, pointerOf(frames_, frames_.size()),
                                 "duplicate key \"" + key + "\" (keys must be unique within an object)"});
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception& e) {
        // Drop nlohmann's "[json.exception.parse_error.101] " prefix: users need the rest.
        std::string what = e.what();
        const std::size_t close = what.find("] ");
        if (close != std::string::npos) what = what.substr(close + 2);
        problems_.push_back({file_, "JSON", "invalid JSON: " + what});
        return false;
    }

private:
    bool value() {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().nextIndex;
        return true;
    }
    bool open(bool array) {
        if (frames_.size() >= static_cast<std::size_t>(std::max(maxDepth_, 0))) {
            const std::string at = pointerOf(frames_, 3);
            problems_.push_back({file_, "JSON", "nesting is deeper than " + std::to_string(maxDepth_) +
                                                    " levels (below " + (at.empty() ? "the top level" : at) + ")"});
            return false;
        }
        value();
        frames_.push_back(Frame{array, 0, {}, {}});
        return true;
    }
    bool close() {
        if (!frames_.empty()) frames_.pop_back();
        return true;
    }

    int maxDepth_;
    const std::string& file_;
    Problems& problems_;
    std::vector<Frame> frames_;
    int duplicates_ = 0;
};

}  // namespace

std::optional<nlohmann::json> parseJsonLimited(std::string_view text, int maxDepth, const std::string& file,
                                               Problems& problems) {
    LimitChecker checker(maxDepth, file, problems);
    if (!nlohmann::json::sax_parse(text.begin(), text.end(), &checker)) return std::nullopt;
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const std::exception& e) {
        problems.push_back({file, "JSON", std::string("invalid JSON: ") + e.what()});
    }
    return std::nullopt;
}

}  // namespace backrub::gltf
