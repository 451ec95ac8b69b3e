#include "pages/CostPage.h"

#include <QGridLayout>
#include <QVBoxLayout>
#include <algorithm>

#include "format/PeopleNumbers.h"
#include "pages/PageAxes.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

// Application colours (Tableau 10 without grey, which marks thresholds).
QColor applicationColor(int index) {
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22)};
    return colors[static_cast<std::size_t>(index) % std::size(colors)];
}

// Special points (kink, unlock months) in one colour readable on light and dark.
const QColor kSpecialPoint(0xf2, 0xb7, 0x05);
const QColor kReference(0x80, 0x80, 0x80);
const QColor kHardwareRole(0xff, 0x7f, 0x0e);

}  // namespace

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
    for (int slot = 0; slot < kMaxScenarios; ++slot) {
        const SeriesHandle line = priceChart_->addLine(tr("Price"), scenarioColor(slot));
        pricePath_[static_cast<std::size_t>(slot)] = line;
        colorByScenario(priceChart_, line, slot);
    }
    kinkMarker_ = priceChart_->addVerticalMarker(tr("Commoditized (Tc)"), kReference);
    kinkPoint_ = priceChart_->addPoints(tr("Kink P(Tc)"), kSpecialPoint);
    priceChart_->setInLegend(kinkPoint_, false);
}

void CostPage::buildTaskChart() {
    taskChart_ = new ChartWidget(taskTitle(false), wholeNumberAxis(tr("Month")),
                                 AxisSpec{tr("Cost ($ / task)"), AxisScale::Log}, this);
    for (int app = 0; app < kMaxApplications; ++app) {
        const auto i = static_cast<std::size_t>(app);
        costPerTask_[i] = taskChart_->addLine(QString(), applicationColor(app));
        threshold_[i] = taskChart_->addLine(QString(), applicationColor(app), 1.5, LineStyle::Dashed);
        taskChart_->setInLegend(threshold_[i], false);  // the dashed legend entry explains them
    }
    // The title explains the dashes and dots: the legend has room for the
    // application names only.
    unlockPoints_ = taskChart_->addPoints(tr("Unlock month"), kSpecialPoint);
    taskChart_->setInLegend(unlockPoints_, false);
}

void CostPage::buildIndexChart() {
    indexChart_ = new ChartWidget(tr("Price indices (1 = today)"), wholeNumberAxis(tr("Month")),
                                  AxisSpec{tr("Index"), AxisScale::Log}, this);
    for (int slot = 0; slot < kMaxScenarios; ++slot) {
        const auto i = static_cast<std::size_t>(slot);
        frontierIndex_[i] = indexChart_->addLine(tr("Frontier If"), scenarioColor(slot));
        hardwareIndex_[i] = indexChart_->addLine(tr("Hardware Ih"), scenarioColor(slot), 2.0, LineStyle::Dashed);
        colorByScenario(indexChart_, frontierIndex_[i], slot);
        // One scenario: the two indices are told apart by colour.
        colorByScenario(indexChart_, hardwareIndex_[i], slot,
                        slot == 0 ? std::optional<QColor>(kHardwareRole) : std::nullopt);
    }
}

void CostPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    applyScenarioColors(views);
    kpis_->showResults(*views.front().results);
    showPricePaths(views);
    showCostPerTask(views.front(), views.size() > 1);
    showIndices(views);
}

void CostPage::showPricePaths(const std::vector<ScenarioView>& views) {
    const bool compare = views.size() > 1;
    for (int slot = 0; slot < kMaxScenarios; ++slot) {
        const SeriesHandle line = pricePath_[static_cast<std::size_t>(slot)];
        const bool shown = slot < static_cast<int>(views.size()) && views[static_cast<std::size_t>(slot)].results;
        if (shown) {
            const ScenarioView& view = views[static_cast<std::size_t>(slot)];
            priceChart_->setPoints(line, toPoints(view.results->cost.month, view.results->cost.price));
            priceChart_->setSeriesName(line, compare ? view.name : tr("Price"));
        }
        if (priceChart_->seriesVisible(line) != shown) priceChart_->setSeriesVisible(line, shown);
    }

    // The kink of the active scenario, when it falls inside the horizon.
    const CostResults& cost = views.front().results->cost;
    const bool kinkShown = !cost.month.empty() && cost.commoditizeMonth <= cost.month.back();
    priceChart_->setMarker(kinkMarker_, kinkShown ? std::optional<double>(cost.commoditizeMonth) : std::nullopt);
    priceChart_->setPoints(kinkPoint_, kinkShown ? QList<QPointF>{{cost.commoditizeMonth, cost.priceAtCommoditize}}
                                                 : QList<QPointF>{});
    priceChart_->updateRanges();
}

void CostPage::showCostPerTask(const ScenarioView& active, bool compare) {
    const CostResults& cost = active.results->cost;
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
    for (int slot = 0; slot < kMaxScenarios; ++slot) {
        const auto i = static_cast<std::size_t>(slot);
        const bool shown = slot < static_cast<int>(views.size()) && views[i].results;
        if (shown) {
            const CostResults& cost = views[i].results->cost;
            indexChart_->setPoints(frontierIndex_[i], toPoints(cost.month, cost.frontierIndex));
            indexChart_->setPoints(hardwareIndex_[i], toPoints(cost.month, cost.hardwareIndex));
            indexChart_->setSeriesName(frontierIndex_[i], compare ? views[i].name : tr("Frontier If"));
            indexChart_->setSeriesName(hardwareIndex_[i], compare ? tr("%1: hardware Ih").arg(views[i].name)
                                                                  : tr("Hardware Ih"));
        }
        const bool hardwareInLegend = shown && !compare;
        if (indexChart_->seriesVisible(frontierIndex_[i]) != shown) {
            indexChart_->setSeriesVisible(frontierIndex_[i], shown);
            indexChart_->setSeriesVisible(hardwareIndex_[i], shown);
        }
        indexChart_->setInLegend(hardwareIndex_[i], hardwareInLegend);
    }
    indexChart_->updateRanges();
}

}  // namespace leverboard::ui
