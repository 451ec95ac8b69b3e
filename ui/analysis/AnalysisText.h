#pragma once
// Words for people shared by the analysis views (map, attribution, report):
// a KPI's title and values in its unit, a parameter's axis title, an
// attribution player's label. Ids stay machine text; these are for reading.

#include <QString>
#include <string>

#include "params/ParameterRegistry.h"

namespace leverboard::ui::analysis_text {

// "Net present value", "Unlock month: chat".
QString kpiTitle(const std::string& kpi);
// "$7.5B", "14.3 months".
QString kpiValue(const std::string& kpi, double value);
// "+$1.2B", "−$800M": a change in the KPI's unit, signed.
QString kpiChange(const std::string& kpi, double change);
// "Utilization (fraction)".
QString parameterTitle(ParamId id);
// A parameter's label by its id, or "Applications" for the application list.
QString playerLabel(const std::string& player);

}  // namespace leverboard::ui::analysis_text
