// The analysis commands of the real binary (sensitivity, solve, attribute, map,
// montecarlo): their JSON and CSV against the core calls on the same scenario,
// exit codes, the one error line, and the same bytes in every locale and run.

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "CliRunner.h"
#include "analysis/Attribution.h"
#include "analysis/GoalSeek.h"
#include "analysis/MonteCarlo.h"
#include "analysis/MonteCarloJson.h"
#include "analysis/ParameterMap.h"
#include "analysis/Sensitivity.h"
#include "params/ParameterRegistry.h"
#include "scenario/Workspace.h"
#include "scenario/WorkspaceJson.h"
#include "text/MachineNumber.h"

using namespace leverboard;
using cli_test::Run;

namespace {

const QString kGerman = QStringLiteral("LC_ALL=de_DE.UTF-8");
const QString kC = QStringLiteral("LC_ALL=C.UTF-8");

Run runIn(const QString& locale, const QStringList& arguments) {
    cli_test::RunOptions options;
    options.environment = {locale, QStringLiteral("LANGUAGE=")};
    return cli_test::runCli(arguments, options);
}

Run run(const QStringList& arguments) { return runIn(kC, arguments); }

nlohmann::json parse(const Run& r) { return nlohmann::json::parse(r.out.toStdString()); }

std::optional<double> optionalNumber(const nlohmann::json& value) {
    if (value.is_null()) return std::nullopt;
    return value.get<double>();
}

// Base, the defaults: what the commands use without a workspace.
Scenario base() { return defaultWorkspace().scenarios.at(0); }

}  // namespace

class TestCliAnalysis : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString workspace_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        workspace_ = dir_.filePath(QStringLiteral("presets.leverboard"));
        QFile file(workspace_);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(serializeWorkspace(defaultWorkspace())));
    }

    void sensitivityMatchesTheCore() {
        const Run r = run({"sensitivity", "--kpi", "capex.npv", "--band", "0.1", "--set", "capex.wacc=0.08"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.endsWith("}\n"));
        Scenario scenario = base();
        scenario[ParamId::CapexWacc] = 0.08;
        analysis::SensitivityOptions options;
        options.band = 0.1;
        const auto expected = analysis::sensitivity(scenario, "capex.npv", options);
        const auto json = parse(r);
        QCOMPARE(json["kpi"].get<std::string>(), std::string("capex.npv"));
        QCOMPARE(optionalNumber(json["value"]), expected.value);
        QCOMPARE(json["bars"].size(), expected.bars.size());
        for (std::size_t i = 0; i < expected.bars.size(); ++i) {
            const auto& bar = json["bars"][i];
            const auto& want = expected.bars[i];
            QCOMPARE(bar["param"].get<std::string>(), std::string(spec(want.param).id));
            QCOMPARE(bar["low"].get<double>(), want.low);
            QCOMPARE(bar["high"].get<double>(), want.high);
            QCOMPARE(optionalNumber(bar["kpi_low"]), want.kpiLow);
            QCOMPARE(optionalNumber(bar["kpi_high"]), want.kpiHigh);
            QCOMPARE(optionalNumber(bar["swing"]), want.swing);
            const std::vector<std::string> keys{"param", "low", "high", "kpi_low", "kpi_high", "swing"};
            std::vector<std::string> actual;
            for (auto it = bar.begin(); it != bar.end(); ++it) actual.push_back(it.key());
            std::sort(actual.begin(), actual.end());
            std::vector<std::string> sorted = keys;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(actual, sorted);
        }
    }

    // A null end prints null and the bar comes last.
    void sensitivityNullEnds() {
        const Run r = run({"sensitivity", "--kpi", "capex.payback_years", "--set", "capex.rental_price=6"});
        QCOMPARE(r.exitCode, 0);
        const auto bars = parse(r)["bars"];
        bool seenNull = false;
        for (const auto& bar : bars) {
            if (bar["swing"].is_null()) {
                seenNull = true;
                QVERIFY(bar["kpi_low"].is_null() || bar["kpi_high"].is_null());
            } else {
                QVERIFY(!seenNull);
            }
        }
        QVERIFY(seenNull);
    }

    void solveSolvedAndNot() {
        const Run solved = run({"solve", "--kpi", "capex.npv", "--target", "0", "--param", "capex.utilization"});
        QCOMPARE(solved.exitCode, 0);
        const auto expected = analysis::goalSeek(base(), "capex.npv", 0, ParamId::CapexUtilization);
        QCOMPARE(solved.out.toStdString(), "{\"solved\": true, \"param\": \"capex.utilization\", \"value\": " +
                                               text::shortestNumber(expected.value) + ", \"kpi_value\": " +
                                               text::shortestNumber(*expected.kpiValue) + "}\n");

        const Run none = run({"solve", "--kpi", "capex.npv", "--target", "1e12", "--param", "capex.utilization"});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.isEmpty());
        const auto json = parse(none);
        QCOMPARE(json["solved"].get<bool>(), false);
        QCOMPARE(json["param"].get<std::string>(), std::string("capex.utilization"));
        QCOMPARE(json["closest"]["value"].get<double>(), 1.0);
        const auto miss = analysis::goalSeek(base(), "capex.npv", 1e12, ParamId::CapexUtilization);
        QCOMPARE(json["closest"]["kpi_value"].get<double>(), *miss.closestKpi);
        QCOMPARE(json["message"].get<std::string>(),
                 std::string("no value of capex.utilization in [0.05, 1] reaches capex.npv = 1e+12"));
    }

    void attributeMatchesTheCore() {
        const Workspace presets = defaultWorkspace();
        const Scenario& from = presets.scenarios.at(0);
        const Scenario& to = presets.scenarios.at(1);
        const Run r = run({"attribute", workspace_, "--kpi", "capex.npv", "--from", QString::fromStdString(from.name),
                           "--to", QString::fromStdString(to.name)});
        QCOMPARE(r.exitCode, 0);
        const auto expected = analysis::attribute(from, to, "capex.npv");
        const auto json = parse(r);
        QCOMPARE(json["from"].get<std::string>(), from.name);
        QCOMPARE(json["to"].get<std::string>(), to.name);
        QCOMPARE(optionalNumber(json["kpi_from"]), expected.kpiFrom);
        QCOMPARE(optionalNumber(json["kpi_to"]), expected.kpiTo);
        QCOMPARE(json["contributions"].size(), expected.contributions.size());
        QVERIFY(!expected.contributions.empty());
        for (std::size_t i = 0; i < expected.contributions.size(); ++i) {
            QCOMPARE(json["contributions"][i]["param"].get<std::string>(), expected.contributions[i].param);
            QCOMPARE(json["contributions"][i]["value"].get<double>(), expected.contributions[i].value);
            QVERIFY(!json["contributions"][i].contains("std_error"));
        }
        QVERIFY(!json.contains("null_coalitions"));
    }

    // A null KPI in some coalition: no contributions, the null coalitions listed.
    void attributeNullCoalitions() {
        const Workspace presets = defaultWorkspace();
        const Run r = run({"attribute", workspace_, "--kpi", "capex.payback_years", "--from",
                           QString::fromStdString(presets.scenarios.at(0).name), "--to",
                           QString::fromStdString(presets.scenarios.at(2).name)});
        QCOMPARE(r.exitCode, 0);
        const auto json = parse(r);
        const auto expected = analysis::attribute(presets.scenarios.at(0), presets.scenarios.at(2), "capex.payback_years");
        QCOMPARE(json["contributions"].size(), expected.contributions.size());
        // Base never pays back within the horizon: A itself ("") is a null coalition.
        QVERIFY(expected.nullCoalitionCount > 0);
        QVERIFY(json["contributions"].empty());
        QVERIFY(json["kpi_from"].is_null());
        QCOMPARE(json["null_coalition_count"].get<std::size_t>(), expected.nullCoalitionCount);
        QCOMPARE(json["null_coalitions"].get<std::vector<std::string>>(), expected.nullCoalitions);
        QCOMPARE(json["null_coalitions"][0].get<std::string>(), std::string());
    }

    void mapMatchesTheCore() {
        const Run r = run({"map", "--kpi", "capex.npv", "--x", "capex.utilization", "--y", "capex.gpu_price", "--size", "5"});
        QCOMPARE(r.exitCode, 0);
        analysis::MapOptions options;
        options.size = 5;
        const auto expected = analysis::parameterMap(base(), "capex.npv", ParamId::CapexUtilization,
                                                     ParamId::CapexGpuPrice, options);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 1 + 25 + 1);  // header, 25 cells, the final newline
        QCOMPARE(lines.front(), QByteArray("capex.utilization,capex.gpu_price,capex.npv"));
        for (std::size_t cell = 0; cell < 25; ++cell) {
            const QList<QByteArray> fields = lines.at(qsizetype(cell) + 1).split(',');
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields[0].toDouble(), expected.xs[cell % 5]);
            QCOMPARE(fields[1].toDouble(), expected.ys[cell / 5]);
            QCOMPARE(fields[2].toStdString(), text::shortestNumber(*expected.values[cell]));
        }
        QCOMPARE(lines[1].split(',')[0], QByteArray("0.05"));
        QCOMPARE(lines[25].split(',')[1], QByteArray("200000"));
    }

    // Text KPIs print their text; null cells are empty.
    void mapTextAndNullCells() {
        const Run text = run({"map", "--kpi", "chips.best", "--x", "chips.shift_hazard", "--y", "chips.asic_retained", "--size", "3"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("chips.shift_hazard,chips.asic_retained,chips.best\n"));
        const Run nulls = run({"map", "--kpi", "capex.payback_years", "--x", "capex.utilization", "--y", "capex.rental_price", "--size", "4"});
        QCOMPARE(nulls.exitCode, 0);
        QVERIFY(nulls.out.contains(",\n"));  // the low-price corner never pays back
    }

    void monteCarloMatchesTheCore() {
        const QStringList arguments{"montecarlo", "--samples", "500", "--seed", "42", "--kpi", "capex.npv",
                                    "--dist", "capex.utilization=uniform:0.5,0.9"};
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        Scenario scenario = base();
        scenario.uncertainty.set(ParamId::CapexUtilization, {DistributionKind::Uniform, 0.5, 0.9, 0});
        analysis::MonteCarloOptions options;
        options.samples = 500;
        options.seed = 42;
        options.kpis = {"capex.npv"};
        options.keepValues = false;
        QCOMPARE(r.out.toStdString(), analysis::monteCarloJson(analysis::runMonteCarlo(scenario, options)));
    }

    // The workspace's distributions apply; --dist adds to them or replaces one.
    void monteCarloUsesTheWorkspacesDistributions() {
        Workspace workspace = defaultWorkspace();
        Scenario& scenario = workspace.scenarios.at(0);
        scenario.uncertainty.set(ParamId::CapexUtilization, {DistributionKind::Uniform, 0.5, 0.9, 0});
        const QString path = dir_.filePath(QStringLiteral("uncertain.leverboard"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(serializeWorkspace(workspace)));
        file.close();

        analysis::MonteCarloOptions options;
        options.samples = 400;
        options.kpis = {"capex.npv"};
        options.keepValues = false;
        const Run own = run({"montecarlo", path, "--samples", "400", "--kpi", "capex.npv"});
        QCOMPARE(own.exitCode, 0);
        QCOMPARE(own.out.toStdString(), analysis::monteCarloJson(analysis::runMonteCarlo(scenario, options)));

        Scenario overridden = scenario;
        overridden.uncertainty.set(ParamId::CapexUtilization, {DistributionKind::Uniform, 0.6, 0.7, 0});
        overridden.uncertainty.set(ParamId::CapexWacc, {DistributionKind::Normal, 0.07, 0.11, 0});
        const Run added = run({"montecarlo", path, "--samples", "400", "--kpi", "capex.npv", "--dist",
                               "capex.utilization=uniform:0.6,0.7", "--dist", "capex.wacc=normal:0.07,0.11"});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.out.toStdString(), analysis::monteCarloJson(analysis::runMonteCarlo(overridden, options)));
        QVERIFY(added.out != own.out);
    }

    void badInputExitsTwoWithOneLine_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown KPI") << QStringList{"sensitivity", "--kpi", "capex.npx"}
                                     << "leverboard: unknown KPI 'capex.npx' for --kpi ('leverboard eval' lists every KPI id)";
        QTest::newRow("text KPI") << QStringList{"solve", "--kpi", "chips.best", "--target", "1", "--param", "capex.wacc"}
                                  << "leverboard: 'chips.best' is a text KPI: --kpi needs a numeric one";
        QTest::newRow("unknown param") << QStringList{"solve", "--kpi", "capex.npv", "--target", "0", "--param", "capex.utilisation"}
                                       << "leverboard: unknown parameter 'capex.utilisation' for --param ('leverboard params' lists every id)";
        QTest::newRow("choice param") << QStringList{"map", "--kpi", "capex.npv", "--x", "cost.law", "--y", "capex.wacc"}
                                      << "leverboard: 'cost.law' is a choice, not a number: --x needs a numeric parameter";
        QTest::newRow("target") << QStringList{"solve", "--kpi", "capex.npv", "--target", "zero", "--param", "capex.wacc"}
                                << "leverboard: --target 'zero' is not a number";
        QTest::newRow("band 0") << QStringList{"sensitivity", "--kpi", "capex.npv", "--band", "0"}
                                << "leverboard: --band '0' must be a number in (0, 1]";
        QTest::newRow("band 1.01") << QStringList{"sensitivity", "--kpi", "capex.npv", "--band", "1.01"}
                                   << "leverboard: --band '1.01' must be a number in (0, 1]";
        QTest::newRow("size 1") << QStringList{"map", "--kpi", "capex.npv", "--x", "capex.wacc", "--y", "capex.gpus", "--size", "1"}
                                << "leverboard: --size '1' is out of range: it must be a whole number from 2 to 256";
        QTest::newRow("size 257") << QStringList{"map", "--kpi", "capex.npv", "--x", "capex.wacc", "--y", "capex.gpus", "--size", "257"}
                                  << "leverboard: --size '257' is out of range: it must be a whole number from 2 to 256";
        QTest::newRow("scenario") << QStringList{"sensitivity", "--kpi", "capex.npv", "--scenario", "Nope"}
                                  << "leverboard: no scenario named 'Nope' in the built-in presets; available: 'Base', "
                                     "'Bear: the escalator', 'Bull: the floor, not the ceiling', 'Thin team', "
                                     "'Infra: 100k Blackwell on a power-limited site'";
        QTest::newRow("dist kind") << QStringList{"montecarlo", "--dist", "capex.utilization=beta:1,2"}
                                   << "leverboard: --dist capex.utilization: unknown distribution \"beta\" (uniform, triangular, normal or lognormal)";
        QTest::newRow("dist range") << QStringList{"montecarlo", "--dist", "capex.utilization=uniform:2,3"}
                                    << "leverboard: --dist capex.utilization: uniform(2, 3) has no mass inside the range 0.05–1";
        QTest::newRow("no kpi") << QStringList{"map", "--x", "capex.wacc", "--y", "capex.gpus"}
                                << "leverboard: map needs --kpi ID; see 'leverboard map --help'";
        QTest::newRow("no workspace") << QStringList{"attribute", "--kpi", "capex.npv", "--from", "Base", "--to", "Base"}
                                      << "leverboard: attribute needs a WORKSPACE file; see 'leverboard attribute --help'";
    }

    void badInputExitsTwoWithOneLine() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QString::fromUtf8(r.err), error + QLatin1Char('\n'));
    }

    void attributeUnknownScenarioNamesIt() {
        const Run r = run({"attribute", workspace_, "--kpi", "capex.npv", "--from", "Base", "--to", "Beer"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("leverboard: no scenario named 'Beer' in "));
        QCOMPARE(r.err.count('\n'), 1);
    }

    // Machine output is the same bytes under de_DE and C, and on a second run.
    void sameBytesInEveryLocaleAndRun_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("sensitivity") << QStringList{"sensitivity", "--kpi", "capex.irr", "--set", "capex.pue=1.3"};
        QTest::newRow("solve") << QStringList{"solve", "--kpi", "capex.irr", "--target", "0.09", "--param", "capex.economic_life"};
        QTest::newRow("solve none") << QStringList{"solve", "--kpi", "capex.npv", "--target", "1e12", "--param", "capex.utilization"};
        QTest::newRow("map") << QStringList{"map", "--kpi", "capex.npv", "--x", "capex.utilization", "--y", "capex.rental_price", "--size", "6"};
        QTest::newRow("montecarlo") << QStringList{"montecarlo", "--samples", "300", "--kpi", "capex.npv", "--dist",
                                                   "capex.economic_life=triangular:2,4,6"};
        QTest::newRow("bad band") << QStringList{"sensitivity", "--kpi", "capex.npv", "--band", "0,5"};
    }

    void sameBytesInEveryLocaleAndRun() {
        QFETCH(QStringList, arguments);
        const Run c = runIn(kC, arguments);
        const Run german = runIn(kGerman, arguments);
        const Run again = runIn(kGerman, arguments);
        QCOMPARE(german.exitCode, c.exitCode);
        QCOMPARE(german.out, c.out);
        QCOMPARE(german.err, c.err);
        QCOMPARE(again.out, german.out);
    }

    void attributeSameBytesInGerman() {
        const QStringList arguments{"attribute", workspace_, "--kpi", "capex.npv", "--from", "Base", "--to", "Thin team"};
        const Run c = runIn(kC, arguments);
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(runIn(kGerman, arguments).out, c.out);
    }

    void helpForEveryCommand() {
        for (const char* command : {"sensitivity", "solve", "attribute", "map", "montecarlo"}) {
            const Run r = run({command, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QByteArray("Usage: leverboard ") + command), r.out.constData());
            const Run top = run({"--help", command});
            QCOMPARE(top.out, r.out);
        }
        const Run general = run({"--help"});
        for (const char* command : {"sensitivity", "solve", "attribute", "map", "montecarlo"})
            QVERIFY(general.out.contains(QByteArray("  ") + command + " "));
    }
};

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "test_cli_analysis.moc"
