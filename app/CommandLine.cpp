#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "AnalysisCommands.h"
#include "CliCommon.h"
#include "RenderCommand.h"
#include "models/Engine.h"
#include "models/ModelRegistry.h"
#include "models/SeriesTables.h"
#include "params/ParameterRegistry.h"
#include "present/ExportFiles.h"
#include "scenario/Workspace.h"
#include "scenario/WorkspaceJson.h"
#include "text/Language.h"
#include "text/MessageText.h"

namespace leverboard::cli {
namespace {

// Text for people (help and error messages) follows the language (ui/text/Language.h);
// machine output (CSV, JSON, the engine's warnings and notes) never does.
QString translated(const char* text) { return QCoreApplication::translate("CommandLine", text); }

// Some file systems (NFS, FUSE) report a failed write only when the file is closed.
void closeStdout() {
    errno = 0;
    if (std::fclose(stdout) != 0) throw outputError(errno ? errno : EIO);
}

// With descriptor 1 or 2 closed (`leverboard eval >&-`) the next file opened
// would take its number and receive what we print. Park a read-only
// /dev/null there instead: writing to it fails with EBADF, which is reported.
void guardClosedStandardDescriptors() {
    for (const int fd : {STDOUT_FILENO, STDERR_FILENO}) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        const int parked = ::open("/dev/null", O_RDONLY);
        if (parked >= 0 && parked != fd) {
            ::dup2(parked, fd);
            ::close(parked);
        }
    }
}

// The model ids as a sentence: "a, b, c or d".
std::string modelList() {
    const auto all = models();
    std::string list;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i > 0) list += i + 1 == all.size() ? " or " : ", ";
        list += all[i].id;
    }
    return list;
}

// The first enum parameter set to its last choice, for the examples ("<id>=<choice>").
std::string enumSettingExample() {
    for (const auto& p : parameters())
        if (p.isEnum()) return std::string(p.id) + "=" + std::string(p.choices.back());
    return "horizon_years=10";
}

// The params help: min and max of an enum parameter are its first and last choice.
std::string enumParametersNote() {
    std::string ids;
    for (const auto& p : parameters()) {
        if (!p.isEnum()) continue;
        if (!ids.empty()) ids += ", ";
        ids += p.id;
    }
    if (ids.empty()) return {};
    return "\nFor " + ids + ", min and max are its first and last choice.";
}

std::string generalHelp() {
    return QCoreApplication::translate("CommandLine", "Usage: leverboard [COMMAND] [OPTIONS]\n"
                  "\n"
                  "Leverboard: the economics of AI compute. With no command it opens the dashboard;\n"
                  "the commands below run without a display.\n"
                  "\n"
                  "Commands:\n"
                  "  eval [WORKSPACE]    Evaluate a scenario and print its KPIs as one JSON object\n"
                  "  series [WORKSPACE]  Print one model's time series as CSV (--model %1)\n"
                  "  params              List every parameter as CSV: id,unit,default,min,max\n"
                  "  render WORKSPACE --out DIR [--scenario NAME | --compare]\n"
                  "                      Write every chart as PNG, report.pdf, a CSV per model and\n"
                  "                      kpis.json into DIR (no display needed)\n"
                  "  sensitivity [WORKSPACE] --kpi ID [--band 0.2]\n"
                  "                      Tornado: each parameter at ±band, bars by swing, as JSON\n"
                  "  solve [WORKSPACE] --kpi ID --target Y --param ID\n"
                  "                      Goal seek: the parameter value that reaches Y, as JSON\n"
                  "                      (exit 1 when none does)\n"
                  "  attribute WORKSPACE --kpi ID --from NAME --to NAME\n"
                  "                      Why two scenarios differ: Shapley values per parameter\n"
                  "  map [WORKSPACE] --kpi ID --x ID --y ID [--size 64]\n"
                  "                      The KPI over a grid of two parameters, as CSV\n"
                  "  montecarlo [WORKSPACE] [--samples N] [--seed S] [--dist ID=KIND:a,b[,c]]\n"
                  "                      Monte Carlo over the distributions: percentiles and\n"
                  "                      P(good side) per KPI, as JSON\n"
                  "\n"
                  "Options:\n"
                  "  -h, --help          Show this help; 'leverboard COMMAND --help' for one command\n"
                  "  -v, --version       Show the version\n"
                  "\n"
                  "Exit status:\n"
                  "  0  success\n"
                  "  1  output could not be written (disk full, closed stdout, unwritable file);\n"
                  "     for solve also: no value reaches the target\n"
                  "  2  bad input: an unknown command, option, parameter or value, or a workspace\n"
                  "     that cannot be read; the one line on stderr says what\n"
                  "\n"
                  "Examples:\n"
                  "  leverboard eval --set %2\n"
                  "  leverboard eval plans.leverboard --scenario \"Thin team\"\n"
                  "  leverboard series --model %3 --set horizon_years=10\n"
                  "  leverboard params\n"
                  "  leverboard render plans.leverboard --compare --out board-pack\n"
                  "  leverboard solve --kpi capex.npv --target 0 --param capex.utilization\n")
        .arg(QString::fromStdString(modelChoices()), QString::fromStdString(enumSettingExample()),
             QString::fromUtf8(models().back().id.data(), qsizetype(models().back().id.size())))
        .toStdString();
}

std::string versionText() { return "leverboard " LEVERBOARD_VERSION "\n"; }

// ---- Choosing the scenario -------------------------------------------------

struct ChosenScenario {
    Scenario scenario;
    std::vector<std::string> warnings;  // from loading the workspace
};

ChosenScenario chooseScenario(const QStringList& positional, const QString& scenarioName,
                              bool scenarioGiven, const QStringList& settings) {
    LoadedWorkspace loaded = loadWorkspaceArgument(positional);
    ChosenScenario chosen;
    chosen.warnings = std::move(loaded.warnings);
    const int index = scenarioGiven ? scenarioIndex(loaded, scenarioName) : loaded.workspace.active;
    chosen.scenario = loaded.workspace.scenarios.at(static_cast<std::size_t>(index));
    for (const auto& setting : settings) applySetting(chosen.scenario, setting.toStdString());
    return chosen;
}

// ---- Commands --------------------------------------------------------------

// An engine warning or note as the command line prints it: English, C-locale
// numbers, the same bytes in every locale and language.
std::string machineText(const Message& message) {
    return ui::messageText(message, ui::MessageChannel::Machine).toStdString();
}

std::string toJson(const std::string& scenarioName, const Results& results,
                   const std::vector<std::string>& loadWarnings) {
    nlohmann::ordered_json kpis = nlohmann::ordered_json::object();
    for (const auto& kpi : results.kpis) {
        if (kpi.isText()) kpis[kpi.id] = kpi.text;
        else if (kpi.value) kpis[kpi.id] = *kpi.value;
        else kpis[kpi.id] = nullptr;
    }
    nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
    for (const auto& w : loadWarnings) warnings.push_back(w);
    for (const auto& w : results.warnings) warnings.push_back(machineText(w));
    // Why null KPIs are null: answers of the model, not problems (Results::notes).
    nlohmann::ordered_json notes = nlohmann::ordered_json::array();
    for (const auto& n : results.notes) notes.push_back(machineText(n));

    nlohmann::ordered_json out;
    out["scenario"] = scenarioName;
    out["kpis"] = std::move(kpis);
    out["warnings"] = std::move(warnings);
    out["notes"] = std::move(notes);
    // nlohmann prints doubles in their shortest round-trip form.
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string field = "\"";
    for (char c : text) {
        if (c == '"') field += '"';
        field += c;
    }
    return field + "\"";
}

std::string parametersCsv() {
    std::string csv = "id,unit,default,min,max\n";
    for (const auto& p : parameters()) {
        // formatValue prints an enum parameter's choice names (first and last for min and max).
        csv += csvField(p.id) + ',' + csvField(p.unit) + ',' +
               csvField(formatValue(p.param, p.defaultValue)) + ',' +
               csvField(formatValue(p.param, p.min)) + ',' + csvField(formatValue(p.param, p.max)) +
               '\n';
    }
    return csv;
}

enum class Command { Eval, Series, Params, Render, Sensitivity, Solve, Attribute, Map, MonteCarlo };

struct CommandInfo {
    Command command;
    std::string_view name;
    std::string_view usageArguments;
    std::string_view description;
};

constexpr CommandInfo kCommands[] = {
    {Command::Eval, "eval", "[options] [WORKSPACE]",
     QT_TRANSLATE_NOOP("CommandLine", "Evaluate a scenario and print {\"scenario\", \"kpis\", \"warnings\", \"notes\"}\n"
     "as JSON (notes say why a null KPI is null).\n"
     "Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.")},
    {Command::Series, "series", "[options] [WORKSPACE] --model MODEL",
     QT_TRANSLATE_NOOP("CommandLine", "Print one model's time series as CSV with a header row.\n"
     "Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.")},
    {Command::Params, "params", "[options]",
     QT_TRANSLATE_NOOP("CommandLine", "List every parameter as CSV: id,unit,default,min,max.{enum parameters}")},
    {Command::Render, "render", "[options] WORKSPACE --out DIR",
     QT_TRANSLATE_NOOP("CommandLine", "Render a workspace without a display: into DIR (created if missing) it writes\n"
     "  <page>-<n>-<chart>.png  every chart of every page, 1920x1200 pixels (2x)\n"
     "  report.pdf              the report: title, KPI and parameter tables, every chart\n"
     "  {model csv files}   each model's time series\n"
     "                          (with --compare: a leading \"scenario\" column)\n"
     "  kpis.json               what 'leverboard eval' prints: {\"scenario\", \"kpis\", ...};\n"
     "                          with --compare a JSON array of those objects, one per\n"
     "                          scenario, the active one first\n"
     "and prints the paths written, one per line. Renders the active scenario unless\n"
     "--scenario names another; --compare renders the workspace's comparison set.")},
    {Command::Sensitivity, "sensitivity", "[options] [WORKSPACE] --kpi ID",
     QT_TRANSLATE_NOOP("CommandLine", "Tornado: each numeric parameter in turn at v × (1 − band) and v × (1 + band)\n"
     "(± band × its range when v is 0), clipped to its range, everything else fixed.\n"
     "Prints {\"kpi\", \"value\", \"bars\": [{\"param\", \"low\", \"high\", \"kpi_low\", \"kpi_high\",\n"
     "\"swing\"}, ...]} as JSON, largest swing first (ties in registry order); a bar with a\n"
     "null end (kpi_low or kpi_high null, swing null) comes after the others.\n"
     "Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.")},
    {Command::Solve, "solve", "[options] [WORKSPACE] --kpi ID --target Y --param ID",
     QT_TRANSLATE_NOOP("CommandLine", "Goal seek: the value of the parameter that brings the KPI to Y, searched over the\n"
     "parameter's whole range (64 samples, log-spaced for log parameters, every sign\n"
     "change bisected; a jump is not a root); of several, the one nearest the current\n"
     "value. Prints {\"solved\": true, \"param\", \"value\", \"kpi_value\"} and exits 0, or,\n"
     "when no value reaches Y, {\"solved\": false, \"param\", \"closest\": {\"value\",\n"
     "\"kpi_value\"}, \"message\"} with the sample that came closest, and exits 1.\n"
     "Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.")},
    {Command::Attribute, "attribute", "[options] WORKSPACE --kpi ID --from NAME --to NAME",
     QT_TRANSLATE_NOOP("CommandLine", "Why do two scenarios differ? Shapley values of the KPI over the parameters that\n"
     "differ (the application list is one, \"applications\"). Prints {\"kpi\", \"from\", \"to\",\n"
     "\"kpi_from\", \"kpi_to\", \"exact\", \"contributions\": [{\"param\", \"value\"}, ...]}, largest\n"
     "first, adding up to kpi_to − kpi_from. Exact up to 12 differing parameters; beyond,\n"
     "2,000 seeded random permutations (\"exact\": false), each entry with its \"std_error\".\n"
     "If the KPI is null in some combination, contributions is empty and \"null_coalitions\"\n"
     "lists the first five (the ids taken from --to, joined by \"+\"; \"\" is --from itself),\n"
     "with \"null_coalition_count\" saying how many there were.")},
    {Command::Map, "map", "[options] [WORKSPACE] --kpi ID --x ID --y ID",
     QT_TRANSLATE_NOOP("CommandLine", "The two-parameter map: the KPI over a grid of two parameters' ranges (both ends\n"
     "included, log-spaced for log parameters, a whole-number parameter on its integers\n"
     "when there are at most SIZE), everything else at the scenario's values. Prints CSV:\n"
     "a header row <x id>,<y id>,<KPI id>, then one row per cell, y outer and x inner; an\n"
     "empty KPI field is null. A text KPI (e.g. chips.best) prints its text.\n"
     "Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.")},
    {Command::MonteCarlo, "montecarlo", "[options] [WORKSPACE]",
     QT_TRANSLATE_NOOP("CommandLine", "Monte Carlo over the scenario's distributions (the workspace's, added to or\n"
     "replaced by --dist). Prints {\"samples\", \"seed\", \"kpis\": {\"<id>\": {\"mean\", \"p5\",\n"
     "\"p10\", \"p50\", \"p90\", \"p95\", \"null_share\", \"p_good\"}, ...}} as JSON: p_good is the\n"
     "probability of the good side of the KPI's natural threshold (null without one).\n"
     "The same arguments give the same bytes on any number of threads.\n"
     "Without WORKSPACE the built-in presets are used and Base (the defaults) is evaluated.")},
};

// A command's description with the registries' lists filled in.
std::string descriptionOf(const CommandInfo& info) {
    std::string text = translated(std::string(info.description).c_str()).toStdString();
    const auto fill = [&text](std::string_view placeholder, const std::string& value) {
        const auto at = text.find(placeholder);
        if (at != std::string::npos) text.replace(at, placeholder.size(), value);
    };
    fill("{enum parameters}", enumParametersNote());
    std::string csvFiles;
    for (const ModelSpec& model : models())
        csvFiles += (csvFiles.empty() ? "" : ", ") + std::string(model.id) + ".csv";
    fill("{model csv files}", csvFiles);
    return text;
}

const CommandInfo* findCommand(std::string_view name) {
    for (const auto& info : kCommands)
        if (info.name == name) return &info;
    return nullptr;
}

// ---- render ------------------------------------------------------------------

struct RenderOptions {
    QStringList positional;
    bool scenarioGiven = false;
    QString scenarioName;
    bool compare = false;
    bool outGiven = false;
    QString out;
    QString pageSize;
};

int runRender(const RenderOptions& options) {
    const std::string seeHelp = QCoreApplication::translate("CommandLine", "; see 'leverboard render --help'").toStdString();
    if (options.scenarioGiven && options.compare)
        throw BadInput{QCoreApplication::translate("CommandLine", "--scenario and --compare cannot be combined: render one scenario, or the "
                          "workspace's comparison set").toStdString() +
                       seeHelp};
    if (options.positional.isEmpty()) throw BadInput{QCoreApplication::translate("CommandLine", "render needs a WORKSPACE file").toStdString() + seeHelp};
    if (!options.outGiven || options.out.isEmpty())
        throw BadInput{QCoreApplication::translate("CommandLine", "render needs --out DIR, the directory to write into").toStdString() + seeHelp};
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    if (options.pageSize.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0) pageSize = QPageSize::Letter;
    else if (options.pageSize.compare(QLatin1String("a4"), Qt::CaseInsensitive) != 0)
        throw BadInput{QCoreApplication::translate("CommandLine", "unknown page size %1 for --page-size (allowed: a4, letter)")
                           .arg(QString::fromStdString(inQuotes(options.pageSize.toStdString())))
                           .toStdString()};

    LoadedWorkspace loaded = loadWorkspaceArgument(options.positional);
    const int index =
        options.scenarioGiven ? scenarioIndex(loaded, options.scenarioName) : loaded.workspace.active;
    QString error;
    if (!prepareOutputDirectory(options.out, &error)) throw BadInput{error.toStdString()};
    for (const auto& w : loaded.warnings) writeError("warning: " + w);

    RenderJob job;
    job.workspace = loaded.workspace;
    job.workspaceFileName = options.positional.first();
    job.scenarioIndex = index;
    job.compare = options.compare;
    job.directory = options.out;
    job.pageSize = pageSize;
    HeadlessRender render(job);
    QStringList written;
    if (!render.writeFiles(&written, &error)) throw IoError{error.toStdString()};

    // kpis.json: the object `eval` prints, or one per scenario in compare mode.
    std::string kpis;
    if (!options.compare) {
        const ui::ScenarioView& view = render.views().front();
        kpis = toJson(view.name.toStdString(), *view.results, loaded.warnings);
    } else {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const ui::ScenarioView& view : render.views())
            array.push_back(nlohmann::ordered_json::parse(toJson(view.name.toStdString(), *view.results, loaded.warnings)));
        kpis = array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    }
    const QString kpisPath = QDir(options.out).filePath(QStringLiteral("kpis.json"));
    if (!ui::chart_export::writeFile(kpisPath, QByteArray::fromStdString(kpis), &error))
        throw IoError{error.toStdString()};
    written.append(kpisPath);

    std::string listing;
    for (const QString& path : written) listing += QDir::toNativeSeparators(path).toStdString() + "\n";
    writeOut(listing);
    return kExitOk;
}

// The analysis commands (AnalysisCommands.cpp) parse their own options.
std::optional<AnalysisCommand> analysisCommandOf(Command command) {
    switch (command) {
    case Command::Sensitivity: return AnalysisCommand::Sensitivity;
    case Command::Solve: return AnalysisCommand::Solve;
    case Command::Attribute: return AnalysisCommand::Attribute;
    case Command::Map: return AnalysisCommand::Map;
    case Command::MonteCarlo: return AnalysisCommand::MonteCarlo;
    case Command::Eval:
    case Command::Series:
    case Command::Params:
    case Command::Render: break;
    }
    return std::nullopt;
}

int runCommand(const CommandInfo& info, const QStringList& arguments) {
    if (const auto analysis = analysisCommandOf(info.command))
        return runAnalysisCommand(*analysis, {info.name, info.usageArguments, descriptionOf(info)}, arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromStdString(descriptionOf(info)));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QCoreApplication::translate("CommandLine", "Evaluate the scenario called NAME instead of the active one."),
        QStringLiteral("NAME"));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        QCoreApplication::translate("CommandLine", "Override one parameter (repeatable), e.g. --set horizon_years=10 or --set %1. "
               "'leverboard params' lists ids and ranges.")
            .arg(QString::fromStdString(enumSettingExample())),
        QStringLiteral("ID=VALUE"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        QCoreApplication::translate("CommandLine", "The model whose series to print: %1.").arg(QString::fromStdString(modelList())),
        QStringLiteral("MODEL"));

    const QCommandLineOption compareOption(
        QStringLiteral("compare"),
        QCoreApplication::translate("CommandLine", "Render the comparison set saved in the workspace (the active scenario first)."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("CommandLine", "The directory to write into (created if missing)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                            QCoreApplication::translate("CommandLine", "The report's paper: a4 (default) or letter."),
                                            QStringLiteral("SIZE"), QStringLiteral("a4"));

    parser.addOption(helpOption);
    const bool renders = info.command == Command::Render;
    const bool evaluates = info.command != Command::Params;
    if (evaluates) {
        parser.addOption(scenarioOption);
        if (!renders) parser.addOption(setOption);
        parser.addPositionalArgument(
            QStringLiteral("WORKSPACE"),
            renders ? QCoreApplication::translate("CommandLine", "A .leverboard workspace file.") : QCoreApplication::translate("CommandLine", "A .leverboard workspace file (optional)."),
            renders ? QStringLiteral("WORKSPACE") : QStringLiteral("[WORKSPACE]"));
    }
    if (renders) parser.addOptions({compareOption, outOption, pageSizeOption});
    if (info.command == Command::Series) parser.addOption(modelOption);

    const std::string seeHelp = seeHelpFor(info.name);
    parseOrThrow(parser, arguments, info.name);
    if (parser.isSet(helpOption)) {
        writeOut(commandHelp(info.name, info.usageArguments, parser));
        return kExitOk;
    }

    if (info.command == Command::Params) {
        if (!parser.positionalArguments().isEmpty())
            throw BadInput{QCoreApplication::translate("CommandLine", "params takes no arguments, got %1")
                               .arg(QString::fromStdString(inQuotes(parser.positionalArguments().first().toStdString())))
                               .toStdString() +
                           seeHelp};
        writeOut(parametersCsv());
        return kExitOk;
    }

    if (renders) {
        RenderOptions options;
        options.positional = parser.positionalArguments();
        options.scenarioGiven = parser.isSet(scenarioOption);
        options.scenarioName = parser.value(scenarioOption);
        options.compare = parser.isSet(compareOption);
        options.outGiven = parser.isSet(outOption);
        options.out = parser.value(outOption);
        options.pageSize = parser.value(pageSizeOption);
        return runRender(options);
    }

    const ModelSpec* model = nullptr;
    if (info.command == Command::Series) {
        if (!parser.isSet(modelOption)) throw BadInput{QCoreApplication::translate("CommandLine", "series needs --model %1").arg(QString::fromStdString(modelChoices())).toStdString()};
        const std::string name = parser.value(modelOption).toStdString();
        model = findModel(name);
        if (!model)
            throw BadInput{QCoreApplication::translate("CommandLine", "unknown model %1 for --model (allowed: %2)")
                               .arg(QString::fromStdString(inQuotes(name)), QString::fromStdString(modelChoices()))
                               .toStdString()};
    }

    const ChosenScenario chosen =
        chooseScenario(parser.positionalArguments(), parser.value(scenarioOption),
                       parser.isSet(scenarioOption), parser.values(setOption));
    const Results results = evaluate(chosen.scenario);

    if (info.command == Command::Eval) {
        writeOut(toJson(chosen.scenario.name, results, chosen.warnings));
        return kExitOk;
    }
    // stdout is the CSV alone; warnings go to stderr where they cannot corrupt it.
    for (const auto& w : chosen.warnings) writeError("warning: " + w);
    for (const auto& w : results.warnings) writeError("warning: " + machineText(w));
    for (const auto& n : results.notes) writeError("note: " + machineText(n));
    writeOut(toCsv(seriesTable(results, *model)));
    return kExitOk;
}

// `leverboard --help [COMMAND]`, `leverboard --version`.
int runTopLevelOption(const QStringList& arguments) {
    const QString option = arguments.value(1);
    const bool wantsHelp = option == QLatin1String("--help") || option == QLatin1String("-h");
    if (!wantsHelp) {
        if (arguments.size() > 2)
            throw BadInput{QCoreApplication::translate("CommandLine", "--version takes no arguments; see 'leverboard --help'").toStdString()};
        writeOut(versionText());
        return kExitOk;
    }
    if (arguments.size() == 2) {
        writeOut(generalHelp());
        return kExitOk;
    }
    const std::string name = arguments.value(2).toStdString();
    if (const CommandInfo* info = findCommand(name); info && arguments.size() == 3)
        return runCommand(*info, {arguments.value(0), QStringLiteral("--help")});
    throw BadInput{QCoreApplication::translate("CommandLine", "unknown command %1 for --help; see 'leverboard --help'")
                       .arg(QString::fromStdString(inQuotes(name)))
                       .toStdString()};
}

// A bare lower-case word that is not a file is a mistyped command ("evl"):
// answer it here rather than open a window, which fails without a display.
bool looksLikeCommandWord(std::string_view word) {
    if (word.empty() || word.front() < 'a' || word.front() > 'z') return false;
    const bool wordCharacters = std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    return wordCharacters &&
           !QFile::exists(QString::fromLocal8Bit(word.data(), qsizetype(word.size())));
}

}  // namespace

bool isHeadlessInvocation(int argc, char** argv) {
    if (argc < 2) return false;
    const std::string_view first = argv[1];
    return findCommand(first) != nullptr || first == "--help" || first == "-h" || first == "--version" ||
           first == "-v" || looksLikeCommandWord(first);
}

int run(int argc, char** argv) {
    guardClosedStandardDescriptors();
    // Like every Unix filter: `leverboard params | head -1` ends quietly when
    // the reader goes away, even if our parent ignored SIGPIPE.
    std::signal(SIGPIPE, SIG_DFL);
    // A QCoreApplication, never a QGuiApplication: these commands must run with
    // no display. Only render draws, on the offscreen platform when there is none.
    const bool renders = argc >= 2 && std::string_view(argv[1]) == "render";
    const std::unique_ptr<QCoreApplication> app =
        renders ? createRenderApplication(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leverboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEVERBOARD_VERSION));
    // Help and error messages follow the language (LANGUAGE / LC_ALL / LC_MESSAGES / LANG);
    // the system's reasons in them ("No space left on device") stay English. Numbers never
    // depend on the locale (core/text/MachineNumber.h), so LC_NUMERIC stays.
    ui::applyLanguage(ui::Language::System);
    std::setlocale(LC_MESSAGES, "C");
    const int exitCode = runArguments(QCoreApplication::arguments());
    try {
        closeStdout();
    } catch (const IoError& error) {
        writeError(error.message);
        return exitCode == kExitOk ? kExitIoError : exitCode;
    }
    return exitCode;
}

int runArguments(const QStringList& arguments) {
    try {
        if (arguments.size() < 2) throw BadInput{QCoreApplication::translate("CommandLine", "no command given; see 'leverboard --help'").toStdString()};
        const QString first = arguments.at(1);
        if (first.startsWith(QLatin1Char('-'))) {
            const bool known = first == QLatin1String("--help") || first == QLatin1String("-h") ||
                               first == QLatin1String("--version") || first == QLatin1String("-v");
            if (!known)
                throw BadInput{QCoreApplication::translate("CommandLine", "unknown option %1; see 'leverboard --help'")
                                   .arg(QString::fromStdString(inQuotes(first.toStdString())))
                                   .toStdString()};
            return runTopLevelOption(arguments);
        }
        const CommandInfo* info = findCommand(first.toStdString());
        if (!info)
            throw BadInput{QCoreApplication::translate("CommandLine", "unknown command %1; see 'leverboard --help'")
                               .arg(QString::fromStdString(inQuotes(first.toStdString())))
                               .toStdString()};
        // Drop the command word so Qt's parser sees the program name then the options.
        QStringList commandArguments = arguments;
        commandArguments.removeAt(1);
        return runCommand(*info, commandArguments);
    } catch (const BadInput& error) {
        writeError(error.message);
        return kExitBadInput;
    } catch (const IoError& error) {
        writeError(error.message);
        return kExitIoError;
    }
}

}  // namespace leverboard::cli
