#pragma once
// Helpers for the fuzz entry functions: invariant checks and private
// temporary directories (nothing is written anywhere else).

#include <filesystem>
#include <string>
#include <string_view>

namespace leverboard::fuzz {

// Aborts with the message when the invariant does not hold (libFuzzer keeps the input).
void check(bool holds, const char* invariant);

// A fresh directory under the system temporary directory, made once per
// process and name, holding a subdirectory "dir"; removed at exit.
const std::filesystem::path& temporaryDirectory(const std::string& name);

// Writes the bytes to path (replacing it); aborts on failure.
void writeFile(const std::string& path, std::string_view bytes);

}  // namespace leverboard::fuzz
