#pragma once
// Formats KPI values for people: $7.5B, 14.3 months, 12.2%, 4.1×, 7.5M×
// (format/PeopleNumbers.h has the locale policy).

#include <QString>

#include "format/PeopleNumbers.h"  // formatNumber, formatMoney: the people policy
#include "models/Results.h"
#include "params/KpiRegistry.h"

namespace leverboard::ui {

struct FormattedKpi {
    QString value;  // "$7.5B", "12.2%", "—" for null
    QString unit;   // "months", "people", "" when the value carries it
};

FormattedKpi formatKpi(const KpiSpec& spec, const Kpi& kpi);
QString kpiLabel(const KpiSpec& spec, const Kpi& kpi);  // "Unlock month: Code review"

enum class KpiTone { Neutral, Good, Bad };
// What a value means where it has a meaning: ROIC against WACC, NPV sign,
// which strategy wins, the revenue gap.
KpiTone kpiTone(const Kpi& kpi, const Results& results);

// Why a KPI is null, for people: the engine note (or warning) whose subject
// is the KPI id, as its reason (text/MessageText); a generic sentence when
// none is.
QString nullReason(const Kpi& kpi, const Results& results);

}  // namespace leverboard::ui
