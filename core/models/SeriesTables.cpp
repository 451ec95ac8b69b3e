#include "models/SeriesTables.h"

#include "models/ModelRegistry.h"
#include "text/MachineNumber.h"

namespace leverboard {
namespace {

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

SeriesTable seriesTable(const Results& results, const ModelSpec& model) {
    return model.seriesTable(results);
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

}  // namespace leverboard
