#pragma once
// Words and numbers of the tornado and goal seek for people: KPI and
// parameter names from the registries, values in the KPI's own people format
// ("$7.5B", "12.2%", "14.3 months").

#include <QString>
#include <optional>
#include <string>

#include "params/ParameterRegistry.h"

namespace leverboard::ui {

// "Net present value", "Unlock month: chat".
QString kpiChoiceLabel(const std::string& kpiId);
// "$7.5B", "12.2%", "14.3 months"; "—" for null.
QString kpiValueText(const std::string& kpiId, std::optional<double> value);
// "73.5%", "8% per year", "4.5 $ / GPU-hour": a parameter value with its unit, four significant
// digits; shares ("fraction…" units) as per cent.
QString parameterValueText(ParamId param, double value);

}  // namespace leverboard::ui
