// libFuzzer target: workspace files (parse, load from a file, path checks, round trip).
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return leverboard::fuzz::workspaceInput(data, size);
}
