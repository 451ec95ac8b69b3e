#pragma once
// The model registry: one table of the models (MODEL.md §1–4). Registry order
// is evaluation order (the cost curve, the root, first) and the order of the
// model pages. The engine, `eval`, `series --model`, the CSV export, `render`
// and the report iterate it; adding a model is its own files plus one entry
// here (and its parameter rows and ModelGroup in params/ParameterRegistry).

#include <any>
#include <span>
#include <string>
#include <string_view>

#include "models/Results.h"
#include "models/SeriesTables.h"
#include "models/ListWriter.h"
#include "params/KpiRegistry.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

namespace leverboard {

class CostCurve;

// What a model's evaluate step reads: the sanitized scenario and the root
// cost curve (built once per evaluation).
struct EvalContext {
    const Scenario& scenario;
    const CostCurve& curve;
    // false: skip the grids only a chart draws (capex's P/E against ROIC,
    // leverage's headcount against compute), which no KPI or series table
    // reads; the Monte Carlo draws no such chart (EvalOptions::chartGrids).
    bool chartGrids = true;
    // Where the model reports (models/ListWriter.h): its KPIs, its notes
    // (why a KPI is null) and its warnings, into the Results being filled.
    KpiWriter kpis;
    MessageWriter notes;
    MessageWriter warnings;
};

struct ModelSpec {
    ModelGroup group;       // its parameter group
    std::string_view id;    // the command line's --model, the CSV file name and the page
                            // slug (snake_case)
    std::string_view titleEn;
    std::string_view titleZh;
    std::any (*makeResults)();  // its default-constructed results struct
    // Fills results.get<its results>() and appends its notes, warnings and KPIs.
    void (*evaluate)(const EvalContext& context, Results& results);
    std::span<const KpiSpec> kpis;                 // in the order evaluate appends them
    SeriesTable (*seriesTable)(const Results& results);  // its time series (CSV columns)
};

std::span<const ModelSpec> models();
// By command-line id; nullptr when no model has it.
const ModelSpec* findModel(std::string_view id);
// The model of a parameter group (not Global).
const ModelSpec& modelSpec(ModelGroup group);
// Every id in registry order: "cost|leverage|half_life|capex".
std::string modelChoices(std::string_view separator = "|");

}  // namespace leverboard
