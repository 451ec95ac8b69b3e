// The model registry (core/models/ModelRegistry.h): the one list of models the
// engine, the command line and the exports iterate. Its order, each model's
// KPI specs against what evaluate() produces, the natural thresholds of
// MODEL.md's "Analysis on top of any model" (typed from MODEL.md here, not
// copied from the code), the thresholds' values per scenario, the series
// tables, and Results' generic parts.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "models/CapexModel.h"
#include "models/CostCurveModel.h"
#include "models/Engine.h"
#include "models/HalfLifeModel.h"
#include "models/LeverageModel.h"
#include "models/ListWriter.h"
#include "models/ModelRegistry.h"
#include "models/SeriesTables.h"
#include "params/KpiRegistry.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

using namespace leverboard;

namespace {

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

// Sets a parameter the way `--set ID=VALUE` does (parseValue on the text).
void set(Scenario& scenario, std::string_view id, std::string_view text) {
    const auto param = findParameter(id);
    QVERIFY2(param, std::string(id).c_str());
    const ParsedValue parsed = parseValue(*param, text);
    QVERIFY2(parsed.value, parsed.error.c_str());
    scenario[*param] = *parsed.value;
}

using Kind = KpiThreshold::Kind;

// MODEL.md, "Analysis on top of any model": "capex.npv 0, capex.roic_book and
// capex.roic_economic capex.wacc, capex.irr capex.wacc, life.pretrain_advantage
// 0, ..., cost.unlock_month.<app> the horizon (unlocked in time or not),
// lev.required_headcount lev.no_ai_headcount; others have none", good "NPV,
// ROIC, IRR, pretrain advantage ... above it; unlock month at or below the
// horizon; required headcount below the no-AI headcount".
struct ExpectedThreshold {
    Kind kind;
    double value;
    std::string_view ref;
    bool goodAbove;
};
const std::map<std::string_view, ExpectedThreshold> kModelMdThresholds = {
    {"capex.npv", {Kind::Constant, 0, "", true}},
    {"capex.roic_book", {Kind::Parameter, 0, "capex.wacc", true}},
    {"capex.roic_economic", {Kind::Parameter, 0, "capex.wacc", true}},
    {"capex.irr", {Kind::Parameter, 0, "capex.wacc", true}},
    {"life.pretrain_advantage", {Kind::Constant, 0, "", true}},
    {"cost.unlock_month.", {Kind::Horizon, 0, "", false}},
    {"lev.required_headcount", {Kind::Kpi, 0, "lev.no_ai_headcount", false}},
    {"power.onsite_net_value", {Kind::Constant, 0, "", true}},
    // Not in MODEL.md's list: application revenue covering what industry capex
    // needs (gap at or below 1) is the line the revenue-gap card has always
    // been coloured by; kept as a threshold so the card reads the registry.
    {"capex.revenue_gap", {Kind::Constant, 1, "", false}},
};

}  // namespace

class TestModelRegistry : public QObject {
    Q_OBJECT

private slots:
    void idsGroupsAndOrder();
    void findModelByCommandLineId();
    void eachModelListsExactlyTheKpisEvaluateProduces();
    void kpiSpecsAreEveryModelsInRegistryOrder();
    void thresholdsAreMODELmds();
    void thresholdValuesFollowTheScenario();
    void seriesTablesAreRectangular();
    void resultsHoldOnePartPerModel();
    void reusedResultsEqualFreshOnes();
    void plainWritersAppend();
};

void TestModelRegistry::idsGroupsAndOrder() {
    // MODEL.md §1–4, the cost curve (the root) first; the ids are the command
    // line's --model names and the CSV file names.
    const std::vector<std::pair<std::string_view, ModelGroup>> expected = {
        {"cost", ModelGroup::Cost},
        {"leverage", ModelGroup::Leverage},
        {"half_life", ModelGroup::HalfLife},
        {"capex", ModelGroup::Capex},
        {"cluster", ModelGroup::Cluster},
        {"power", ModelGroup::Power},
        {"chips", ModelGroup::Chips},
    };
    const auto all = models();
    QCOMPARE(all.size(), expected.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(qs(all[i].id), qs(expected[i].first));
        QVERIFY(all[i].group == expected[i].second);
        QVERIFY(!all[i].titleEn.empty());
        QVERIFY(!all[i].titleZh.empty());
        QCOMPARE(&modelSpec(all[i].group), &all[i]);
        QCOMPARE(modelIndex(all[i].group), i);
    }
    QCOMPARE(modelChoices(), std::string("cost|leverage|half_life|capex|cluster|power|chips"));
    QCOMPARE(modelChoices(", "), std::string("cost, leverage, half_life, capex, cluster, power, chips"));
}

void TestModelRegistry::findModelByCommandLineId() {
    for (const ModelSpec& model : models()) QCOMPARE(findModel(model.id), &model);
    QVERIFY(findModel("half_life")->group == ModelGroup::HalfLife);
    for (std::string_view bad : {"costs", "", "Cost", "halfLife", "global", "lev", "capex "})
        QVERIFY2(findModel(bad) == nullptr, std::string(bad).c_str());
}

void TestModelRegistry::eachModelListsExactlyTheKpisEvaluateProduces() {
    Scenario twoApps;
    twoApps.applications.resize(2);
    Scenario noApps;
    noApps.applications.clear();
    for (const Scenario& scenario : {Scenario(), twoApps, noApps}) {
        const Results results = evaluate(scenario);
        std::size_t at = 0;
        for (const ModelSpec& model : models()) {
            QVERIFY(!model.kpis.empty());
            for (const KpiSpec& spec : model.kpis) {
                QVERIFY2(spec.group == model.group, std::string(spec.id).c_str());
                // The per-application KPI stands for one id per application.
                std::vector<std::string> ids;
                if (spec.id == kUnlockMonthPrefix) {
                    for (const Application& app : scenario.applications)
                        ids.push_back(std::string(kUnlockMonthPrefix) + app.id);
                } else {
                    ids.push_back(std::string(spec.id));
                }
                for (const std::string& id : ids) {
                    QVERIFY2(at < results.kpis.size(), id.c_str());
                    QCOMPARE(qs(results.kpis[at].id), qs(id));
                    ++at;
                }
            }
        }
        QCOMPARE(at, results.kpis.size());
    }
}

void TestModelRegistry::kpiSpecsAreEveryModelsInRegistryOrder() {
    std::vector<std::string_view> fromModels;
    for (const ModelSpec& model : models())
        for (const KpiSpec& spec : model.kpis) fromModels.push_back(spec.id);
    std::vector<std::string_view> listed;
    for (const KpiSpec& spec : kpiSpecs()) listed.push_back(spec.id);
    QVERIFY(listed == fromModels);
    // Ids are unique, and findKpiSpec finds each, and an application's unlock month.
    std::vector<std::string_view> sorted = listed;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    for (const KpiSpec& spec : kpiSpecs()) QCOMPARE(findKpiSpec(spec.id), &spec);
    QCOMPARE(qs(findKpiSpec("cost.unlock_month.agent")->id), qs(kUnlockMonthPrefix));
    QVERIFY(findKpiSpec("cost.unlock_month") == nullptr);
    QVERIFY(findKpiSpec("capex.nope") == nullptr);
}

void TestModelRegistry::thresholdsAreMODELmds() {
    std::size_t withThreshold = 0;
    for (const KpiSpec& spec : kpiSpecs()) {
        const KpiThreshold& t = spec.threshold;
        const auto expected = kModelMdThresholds.find(spec.id);
        const std::string id(spec.id);
        if (expected == kModelMdThresholds.end()) {
            QVERIFY2(t.kind == Kind::None, id.c_str());
            continue;
        }
        ++withThreshold;
        QVERIFY2(t.kind == expected->second.kind, id.c_str());
        QCOMPARE(t.value, expected->second.value);
        QCOMPARE(qs(t.ref), qs(expected->second.ref));
        QVERIFY2(t.goodAbove == expected->second.goodAbove, id.c_str());
        // A threshold names something that exists.
        if (t.kind == Kind::Parameter) QVERIFY2(findParameter(t.ref), id.c_str());
        if (t.kind == Kind::Kpi) QVERIFY2(findKpiSpec(t.ref), id.c_str());
    }
    // Every threshold MODEL.md gives for these four models is in the registry
    // (plus the revenue gap's, above).
    QCOMPARE(withThreshold, kModelMdThresholds.size());
}

void TestModelRegistry::thresholdValuesFollowTheScenario() {
    const KpiSpec& roicBook = *findKpiSpec("capex.roic_book");
    const KpiSpec& irr = *findKpiSpec("capex.irr");
    const KpiSpec& npv = *findKpiSpec("capex.npv");
    const KpiSpec& unlock = *findKpiSpec("cost.unlock_month.agent");
    const KpiSpec& required = *findKpiSpec("lev.required_headcount");
    const KpiSpec& totalCapex = *findKpiSpec("capex.total_capex");

    Scenario base;
    const Results baseResults = evaluate(base);
    QCOMPARE(*thresholdValue(roicBook, baseResults), 0.09);  // the default WACC (MODEL.md §4)
    QCOMPARE(*thresholdValue(npv, baseResults), 0.0);
    QCOMPARE(*thresholdValue(unlock, baseResults), 60.0);  // 5 years
    QVERIFY(!thresholdValue(totalCapex, baseResults));

    // --set capex.wacc=0.12 horizon_years=3: the thresholds move with the scenario.
    Scenario changed;
    set(changed, "capex.wacc", "0.12");
    set(changed, "horizon_years", "3");
    const Results results = evaluate(changed);
    QCOMPARE(*thresholdValue(roicBook, results), 0.12);
    QCOMPARE(*thresholdValue(irr, results), 0.12);
    QCOMPARE(*thresholdValue(roicBook, results), results.get<CapexResults>().wacc);
    QCOMPARE(*thresholdValue(unlock, results), 36.0);
    const MaybeNumber noAi = results.kpi("lev.no_ai_headcount")->value;
    QVERIFY(noAi);
    QCOMPARE(*thresholdValue(required, results), *noAi);

    // Out of range, the threshold is the WACC the model used: clamped (0.01–0.3).
    Scenario outOfRange;
    outOfRange[*findParameter("capex.wacc")] = 5.0;
    const Results clamped = evaluate(outOfRange);
    QCOMPARE(*thresholdValue(roicBook, clamped), 0.3);
    QCOMPARE(clamped.get<CapexResults>().wacc, 0.3);
}

void TestModelRegistry::seriesTablesAreRectangular() {
    Scenario scenario;
    set(scenario, "horizon_years", "2");
    const Results results = evaluate(scenario);
    for (const ModelSpec& model : models()) {
        const SeriesTable table = seriesTable(results, model);
        const std::string id(model.id);
        QVERIFY2(!table.columns.empty(), id.c_str());
        QVERIFY2(!table.rows.empty(), id.c_str());
        for (const auto& row : table.rows) QCOMPARE(row.size(), table.columns.size());
        for (const std::string& column : table.columns) QVERIFY2(!column.empty(), id.c_str());
        // The first column is the time axis: months 0 … H (MODEL.md), or years 1 … Y for capex.
        if (table.columns.front() == "month") {
            QCOMPARE(table.rows.size(), std::size_t(25));
            QCOMPARE(*table.rows.front().front(), 0.0);
            QCOMPARE(*table.rows.back().front(), 24.0);
        } else if (table.columns.front() == "hazard") {  // chips: one row per hazard, 0 … 3 a year
            QCOMPARE(*table.rows.front().front(), 0.0);
            QCOMPARE(*table.rows.back().front(), 3.0);
        } else if (table.columns.front() == "gpus") {  // cluster: one row per size, t × p … 2e6 GPUs
            QCOMPARE(*table.rows.front().front(), 128.0);
            QCOMPARE(*table.rows.back().front(), 2000000.0);
        } else if (table.columns.front() == "site_mw") {  // power: one row per site power, 10 … 20,000 MW
            QCOMPARE(*table.rows.front().front(), 10.0);
            QCOMPARE(*table.rows.back().front(), 20000.0);
        } else {
            QCOMPARE(qs(table.columns.front()), QStringLiteral("year"));
            QCOMPARE(*table.rows.front().front(), 1.0);
        }
        // toCsv: a header plus one line per row.
        const std::string csv = toCsv(table);
        QCOMPARE(std::size_t(std::count(csv.begin(), csv.end(), '\n')), table.rows.size() + 1);
    }
    // One column per application in the cost table.
    const SeriesTable cost = seriesTable(results, *findModel("cost"));
    QCOMPARE(std::count_if(cost.columns.begin(), cost.columns.end(),
                           [](const std::string& c) { return c.starts_with("cost_per_task."); }),
             std::ptrdiff_t(scenario.applications.size()));
}

void TestModelRegistry::resultsHoldOnePartPerModel() {
    Results fresh;
    QCOMPARE(fresh.parts.size(), models().size());
    // Each part is its model's struct, default-constructed, at its registry index.
    QVERIFY(fresh.get<CostResults>().month.empty());
    QCOMPARE(static_cast<const void*>(&fresh.get<CapexResults>()),
             static_cast<const void*>(std::any_cast<CapexResults>(&fresh.parts[modelIndex(ModelGroup::Capex)])));

    Scenario scenario;
    const Results evaluated = evaluate(scenario);
    QCOMPARE(evaluated.get<CostResults>().month.size(), std::size_t(scenario.horizonMonths() + 1));

    // A copy owns its parts.
    Results copy = evaluated;
    copy.get<CapexResults>().npv = 1234;
    QVERIFY(evaluated.get<CapexResults>().npv != 1234);

    // A moved-from Results can be evaluated into again (the GUI reuses them).
    Results moved = std::move(copy);
    evaluate(scenario, copy);
    QCOMPARE(copy.parts.size(), models().size());
    QCOMPARE(copy.kpis, evaluated.kpis);
    QCOMPARE(copy.get<LeverageResults>().month, evaluated.get<LeverageResults>().month);
}

// evaluate() overwrites the KPI, note and warning entries the previous
// evaluation left (keeping their storage) and drops the rest: whatever came
// before, the lists are exactly a fresh evaluation's. Scenarios alternate
// between clean and clamped ones (warnings), with 0 to 3 applications (KPI
// counts differ), whole and partial model masks.
void TestModelRegistry::reusedResultsEqualFreshOnes() {
    std::mt19937 random(5);
    std::uniform_real_distribution<double> u(0, 1);
    Results reused;
    std::set<std::size_t> kpiCounts, noteCounts, warningCounts;
    for (int n = 0; n < 200; ++n) {
        Scenario s;
        for (const ParameterSpec& p : parameters()) {
            const double span = p.max - p.min;
            // Every fifth scenario strays outside the ranges (clamped, with warnings).
            const double x = n % 5 == 4 ? -0.2 + 1.4 * u(random) : u(random);
            s[p.param] = p.isEnum() ? std::floor(x * double(p.choices.size())) : p.min + x * span;
        }
        s.applications.resize(static_cast<std::size_t>(n % 4));
        for (std::size_t a = 0; a < s.applications.size(); ++a) {
            s.applications[a].id = "app_with_a_long_identifier_" + std::to_string(a);
            s.applications[a].name = "App " + std::to_string(a);
            s.applications[a].tokensPerTask = 1000 * double(a + 1);
            s.applications[a].valuePerTask = 10;
        }
        const Results fresh = evaluate(s);
        if (n % 3 == 2) {
            evaluate(s, reused, EvalOptions{std::uint64_t{1} << modelIndex(ModelGroup::Capex)});
            std::vector<Kpi> capexOnly;
            for (const Kpi& k : fresh.kpis)
                if (findKpiSpec(k.id) && findKpiSpec(k.id)->group == ModelGroup::Capex) capexOnly.push_back(k);
            QVERIFY(reused.kpis == capexOnly);
            continue;
        }
        evaluate(s, reused);
        QVERIFY2(reused.kpis == fresh.kpis, qPrintable(QString::number(n)));
        QVERIFY2(reused.notes == fresh.notes, qPrintable(QString::number(n)));
        QVERIFY2(reused.warnings == fresh.warnings, qPrintable(QString::number(n)));
        kpiCounts.insert(fresh.kpis.size());
        noteCounts.insert(fresh.notes.size());
        warningCounts.insert(fresh.warnings.size());
    }
    // The sequence exercised growing and shrinking lists.
    QVERIFY(kpiCounts.size() >= 3);
    QVERIFY(noteCounts.size() >= 3);
    QVERIFY(warningCounts.size() >= 3);
}

// A writer made from a plain vector appends (tests and one-off calls use it);
// one with a counter overwrites from the counter on.
void TestModelRegistry::plainWritersAppend() {
    std::vector<Kpi> kpis{{"first", 1.0, {}}};
    const KpiWriter append(kpis);
    append.push_back({"second", 2.0, {}});
    append.push_back({"third", std::nullopt, "text"});
    QCOMPARE(kpis.size(), std::size_t(3));
    QCOMPARE(kpis[0].id, std::string("first"));
    QCOMPARE(kpis[2].text, std::string("text"));
    QVERIFY(!kpis[2].value);

    std::size_t used = 0;
    const KpiWriter overwrite(kpis, used);
    overwrite.push_back({"again", 5.0, {}});
    QCOMPARE(used, std::size_t(1));
    QCOMPARE(kpis.size(), std::size_t(3));  // the owner drops the rest
    QCOMPARE(kpis[0].id, std::string("again"));
    QCOMPARE(*kpis[0].value, 5.0);
    QCOMPARE(kpis[1].id, std::string("second"));

    std::vector<Message> notes;
    const MessageWriter writer(notes);
    writer.push_back({"capex.irr", "irr_no_root", {-0.9999, 10.0}});
    writer.append(Message{"capex.npv", "x", {}});
    QCOMPARE(notes.size(), std::size_t(2));
    QCOMPARE(notes[0].args.size(), std::size_t(2));
    QCOMPARE(*notes[0].args[1].number(), 10.0);
    QCOMPARE(notes[1].subject, std::string("capex.npv"));
}

QTEST_APPLESS_MAIN(TestModelRegistry)
#include "test_model_registry.moc"
