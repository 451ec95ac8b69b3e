// The headless command line, driven through the real binary with no display:
// eval (JSON), series (CSV), params (CSV), help, version and every way to
// get the input wrong; output that cannot be written (full disk, closed
// stdout) exits 1 with one line.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "scenario/Workspace.h"
#include "scenario/WorkspaceJson.h"
#include "CliRunner.h"

namespace {

// Every KPI id of MODEL.md, in the order of its sections (cost, lev, life, capex,
// cluster, power, chips),
// with the default application list.
const QStringList kKpiIds = {
    "cost.price_1y", "cost.price_horizon", "cost.total_decline",
    "cost.unlock_month.chat", "cost.unlock_month.review", "cost.unlock_month.agent",
    "cost.unlock_month.worker",
    "lev.required_headcount", "lev.no_ai_headcount", "lev.multiplier", "lev.team_peak",
    "lev.cost_per_quarter", "lev.optimal_compute", "lev.optimal_headcount",
    "lev.optimal_cost_per_quarter", "lev.optimal_headcount_horizon",
    "life.pv_premium", "life.pretrain_advantage", "life.breakeven_half_life",
    "life.crossover_month", "life.months_to_replicate_10pct", "life.better_strategy",
    "capex.total_capex", "capex.roic_book", "capex.roic_economic", "capex.npv", "capex.irr",
    "capex.payback_years", "capex.stranded_value", "capex.implied_pe", "capex.infra_to_app",
    "capex.required_app_revenue", "capex.revenue_gap",
    "cluster.training_flops", "cluster.mfu", "cluster.bubble_share", "cluster.compute_comm_ratio",
    "cluster.job_mtbf_hours", "cluster.checkpoint_minutes", "cluster.goodput", "cluster.days",
    "cluster.gpu_hours", "cluster.cost", "cluster.energy_mwh", "cluster.fastest_gpus",
    "cluster.fastest_days",
    "power.gpus", "power.capex", "power.capex_per_gw", "power.energy_twh", "power.national_share",
    "power.energy_cost", "power.capital_charge", "power.energy_cost_share", "power.sustained_eflops",
    "power.flops_per_joule", "power.runs_per_year", "power.years_grid", "power.years_onsite",
    "power.onsite_net_value", "power.better_path",
    "chips.value_gpu", "chips.value_tpu", "chips.value_asic", "chips.best",
    "chips.breakeven_hazard_tpu", "chips.breakeven_hazard_asic",
};

// Every parameter id of MODEL.md's tables.
const QStringList kParameterIds = {
    "horizon_years",
    "cost.frontier_price", "cost.frontier_decline", "cost.commoditize_months",
    "cost.commodity_decline", "cost.law", "cost.learning_rate", "cost.volume_growth",
    "cost.hw_doubling_years", "cost.max_cost_share",
    "lev.target_work", "lev.base_output", "lev.compute_per_person", "lev.p", "lev.c_sat",
    "lev.p_sat", "lev.share_generate", "lev.share_review", "lev.cap_generate", "lev.cap_review",
    "lev.cap_other", "lev.data", "lev.clarity", "lev.distribution", "lev.contention",
    "lev.coherency", "lev.salary", "lev.unit_price",
    "life.pretrain_cost", "life.half_life_months", "life.queries_per_month",
    "life.query_growth", "life.tokens_per_query", "life.think_multiplier", "life.serving_cost",
    "life.discount_rate",
    "capex.gpus", "capex.gpu_price", "capex.gpu_share", "capex.power_kw", "capex.pue",
    "capex.electricity_price", "capex.utilization", "capex.rental_price",
    "capex.extra_price_decline", "capex.opex_share", "capex.sbc_share", "capex.tax_rate",
    "capex.book_life", "capex.economic_life", "capex.facility_life", "capex.wacc",
    "capex.growth", "capex.industry_capex", "capex.app_revenue", "capex.app_margin",
    "cluster.model_params", "cluster.train_tokens", "cluster.gpus", "cluster.peak_tflops",
    "cluster.kernel_efficiency", "cluster.batch_tokens", "cluster.seq_len", "cluster.tensor_parallel",
    "cluster.pipeline_parallel", "cluster.interleave", "cluster.network_gbps", "cluster.latency_us",
    "cluster.overlap", "cluster.gpu_mtbf_hours", "cluster.checkpoint_seconds", "cluster.restart_minutes",
    "power.site_mw", "power.grid_wait_years", "power.build_years", "power.chip_wait_years",
    "power.onsite_years", "power.onsite_premium", "power.national_twh",
    "chips.shift_hazard", "chips.tpu_perf_per_dollar", "chips.asic_perf_per_dollar",
    "chips.gpu_retained", "chips.tpu_retained", "chips.asic_retained",
};

const QString kBear = QStringLiteral("Bear: the escalator");

// The Bear preset of MODEL.md spelled out as --set options.
const QStringList kBearSettings = {
    "--set", "capex.utilization=0.55", "--set", "capex.economic_life=3",
    "--set", "capex.extra_price_decline=0.25", "--set", "capex.sbc_share=0.1",
    "--set", "capex.app_revenue=100", "--set", "capex.industry_capex=450",
    "--set", "life.half_life_months=4",
};

using cli_test::Run;
using cli_test::runCli;

QJsonObject parseJson(const QByteArray& text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) return {};
    return document.object();
}

// A CSV line split into fields (RFC 4180 quoting).
QStringList splitCsvLine(const QString& line) {
    QStringList fields;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            inQuotes = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QList<QStringList> parseCsv(const QByteArray& text) {
    QList<QStringList> rows;
    for (const QString& line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts))
        rows << splitCsvLine(line);
    return rows;
}

bool closeTo(double actual, double expected, double relTol) {
    return std::fabs(actual - expected) <= relTol * std::fabs(expected);
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void evalDefaultsIsOneJsonObjectWithEveryKpi();
    void evalPrintsNumbersAtFullPrecision();
    void evalSetOverridesParameters();
    void evalLeverageWorkedCheck();
    void evalPresetMatchesItsSettings();
    void workspaceScenarioSelection();
    void workspaceLoadWarningsAreReported();
    void badInputExitsTwoWithOneLine_data();
    void badInputExitsTwoWithOneLine();
    void seriesHeadersAndRows_data();
    void seriesHeadersAndRows();
    void seriesFollowsTheHorizon();
    void seriesValuesMatchClosedForm();
    void paramsListsTheRegistry();
    void helpAndVersion_data();
    void helpAndVersion();
    void commandHelpNamesItsOptions();
    void writeErrorsExitOneWithOneLine_data();
    void writeErrorsExitOneWithOneLine();
    void aVanishedReaderEndsQuietly();
    void helpDocumentsTheExitStatus();
};

void TestCli::evalDefaultsIsOneJsonObjectWithEveryKpi() {
    const Run run = runCli({"eval"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject root = parseJson(run.out);
    QVERIFY2(!root.isEmpty(), run.out.constData());
    QCOMPARE(root.keys(), QStringList({"kpis", "notes", "scenario", "warnings"}));
    QCOMPARE(root.value("scenario").toString(), QStringLiteral("Base"));
    QVERIFY(root.value("warnings").isArray());

    const QJsonObject kpis = root.value("kpis").toObject();
    for (const QString& id : kKpiIds) {
        QVERIFY2(kpis.contains(id), qPrintable("missing KPI " + id));
        const QJsonValue value = kpis.value(id);
        // The text KPIs and their values (MODEL.md §3, §6, §7).
        if (id == "life.better_strategy")
            QVERIFY2(value.toString() == "pretrain" || value.toString() == "inference",
                     qPrintable(value.toString()));
        else if (id == "power.better_path")
            QVERIFY2(value.toString() == "onsite" || value.toString() == "grid", qPrintable(value.toString()));
        else if (id == "chips.best")
            QVERIFY2(QStringList({"gpu", "tpu", "asic"}).contains(value.toString()), qPrintable(value.toString()));
        else
            QVERIFY2(value.isDouble() || value.isNull(), qPrintable(id));
    }
    QCOMPARE(kpis.size(), kKpiIds.size());

    // Engine order, not alphabetical: QJsonObject sorts keys, so read the text.
    qsizetype previous = -1;
    for (const QString& id : kKpiIds) {
        const qsizetype at = run.out.indexOf(('"' + id + '"').toUtf8());
        QVERIFY2(at > previous, qPrintable(id + " out of order"));
        previous = at;
    }
}

void TestCli::evalPrintsNumbersAtFullPrecision() {
    const Run run = runCli({"eval"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject kpis = parseJson(run.out).value("kpis").toObject();
    // MODEL.md §1 with the defaults: P(12) = 10 × 7^(−1); P(60) = 10 × 7^(−18/12) × 40^(−42/12).
    const double price1y = 10.0 / 7.0;
    const double priceHorizon = 10.0 * std::pow(7.0, -1.5) * std::pow(40.0, -3.5);
    // 1e-13 needs far more digits than a %.10g print would keep.
    QVERIFY2(closeTo(kpis.value("cost.price_1y").toDouble(), price1y, 1e-13),
             qPrintable(QString::number(kpis.value("cost.price_1y").toDouble(), 'g', 17)));
    QVERIFY(closeTo(kpis.value("cost.price_horizon").toDouble(), priceHorizon, 1e-12));
    QVERIFY(closeTo(kpis.value("cost.total_decline").toDouble(), 10.0 / priceHorizon, 1e-12));
}

void TestCli::evalSetOverridesParameters() {
    // Wright's law: P(12) = 10 × (4^1)^(−b), b = −log2(1 − 0.3).
    const Run wright = runCli({"eval", "--set", "cost.law=wright"});
    QCOMPARE(wright.exitCode, 0);
    const double b = -std::log2(1 - 0.3);
    QVERIFY(closeTo(parseJson(wright.out)["kpis"].toObject()["cost.price_1y"].toDouble(),
                    10 * std::pow(4.0, -b), 1e-12));

    // Several --set at once, including the horizon: P(H) with H = 24.
    const Run twoYears =
        runCli({"eval", "--set", "horizon_years=2", "--set=cost.frontier_price=20"});
    QCOMPARE(twoYears.exitCode, 0);
    const QJsonObject kpis = parseJson(twoYears.out)["kpis"].toObject();
    QVERIFY(closeTo(kpis["cost.price_horizon"].toDouble(),
                    20 * std::pow(7.0, -1.5) * std::pow(40.0, -0.5), 1e-12));
    QVERIFY(closeTo(kpis["cost.price_1y"].toDouble(), 20.0 / 7.0, 1e-12));
    // The total capex K = gpus × gpu_price / gpu_share.
    QVERIFY(closeTo(kpis["capex.total_capex"].toDouble(), 1e5 * 3e4 / 0.4, 1e-12));
}

void TestCli::evalLeverageWorkedCheck() {
    // MODEL.md: "eight people without AI, four with it, ten features a quarter".
    const Run withAi = runCli({"eval"});
    QCOMPARE(withAi.exitCode, 0);
    const QJsonObject kpis = parseJson(withAi.out)["kpis"].toObject();
    QCOMPARE(kpis["lev.required_headcount"].toDouble(), 4.0);
    QCOMPARE(kpis["lev.no_ai_headcount"].toDouble(), 8.0);

    const Run noAi = runCli({"eval", "--set", "lev.compute_per_person=0"});
    QCOMPARE(noAi.exitCode, 0);
    QCOMPARE(parseJson(noAi.out)["kpis"].toObject()["lev.required_headcount"].toDouble(), 8.0);
}

void TestCli::evalPresetMatchesItsSettings() {
    const Run preset = runCli({"eval", "--scenario", kBear});
    QCOMPARE(preset.exitCode, 0);
    const Run spelledOut = runCli(QStringList{"eval"} + kBearSettings);
    QCOMPARE(spelledOut.exitCode, 0);
    const QJsonObject presetRoot = parseJson(preset.out);
    QCOMPARE(presetRoot["scenario"].toString(), kBear);
    QCOMPARE(presetRoot["kpis"].toObject(), parseJson(spelledOut.out)["kpis"].toObject());
    // ... and the preset really differs from Base.
    QVERIFY(presetRoot["kpis"].toObject() != parseJson(runCli({"eval"}).out)["kpis"].toObject());
}

void TestCli::workspaceScenarioSelection() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    leverboard::Workspace workspace = leverboard::defaultWorkspace();
    workspace.active = workspace.indexOf(kBear.toStdString());
    QVERIFY(workspace.active >= 0);
    const QString path = dir.filePath("plans.leverboard");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(leverboard::serializeWorkspace(workspace)));
    }

    // No --scenario: the file's active scenario.
    const Run active = runCli({"eval", path});
    QVERIFY2(active.exitCode == 0, active.err.constData());
    QCOMPARE(parseJson(active.out)["scenario"].toString(), kBear);
    QCOMPARE(parseJson(active.out)["kpis"].toObject(),
             parseJson(runCli(QStringList{"eval"} + kBearSettings).out)["kpis"].toObject());

    // --scenario picks another one; --set applies on top of it.
    const Run base =
        runCli({"eval", path, "--scenario", "Base", "--set", "lev.compute_per_person=0"});
    QCOMPARE(base.exitCode, 0);
    QCOMPARE(parseJson(base.out)["scenario"].toString(), QStringLiteral("Base"));
    QCOMPARE(parseJson(base.out)["kpis"].toObject()["lev.required_headcount"].toDouble(), 8.0);

    // series reads the same file.
    const Run series = runCli({"series", path, "--model", "capex"});
    QCOMPARE(series.exitCode, 0);
    QCOMPARE(parseCsv(series.out).size(), 1 + 5);

    // An unknown name lists the ones the file has.
    const Run unknown = runCli({"eval", path, "--scenario", "Nope"});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.out.isEmpty());
    const QString message = QString::fromUtf8(unknown.err).trimmed();
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    for (const QString& expected : {QString("Nope"), QString("Base"), kBear, QString("Thin team")})
        QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestCli::workspaceLoadWarningsAreReported() {
    // A valid file plus one field the loader does not know: it loads, with a warning.
    const std::string saved = leverboard::serializeWorkspace(leverboard::defaultWorkspace());
    QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(saved)).object();
    QVERIFY(!root.isEmpty());
    root.insert("zz_unknown_field", 1);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("extra.leverboard");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
    }

    const Run eval = runCli({"eval", path});
    QVERIFY2(eval.exitCode == 0, eval.err.constData());
    bool mentioned = false;
    for (const QJsonValue& w : parseJson(eval.out)["warnings"].toArray())
        mentioned |= w.toString().contains("zz_unknown_field");
    QVERIFY2(mentioned, eval.out.constData());

    // series keeps stdout pure CSV and reports the warning on stderr.
    const Run series = runCli({"series", path, "--model", "half_life"});
    QCOMPARE(series.exitCode, 0);
    QVERIFY(series.out.startsWith("month,demand,"));
    QVERIFY(!series.out.contains("zz_unknown_field"));
    QVERIFY2(series.err.contains("zz_unknown_field"), series.err.constData());
}

void TestCli::badInputExitsTwoWithOneLine_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("unknown id") << QStringList{"eval", "--set", "lev.compute=5"}
                                << QStringList{"lev.compute", "5"};
    QTest::newRow("unknown id, suggestion")
        << QStringList{"eval", "--set", "compute_per_person=5"}
        << QStringList{"compute_per_person", "lev.compute_per_person"};
    QTest::newRow("not a number") << QStringList{"eval", "--set", "lev.p=abc"}
                                  << QStringList{"lev.p", "abc", "0.01–1"};
    QTest::newRow("trailing junk") << QStringList{"eval", "--set", "lev.p=0.5x"}
                                   << QStringList{"lev.p", "0.5x", "0.01–1"};
    QTest::newRow("empty value") << QStringList{"eval", "--set", "lev.salary="}
                                 << QStringList{"lev.salary", "1000–5000000"};
    QTest::newRow("above range") << QStringList{"eval", "--set", "lev.p=5"}
                                 << QStringList{"lev.p", "5", "0.01–1"};
    QTest::newRow("below range") << QStringList{"eval", "--set", "capex.utilization=0.01"}
                                 << QStringList{"capex.utilization", "0.01", "0.05–1"};
    QTest::newRow("not finite") << QStringList{"eval", "--set", "horizon_years=inf"}
                                << QStringList{"horizon_years", "inf", "1–20"};
    QTest::newRow("bad law") << QStringList{"eval", "--set", "cost.law=linear"}
                             << QStringList{"cost.law", "linear", "exponential", "wright"};
    QTest::newRow("missing =") << QStringList{"eval", "--set", "lev.p"}
                               << QStringList{"lev.p", "ID=VALUE"};
    QTest::newRow("series bad value")
        << QStringList{"series", "--model", "cost", "--set", "lev.p=2"}
        << QStringList{"lev.p", "2", "0.01–1"};
    QTest::newRow("unknown scenario") << QStringList{"eval", "--scenario", "Nope"}
                                      << QStringList{"Nope", "Base", "Thin team"};
    QTest::newRow("missing workspace") << QStringList{"eval", "/nonexistent/dir/plans.leverboard"}
                                       << QStringList{};
    QTest::newRow("two workspaces") << QStringList{"eval", "a.leverboard", "b.leverboard"}
                                    << QStringList{"a.leverboard", "b.leverboard"};
    QTest::newRow("bad model") << QStringList{"series", "--model", "costs"}
                               << QStringList{"costs", "cost|leverage|half_life|capex"};
    QTest::newRow("missing model") << QStringList{"series"}
                                   << QStringList{"--model", "cost|leverage|half_life|capex"};
    QTest::newRow("model without value") << QStringList{"series", "--model"}
                                         << QStringList{"model", "--help"};
    QTest::newRow("unknown option") << QStringList{"eval", "--bogus"}
                                    << QStringList{"bogus", "--help"};
    QTest::newRow("option of another command") << QStringList{"eval", "--model", "cost"}
                                                << QStringList{"model", "--help"};
    QTest::newRow("params takes no arguments") << QStringList{"params", "extra"}
                                               << QStringList{"extra", "--help"};
    QTest::newRow("unknown command") << QStringList{"evl"} << QStringList{"evl", "--help"};
    QTest::newRow("help for unknown command") << QStringList{"--help", "evl"}
                                              << QStringList{"evl", "--help"};
}

void TestCli::badInputExitsTwoWithOneLine() {
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.endsWith(u'\n') && message.count(u'\n') == 1, qPrintable(message));
    QVERIFY(message.trimmed().size() > 12);
    for (const QString& expected : mentions)
        QVERIFY2(message.contains(expected), qPrintable(expected + " not in: " + message));
}

void TestCli::seriesHeadersAndRows_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("firstKey");

    QTest::newRow("cost") << "cost"
                          << QStringList{"month", "price", "frontier_index", "hardware_index",
                                         "cost_per_task.chat", "cost_per_task.review",
                                         "cost_per_task.agent", "cost_per_task.worker"}
                          << 61 << 0.0;
    QTest::newRow("leverage") << "leverage"
                              << QStringList{"month", "frontier_index", "optimal_headcount",
                                             "optimal_compute", "optimal_cost_per_quarter"}
                              << 61 << 0.0;
    QTest::newRow("half_life") << "half_life"
                               << QStringList{"month", "demand", "retained", "premium",
                                              "cumulative_inference", "cumulative_pretrain",
                                              "replication_cost"}
                               << 61 << 0.0;
    QTest::newRow("capex") << "capex"
                           << QStringList{"year", "price", "revenue", "energy", "opex", "sbc",
                                          "depreciation_book", "depreciation_economic",
                                          "ebit_book", "ebit_economic", "tax", "nopat_book",
                                          "nopat_economic", "invested_book", "invested_economic",
                                          "roic_book", "roic_economic", "cash_flow",
                                          "cumulative_cash_flow"}
                           << 5 << 1.0;
}

void TestCli::seriesHeadersAndRows() {
    QFETCH(QString, model);
    QFETCH(QStringList, header);
    QFETCH(int, rows);
    QFETCH(double, firstKey);

    const Run run = runCli({"series", "--model", model});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains('\r'));
    const QList<QStringList> table = parseCsv(run.out);
    QVERIFY(!table.isEmpty());
    QCOMPARE(table.first(), header);
    QCOMPARE(table.size(), 1 + rows);
    for (int r = 1; r < table.size(); ++r) {
        QCOMPARE(table[r].size(), header.size());
        // The key column counts up by one from its start; every other cell is a number or empty.
        QCOMPARE(table[r][0].toDouble(), firstKey + (r - 1));
        for (const QString& cell : table[r]) {
            bool ok = cell.isEmpty();
            if (!ok) cell.toDouble(&ok);
            QVERIFY2(ok, qPrintable(model + ": '" + cell + "'"));
        }
    }
}

void TestCli::seriesFollowsTheHorizon() {
    const std::initializer_list<std::pair<const char*, int>> expected = {
        {"cost", 25}, {"half_life", 25}, {"leverage", 25}, {"capex", 2}};
    for (const auto& [model, rows] : expected) {
        const Run run = runCli({"series", "--set", "horizon_years=2", "--model", model});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseCsv(run.out).size(), 1 + rows);
    }
}

void TestCli::seriesValuesMatchClosedForm() {
    const QList<QStringList> cost = parseCsv(runCli({"series", "--model", "cost"}).out);
    QCOMPARE(cost.size(), 62);
    // Month 12: P = 10/7, Ih = 2^(−12/30); chat costs P × 0.002 per task.
    QVERIFY(closeTo(cost[13][1].toDouble(), 10.0 / 7.0, 1e-9));
    QVERIFY(closeTo(cost[13][2].toDouble(), 1.0 / 7.0, 1e-9));
    QVERIFY(closeTo(cost[13][3].toDouble(), std::pow(2.0, -12.0 / 30.0), 1e-9));
    QVERIFY(closeTo(cost[13][4].toDouble(), 10.0 / 7.0 * 0.002, 1e-9));

    const QList<QStringList> capex = parseCsv(runCli({"series", "--model", "capex"}).out);
    QCOMPARE(capex.size(), 6);
    // Year 1: revenue = 100000 × 8760 × 0.8 × 4.5; year 2 price = 4.5 × 2^(−12/30).
    QVERIFY(closeTo(capex[1][2].toDouble(), 1e5 * 8760 * 0.8 * 4.5, 1e-9));
    QVERIFY(closeTo(capex[2][1].toDouble(), 4.5 * std::pow(2.0, -12.0 / 30.0), 1e-9));
}

void TestCli::paramsListsTheRegistry() {
    const Run run = runCli({"params"});
    QCOMPARE(run.exitCode, 0);
    const QList<QStringList> table = parseCsv(run.out);
    QCOMPARE(table.size(), 1 + kParameterIds.size());
    QCOMPARE(table.first(), QStringList({"id", "unit", "default", "min", "max"}));
    QStringList ids;
    for (int r = 1; r < table.size(); ++r) {
        QCOMPARE(table[r].size(), 5);
        ids << table[r][0];
    }
    QCOMPARE(ids, kParameterIds);

    auto row = [&](const QString& id) { return table[1 + int(kParameterIds.indexOf(id))]; };
    QCOMPARE(row("lev.compute_per_person"),
             QStringList({"lev.compute_per_person", "units", "10", "0", "10000"}));
    QCOMPARE(row("life.pretrain_cost").mid(2),
             QStringList({"100000000", "100000", "100000000000"}));
    QCOMPARE(row("capex.rental_price").mid(2), QStringList({"4.5", "0.1", "20"}));
    QCOMPARE(row("cost.law")[2], QStringLiteral("exponential"));
}

void TestCli::helpAndVersion_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const QStringList commands{"eval", "series", "params", "--version"};
    QTest::newRow("--help") << QStringList{"--help"} << commands;
    QTest::newRow("-h") << QStringList{"-h"} << commands;
    QTest::newRow("--version") << QStringList{"--version"} << QStringList{};
    QTest::newRow("-v") << QStringList{"-v"} << QStringList{};
    QTest::newRow("--help eval") << QStringList{"--help", "eval"}
                                 << QStringList{"--set", "--scenario"};
}

void TestCli::helpAndVersion() {
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QString text = QString::fromUtf8(run.out);
    if (arguments.first() == "--version" || arguments.first() == "-v")
        QCOMPARE(text, QStringLiteral("leverboard " LEVERBOARD_VERSION "\n"));
    for (const QString& expected : mentions) QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestCli::commandHelpNamesItsOptions() {
    const struct {
        const char* command;
        QStringList mentions;
    } cases[] = {
        {"eval", {"leverboard eval", "--set", "--scenario", "WORKSPACE"}},
        {"series", {"leverboard series", "--model", "--set", "--scenario"}},
        {"params", {"leverboard params", "id,unit,default,min,max"}},
    };
    for (const auto& c : cases) {
        for (const char* helpFlag : {"--help", "-h"}) {
            const Run run = runCli({c.command, helpFlag});
            QCOMPARE(run.exitCode, 0);
            const QString text = QString::fromUtf8(run.out);
            QVERIFY2(text.startsWith("Usage: leverboard "), qPrintable(text));
            for (const QString& expected : c.mentions)
                QVERIFY2(text.contains(expected), qPrintable(expected + " not in: " + text));
        }
    }
}

void TestCli::writeErrorsExitOneWithOneLine_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("stdoutTo");
    QTest::addColumn<QString>("reason");
    const struct {
        const char* name;
        QStringList arguments;
    } commands[] = {
        {"eval", {"eval"}},
        {"series", {"series", "--model", "capex"}},
        {"params", {"params"}},
        {"help", {"--help"}},
        {"version", {"--version"}},
    };
    for (const auto& c : commands) {
        QTest::addRow("%s > /dev/full", c.name)
            << c.arguments << int(cli_test::Stdout::DevFull) << QStringLiteral("No space left on device");
        QTest::addRow("%s >&-", c.name) << c.arguments << int(cli_test::Stdout::Closed)
                                        << QStringLiteral("Bad file descriptor");
    }
}

// Nothing arrived, so the exit status must not say it did.
void TestCli::writeErrorsExitOneWithOneLine() {
    QFETCH(QStringList, arguments);
    QFETCH(int, stdoutTo);
    QFETCH(QString, reason);
    cli_test::RunOptions options;
    options.stdoutTo = cli_test::Stdout(stdoutTo);
    const Run run = runCli(arguments, options);
    QCOMPARE(run.exitCode, 1);
    // series reports its notes on stderr before it writes the CSV; besides
    // them, the one line naming the failure.
    QStringList errors = QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts);
    errors.removeIf([](const QString& line) { return line.startsWith(QLatin1String("leverboard: note: ")); });
    QCOMPARE(errors, QStringList{QStringLiteral("leverboard: cannot write output: ") + reason});
}

// `leverboard params | head -1`: when the reader goes away the command ends
// like any Unix filter, by SIGPIPE, without a message, even when the parent
// had SIGPIPE ignored (the child inherits that).
void TestCli::aVanishedReaderEndsQuietly() {
    cli_test::RunOptions options;
    options.stdoutTo = cli_test::Stdout::BrokenPipe;
    for (const QStringList& arguments : {QStringList{"params"}, QStringList{"eval"}}) {
        const Run run = runCli(arguments, options);
        QCOMPARE(run.exitCode, -1);  // killed by the signal: no exit status at all
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }
}

void TestCli::helpDocumentsTheExitStatus() {
    const Run run = runCli({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Exit status:\n  0  success\n  1  output could not be written"), run.out.constData());
    QVERIFY2(run.out.contains("\n  2  bad input"), run.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
