#include "core/base/JsonGuard.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <unordered_set>

namespace backrub {

namespace {

using nlohmann::json;

// Line and column (1-based) of a byte offset, for syntax and encoding messages.
std::string lineColumn(std::string_view bytes, std::size_t offset) {
    std::size_t line = 1;
    std::size_t column = 1;
    const std::size_t end = std::min(offset, bytes.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Printable and short: user strings go into messages.
std::string printable(const std::string& s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size() && i < 60; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        out += (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c);
    }
    if (s.size() > 60) out += "...";
    return out + "\"";
}

// nlohmann's text without its "[json.exception.parse_error.101] " tag and, for syntax
// errors, without "parse error at line L, column C: " (the location says where).
std::string plainMessage(const json::exception& e) {
    std::string what = e.what();
    const std::size_t tag = what.find("] ");
    if (tag != std::string::npos) what.erase(0, tag + 2);
    if (what.rfind("parse error", 0) == 0) {
        const std::size_t colon = what.find(": ");
        if (colon != std::string::npos) what.erase(0, colon + 2);
    }
    return what;
}

// A SAX pass over the document before nlohmann builds it: enforces the depth limit
// (copying or destroying a deep value recurses), reports duplicate keys at their JSON
// pointer and syntax errors at their line and column. (nlohmann's parse callback is
// no use here: after every object it rescans the parent container, which is
// quadratic in the size of arrays such as glTF's `nodes`.)
class GuardPass {
public:
    GuardPass(std::string_view bytes, const std::string& file, int maxDepth, Problems& problems)
        : bytes_(bytes), file_(file), maxDepth_(maxDepth), problems_(problems) {}

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(json::number_integer_t) { return value(); }
    bool number_unsigned(json::number_unsigned_t) { return value(); }
    bool number_float(json::number_float_t, const json::string_t&) { return value(); }
    bool string(json::string_t&) { return value(); }
    bool binary(json::binary_t&) { return value(); }
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& key) {
        if (frames_.empty()) return true;
        Frame& f = frames_.back();
        f.token = key;
        // Bounded: a hostile file may repeat one key a million times.
        constexpr int kMaxDuplicateReports = 50;
        if (!f.keys.insert(key).second && ++duplicates_ <= kMaxDuplicateReports) {
            problems_.push_back({file_, jsonPointerDisplay(pointer()),
                                 "duplicate key " + printable(key) + " (keys must be unique within an object)"});
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken, const json::exception& e) {
        // `position` is just past what was read: a syntax error is named at its last
        // byte, a number too large for a double (out_of_range.406) at its first.
        const bool syntax = dynamic_cast<const json::parse_error*>(&e) != nullptr;
        const std::size_t back = syntax ? 1 : lastToken.size();
        const std::size_t offset = position >= back ? position - back : 0;
        problems_.push_back({file_, lineColumn(bytes_, offset), (syntax ? "invalid JSON: " : "") + plainMessage(e)});
        return false;
    }

private:
    struct Frame {
        bool isArray = false;
        std::size_t nextIndex = 0;
        std::string token;  // key or index of the element being read
        std::unordered_set<std::string> keys;
    };

    // In an array, the element about to be read takes the next index as its token.
    bool value() {
        if (!frames_.empty() && frames_.back().isArray) frames_.back().token = std::to_string(frames_.back().nextIndex++);
        return true;
    }

    // The top-level value is depth 1, so at most maxDepth frames may be open.
    bool open(bool isArray) {
        value();
        if (frames_.size() >= static_cast<std::size_t>(std::max(maxDepth_, 0))) {
            problems_.push_back({file_, jsonPointerDisplay(pointer()),
                                 "nested deeper than " + std::to_string(maxDepth_) + " levels"});
            return false;
        }
        frames_.push_back(Frame{isArray, 0, {}, {}});
        return true;
    }

    bool close() {
        if (!frames_.empty()) frames_.pop_back();
        return true;
    }

    // JSON pointer of the value being read.
    std::string pointer() const {
        std::string p;
        for (const Frame& f : frames_) p = jsonPointerAppend(p, f.token);
        return p;
    }

    std::string_view bytes_;
    const std::string& file_;
    int maxDepth_;
    Problems& problems_;
    std::vector<Frame> frames_;
    int duplicates_ = 0;
};

// Edit distance, small strings only (field and level names).
std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (same ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::string formatNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

}  // namespace

std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes) {
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07u;
        } else {
            return i;
        }
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(bytes[i + k]);
            if ((cc & 0xC0u) != 0x80u) return i;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (overlong || surrogate || cp > 0x10FFFF) return i;
        i += len;
    }
    return std::nullopt;
}

std::optional<nlohmann::json> parseJsonGuarded(std::string_view bytes, const std::string& file,
                                               const JsonLimits& limits, Problems& problems) {
    if (bytes.size() > limits.maxBytes) {
        problems.push_back({file, "(file)",
                            "file is " + std::to_string(bytes.size()) + " bytes; the limit is " +
                                std::to_string(limits.maxBytes) + " bytes"});
        return std::nullopt;
    }
    if (auto bad = firstInvalidUtf8(bytes)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(bytes[*bad])));
        problems.push_back({file, lineColumn(bytes, *bad),
                            "invalid UTF-8 at byte " + std::to_string(*bad) + " (" + hex +
                                "); save the file as UTF-8"});
        return std::nullopt;
    }
    GuardPass guard(bytes, file, limits.maxDepth, problems);
    if (!json::sax_parse(bytes.begin(), bytes.end(), &guard)) return std::nullopt;
    try {
        return json::parse(bytes.begin(), bytes.end());
    } catch (const std::exception& e) {
        // Not expected once the guard pass has read the same bytes; out of memory, say.
        problems.push_back({file, "(file)", std::string("could not read the JSON: ") + e.what()});
    }
    return std::nullopt;
}

std::string jsonPointerAppend(const std::string& pointer, const std::string& token) {
    std::string out = pointer;
    out += '/';
    for (char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

std::string jsonPointerAppend(const std::string& pointer, std::size_t index) {
    return pointer + "/" + std::to_string(index);
}

std::string jsonPointerDisplay(const std::string& pointer) { return pointer.empty() ? "/" : pointer; }

const char* jsonTypeName(const nlohmann::json& value) {
    switch (value.type()) {
        case json::value_t::string: return "string";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "integer";
        case json::value_t::number_float: return "number";
        case json::value_t::boolean: return "boolean";
        case json::value_t::object: return "object";
        case json::value_t::array: return "array";
        case json::value_t::null: return "null";
        default: return "unsupported value";
    }
}

std::string expectedOneOf(const std::vector<std::string>& allowed) {
    std::string out = "expected one of: ";
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i) out += ", ";
        out += allowed[i];
    }
    return out;
}

std::string closestName(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t bestDistance = 3;
    if (word.size() > 64) return best;
    for (const std::string& c : candidates) {
        const std::size_t d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

JsonObjectReader::JsonObjectReader(const nlohmann::json& value, std::string pointer, std::string file,
                                   Problems& problems)
    : pointer_(std::move(pointer)), file_(std::move(file)), problems_(problems) {
    if (value.is_object()) {
        object_ = &value;
    } else {
        problems_.push_back({file_, jsonPointerDisplay(pointer_),
                             std::string("expected an object, found ") + jsonTypeName(value)});
    }
}

void JsonObjectReader::problem(const std::string& message, const char* key) {
    problems_.push_back({file_, jsonPointerDisplay(key ? jsonPointerAppend(pointer_, key) : pointer_), message});
}

bool JsonObjectReader::has(const char* key) const { return object_ && object_->find(key) != object_->end(); }

const nlohmann::json* JsonObjectReader::field(const char* key, bool required) {
    if (!object_) return nullptr;
    known_.emplace_back(key);
    const auto it = object_->find(key);
    if (it == object_->end()) {
        if (required) problem(std::string("missing required field \"") + key + "\"");
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> JsonObjectReader::string(const char* key, bool required, std::size_t maxLength) {
    const json* v = field(key, required);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
        problem(std::string("expected a string, found ") + jsonTypeName(*v), key);
        return std::nullopt;
    }
    const std::string& s = v->get_ref<const std::string&>();
    if (s.size() > maxLength) {
        problem("text is " + std::to_string(s.size()) + " bytes; at most " + std::to_string(maxLength) +
                    " are allowed",
                key);
        return std::nullopt;
    }
    return s;
}

std::optional<double> JsonObjectReader::number(const char* key, bool required, double minValue, double maxValue,
                                               bool minExclusive) {
    const json* v = field(key, required);
    if (!v) return std::nullopt;
    if (!v->is_number()) {
        problem(std::string("expected a number, found ") + jsonTypeName(*v), key);
        return std::nullopt;
    }
    const double d = v->get<double>();
    if (!std::isfinite(d)) {
        problem("number is not finite", key);
        return std::nullopt;
    }
    const bool belowMin = minExclusive ? !(d > minValue) : d < minValue;
    if (belowMin || d > maxValue) {
        problem(formatNumber(d) + " is out of range; expected " + (minExclusive ? "more than " : "from ") +
                    formatNumber(minValue) + (minExclusive ? " and at most " : " to ") + formatNumber(maxValue),
                key);
        return std::nullopt;
    }
    return d;
}

std::optional<long long> JsonObjectReader::integer(const char* key, bool required, long long minValue,
                                                   long long maxValue) {
    const json* v = field(key, required);
    if (!v) return std::nullopt;
    if (!v->is_number()) {
        problem(std::string("expected a whole number, found ") + jsonTypeName(*v), key);
        return std::nullopt;
    }
    // Compare as double first: get<long long>() on an out-of-range float is undefined.
    const double d = v->get<double>();
    if (!std::isfinite(d) || d != std::floor(d)) {
        problem("expected a whole number, found " + formatNumber(d), key);
        return std::nullopt;
    }
    if (d < static_cast<double>(minValue) || d > static_cast<double>(maxValue)) {
        problem(formatNumber(d) + " is out of range; expected " + std::to_string(minValue) + " to " +
                    std::to_string(maxValue),
                key);
        return std::nullopt;
    }
    return static_cast<long long>(d);
}

std::optional<bool> JsonObjectReader::boolean(const char* key, bool required) {
    const json* v = field(key, required);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
        problem(std::string("expected true or false, found ") + jsonTypeName(*v), key);
        return std::nullopt;
    }
    return v->get<bool>();
}

const nlohmann::json* JsonObjectReader::array(const char* key, bool required, std::size_t minItems,
                                              std::size_t maxItems) {
    const json* v = field(key, required);
    if (!v) return nullptr;
    if (!v->is_array()) {
        problem(std::string("expected an array, found ") + jsonTypeName(*v), key);
        return nullptr;
    }
    if (v->size() < minItems) {
        problem("expected at least " + std::to_string(minItems) + (minItems == 1 ? " item" : " items") +
                    ", found " + std::to_string(v->size()),
                key);
        return nullptr;
    }
    if (v->size() > maxItems) {
        problem("array has " + std::to_string(v->size()) + " items; at most " + std::to_string(maxItems) +
                    " are allowed",
                key);
        return nullptr;
    }
    return v;
}

std::optional<std::string> JsonObjectReader::oneOf(const char* key, bool required,
                                                   const std::vector<std::string>& allowed) {
    auto s = string(key, required, 256);
    if (!s) return std::nullopt;
    if (std::find(allowed.begin(), allowed.end(), *s) == allowed.end()) {
        std::string message = "unknown value " + printable(*s) + "; " + expectedOneOf(allowed);
        problem(message, key);
        return std::nullopt;
    }
    return s;
}

void JsonObjectReader::reportUnknownFields(const std::string& hint) {
    if (!object_) return;
    for (auto it = object_->begin(); it != object_->end(); ++it) {
        if (std::find(known_.begin(), known_.end(), it.key()) != known_.end()) continue;
        std::string message = "unknown field " + printable(it.key());
        const std::string near = closestName(it.key(), known_);
        if (!near.empty()) message += " (did you mean \"" + near + "\"?)";
        if (!hint.empty()) message += "; " + hint;
        problems_.push_back({file_, jsonPointerDisplay(jsonPointerAppend(pointer_, it.key())), message});
    }
}

}  // namespace backrub
