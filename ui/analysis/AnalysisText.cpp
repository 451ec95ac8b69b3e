#include "analysis/AnalysisText.h"

#include <QCoreApplication>
#include <cmath>

#include "format/PeopleNumbers.h"
#include "params/KpiRegistry.h"
#include "text/RegistryText.h"
#include "widgets/KpiFormatter.h"

namespace leverboard::ui::analysis_text {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AnalysisText)
};

}  // namespace

QString kpiTitle(const std::string& kpi) {
    const KpiSpec* spec = findKpiSpec(kpi);
    return spec ? kpiLabel(*spec, Kpi{kpi, std::nullopt, {}}) : QString::fromStdString(kpi);
}

QString kpiValue(const std::string& kpi, double value) {
    const KpiSpec* spec = findKpiSpec(kpi);
    if (!spec) return formatNumber(value);
    const FormattedKpi formatted = formatKpi(*spec, Kpi{kpi, value, {}});
    return formatted.unit.isEmpty() ? formatted.value : formatted.value + QLatin1Char(' ') + formatted.unit;
}

QString kpiChange(const std::string& kpi, double change) {
    // The magnitude in the KPI's unit, then its sign in front (money puts "−" before "$").
    const QString magnitude = kpiValue(kpi, std::fabs(change));
    if (change > 0) return QLatin1Char('+') + magnitude;
    if (change < 0) return QChar(0x2212) + magnitude;
    return magnitude;
}

QString parameterTitle(ParamId id) {
    const ParameterSpec& parameter = spec(id);
    const QString unit = unitText(parameter.unit);
    return unit.isEmpty() ? registryLabel(parameter) : Tr::tr("%1 (%2)").arg(registryLabel(parameter), unit);
}

QString playerLabel(const std::string& player) {
    if (const auto id = findParameter(player)) return registryLabel(spec(*id));
    if (player == "applications") return Tr::tr("Applications");
    return QString::fromStdString(player);
}

}  // namespace leverboard::ui::analysis_text
