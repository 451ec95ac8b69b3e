#include "pages/PowerPage.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <array>

#include "charts/BarChartWidget.h"
#include "format/PeopleNumbers.h"
#include "models/PowerModel.h"
#include "style/Palette.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

constexpr double kBillion = 1e9;
constexpr double kPercent = 100;

const QColor kGridWaitColor(0x7f, 0x7f, 0x7f);
const QColor kBuildColor(0x1f, 0x77, 0xb4);
const QColor kChipsColor(0x94, 0x67, 0xbd);
const QColor kGenerationColor(0xff, 0x7f, 0x0e);

// Category labels have room for a word or two: "Bear: the escalator" → "Bear".
QString shortName(const QString& name) {
    const QString head = name.section(QLatin1Char(':'), 0, 0).trimmed();
    return head.isEmpty() ? name : head;
}

// ChartWidget creates markers hidden and keeps them so even once placed: mark
// them visible here; a marker still shows only while it has a position.
SeriesHandle scenarioMarker(ChartWidget* chart, const QString& name) {
    const SeriesHandle marker = chart->addVerticalMarker(name, role::highlight());
    chart->setSeriesVisible(marker, true);
    return marker;
}

// The site-power grid's span (the parameter's range), pinned so the axis does
// not round out to the next decade.
AxisSpec siteAxis() {
    const ParameterSpec& site = spec(ParamId::PowerSiteMw);
    return AxisSpec(PowerPage::tr("Site power (MW)"), AxisScale::Log, QStringLiteral("%.0f"), site.min, site.max);
}

const PowerResults& powerOf(const ScenarioView& view) { return view.results->get<PowerResults>(); }

// Points over the site-power grid, y = values × scale.
QList<QPointF> overSites(const PowerResults& power, const std::vector<double>& values, double scale = 1.0) {
    const std::size_t n = std::min(power.siteGridMw.size(), values.size());
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i) points.append(QPointF(power.siteGridMw[i], values[i] * scale));
    return points;
}

// Runs per year over the site grid; a null or zero run count has no point on
// the log axis (the chart's note says why).
QList<QPointF> runsOverSites(const PowerResults& power) {
    QList<QPointF> points;
    const std::size_t n = std::min(power.siteGridMw.size(), power.runsAtSite.size());
    points.reserve(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i)
        if (power.runsAtSite[i] && *power.runsAtSite[i] > 0)
            points.append(QPointF(power.siteGridMw[i], *power.runsAtSite[i]));
    return points;
}

// The Overview's power tile: GPUs the site powers against site power.
class GpusHeadline final : public PageHeadline {
public:
    explicit GpusHeadline(QWidget* parent)
        : chart_(new ChartWidget(PowerPage::tr("GPUs a site powers"), siteAxis(),
                                 AxisSpec(PowerPage::tr("GPUs"), AxisScale::Log, QStringLiteral("%.3g")), parent)) {
        gpus_ = ScenarioSeries::lines(chart_, PowerPage::tr("GPUs"));
        gpus_.legend(ScenarioSeries::Legend::CompareOnly);
        site_ = scenarioMarker(chart_, PowerPage::tr("Scenario"));
    }

    ChartWidget* chart() const override { return chart_; }

    void showResults(const std::vector<ScenarioView>& views) override {
        gpus_.show(views, [](const ScenarioView& view) {
            const PowerResults& power = powerOf(view);
            return overSites(power, power.gpusAtSite);
        });
        chart_->setMarker(site_, powerOf(views.front()).siteMw);
        chart_->updateRanges();
    }

private:
    ChartWidget* chart_;
    ScenarioSeries gpus_;
    SeriesHandle site_;
};

}  // namespace

std::unique_ptr<PageHeadline> PowerPage::headline(QWidget* parent) { return std::make_unique<GpusHeadline>(parent); }

PowerPage::PowerPage(QWidget* parent) : ModelPage(parent) {
    // Fifteen headline numbers (the better path is a word), in the registry's
    // order: three rows of five keep every card wide enough to read.
    kpiStrips_ = {new KpiStrip({QStringLiteral("power.gpus"), QStringLiteral("power.capex"),
                                QStringLiteral("power.capex_per_gw"), QStringLiteral("power.energy_twh"),
                                QStringLiteral("power.national_share")},
                               this),
                  new KpiStrip({QStringLiteral("power.energy_cost"), QStringLiteral("power.capital_charge"),
                                QStringLiteral("power.energy_cost_share"), QStringLiteral("power.sustained_eflops"),
                                QStringLiteral("power.flops_per_joule")},
                               this),
                  new KpiStrip({QStringLiteral("power.runs_per_year"), QStringLiteral("power.years_grid"),
                                QStringLiteral("power.years_onsite"), QStringLiteral("power.onsite_net_value"),
                                QStringLiteral("power.better_path")},
                               this)};

    buildSiteCharts();
    buildYearsChart();
    buildCostSplitChart();
    buildEnergyShareChart();
    buildRunsChart();
    // Reading order, which is also the order they were built in.
    charts_ = {gpusChart_, buildCostChart_, yearsChart_, costSplitChart_, energyShareChart_, runsChart_};

    // What the power buys along the top row; time, money and use below.
    auto* siteRow = new QHBoxLayout;
    siteRow->setSpacing(6);
    siteRow->addWidget(gpusChart_, 1);
    siteRow->addWidget(buildCostChart_, 1);
    siteRow->addWidget(runsChart_, 1);
    auto* costRow = new QHBoxLayout;
    costRow->setSpacing(6);
    costRow->addWidget(yearsChart_, 1);
    costRow->addWidget(costSplitChart_, 1);
    costRow->addWidget(energyShareChart_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    for (KpiStrip* strip : kpiStrips_) layout->addWidget(strip);
    layout->addLayout(siteRow, 1);
    layout->addLayout(costRow, 1);
}

void PowerPage::buildSiteCharts() {
    gpusChart_ = new ChartWidget(tr("GPUs the site powers"), siteAxis(),
                                 AxisSpec(tr("GPUs"), AxisScale::Log, QStringLiteral("%.3g")), this);
    gpus_ = ScenarioSeries::lines(gpusChart_, tr("GPUs"));
    gpus_.legend(ScenarioSeries::Legend::CompareOnly);
    gpusSite_ = scenarioMarker(gpusChart_, tr("Scenario"));

    buildCostChart_ = new ChartWidget(tr("Build cost"), siteAxis(),
                                      AxisSpec(tr("$ billions"), AxisScale::Log, QStringLiteral("%.3g")), this);
    buildCost_ = ScenarioSeries::lines(buildCostChart_, tr("Build cost"));
    buildCost_.legend(ScenarioSeries::Legend::CompareOnly);
    buildCostSite_ = scenarioMarker(buildCostChart_, tr("Scenario"));
}

void PowerPage::buildYearsChart() {
    yearsChart_ = new BarChartWidget(tr("Years to first compute"),
                                     AxisSpec(tr("Years"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0), this);
    // Added in YearsSet order. The steps run side by side, not one after the
    // other: the longest bar of a path is its time to first compute.
    yearsChart_->addSet(tr("Grid wait"), kGridWaitColor);
    yearsChart_->addSet(tr("Build"), kBuildColor);
    yearsChart_->addSet(tr("Chips"), kChipsColor);
    yearsChart_->addSet(tr("Generation"), kGenerationColor);
    yearsChart_->setSetDescription(GridWait, tr("Years until the grid connection is live"));
    yearsChart_->setSetDescription(Build, tr("Years to build the data centre"));
    yearsChart_->setSetDescription(Chips, tr("Lead time for the GPUs"));
    yearsChart_->setSetDescription(Generation, tr("Years to bring on-site generation online"));
}

void PowerPage::buildCostSplitChart() {
    costSplitChart_ = new ChartWidget(tr("Yearly cost vs. electricity price"),
                                      AxisSpec(tr("Electricity price ($ / kWh)"), AxisScale::Linear,
                                               QStringLiteral("%.2f")),
                                      AxisSpec(tr("$ billions / year"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0),
                                      this);
    capitalCharge_ = ScenarioSeries::declareLines(costSplitChart_, tr("Capital charge"), 2.0, LineStyle::Dashed);
    energyCost_ = ScenarioSeries::declareLines(costSplitChart_, tr("Energy"));
    ScenarioSeries::addSlotBySlot({&capitalCharge_, &energyCost_});
    // One scenario: the two told apart by colour and named; compare: by line
    // style, each scenario's pair named after it.
    capitalCharge_.singleColor(role::reference()).names(tr("Capital charge"), tr("%1: capital charge"));
    energyCost_.singleColor(role::secondary()).names(tr("Energy"), tr("%1: energy"));
    costSplitPrice_ = scenarioMarker(costSplitChart_, tr("Scenario"));
}

void PowerPage::buildEnergyShareChart() {
    energyShareChart_ = new ChartWidget(tr("Energy share of yearly cost"),
                                        AxisSpec(tr("Utilization (%)"), AxisScale::Linear, QStringLiteral("%.0f")),
                                        AxisSpec(tr("Energy share (%)"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0),
                                        this);
    energyShare_ = ScenarioSeries::lines(energyShareChart_, tr("Energy share"));
    energyShare_.legend(ScenarioSeries::Legend::CompareOnly);
    energyShareUtilization_ = scenarioMarker(energyShareChart_, tr("Scenario"));
}

void PowerPage::buildRunsChart() {
    runsChart_ = new ChartWidget(tr("Training runs per year"), siteAxis(),
                                 AxisSpec(tr("Runs / year"), AxisScale::Log, QStringLiteral("%.3g")), this);
    runs_ = ScenarioSeries::lines(runsChart_, tr("Runs per year"));
    runs_.legend(ScenarioSeries::Legend::CompareOnly);
    runsSite_ = scenarioMarker(runsChart_, tr("Scenario"));
}

void PowerPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    for (KpiStrip* strip : kpiStrips_) strip->showResults(*views.front().results);
    showSite(views);
    showYears(views);
    showCostSplit(views);
    showEnergyShare(views);
    showRuns(views);
}

void PowerPage::showSite(const std::vector<ScenarioView>& views) {
    gpus_.show(views, [](const ScenarioView& view) {
        const PowerResults& power = powerOf(view);
        return overSites(power, power.gpusAtSite);
    });
    buildCost_.show(views, [](const ScenarioView& view) {
        const PowerResults& power = powerOf(view);
        return overSites(power, power.capexAtSite, 1.0 / kBillion);
    });
    const double site = powerOf(views.front()).siteMw;
    gpusChart_->setMarker(gpusSite_, site);
    buildCostChart_->setMarker(buildCostSite_, site);
    gpusChart_->updateRanges();
    buildCostChart_->updateRanges();
}

void PowerPage::showYears(const std::vector<ScenarioView>& views) {
    // Two bars per scenario shown: the grid path and the on-site path.
    const bool compare = views.size() > 1;
    QStringList categories;
    std::array<QList<double>, YearsSetCount> values;
    for (const ScenarioView& view : views) {  // at most kMaxCompared
        if (!view.results) continue;
        const PowerResults& power = powerOf(view);
        const QString name = shortName(view.name);
        categories.append(compare ? tr("%1: grid").arg(name) : tr("Grid"));
        categories.append(compare ? tr("%1: on-site").arg(name) : tr("On-site"));
        values[GridWait] << power.gridWaitYears << 0.0;
        values[Build] << power.buildYears << power.buildYears;
        values[Chips] << power.chipWaitYears << power.chipWaitYears;
        values[Generation] << 0.0 << power.onsiteYears;
    }
    yearsChart_->setCategories(categories);
    for (int set = 0; set < YearsSetCount; ++set) yearsChart_->setValues(set, values[std::size_t(set)]);
    const PowerResults& active = powerOf(views.front());
    yearsChart_->setNote(tr("First compute: grid %1 years, on-site %2 years")
                             .arg(formatNumber(active.yearsGrid), formatNumber(active.yearsOnsite)));
    yearsChart_->updateRanges();
}

void PowerPage::showCostSplit(const std::vector<ScenarioView>& views) {
    capitalCharge_.show(views, [](const ScenarioView& view) {
        const PowerResults& power = powerOf(view);
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(power.priceGrid.size()));
        for (double price : power.priceGrid) points.append(QPointF(price, power.capitalCharge / kBillion));
        return points;
    });
    energyCost_.show(views, [](const ScenarioView& view) {
        const PowerResults& power = powerOf(view);
        const std::size_t n = std::min(power.priceGrid.size(), power.energyCostAtPrice.size());
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(n));
        for (std::size_t i = 0; i < n; ++i)
            points.append(QPointF(power.priceGrid[i], power.energyCostAtPrice[i] / kBillion));
        return points;
    });
    costSplitChart_->setMarker(costSplitPrice_, powerOf(views.front()).electricityPrice);
    costSplitChart_->updateRanges();
}

void PowerPage::showEnergyShare(const std::vector<ScenarioView>& views) {
    energyShare_.show(views, [](const ScenarioView& view) {
        const PowerResults& power = powerOf(view);
        const std::size_t n = std::min(power.utilizationGrid.size(), power.energyShareAtUtilization.size());
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(n));
        for (std::size_t i = 0; i < n; ++i)
            points.append(QPointF(power.utilizationGrid[i] * kPercent, power.energyShareAtUtilization[i] * kPercent));
        return points;
    });
    energyShareChart_->setMarker(energyShareUtilization_, powerOf(views.front()).utilization * kPercent);
    energyShareChart_->updateRanges();
}

void PowerPage::showRuns(const std::vector<ScenarioView>& views) {
    runs_.show(views, [](const ScenarioView& view) { return runsOverSites(powerOf(view)); });
    const PowerResults& active = powerOf(views.front());
    runsChart_->setMarker(runsSite_, active.siteMw);
    QString note;
    if (!active.runsPerYear)
        note = tr("The cluster run is infeasible: fewer GPUs than one replica needs");
    else if (*active.runsPerYear == 0)
        note = tr("The cluster run's goodput is 0: no training run finishes");
    runsChart_->setNote(note);
    runsChart_->updateRanges();
}

}  // namespace leverboard::ui
