#pragma once
// The analysis commands of the command line (MODEL.md "Analysis on top of any
// model"): sensitivity, solve, attribute, map and montecarlo. CommandLine.cpp
// keeps the command table and dispatches here; each command parses its own
// options and prints machine output (JSON or CSV) that is the same in every locale.

#include <QStringList>

#include <string>
#include <string_view>

namespace leverboard::cli {

enum class AnalysisCommand { Sensitivity, Solve, Attribute, Map, MonteCarlo };

struct AnalysisCommandText {
    std::string_view name;            // "sensitivity"
    std::string_view usageArguments;  // "[options] [WORKSPACE] --kpi ID"
    std::string description;          // translated
};

// Runs it on arguments (program name first, the command word removed). Returns
// the exit code; throws BadInput (exit 2) or IoError (exit 1) from CliCommon.h.
int runAnalysisCommand(AnalysisCommand command, const AnalysisCommandText& text,
                       const QStringList& arguments);

}  // namespace leverboard::cli
