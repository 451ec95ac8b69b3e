// The parameter registry against MODEL.md's tables, both ways: every row
// typed below (by hand, from MODEL.md, never read from the program) is in the
// registry with the same default, range, slider scale and unit, and the
// registry has no parameter the table lacks. A wrong range or a renamed id
// cannot pass.
//
// Reading of MODEL.md used here:
//   - "log" after a range is a logarithmic slider, "(log of 1+C)" is
//     Scale::LogOnePlus, no mark is linear;
//   - the unit "—" is dimensionless, written as no unit; "enum" (cost.law)
//     is the kind of parameter, not a unit, so no unit either;
//   - horizon_years has no table row: "default 5, range 1–20", linear, and
//     its unit "years" is taken from its name;
//   - lev.data, lev.clarity and lev.distribution share one row whose unit
//     column reads "0–1": a score from 0 to 1, written as that text.
// Sections 5–7 (cluster.*, power.*, chips.*) are not built yet: when they
// are, their rows go into kModelTable, one block per section.

#include <QtTest>

#include <cmath>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "params/ParameterRegistry.h"

using namespace leverboard;

namespace {

constexpr Scale Lin = Scale::Linear;
constexpr Scale Log = Scale::Log;
constexpr Scale Log1p = Scale::LogOnePlus;

struct Row {
    std::string_view id;
    std::string_view unit;  // empty: dimensionless
    double defaultValue;    // enum parameters: the index of the default choice
    double min;
    double max;
    Scale scale;
};

// clang-format off
const std::vector<Row> kModelTable = {
    // Global
    {"horizon_years",            "years",                       5,      1,     20,     Lin},

    // 1. Cost curves
    {"cost.frontier_price",      "$ / 1M tokens",               10,     0.01,  1000,   Log},
    {"cost.frontier_decline",    "× per year",                  7,      1,     100,    Log},
    {"cost.commoditize_months",  "months",                      18,     3,     60,     Lin},
    {"cost.commodity_decline",   "× per year",                  40,     1,     1000,   Log},
    {"cost.law",                 "",                            0,      0,     1,      Lin},  // exponential | wright
    {"cost.learning_rate",       "fraction",                    0.3,    0.01,  0.9,    Lin},
    {"cost.volume_growth",       "× per year",                  4,      1.01,  100,    Log},
    {"cost.hw_doubling_years",   "years",                       2.5,    0.5,   10,     Lin},
    {"cost.max_cost_share",      "fraction",                    0.1,    0.001, 1,      Log},

    // 2. Compute leverage
    {"lev.target_work",          "features / quarter",          10,     0.1,   1000,   Log},
    {"lev.base_output",          "features / person-quarter",   2.5,    0.01,  100,    Log},
    {"lev.compute_per_person",   "units",                       10,     0,     10000,  Log1p},
    {"lev.p",                    "",                            0.5,    0.01,  1,      Lin},
    {"lev.c_sat",                "units / person",              100,    1,     10000,  Log},
    {"lev.p_sat",                "",                            0.1,    0,     1,      Lin},
    {"lev.share_generate",       "fraction",                    0.4,    0,     1,      Lin},
    {"lev.share_review",         "fraction",                    0.3,    0,     1,      Lin},
    {"lev.cap_generate",         "×",                           10,     1,     1000,   Log},
    {"lev.cap_review",           "×",                           2,      1,     1000,   Log},
    {"lev.cap_other",            "×",                           1,      1,     1000,   Log},
    {"lev.data",                 "0–1",                         0.8,    0.01,  1,      Lin},
    {"lev.clarity",              "0–1",                         0.8,    0.01,  1,      Lin},
    {"lev.distribution",         "0–1",                         0.9,    0.01,  1,      Lin},
    {"lev.contention",           "",                            0.05,   0,     1,      Lin},
    {"lev.coherency",            "",                            0.005,  0,     0.5,    Lin},
    {"lev.salary",               "$ / year",                    200000, 1000,  5e6,    Log},
    {"lev.unit_price",           "$ / month",                   100,    0.01,  1e5,    Log},

    // 3. Model half-life
    {"life.pretrain_cost",       "$",                           1e8,    1e5,   1e11,   Log},
    {"life.half_life_months",    "months",                      6,      0.5,   60,     Log},
    {"life.queries_per_month",   "queries / month",             2e9,    1e3,   1e13,   Log},
    {"life.query_growth",        "fraction / month",            0.05,   0,     1,      Lin},
    {"life.tokens_per_query",    "tokens",                      1000,   1,     1e7,    Log},
    {"life.think_multiplier",    "×",                           5,      1,     1000,   Log},
    {"life.serving_cost",        "$ / 1M tokens",               2,      0.001, 100,    Log},
    {"life.discount_rate",       "fraction / year",             0.1,    0,     1,      Lin},

    // 4. Capex and ROIC
    {"capex.gpus",               "count",                       100000, 100,   1e7,    Log},
    {"capex.gpu_price",          "$",                           30000,  1000,  200000, Log},
    {"capex.gpu_share",          "fraction",                    0.4,    0.1,   0.9,    Lin},
    {"capex.power_kw",           "kW",                          1.4,    0.1,   5,      Lin},
    {"capex.pue",                "",                            1.25,   1,     2,      Lin},
    {"capex.electricity_price",  "$ / kWh",                     0.08,   0.01,  0.5,    Lin},
    {"capex.utilization",        "fraction",                    0.8,    0.05,  1,      Lin},
    {"capex.rental_price",       "$ / GPU-hour",                4.5,    0.1,   20,     Lin},
    {"capex.extra_price_decline","fraction / year",             0,      0,     0.9,    Lin},
    {"capex.opex_share",         "fraction of capex / year",    0.03,   0,     0.3,    Lin},
    {"capex.sbc_share",          "fraction of revenue",         0.05,   0,     0.5,    Lin},
    {"capex.tax_rate",           "fraction",                    0.18,   0,     0.5,    Lin},
    {"capex.book_life",          "years",                       6,      1,     10,     Lin},
    {"capex.economic_life",      "years",                       4,      1,     10,     Lin},
    {"capex.facility_life",      "years",                       15,     5,     40,     Lin},
    {"capex.wacc",               "fraction / year",             0.09,   0.01,  0.3,    Lin},
    {"capex.growth",             "fraction / year",             0.03,   0,     0.2,    Lin},
    {"capex.industry_capex",     "$bn / year",                  425,    1,     5000,   Log},
    {"capex.app_revenue",        "$bn / year",                  100,    1,     10000,  Log},
    {"capex.app_margin",         "fraction",                    0.5,    0.05,  1,      Lin},

    // 5. Cluster scaling
    {"cluster.model_params",       "count",       4.05e11, 1e8,   1e13,   Log},
    {"cluster.train_tokens",       "tokens",      1.56e13, 1e9,   1e15,   Log},
    {"cluster.gpus",               "count",       16384,  8,     2e6,    Log},
    {"cluster.peak_tflops",        "TFLOP/s",     989,    10,    20000,  Log},
    {"cluster.kernel_efficiency",  "fraction",    0.52,   0.1,   0.95,   Lin},
    {"cluster.batch_tokens",       "tokens / step", 1.6e7, 1e5,  1e9,    Log},
    {"cluster.seq_len",            "tokens",      8192,   512,   1e6,    Log},
    {"cluster.tensor_parallel",    "count",       8,      1,     72,     Lin},
    {"cluster.pipeline_parallel",  "count",       16,     1,     256,    Lin},
    {"cluster.interleave",         "count",       4,      1,     16,     Lin},
    {"cluster.network_gbps",       "Gb/s",        400,    10,    6400,   Log},
    {"cluster.latency_us",         "µs",          10,     0.1,   1000,   Log},
    {"cluster.overlap",            "fraction",    0.8,    0,     1,      Lin},
    {"cluster.gpu_mtbf_hours",     "hours",       50000,  1000,  1e7,    Log},
    {"cluster.checkpoint_seconds", "s",           10,     0.1,   3600,   Log},
    {"cluster.restart_minutes",    "minutes",     10,     0.1,   1440,   Log},

    // 6. Power
    {"power.site_mw",              "MW",          1000,   10,    20000,  Log},
    {"power.grid_wait_years",      "years",       4,      0,     10,     Lin},
    {"power.build_years",          "years",       2,      0.25,  5,      Lin},
    {"power.chip_wait_years",      "years",       1,      0,     5,      Lin},
    {"power.onsite_years",         "years",       2,      0,     15,     Lin},
    {"power.onsite_premium",       "$ / kWh",     0.04,   0,     0.5,    Lin},
    {"power.national_twh",         "TWh / year",  4200,   100,   50000,  Log},

    // 7. Chip bets
    {"chips.shift_hazard",         "per year",    0.15,   0,     3,      Lin},
    {"chips.tpu_perf_per_dollar",  "×",           1.3,    0.1,   10,     Log},
    {"chips.asic_perf_per_dollar", "×",           1.5,    0.1,   20,     Log},
    {"chips.gpu_retained",         "fraction",    0.85,   0,     1,      Lin},
    {"chips.tpu_retained",         "fraction",    0.5,    0,     1,      Lin},
    {"chips.asic_retained",        "fraction",    0.1,    0,     1,      Lin},
};
// clang-format on

QString qs(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

const char* scaleName(Scale scale) {
    switch (scale) {
        case Scale::Linear: return "linear";
        case Scale::Log: return "log";
        case Scale::LogOnePlus: return "log of 1+x";
    }
    return "?";
}

}  // namespace

class TestRegistryTable : public QObject {
    Q_OBJECT

private slots:
    void tableHasNoDuplicateIds() {
        std::set<std::string_view> ids;
        for (const Row& row : kModelTable) QVERIFY2(ids.insert(row.id).second, row.id.data());
    }

    void everyModelRowIsInTheRegistry_data() {
        QTest::addColumn<int>("row");
        for (std::size_t i = 0; i < kModelTable.size(); ++i)
            QTest::newRow(kModelTable[i].id.data()) << int(i);
    }

    void everyModelRowIsInTheRegistry() {
        QFETCH(int, row);
        const Row& expected = kModelTable[std::size_t(row)];
        const std::optional<ParamId> id = findParameter(expected.id);
        QVERIFY2(id, "MODEL.md lists it; the registry does not have it");
        const ParameterSpec& actual = spec(*id);
        QCOMPARE(qs(actual.id), qs(expected.id));
        // Typed values are exact decimal literals, as the registry's are:
        // equal doubles, no tolerance.
        QCOMPARE(actual.defaultValue, expected.defaultValue);
        QCOMPARE(actual.min, expected.min);
        QCOMPARE(actual.max, expected.max);
        QCOMPARE(scaleName(actual.scale), scaleName(expected.scale));
        QCOMPARE(qs(actual.unit), qs(expected.unit));
        // The default is inside its own range.
        QVERIFY(actual.min <= actual.defaultValue && actual.defaultValue <= actual.max);
        // Finite: the engine's range check lets a value through when it lies
        // within [min, max], so an infinite end would let infinity through.
        QVERIFY(std::isfinite(actual.min) && std::isfinite(actual.max));
    }

    void registryHasNothingTheTableLacks() {
        std::set<std::string_view> table;
        for (const Row& row : kModelTable) table.insert(row.id);
        QStringList extra;
        for (const ParameterSpec& parameter : parameters())
            if (!table.count(parameter.id)) extra << qs(parameter.id);
        QCOMPARE(extra, QStringList());
        QCOMPARE(parameters().size(), kModelTable.size());
    }

    // cost.law is the one enum: its choices, in index order, are the words
    // MODEL.md gives ("exponential" or "wright"); the default is exponential.
    void costLawChoicesAreTheModelsWords() {
        const ParameterSpec& law = spec(ParamId::CostLaw);
        QVERIFY(law.isEnum());
        QStringList choices;
        for (std::string_view choice : law.choices) choices << qs(choice);
        QCOMPARE(choices, (QStringList{"exponential", "wright"}));
        QCOMPARE(QString::fromStdString(formatValue(ParamId::CostLaw, law.defaultValue)), QString("exponential"));
        int enums = 0;
        for (const ParameterSpec& parameter : parameters()) enums += parameter.isEnum() ? 1 : 0;
        QCOMPARE(enums, 1);
    }

    // MODEL.md §5: "N, t, p and v are whole numbers" — exactly these four
    // parameters are marked whole-number (spin boxes step 1, no decimals).
    void wholeNumberParametersAreTheModelsCounts() {
        QStringList whole;
        for (const ParameterSpec& parameter : parameters())
            if (parameter.wholeNumber) whole << qs(parameter.id);
        QCOMPARE(whole, (QStringList{"cluster.gpus", "cluster.tensor_parallel",
                                     "cluster.pipeline_parallel", "cluster.interleave"}));
    }
};

QTEST_MAIN(TestRegistryTable)
#include "test_registry_table.moc"
