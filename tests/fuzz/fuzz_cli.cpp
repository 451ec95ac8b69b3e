// libFuzzer target: the headless command line, one argument per line.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    leverboard::fuzz::commandLineSetUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return leverboard::fuzz::commandLineInput(data, size);
}
