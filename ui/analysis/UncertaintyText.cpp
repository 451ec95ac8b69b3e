#include "analysis/UncertaintyText.h"

#include <cmath>

#include "format/PeopleNumbers.h"
#include "text/RegistryText.h"
#include "widgets/KpiFormatter.h"

namespace leverboard::ui {

QString UncertaintyText::value(const KpiSpec& spec, double value) {
    const FormattedKpi text = formatKpi(spec, Kpi{std::string(spec.id), value, {}});
    return text.unit.isEmpty() ? text.value : tr("%1 %2", "value and unit").arg(text.value, text.unit);
}

QString UncertaintyText::range(const KpiSpec& spec, const analysis::KpiStats& stats) {
    if (!stats.p10 || !stats.p50 || !stats.p90) return {};
    return tr("P50 %1 · P10–P90 %2 – %3")
        .arg(value(spec, *stats.p50), value(spec, *stats.p10), value(spec, *stats.p90));
}

QString UncertaintyText::condition(const KpiSpec& spec, std::string_view kpiId, const Results& base, bool withValues) {
    const KpiThreshold& threshold = spec.threshold;
    if (threshold.kind == KpiThreshold::Kind::None) return {};
    const QString comparison = threshold.goodAbove ? QStringLiteral(">") : QStringLiteral("≤");
    const Kpi* kpi = base.kpi(kpiId);
    const QString label = kpi ? kpiLabel(spec, *kpi) : registryLabel(spec);
    const std::optional<double> at = thresholdValue(spec, base);
    QString line;
    switch (threshold.kind) {
    case KpiThreshold::Kind::None: return {};
    case KpiThreshold::Kind::Constant:
        line = at ? value(spec, *at) : QString();
        if (at && *at == 0) line = formatNumber(0);  // "NPV > 0", not "> $0"
        break;
    case KpiThreshold::Kind::Parameter: {
        const auto param = findParameter(threshold.ref);
        const QString name = param ? registryLabel(leverboard::spec(*param)) : QString::fromUtf8(threshold.ref.data(), qsizetype(threshold.ref.size()));
        line = at && withValues ? tr("%1 (%2)", "threshold name and its value").arg(name, value(spec, *at)) : name;
        break;
    }
    case KpiThreshold::Kind::Kpi: {
        const KpiSpec* other = findKpiSpec(threshold.ref);
        const QString name = other ? registryLabel(*other) : QString::fromUtf8(threshold.ref.data(), qsizetype(threshold.ref.size()));
        line = at && withValues ? tr("%1 (%2)", "threshold name and its value").arg(name, value(spec, *at)) : name;
        break;
    }
    case KpiThreshold::Kind::Horizon:
        line = at && withValues ? tr("the horizon (%1)").arg(value(spec, *at)) : tr("the horizon");
        break;
    }
    return QStringLiteral("%1 %2 %3").arg(label, comparison, line);
}

QString UncertaintyText::probability(const KpiSpec& spec, const analysis::KpiStats& stats, const Results& base,
                                     bool withValues) {
    if (!stats.pGood) return {};
    const QString what = condition(spec, stats.id, base, withValues);
    if (what.isEmpty()) return {};
    return tidyEnds(tr("P(%1) = %2").arg(what, percent(*stats.pGood)));
}

QStringList UncertaintyText::cardLines(const KpiSpec& spec, const analysis::KpiStats& stats, const Results& base) {
    if (!stats.p10 || !stats.p50 || !stats.p90) return {};
    QStringList lines{tr("P50 %1").arg(value(spec, *stats.p50)),
                      tr("P10–P90 %1 – %2").arg(value(spec, *stats.p10), value(spec, *stats.p90))};
    const QString odds = probability(spec, stats, base, false);
    if (!odds.isEmpty()) lines << odds;
    return lines;
}

QString UncertaintyText::nullShare(const analysis::KpiStats& stats) {
    if (stats.nulls == 0) return {};
    return tr("%1 of samples not reachable").arg(percent(stats.nullShare()));
}

QString UncertaintyText::tidyEnds(QString text) {
    // "= < 1%" reads "< 1%": the sign already says how it compares.
    return text.replace(QStringLiteral("= < "), QStringLiteral("< ")).replace(QStringLiteral("= > "), QStringLiteral("> "));
}

QString UncertaintyText::percent(double probability) {
    // Whole percent; the ends say that it happened in some samples, or not in all.
    if (probability > 0 && probability < 0.005) return tr("< 1%");
    if (probability < 1 && probability > 0.995) return tr("> 99%");
    return tr("%1%").arg(formatFixed(std::round(probability * 100), 0));
}

}  // namespace leverboard::ui
