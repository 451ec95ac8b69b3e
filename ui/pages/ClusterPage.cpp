#include "pages/ClusterPage.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

#include "format/PeopleNumbers.h"
#include "style/Palette.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

constexpr double kPercent = 100;
constexpr double kMillion = 1e6;

const QColor kComputeColor(0x1f, 0x77, 0xb4);
const QColor kBubbleColor(0xff, 0xbb, 0x78);
const QColor kExposedColor(0xd6, 0x27, 0x28);

const ClusterResults& clusterOf(const ScenarioView& view) { return view.results->get<ClusterResults>(); }

// x: cluster size in GPUs, log, over the chart grid's whole replicas.
AxisSpec gpusAxis() { return AxisSpec(ClusterPage::tr("GPUs"), AxisScale::Log, QStringLiteral("%.3g")); }

// ChartWidget creates markers hidden and keeps them so even once placed: mark
// them visible here; a marker still shows only while it has a position.
SeriesHandle visibleMarker(ChartWidget* chart, const QString& name, const QColor& color,
                           LineStyle style = LineStyle::Solid) {
    const SeriesHandle marker = chart->addVerticalMarker(name, color, style);
    chart->setSeriesVisible(marker, true);
    return marker;
}

// The scenario's N: the GPUs that train (whole replicas); none when infeasible.
std::optional<double> scenarioGpus(const ClusterResults& cluster) {
    if (!cluster.feasible) return std::nullopt;
    return double(cluster.gpusUsed);
}

template <class Value>
QList<QPointF> over(const std::vector<ClusterPoint>& grid, Value&& value) {
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(grid.size()));
    for (const ClusterPoint& pt : grid)
        if (const std::optional<double> y = value(pt)) points.append(QPointF(double(pt.gpus), *y));
    return points;
}

// The Overview's cluster tile: MFU and goodput against cluster size.
class UtilizationHeadline final : public PageHeadline {
public:
    explicit UtilizationHeadline(QWidget* parent)
        : chart_(new ChartWidget(ClusterPage::tr("MFU and goodput vs. cluster size"), gpusAxis(),
                                 AxisSpec(ClusterPage::tr("%"), AxisScale::Linear, QStringLiteral("%.0f"), 0.0, 100.0),
                                 parent)) {
        mfu_ = ScenarioSeries::declareLines(chart_, ClusterPage::tr("MFU"));
        goodput_ = ScenarioSeries::declareLines(chart_, ClusterPage::tr("Goodput"), 2.0, LineStyle::Dashed);
        ScenarioSeries::addSlotBySlot({&mfu_, &goodput_});
        mfu_.singleColor(kComputeColor).names(ClusterPage::tr("MFU"), ClusterPage::tr("%1: MFU"));
        goodput_.singleColor(role::secondary()).names(ClusterPage::tr("Goodput"), ClusterPage::tr("%1: goodput"));
        marker_ = visibleMarker(chart_, ClusterPage::tr("Scenario"), role::highlight());
    }

    ChartWidget* chart() const override { return chart_; }

    void showResults(const std::vector<ScenarioView>& views) override {
        std::vector<std::vector<ClusterPoint>> grids;
        for (const ScenarioView& view : views)
            grids.push_back(view.results ? ClusterModel::series(clusterOf(view).inputs) : std::vector<ClusterPoint>{});
        auto gridOf = [&](const ScenarioView& view) -> const std::vector<ClusterPoint>& {
            return grids[std::size_t(&view - views.data())];
        };
        mfu_.show(views, [&](const ScenarioView& view) {
            return over(gridOf(view), [](const ClusterPoint& pt) { return std::optional(pt.mfu * kPercent); });
        });
        goodput_.show(views, [&](const ScenarioView& view) {
            return over(gridOf(view), [](const ClusterPoint& pt) { return std::optional(pt.goodput * kPercent); });
        });
        chart_->setMarker(marker_, scenarioGpus(clusterOf(views.front())));
        chart_->updateRanges();
    }

private:
    ChartWidget* chart_;
    ScenarioSeries mfu_;
    ScenarioSeries goodput_;
    SeriesHandle marker_;
};

}  // namespace

std::unique_ptr<PageHeadline> ClusterPage::headline(QWidget* parent) {
    return std::make_unique<UtilizationHeadline>(parent);
}

ClusterPage::ClusterPage(QWidget* parent) : ModelPage(parent) {
    kpiStrips_ = {new KpiStrip({QStringLiteral("cluster.mfu"), QStringLiteral("cluster.goodput"),
                                QStringLiteral("cluster.days"), QStringLiteral("cluster.fastest_gpus"),
                                QStringLiteral("cluster.fastest_days"), QStringLiteral("cluster.compute_comm_ratio"),
                                QStringLiteral("cluster.bubble_share")},
                               this),
                  new KpiStrip({QStringLiteral("cluster.training_flops"), QStringLiteral("cluster.gpu_hours"),
                                QStringLiteral("cluster.cost"), QStringLiteral("cluster.energy_mwh"),
                                QStringLiteral("cluster.job_mtbf_hours"), QStringLiteral("cluster.checkpoint_minutes")},
                               this)};

    // MFU and goodput.
    utilizationChart_ = new ChartWidget(tr("MFU and goodput"), gpusAxis(),
                                        AxisSpec(tr("%"), AxisScale::Linear, QStringLiteral("%.0f"), 0.0, 100.0), this);
    mfu_ = ScenarioSeries::declareLines(utilizationChart_, tr("MFU"));
    goodput_ = ScenarioSeries::declareLines(utilizationChart_, tr("Goodput"), 2.0, LineStyle::Dashed);
    ScenarioSeries::addSlotBySlot({&mfu_, &goodput_});
    mfu_.singleColor(kComputeColor).names(tr("MFU"), tr("%1: MFU"));
    goodput_.singleColor(role::secondary()).names(tr("Goodput"), tr("%1: goodput"));

    // Time per step, stacked: the areas are cumulative and drawn top layer first.
    stepChart_ = new ChartWidget(tr("Time per step"), gpusAxis(),
                                 AxisSpec(tr("Seconds per step"), AxisScale::Log, QStringLiteral("%.3g")), this);
    // Stacked, largest first: step time, then compute + bubble, then compute.
    exposedArea_ = stepChart_->addArea(tr("Exposed communication"), kExposedColor, ChartWidget::AreaFill::Stacked);
    bubbleArea_ = stepChart_->addArea(tr("Pipeline bubble"), kBubbleColor, ChartWidget::AreaFill::Stacked);
    computeArea_ = stepChart_->addArea(tr("Compute"), kComputeColor, ChartWidget::AreaFill::Stacked);
    stepTotal_ = ScenarioSeries::lines(stepChart_, tr("Step time"), 1.5);
    stepTotal_.legend(ScenarioSeries::Legend::CompareOnly).names(tr("Step time"), tr("%1: step time"));

    // Compute / communication ratio with the exposure line.
    ratioChart_ = new ChartWidget(tr("Compute / communication ratio"), gpusAxis(),
                                  AxisSpec(tr("Ratio"), AxisScale::Log, QStringLiteral("%.3g")), this);
    ratio_ = ScenarioSeries::declareLines(ratioChart_, tr("Compute / comm"));
    exposure_ = ScenarioSeries::declareLines(ratioChart_, tr("Exposure line (1 − b) / overlap"), 1.5,
                                             LineStyle::Dashed);
    ScenarioSeries::addSlotBySlot({&ratio_, &exposure_});
    ratio_.singleColor(kComputeColor).names(tr("Compute / comm"), tr("%1: compute / comm"));
    exposure_.singleColor(role::alert()).names(tr("Exposure line (1 − b) / overlap"), tr("%1: exposure line"));

    // Training days and run cost, the fastest size marked.
    daysChart_ = new ChartWidget(tr("Training days"), gpusAxis(),
                                 AxisSpec(tr("Days"), AxisScale::Log, QStringLiteral("%.3g")), this);
    days_ = ScenarioSeries::lines(daysChart_, tr("Days"));
    days_.legend(ScenarioSeries::Legend::CompareOnly);
    daysFastest_ = visibleMarker(daysChart_, tr("Fastest size"), role::secondary(), LineStyle::Dashed);

    costChart_ = new ChartWidget(tr("Run cost"), gpusAxis(),
                                 AxisSpec(tr("$ millions"), AxisScale::Log, QStringLiteral("%.3g")), this);
    cost_ = ScenarioSeries::lines(costChart_, tr("Cost"));
    cost_.legend(ScenarioSeries::Legend::CompareOnly);
    costFastest_ = visibleMarker(costChart_, tr("Fastest size"), role::secondary(), LineStyle::Dashed);

    // Job MTBF and the checkpoint interval, both in hours.
    failureChart_ = new ChartWidget(tr("Job MTBF and checkpoint interval"), gpusAxis(),
                                    AxisSpec(tr("Hours"), AxisScale::Log, QStringLiteral("%.3g")), this);
    mtbf_ = ScenarioSeries::declareLines(failureChart_, tr("Job MTBF"));
    checkpoint_ = ScenarioSeries::declareLines(failureChart_, tr("Checkpoint interval"), 2.0, LineStyle::Dashed);
    ScenarioSeries::addSlotBySlot({&mtbf_, &checkpoint_});
    mtbf_.singleColor(kComputeColor).names(tr("Job MTBF"), tr("%1: job MTBF"));
    checkpoint_.singleColor(role::secondary()).names(tr("Checkpoint interval"), tr("%1: checkpoint interval"));

    charts_ = {utilizationChart_, stepChart_, ratioChart_, daysChart_, costChart_, failureChart_};
    for (Chart* chart : charts_) {
        auto* line = static_cast<ChartWidget*>(chart);
        scenarioMarkers_.append({line, visibleMarker(line, tr("Scenario"), role::highlight())});
    }

    auto* top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(utilizationChart_, 1);
    top->addWidget(stepChart_, 1);
    top->addWidget(ratioChart_, 1);
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(6);
    bottom->addWidget(daysChart_, 1);
    bottom->addWidget(costChart_, 1);
    bottom->addWidget(failureChart_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    for (KpiStrip* strip : kpiStrips_) layout->addWidget(strip);
    layout->addLayout(top, 1);
    layout->addLayout(bottom, 1);
}

SeriesHandle ClusterPage::scenarioMarker(ChartWidget* chart) const {
    for (const auto& [owner, marker] : scenarioMarkers_)
        if (owner == chart) return marker;
    return {};
}

const std::vector<ClusterPoint>& ClusterPage::pointsOf(const ScenarioView& view) const {
    for (std::size_t i = 0; i < gridOwners_.size(); ++i)
        if (gridOwners_[i] == view.results) return grids_[i];
    static const std::vector<ClusterPoint> none;
    return none;
}

void ClusterPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    for (KpiStrip* strip : kpiStrips_) strip->showResults(*views.front().results);
    gridOwners_.clear();
    grids_.resize(views.size());
    for (std::size_t i = 0; i < views.size(); ++i) {
        gridOwners_.push_back(views[i].results);
        if (views[i].results) grids_[i] = ClusterModel::series(clusterOf(views[i]).inputs);
        else grids_[i].clear();
    }
    showUtilization(views);
    showStep(views);
    showRatio(views);
    showDaysAndCost(views);
    showFailures(views);

    const std::optional<double> n = scenarioGpus(clusterOf(views.front()));
    for (const auto& [chart, marker] : scenarioMarkers_) {
        chart->setMarker(marker, n);
        chart->updateRanges();
    }
}

void ClusterPage::showUtilization(const std::vector<ScenarioView>& views) {
    mfu_.show(views, [this](const ScenarioView& view) {
        return over(pointsOf(view), [](const ClusterPoint& pt) { return std::optional(pt.mfu * kPercent); });
    });
    goodput_.show(views, [this](const ScenarioView& view) {
        return over(pointsOf(view), [](const ClusterPoint& pt) { return std::optional(pt.goodput * kPercent); });
    });
}

void ClusterPage::showStep(const std::vector<ScenarioView>& views) {
    const std::vector<ClusterPoint>& active = pointsOf(views.front());
    stepChart_->setPoints(computeArea_, over(active, [](const ClusterPoint& pt) { return std::optional(pt.computeSeconds); }));
    stepChart_->setPoints(bubbleArea_, over(active, [](const ClusterPoint& pt) { return std::optional(pt.busySeconds); }));
    stepChart_->setPoints(exposedArea_, over(active, [](const ClusterPoint& pt) { return std::optional(pt.stepSeconds); }));
    stepTotal_.show(views, [this](const ScenarioView& view) {
        return over(pointsOf(view), [](const ClusterPoint& pt) { return std::optional(pt.stepSeconds); });
    });
    stepChart_->setNote(views.size() > 1 ? tr("Stacked areas: %1").arg(views.front().name) : QString());
}

void ClusterPage::showRatio(const std::vector<ScenarioView>& views) {
    ratio_.show(views, [this](const ScenarioView& view) {
        return over(pointsOf(view), [](const ClusterPoint& pt) { return pt.computeCommRatio; });
    });
    exposure_.show(views, [this](const ScenarioView& view) {
        const double overlap = clusterOf(view).inputs.overlap;
        return over(pointsOf(view), [overlap](const ClusterPoint& pt) -> std::optional<double> {
            if (!(overlap > 0)) return std::nullopt;  // nothing hides: every byte is exposed
            return (1.0 - pt.bubbleShare) / overlap;
        });
    });
    ratioChart_->setNote(clusterOf(views.front()).inputs.overlap > 0
                             ? QString()
                             : tr("Overlap is 0: all communication is exposed"));
}

void ClusterPage::showDaysAndCost(const std::vector<ScenarioView>& views) {
    days_.show(views, [this](const ScenarioView& view) {
        return over(pointsOf(view), [](const ClusterPoint& pt) { return pt.days; });
    });
    cost_.show(views, [this](const ScenarioView& view) {
        const double price = clusterOf(view).inputs.rentalPrice;
        return over(pointsOf(view), [price](const ClusterPoint& pt) -> std::optional<double> {
            if (!pt.hours) return std::nullopt;
            return double(pt.gpus) * *pt.hours * price / kMillion;
        });
    });
    const ClusterResults& active = clusterOf(views.front());
    daysChart_->setMarker(daysFastest_, active.fastestGpus);
    costChart_->setMarker(costFastest_, active.fastestGpus);
    const QString note = active.fastestGpus
                             ? tr("Fastest: %1 GPUs, %2 days")
                                   .arg(formatInteger(std::llround(*active.fastestGpus)),
                                        formatNumber(*active.fastestDays, 3))
                             : tr("No cluster size finishes: goodput is 0 at every size");
    daysChart_->setNote(note);
    costChart_->setNote(note);
}

void ClusterPage::showFailures(const std::vector<ScenarioView>& views) {
    mtbf_.show(views, [this](const ScenarioView& view) {
        return over(pointsOf(view), [](const ClusterPoint& pt) { return std::optional(pt.jobMtbfHours); });
    });
    checkpoint_.show(views, [this](const ScenarioView& view) {
        return over(pointsOf(view), [](const ClusterPoint& pt) { return std::optional(pt.checkpointHours); });
    });
}

}  // namespace leverboard::ui
