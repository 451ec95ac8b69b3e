#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

#include "CommandLine.h"
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "scenario/Workspace.h"
#include "scenario/WorkspaceJson.h"

namespace leverboard::fuzz {
namespace {

constexpr int kMaxArguments = 32;

std::string currentDirectory() {
    std::error_code ec;
    return std::filesystem::current_path(ec).string();
}

void changeDirectory(const std::string& directory) {
    check(::chdir(directory.c_str()) == 0, "chdir");
}

}  // namespace

void commandLineSetUp() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "leverboard";
    static char* argv[] = {name, nullptr};
    // Lives until exit (reachable, so not a leak); as leverboard::cli::run() sets it up.
    static QCoreApplication* const application = new QCoreApplication(argc, argv);
    (void)application;
    QCoreApplication::setApplicationName(QStringLiteral("leverboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEVERBOARD_VERSION));

    const std::filesystem::path& directory = temporaryDirectory("cli");
    writeFile((directory / "w.leverboard").string(), serializeWorkspace(defaultWorkspace()));
    writeFile((directory / "bad.leverboard").string(), "{\"format\": \"leverboard-workspace\",");
    writeFile((directory / "empty.leverboard").string(), "");
}

int commandLineInput(const std::uint8_t* data, std::size_t size) {
    commandLineSetUp();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    QStringList arguments{QStringLiteral("leverboard")};
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view argument = text.substr(start, end - start);
        // Nothing outside the temporary directory: no paths with a directory part.
        if (argument.find('/') != std::string_view::npos) return 0;
        arguments.append(QString::fromUtf8(argument.data(), qsizetype(argument.size())));
        if (arguments.size() > kMaxArguments) return 0;
        start = end + 1;
    }
    // A trailing newline ends the last argument rather than adding an empty one.
    if (!text.empty() && text.back() == '\n') arguments.removeLast();
    // render draws and writes files: not fuzzed.
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("render")) return 0;

    const std::string previous = currentDirectory();
    changeDirectory(temporaryDirectory("cli").string());
    const int exitCode = cli::runArguments(arguments);
    changeDirectory(previous);
    check(exitCode == 0 || exitCode == 2, "the exit code is 0 or 2");
    return 0;
}

}  // namespace leverboard::fuzz
