#pragma once
// The headless command line: eval, series, params (and render, later).
// Works with no display and no GUI platform.

#include <QStringList>

namespace leverboard::cli {

// True when argv asks for a headless command (or --help / --version).
bool isHeadlessInvocation(int argc, char** argv);
// Runs it; returns the process exit code (0 ok, 1 output not written, 2 bad input).
int run(int argc, char** argv);
// run() without creating the application: runs the one command in arguments
// (program name first, as QCoreApplication::arguments() gives them) with a
// QCoreApplication that already exists. For the fuzzers (tests/fuzz); render
// needs the QApplication that run() creates for it.
int runArguments(const QStringList& arguments);

}  // namespace leverboard::cli
