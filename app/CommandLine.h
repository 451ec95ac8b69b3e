#pragma once
// The headless command line: eval, series, params (and render, later).
// Works with no display and no GUI platform.

namespace leverboard::cli {

// True when argv asks for a headless command (or --help / --version).
bool isHeadlessInvocation(int argc, char** argv);
// Runs it; returns the process exit code (0 ok, 2 bad input).
int run(int argc, char** argv);

}  // namespace leverboard::cli
