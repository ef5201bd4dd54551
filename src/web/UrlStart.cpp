#include "web/UrlStart.h"

#include <cctype>
#include <cstdlib>
#include <vector>

namespace backrub::web {
namespace {

std::string decode(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') out += ' ';
        else if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
                 std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::strtol(text.substr(i + 1, 2).c_str(), nullptr, 16));
            i += 2;
        } else out += text[i];
    }
    return out;
}

}  // namespace

UrlStart parseUrlStart(const std::string& query) {
    UrlStart start;
    // The same checks and messages as the command line: the parameters as `render` options.
    std::vector<std::string> args{"render", "--out", "page.png"};  // --out: render requires one
    std::size_t at = query.empty() || query[0] != '?' ? 0 : 1;
    while (at < query.size()) {
        std::size_t end = query.find('&', at);
        if (end == std::string::npos) end = query.size();
        const std::string pair = query.substr(at, end - at);
        at = end + 1;
        const std::size_t eq = pair.find('=');
        const std::string key = decode(pair.substr(0, eq));
        const std::string value = eq == std::string::npos ? "1" : decode(pair.substr(eq + 1));
        if (key == "play") start.play = value != "0";
        else if (key == "bench") start.bench = value != "0";
        else if (key == "paused") start.play = value == "0";
        else if (key == "technique" || key == "time" || key == "view" || key == "pressure" || key == "body") {
            args.push_back("--" + key);
            args.push_back(value);
        } else if (!key.empty() && start.problem.empty()) {
            start.problem = "unknown URL parameter '" + key + "' (known: technique, time, view, pressure, body, play, bench)";
        }
    }
    CommandLine parsed = parseCommandLine(args);
    if (!parsed.error.empty()) {
        start.problem = parsed.error;
        return start;  // the viewer opens as without parameters
    }
    parsed.command = Command::Viewer;
    start.cl = parsed;
    return start;
}

}  // namespace backrub::web
