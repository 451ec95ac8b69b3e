#pragma once
// Uncertainty on paper (issue 12, "Report and render"): for each scenario
// reported that carries uncertainty, a table of its distributions and one of
// the resulting KPI ranges (P10, P50, P90 and the probability of the good
// side), from 10,000 samples with the dashboard's seed; and the fan bands on
// the pages' charts. Nothing when no scenario carries uncertainty.

#include <QList>
#include <vector>

#include "document/EvaluationScheduler.h"
#include "present/ReportTable.h"
#include "scenario/Workspace.h"

namespace leverboard::ui {

class ModelPage;

// Runs the Monte Carlo of every reported scenario that carries uncertainty,
// puts the active one's fan bands on the pages' charts and returns the tables.
std::vector<report::ReportTable> uncertaintyTables(const Workspace& workspace, const std::vector<ScenarioView>& views,
                                                   const QList<ModelPage*>& pages);

}  // namespace leverboard::ui
