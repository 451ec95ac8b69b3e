#include "models/SeriesTables.h"

#include "text/MachineNumber.h"

namespace leverboard {
namespace {

// Cell i of a series, or null when the series is shorter than the table
// (a model that failed to fill a series must not make the table ragged).
MaybeNumber cell(const std::vector<double>& series, std::size_t i) {
    if (i < series.size()) return series[i];
    return std::nullopt;
}

MaybeNumber cell(const std::vector<MaybeNumber>& series, std::size_t i) {
    if (i < series.size()) return series[i];
    return std::nullopt;
}

SeriesTable costTable(const CostResults& cost) {
    SeriesTable table;
    table.columns = {"month", "price", "frontier_index", "hardware_index"};
    for (const auto& app : cost.applications) table.columns.push_back("cost_per_task." + app.id);

    table.rows.reserve(cost.month.size());
    for (std::size_t i = 0; i < cost.month.size(); ++i) {
        std::vector<MaybeNumber> row{cost.month[i], cell(cost.price, i),
                                     cell(cost.frontierIndex, i), cell(cost.hardwareIndex, i)};
        for (const auto& app : cost.applications) row.push_back(cell(app.costPerTask, i));
        table.rows.push_back(std::move(row));
    }
    return table;
}

// The frontier index sits beside the optimum because it is what moves it:
// cheaper compute buys a thinner team.
SeriesTable leverageTable(const LeverageResults& leverage, const CostResults& cost) {
    SeriesTable table;
    table.columns = {"month", "frontier_index", "optimal_headcount", "optimal_compute",
                     "optimal_cost_per_quarter"};
    table.rows.reserve(leverage.month.size());
    for (std::size_t i = 0; i < leverage.month.size(); ++i) {
        table.rows.push_back({leverage.month[i], cell(cost.frontierIndex, i),
                              cell(leverage.optimalHeadcountPath, i),
                              cell(leverage.optimalComputePath, i),
                              cell(leverage.optimalCostPath, i)});
    }
    return table;
}

SeriesTable halfLifeTable(const HalfLifeResults& life) {
    SeriesTable table;
    table.columns = {"month", "demand", "retained", "premium", "cumulative_inference",
                     "cumulative_pretrain", "replication_cost"};
    table.rows.reserve(life.month.size());
    for (std::size_t i = 0; i < life.month.size(); ++i) {
        table.rows.push_back({life.month[i], cell(life.demand, i), cell(life.retained, i),
                              cell(life.premium, i), cell(life.cumulativeInference, i),
                              cell(life.cumulativePretrain, i), cell(life.replicationCost, i)});
    }
    return table;
}

SeriesTable capexTable(const CapexResults& capex) {
    SeriesTable table;
    table.columns = {"year",
                     "price",
                     "revenue",
                     "energy",
                     "opex",
                     "sbc",
                     "depreciation_book",
                     "depreciation_economic",
                     "ebit_book",
                     "ebit_economic",
                     "tax",
                     "nopat_book",
                     "nopat_economic",
                     "invested_book",
                     "invested_economic",
                     "roic_book",
                     "roic_economic",
                     "cash_flow",
                     "cumulative_cash_flow"};
    table.rows.reserve(capex.years.size());
    for (const auto& y : capex.years) {
        table.rows.push_back({double(y.year), y.price, y.revenue, y.energy, y.opex, y.sbc,
                              y.depreciationBook, y.depreciationEconomic, y.ebitBook,
                              y.ebitEconomic, y.tax, y.nopatBook, y.nopatEconomic, y.investedBook,
                              y.investedEconomic, y.roicBook, y.roicEconomic, y.cashFlow,
                              y.cumulativeCashFlow});
    }
    return table;
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

// Ten significant digits, "." for the point in every locale.
std::string csvNumber(const MaybeNumber& value) {
    if (!value) return {};
    return text::significantNumber(*value, 10);
}

}  // namespace

SeriesTable seriesTable(const Results& results, ModelGroup group) {
    switch (group) {
    case ModelGroup::Cost: return costTable(results.cost);
    case ModelGroup::Leverage: return leverageTable(results.leverage, results.cost);
    case ModelGroup::HalfLife: return halfLifeTable(results.halfLife);
    case ModelGroup::Capex: return capexTable(results.capex);
    case ModelGroup::Global: break;
    }
    return {};
}

std::string toCsv(const SeriesTable& table) {
    std::string csv;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c > 0) csv += ',';
        csv += csvField(table.columns[c]);
    }
    csv += '\n';
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0) csv += ',';
            csv += csvNumber(row[c]);
        }
        csv += '\n';
    }
    return csv;
}

std::optional<ModelGroup> modelFromName(std::string_view name) {
    if (name == "cost") return ModelGroup::Cost;
    if (name == "leverage") return ModelGroup::Leverage;
    if (name == "half_life") return ModelGroup::HalfLife;
    if (name == "capex") return ModelGroup::Capex;
    return std::nullopt;
}

std::string_view modelName(ModelGroup group) {
    switch (group) {
    case ModelGroup::Cost: return "cost";
    case ModelGroup::Leverage: return "leverage";
    case ModelGroup::HalfLife: return "half_life";
    case ModelGroup::Capex: return "capex";
    case ModelGroup::Global: break;
    }
    return {};
}

}  // namespace leverboard
