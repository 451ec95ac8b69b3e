#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include "FuzzTargets.h"
#include "FuzzSupport.h"
#include "scenario/WorkspaceJson.h"

namespace leverboard::fuzz {
namespace {

bool sameLoad(const WorkspaceLoad& a, const WorkspaceLoad& b) {
    return a.workspace == b.workspace && a.error == b.error && a.warnings == b.warnings;
}

}  // namespace

int workspaceInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const WorkspaceLoad load = parseWorkspace(text);
    check(load.workspace.has_value() != !load.error.empty(), "exactly one of workspace and error");
    check(load.error.find('\n') == std::string::npos, "the error is one line");
    for (const auto& warning : load.warnings)
        check(warning.find('\n') == std::string::npos, "every warning is one line");

    // The same bytes through a file: the same result.
    const std::filesystem::path& directory = temporaryDirectory("workspace");
    const std::string file = (directory / "input.leverboard").string();
    writeFile(file, text);
    check(sameLoad(loadWorkspaceFile(file), load), "loadWorkspaceFile == parseWorkspace on the same bytes");

    // The input as a file name inside the directory (holds input.leverboard and
    // the directory "dir"): missing files, directories, "." and "..", odd bytes.
    if (!text.empty() && text.size() <= 255 && text.find('/') == std::string_view::npos &&
        text.find('\0') == std::string_view::npos) {
        const WorkspaceLoad byName = loadWorkspaceFile((directory / std::string(text)).string());
        check(byName.workspace.has_value() != !byName.error.empty(), "exactly one of workspace and error (by name)");
        check(byName.error.find('\n') == std::string::npos, "the error is one line (by name)");
    }

    // Saved and loaded again, a workspace serializes to the same text.
    if (load.workspace) {
        const std::string saved = serializeWorkspace(*load.workspace);
        const WorkspaceLoad again = parseWorkspace(saved);
        if (!again.workspace) std::fprintf(stderr, "reload error: %s\n", again.error.c_str());
        check(again.workspace.has_value(), "a saved workspace loads");
        check(serializeWorkspace(*again.workspace) == saved, "save, load, save gives the same text");
    }
    return 0;
}

}  // namespace leverboard::fuzz
