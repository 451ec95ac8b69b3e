#include "CliCommon.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "params/ParameterRegistry.h"
#include "scenario/WorkspaceJson.h"

namespace leverboard::cli {
namespace {

// ---- --set ID=VALUE --------------------------------------------------------

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// The id the user most likely meant: same name without its group prefix, or a
// near miss in spelling. Empty when nothing is close.
std::string_view closestParameterId(std::string_view typed) {
    for (const auto& p : parameters()) {
        const auto dot = p.id.find('.');
        if (dot != std::string_view::npos && p.id.substr(dot + 1) == typed) return p.id;
    }
    std::string_view best;
    std::size_t bestDistance = std::max<std::size_t>(3, typed.size() / 3) + 1;
    for (const auto& p : parameters()) {
        const std::size_t distance = editDistance(typed, p.id);
        if (distance < bestDistance) {
            best = p.id;
            bestDistance = distance;
        }
    }
    return best;
}

std::string scenarioNames(const Workspace& workspace) {
    std::string names;
    for (const auto& s : workspace.scenarios) {
        if (!names.empty()) names += ", ";
        names += inQuotes(s.name);
    }
    return names;
}

}  // namespace

IoError outputError(int error) { return IoError{"cannot write output: " + std::string(std::strerror(error))}; }

// Every write is flushed and checked: output that never arrived must not exit 0.
void writeOut(const std::string& text) {
    errno = 0;
    const bool written = std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
    if (std::fflush(stdout) != 0 || !written || std::ferror(stdout)) throw outputError(errno ? errno : EIO);
}

// One line, always: scripts read the first line of stderr.
void writeError(std::string message) {
    std::replace(message.begin(), message.end(), '\n', ' ');
    message = "leverboard: " + message + "\n";
    std::fwrite(message.data(), 1, message.size(), stderr);
    std::fflush(stderr);
}

std::string inQuotes(std::string_view text) {
    std::string result;
    result.reserve(text.size() + 2);
    result.append(1, '\'').append(text).append(1, '\'');
    return result;
}

void applySetting(Scenario& scenario, const std::string& setting) {
    const auto equals = setting.find('=');
    if (equals == std::string::npos)
        throw BadInput{QCoreApplication::translate("CommandLine", "--set expects ID=VALUE, got %1 (see 'leverboard params' for the ids)")
                           .arg(QString::fromStdString(inQuotes(setting)))
                           .toStdString()};
    const std::string id = setting.substr(0, equals);
    const std::string text = setting.substr(equals + 1);

    const auto param = findParameter(id);
    if (!param) {
        std::string message = QCoreApplication::translate("CommandLine", "unknown parameter %1 in --set %2")
                                  .arg(QString::fromStdString(inQuotes(id)), QString::fromStdString(setting))
                                  .toStdString();
        const auto suggestion = closestParameterId(id);
        if (!suggestion.empty())
            message += QCoreApplication::translate("CommandLine", "; did you mean %1?").arg(QString::fromStdString(inQuotes(suggestion))).toStdString();
        message += QCoreApplication::translate("CommandLine", " ('leverboard params' lists every id)").toStdString();
        throw BadInput{message};
    }
    const ParsedValue parsed = parseValue(*param, text);
    if (!parsed.value) throw BadInput{parsed.error};
    scenario[*param] = *parsed.value;
}


// Without a file the shipped presets stand in for a workspace, so
// `--scenario "Bear: the escalator"` works out of the box; their active
// scenario is Base, the defaults.
LoadedWorkspace loadWorkspaceArgument(const QStringList& positional) {
    if (positional.size() > 1)
        throw BadInput{QCoreApplication::translate("CommandLine", "expected at most one WORKSPACE file, got %1 (%2)")
                           .arg(positional.size())
                           .arg(positional.join(QStringLiteral(", ")))
                           .toStdString()};

    LoadedWorkspace loaded;
    loaded.source = QCoreApplication::translate("CommandLine", "the built-in presets").toStdString();
    if (positional.isEmpty()) {
        loaded.workspace = defaultWorkspace();
    } else {
        const QString path = positional.first();
        WorkspaceLoad load = loadWorkspaceFile(QFile::encodeName(path).toStdString());
        if (!load.workspace) throw BadInput{load.error};
        loaded.workspace = std::move(*load.workspace);
        loaded.warnings = std::move(load.warnings);
        loaded.source = path.toStdString();
    }
    if (loaded.workspace.scenarios.empty()) throw BadInput{QCoreApplication::translate("CommandLine", "%1 holds no scenario").arg(QString::fromStdString(loaded.source)).toStdString()};
    return loaded;
}

int scenarioIndex(const LoadedWorkspace& loaded, const QString& scenarioName) {
    const int index = loaded.workspace.indexOf(scenarioName.toStdString());
    if (index < 0)
        throw BadInput{QCoreApplication::translate("CommandLine", "no scenario named %1 in %2; available: %3")
                           .arg(QString::fromStdString(inQuotes(scenarioName.toStdString())),
                                QString::fromStdString(loaded.source),
                                QString::fromStdString(scenarioNames(loaded.workspace)))
                           .toStdString()};
    return index;
}

// Qt's help text starts with the full path of the executable; name the command instead.
std::string commandHelp(std::string_view name, std::string_view usageArguments,
                        const QCommandLineParser& parser) {
    QString text = parser.helpText();
    const qsizetype firstNewline = text.indexOf(QLatin1Char('\n'));
    text.remove(0, firstNewline);
    return QCoreApplication::translate("CommandLine", "Usage: leverboard %1 %2")
               .arg(QString::fromUtf8(name.data(), qsizetype(name.size())),
                    QString::fromUtf8(usageArguments.data(), qsizetype(usageArguments.size())))
               .toStdString() +
           text.toStdString();
}

std::string seeHelpFor(std::string_view name) {
    return QCoreApplication::translate("CommandLine", "; see 'leverboard %1 --help'")
        .arg(QString::fromUtf8(name.data(), qsizetype(name.size())))
        .toStdString();
}

void parseOrThrow(QCommandLineParser& parser, const QStringList& arguments, std::string_view name) {
    if (parser.parse(arguments)) return;
    QString errorText = parser.errorText();
    // Qt's sentence ends in a full stop (in Chinese "。"); ours goes on after it.
    if (errorText.endsWith(QLatin1Char('.')) || errorText.endsWith(QChar(0x3002))) errorText.chop(1);
    throw BadInput{errorText.toStdString() + seeHelpFor(name)};
}

}  // namespace leverboard::cli
