// Reading a workspace file: at most kMaxWorkspaceBytes, with a message that
// names the file when it cannot be read, then parseWorkspace.

#include "scenario/WorkspaceJson.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <utility>

#include "scenario/WorkspaceMessages.h"

namespace leverboard {
namespace {

using workspace_json::oneLine;
namespace fs = std::filesystem;

std::string systemError(int error) { return std::strerror(error); }

std::string limitText() {
    return std::to_string(kMaxWorkspaceBytes) + " bytes (" + std::to_string(kMaxWorkspaceBytes / (1024 * 1024)) +
           " MB)";
}

// Reads at most kMaxWorkspaceBytes + 1 bytes, so a file that grows after the
// size check (or a pipe) still cannot make us read without bound.
bool readFileLimited(const std::string& path, std::string& text, std::string& error) {
    const std::string cannotRead = "cannot read \"" + path + "\": ";
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec) {
        error = cannotRead + ec.message();
        return false;
    }
    if (fs::is_directory(status)) {
        error = cannotRead + "it is a directory";
        return false;
    }
    if (fs::is_regular_file(status)) {
        const auto size = fs::file_size(path, ec);
        if (!ec && size > kMaxWorkspaceBytes) {
            error = "\"" + path + "\" is too large to be a workspace: " + std::to_string(size) +
                    " bytes, the limit is " + limitText();
            return false;
        }
        if (!ec) text.reserve(static_cast<std::size_t>(size));
    }
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        error = cannotRead + systemError(errno);
        return false;
    }
    char chunk[65536];
    while (text.size() <= kMaxWorkspaceBytes) {
        const std::size_t read = std::fread(chunk, 1, sizeof chunk, file);
        text.append(chunk, read);
        if (read < sizeof chunk) break;
    }
    const bool failed = std::ferror(file) != 0;
    const int readErrno = errno;
    std::fclose(file);
    if (failed) {
        error = cannotRead + systemError(readErrno);
        return false;
    }
    if (text.size() > kMaxWorkspaceBytes) {
        error = "\"" + path + "\" is too large to be a workspace: more than the limit of " + limitText();
        return false;
    }
    return true;
}

}  // namespace

WorkspaceLoad loadWorkspaceFile(const std::string& path) {
    try {
        std::string text;
        std::string error;
        if (!readFileLimited(path, text, error)) return {std::nullopt, oneLine(std::move(error)), {}};
        return parseWorkspace(text);
    } catch (const std::bad_alloc&) {
        return {std::nullopt, oneLine("not enough memory to read \"" + path + "\""), {}};
    } catch (const std::exception& e) {
        return {std::nullopt, oneLine("cannot read \"" + path + "\": " + e.what()), {}};
    }
}

}  // namespace leverboard
