// Feeds every file of the given directories through one fuzz entry function:
//   fuzz_replay workspace|cli DIR...
// Built in every configuration (gcc too), so CTest replays the committed
// regression inputs and seeds in the normal suite. Exit 0 when every input
// ran (an invariant failure or a sanitizer report aborts), 1 on bad usage or
// an empty directory.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "FuzzTargets.h"

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    if (argc < 3) {
        std::fprintf(stderr, "usage: fuzz_replay workspace|cli DIR...\n");
        return 1;
    }
    const std::string_view target = argv[1];
    int (*entry)(const std::uint8_t*, std::size_t) = nullptr;
    if (target == "workspace") entry = leverboard::fuzz::workspaceInput;
    else if (target == "cli") {
        leverboard::fuzz::commandLineSetUp();
        entry = leverboard::fuzz::commandLineInput;
    } else {
        std::fprintf(stderr, "fuzz_replay: unknown target '%s' (workspace or cli)\n", argv[1]);
        return 1;
    }
    for (int i = 2; i < argc; ++i) {
        std::vector<fs::path> files;
        std::error_code ec;
        for (const auto& entryInDir : fs::directory_iterator(argv[i], ec))
            if (entryInDir.is_regular_file()) files.push_back(entryInDir.path());
        if (ec || files.empty()) {
            std::fprintf(stderr, "fuzz_replay: no inputs in '%s'%s%s\n", argv[i], ec ? ": " : "",
                         ec ? ec.message().c_str() : "");
            return 1;
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            std::ifstream in(file, std::ios::binary);
            const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            std::fprintf(stderr, "fuzz_replay %s: %s\n", argv[1], file.c_str());
            entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        }
        std::fprintf(stderr, "fuzz_replay %s: %zu inputs from %s\n", argv[1], files.size(), argv[i]);
    }
    return 0;
}
