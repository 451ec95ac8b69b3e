#pragma once
// Each model's time series as one table (the command line's `series` CSV and
// the GUI's CSV export).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/Results.h"
#include "params/ParameterRegistry.h"

namespace leverboard {

struct SeriesTable {
    std::vector<std::string> columns;
    std::vector<std::vector<MaybeNumber>> rows;  // an empty cell is null
};

// group must be Cost, Leverage, HalfLife or Capex.
SeriesTable seriesTable(const Results& results, ModelGroup group);
std::string toCsv(const SeriesTable& table);

// "cost" | "leverage" | "half_life" | "capex" (the command line's --model names)
std::optional<ModelGroup> modelFromName(std::string_view name);
std::string_view modelName(ModelGroup group);

}  // namespace leverboard
