#include "pages/CapexPage.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <algorithm>

#include "charts/BarChartWidget.h"
#include "format/PeopleNumbers.h"
#include "models/CapexModel.h"
#include "pages/PageAxes.h"
#include "style/Palette.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

constexpr double kBillion = 1e9;
constexpr double kPercent = 100;

// Role colours (style/Palette.h): economic ROIC when one scenario is shown
// takes the second role's, payback and the scenario's P/E the highlight.
const QColor kReference = role::reference();
const QColor kSecondRole = role::secondary();

// Where revenue goes: costs in muted, distinct colours; profit green, loss red.
const QColor kEnergyColor(0xff, 0x7f, 0x0e);
const QColor kOpexColor(0x8c, 0x56, 0x4b);
const QColor kSbcColor(0xe3, 0x77, 0xc2);
const QColor kDepreciationColor(0x94, 0x67, 0xbd);
const QColor kTaxColor(0x7f, 0x7f, 0x7f);
const QColor kProfitColor(0x2c, 0xa0, 0x2c);
const QColor kLossColor(0xd6, 0x27, 0x28);

const QColor kGpuColor(0x1f, 0x77, 0xb4);
const QColor kFacilityColor(0x9e, 0xca, 0xe1);

const QColor kIndustryCapexColor(0x94, 0x67, 0xbd);
const QColor kAppRevenueColor(0x2c, 0xa0, 0x2c);
const QColor kRequiredRevenueColor(0xd6, 0x27, 0x28);

// Category labels have room for a word or two: "Bear: the escalator" → "Bear".
QString shortName(const QString& name) {
    const QString head = name.section(QLatin1Char(':'), 0, 0).trimmed();
    return head.isEmpty() ? name : head;
}

// ChartWidget creates markers hidden and keeps them so even once placed: mark
// them visible here; a marker still shows only while it has a position.
void showMarkerOncePlaced(ChartWidget* chart, SeriesHandle marker) { chart->setSeriesVisible(marker, true); }

QList<double> billions(const std::vector<CapexYear>& years, double CapexYear::*member) {
    QList<double> values;
    values.reserve(static_cast<qsizetype>(years.size()));
    for (const CapexYear& year : years) values.append(year.*member / kBillion);
    return values;
}

// ROIC by year in percent, the page's chart and the Overview's alike. A year
// whose capital is fully written off has no ROIC: a gap.
struct RoicByYear {
    QList<QPointF> book;
    QList<QPointF> economic;
};

RoicByYear roicByYear(const std::vector<CapexYear>& years) {
    RoicByYear roic;
    roic.book.reserve(static_cast<qsizetype>(years.size()));
    roic.economic.reserve(static_cast<qsizetype>(years.size()));
    for (const CapexYear& year : years) {
        if (year.roicBook) roic.book.append(QPointF(year.year, *year.roicBook * kPercent));
        if (year.roicEconomic) roic.economic.append(QPointF(year.year, *year.roicEconomic * kPercent));
    }
    return roic;
}

// The Overview's capex tile: ROIC by year against the WACC.
class RoicHeadline final : public PageHeadline {
public:
    explicit RoicHeadline(QWidget* parent)
        : chart_(new ChartWidget(CapexPage::tr("ROIC by year"),
                                 AxisSpec{CapexPage::tr("Year"), AxisScale::Linear, QStringLiteral("%.0f")},
                                 AxisSpec{CapexPage::tr("ROIC (%)"), AxisScale::Linear, QStringLiteral("%.3g")},
                                 parent)) {
        book_ = ScenarioSeries::declareLines(chart_, CapexPage::tr("Book"));
        economic_ = ScenarioSeries::declareLines(chart_, CapexPage::tr("Economic"), 2.0, LineStyle::Dashed);
        ScenarioSeries::addSlotBySlot({&book_, &economic_});
        // One scenario: book and economic told apart by colour too.
        economic_.singleColor(kSecondRole)
            .names(CapexPage::tr("Economic"), CapexPage::tr("%1 (economic)"))
            .legend(ScenarioSeries::Legend::SingleOnly);
        wacc_ = chart_->addHorizontalMarker(CapexPage::tr("WACC"), kReference);
    }

    ChartWidget* chart() const override { return chart_; }

    void showResults(const std::vector<ScenarioView>& views) override {
        const int compare = views.size() > 1 ? 1 : 0;
        if (compare != noteForCompare_) {
            noteForCompare_ = compare;
            chart_->setNote(compare ? CapexPage::tr("solid: book · dashed: economic") : QString());
        }
        book_.show(views, [](const ScenarioView& view) {
            return roicByYear(view.results->get<CapexResults>().years).book;
        });
        economic_.show(views, [](const ScenarioView& view) {
            return roicByYear(view.results->get<CapexResults>().years).economic;
        });
        const CapexResults& capex = views.front().results->get<CapexResults>();
        chart_->setMarker(wacc_, capex.years.empty() ? std::nullopt : std::optional<double>(capex.wacc * kPercent));
        chart_->updateRanges();
    }

private:
    ChartWidget* chart_;
    ScenarioSeries book_;
    ScenarioSeries economic_;
    SeriesHandle wacc_;
    int noteForCompare_ = -1;  // the mode the note is set for
};

}  // namespace

std::unique_ptr<PageHeadline> CapexPage::headline(QWidget* parent) { return std::make_unique<RoicHeadline>(parent); }

CapexPage::CapexPage(QWidget* parent) : ModelPage(parent) {
    // Eleven headline numbers: two rows keep every card wide enough to read.
    kpiStrips_ = {new KpiStrip({QStringLiteral("capex.total_capex"), QStringLiteral("capex.roic_book"),
                                QStringLiteral("capex.roic_economic"), QStringLiteral("capex.npv"),
                                QStringLiteral("capex.irr"), QStringLiteral("capex.payback_years")},
                               this),
                  new KpiStrip({QStringLiteral("capex.stranded_value"), QStringLiteral("capex.implied_pe"),
                                QStringLiteral("capex.infra_to_app"), QStringLiteral("capex.required_app_revenue"),
                                QStringLiteral("capex.revenue_gap")},
                               this)};

    buildRoicChart();
    buildRevenueChart();
    buildCashFlowChart();
    buildCapexSplitChart();
    buildValuationChart();
    buildIndustryChart();
    // Reading order, which is also the order they were built in.
    charts_ = {roicChart_, revenueChart_, cashFlowChart_, capexSplitChart_, valuationChart_, industryChart_};

    // Time runs along the top row; the valuation and the two size checks
    // below. The yearly bars get the most room, the single capex bar the least.
    auto* timeRow = new QHBoxLayout;
    timeRow->setSpacing(6);
    timeRow->addWidget(roicChart_, 10);
    timeRow->addWidget(revenueChart_, 13);
    timeRow->addWidget(cashFlowChart_, 10);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->setSpacing(6);
    sizeRow->addWidget(valuationChart_, 12);
    sizeRow->addWidget(capexSplitChart_, 8);
    sizeRow->addWidget(industryChart_, 13);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    for (KpiStrip* strip : kpiStrips_) layout->addWidget(strip);
    layout->addLayout(timeRow, 1);
    layout->addLayout(sizeRow, 1);
}

void CapexPage::buildRoicChart() {
    roicChart_ = new ChartWidget(tr("ROIC by year"), wholeNumberAxis(tr("Year")), AxisSpec(tr("ROIC (%)")), this);
    roicBook_ = ScenarioSeries::declareLines(roicChart_, tr("Book"));
    roicEconomic_ = ScenarioSeries::declareLines(roicChart_, tr("Economic"), 2.0, LineStyle::Dashed);
    ScenarioSeries::addSlotBySlot({&roicBook_, &roicEconomic_});
    // One scenario: book and economic told apart by colour too, and named in
    // the legend; compare: by line style (the title says which).
    roicEconomic_.singleColor(kSecondRole)
        .names(tr("Economic"), tr("%1 (economic)"))
        .legend(ScenarioSeries::Legend::SingleOnly);
    roicWacc_ = roicChart_->addHorizontalMarker(tr("WACC"), kReference);
    showMarkerOncePlaced(roicChart_, roicWacc_);
    // Monte Carlo fan: economic ROIC, the one a decision turns on (two fans would hide each other).
    roicChart_->addBandSource(QStringLiteral("capex"), QStringLiteral("roic_economic"), kPercent, kSecondRole);
}

void CapexPage::buildRevenueChart() {
    revenueChart_ = new BarChartWidget(tr("Where revenue goes"), AxisSpec(tr("$ billions"), AxisScale::Linear,
                                                                          QStringLiteral("%.4g")),
                                       this);
    revenueChart_->setCategoryTitle(tr("Year"));
    revenueChart_->setStacked(true);
    // Seven sets do not fit under a third of the page: list them on the side.
    revenueChart_->setLegendAlignment(Qt::AlignRight);
    // Added in RevenueSet order.
    revenueChart_->addSet(tr("Energy"), kEnergyColor);
    revenueChart_->addSet(tr("Opex"), kOpexColor);
    revenueChart_->addSet(tr("SBC"), kSbcColor);
    revenueChart_->addSet(tr("Depreciation"), kDepreciationColor);
    revenueChart_->addSet(tr("Tax"), kTaxColor);
    revenueChart_->addSet(tr("Profit"), kProfitColor);
    revenueChart_->addSet(tr("Loss (below 0)"), kLossColor);
    revenueChart_->setSetDescription(Opex, tr("Other operating cost, paid in every year of the horizon"));
    revenueChart_->setSetDescription(Sbc, tr("Stock-based compensation"));
    revenueChart_->setSetDescription(Depreciation, tr("Book depreciation of GPUs and facility"));
    revenueChart_->setSetDescription(Tax, tr("Tax on book operating profit (none on a loss)"));
    revenueChart_->setSetDescription(Profit, tr("Book profit after tax: what is left of the revenue"));
    revenueChart_->setSetDescription(
        Loss, tr("Costs exceed revenue: the loss is drawn below zero and the costs above add up to more than "
                 "the revenue"));
}

void CapexPage::buildCashFlowChart() {
    cashFlowChart_ =
        new ChartWidget(tr("Cumulative cash flow"), wholeNumberAxis(tr("Year")), AxisSpec(tr("$ billions")), this);
    cumulativeCash_ = ScenarioSeries::lines(cashFlowChart_, tr("Cash"));
    cumulativeCash_.names(tr("Cumulative cash"));
    cashZero_ = cashFlowChart_->addHorizontalMarker(tr("Zero"), kReference, LineStyle::Solid);
    payback_ = cashFlowChart_->addVerticalMarker(tr("Payback"), role::highlight());
    showMarkerOncePlaced(cashFlowChart_, cashZero_);
    showMarkerOncePlaced(cashFlowChart_, payback_);
    cashFlowChart_->setMarker(cashZero_, 0.0);  // the zero line never moves
    cashFlowChart_->setInLegend(cashZero_, false);
    cashFlowChart_->addBandSource(QStringLiteral("capex"), QStringLiteral("cumulative_cash_flow"), 1 / kBillion);
}

void CapexPage::buildCapexSplitChart() {
    capexSplitChart_ = new BarChartWidget(tr("Capex split"), AxisSpec(tr("$ billions"), AxisScale::Linear,
                                                                      QStringLiteral("%.4g")),
                                          this);
    capexSplitChart_->setStacked(true);
    gpuCapexSet_ = capexSplitChart_->addSet(tr("GPUs"), kGpuColor);
    facilityCapexSet_ = capexSplitChart_->addSet(tr("Facility & rest"), kFacilityColor);
    capexSplitChart_->setSetDescription(gpuCapexSet_, tr("GPUs × price per GPU (Kg)"));
    capexSplitChart_->setSetDescription(facilityCapexSet_,
                                        tr("Building, power and cooling: total capex less GPUs (Kf)"));
}

void CapexPage::buildValuationChart() {
    valuationChart_ = new ChartWidget(tr("Implied P/E vs. ROIC"),
                                      AxisSpec(tr("Economic ROIC (%)"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0),
                                      AxisSpec(tr("P/E (×)"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0), this);
    peCurve_ = ScenarioSeries::declareLines(valuationChart_, tr("P/E at ROIC"));
    scenarioPe_ = ScenarioSeries::declarePoints(valuationChart_, tr("Scenario"));
    ScenarioSeries::addSlotBySlot({&peCurve_, &scenarioPe_});
    scenarioPe_.singleColor(role::highlight())
        .names(tr("Scenario"), tr("%1: scenario"))
        .legend(ScenarioSeries::Legend::SingleOnly);
    valuationWacc_ = valuationChart_->addVerticalMarker(tr("WACC"), kReference);
    showMarkerOncePlaced(valuationChart_, valuationWacc_);
}

void CapexPage::buildIndustryChart() {
    industryChart_ = new BarChartWidget(tr("Industry check"), AxisSpec(tr("$ billions / year"), AxisScale::Linear,
                                                                       QStringLiteral("%.4g")),
                                        this);
    industryCapexSet_ = industryChart_->addSet(tr("Industry capex"), kIndustryCapexColor);
    appRevenueSet_ = industryChart_->addSet(tr("App revenue"), kAppRevenueColor);
    requiredRevenueSet_ = industryChart_->addSet(tr("Required"), kRequiredRevenueColor);
    industryChart_->setSetDescription(industryCapexSet_, tr("Industry AI data-centre capex"));
    industryChart_->setSetDescription(appRevenueSet_, tr("End-user AI application revenue"));
    industryChart_->setSetDescription(
        requiredRevenueSet_, tr("Application revenue needed for the industry's capex to earn its cost of capital"));
}

void CapexPage::applyCompareMode(bool compare) {
    compareMode_ = compare ? 1 : 0;
    // Compare: book and economic told apart by line style (colours: see
    // buildRoicChart).
    roicChart_->setTitle(compare ? tr("ROIC: book solid, economic dashed") : tr("ROIC by year"));
}

void CapexPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    const bool compare = views.size() > 1;
    if (compareMode_ != (compare ? 1 : 0)) applyCompareMode(compare);

    for (KpiStrip* strip : kpiStrips_) strip->showResults(*views.front().results);
    showRoic(views);
    showRevenueSplit(views.front(), compare);
    showCashFlow(views);
    showCapexSplit(views);
    showValuation(views);
    showIndustry(views);
}

void CapexPage::showRoic(const std::vector<ScenarioView>& views) {
    roicBook_.show(views, [](const ScenarioView& view) {
        return roicByYear(view.results->get<CapexResults>().years).book;
    });
    roicEconomic_.show(views, [](const ScenarioView& view) {
        return roicByYear(view.results->get<CapexResults>().years).economic;
    });
    // The cost of capital of the active scenario: above it ROIC creates value.
    roicChart_->setMarker(roicWacc_, views.front().results->get<CapexResults>().wacc * kPercent);
    roicChart_->updateRanges();
}

void CapexPage::showRevenueSplit(const ScenarioView& active, bool compare) {
    const std::vector<CapexYear>& years = active.results->get<CapexResults>().years;
    QStringList categories;
    categories.reserve(static_cast<qsizetype>(years.size()));
    for (const CapexYear& year : years) categories.append(formatInteger(year.year));
    revenueChart_->setCategories(categories);

    QList<double> profit;
    QList<double> loss;
    profit.reserve(categories.size());
    loss.reserve(categories.size());
    for (const CapexYear& year : years) {
        // What is left after every cost, tax included: the model's book NOPAT.
        // A loss year pays no tax and the bars add up to the revenue, so what
        // is missing is the book EBIT (NOPAT's tax shield is not money spent).
        profit.append(std::max(0.0, year.nopatBook / kBillion));
        loss.append(std::min(0.0, year.ebitBook / kBillion));
    }
    revenueChart_->setValues(Energy, billions(years, &CapexYear::energy));
    revenueChart_->setValues(Opex, billions(years, &CapexYear::opex));
    revenueChart_->setValues(Sbc, billions(years, &CapexYear::sbc));
    revenueChart_->setValues(Depreciation, billions(years, &CapexYear::depreciationBook));
    revenueChart_->setValues(Tax, billions(years, &CapexYear::tax));
    revenueChart_->setValues(Profit, profit);
    revenueChart_->setValues(Loss, loss);

    const QString title = compare ? tr("Where revenue goes: %1").arg(shortName(active.name)) : tr("Where revenue goes");
    if (title != revenueChart_->title()) revenueChart_->setTitle(title);
    revenueChart_->updateRanges();
}

void CapexPage::showCashFlow(const std::vector<ScenarioView>& views) {
    cumulativeCash_.show(views, [](const ScenarioView& view) {
        const CapexResults& capex = view.results->get<CapexResults>();
        QList<QPointF> cumulative;
        cumulative.reserve(static_cast<qsizetype>(capex.years.size()) + 1);
        cumulative.append(QPointF(0, capex.cashFlows.empty() ? 0.0 : capex.cashFlows.front() / kBillion));
        for (const CapexYear& year : capex.years) cumulative.append(QPointF(year.year, year.cumulativeCashFlow / kBillion));
        return cumulative;
    });
    const CapexResults& active = views.front().results->get<CapexResults>();
    cashFlowChart_->setMarker(payback_, active.paybackYears);
    cashFlowChart_->setNote(active.paybackYears
                                ? QString()
                                : tr("No payback within the horizon"));
    cashFlowChart_->updateRanges();
}

void CapexPage::showCapexSplit(const std::vector<ScenarioView>& views) {
    // One stacked bar per scenario shown.
    QStringList categories;
    QList<double> gpu;
    QList<double> facility;
    for (const ScenarioView& view : views) {  // at most kMaxCompared
        if (!view.results) continue;
        categories.append(shortName(view.name));
        gpu.append(view.results->get<CapexResults>().gpuCapex / kBillion);
        facility.append(view.results->get<CapexResults>().facilityCapex / kBillion);
    }
    capexSplitChart_->setCategories(categories);
    capexSplitChart_->setValues(gpuCapexSet_, gpu);
    capexSplitChart_->setValues(facilityCapexSet_, facility);
    capexSplitChart_->updateRanges();
}

void CapexPage::showValuation(const std::vector<ScenarioView>& views) {
    peCurve_.show(views, [](const ScenarioView& view) {
        const CapexResults& capex = view.results->get<CapexResults>();
        QList<QPointF> curve;
        const std::size_t n = std::min(capex.roicGrid.size(), capex.peAtRoic.size());
        curve.reserve(static_cast<qsizetype>(n));
        // Where ROIC ≤ growth the formula has no finite value: the curve starts after.
        for (std::size_t k = 0; k < n; ++k)
            if (capex.peAtRoic[k]) curve.append(QPointF(capex.roicGrid[k] * kPercent, *capex.peAtRoic[k]));
        return curve;
    });
    scenarioPe_.show(views, [](const ScenarioView& view) {
        const CapexResults& capex = view.results->get<CapexResults>();
        QList<QPointF> point;
        if (capex.roicEconomic && capex.impliedPe) point.append(QPointF(*capex.roicEconomic * kPercent, *capex.impliedPe));
        return point;
    });
    const CapexResults& active = views.front().results->get<CapexResults>();
    valuationChart_->setMarker(valuationWacc_, active.wacc * kPercent);
    QString note;
    if (!(active.wacc > active.growth))
        note = tr("WACC ≤ growth: no finite P/E");
    else if (!active.impliedPe)
        note = tr("Economic ROIC ≤ growth: no finite P/E");
    valuationChart_->setNote(note);
    valuationChart_->updateRanges();
}

void CapexPage::showIndustry(const std::vector<ScenarioView>& views) {
    // One group of three bars per scenario shown.
    QStringList categories;
    QList<double> industryCapex;
    QList<double> appRevenue;
    QList<double> required;
    for (const ScenarioView& view : views) {  // at most kMaxCompared
        if (!view.results) continue;
        const CapexResults& capex = view.results->get<CapexResults>();
        categories.append(shortName(view.name));
        industryCapex.append(capex.industryCapex);  // already $bn / year
        appRevenue.append(capex.appRevenue);
        required.append(capex.requiredAppRevenue);
    }
    industryChart_->setCategories(categories);
    industryChart_->setValues(industryCapexSet_, industryCapex);
    industryChart_->setValues(appRevenueSet_, appRevenue);
    industryChart_->setValues(requiredRevenueSet_, required);
    industryChart_->updateRanges();
}

}  // namespace leverboard::ui
