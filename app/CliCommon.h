#pragma once
// What every headless command shares: exit codes, the errors it throws,
// checked writes, the workspace argument and --set. Used by CommandLine.cpp
// and the analysis commands (AnalysisCommands.cpp).

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

#include "scenario/Scenario.h"
#include "scenario/Workspace.h"

namespace leverboard::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitIoError = 1;  // output could not be written
inline constexpr int kExitBadInput = 2;

// Thrown for anything the user can fix: printed as one line on stderr, exit 2.
struct BadInput {
    std::string message;
};

// Thrown when a file or stdout cannot take what we write (disk full, closed
// descriptor): printed as one line on stderr, exit 1.
struct IoError {
    std::string message;
};

IoError outputError(int error);
// Every write is flushed and checked: output that never arrived must not exit 0.
void writeOut(const std::string& text);
// One line, always, prefixed "leverboard: ": scripts read the first line of stderr.
void writeError(std::string message);

std::string inQuotes(std::string_view text);

// --set ID=VALUE onto the scenario; BadInput naming the id and the problem.
void applySetting(Scenario& scenario, const std::string& setting);

struct LoadedWorkspace {
    Workspace workspace;
    std::vector<std::string> warnings;  // from loading the file
    std::string source;                 // the file, or "the built-in presets"
};

// At most one WORKSPACE; without one the shipped presets (active: Base).
LoadedWorkspace loadWorkspaceArgument(const QStringList& positional);
// The index of the scenario called name; BadInput listing the names otherwise.
int scenarioIndex(const LoadedWorkspace& loaded, const QString& scenarioName);

// A command's --help: "Usage: leverboard NAME ARGS" then Qt's text without its first line.
std::string commandHelp(std::string_view name, std::string_view usageArguments,
                        const QCommandLineParser& parser);
// Parses or throws BadInput with Qt's reason and "; see 'leverboard NAME --help'".
void parseOrThrow(QCommandLineParser& parser, const QStringList& arguments, std::string_view name);
// "; see 'leverboard NAME --help'", translated.
std::string seeHelpFor(std::string_view name);

}  // namespace leverboard::cli
