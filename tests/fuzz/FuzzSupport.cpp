#include "FuzzSupport.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <system_error>
#include <unistd.h>

#include "FuzzTargets.h"

namespace leverboard::fuzz {
namespace {

std::map<std::string, std::filesystem::path>& directories() {
    static std::map<std::string, std::filesystem::path> made;
    return made;
}

}  // namespace

void check(bool holds, const char* invariant) {
    if (holds) return;
    std::fprintf(stderr, "fuzz invariant failed: %s\n", invariant);
    std::abort();
}

const std::filesystem::path& temporaryDirectory(const std::string& name) {
    auto& made = directories();
    if (auto found = made.find(name); found != made.end()) return found->second;
    std::error_code ec;
    std::filesystem::path base = std::filesystem::temp_directory_path(ec);
    if (ec) base = "/tmp";
    std::string pattern = (base / ("leverboard-fuzz-" + name + "-XXXXXX")).string();
    if (!::mkdtemp(pattern.data())) {
        std::perror("leverboard fuzz: mkdtemp");
        std::abort();
    }
    std::filesystem::create_directory(std::filesystem::path(pattern) / "dir");
    if (made.empty()) std::atexit(removeTemporaryDirectories);
    return made.emplace(name, pattern).first->second;
}

void removeTemporaryDirectories() {
    for (const auto& [name, path] : directories()) {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    directories().clear();
}

void writeFile(const std::string& path, std::string_view bytes) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    const bool ok = file && std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
    if (file && std::fclose(file) != 0) check(false, "temporary file written");
    check(ok, "temporary file written");
}

}  // namespace leverboard::fuzz
