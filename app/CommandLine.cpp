#include "CommandLine.h"

#include <string_view>

namespace leverboard::cli {

// TODO(helper): implement eval, series, params, --help, --version.
bool isHeadlessInvocation(int argc, char** argv) {
    if (argc < 2) return false;
    const std::string_view first = argv[1];
    return first == "eval" || first == "series" || first == "params" || first == "--help" ||
           first == "-h" || first == "--version" || first == "-v";
}

int run(int, char**) { return 0; }

}  // namespace leverboard::cli
