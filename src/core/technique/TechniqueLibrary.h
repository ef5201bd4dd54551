#pragma once
// The techniques Backrub knows: those shipped with it (assets/techniques/*.json,
// embedded in the binary) and the user's own (UserTechniques.h), all read through
// the same validating loader. Each id names one technique: a second file with an
// id already taken is a problem naming both files, and is left out.
#include "core/base/Problem.h"
#include "core/technique/Technique.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace backrub {

struct TechniqueLibrary {
    std::vector<Technique> techniques;  // shipped in file-name order, then the user's
    // A shipped file that fails to load is a bug (tests assert none); the user's files'
    // problems are shown by `backrub list` and the viewer's Problems window.
    Problems problems;
    std::map<std::string, std::string> files;  // id -> the file it was read from
    std::set<std::string> usersIds;            // ids of the user's own techniques

    // nullptr when there is no technique with this id.
    const Technique* find(const std::string& id) const;
    std::string ids() const;  // "a, b, c" for messages
    // "unknown technique 'x' (known: a, b, c)"
    std::string unknownIdMessage(const std::string& id) const;
    bool isUsers(const std::string& id) const { return usersIds.count(id) != 0; }
    // The file a technique was read from ("" for an id not in the library).
    std::string fileOf(const std::string& id) const;

    // Adds `technique`, read from `file`. When its id is taken, adds a problem to
    // `clashes` naming both files and returns nullptr; else returns the new entry.
    // Adding may move the techniques already held: pointers to them go stale.
    const Technique* add(Technique technique, const std::string& file, bool users, Problems& clashes);
    // Puts `technique` (read again from the file of `id`) in place of `id`'s, at the same
    // address. Its id may change, unless to one another technique has: then nothing changes
    // and `error` says why. False also when `id` is not in the library.
    bool replace(const std::string& id, Technique technique, std::string& error);
};

TechniqueLibrary loadShippedTechniques();

}  // namespace backrub
