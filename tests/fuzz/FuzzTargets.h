#pragma once
// The fuzz entry functions, shared by the libFuzzer executables (clang,
// LEVERBOARD_FUZZ) and fuzz_replay, which feeds every committed input through
// them in every build. Each returns 0 and aborts (with a message on stderr)
// when an invariant fails; sanitizers report the rest.

#include <cstddef>
#include <cstdint>

namespace leverboard::fuzz {

// Input: a workspace file's bytes. Checks parseWorkspace, loadWorkspaceFile
// on the same bytes (same result), the path checks of loadWorkspaceFile with
// the input as a file name inside a private temporary directory, and that a
// loaded workspace saved and loaded again serializes identically.
int workspaceInput(const std::uint8_t* data, std::size_t size);

// Input: a command line, one argument per line (the program name is added).
// Runs it through leverboard::cli::runArguments with a QCoreApplication,
// inside a private temporary directory that holds w.leverboard (the presets),
// bad.leverboard (broken JSON), empty.leverboard and a directory "dir".
// Skipped (never run): render, which draws and writes files, and arguments
// containing '/', so no file outside that directory is ever read or written.
int commandLineInput(const std::uint8_t* data, std::size_t size);
// Creates the QCoreApplication and the temporary directory; once per process.
void commandLineSetUp();

// Removes the temporary directories (registered with atexit by the set-up).
void removeTemporaryDirectories();

}  // namespace leverboard::fuzz
