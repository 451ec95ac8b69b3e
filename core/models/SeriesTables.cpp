#include "models/SeriesTables.h"

namespace leverboard {

// TODO(helper): implement.
SeriesTable seriesTable(const Results&, ModelGroup) { return {}; }
std::string toCsv(const SeriesTable&) { return {}; }
std::optional<ModelGroup> modelFromName(std::string_view) { return std::nullopt; }
std::string_view modelName(ModelGroup) { return {}; }

}  // namespace leverboard
