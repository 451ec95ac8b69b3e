#include "analysis/UncertaintyReport.h"

#include <QCoreApplication>

#include "analysis/MonteCarlo.h"
#include "analysis/UncertaintyController.h"
#include "analysis/UncertaintyText.h"
#include "format/PeopleNumbers.h"
#include "pages/ModelPage.h"
#include "scenario/Uncertainty.h"
#include "text/RegistryText.h"
#include "widgets/KpiFormatter.h"

namespace leverboard::ui {
namespace {

// lupdate reads the context from the macro.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UncertaintyReport)
};

report::TableColumn column(const QString& title, double width, Qt::Alignment alignment = Qt::AlignLeft,
                           bool small = false) {
    report::TableColumn c;
    c.title = title;
    c.fixedWidth = width;
    c.alignment = alignment;
    c.small = small;
    return c;
}

report::TableRow row(const QStringList& cells) {
    report::TableRow r;
    r.cells = cells;
    return r;
}

QString parameterNumber(ParamId param, double value) {
    const ParameterSpec& p = spec(param);
    const QString unit = p.unit.empty() ? QString() : unitText(p.unit);
    return unit.isEmpty() ? formatNumber(value, 4) : Tr::tr("%1 %2", "value and unit").arg(formatNumber(value, 4), unit);
}

// "uniform 2 – 4 years", "normal, 90% between 5 and 10", as the editor states them.
QString distributionText(ParamId param, const Distribution& d) {
    switch (d.kind) {
    case DistributionKind::Uniform:
        return Tr::tr("uniform from %1 to %2").arg(parameterNumber(param, d.a), parameterNumber(param, d.b));
    case DistributionKind::Triangular:
        return Tr::tr("triangular from %1 to %3, most likely %2")
            .arg(parameterNumber(param, d.a), parameterNumber(param, d.b), parameterNumber(param, d.c));
    case DistributionKind::Normal:
        return Tr::tr("normal, 90% between %1 and %2").arg(parameterNumber(param, d.a), parameterNumber(param, d.b));
    case DistributionKind::Lognormal:
        return Tr::tr("lognormal, 90% between %1 and %2").arg(parameterNumber(param, d.a), parameterNumber(param, d.b));
    }
    return {};
}

std::vector<analysis::SeriesRef> bandSeries(const QList<ModelPage*>& pages) {
    std::vector<analysis::SeriesRef> series;
    for (const ModelPage* page : pages)
        for (const analysis::SeriesRef& ref : uncertaintyNeeds(page).series)
            if (std::find(series.begin(), series.end(), ref) == series.end()) series.push_back(ref);
    return series;
}

}  // namespace

std::vector<report::ReportTable> uncertaintyTables(const Workspace& workspace, const std::vector<ScenarioView>& views,
                                                   const QList<ModelPage*>& pages) {
    std::vector<report::ReportTable> tables;
    std::optional<analysis::MonteCarloResult> activeResult;
    for (std::size_t slot = 0; slot < views.size(); ++slot) {
        const ScenarioView& view = views[slot];
        const auto index = std::size_t(view.scenarioIndex);
        if (index >= workspace.scenarios.size() || !view.results) continue;
        const Scenario& scenario = workspace.scenarios[index];
        if (scenario.uncertainty.empty()) continue;

        analysis::MonteCarloOptions options;
        options.samples = UncertaintyController::kFullSamples;
        options.seed = UncertaintyController::kSeed;
        options.series = slot == 0 ? bandSeries(pages) : std::vector<analysis::SeriesRef>{};
        options.keepValues = false;
        analysis::MonteCarloResult result = analysis::runMonteCarlo(scenario, options);

        report::ReportTable distributions;
        distributions.caption = Tr::tr("%1: what the scenario is unsure about").arg(view.name);
        distributions.columns = {column(Tr::tr("Parameter"), 260), column(Tr::tr("Distribution"), 0),
                                 column(Tr::tr("Id"), 200, Qt::AlignLeft, true)};
        for (const ParameterDistribution& d : scenario.uncertainty.distributions) {
            const ParameterSpec& p = spec(d.param);
            distributions.rows.push_back(row({registryLabel(p), distributionText(d.param, d.distribution),
                                              QString::fromUtf8(p.id.data(), qsizetype(p.id.size()))}));
        }
        for (const RankCorrelation& c : scenario.uncertainty.correlations)
            distributions.rows.push_back(row({Tr::tr("%1 and %2").arg(registryLabel(spec(c.a)), registryLabel(spec(c.b))),
                                              Tr::tr("rank correlation %1").arg(formatFixed(c.rho, 2)), QString()}));
        tables.push_back(std::move(distributions));

        report::ReportTable ranges;
        ranges.caption = Tr::tr("%1: key figures over %2 samples").arg(view.name, formatInteger(qlonglong(result.samples)));
        ranges.columns = {column(Tr::tr("Key figure"), 230),
                          column(Tr::tr("P10"), 110, Qt::AlignRight),
                          column(Tr::tr("P50"), 110, Qt::AlignRight),
                          column(Tr::tr("P90"), 110, Qt::AlignRight),
                          column(Tr::tr("Not reachable"), 100, Qt::AlignRight),
                          column(Tr::tr("Probability of the good side"), 0)};
        for (const analysis::KpiStats& stats : result.kpis) {
            const KpiSpec* spec = findKpiSpec(stats.id);
            const Kpi* kpi = view.results->kpi(stats.id);
            if (!spec || !kpi) continue;
            auto value = [&](const std::optional<double>& v) {
                return v ? UncertaintyText::value(*spec, *v) : QStringLiteral("—");
            };
            ranges.rows.push_back(row({kpiLabel(*spec, *kpi), value(stats.p10), value(stats.p50), value(stats.p90),
                                       UncertaintyText::percent(stats.nullShare()),
                                       UncertaintyText::probability(*spec, stats, *view.results)}));
        }
        tables.push_back(std::move(ranges));
        if (slot == 0) activeResult = std::move(result);
    }
    for (ModelPage* page : pages) showFanBands(page, activeResult ? &*activeResult : nullptr, views);
    return tables;
}

}  // namespace leverboard::ui
