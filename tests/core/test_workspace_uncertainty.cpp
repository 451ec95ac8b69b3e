// Workspace schema 2 (MODEL.md, "Uncertainty"): a scenario's distributions
// and rank correlations saved with it. Version 1 files read unchanged and a
// workspace without uncertainty differs from version 1 only in its version;
// version 3 is refused; every bad distribution or correlation is refused
// naming the JSON path and the parameter or pair; ids this version does not
// know are warnings.

#include <QtTest>

#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "scenario/WorkspaceJson.h"

using namespace leverboard;
using Json = nlohmann::ordered_json;

namespace {

std::string dataFile(const char* name) { return std::string(LEVERBOARD_TEST_DATA_DIR) + "/" + name; }

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at == std::string::npos) return {};
    return text.replace(at, from.size(), to);
}

// The Base scenario unsure about utilization and the rental price, correlated.
Workspace uncertainWorkspace() {
    Workspace ws = defaultWorkspace();
    Uncertainty& u = ws.scenarios[0].uncertainty;
    u.set(ParamId::CapexUtilization, {DistributionKind::Triangular, 0.5, 0.8, 1});
    u.set(ParamId::CapexRentalPrice, {DistributionKind::Normal, 2.5, 7, 0});
    u.setCorrelation(ParamId::CapexRentalPrice, ParamId::CapexUtilization, 0.5);
    return ws;
}

QString errorOf(const Json& root) {
    const WorkspaceLoad load = parseWorkspace(root.dump(2));
    if (load.workspace) return "(loaded)";
    return QString::fromStdString(load.error);
}

}  // namespace

class TestWorkspaceUncertainty : public QObject {
    Q_OBJECT

private slots:
    void versionOneReadsUnchangedAndOnlyTheVersionDiffers() {
        const std::string v2 = serializeWorkspace(defaultWorkspace());
        QVERIFY(v2.find("\"schema_version\": 2,\n") != std::string::npos);
        QVERIFY(v2.find("uncertainty") == std::string::npos);
        const std::string v1 = replaced(v2, "\"schema_version\": 2,", "\"schema_version\": 1,");
        QVERIFY(!v1.empty());
        const WorkspaceLoad load = parseWorkspace(v1);
        QVERIFY2(load.workspace, load.error.c_str());
        QVERIFY(load.warnings.empty());
        QVERIFY(*load.workspace == defaultWorkspace());
        QCOMPARE(QString::fromStdString(serializeWorkspace(*load.workspace)), QString::fromStdString(v2));
        // A version 1 sample file from before uncertainty existed.
        const WorkspaceLoad old = loadWorkspaceFile(dataFile("valid_three_scenarios.leverboard"));
        QVERIFY2(old.workspace, old.error.c_str());
        QVERIFY(readText(dataFile("valid_three_scenarios.leverboard")).find("\"schema_version\": 1,") != std::string::npos);
        for (const Scenario& s : old.workspace->scenarios) QVERIFY(s.uncertainty.empty());
    }

    void versionThreeIsRefused() {
        Json root = Json::parse(serializeWorkspace(uncertainWorkspace()));
        root["schema_version"] = 3;
        QCOMPARE(errorOf(root),
                 QString("this workspace was written by a newer Leverboard (schema version 3; this version reads up to 2)"));
    }

    void uncertaintyRoundTripsInItsDocumentedLayout() {
        Workspace ws = uncertainWorkspace();
        ws.scenarios[0].uncertainty.set(ParamId::CostFrontierDecline, {DistributionKind::Lognormal, 5, 10, 0});
        ws.scenarios[0].uncertainty.set(ParamId::CapexEconomicLife, {DistributionKind::Uniform, 2, 4.5, 0});
        ws.scenarios[2].uncertainty.set(ParamId::LevP, {DistributionKind::Uniform, 0.3, 0.7, 0});
        const std::string text = serializeWorkspace(ws);
        const WorkspaceLoad load = parseWorkspace(text);
        QVERIFY2(load.workspace, load.error.c_str());
        QVERIFY(load.warnings.empty());
        QVERIFY(*load.workspace == ws);
        QCOMPARE(QString::fromStdString(serializeWorkspace(*load.workspace)), QString::fromStdString(text));
        // After the applications, parameters in registry order, the numbers by the names people use.
        QVERIFY(text.find("      ],\n"
                          "      \"uncertainty\": {\n"
                          "        \"distributions\": {\n"
                          "          \"cost.frontier_decline\": {\n"
                          "            \"kind\": \"lognormal\",\n"
                          "            \"p5\": 5,\n"
                          "            \"p95\": 10\n"
                          "          },\n"
                          "          \"capex.utilization\": {\n"
                          "            \"kind\": \"triangular\",\n"
                          "            \"low\": 0.5,\n"
                          "            \"mode\": 0.8,\n"
                          "            \"high\": 1\n"
                          "          },\n"
                          "          \"capex.rental_price\": {\n"
                          "            \"kind\": \"normal\",\n"
                          "            \"p5\": 2.5,\n"
                          "            \"p95\": 7\n"
                          "          },\n"
                          "          \"capex.economic_life\": {\n"
                          "            \"kind\": \"uniform\",\n"
                          "            \"low\": 2,\n"
                          "            \"high\": 4.5\n"
                          "          }\n"
                          "        },\n"
                          "        \"correlations\": [\n"
                          "          {\n"
                          "            \"a\": \"capex.utilization\",\n"
                          "            \"b\": \"capex.rental_price\",\n"
                          "            \"rho\": 0.5\n"
                          "          }\n"
                          "        ]\n"
                          "      }\n"
                          "    },\n") != std::string::npos);
        // Only the two scenarios that carry uncertainty have the key.
        const Json root = Json::parse(text);
        for (std::size_t i = 0; i < root["scenarios"].size(); ++i)
            QCOMPARE(root["scenarios"][i].contains("uncertainty"), i == 0 || i == 2);
    }

    void correlationsMayBeGivenInEitherOrder() {
        Json root = Json::parse(serializeWorkspace(uncertainWorkspace()));
        auto& c = root["scenarios"][0]["uncertainty"]["correlations"][0];
        c["a"] = "capex.rental_price";
        c["b"] = "capex.utilization";
        const WorkspaceLoad load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QVERIFY(*load.workspace == uncertainWorkspace());
        // No correlations key, or rho 0: none.
        root["scenarios"][0]["uncertainty"].erase("correlations");
        const WorkspaceLoad plain = parseWorkspace(root.dump(2));
        QVERIFY2(plain.workspace, plain.error.c_str());
        QVERIFY(plain.workspace->scenarios[0].uncertainty.correlations.empty());
        QCOMPARE(plain.workspace->scenarios[0].uncertainty.distributions.size(), std::size_t(2));
    }

    void badUncertaintyIsRefusedNamingThePathAndTheParameter_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("error");
        const QString d = "/scenarios/0/uncertainty/distributions/";
        const QString c = "/scenarios/0/uncertainty/correlations";
        QTest::newRow("low above high") << 0 << d + "capex.economic_life: capex.economic_life: low 5 is above high 3";
        QTest::newRow("mode outside") << 1 << d + "capex.utilization: capex.utilization: mode 1.2 is not between low 0.5 and high 1";
        QTest::newRow("outside the range")
            << 2 << d + "capex.utilization: capex.utilization: uniform(2, 3) has no mass inside the range 0.05–1";
        QTest::newRow("lognormal p5 0") << 3 << d + "capex.rental_price: capex.rental_price: lognormal needs p5 > 0";
        QTest::newRow("p5 above p95") << 4 << d + "capex.rental_price: capex.rental_price: p5 7 must be below p95 2.5";
        QTest::newRow("unknown kind")
            << 5 << d + "capex.utilization/kind: expected \"uniform\", \"triangular\", \"normal\" or \"lognormal\", got \"beta\"";
        QTest::newRow("missing number") << 6 << d + "capex.utilization/high: missing";
        QTest::newRow("number as text") << 7 << d + "capex.utilization/low: expected a number, got string";
        QTest::newRow("no kind") << 8 << d + "capex.utilization/kind: missing";
        QTest::newRow("distributions array") << 9 << "/scenarios/0/uncertainty/distributions: expected an object, got array";
        QTest::newRow("uncertainty text") << 10 << "/scenarios/0/uncertainty: expected an object, got string";
        QTest::newRow("choice parameter") << 11 << d + "cost.law: cost.law: a choice parameter cannot carry a distribution";
        QTest::newRow("not positive definite")
            << 12
            << c + ": the rank correlations are not consistent (not positive definite): "
                   "capex.utilization–capex.rental_price, capex.utilization–capex.economic_life, "
                   "capex.rental_price–capex.economic_life";
        QTest::newRow("rho 1") << 13 << c + "/0/rho: capex.utilization–capex.rental_price: rank correlation 1 must be "
                                            "strictly between -1 and 1";
        QTest::newRow("no distribution")
            << 14 << c + "/0: capex.utilization–capex.wacc: capex.wacc has no distribution, so it cannot be correlated";
        QTest::newRow("pair twice")
            << 15 << c + "/1: capex.utilization–capex.rental_price: the pair is listed twice (first at " + c + "/0)";
        QTest::newRow("itself") << 16 << c + "/0: capex.utilization: a rank correlation with itself";
        QTest::newRow("rho text") << 17 << c + "/0/rho: expected a number, got string";
        QTest::newRow("no a") << 18 << c + "/0/a: missing";
        QTest::newRow("correlations object") << 19 << c + ": expected an array, got object";
        QTest::newRow("rho -1") << 20 << c + "/0/rho: capex.utilization–capex.rental_price: rank correlation -1 must be "
                                             "strictly between -1 and 1";
    }

    void badUncertaintyIsRefusedNamingThePathAndTheParameter() {
        QFETCH(int, which);
        QFETCH(QString, error);
        Json root = Json::parse(serializeWorkspace(uncertainWorkspace()));
        Json& u = root["scenarios"][0]["uncertainty"];
        Json& dist = u["distributions"];
        Json& util = dist["capex.utilization"];
        Json& corr = u["correlations"];
        switch (which) {
        case 0: dist["capex.economic_life"] = {{"kind", "uniform"}, {"low", 5}, {"high", 3}}; break;
        case 1: util["mode"] = 1.2; break;
        case 2: util = {{"kind", "uniform"}, {"low", 2}, {"high", 3}}; break;
        case 3: dist["capex.rental_price"] = {{"kind", "lognormal"}, {"p5", 0}, {"p95", 3}}; break;
        case 4: dist["capex.rental_price"] = {{"kind", "normal"}, {"p5", 7}, {"p95", 2.5}}; break;
        case 5: util["kind"] = "beta"; break;
        case 6: util.erase("high"); break;
        case 7: util["low"] = "0.5"; break;
        case 8: util.erase("kind"); break;
        case 9: u["distributions"] = Json::array(); break;
        case 10: root["scenarios"][0]["uncertainty"] = "wide"; break;
        case 11: dist["cost.law"] = {{"kind", "uniform"}, {"low", 0}, {"high", 1}}; break;
        case 12:
            dist["capex.economic_life"] = {{"kind", "uniform"}, {"low", 2}, {"high", 4}};
            corr[0]["rho"] = 0.9;
            corr.push_back({{"a", "capex.utilization"}, {"b", "capex.economic_life"}, {"rho", 0.9}});
            corr.push_back({{"a", "capex.rental_price"}, {"b", "capex.economic_life"}, {"rho", -0.9}});
            break;
        case 13: corr[0]["rho"] = 1; break;
        case 14: corr[0]["b"] = "capex.wacc"; break;
        case 15: corr.push_back({{"a", "capex.rental_price"}, {"b", "capex.utilization"}, {"rho", 0.2}}); break;
        case 16: corr[0]["b"] = "capex.utilization"; break;
        case 17: corr[0]["rho"] = "0.5"; break;
        case 18: corr[0].erase("a"); break;
        case 19: u["correlations"] = Json::object(); break;
        case 20: corr[0]["rho"] = -1; break;
        }
        QCOMPARE(errorOf(root), error);
    }

    void idsThisVersionDoesNotKnowAreWarnings() {
        Json root = Json::parse(serializeWorkspace(uncertainWorkspace()));
        Json& u = root["scenarios"][0]["uncertainty"];
        u["distributions"]["capex.future_knob"] = {{"kind", "uniform"}, {"low", 1}, {"high", 2}};
        u["distributions"]["capex.utilization"]["spread"] = 3;  // not a key of this kind
        u["correlations"].push_back({{"a", "capex.future_knob"}, {"b", "capex.utilization"}, {"rho", 0.3}});
        u["later"] = true;
        const WorkspaceLoad load = parseWorkspace(root.dump(2));
        QVERIFY2(load.workspace, load.error.c_str());
        QStringList warnings;
        for (const auto& w : load.warnings) warnings << QString::fromStdString(w);
        QCOMPARE(warnings,
                 (QStringList{"/scenarios/0/uncertainty/later: unknown field; ignored",
                              "/scenarios/0/uncertainty/distributions/capex.utilization/spread: unknown field; ignored",
                              "/scenarios/0/uncertainty/distributions/capex.future_knob: unknown parameter in scenario "
                              "\"Base\"; its distribution is ignored",
                              "/scenarios/0/uncertainty/correlations/1: unknown parameter \"capex.future_knob\" in "
                              "scenario \"Base\"; the correlation is ignored"}));
        QVERIFY(*load.workspace == uncertainWorkspace());
    }

    void theSampleFileLoads() {
        const std::string path = dataFile("with_uncertainty.leverboard");
        const WorkspaceLoad load = loadWorkspaceFile(path);
        QVERIFY2(load.workspace, load.error.c_str());
        QVERIFY(load.warnings.empty());
        // Base: frontier decline lognormal 5–10×, economic life uniform 2–4 years,
        // utilization triangular(0.55, 0.8, 0.95), rental price normal(2.5, 6),
        // utilization and rental price rank-correlated 0.5.
        Uncertainty expected;
        expected.set(ParamId::CostFrontierDecline, {DistributionKind::Lognormal, 5, 10, 0});
        expected.set(ParamId::CapexEconomicLife, {DistributionKind::Uniform, 2, 4, 0});
        expected.set(ParamId::CapexUtilization, {DistributionKind::Triangular, 0.55, 0.8, 0.95});
        expected.set(ParamId::CapexRentalPrice, {DistributionKind::Normal, 2.5, 6, 0});
        expected.setCorrelation(ParamId::CapexUtilization, ParamId::CapexRentalPrice, 0.5);
        QCOMPARE(load.workspace->scenarios[0].name, std::string("Base"));
        QVERIFY(load.workspace->scenarios[0].uncertainty == expected);
        // Every other scenario is as in the default workspace.
        Workspace ws = defaultWorkspace();
        ws.scenarios[0].uncertainty = expected;
        QVERIFY(*load.workspace == ws);
        QCOMPARE(QString::fromStdString(serializeWorkspace(ws)), QString::fromStdString(readText(path)));
    }

    void mangledUncertaintyNeverThrowsAndWhatLoadsIsCanonical() {
        // Random edits inside the uncertainty block of the sample: every
        // outcome is a clean error or a workspace that saves, loads and saves
        // to the same text without a warning.
        const std::string valid = readText(dataFile("with_uncertainty.leverboard"));
        const auto begin = valid.find("\"uncertainty\"");
        const auto end = valid.find("\n    },", begin);
        QVERIFY(begin != std::string::npos && end != std::string::npos);
        std::mt19937 random(1207);
        const std::string alphabet = "{}[]\",:0123456789.-+eE ntrufalsekindlowhighmodep5p95rhoab";
        int loaded = 0, refused = 0;
        for (int round = 0; round < 3000; ++round) {
            std::string text = valid;
            const int edits = 1 + int(random() % 3);
            for (int e = 0; e < edits; ++e) {
                const std::size_t at = begin + random() % (end - begin);
                const char c = alphabet[random() % alphabet.size()];
                switch (random() % 3) {
                case 0: text[at] = c; break;
                case 1: text.insert(at, 1, c); break;
                default: text.erase(at, 1); break;
                }
            }
            const WorkspaceLoad load = parseWorkspace(text);
            if (!load.workspace) {
                ++refused;
                QVERIFY(!load.error.empty());
                QVERIFY(load.error.find('\n') == std::string::npos);
                continue;
            }
            ++loaded;
            const std::string saved = serializeWorkspace(*load.workspace);
            const WorkspaceLoad again = parseWorkspace(saved);
            QVERIFY2(again.workspace, again.error.c_str());
            QVERIFY(again.warnings.empty());
            QVERIFY(*again.workspace == *load.workspace);
            QCOMPARE(serializeWorkspace(*again.workspace), saved);
        }
        QVERIFY(loaded > 100 && refused > 100);
    }
};

QTEST_APPLESS_MAIN(TestWorkspaceUncertainty)
#include "test_workspace_uncertainty.moc"
