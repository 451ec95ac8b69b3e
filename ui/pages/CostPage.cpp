#include "pages/CostPage.h"

#include <QGridLayout>
#include <QVBoxLayout>
#include <algorithm>

#include "format/PeopleNumbers.h"
#include "models/CostCurveModel.h"
#include "pages/PageAxes.h"
#include "style/Palette.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {


// The Overview's cost tile: the price path of each scenario, named by scenario.
class PriceHeadline final : public PageHeadline {
public:
    explicit PriceHeadline(QWidget* parent)
        : chart_(new ChartWidget(CostPage::tr("Price path"),
                                 AxisSpec{CostPage::tr("Month"), AxisScale::Linear, QStringLiteral("%.0f"), 0.0,
                                          std::nullopt},
                                 AxisSpec{CostPage::tr("$ / 1M tokens"), AxisScale::Log}, parent)),
          price_(ScenarioSeries::lines(chart_, CostPage::tr("Price"))) {
        // Named by scenario; one line needs no legend entry.
        price_.names(QString()).legend(ScenarioSeries::Legend::CompareOnly);
    }

    ChartWidget* chart() const override { return chart_; }

    void showResults(const std::vector<ScenarioView>& views) override {
        price_.show(views, [](const ScenarioView& view) {
            const CostResults& cost = view.results->get<CostResults>();
            return toPoints(cost.month, cost.price);
        });
        chart_->updateRanges();
    }

private:
    ChartWidget* chart_;
    ScenarioSeries price_;
};

}  // namespace

std::unique_ptr<PageHeadline> CostPage::headline(QWidget* parent) { return std::make_unique<PriceHeadline>(parent); }

CostPage::CostPage(QWidget* parent)
    : ModelPage(parent),
      kpis_(new KpiStrip({QStringLiteral("cost.price_1y"), QStringLiteral("cost.price_horizon"),
                          QStringLiteral("cost.total_decline"), QStringLiteral("cost.unlock_month.")},
                         this)) {
    buildPriceChart();
    buildTaskChart();
    buildIndexChart();
    charts_ = {priceChart_, taskChart_, indexChart_};

    // Cost per task has the most series and the longest legend: give it the
    // full height of the right column.
    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(priceChart_, 0, 0);
    grid->addWidget(indexChart_, 1, 0);
    grid->addWidget(taskChart_, 0, 1, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(kpis_);
    layout->addLayout(grid, 1);
}

void CostPage::buildPriceChart() {
    priceChart_ = new ChartWidget(tr("Price path"), wholeNumberAxis(tr("Month")),
                                  AxisSpec{tr("Price ($ / 1M tokens)"), AxisScale::Log}, this);
    pricePath_ = ScenarioSeries::lines(priceChart_, tr("Price"));
    kinkMarker_ = priceChart_->addVerticalMarker(tr("Commoditized (Tc)"), role::reference());
    // Special points (kink, unlock months) in one colour readable on light and dark.
    kinkPoint_ = priceChart_->addPoints(tr("Kink P(Tc)"), role::highlight());
    priceChart_->setInLegend(kinkPoint_, false);
    priceChart_->addBandSource(QStringLiteral("cost"), QStringLiteral("price"));  // Monte Carlo fan
}

void CostPage::buildTaskChart() {
    taskChart_ = new ChartWidget(taskTitle(false), wholeNumberAxis(tr("Month")),
                                 AxisSpec{tr("Cost ($ / task)"), AxisScale::Log}, this);
    for (int app = 0; app < kMaxApplications; ++app) {
        const auto i = static_cast<std::size_t>(app);
        costPerTask_[i] = taskChart_->addLine(QString(), categoryColor(app));
        threshold_[i] = taskChart_->addLine(QString(), categoryColor(app), 1.5, LineStyle::Dashed);
        taskChart_->setInLegend(threshold_[i], false);  // the dashed legend entry explains them
    }
    // The title explains the dashes and dots: the legend has room for the
    // application names only.
    unlockPoints_ = taskChart_->addPoints(tr("Unlock month"), role::highlight());
    taskChart_->setInLegend(unlockPoints_, false);
    // Its fans (showCostPerTask) are explained by the other charts' legends.
    taskChart_->setBandsInLegend(false);
}

void CostPage::buildIndexChart() {
    indexChart_ = new ChartWidget(tr("Price indices (1 = today)"), wholeNumberAxis(tr("Month")),
                                  AxisSpec{tr("Index"), AxisScale::Log}, this);
    frontierIndex_ = ScenarioSeries::declareLines(indexChart_, tr("Frontier If"));
    hardwareIndex_ = ScenarioSeries::declareLines(indexChart_, tr("Hardware Ih"), 2.0, LineStyle::Dashed);
    ScenarioSeries::addSlotBySlot({&frontierIndex_, &hardwareIndex_});
    // One scenario: the two indices are told apart by colour, and the legend
    // names them; compare: the note explains the dashes.
    hardwareIndex_.singleColor(role::secondary())
        .names(tr("Hardware Ih"), tr("%1: hardware Ih"))
        .legend(ScenarioSeries::Legend::SingleOnly);
    indexChart_->addBandSource(QStringLiteral("cost"), QStringLiteral("frontier_index"));  // Monte Carlo fan
    indexChart_->addBandSource(QStringLiteral("cost"), QStringLiteral("hardware_index"), 1.0, role::secondary());
}

void CostPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    kpis_->showResults(*views.front().results);
    showPricePaths(views);
    showCostPerTask(views.front(), views.size() > 1);
    showIndices(views);
}

void CostPage::showPricePaths(const std::vector<ScenarioView>& views) {
    pricePath_.show(views, [](const ScenarioView& view) {
        const CostResults& cost = view.results->get<CostResults>();
        return toPoints(cost.month, cost.price);
    });

    // The kink of the active scenario, when it falls inside the horizon.
    const CostResults& cost = views.front().results->get<CostResults>();
    const bool kinkShown = !cost.month.empty() && cost.commoditizeMonth <= cost.month.back();
    priceChart_->setMarker(kinkMarker_, kinkShown ? std::optional<double>(cost.commoditizeMonth) : std::nullopt);
    priceChart_->setPoints(kinkPoint_, kinkShown ? QList<QPointF>{{cost.commoditizeMonth, cost.priceAtCommoditize}}
                                                 : QList<QPointF>{});
    priceChart_->updateRanges();
}

void CostPage::showCostPerTask(const ScenarioView& active, bool compare) {
    const CostResults& cost = active.results->get<CostResults>();
    const int appCount = static_cast<int>(cost.applications.size());
    const int shownCount = std::min(appCount, kMaxApplications);
    const double firstMonth = cost.month.empty() ? 0.0 : cost.month.front();
    const double lastMonth = cost.month.empty() ? 0.0 : cost.month.back();

    QList<QPointF> unlocks;
    unlocks.reserve(shownCount);
    for (int app = 0; app < kMaxApplications; ++app) {
        const auto i = static_cast<std::size_t>(app);
        const bool shown = app < shownCount;
        if (shown) {
            const ApplicationCurve& curve = cost.applications[i];
            const QString name = QString::fromStdString(curve.name);
            taskChart_->setPoints(costPerTask_[i], toPoints(cost.month, curve.costPerTask));
            taskChart_->setPoints(threshold_[i], {{firstMonth, curve.threshold}, {lastMonth, curve.threshold}});
            taskChart_->setSeriesName(costPerTask_[i], name);
            taskChart_->setSeriesName(threshold_[i], tr("%1: threshold").arg(name));
            if (curve.unlockMonth) unlocks.append(QPointF(*curve.unlockMonth, curve.threshold));
        }
        if (taskChart_->seriesVisible(costPerTask_[i]) != shown) {
            taskChart_->setSeriesVisible(costPerTask_[i], shown);
            taskChart_->setSeriesVisible(threshold_[i], shown);
            taskChart_->setInLegend(threshold_[i], false);  // showing a series shows its legend entry
        }
    }
    taskChart_->setPoints(unlockPoints_, unlocks);
    // Monte Carlo fans: one per application shown, in its colour (the chart
    // shows the active scenario only, in compare mode too).
    QList<ChartWidget::BandSource> bands;
    for (int app = 0; app < shownCount; ++app)
        bands.append({QStringLiteral("cost"),
                      QStringLiteral("cost_per_task.") +
                          QString::fromStdString(cost.applications[static_cast<std::size_t>(app)].id),
                      1.0, categoryColor(app), true});
    taskChart_->setBandSources(bands);

    QStringList notes;
    if (appCount == 0) notes << tr("No applications: add one in the application list");
    if (appCount > kMaxApplications) notes << tr("Showing the first %1 of %2 applications")
                                               .arg(formatInteger(kMaxApplications), formatInteger(appCount));
    const QString note = notes.join(QLatin1Char('\n'));
    if (note != taskNote_) {
        taskNote_ = note;
        taskChart_->setNote(note);
    }
    const QString title = taskTitle(compare);
    if (title != taskChart_->title()) taskChart_->setTitle(title);
    taskChart_->updateRanges();
}

QString CostPage::taskTitle(bool compare) {
    return compare ? tr("Cost per task, active scenario (dashed: threshold, ● unlock)")
                   : tr("Cost per task (dashed: viable threshold, ● unlock)");
}

void CostPage::applyIndexRoles(bool compare) {
    // One scenario: the two indices are told apart by colour (see
    // buildIndexChart). Compare: by line style, with the scenario's colour.
    indexRolesCompare_ = compare ? 1 : 0;
    indexChart_->setNote(compare ? tr("solid: frontier If · dashed: hardware Ih") : QString());
}

void CostPage::showIndices(const std::vector<ScenarioView>& views) {
    const bool compare = views.size() > 1;
    if (indexRolesCompare_ != (compare ? 1 : 0)) applyIndexRoles(compare);
    frontierIndex_.show(views, [](const ScenarioView& view) {
        const CostResults& cost = view.results->get<CostResults>();
        return toPoints(cost.month, cost.frontierIndex);
    });
    hardwareIndex_.show(views, [](const ScenarioView& view) {
        const CostResults& cost = view.results->get<CostResults>();
        return toPoints(cost.month, cost.hardwareIndex);
    });
    indexChart_->updateRanges();
}

}  // namespace leverboard::ui
