#include "widgets/KpiFormatter.h"

#include <QCoreApplication>
#include <cmath>

#include "text/MessageText.h"
#include "text/RegistryText.h"

namespace leverboard::ui {
namespace {

// lupdate reads the context from the macro (a free tr() shim gives it none).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KpiFormatter)
};

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

}  // namespace

FormattedKpi formatKpi(const KpiSpec& spec, const Kpi& kpi) {
    if (spec.format == KpiFormat::Text) {
        return {kpi.text.empty() ? QStringLiteral("—") : kpiTextValue(kpi.text), {}};
    }
    if (!kpi.value) return {QStringLiteral("—"), {}};
    const double v = *kpi.value;
    switch (spec.format) {
    case KpiFormat::Money: return {formatMoney(v), fromView(spec.unit) == QLatin1String("$") ? QString() : unitText(spec.unit).remove(QStringLiteral("$ "))};
    case KpiFormat::MoneyBillions: return {formatMoney(v * 1e9), Tr::tr("per year")};
    case KpiFormat::PricePerMTok: return {QStringLiteral("$") + formatNumber(v, 3), Tr::tr("per 1M tokens")};
    case KpiFormat::Months: return {formatNumber(v, 3), Tr::tr("months")};
    case KpiFormat::Years: return {formatNumber(v, 3), Tr::tr("years")};
    case KpiFormat::MonthIndex: return {Tr::tr("month %1").arg(formatInteger(std::lround(v))), {}};
    case KpiFormat::Percent: return {formatPercent(v, 3), {}};
    case KpiFormat::Multiple: return {formatMultiple(v), {}};
    case KpiFormat::People: return {formatInteger(std::lround(v)), std::lround(v) == 1 ? Tr::tr("person") : Tr::tr("people")};
    case KpiFormat::ComputeUnits: return {formatNumber(v, 3), Tr::tr("units / person")};
    case KpiFormat::Number: return {formatNumber(v, 3), unitText(spec.unit)};
    case KpiFormat::Text: break;
    }
    return {formatNumber(v), unitText(spec.unit)};
}

QString kpiLabel(const KpiSpec& spec, const Kpi& kpi) {
    const QString label = registryLabel(spec);
    if (spec.id == kUnlockMonthPrefix)  // "Unlock month: chat", "可行月份：chat"
        return Tr::tr("%1: %2").arg(label, QString::fromStdString(kpi.id.substr(kUnlockMonthPrefix.size())));
    return label;
}

KpiTone kpiTone(const Kpi& kpi, const Results& results) {
    // Good or bad is the side of the KPI's natural threshold (the registry's),
    // read per scenario: ROIC against that scenario's WACC.
    const KpiSpec* spec = findKpiSpec(kpi.id);
    if (!spec) return KpiTone::Neutral;
    switch (thresholdSide(*spec, kpi, results)) {
    case ThresholdSide::Good: return KpiTone::Good;
    case ThresholdSide::Bad: return KpiTone::Bad;
    case ThresholdSide::None: break;
    }
    return KpiTone::Neutral;
}

QString nullReason(const Kpi& kpi, const Results& results) {
    // A note explains an expected null ("no crossover within the horizon"); a
    // warning one caused by the inputs. Either has the KPI id as its subject.
    for (const auto* messages : {&results.notes, &results.warnings}) {
        for (const Message& message : *messages) {
            if (message.subject != kpi.id) continue;
            // "life.crossover_month is null: the premium…" reads "The premium…" on the card.
            QString reason = messageReason(message);
            if (!reason.isEmpty()) reason[0] = reason[0].toUpper();
            return reason;
        }
    }
    return Tr::tr("Not reachable with these parameters.");
}

}  // namespace leverboard::ui
