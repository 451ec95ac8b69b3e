#include "analysis/SensitivityText.h"

#include <cmath>

#include "models/Results.h"
#include "params/KpiRegistry.h"
#include "text/RegistryText.h"
#include "widgets/KpiFormatter.h"

namespace leverboard::ui {

QString kpiChoiceLabel(const std::string& kpiId) {
    const KpiSpec* spec = findKpiSpec(kpiId);
    if (!spec) return QString::fromStdString(kpiId);
    Kpi kpi;
    kpi.id = kpiId;
    return kpiLabel(*spec, kpi);
}

QString kpiValueText(const std::string& kpiId, std::optional<double> value) {
    const KpiSpec* spec = findKpiSpec(kpiId);
    if (!value) return QStringLiteral("—");
    if (!spec) return formatNumber(*value);
    Kpi kpi;
    kpi.id = kpiId;
    kpi.value = value;
    const FormattedKpi text = formatKpi(*spec, kpi);
    return text.unit.isEmpty() ? text.value : text.value + QLatin1Char(' ') + text.unit;
}

QString parameterValueText(ParamId param, double value) {
    const ParameterSpec& p = spec(param);
    // A share reads as per cent ("86.2%", not "0.862 fraction"); a yearly rate as "8% per year".
    if (p.unit == "fraction") return formatPercent(value, 4);
    if (p.unit == "fraction / year") return formatPercent(value, 4) + QLatin1Char(' ') + unitText("per year");
    const QString number = p.wholeNumber ? formatInteger(std::llround(value)) : formatNumber(value, 4);
    const QString unit = p.unit == "count" ? QString() : unitText(p.unit);  // "13,107", not "13,107 count"
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

}  // namespace leverboard::ui
