#include "core/gltf/detail/GltfChecker.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace backrub::gltf {
namespace {

std::string kindOf(const Json& v) {
    switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_float: return "a number with a fraction or exponent";
    default: return "a number";
    }
}

// Short form for messages: 1e+300, 0.5, 3.40282e+38.
std::string number(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

}  // namespace

Checker::Checker(const Json& rootValue, LoaderContext& context, Problems& problems)
    : root(rootValue), ctx(context), problems_(problems), problemsAtStart_(problems.size()) {}

void Checker::problem(const std::string& where, const std::string& message) {
    // A hostile file could otherwise yield millions of problems (and gigabytes of text).
    constexpr std::size_t kMaxProblems = 200;
    if (problems_.size() - problemsAtStart_ < kMaxProblems)
        problems_.push_back({ctx.file, where, message});
    else if (problems_.size() - problemsAtStart_ == kMaxProblems)
        problems_.push_back({ctx.file, "file", "more problems not listed (the first " +
                                                   std::to_string(kMaxProblems) + " are shown)"});
}

void Checker::warning(const std::string& where, const std::string& message) {
    if (warnings) warnings->push_back({ctx.file, where, message});
}

void Checker::addLoadedBytes(std::uint64_t bytes, const std::string& where) {
    const std::uint64_t cap = ctx.limits.maxFileBytes;
    const bool wasOver = loadedBytes > cap;
    loadedBytes = bytes > cap ? cap + 1 : std::min(cap + 1, loadedBytes + bytes);
    if (!wasOver && loadedBytes > cap)
        problem(where, "buffers and images together need more than " + std::to_string(cap) +
                           " bytes (the file size limit)");
}

const Json* Checker::member(const Json& obj, const char* key) const {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

const Json* Checker::topArray(const char* name) const {
    const Json* a = member(root, name);
    return a && a->is_array() ? a : nullptr;
}

std::size_t Checker::count(const char* name) const {
    const Json* a = topArray(name);
    return a ? a->size() : 0;
}

std::optional<std::uint64_t> Checker::uintField(const Json& obj, const std::string& ptr, const char* key,
                                                bool required, std::uint64_t lo, std::uint64_t hi) {
    const Json* v = field(obj, ptr, key, required);
    if (!v) return std::nullopt;
    const std::string where = ptr + "/" + key;
    const std::string range = "an integer from " + std::to_string(lo) + " to " + std::to_string(hi);
    if (v->is_number_unsigned()) {
        const std::uint64_t value = v->get<std::uint64_t>();
        if (value >= lo && value <= hi) return value;
        problem(where, std::string(key) + " is " + std::to_string(value) + ", expected " + range);
        return std::nullopt;
    }
    if (v->is_number_integer())
        problem(where, std::string(key) + " is " + std::to_string(v->get<std::int64_t>()) + ", expected " + range);
    else
        problem(where, std::string(key) + " is " + kindOf(*v) + ", expected " + range);
    return std::nullopt;
}

std::optional<int> Checker::indexValue(const Json& value, const std::string& where, const char* target) {
    const std::size_t n = count(target);
    const std::string what = singular(target);
    if (!value.is_number_integer()) {
        problem(where, what + " index is " + kindOf(value) + ", expected an integer");
        return std::nullopt;
    }
    if (value.is_number_unsigned() && value.get<std::uint64_t>() < n) return static_cast<int>(value.get<std::uint64_t>());
    const std::string index =
        value.is_number_unsigned() ? std::to_string(value.get<std::uint64_t>()) : std::to_string(value.get<std::int64_t>());
    problem(where, what + " " + index + " does not exist (" +
                       (n == 0 ? "the file has no " + std::string(target) : "valid: 0 to " + std::to_string(n - 1)) +
                       ")");
    return std::nullopt;
}

std::optional<int> Checker::indexField(const Json& obj, const std::string& ptr, const char* key, const char* target,
                                       bool required) {
    const Json* v = field(obj, ptr, key, required);
    return v ? indexValue(*v, ptr + "/" + key, target) : std::nullopt;
}

const Json* Checker::field(const Json& obj, const std::string& ptr, const char* key, bool required) {
    const Json* v = member(obj, key);
    if (!v && required) problem(ptr + "/" + key, std::string(key) + " is required");
    return v;
}

bool Checker::expect(const Json& v, bool ok, const std::string& ptr, const char* key, const char* expected) {
    if (!ok) problem(ptr + "/" + key, std::string(key) + " is " + kindOf(v) + ", expected " + expected);
    return ok;
}

std::optional<std::string> Checker::stringField(const Json& obj, const std::string& ptr, const char* key,
                                                bool required) {
    const Json* v = field(obj, ptr, key, required);
    if (!v || !expect(*v, v->is_string(), ptr, key, "a string")) return std::nullopt;
    return v->get<std::string>();
}

const Json* Checker::objectField(const Json& obj, const std::string& ptr, const char* key, bool required) {
    const Json* v = field(obj, ptr, key, required);
    return v && expect(*v, v->is_object(), ptr, key, "an object") ? v : nullptr;
}

const Json* Checker::arrayField(const Json& obj, const std::string& ptr, const char* key, bool required) {
    const Json* v = field(obj, ptr, key, required);
    return v && expect(*v, v->is_array(), ptr, key, "an array") ? v : nullptr;
}

void Checker::boolField(const Json& obj, const std::string& ptr, const char* key) {
    if (const Json* v = member(obj, key)) expect(*v, v->is_boolean(), ptr, key, "true or false");
}

void Checker::numberField(const Json& obj, const std::string& ptr, const char* key, double lo, double hi) {
    const Json* v = member(obj, key);
    if (!v) return;
    if (!v->is_number() || !std::isfinite(v->get<double>()) || v->get<double>() < lo || v->get<double>() > hi)
        problem(ptr + "/" + key, std::string(key) + " must be a finite number from " + number(lo) + " to " +
                                     number(hi));
}

void Checker::numberArrayField(const Json& obj, const std::string& ptr, const char* key, std::size_t n, double lo,
                               double hi) {
    const Json* v = arrayField(obj, ptr, key, false);
    if (!v) return;
    if (v->size() != n) {
        problem(ptr + "/" + key, std::string(key) + " has " + std::to_string(v->size()) + " numbers, expected " +
                                     std::to_string(n));
        return;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const Json& e = (*v)[i];
        if (!e.is_number()) {
            problem(ptr + "/" + key + "/" + std::to_string(i), "value is " + kindOf(e) + ", expected a number");
        } else if (!std::isfinite(e.get<double>())) {
            problem(ptr + "/" + key + "/" + std::to_string(i), "value is not finite (NaN or infinity)");
        } else if (e.get<double>() < lo || e.get<double>() > hi) {
            problem(ptr + "/" + key + "/" + std::to_string(i),
                    "value " + number(e.get<double>()) + " is outside " + number(lo) + " to " + number(hi));
        }
    }
}

std::string singular(const char* arrayName) {
    std::string s = arrayName;
    if (s == "meshes") return "mesh";
    if (!s.empty() && s.back() == 's') s.pop_back();
    return s;
}

int componentSize(int componentType) {
    switch (componentType) {
    case 5120:
    case 5121: return 1;
    case 5122:
    case 5123: return 2;
    case 5125:
    case 5126: return 4;
    default: return 0;
    }
}

int typeComponents(const std::string& type) {
    if (type == "SCALAR") return 1;
    if (type == "VEC2") return 2;
    if (type == "VEC3") return 3;
    if (type == "VEC4" || type == "MAT2") return 4;
    if (type == "MAT3") return 9;
    if (type == "MAT4") return 16;
    return 0;
}

std::string componentTypeName(int componentType) {
    switch (componentType) {
    case 5120: return "BYTE (5120)";
    case 5121: return "UNSIGNED_BYTE (5121)";
    case 5122: return "SHORT (5122)";
    case 5123: return "UNSIGNED_SHORT (5123)";
    case 5125: return "UNSIGNED_INT (5125)";
    case 5126: return "FLOAT (5126)";
    default: return std::to_string(componentType);
    }
}

}  // namespace backrub::gltf
