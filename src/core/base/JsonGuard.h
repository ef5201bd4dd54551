#pragma once
// Guarded JSON reading for every JSON loader (techniques, settings, thresholds, glTF).
// nlohmann json 3.11.2 leaves these to us (docs/sources.md, "JSON parser limits"): it has no depth
// limit, keeps the last of duplicate keys without a word, casts numbers
// unchecked, and makes const operator[] on a missing key undefined. This file:
//  - parseJsonGuarded(): size cap, UTF-8 check (with byte offset), depth cap,
//    duplicate keys, syntax errors; every problem as `FILE: LOCATION: message`,
//    the location a JSON pointer or "line L, column C";
//  - JsonObjectReader: typed, range-checked field access on one object that
//    never uses operator[], and reports fields nobody asked for;
//  - JSON pointer helpers.
// Nothing here throws on bad input.
#include "core/base/Problem.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace backrub {

struct JsonLimits {
    std::size_t maxBytes = 1u << 20;  // whole document
    int maxDepth = 32;                 // nested objects/arrays; the top-level value is depth 1
};

// Parses `bytes`. Returns nullopt when the document cannot be used (too large,
// invalid UTF-8, too deep, syntax error). Duplicate keys (the first 50) are reported
// as problems but the document is still returned (holding the last value) so that
// its other problems can be reported in the same pass; callers treat any problem
// as failure.
std::optional<nlohmann::json> parseJsonGuarded(std::string_view bytes, const std::string& file,
                                               const JsonLimits& limits, Problems& problems);

// Byte offset of the first invalid UTF-8 sequence, or nullopt when `bytes` is valid UTF-8.
std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes);

// "/steps" + "0" -> "/steps/0"; escapes '~' and '/' in the token (RFC 6901).
std::string jsonPointerAppend(const std::string& pointer, const std::string& token);
std::string jsonPointerAppend(const std::string& pointer, std::size_t index);
// "" (the whole document) prints as "/" in problems.
std::string jsonPointerDisplay(const std::string& pointer);

// "string", "number", "integer", "boolean", "object", "array", "null".
const char* jsonTypeName(const nlohmann::json& value);

// Typed access to the fields of one JSON object. Each accessor reports a problem
// (wrong type, out of range, missing when required) and returns nullopt/nullptr;
// reportUnknownFields() then reports every field that no accessor asked for.
class JsonObjectReader {
public:
    // When `value` is not an object a problem is reported and ok() is false;
    // every accessor then returns nothing without further problems.
    JsonObjectReader(const nlohmann::json& value, std::string pointer, std::string file, Problems& problems);

    bool ok() const { return object_ != nullptr; }
    const std::string& pointer() const { return pointer_; }
    bool has(const char* key) const;

    // The raw field (marked as known), or nullptr if absent; reports "missing" if required.
    const nlohmann::json* field(const char* key, bool required);
    std::optional<std::string> string(const char* key, bool required, std::size_t maxLength = 4096);
    // Finite number within [minValue, maxValue]; `minExclusive` makes the lower bound strict.
    std::optional<double> number(const char* key, bool required, double minValue, double maxValue,
                                 bool minExclusive = false);
    // Whole number within [minValue, maxValue] (1.0 is accepted, 1.5 is not).
    std::optional<long long> integer(const char* key, bool required, long long minValue, long long maxValue);
    std::optional<bool> boolean(const char* key, bool required);
    // An array with at most `maxItems` items (and at least `minItems`).
    const nlohmann::json* array(const char* key, bool required, std::size_t minItems, std::size_t maxItems);
    // A string that must be one of `allowed`; the message lists them.
    std::optional<std::string> oneOf(const char* key, bool required, const std::vector<std::string>& allowed);

    // Reports each field not asked for, suggesting a close known name when there is
    // one; `hint` (e.g. "circles take radiusCm and frequencyHz") is appended.
    void reportUnknownFields(const std::string& hint = "");

    // Reports a problem at this object's pointer (or a field's, when `key` is given).
    void problem(const std::string& message, const char* key = nullptr);

private:
    const nlohmann::json* object_ = nullptr;
    std::string pointer_;
    std::string file_;
    Problems& problems_;
    std::vector<std::string> known_;
};

// Plain-words check of a value against a set of names, for messages:
// "unknown level \"firmest\"; expected one of: gentle, moderate, firm".
std::string expectedOneOf(const std::vector<std::string>& allowed);
// The name in `candidates` closest to `word` (edit distance <= 2), or "".
std::string closestName(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace backrub
