#pragma once
// JSON parsing for the glTF loader: a depth limit enforced while parsing (nlohmann
// has none, and copying or dumping a deep value recurses), duplicate keys reported
// instead of silently keeping the last, and JSON pointer helpers. Internal.
#include "core/base/Problem.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace backrub::gltf {

// Parses `text`; on invalid JSON, invalid UTF-8 or nesting deeper than maxDepth
// returns nullopt with a problem at location "JSON". Duplicate keys are problems
// at their JSON pointer but do not stop parsing.
std::optional<nlohmann::json> parseJsonLimited(std::string_view text, int maxDepth, const std::string& file,
                                               Problems& problems);

// JSON pointer token escaping: "~" -> "~0", "/" -> "~1".
std::string pointerToken(const std::string& key);

}  // namespace backrub::gltf
