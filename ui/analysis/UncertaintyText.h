#pragma once
// The Monte Carlo's statistics as people read them (MODEL.md, "Uncertainty"):
// "P50 $1.2B · P10–P90 $0.4B – $2.0B" and "P(NPV > 0) = 34%", in the KPI's
// own units and the user's locale. The KPI cards, the Distributions page and
// the report share these.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string_view>

#include "analysis/MonteCarlo.h"
#include "models/Results.h"
#include "params/KpiRegistry.h"

namespace leverboard::ui {

class UncertaintyText {
    Q_DECLARE_TR_FUNCTIONS(UncertaintyText)
public:
    // A value of the KPI in its people format with its unit ("$1.2B", "14.3 months").
    static QString value(const KpiSpec& spec, double value);
    // "P50 $1.2B · P10–P90 $0.4B – $2.0B"; empty when every sample was null.
    static QString range(const KpiSpec& spec, const analysis::KpiStats& stats);
    // The natural threshold's condition, e.g. "NPV > 0", "ROIC (economic) > WACC (8%)",
    // "Required headcount ≤ Headcount without AI" (the threshold's value in the
    // scenario `base` was evaluated from); empty when the KPI has none.
    // withValues false leaves out a named threshold's value ("ROIC (economic) > WACC"): a card's width.
    static QString condition(const KpiSpec& spec, std::string_view kpiId, const Results& base, bool withValues = true);
    // "P(NPV > 0) = 34%"; empty when the KPI has no threshold.
    static QString probability(const KpiSpec& spec, const analysis::KpiStats& stats, const Results& base,
                               bool withValues = true);
    // A KPI card's lines: "P50 $738M", "P10–P90 −$2.2B – $4.1B" and, where the
    // KPI has a threshold, "P(NPV > 0) = 60%"; empty when every sample was null.
    static QStringList cardLines(const KpiSpec& spec, const analysis::KpiStats& stats, const Results& base);
    // "12% of samples not reachable"; empty when none was null.
    static QString nullShare(const analysis::KpiStats& stats);
    // "34%": a probability for people (whole percent, "< 1%" and "> 99%" at the ends).
    static QString percent(double probability);
    // "P(…) = < 1%" → "P(…) < 1%" (and "> 99%").
    static QString tidyEnds(QString text);
};

}  // namespace leverboard::ui
