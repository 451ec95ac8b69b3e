#include "AnalysisCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "CliCommon.h"
#include "analysis/Attribution.h"
#include "analysis/GoalSeek.h"
#include "analysis/KpiProbe.h"
#include "analysis/MonteCarlo.h"
#include "analysis/MonteCarloJson.h"
#include "analysis/ParameterMap.h"
#include "analysis/Sampling.h"
#include "analysis/Sensitivity.h"
#include "params/KpiRegistry.h"
#include "params/ParameterRegistry.h"
#include "text/MachineNumber.h"

namespace leverboard::cli {
namespace {

QString q(std::string_view text) { return QString::fromStdString(inQuotes(text)); }
QString qs(const QString& text) { return q(text.toStdString()); }

constexpr int kExitNotSolved = 1;  // solve: no value reaches the target
constexpr int kMinMapSize = 2;
constexpr int kMaxMapSize = 256;
constexpr long long kMaxSamples = 1'000'000;

// ---- Machine output: one JSON line, numbers by text::shortestNumber ---------

using text::jsonNumber;
using text::jsonString;

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string field = "\"";
    for (const char c : text) {
        if (c == '"') field += '"';
        field += c;
    }
    return field + "\"";
}

// ---- Reading the options --------------------------------------------------

std::optional<double> parseNumber(const QString& text) {
    std::string s = text.trimmed().toStdString();
    std::string_view view = s;
    if (!view.empty() && view.front() == '+') view.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(view.data(), view.data() + view.size(), value);
    if (view.empty() || error != std::errc{} || end != view.data() + view.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::uint64_t> parseWhole(const QString& text) {
    const std::string s = text.trimmed().toStdString();
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || error != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return value;
}

// The one numeric KPI --kpi names (text KPIs allowed only where the command says so).
std::string checkedKpi(const Scenario& scenario, const QString& id, bool textAllowed) {
    const std::string kpi = id.toStdString();
    const KpiSpec* spec = findKpiSpec(kpi);
    const std::string problem = analysis::checkNumericKpi(scenario, kpi);
    if (!spec || (!problem.empty() && spec->format != KpiFormat::Text))
        throw BadInput{QCoreApplication::translate("CommandLine", "unknown KPI %1 for --kpi ('leverboard eval' lists every KPI id)").arg(q(kpi)).toStdString()};
    if (spec->format == KpiFormat::Text && !textAllowed)
        throw BadInput{QCoreApplication::translate("CommandLine", "%1 is a text KPI: --kpi needs a numeric one").arg(q(kpi)).toStdString()};
    return kpi;
}

ParamId checkedParameter(const QString& id, const char* option) {
    const std::string name = id.toStdString();
    const auto param = findParameter(name);
    if (!param)
        throw BadInput{QCoreApplication::translate("CommandLine", "unknown parameter %1 for %2 ('leverboard params' lists every id)")
                           .arg(q(name), QString::fromLatin1(option))
                           .toStdString()};
    if (!analysis::checkAnalysableParameter(name).empty())
        throw BadInput{QCoreApplication::translate("CommandLine", "%1 is a choice, not a number: %2 needs a numeric parameter")
                           .arg(q(name), QString::fromLatin1(option))
                           .toStdString()};
    return *param;
}

void require(const QCommandLineParser& parser, const QCommandLineOption& option, std::string_view command,
             const char* what) {
    if (parser.isSet(option) && !parser.value(option).isEmpty()) return;
    throw BadInput{QCoreApplication::translate("CommandLine", "%1 needs %2")
                       .arg(QString::fromUtf8(command.data(), qsizetype(command.size())), QString::fromLatin1(what))
                       .toStdString() +
                   seeHelpFor(command)};
}

// ---- The commands ------------------------------------------------------------

std::string sensitivityJson(const analysis::SensitivityResult& result) {
    std::string out = "{\"kpi\": " + jsonString(result.kpi) + ", \"value\": " + jsonNumber(result.value) +
                      ", \"bars\": [";
    bool first = true;
    for (const auto& bar : result.bars) {
        if (!first) out += ", ";
        first = false;
        out += "{\"param\": " + jsonString(spec(bar.param).id) + ", \"low\": " + text::shortestNumber(bar.low) +
               ", \"high\": " + text::shortestNumber(bar.high) + ", \"kpi_low\": " + jsonNumber(bar.kpiLow) +
               ", \"kpi_high\": " + jsonNumber(bar.kpiHigh) + ", \"swing\": " + jsonNumber(bar.swing) + "}";
    }
    return out + "]}\n";
}

std::string goalSeekJson(const analysis::GoalSeekResult& result) {
    const std::string param = jsonString(spec(result.param).id);
    if (result.solved)
        return "{\"solved\": true, \"param\": " + param + ", \"value\": " + text::shortestNumber(result.value) +
               ", \"kpi_value\": " + jsonNumber(result.kpiValue) + "}\n";
    return "{\"solved\": false, \"param\": " + param + ", \"closest\": {\"value\": " +
           jsonNumber(result.closestValue) + ", \"kpi_value\": " + jsonNumber(result.closestKpi) +
           "}, \"message\": " + jsonString(result.message) + "}\n";
}

std::string attributionJson(const analysis::AttributionResult& result, const std::string& from,
                            const std::string& to) {
    std::string out = "{\"kpi\": " + jsonString(result.kpi) + ", \"from\": " + jsonString(from) +
                      ", \"to\": " + jsonString(to) + ", \"kpi_from\": " + jsonNumber(result.kpiFrom) +
                      ", \"kpi_to\": " + jsonNumber(result.kpiTo) +
                      ", \"exact\": " + (result.exact ? "true" : "false") + ", \"contributions\": [";
    bool first = true;
    for (const auto& c : result.contributions) {
        if (!first) out += ", ";
        first = false;
        out += "{\"param\": " + jsonString(c.param) + ", \"value\": " + text::shortestNumber(c.value);
        if (c.stdError) out += ", \"std_error\": " + text::shortestNumber(*c.stdError);
        out += "}";
    }
    out += "]";
    if (result.nullCoalitionCount > 0) {
        out += ", \"null_coalitions\": [";
        for (std::size_t i = 0; i < result.nullCoalitions.size(); ++i)
            out += (i ? ", " : "") + jsonString(result.nullCoalitions[i]);
        out += "], \"null_coalition_count\": " + std::to_string(result.nullCoalitionCount);
    }
    return out + "}\n";
}

std::string mapCsv(const analysis::ParameterMapResult& result) {
    std::string csv = csvField(spec(result.x).id) + ',' + csvField(spec(result.y).id) + ',' +
                      csvField(result.kpi) + '\n';
    const std::size_t columns = result.xs.size();
    for (std::size_t iy = 0; iy < result.ys.size(); ++iy)
        for (std::size_t ix = 0; ix < columns; ++ix) {
            const std::size_t cell = iy * columns + ix;
            csv += text::shortestNumber(result.xs[ix]) + ',' + text::shortestNumber(result.ys[iy]) + ',';
            if (result.textKpi) csv += csvField(result.texts[cell]);
            else if (result.values[cell]) csv += text::shortestNumber(*result.values[cell]);
            csv += '\n';
        }
    return csv;
}

}  // namespace

int runAnalysisCommand(AnalysisCommand command, const AnalysisCommandText& text, const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromStdString(text.description));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), QCoreApplication::translate("CommandLine", "Use the scenario called NAME instead of the active one."), QStringLiteral("NAME"));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        QCoreApplication::translate("CommandLine", "Override one parameter first (repeatable), e.g. --set capex.wacc=0.08. "
           "'leverboard params' lists ids and ranges."),
        QStringLiteral("ID=VALUE"));
    const bool manyKpis = command == AnalysisCommand::MonteCarlo;
    const QCommandLineOption kpiOption(
        QStringLiteral("kpi"),
        manyKpis ? QCoreApplication::translate("CommandLine", "Summarise this KPI (repeatable); without it, every numeric KPI.")
                 : (command == AnalysisCommand::Map ? QCoreApplication::translate("CommandLine", "The KPI id, e.g. capex.npv (a text KPI such as chips.best is drawn as categories).")
                                                    : QCoreApplication::translate("CommandLine", "The numeric KPI id, e.g. capex.npv.")),
        QStringLiteral("ID"));
    const QCommandLineOption bandOption(QStringLiteral("band"),
                                        QCoreApplication::translate("CommandLine", "The band β, in (0, 1]: each parameter at v × (1 ± β). Default 0.2."),
                                        QStringLiteral("BETA"), QStringLiteral("0.2"));
    const QCommandLineOption targetOption(QStringLiteral("target"), QCoreApplication::translate("CommandLine", "The KPI value to reach."), QStringLiteral("Y"));
    const QCommandLineOption paramOption(QStringLiteral("param"), QCoreApplication::translate("CommandLine", "The parameter to move, e.g. capex.utilization."),
                                         QStringLiteral("ID"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QCoreApplication::translate("CommandLine", "The scenario to start from (A)."), QStringLiteral("NAME"));
    const QCommandLineOption toOption(QStringLiteral("to"), QCoreApplication::translate("CommandLine", "The scenario to explain (B)."), QStringLiteral("NAME"));
    const QCommandLineOption xOption(QStringLiteral("x"), QCoreApplication::translate("CommandLine", "The parameter along x, e.g. capex.utilization."), QStringLiteral("ID"));
    const QCommandLineOption yOption(QStringLiteral("y"), QCoreApplication::translate("CommandLine", "The parameter along y, e.g. capex.rental_price."), QStringLiteral("ID"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QCoreApplication::translate("CommandLine", "Grid points per axis, 2 to 256. Default 64."),
                                        QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QCoreApplication::translate("CommandLine", "Samples to draw, 1 to 1000000. Default 10000."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QCoreApplication::translate("CommandLine", "The random seed, a whole number. Default 1."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption distOption(
        QStringLiteral("dist"),
        QCoreApplication::translate("CommandLine", "A distribution for one parameter (repeatable; adds to or replaces the workspace's): "
           "ID=uniform:LOW,HIGH, ID=triangular:LOW,MODE,HIGH, ID=normal:P5,P95 or ID=lognormal:P5,P95, "
           "e.g. --dist capex.utilization=uniform:0.55,0.9."),
        QStringLiteral("ID=KIND:a,b[,c]"));

    parser.addOption(helpOption);
    const bool attribute = command == AnalysisCommand::Attribute;
    if (!attribute) parser.addOptions({scenarioOption, setOption});
    parser.addOption(kpiOption);
    switch (command) {
    case AnalysisCommand::Sensitivity: parser.addOption(bandOption); break;
    case AnalysisCommand::Solve: parser.addOptions({targetOption, paramOption}); break;
    case AnalysisCommand::Attribute: parser.addOptions({fromOption, toOption}); break;
    case AnalysisCommand::Map: parser.addOptions({xOption, yOption, sizeOption}); break;
    case AnalysisCommand::MonteCarlo: parser.addOptions({samplesOption, seedOption, distOption}); break;
    }
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 attribute ? QCoreApplication::translate("CommandLine", "A .leverboard workspace file.") : QCoreApplication::translate("CommandLine", "A .leverboard workspace file (optional)."),
                                 attribute ? QStringLiteral("WORKSPACE") : QStringLiteral("[WORKSPACE]"));

    parseOrThrow(parser, arguments, text.name);
    if (parser.isSet(helpOption)) {
        writeOut(commandHelp(text.name, text.usageArguments, parser));
        return kExitOk;
    }

    // Options that need no workspace are checked first.
    if (!manyKpis) require(parser, kpiOption, text.name, "--kpi ID");
    double band = 0.2;
    if (command == AnalysisCommand::Sensitivity) {
        const auto value = parseNumber(parser.value(bandOption));
        if (!value || !(*value > 0 && *value <= 1))
            throw BadInput{QCoreApplication::translate("CommandLine", "--band %1 must be a number in (0, 1]").arg(qs(parser.value(bandOption))).toStdString()};
        band = *value;
    }
    double target = 0;
    if (command == AnalysisCommand::Solve) {
        require(parser, targetOption, text.name, "--target Y");
        require(parser, paramOption, text.name, "--param ID");
        const auto value = parseNumber(parser.value(targetOption));
        if (!value) throw BadInput{QCoreApplication::translate("CommandLine", "--target %1 is not a number").arg(qs(parser.value(targetOption))).toStdString()};
        target = *value;
    }
    int size = 64;
    if (command == AnalysisCommand::Map) {
        require(parser, xOption, text.name, "--x ID");
        require(parser, yOption, text.name, "--y ID");
        const auto value = parseWhole(parser.value(sizeOption));
        if (!value || *value < std::uint64_t(kMinMapSize) || *value > std::uint64_t(kMaxMapSize))
            throw BadInput{QCoreApplication::translate("CommandLine", "--size %1 is out of range: it must be a whole number from %2 to %3")
                               .arg(qs(parser.value(sizeOption)))
                               .arg(kMinMapSize)
                               .arg(kMaxMapSize)
                               .toStdString()};
        size = int(*value);
    }
    if (attribute) {
        require(parser, fromOption, text.name, "--from NAME");
        require(parser, toOption, text.name, "--to NAME");
        if (parser.positionalArguments().isEmpty())
            throw BadInput{QCoreApplication::translate("CommandLine", "attribute needs a WORKSPACE file").toStdString() + seeHelpFor(text.name)};
    }

    LoadedWorkspace loaded = loadWorkspaceArgument(parser.positionalArguments());
    for (const auto& w : loaded.warnings) writeError("warning: " + w);

    if (attribute) {
        const Scenario& from = loaded.workspace.scenarios.at(std::size_t(scenarioIndex(loaded, parser.value(fromOption))));
        const Scenario& to = loaded.workspace.scenarios.at(std::size_t(scenarioIndex(loaded, parser.value(toOption))));
        const QString id = parser.value(kpiOption);
        // A per-application KPI needs the application in one of the two.
        const std::string kpi = checkedKpi(analysis::checkNumericKpi(from, id.toStdString()).empty() ? from : to, id, false);
        writeOut(attributionJson(analysis::attribute(from, to, kpi), from.name, to.name));
        return kExitOk;
    }

    const int index = parser.isSet(scenarioOption) ? scenarioIndex(loaded, parser.value(scenarioOption))
                                                   : loaded.workspace.active;
    Scenario scenario = loaded.workspace.scenarios.at(std::size_t(index));
    for (const QString& setting : parser.values(setOption)) applySetting(scenario, setting.toStdString());

    switch (command) {
    case AnalysisCommand::Sensitivity: {
        const std::string kpi = checkedKpi(scenario, parser.value(kpiOption), false);
        analysis::SensitivityOptions options;
        options.band = band;
        writeOut(sensitivityJson(analysis::sensitivity(scenario, kpi, options)));
        return kExitOk;
    }
    case AnalysisCommand::Solve: {
        const std::string kpi = checkedKpi(scenario, parser.value(kpiOption), false);
        const ParamId param = checkedParameter(parser.value(paramOption), "--param");
        const analysis::GoalSeekResult result = analysis::goalSeek(scenario, kpi, target, param);
        writeOut(goalSeekJson(result));
        return result.solved ? kExitOk : kExitNotSolved;
    }
    case AnalysisCommand::Map: {
        const std::string kpi = checkedKpi(scenario, parser.value(kpiOption), true);
        const ParamId x = checkedParameter(parser.value(xOption), "--x");
        const ParamId y = checkedParameter(parser.value(yOption), "--y");
        if (x == y)
            throw BadInput{QCoreApplication::translate("CommandLine", "--x and --y are both %1: the map needs two different parameters").arg(q(spec(x).id)).toStdString()};
        analysis::MapOptions options;
        options.size = size;
        writeOut(mapCsv(analysis::parameterMap(scenario, kpi, x, y, options)));
        return kExitOk;
    }
    case AnalysisCommand::MonteCarlo: {
        analysis::MonteCarloOptions options;
        const auto samples = parseWhole(parser.value(samplesOption));
        if (!samples || *samples < 1 || *samples > std::uint64_t(kMaxSamples))
            throw BadInput{QCoreApplication::translate("CommandLine", "--samples %1 is out of range: it must be a whole number from 1 to %2")
                               .arg(qs(parser.value(samplesOption)))
                               .arg(kMaxSamples)
                               .toStdString()};
        const auto seed = parseWhole(parser.value(seedOption));
        if (!seed)
            throw BadInput{QCoreApplication::translate("CommandLine", "--seed %1 is not a whole number from 0 to 18446744073709551615").arg(qs(parser.value(seedOption))).toStdString()};
        options.samples = std::size_t(*samples);
        options.seed = *seed;
        options.keepValues = false;
        for (const QString& id : parser.values(kpiOption)) options.kpis.push_back(checkedKpi(scenario, id, false));
        for (const QString& argument : parser.values(distOption)) {
            const analysis::DistributionArgument dist = analysis::parseDistributionArgument(argument.toStdString());
            if (!dist.error.empty()) throw BadInput{"--dist " + dist.error};
            scenario.uncertainty.set(dist.param, dist.distribution);
        }
        if (const std::string error = analysis::validateUncertainty(scenario.uncertainty); !error.empty())
            throw BadInput{error};
        writeOut(analysis::monteCarloJson(analysis::runMonteCarlo(scenario, options)));
        return kExitOk;
    }
    case AnalysisCommand::Attribute: break;
    }
    return kExitOk;
}

}  // namespace leverboard::cli
