#include "pages/OverviewPage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

#include "params/KpiRegistry.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

const QColor kReference(0x80, 0x80, 0x80);
const QColor kSecondRole(0xff, 0x7f, 0x0e);  // the second line of one scenario

constexpr double kMillion = 1e6;
constexpr double kPercent = 100;

// Four tiles share the page (≈ 1000 × 620 with the parameter dock open).
constexpr QSize kChartMinimum(220, 170);
constexpr int kCardWidth = 140;

// Headline KPIs of the global group (none today) join the cost tile.
int tileOf(ModelGroup group) {
    switch (group) {
    case ModelGroup::Leverage: return 1;
    case ModelGroup::HalfLife: return 2;
    case ModelGroup::Capex: return 3;
    case ModelGroup::Global:
    case ModelGroup::Cost: break;
    }
    return 0;
}

QList<QPointF> toPoints(const std::vector<double>& x, const std::vector<double>& y, double scale = 1) {
    const std::size_t n = std::min(x.size(), y.size());
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i) points.append(QPointF(x[i], y[i] / scale));
    return points;
}

bool hasResults(const std::vector<ScenarioView>& views, int slot) {
    return slot < static_cast<int>(views.size()) && views[static_cast<std::size_t>(slot)].results;
}

}  // namespace

OverviewPage::OverviewPage(QWidget* parent) : ModelPage(parent) {
    buildCharts();
    charts_ = {priceChart_, headcountChart_, halfLifeChart_, roicChart_};

    // One tile per model, two by two: its heading, its headline cards in a
    // column and its chart beside them, so each chart keeps a readable width.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    grid->addLayout(modelTile(tr("Cost curves"), ModelGroup::Cost, priceChart_), 0, 0);
    grid->addLayout(modelTile(tr("Compute leverage"), ModelGroup::Leverage, headcountChart_), 0, 1);
    grid->addLayout(modelTile(tr("Model half-life"), ModelGroup::HalfLife, halfLifeChart_), 1, 0);
    grid->addLayout(modelTile(tr("Capex & ROIC"), ModelGroup::Capex, roicChart_), 1, 1);
    for (int i = 0; i < 2; ++i) {
        grid->setColumnStretch(i, 1);
        grid->setRowStretch(i, 1);
    }
}

QLayout* OverviewPage::modelTile(const QString& heading, ModelGroup group, ChartWidget* chart) {
    auto* title = new QLabel(heading, this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);

    auto* cardColumn = new QVBoxLayout;
    cardColumn->setSpacing(4);
    for (const KpiSpec& spec : kpiSpecs()) {
        if (!spec.headline || tileOf(spec.group) != tileOf(group)) continue;
        auto* card = new KpiCard(QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size())), this);
        card->setFixedWidth(kCardWidth);
        cardColumn->addWidget(card);
        cards_.append(card);
    }
    cardColumn->addStretch(1);

    chart->setMinimumSize(kChartMinimum);
    auto* body = new QHBoxLayout;
    body->setSpacing(6);
    body->addLayout(cardColumn);
    body->addWidget(chart, 1);

    auto* tile = new QVBoxLayout;
    tile->setSpacing(3);
    tile->addWidget(title);
    tile->addLayout(body, 1);
    return tile;
}

void OverviewPage::buildCharts() {
    const AxisSpec month{tr("Month"), AxisScale::Linear, QStringLiteral("%.0f"), 0.0, std::nullopt};

    priceChart_ = new ChartWidget(tr("Price path"), month, AxisSpec{tr("$ / 1M tokens"), AxisScale::Log}, this);
    headcountChart_ = new ChartWidget(tr("Team needed vs. compute"),
                                      // 1 + C, as on the leverage page: C = 0 (no AI) has a place on
                                      // the log axis and the labels read 1, 10, …, 10000.
                                      AxisSpec(tr("1 + compute / person"), AxisScale::Log, QStringLiteral("%g"),
                                               1.0, 1.0 + spec(ParamId::LevComputePerPerson).max),
                                      AxisSpec{tr("People"), AxisScale::Linear, QStringLiteral("%.0f"), 0.0,
                                               std::nullopt},
                                      this);
    halfLifeChart_ = new ChartWidget(tr("Cumulative cost"), month,
                                     AxisSpec{tr("$ millions"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0,
                                              std::nullopt},
                                     this);
    roicChart_ = new ChartWidget(tr("ROIC by year"),
                                 AxisSpec{tr("Year"), AxisScale::Linear, QStringLiteral("%.0f")},
                                 AxisSpec{tr("ROIC (%)"), AxisScale::Linear, QStringLiteral("%.3g")}, this);

    for (int slot = 0; slot < kMaxScenarios; ++slot) {
        const auto i = static_cast<std::size_t>(slot);
        const QColor color = scenarioColor(slot);
        price_[i] = priceChart_->addLine(tr("Price"), color);
        headcount_[i] = headcountChart_->addLine(tr("Required headcount"), color);
        scenarioCompute_[i] = headcountChart_->addPoints(tr("Your compute"), color);
        cumulativeInference_[i] = halfLifeChart_->addLine(tr("Think longer"), color);
        cumulativePretrain_[i] = halfLifeChart_->addLine(tr("Pretrain once"), color, 2.0, LineStyle::Dashed);
        roicBook_[i] = roicChart_->addLine(tr("Book"), color);
        roicEconomic_[i] = roicChart_->addLine(tr("Economic"), color, 2.0, LineStyle::Dashed);
        // One scenario: the second line of a chart is told apart by colour.
        const std::optional<QColor> secondRole =
            slot == 0 ? std::optional<QColor>(kSecondRole) : std::nullopt;
        colorByScenario(priceChart_, price_[i], slot);
        colorByScenario(headcountChart_, headcount_[i], slot);
        colorByScenario(headcountChart_, scenarioCompute_[i], slot);
        colorByScenario(halfLifeChart_, cumulativeInference_[i], slot);
        colorByScenario(halfLifeChart_, cumulativePretrain_[i], slot, secondRole);
        colorByScenario(roicChart_, roicBook_[i], slot);
        colorByScenario(roicChart_, roicEconomic_[i], slot, secondRole);
    }
    crossover_ = halfLifeChart_->addVerticalMarker(tr("Crossover"), kReference);
    wacc_ = roicChart_->addHorizontalMarker(tr("WACC"), kReference);
}

void OverviewPage::applyLegendRoles(bool compare) {
    // One scenario: roles by colour and named in the legend. Compare: the
    // scenario's colour, roles by line style, the legend names scenarios.
    for (int slot = 0; slot < kMaxScenarios; ++slot) {
        const auto i = static_cast<std::size_t>(slot);
        const bool shown = slot < shownSlots_;
        priceChart_->setSeriesVisible(price_[i], shown);
        headcountChart_->setSeriesVisible(headcount_[i], shown);
        headcountChart_->setSeriesVisible(scenarioCompute_[i], shown);
        halfLifeChart_->setSeriesVisible(cumulativeInference_[i], shown);
        halfLifeChart_->setSeriesVisible(cumulativePretrain_[i], shown);
        roicChart_->setSeriesVisible(roicBook_[i], shown);
        roicChart_->setSeriesVisible(roicEconomic_[i], shown);
        // Showing a series shows its legend entry: hide the ones roles explain.
        priceChart_->setInLegend(price_[i], shown && compare);
        headcountChart_->setInLegend(headcount_[i], shown && compare);
        headcountChart_->setInLegend(scenarioCompute_[i], shown && !compare);
        halfLifeChart_->setInLegend(cumulativePretrain_[i], shown && !compare);
        roicChart_->setInLegend(roicEconomic_[i], shown && !compare);
    }
    halfLifeChart_->setNote(compare ? tr("solid: think longer · dashed: pretrain") : QString());
    roicChart_->setNote(compare ? tr("solid: book · dashed: economic") : QString());
}

void OverviewPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    applyScenarioColors(views);
    for (KpiCard* card : cards_) card->showKpi(*views.front().results);

    const bool compare = views.size() > 1;
    const int slotCount = std::min(static_cast<int>(views.size()), kMaxScenarios);
    if (slotCount != shownSlots_ || legendRolesCompare_ != int(compare)) {
        shownSlots_ = slotCount;
        legendRolesCompare_ = int(compare);
        applyLegendRoles(compare);
    }
    showPrice(views);
    showHeadcount(views);
    showHalfLife(views);
    showRoic(views);
}

void OverviewPage::showPrice(const std::vector<ScenarioView>& views) {
    for (int slot = 0; slot < shownSlots_; ++slot) {
        if (!hasResults(views, slot)) continue;
        const ScenarioView& view = views[static_cast<std::size_t>(slot)];
        const auto i = static_cast<std::size_t>(slot);
        priceChart_->setPoints(price_[i], toPoints(view.results->cost.month, view.results->cost.price));
        priceChart_->setSeriesName(price_[i], view.name);
    }
    priceChart_->updateRanges();
}

void OverviewPage::showHeadcount(const std::vector<ScenarioView>& views) {
    const bool compare = views.size() > 1;
    bool anyFeasible = false;
    bool anyData = false;
    for (int slot = 0; slot < shownSlots_; ++slot) {
        if (!hasResults(views, slot)) continue;
        const ScenarioView& view = views[static_cast<std::size_t>(slot)];
        const LeverageResults& lev = view.results->leverage;
        const auto i = static_cast<std::size_t>(slot);
        // Infeasible compute levels (no team reaches the target) leave a gap.
        QList<QPointF> feasible;
        const std::size_t n = std::min(lev.computeGrid.size(), lev.headcountAtCompute.size());
        feasible.reserve(static_cast<qsizetype>(n));
        for (std::size_t k = 0; k < n; ++k)
            if (lev.headcountAtCompute[k]) feasible.append(QPointF(1.0 + lev.computeGrid[k], *lev.headcountAtCompute[k]));
        anyData = anyData || n > 0;
        anyFeasible = anyFeasible || !feasible.isEmpty();
        headcountChart_->setPoints(headcount_[i], stepPoints(feasible));
        QList<QPointF> marked;
        if (lev.requiredHeadcount) marked.append(QPointF(1.0 + lev.compute, *lev.requiredHeadcount));
        headcountChart_->setPoints(scenarioCompute_[i], marked);
        headcountChart_->setSeriesName(headcount_[i], compare ? view.name : tr("Required headcount"));
    }
    headcountChart_->setNote(!anyData ? tr("No data") : anyFeasible ? QString()
                                                                    : tr("No team size reaches the target"));
    headcountChart_->updateRanges();
}

void OverviewPage::showHalfLife(const std::vector<ScenarioView>& views) {
    const bool compare = views.size() > 1;
    for (int slot = 0; slot < shownSlots_; ++slot) {
        if (!hasResults(views, slot)) continue;
        const ScenarioView& view = views[static_cast<std::size_t>(slot)];
        const HalfLifeResults& life = view.results->halfLife;
        const auto i = static_cast<std::size_t>(slot);
        halfLifeChart_->setPoints(cumulativeInference_[i], toPoints(life.month, life.cumulativeInference, kMillion));
        halfLifeChart_->setPoints(cumulativePretrain_[i], toPoints(life.month, life.cumulativePretrain, kMillion));
        halfLifeChart_->setSeriesName(cumulativeInference_[i], compare ? view.name : tr("Think longer"));
        halfLifeChart_->setSeriesName(cumulativePretrain_[i],
                                      compare ? tr("%1: pretrain once").arg(view.name) : tr("Pretrain once"));
    }
    halfLifeChart_->setMarker(crossover_, views.front().results->halfLife.crossoverMonth);
    halfLifeChart_->updateRanges();
}

void OverviewPage::showRoic(const std::vector<ScenarioView>& views) {
    const bool compare = views.size() > 1;
    for (int slot = 0; slot < shownSlots_; ++slot) {
        if (!hasResults(views, slot)) continue;
        const ScenarioView& view = views[static_cast<std::size_t>(slot)];
        const auto i = static_cast<std::size_t>(slot);
        QList<QPointF> book;
        QList<QPointF> economic;
        book.reserve(static_cast<qsizetype>(view.results->capex.years.size()));
        economic.reserve(book.capacity());
        for (const CapexYear& year : view.results->capex.years) {
            if (year.roicBook) book.append(QPointF(year.year, *year.roicBook * kPercent));
            if (year.roicEconomic) economic.append(QPointF(year.year, *year.roicEconomic * kPercent));
        }
        roicChart_->setPoints(roicBook_[i], book);
        roicChart_->setPoints(roicEconomic_[i], economic);
        roicChart_->setSeriesName(roicBook_[i], compare ? view.name : tr("Book"));
        roicChart_->setSeriesName(roicEconomic_[i], compare ? tr("%1: economic").arg(view.name) : tr("Economic"));
    }
    const CapexResults& capex = views.front().results->capex;
    roicChart_->setMarker(wacc_, capex.years.empty() ? std::nullopt : std::optional<double>(capex.wacc * kPercent));
    roicChart_->updateRanges();
}

}  // namespace leverboard::ui
