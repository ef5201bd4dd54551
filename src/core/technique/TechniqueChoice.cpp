#include "core/technique/TechniqueChoice.h"

#include "core/technique/TechniqueLoader.h"

#include <filesystem>

namespace backrub {
namespace {

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string withoutLastNewline(std::string s) {
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

bool sameFile(const std::string& a, const std::string& b) {
    std::error_code ec;
    return !a.empty() && std::filesystem::equivalent(a, b, ec) && !ec;
}

}  // namespace

bool namesTechniqueFile(const std::string& value) {
    return endsWith(value, ".json") || value.find('/') != std::string::npos;
}

const Technique* chooseTechnique(TechniqueLibrary& library, const std::string& idOrFile, std::string& error) {
    if (!namesTechniqueFile(idOrFile)) {
        if (const Technique* t = library.find(idOrFile)) return t;
        error = library.unknownIdMessage(idOrFile);
        if (!library.problems.empty())
            error += "\nsome of your techniques did not load:\n" + withoutLastNewline(formatProblems(library.problems));
        return nullptr;
    }
    TechniqueLoadResult r = loadTechniqueFile(idOrFile);
    if (!r.technique) {
        error = withoutLastNewline(formatProblems(r.problems));
        return nullptr;
    }
    if (const Technique* same = library.find(r.technique->id); same && sameFile(library.fileOf(same->id), idOrFile))
        return same;
    Problems clash;
    const Technique* added = library.add(std::move(*r.technique), idOrFile, true, clash);
    if (!added) error = withoutLastNewline(formatProblems(clash));
    return added;
}

}  // namespace backrub
