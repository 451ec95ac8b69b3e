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
    const QString number = p.wholeNumber ? formatInteger(std::llround(value)) : formatNumber(value, 4);
    const QString unit = unitText(p.unit);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

}  // namespace leverboard::ui
