// The workspace file (.leverboard): serialization layout, exact round trips,
// and every way a file can be wrong, with the exact message a user sees.
// Inputs for the error cases are built here with nlohmann::json from the
// canonical file, one field broken at a time; expected messages are written
// out by hand (line and column counted by hand for the syntax errors).

#include <QtTest>

#include <sys/stat.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "models/Engine.h"
#include "params/ParameterRegistry.h"
#include "scenario/WorkspaceJson.h"

using namespace leverboard;
using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QStringList qsList(const std::vector<std::string>& lines) {
    QStringList list;
    for (const auto& line : lines) list << qs(line);
    return list;
}

// tests/tools/run-unprivileged.sh copies the data and names the copy in the environment.
std::string dataFile(const char* name) {
    const QByteArray copied = qgetenv("LEVERBOARD_TEST_DATA_DIR");
    return (copied.isEmpty() ? std::string(LEVERBOARD_TEST_DATA_DIR) : copied.toStdString()) + "/" + name;
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

Json defaultJson() { return Json::parse(serializeWorkspace(defaultWorkspace())); }

std::uint64_t bits(double value) { return std::bit_cast<std::uint64_t>(value); }

double u01(std::mt19937_64& rng) { return std::uniform_real_distribution<double>(0, 1)(rng); }

// The error of a file that must fail; fails the test if it loads.
QString errorOf(const std::string& text) {
    const auto load = parseWorkspace(text);
    if (load.workspace) return QStringLiteral("<loaded without error>");
    if (!load.warnings.empty()) return QStringLiteral("<warnings left on a failed load>");
    return qs(load.error);
}

}  // namespace

class TestWorkspaceJson : public QObject {
    Q_OBJECT

private slots:
    // ---- serialization -------------------------------------------------

    void roundTripOfTheDefaultWorkspace() {
        const Workspace original = defaultWorkspace();
        const std::string text = serializeWorkspace(original);
        const auto load = parseWorkspace(text);
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qs(load.error), QString());
        QCOMPARE(qsList(load.warnings), QStringList());
        QVERIFY(*load.workspace == original);
        QCOMPARE(qs(serializeWorkspace(*load.workspace)), qs(text));
    }

    void roundTripKeepsActiveAndComparedScenario() {
        Workspace original = defaultWorkspace();
        original.active = 2;
        original.compared = {"Thin team", "Base"};  // order is the user's, not the list's
        const auto load = parseWorkspace(serializeWorkspace(original));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(load.workspace->active, 2);
        QCOMPARE(qsList(load.workspace->compared), (QStringList{"Thin team", "Base"}));
        QVERIFY(*load.workspace == original);
    }

    void layoutIsHumanReadable() {
        Workspace ws = defaultWorkspace();
        ws.scenarios[3].name = "前沿 “quoted”";
        ws.compared = {"Base", "前沿 “quoted”"};
        const std::string text = serializeWorkspace(ws);
        QVERIFY(text.starts_with("{\n"
                                 "  \"format\": \"leverboard-workspace\",\n"
                                 "  \"schema_version\": 2,\n"
                                 "  \"active_scenario\": \"Base\",\n"
                                 "  \"compare\": [\n"
                                 "    \"Base\",\n"));
        QVERIFY(text.ends_with("\n}\n"));
        // Integral values print as integers, fractions as their shortest text.
        QVERIFY(text.find("\n        \"horizon_years\": 5,\n") != std::string::npos);
        QVERIFY(text.find("\"capex.gpus\": 100000,") != std::string::npos);
        QVERIFY(text.find("\"life.pretrain_cost\": 100000000,") != std::string::npos);
        QVERIFY(text.find("\"life.queries_per_month\": 2000000000,") != std::string::npos);
        QVERIFY(text.find("\"cost.learning_rate\": 0.3,") != std::string::npos);
        QVERIFY(text.find("\"lev.coherency\": 0.005,") != std::string::npos);
        QVERIFY(text.find(".0,") == std::string::npos);
        // The enum parameter is written as its choice, not its index.
        QVERIFY(text.find("\"cost.law\": \"exponential\",") != std::string::npos);
        // Non-ASCII text stays readable (UTF-8, not \u escapes).
        QVERIFY(text.find("\"name\": \"前沿 “quoted”\"") != std::string::npos);
        QVERIFY(text.find("\\u") == std::string::npos);
        // Application entries in their documented key order.
        QVERIFY(text.find("{\n"
                          "          \"id\": \"chat\",\n"
                          "          \"name\": \"Chat answer\",\n"
                          "          \"tokens_per_task\": 0.002,\n"
                          "          \"value_per_task\": 0.05\n"
                          "        }") != std::string::npos);
    }

    void keyOrderIsStableAndFollowsTheRegistry() {
        const Json root = defaultJson();
        std::vector<std::string> top;
        for (const auto& item : root.items()) top.push_back(item.key());
        QCOMPARE(qsList(top),
                 (QStringList{"format", "schema_version", "active_scenario", "compare", "scenarios"}));
        for (const auto& scenario : root["scenarios"]) {
            std::vector<std::string> keys;
            for (const auto& item : scenario.items()) keys.push_back(item.key());
            QCOMPARE(qsList(keys), (QStringList{"name", "notes", "parameters", "applications"}));

            std::vector<std::string> ids;
            for (const auto& item : scenario["parameters"].items()) ids.push_back(item.key());
            QCOMPARE(ids.size(), std::size_t{85});  // MODEL.md's tables: 1 + 9 + 18 + 8 + 20 + 16 + 7 + 6
            QCOMPARE(qs(ids.front()), QString("horizon_years"));
            QCOMPARE(qs(ids[1]), QString("cost.frontier_price"));
            QCOMPARE(qs(ids[5]), QString("cost.law"));
            QCOMPARE(qs(ids[10]), QString("lev.target_work"));
            QCOMPARE(qs(ids.back()), QString("chips.asic_retained"));
            std::size_t i = 0;
            for (const auto& p : parameters()) QCOMPARE(qs(ids[i++]), qs(std::string(p.id)));

            for (const auto& app : scenario["applications"]) {
                std::vector<std::string> appKeys;
                for (const auto& item : app.items()) appKeys.push_back(item.key());
                QCOMPARE(qsList(appKeys), (QStringList{"id", "name", "tokens_per_task", "value_per_task"}));
            }
        }
    }

    void numbersRoundTripBitForBit() {
        using enum ParamId;
        Workspace ws = defaultWorkspace();
        Scenario& s = ws.scenarios[0];
        s[CostFrontierPrice] = std::nextafter(10.0, 20.0);
        s[CostLearningRate] = 0.1 + 0.2;  // 0.30000000000000004
        s[LevCoherency] = 0.01 / 3.0;
        s[LevSalary] = std::nextafter(5e6, 0.0);
        s[CapexGpus] = 123456.78901234567;
        s[CapexWacc] = 0.09 * (1 + 0x1p-52);
        s[LifePretrainCost] = 1e11;
        s[LifeQueriesPerMonth] = 1e13;
        s[LevPSat] = std::numeric_limits<double>::denorm_min();
        s[CapexExtraPriceDecline] = -0.0;  // inside [0, 0.9]; its sign must survive too
        s.applications[0].tokensPerTask = 0.1 + 0.2;
        s.applications[0].valuePerTask = kMaxValuePerTask;
        s.applications[1].tokensPerTask = std::nextafter(kMinTokensPerTask, 1.0);

        const std::string text = serializeWorkspace(ws);
        QVERIFY(text.find("\"life.pretrain_cost\": 100000000000,") != std::string::npos);
        QVERIFY(text.find("\"life.queries_per_month\": 10000000000000,") != std::string::npos);
        QVERIFY(text.find("\"capex.extra_price_decline\": -0.0,") != std::string::npos);
        QVERIFY(text.find("\"cost.learning_rate\": 0.30000000000000004,") != std::string::npos);

        const auto load = parseWorkspace(text);
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings), QStringList());
        const Scenario& back = load.workspace->scenarios[0];
        for (const auto& p : parameters())
            QVERIFY2(bits(back[p.param]) == bits(s[p.param]), std::string(p.id).c_str());
        for (std::size_t i = 0; i < s.applications.size(); ++i) {
            QCOMPARE(bits(back.applications[i].tokensPerTask), bits(s.applications[i].tokensPerTask));
            QCOMPARE(bits(back.applications[i].valuePerTask), bits(s.applications[i].valuePerTask));
        }
        QVERIFY(std::signbit(back[CapexExtraPriceDecline]));
        QCOMPARE(qs(serializeWorkspace(*load.workspace)), qs(text));
    }

    // The promise of issue 4: save → open gives identical scenarios and
    // identical KPIs. Three scenarios edited at random (every parameter drawn
    // across its range, applications added and changed), saved to a file,
    // read back and evaluated again.
    void roundTripThroughAFileGivesIdenticalKpis() {
        std::mt19937_64 rng(20240604);
        Workspace ws = defaultWorkspace();
        ws.scenarios.resize(3);
        ws.scenarios[2].name = "My edited case";
        ws.scenarios[2].notes = "Line one\nline two, with “quotes” and a tab\t.";
        ws.active = 2;
        ws.compared = {"My edited case", "Base"};
        for (Scenario& s : ws.scenarios) {
            for (const auto& p : parameters()) {
                if (std::uniform_int_distribution<int>(0, 2)(rng) == 0) continue;  // some stay default
                const double u = std::uniform_real_distribution<double>(0, 1)(rng);
                double value = p.min + u * (p.max - p.min);
                if (p.scale == Scale::Log) value = p.min * std::pow(p.max / p.min, u);
                if (p.scale == Scale::LogOnePlus) value = (1 + p.min) * std::pow((1 + p.max) / (1 + p.min), u) - 1;
                if (p.isEnum()) value = std::round(value);
                s[p.param] = std::clamp(value, p.min, p.max);
            }
            s.applications.push_back({"legal", "Legal memo", 0.3 * (1 + u01(rng)), 40 * (1 + u01(rng))});
            s.applications[1].valuePerTask *= 1 + u01(rng);
        }

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("three.leverboard").toStdString();
        writeText(path, serializeWorkspace(ws));
        const auto load = loadWorkspaceFile(path);
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings), QStringList());
        QVERIFY(*load.workspace == ws);
        for (std::size_t i = 0; i < ws.scenarios.size(); ++i) {
            const Results before = evaluate(ws.scenarios[i]);
            const Results after = evaluate(load.workspace->scenarios[i]);
            QCOMPARE(after.kpis.size(), before.kpis.size());
            for (std::size_t k = 0; k < before.kpis.size(); ++k) {
                const Kpi& a = before.kpis[k];
                const Kpi& b = after.kpis[k];
                QCOMPARE(qs(b.id), qs(a.id));
                QCOMPARE(qs(b.text), qs(a.text));
                QCOMPARE(b.value.has_value(), a.value.has_value());
                if (a.value) QVERIFY2(bits(*b.value) == bits(*a.value), a.id.c_str());
            }
            QCOMPARE(qs(debugString(after.warnings)), qs(debugString(before.warnings)));
            QCOMPARE(qs(debugString(after.notes)), qs(debugString(before.notes)));
            QVERIFY(after.warnings == before.warnings && after.notes == before.notes);
        }
    }

    void numbersWrittenInAnyJsonFormAreRead() {
        Json root = defaultJson();
        auto& params = root["scenarios"][0]["parameters"];
        params["life.pretrain_cost"] = 2.5e9;      // dumps as 2500000000.0
        params["horizon_years"] = 7.0;             // a float that is integral
        params["capex.gpus"] = std::uint64_t{200000};
        std::string text = root.dump();  // compact, one line: layout does not matter
        const std::string tiny = "\"lev.p_sat\":0.1,";
        QVERIFY(text.find(tiny) != std::string::npos);
        text.replace(text.find(tiny), tiny.size(), "\"lev.p_sat\":1e-400,");  // below the smallest double: 0
        const auto load = parseWorkspace(text);
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(load.workspace->scenarios[0][ParamId::LevPSat], 0.0);
        QCOMPARE(load.workspace->scenarios[0][ParamId::LifePretrainCost], 2.5e9);
        QCOMPARE(load.workspace->scenarios[0][ParamId::HorizonYears], 7.0);
        QCOMPARE(load.workspace->scenarios[0][ParamId::CapexGpus], 200000.0);
        QCOMPARE(qsList(load.warnings), QStringList());
    }

    // ---- the hand-written sample files -----------------------------------

    void validSampleWithThreeScenarios() {
        const auto load = loadWorkspaceFile(dataFile("valid_three_scenarios.leverboard"));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings), QStringList());
        const Workspace& ws = *load.workspace;
        QCOMPARE(ws.scenarios.size(), std::size_t{3});
        QCOMPARE(qs(ws.scenarios[0].name), QString("Base"));
        QCOMPARE(qs(ws.scenarios[1].name), QString("Bear: the escalator"));
        QCOMPARE(qs(ws.scenarios[2].name), QString("Wright's law, cheap chips"));
        QCOMPARE(ws.active, 1);
        QCOMPARE(qsList(ws.compared), (QStringList{"Base", "Bear: the escalator", "Wright's law, cheap chips"}));

        // Base and Bear are MODEL.md's presets: the same as the built-in ones.
        const Workspace presets = defaultWorkspace();
        QVERIFY(ws.scenarios[0] == presets.scenarios[0]);
        QCOMPARE(ws.scenarios[1].values, presets.scenarios[1].values);
        QCOMPARE(ws.scenarios[1][ParamId::CapexUtilization], 0.55);
        QCOMPARE(ws.scenarios[1][ParamId::LifeHalfLifeMonths], 4.0);

        const Scenario& wright = ws.scenarios[2];
        QCOMPARE(qs(wright.notes),
                 QString::fromUtf8("成本随累计产量下降 — prices fall per \"doubling\" of volume.\nSecond line."));
        QCOMPARE(wright[ParamId::CostLaw], double(CostLaw::Wright));
        QCOMPARE(wright[ParamId::HorizonYears], 10.0);
        QCOMPARE(wright[ParamId::CostLearningRate], 0.25);
        QCOMPARE(wright[ParamId::LevComputePerPerson], 250.0);
        QCOMPARE(wright[ParamId::LifePretrainCost], 1e8);  // written as 1e8 in the file
        QCOMPARE(wright.applications.size(), std::size_t{3});
        QCOMPARE(qs(wright.applications[1].id), QString("legal_memo"));  // derived from the name
        QCOMPARE(wright.applications[1].tokensPerTask, 1.5);
        QCOMPARE(qs(wright.applications[2].id), QString("video-minute"));
        QCOMPARE(wright.applications[2].tokensPerTask, 4000.0);
        QCOMPARE(wright.applications[2].valuePerTask, 12.5);

        // Its canonical form is stable.
        const std::string canonical = serializeWorkspace(ws);
        const auto again = parseWorkspace(canonical);
        QVERIFY(again.workspace && *again.workspace == ws);
        QCOMPARE(qs(serializeWorkspace(*again.workspace)), qs(canonical));
    }

    void brokenSampleFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << "broken_syntax.leverboard"
                                << "invalid JSON at line 5, column 59: unexpected '}'; expected string literal";
        QTest::newRow("newer") << "newer_schema.leverboard"
                               << "this workspace was written by a newer Leverboard (schema version 3; this "
                                  "version reads up to 2)";
        QTest::newRow("foreign") << "not_a_workspace.leverboard"
                                 << "not a Leverboard workspace (no \"format\" field)";
        QTest::newRow("wrong type") << "wrong_type.leverboard"
                                    << "/scenarios/1/parameters/cost.frontier_price: expected a number, got string";
    }

    void brokenSampleFiles() {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const auto load = loadWorkspaceFile(dataFile(file.toUtf8().constData()));
        QVERIFY(!load.workspace);
        QCOMPARE(qs(load.error), error);
        QCOMPARE(qsList(load.warnings), QStringList());  // none for a file we refused
    }

    void sampleThatLoadsWithWarnings() {
        const auto load = loadWorkspaceFile(dataFile("loads_with_warnings.leverboard"));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings),
                 (QStringList{
                     "/scenarios/0/parameters/cost.frontier_prize: unknown parameter in scenario \"Base\"; ignored",
                     "/scenarios/0/parameters: scenario \"Base\" has no value for 84 parameters "
                     "(cost.frontier_price, cost.frontier_decline, cost.commoditize_months, "
                     "cost.commodity_decline, cost.law, cost.learning_rate and 78 more); using the defaults",
                     "/scenarios/1/parameters/cost.frontier_price: 5000 is outside the range 0.01–1000 in "
                     "scenario \"High price\"; clamped to 1000",
                     "/scenarios/1/parameters/capex.utilization: 0.01 is outside the range 0.05–1 in scenario "
                     "\"High price\"; clamped to 0.05",
                     "/scenarios/1/parameters: scenario \"High price\" has no value for 82 parameters "
                     "(horizon_years, cost.frontier_decline, cost.commoditize_months, cost.commodity_decline, "
                     "cost.learning_rate, cost.volume_growth and 76 more); using the defaults",
                     "/scenarios/1/applications/0/tokens_per_task: 20000000000 is outside the range "
                     "1e-09–1000000000 in scenario \"High price\"; clamped to 1000000000",
                     "/active_scenario: no scenario named \"Nonexistent\"; using \"Base\"",
                     "/compare/1: no scenario named \"Gone\"; dropped",
                     "/compare/2: \"Base\" is listed twice; dropped",
                 }));
        const Workspace& ws = *load.workspace;
        QCOMPARE(ws.active, 0);
        QCOMPARE(qsList(ws.compared), (QStringList{"Base", "High price"}));
        const Scenario& high = ws.scenarios[1];
        QCOMPARE(high[ParamId::CostFrontierPrice], 1000.0);
        QCOMPARE(high[ParamId::CapexUtilization], 0.05);
        QCOMPARE(high[ParamId::CostLaw], double(CostLaw::Wright));
        QCOMPARE(high[ParamId::LevP], 0.5);  // missing → MODEL.md default
        QCOMPARE(high[ParamId::CapexGpus], 100000.0);
        QCOMPARE(high.applications.size(), std::size_t{1});
        QCOMPARE(qs(high.applications[0].id), QString("huge_task"));
        QCOMPARE(high.applications[0].tokensPerTask, 1e9);
        QCOMPARE(qs(high.notes), QString("Values outside their ranges are clamped."));
        QCOMPARE(qs(ws.scenarios[0].notes), QString());  // notes are optional
        QCOMPARE(ws.scenarios[0][ParamId::CostFrontierPrice], 10.0);  // the misspelt id did not land anywhere
    }

    // ---- syntax errors: line and column ----------------------------------

    void invalidJsonNamesLineAndColumn_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray("")
                               << "invalid JSON at line 1, column 1: unexpected end of input; expected '[', '{', "
                                  "or a literal";
        QTest::newRow("unterminated") << QByteArray("{\"a\": 1")
                                      << "invalid JSON at line 1, column 8: unexpected end of input; expected '}'";
        QTest::newRow("brief's example") << QByteArray("{\n  \"a\": 1,\n  \"b\": [1, 2,}\n}")
                                         << "invalid JSON at line 3, column 14: unexpected '}'; expected '[', "
                                            "'{', or a literal";
        QTest::newRow("CRLF") << QByteArray("{\r\n  \"a\": ]\r\n}")
                              << "invalid JSON at line 2, column 8: unexpected ']'; expected '[', '{', or a literal";
        // Columns count characters, not bytes: 前沿 is 6 bytes but 2 columns.
        QTest::newRow("UTF-8 on an earlier line")
            << QByteArray("{\n  \"notes\": \"前沿\",\n  \"x\": ,\n}")
            << "invalid JSON at line 3, column 8: unexpected ','; expected '[', '{', or a literal";
        QTest::newRow("UTF-8 on the line") << QByteArray("{\"前沿\": 1 2}")
                                           << "invalid JSON at line 1, column 10: unexpected number literal; "
                                              "expected '}'";
        // The parser gives no position for this one; it is found separately
        // (and a string that looks like a huge number does not mislead it).
        QTest::newRow("overflow") << QByteArray("{\"s\": \"9e999\",\n \"a\": -1e400}")
                                  << "invalid JSON at line 2, column 7: number overflow parsing '-1e400'";
        // Too small is fine (it reads as 0); the too large one after it is found.
        QTest::newRow("underflow, then overflow")
            << QByteArray("{\"u\": 1e-400, \"a\": 2.5e400}")
            << "invalid JSON at line 1, column 20: number overflow parsing '2.5e400'";
        QTest::newRow("overflow without exponent")
            << QByteArray("[0.0000001e-400, ") + QByteArray(400, '9') + "]"
            << "invalid JSON at line 1, column 18: number overflow parsing '" + QString(135, '9') + "…";  // cut at 160
    }

    void invalidJsonNamesLineAndColumn() {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QCOMPARE(errorOf(text.toStdString()), error);
    }

    void invalidJsonPositionOnly_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("start");
        // A raw newline inside a string: the newline itself is the culprit,
        // on line 1 (not "line 2, column 0").
        QTest::newRow("newline in string") << QByteArray("{\"a\": \"x\ny\"}")
                                           << "invalid JSON at line 1, column 9: invalid string: control character "
                                              "U+000A (LF) must be escaped";
        QTest::newRow("bad literal after UTF-8") << QByteArray("{\n  \"notes\": \"前沿\" x\n}")
                                                 << "invalid JSON at line 2, column 17: ";
        QTest::newRow("invalid UTF-8") << QByteArray("{\"a\": \"\xff\"}")
                                       << "invalid JSON at line 1, column 8: invalid string: ill-formed UTF-8 byte";
        QTest::newRow("trailing garbage") << QByteArray("{}\n\nx") << "invalid JSON at line 3, column 1: ";
    }

    void invalidJsonPositionOnly() {
        QFETCH(QByteArray, text);
        QFETCH(QString, start);
        const QString error = errorOf(text.toStdString());
        QVERIFY2(error.startsWith(start), qPrintable(error));
        QVERIFY(!error.contains('\n'));
    }

    void duplicateKeysAreRefused_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("error");
        QTest::newRow("top level") << "\"schema_version\": 2,"
                                   << "\"schema_version\": 2,\n  \"format\": \"x\","
                                   << "/format: duplicate key";
        QTest::newRow("parameter") << "\"lev.p\": 0.5,"
                                   << "\"lev.p\": 0.5,\n        \"lev.p\": 0.6,"
                                   << "/scenarios/0/parameters/lev.p: duplicate key";
        // Inside arrays the index counts scalars (compare) and objects (scenarios, apps) alike.
        QTest::newRow("application") << "\"value_per_task\": 2\n"
                                     << "\"value_per_task\": 2,\n          \"name\": \"again\"\n"
                                     << "/scenarios/0/applications/1/name: duplicate key";
        QTest::newRow("later scenario") << "\"name\": \"Thin team\","
                                        << "\"name\": \"Thin team\",\n      \"name\": \"Thinner\","
                                        << "/scenarios/3/name: duplicate key";
    }

    void duplicateKeysAreRefused() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, error);
        std::string text = serializeWorkspace(defaultWorkspace());
        const auto at = text.find(from.toStdString());
        QVERIFY(at != std::string::npos);
        text.replace(at, from.toUtf8().size(), to.toStdString());
        QCOMPARE(errorOf(text), error);
    }

    // ---- hostile input ---------------------------------------------------

    void deepNestingIsRefusedWithoutCrashing() {
        const std::string arrays(100000, '[');
        QCOMPARE(errorOf(arrays), QString("invalid JSON at line 1, column 65: nesting deeper than 64 levels"));

        std::string objects;
        for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
        // The 65th '{' starts at character 64 × 5 + 1.
        QCOMPARE(errorOf(objects), QString("invalid JSON at line 1, column 321: nesting deeper than 64 levels"));

        // Closed properly, but still too deep: refused the same way.
        QCOMPARE(errorOf(std::string(1000, '[') + std::string(1000, ']')),
                 QString("invalid JSON at line 1, column 65: nesting deeper than 64 levels"));

        // 64 levels is allowed: the JSON is fine, it just is not a workspace.
        QCOMPARE(errorOf(std::string(64, '[') + std::string(64, ']')),
                 QString("not a Leverboard workspace (the top level is an array, not an object)"));

        // Deep inside an otherwise valid workspace, on the second line.
        const std::string prefix = "{\"format\": \"leverboard-workspace\",\n \"x\": ";
        const std::string inner = prefix + std::string(70, '[') + std::string(70, ']') + "}";
        // The object is level 1, so the 64th '[' opens level 65.
        const auto column = prefix.size() - prefix.find('\n') - 1 + 64;
        QCOMPARE(errorOf(inner), QString("invalid JSON at line 2, column %1: nesting deeper than 64 levels").arg(column));
    }

    void bracketsInsideStringsDoNotCountAsNesting() {
        Workspace ws = defaultWorkspace();
        ws.scenarios[0].notes = std::string(100000, '[') + "\\\"{{{";
        const auto load = parseWorkspace(serializeWorkspace(ws));
        QVERIFY2(load.workspace, load.error.c_str());
        QVERIFY(*load.workspace == ws);
    }

    void hugeStringsAreFine() {
        Workspace ws = defaultWorkspace();
        ws.scenarios[1].notes = std::string(5'000'000, 'x') + "\n" + "前沿";
        ws.scenarios[2].name = std::string(100'000, 'n');
        ws.compared = {ws.scenarios[2].name};
        const auto load = parseWorkspace(serializeWorkspace(ws));
        QVERIFY2(load.workspace, load.error.c_str());
        QVERIFY(*load.workspace == ws);

        // A message quoting a huge name stays short.
        ws.scenarios[3].name = ws.scenarios[2].name;
        const QString error = errorOf(serializeWorkspace(ws));
        QVERIFY2(error.startsWith("/scenarios/3/name: duplicate scenario name \"nnnnnnnn"), qPrintable(error));
        QVERIFY2(error.endsWith("…\" (first used at /scenarios/2/name)"), qPrintable(error));
        QVERIFY(error.size() < 200);
    }

    void messagesAreAlwaysOneLine() {
        Json root = defaultJson();
        root["scenarios"][0]["name"] = "A\nB";
        root["scenarios"][1]["name"] = "A\nB";
        QCOMPARE(errorOf(root.dump(2)),
                 QString("/scenarios/1/name: duplicate scenario name \"A\\nB\" (first used at /scenarios/0/name)"));

        Json unknown = defaultJson();
        unknown["scenarios"][0]["odd\nkey/with~"] = 1;
        const auto load = parseWorkspace(unknown.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings), QStringList{"/scenarios/0/odd\\nkey~1with~0: unknown field; ignored"});
    }

    void neverThrowsOnMangledInput() {
        const std::string valid = readText(dataFile("valid_three_scenarios.leverboard"));
        QVERIFY(valid.size() > 1000);
        std::mt19937 random(20240601);
        const std::string alphabet = "{}[]\",:0123456789.-+eE \\/ntrufalse\n\x01\xc3\xa9\xff";
        int loaded = 0;
        int refused = 0;
        auto check = [&](const std::string& text) {
            WorkspaceLoad load;
            try {
                load = parseWorkspace(text);
            } catch (...) {
                QFAIL("parseWorkspace threw");
            }
            if (load.workspace) {
                ++loaded;
                QVERIFY(load.error.empty());
                // Whatever loaded is a valid workspace: its canonical form
                // loads again, equal and without a single warning.
                const auto again = parseWorkspace(serializeWorkspace(*load.workspace));
                QVERIFY2(again.workspace, again.error.c_str());
                QVERIFY(*again.workspace == *load.workspace);
                QCOMPARE(qsList(again.warnings), QStringList());
            } else {
                ++refused;
                QVERIFY(!load.error.empty());
                QVERIFY2(load.error.find('\n') == std::string::npos, load.error.c_str());
            }
            for (const auto& warning : load.warnings) QVERIFY(warning.find('\n') == std::string::npos);
        };
        for (std::size_t length = 0; length < valid.size(); length += 7) check(valid.substr(0, length));
        for (int round = 0; round < 3000; ++round) {
            std::string text = valid;
            const int edits = 1 + static_cast<int>(random() % 3);
            for (int e = 0; e < edits; ++e) {
                const std::size_t at = random() % text.size();
                switch (random() % 4) {
                case 0: text.erase(at, 1 + random() % 8); break;
                case 1: text.insert(at, 1, alphabet[random() % alphabet.size()]); break;
                case 2: text[at] = alphabet[random() % alphabet.size()]; break;
                default: text.insert(at, text.substr(random() % text.size(), 1 + random() % 40)); break;
                }
                if (text.empty()) text.push_back('{');
            }
            check(text);
            if (QTest::currentTestFailed()) {
                qWarning("input: %s", text.c_str());
                return;
            }
        }
        // Both outcomes were exercised (the mutations are not all fatal).
        QVERIFY(loaded > 50);
        QVERIFY(refused > 50);
    }

    // ---- schema errors: each names the JSON path --------------------------

    void schemaErrors_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        auto row = [](const char* name, const std::function<void(Json&)>& breakIt, const char* error) {
            Json root = defaultJson();
            breakIt(root);
            QTest::newRow(name) << QByteArray::fromStdString(root.dump(2)) << QString::fromUtf8(error);
        };
        auto app = [](Json& root, int scenario, int index) -> Json& {
            return root["scenarios"][scenario]["applications"][index];
        };
        auto params = [](Json& root, int scenario) -> Json& { return root["scenarios"][scenario]["parameters"]; };

        // What the file is.
        row("array at top", [](Json& r) { r = Json::array(); },
            "not a Leverboard workspace (the top level is an array, not an object)");
        row("string at top", [](Json& r) { r = "hello"; },
            "not a Leverboard workspace (the top level is a string, not an object)");
        row("no format", [](Json& r) { r.erase("format"); }, "not a Leverboard workspace (no \"format\" field)");
        row("other format", [](Json& r) { r["format"] = "other-app"; },
            "not a Leverboard workspace (\"format\" is \"other-app\", expected \"leverboard-workspace\")");
        row("format number", [](Json& r) { r["format"] = 1; },
            "not a Leverboard workspace (\"format\" is a number, expected \"leverboard-workspace\")");
        row("no version", [](Json& r) { r.erase("schema_version"); }, "/schema_version: missing");
        row("version string", [](Json& r) { r["schema_version"] = "1"; },
            "/schema_version: expected an integer, got string");
        row("version fraction", [](Json& r) { r["schema_version"] = 1.5; },
            "/schema_version: expected an integer, got 1.5");
        row("version null", [](Json& r) { r["schema_version"] = nullptr; },
            "/schema_version: expected an integer, got null");
        row("version 0", [](Json& r) { r["schema_version"] = 0; }, "/schema_version: 0 is not a valid schema version");
        row("version 4", [](Json& r) { r["schema_version"] = 4; },
            "this workspace was written by a newer Leverboard (schema version 4; this version reads up to 2)");
        // A newer file is refused before its content is judged.
        row("version 3, new content", [](Json& r) { r["scenarios"] = "moved elsewhere"; r["schema_version"] = 3; },
            "this workspace was written by a newer Leverboard (schema version 3; this version reads up to 2)");

        // Scenarios.
        row("no scenarios", [](Json& r) { r.erase("scenarios"); }, "/scenarios: missing");
        row("scenarios object", [](Json& r) { r["scenarios"] = Json::object(); },
            "/scenarios: expected an array, got object");
        row("no scenario", [](Json& r) { r["scenarios"] = Json::array(); },
            "/scenarios: must contain at least one scenario");
        row("scenario string", [](Json& r) { r["scenarios"][0] = "Base"; },
            "/scenarios/0: expected an object, got string");
        row("no name", [](Json& r) { r["scenarios"][1].erase("name"); }, "/scenarios/1/name: missing");
        row("name number", [](Json& r) { r["scenarios"][1]["name"] = 7; },
            "/scenarios/1/name: expected a string, got number");
        row("empty name", [](Json& r) { r["scenarios"][1]["name"] = ""; }, "/scenarios/1/name: must not be empty");
        row("duplicate name", [](Json& r) { r["scenarios"][2]["name"] = "Base"; },
            "/scenarios/2/name: duplicate scenario name \"Base\" (first used at /scenarios/0/name)");
        row("notes null", [](Json& r) { r["scenarios"][0]["notes"] = nullptr; },
            "/scenarios/0/notes: expected a string, got null");

        // Parameters.
        row("parameters array", [&](Json& r) { params(r, 0) = Json::array(); },
            "/scenarios/0/parameters: expected an object, got array");
        row("number as string", [&](Json& r) { params(r, 1)["cost.frontier_price"] = "10"; },
            "/scenarios/1/parameters/cost.frontier_price: expected a number, got string");
        row("number as boolean", [&](Json& r) { params(r, 3)["lev.p"] = true; },
            "/scenarios/3/parameters/lev.p: expected a number, got boolean");
        row("number as null", [&](Json& r) { params(r, 0)["capex.gpus"] = nullptr; },
            "/scenarios/0/parameters/capex.gpus: expected a number, got null");
        row("number as object", [&](Json& r) { params(r, 0)["horizon_years"] = Json::object(); },
            "/scenarios/0/parameters/horizon_years: expected a number, got object");
        row("law unknown", [&](Json& r) { params(r, 0)["cost.law"] = "linear"; },
            "/scenarios/0/parameters/cost.law: expected \"exponential\" or \"wright\", got \"linear\"");
        row("law case", [&](Json& r) { params(r, 2)["cost.law"] = "Wright"; },
            "/scenarios/2/parameters/cost.law: expected \"exponential\" or \"wright\", got \"Wright\"");
        row("law index 2", [&](Json& r) { params(r, 0)["cost.law"] = 2; },
            "/scenarios/0/parameters/cost.law: expected \"exponential\" or \"wright\", got 2");
        row("law index 0.5", [&](Json& r) { params(r, 0)["cost.law"] = 0.5; },
            "/scenarios/0/parameters/cost.law: expected \"exponential\" or \"wright\", got 0.5");
        row("law boolean", [&](Json& r) { params(r, 0)["cost.law"] = true; },
            "/scenarios/0/parameters/cost.law: expected \"exponential\" or \"wright\", got boolean");

        // Applications.
        row("applications object", [](Json& r) { r["scenarios"][0]["applications"] = Json::object(); },
            "/scenarios/0/applications: expected an array, got object");
        row("application array", [&](Json& r) { app(r, 0, 1) = Json::array(); },
            "/scenarios/0/applications/1: expected an object, got array");
        row("tokens string", [&](Json& r) { app(r, 0, 1)["tokens_per_task"] = "0.05"; },
            "/scenarios/0/applications/1/tokens_per_task: expected a number, got string");
        row("no value", [&](Json& r) { app(r, 0, 1).erase("value_per_task"); },
            "/scenarios/0/applications/1/value_per_task: missing");
        row("negative tokens", [&](Json& r) { app(r, 0, 1)["tokens_per_task"] = -1; },
            "/scenarios/0/applications/1/tokens_per_task: must be greater than 0, got -1");
        row("zero value", [&](Json& r) { app(r, 2, 3)["value_per_task"] = 0; },
            "/scenarios/2/applications/3/value_per_task: must be greater than 0, got 0");
        row("no app name", [&](Json& r) { app(r, 0, 0).erase("name"); },
            "/scenarios/0/applications/0/name: missing");
        row("app name number", [&](Json& r) { app(r, 0, 0)["name"] = 5; },
            "/scenarios/0/applications/0/name: expected a string, got number");
        row("app id number", [&](Json& r) { app(r, 0, 0)["id"] = 5; },
            "/scenarios/0/applications/0/id: expected a string, got number");
        row("duplicate app id", [&](Json& r) { app(r, 0, 2)["id"] = "chat"; },
            "/scenarios/0/applications/2/id: duplicate application id \"chat\" (first used at "
            "/scenarios/0/applications/0/id)");
        row("app id with space", [&](Json& r) { app(r, 1, 0)["id"] = "a b"; },
            "/scenarios/1/applications/0/id: \"a b\" is not a valid application id (use letters, digits, '_' and "
            "'-')");
        row("empty app id", [&](Json& r) { app(r, 1, 0)["id"] = ""; },
            "/scenarios/1/applications/0/id: \"\" is not a valid application id (use letters, digits, '_' and '-')");

        // Active and compared scenarios.
        row("active number", [](Json& r) { r["active_scenario"] = 0; },
            "/active_scenario: expected a string, got number");
        row("compare string", [](Json& r) { r["compare"] = "Base"; }, "/compare: expected an array, got string");
        row("compare number", [](Json& r) { r["compare"] = Json::array({"Base", 3}); },
            "/compare/1: expected a string, got number");
    }

    void schemaErrors() {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QCOMPARE(errorOf(text.toStdString()), error);
    }

    // ---- repairs with warnings -------------------------------------------

    void unknownParameterIsIgnoredWithAWarning() {
        Json root = defaultJson();
        root["scenarios"][2]["parameters"]["cost.frontier_pric"] = 99;
        const auto load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings),
                 QStringList{"/scenarios/2/parameters/cost.frontier_pric: unknown parameter in scenario "
                             "\"Bull: the floor, not the ceiling\"; ignored"});
        QVERIFY(*load.workspace == defaultWorkspace());
    }

    void unknownFieldsAreIgnoredWithAWarning() {
        Json root = defaultJson();
        root["theme"] = "dark";
        root["scenarios"][0]["colour"] = "red";
        root["scenarios"][1]["applications"][0]["icon"] = "chat.svg";
        const auto load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        // Top-level fields are checked before the scenarios are read.
        QCOMPARE(qsList(load.warnings), (QStringList{
                                            "/theme: unknown field; ignored",
                                            "/scenarios/0/colour: unknown field; ignored",
                                            "/scenarios/1/applications/0/icon: unknown field; ignored",
                                        }));
        QVERIFY(*load.workspace == defaultWorkspace());
    }

    void outOfRangeValuesAreClampedWithAWarning_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("clamped");
        QTest::addColumn<QString>("warning");
        QTest::newRow("above") << "cost.frontier_price" << 5000.0 << 1000.0
                               << "/scenarios/1/parameters/cost.frontier_price: 5000 is outside the range "
                                  "0.01–1000 in scenario \"Bear: the escalator\"; clamped to 1000";
        QTest::newRow("below") << "capex.utilization" << 0.01 << 0.05
                               << "/scenarios/1/parameters/capex.utilization: 0.01 is outside the range 0.05–1 "
                                  "in scenario \"Bear: the escalator\"; clamped to 0.05";
        QTest::newRow("negative") << "lev.compute_per_person" << -3.0 << 0.0
                                  << "/scenarios/1/parameters/lev.compute_per_person: -3 is outside the range "
                                     "0–10000 in scenario \"Bear: the escalator\"; clamped to 0";
        QTest::newRow("huge") << "life.pretrain_cost" << 1e300 << 1e11
                              << "/scenarios/1/parameters/life.pretrain_cost: 1e+300 is outside the range "
                                 "100000–100000000000 in scenario \"Bear: the escalator\"; clamped to 100000000000";
        QTest::newRow("just above") << "horizon_years" << std::nextafter(20.0, 21.0) << 20.0
                                    << "/scenarios/1/parameters/horizon_years: 20.000000000000004 is outside the "
                                       "range 1–20 in scenario \"Bear: the escalator\"; clamped to 20";
    }

    void outOfRangeValuesAreClampedWithAWarning() {
        QFETCH(QString, id);
        QFETCH(double, value);
        QFETCH(double, clamped);
        QFETCH(QString, warning);
        Json root = defaultJson();
        root["scenarios"][1]["parameters"][id.toStdString()] = value;
        const auto load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings), QStringList{warning});
        const auto param = findParameter(id.toStdString());
        QVERIFY(param);
        QCOMPARE(load.workspace->scenarios[1][*param], clamped);
    }

    void applicationFieldsAreClampedWithAWarning() {
        Json root = defaultJson();
        auto& apps = root["scenarios"][0]["applications"];
        apps[0]["tokens_per_task"] = 1e-12;
        apps[1]["value_per_task"] = 5e12;
        const auto load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings),
                 (QStringList{"/scenarios/0/applications/0/tokens_per_task: 1e-12 is outside the range "
                              "1e-09–1000000000 in scenario \"Base\"; clamped to 1e-09",
                              "/scenarios/0/applications/1/value_per_task: 5000000000000 is outside the range "
                              "1e-09–1000000000000 in scenario \"Base\"; clamped to 1000000000000"}));
        QCOMPARE(load.workspace->scenarios[0].applications[0].tokensPerTask, 1e-9);
        QCOMPARE(load.workspace->scenarios[0].applications[1].valuePerTask, 1e12);
    }

    void missingParametersTakeTheirDefaults() {
        Json root = defaultJson();
        auto& bear = root["scenarios"][1]["parameters"];
        bear.erase("cost.law");
        bear.erase("lev.p");
        root["scenarios"][3]["parameters"].erase("capex.wacc");
        root["scenarios"][2].erase("parameters");
        root["scenarios"][2].erase("applications");
        const auto load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings),
                 (QStringList{
                     "/scenarios/1/parameters: scenario \"Bear: the escalator\" has no value for cost.law, lev.p; "
                     "using the defaults",
                     "/scenarios/2: scenario \"Bull: the floor, not the ceiling\" has no \"parameters\"; using the "
                     "defaults",
                     "/scenarios/2: scenario \"Bull: the floor, not the ceiling\" has no \"applications\"; using the "
                     "default list",
                     "/scenarios/3/parameters: scenario \"Thin team\" has no value for capex.wacc; using the "
                     "default",
                 }));
        const Workspace& ws = *load.workspace;
        QCOMPARE(ws.scenarios[1][ParamId::CostLaw], 0.0);    // exponential
        QCOMPARE(ws.scenarios[1][ParamId::LevP], 0.5);
        QCOMPARE(ws.scenarios[1][ParamId::CapexUtilization], 0.55);  // the rest as written
        QCOMPARE(ws.scenarios[3][ParamId::CapexWacc], 0.09);
        QCOMPARE(ws.scenarios[2][ParamId::CapexUtilization], 0.8);  // all defaults
        QCOMPARE(ws.scenarios[2][ParamId::HorizonYears], 5.0);
        QCOMPARE(ws.scenarios[2].applications.size(), std::size_t{4});
        QCOMPARE(qs(ws.scenarios[2].applications[3].id), QString("worker"));
        QCOMPARE(ws.scenarios[2].applications[3].tokensPerTask, 200.0);
    }

    void emptyApplicationListStaysEmpty() {
        Json root = defaultJson();
        root["scenarios"][0]["applications"] = Json::array();
        const auto load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings), QStringList());
        QVERIFY(load.workspace->scenarios[0].applications.empty());
    }

    void costLawAcceptsItsChoiceOrItsIndex() {
        Json root = defaultJson();
        root["scenarios"][0]["parameters"]["cost.law"] = "wright";
        root["scenarios"][1]["parameters"]["cost.law"] = 1;
        root["scenarios"][2]["parameters"]["cost.law"] = 0;
        root["scenarios"][3]["parameters"]["cost.law"] = 1.0;
        const auto load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings), QStringList());
        const Workspace& ws = *load.workspace;
        QCOMPARE(ws.scenarios[0][ParamId::CostLaw], 1.0);
        QCOMPARE(ws.scenarios[1][ParamId::CostLaw], 1.0);
        QCOMPARE(ws.scenarios[2][ParamId::CostLaw], 0.0);
        QCOMPARE(ws.scenarios[3][ParamId::CostLaw], 1.0);
        // Written back as the choice.
        const Json back = Json::parse(serializeWorkspace(ws));
        QCOMPARE(qs(back["scenarios"][1]["parameters"]["cost.law"].get<std::string>()), QString("wright"));
        QCOMPARE(qs(back["scenarios"][2]["parameters"]["cost.law"].get<std::string>()), QString("exponential"));
    }

    void schemaVersionMayBeWrittenAsAnIntegralFloat() {
        Json root = defaultJson();
        root["schema_version"] = 1.0;
        const auto load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
    }

    void missingApplicationIdsAreDerivedFromTheName() {
        Json root = defaultJson();
        auto& apps = root["scenarios"][0]["applications"];
        apps[0].erase("id");  // "Chat answer" → chat_answer
        apps[1].erase("id");
        apps[1]["name"] = "Legal memo";
        // A later explicit id wins its name; the derived one steps aside.
        apps[2]["id"] = "legal_memo";
        apps[3].erase("id");
        apps[3]["name"] = "  ";  // no letters at all
        const auto load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.warnings), QStringList());
        const auto& result = load.workspace->scenarios[0].applications;
        QCOMPARE(qs(result[0].id), QString("chat_answer"));
        QCOMPARE(qs(result[1].id), QString("legal_memo_2"));
        QCOMPARE(qs(result[2].id), QString("legal_memo"));
        QCOMPARE(qs(result[3].id), QString("app"));
    }

    void manyApplicationsWithOneNameGetDistinctIds() {
        Json root = defaultJson();
        Json apps = Json::array();
        for (int i = 0; i < 10000; ++i)
            apps.push_back({{"name", "Same task"}, {"tokens_per_task", 1}, {"value_per_task", 1}});
        apps[5]["id"] = "same_task_3";  // an explicit id the derived ones must step around
        root["scenarios"][0]["applications"] = apps;
        const auto load = parseWorkspace(root.dump());
        QVERIFY2(load.workspace, load.error.c_str());
        // Not quadratic in the list, counted rather than timed: each of the
        // 9,999 derived ids checks its base once, and each suffix is tried at
        // most once (the counter per base never goes back), for a derived id
        // or to step over a taken one (the one explicit id): at most
        // 9,999 + 9,999 + 1 candidates. Restarting at _2 each time would try
        // about 50 million.
        const std::size_t derived = 9999;
        QVERIFY2(lastParseWork().idCandidates >= derived, "every derived id checks at least one candidate");
        QVERIFY2(lastParseWork().idCandidates <= derived + derived + 1,
                 qPrintable(QString("%1 candidate ids tried").arg(lastParseWork().idCandidates)));
        const auto& result = load.workspace->scenarios[0].applications;
        QCOMPARE(qs(result[0].id), QString("same_task"));
        QCOMPARE(qs(result[1].id), QString("same_task_2"));
        QCOMPARE(qs(result[2].id), QString("same_task_4"));
        QCOMPARE(qs(result[5].id), QString("same_task_3"));
        QCOMPARE(qs(result[6].id), QString("same_task_7"));  // 0, 1, 2, 3, 4 took _, _2, _4, _5, _6
        QCOMPARE(qs(result.back().id), QString("same_task_10000"));
        // Same answers as uniqueApplicationId, the editor's rule, applied one by one.
        std::vector<Application> reference{result[5]};
        for (std::size_t i = 0; i < 50; ++i) {
            if (i == 5) continue;
            reference.push_back(result[i]);
            QCOMPARE(qs(result[i].id), qs(uniqueApplicationId(std::vector<Application>(reference.begin(),
                                                                                        reference.end() - 1),
                                                               "Same task")));
        }
    }

    void hostileSizesStayBounded() {
        // Too many scenarios: refused, quickly.
        std::string many = "{\"format\": \"leverboard-workspace\", \"schema_version\": 1, \"scenarios\": [";
        for (int i = 0; i <= 10000; ++i)
            many += (i ? ",\n" : "") + std::string("{\"name\": \"s") + std::to_string(i) + "\"}";
        QCOMPARE(errorOf(many + "]}"), QString("/scenarios: too many scenarios (10001; the limit is 10000)"));

        // A compare list of 200,000 names and a warning for most of them: a
        // hundred warnings and a count.
        Json root = defaultJson();
        Json compare = Json::array();
        for (int i = 0; i < 200000; ++i) compare.push_back(i % 2 ? "Base" : "Missing " + std::to_string(i));
        root["compare"] = compare;
        const auto load = parseWorkspace(root.dump());
        QVERIFY2(load.workspace, load.error.c_str());
        // Linear, counted rather than timed: one scenario lookup per entry and
        // one more among the names kept when it exists, not a scan of the
        // entries before it (20 billion comparisons here).
        QVERIFY(lastParseWork().compareLookups >= 200000);
        QVERIFY2(lastParseWork().compareLookups <= 2 * 200000,
                 qPrintable(QString("%1 lookups").arg(lastParseWork().compareLookups)));
        QCOMPARE(qsList(load.workspace->compared), QStringList{"Base"});
        QCOMPARE(load.warnings.size(), std::size_t{101});
        QCOMPARE(qs(load.warnings[0]), QString("/compare/0: no scenario named \"Missing 0\"; dropped"));
        QCOMPARE(qs(load.warnings[1]), QString("/compare/2: no scenario named \"Missing 2\"; dropped"));
        QCOMPARE(qs(load.warnings[2]), QString("/compare/3: \"Base\" is listed twice; dropped"));
        // 200,000 entries, one kept: 199,999 warnings, 100 shown.
        QCOMPARE(qs(load.warnings.back()), QString("(and 199899 more warnings)"));
    }

    void activeScenarioDefaultsToTheFirst() {
        Json missing = defaultJson();
        missing.erase("active_scenario");
        auto load = parseWorkspace(missing.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(load.workspace->active, 0);
        QCOMPARE(qsList(load.warnings), QStringList());  // missing is fine, silently the first

        Json named = defaultJson();
        named["active_scenario"] = "Thin team";
        load = parseWorkspace(named.dump(2));
        QCOMPARE(load.workspace->active, 3);

        Json wrong = defaultJson();
        wrong["active_scenario"] = "Thin tea";
        load = parseWorkspace(wrong.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(load.workspace->active, 0);
        QCOMPARE(qsList(load.warnings), QStringList{"/active_scenario: no scenario named \"Thin tea\"; using \"Base\""});
    }

    void compareListIsRepaired() {
        Json root = defaultJson();
        root["compare"] = Json::array({"Thin team", "Nope", "Base", "Bull: the floor, not the ceiling", "Thin team",
                                       "Bear: the escalator"});
        auto load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.workspace->compared),
                 (QStringList{"Thin team", "Base", "Bull: the floor, not the ceiling", "Bear: the escalator"}));
        QCOMPARE(qsList(load.warnings), (QStringList{"/compare/1: no scenario named \"Nope\"; dropped",
                                                     "/compare/4: \"Thin team\" is listed twice; dropped"}));

        // Five distinct names: the first four are kept.
        Json five = defaultJson();
        five["scenarios"].push_back(five["scenarios"][0]);
        five["scenarios"].back()["name"] = "Fifth";  // the copy of Base, renamed
        five["compare"] = Json::array({"Fifth", "Thin team", "Base", "Bull: the floor, not the ceiling",
                                       "Bear: the escalator"});
        load = parseWorkspace(five.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QCOMPARE(qsList(load.workspace->compared),
                 (QStringList{"Fifth", "Thin team", "Base", "Bull: the floor, not the ceiling"}));
        QCOMPARE(qsList(load.warnings), QStringList{"/compare: more than 4 scenarios listed; kept the first 4"});

        Json none = defaultJson();
        none.erase("compare");
        load = parseWorkspace(none.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QVERIFY(load.workspace->compared.empty());
        QCOMPARE(qsList(load.warnings), QStringList());
    }

    // ---- files -------------------------------------------------------------

    void oversizedFileIsRefused() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("big.leverboard").toStdString();
        std::string text = serializeWorkspace(defaultWorkspace());
        text.resize(kMaxWorkspaceBytes + 1, ' ');  // valid JSON, one byte too many
        writeText(path, text);
        QCOMPARE(fs::file_size(path), std::uintmax_t{kMaxWorkspaceBytes + 1});
        const auto load = loadWorkspaceFile(path);
        QVERIFY(!load.workspace);
        QCOMPARE(qs(load.error), QString("\"%1\" is too large to be a workspace: 20971521 bytes, the limit is "
                                         "20971520 bytes (20 MB)")
                                     .arg(qs(path)));
    }

    // A device or pipe has no size to check first: reading stops at the limit.
    void endlessInputIsCutAtTheLimit() {
        if (!fs::exists("/dev/zero")) QSKIP("no /dev/zero on this system");
        const auto load = loadWorkspaceFile("/dev/zero");
        QVERIFY(!load.workspace);
        QCOMPARE(qs(load.error), QString("\"/dev/zero\" is too large to be a workspace: more than the limit of "
                                         "20971520 bytes (20 MB)"));
    }

    void fileOfExactlyTheLimitLoads() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("limit.leverboard").toStdString();
        std::string text = serializeWorkspace(defaultWorkspace());
        text.resize(kMaxWorkspaceBytes, ' ');
        writeText(path, text);
        const auto load = loadWorkspaceFile(path);  // bench_workspace_json times this
        QVERIFY2(load.workspace, load.error.c_str());
        QVERIFY(*load.workspace == defaultWorkspace());
    }

    void missingOrUnreadableFilesNameThePath() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string missing = dir.filePath("nowhere.leverboard").toStdString();
        auto load = loadWorkspaceFile(missing);
        QVERIFY(!load.workspace);
        QCOMPARE(qs(load.error), QString("cannot read \"%1\": No such file or directory").arg(qs(missing)));

        const std::string directory = dir.path().toStdString();
        load = loadWorkspaceFile(directory);
        QVERIFY(!load.workspace);
        QCOMPARE(qs(load.error), QString("cannot read \"%1\": it is a directory").arg(qs(directory)));

        const std::string locked = dir.filePath("locked.leverboard").toStdString();
        writeText(locked, serializeWorkspace(defaultWorkspace()));
        QVERIFY(::chmod(locked.c_str(), 0) == 0);
        if (std::ifstream(locked).good())  // root: CTest runs this test through tests/tools/run-unprivileged.sh
            QFAIL("running as root, where file permissions stop nothing: run it through run-unprivileged.sh");
        load = loadWorkspaceFile(locked);
        QVERIFY(!load.workspace);
        QCOMPARE(qs(load.error), QString("cannot read \"%1\": Permission denied").arg(qs(locked)));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceJson)
#include "test_workspace_json.moc"
