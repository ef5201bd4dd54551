#include "core/gltf/detail/GltfFileSystem.h"

#include <tiny_gltf.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

namespace backrub::gltf {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<std::string> percentDecode(const std::string& in, std::string& why) {
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        const int hi = i + 2 < in.size() ? hexValue(in[i + 1]) : -1;
        const int lo = i + 2 < in.size() ? hexValue(in[i + 2]) : -1;
        if (hi < 0 || lo < 0) {
            why = "URI \"" + in + "\" has a malformed percent escape";
            return std::nullopt;
        }
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

// RFC 3986 scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":".
std::optional<std::string> uriScheme(const std::string& uri) {
    if (uri.empty() || !std::isalpha(static_cast<unsigned char>(uri[0]))) return std::nullopt;
    for (std::size_t i = 1; i < uri.size(); ++i) {
        const char c = uri[i];
        if (c == ':') return uri.substr(0, i);
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return std::nullopt;
    }
    return std::nullopt;
}

bool isBase64Char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/';
}

// True when `path` (canonical) lies strictly inside `dir` (canonical).
bool isInside(const fs::path& path, const fs::path& dir) {
    auto [dirEnd, pathIt] = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end());
    return dirEnd == dir.end() && pathIt != path.end();
}

// The confinement check shared by URI resolution and the tinygltf callbacks.
std::optional<ExternalFile> confinedFile(const std::string& baseDir, const fs::path& candidate,
                                         std::uint64_t maxBytes, const std::string& shown, std::string& why) {
    std::error_code ec;
    const fs::path base = fs::canonical(baseDir, ec);
    if (ec) {
        why = "model folder \"" + baseDir + "\" cannot be opened";
        return std::nullopt;
    }
    const fs::path full = fs::weakly_canonical(candidate.is_absolute() ? candidate : base / candidate, ec);
    if (ec || !isInside(full, base)) {
        why = "\"" + shown + "\" is outside the model's folder";
        return std::nullopt;
    }
    const fs::file_status st = fs::status(full, ec);
    if (ec || !fs::exists(st)) {
        why = "file \"" + shown + "\" not found next to the model";
        return std::nullopt;
    }
    if (fs::is_directory(st)) {
        why = "\"" + shown + "\" names a directory, expected a file";
        return std::nullopt;
    }
    if (!fs::is_regular_file(st)) {
        why = "\"" + shown + "\" is not a regular file";
        return std::nullopt;
    }
    const std::uintmax_t bytes = fs::file_size(full, ec);
    if (ec) {
        why = "cannot read the size of \"" + shown + "\"";
        return std::nullopt;
    }
    if (bytes > maxBytes) {
        why = "file \"" + shown + "\" has " + std::to_string(bytes) + " bytes, more than the limit of " +
              std::to_string(maxBytes);
        return std::nullopt;
    }
    return ExternalFile{full.string(), bytes};
}

LoaderContext& context(void* user) { return *static_cast<LoaderContext*>(user); }

std::string expandFilePath(const std::string& path, void*) { return path; }  // no ~ or $VAR expansion

bool fileExists(const std::string& path, void* user) {
    LoaderContext& ctx = context(user);
    std::string why;
    return !ctx.baseDir.empty() && confinedFile(ctx.baseDir, path, ctx.limits.maxFileBytes, path, why).has_value();
}

bool readFile(std::vector<unsigned char>* out, std::string* err, const std::string& path, void* user) {
    LoaderContext& ctx = context(user);
    std::string why = "external files are not allowed here";
    std::optional<ExternalFile> file;
    if (!ctx.baseDir.empty()) file = confinedFile(ctx.baseDir, path, ctx.limits.maxFileBytes, path, why);
    if (file) {
        auto limit = ctx.readLimits.find(file->path);
        const std::uint64_t cap = limit != ctx.readLimits.end() ? limit->second : ctx.limits.maxFileBytes;
        std::vector<std::uint8_t> bytes;
        if (readWholeFile(file->path, ctx.limits.maxFileBytes, bytes, why)) {
            if (bytes.size() > cap) bytes.resize(cap);  // a buffer reads its byteLength, as the spec allows
            out->swap(bytes);
            return true;
        }
    }
    if (err) *err += why;
    return false;
}

bool refuseWrite(std::string* err, const std::string&, const std::vector<unsigned char>&, void*) {
    if (err) *err += "writing files is disabled";
    return false;
}

}  // namespace

bool isDataUri(const std::string& uri) {
    const std::optional<std::string> scheme = uriScheme(uri);
    if (!scheme || scheme->size() != 4) return false;
    std::string lower = *scheme;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower == "data";
}

std::optional<DataUri> parseDataUri(const std::string& uri, std::string& why) {
    const std::size_t comma = uri.find(',');
    const std::string marker = ";base64";
    if (comma == std::string::npos || comma < 5 + marker.size() ||
        uri.compare(comma - marker.size(), marker.size(), marker) != 0) {
        why = "data URI must have the form data:MIME;base64,DATA";
        return std::nullopt;
    }
    if (uri.compare(0, 5, "data:") != 0) {
        why = "write the data URI scheme in lower case (\"data:\")";
        return std::nullopt;
    }
    DataUri result;
    result.mime = uri.substr(5, comma - marker.size() - 5);
    std::size_t payload = uri.size() - comma - 1;
    std::size_t padding = 0;
    for (std::size_t i = comma + 1; i < uri.size(); ++i) {
        const char c = uri[i];
        if (c == '=') {
            ++padding;
        } else if (padding > 0 || !isBase64Char(c)) {
            why = "data URI has an invalid base64 character at position " + std::to_string(i);
            return std::nullopt;
        }
    }
    if (payload % 4 != 0 || padding > 2) {
        why = "data URI base64 payload has " + std::to_string(payload) + " characters, expected a multiple of 4";
        return std::nullopt;
    }
    result.decodedBytes = payload / 4 * 3 - padding;
    return result;
}

std::optional<ExternalFile> resolveExternalUri(const std::string& baseDir, const std::string& uri,
                                               std::uint64_t maxBytes, std::string& why) {
    if (uri.empty()) {
        why = "URI is empty";
        return std::nullopt;
    }
    if (const std::optional<std::string> scheme = uriScheme(uri)) {
        why = "URI scheme \"" + *scheme + ":\" is not allowed; use a relative path or a data: URI";
        return std::nullopt;
    }
    const std::optional<std::string> decoded = percentDecode(uri, why);
    if (!decoded) return std::nullopt;
    if (decoded->find('\0') != std::string::npos || decoded->find('\\') != std::string::npos) {
        why = "URI \"" + uri + "\" contains a NUL or backslash; use '/' between folders";
        return std::nullopt;
    }
    if (decoded->front() == '/') {
        why = "absolute path \"" + uri + "\" is not allowed; URIs are relative to the model's folder";
        return std::nullopt;
    }
    for (const fs::path& part : fs::path(*decoded))
        if (part == "..") {
            why = "URI \"" + uri + "\" leaves the model's folder through \"..\"";
            return std::nullopt;
        }
    if (baseDir.empty()) {
        why = "external file \"" + uri + "\" is not allowed here (embed it as a data: URI or in the GLB)";
        return std::nullopt;
    }
    return confinedFile(baseDir, fs::path(*decoded), maxBytes, uri, why);
}

bool readWholeFile(const std::string& path, std::uint64_t maxBytes, std::vector<std::uint8_t>& out,
                   std::string& why) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
        why = "file not found";
        return false;
    }
    if (fs::is_directory(st)) {
        why = "is a directory, expected a glTF or GLB file";
        return false;
    }
    if (!fs::is_regular_file(st)) {
        why = "is not a regular file";
        return false;
    }
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) {
        why = "cannot read the file size";
        return false;
    }
    if (size > maxBytes) {
        why = "file has " + std::to_string(size) + " bytes, more than the limit of " + std::to_string(maxBytes);
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = "cannot open the file";
        return false;
    }
    out.resize(static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(out.data()), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size)) {
        why = "file changed size while being read";
        return false;
    }
    return true;
}

void installFileCallbacks(tinygltf::TinyGLTF& loader, LoaderContext& ctx) {
    tinygltf::FsCallbacks callbacks{};
    callbacks.FileExists = &fileExists;
    callbacks.ExpandFilePath = &expandFilePath;
    callbacks.ReadWholeFile = &readFile;
    callbacks.WriteWholeFile = &refuseWrite;
    callbacks.user_data = &ctx;
    loader.SetFsCallbacks(callbacks);
}

}  // namespace backrub::gltf
