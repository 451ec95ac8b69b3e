#pragma once
// Each model's time series as one table (the command line's `series` CSV and
// the GUI's CSV export). The columns are each model's own
// (ModelSpec::seriesTable, in its .cpp); this is the generic part.

#include <string>
#include <vector>

#include "models/Results.h"

namespace leverboard {

struct ModelSpec;

struct SeriesTable {
    std::vector<std::string> columns;
    std::vector<std::vector<MaybeNumber>> rows;  // an empty cell is null
};

SeriesTable seriesTable(const Results& results, const ModelSpec& model);
std::string toCsv(const SeriesTable& table);

// Cell i of a series, or null when the series is shorter than the table
// (a model that failed to fill a series must not make the table ragged).
inline MaybeNumber seriesCell(const std::vector<double>& series, std::size_t i) {
    if (i < series.size()) return series[i];
    return std::nullopt;
}
inline MaybeNumber seriesCell(const std::vector<MaybeNumber>& series, std::size_t i) {
    if (i < series.size()) return series[i];
    return std::nullopt;
}

}  // namespace leverboard
