#include "pages/ChipsPage.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "format/PeopleNumbers.h"
#include "models/ChipsModel.h"
#include "pages/PageAxes.h"
#include "style/Palette.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

constexpr double kMaxHazard = ChipsModel::kChartMaxHazard;

AxisSpec hazardAxis() {
    return AxisSpec(ChipsPage::tr("Paradigm-shift hazard λ (per year)"), AxisScale::Linear, QStringLiteral("%.2g"),
                    0.0, kMaxHazard);
}
AxisSpec valueAxis() {
    return AxisSpec(ChipsPage::tr("Value per $ (GPU-years)"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0);
}

// A break-even as the value chart marks it: at its hazard, or at the axis's
// right edge (on the GPU's line there) when it lies beyond 3 a year.
QList<QPointF> breakevenPoint(const ChipsResults& chips, const MaybeNumber& hazard, const MaybeNumber& value) {
    QList<QPointF> point;
    if (!hazard || !value) return point;
    if (*hazard <= kMaxHazard) point.append(QPointF(*hazard, *value));
    else if (!chips.valueGpu.empty()) point.append(QPointF(kMaxHazard, chips.valueGpu.back()));
    return point;
}

// What the value chart's note says about the break-evens beyond its axis.
QString beyondAxisNote(const ChipsResults& chips) {
    QStringList parts;
    if (chips.breakevenHazardTpu && *chips.breakevenHazardTpu > kMaxHazard)
        parts << ChipsPage::tr("TPU break-even at λ = %1, beyond the axis").arg(formatNumber(*chips.breakevenHazardTpu));
    if (chips.breakevenHazardAsic && *chips.breakevenHazardAsic > kMaxHazard)
        parts << ChipsPage::tr("ASIC break-even at λ = %1, beyond the axis")
                     .arg(formatNumber(*chips.breakevenHazardAsic));
    return parts.join(QStringLiteral(" · "));
}

// The three architectures' lines of one chart: one colour per architecture
// with one scenario shown; in compare mode one colour per scenario and one
// line style per architecture (the chart's note says which).
void declareArchitectures(ChartWidget* chart, ScenarioSeries& gpu, ScenarioSeries& tpu, ScenarioSeries& asic) {
    gpu = ScenarioSeries::declareLines(chart, ChipsPage::tr("GPU"));
    tpu = ScenarioSeries::declareLines(chart, ChipsPage::tr("TPU"), 2.0, LineStyle::Dashed);
    asic = ScenarioSeries::declareLines(chart, ChipsPage::tr("Inference ASIC"), 2.0, LineStyle::Dotted);
    ScenarioSeries::addSlotBySlot({&gpu, &tpu, &asic});
    gpu.names(ChipsPage::tr("GPU"), ChipsPage::tr("%1: GPU"));
    tpu.singleColor(role::secondary()).names(ChipsPage::tr("TPU"), ChipsPage::tr("%1: TPU"));
    asic.singleColor(categoryColor(2)).names(ChipsPage::tr("Inference ASIC"), ChipsPage::tr("%1: ASIC"));
}

void showArchitectures(const std::vector<ScenarioView>& views, ScenarioSeries& gpu, ScenarioSeries& tpu,
                       ScenarioSeries& asic) {
    auto series = [](const std::vector<double> ChipsResults::*values) {
        return [values](const ScenarioView& view) {
            const ChipsResults& chips = view.results->get<ChipsResults>();
            return toPoints(chips.hazard, chips.*values);
        };
    };
    gpu.show(views, series(&ChipsResults::valueGpu));
    tpu.show(views, series(&ChipsResults::valueTpu));
    asic.show(views, series(&ChipsResults::valueAsic));
}

// The Overview's chip-bets tile: value per $ of the three architectures
// against the hazard, the scenario's hazard marked.
class ValueHeadline final : public PageHeadline {
public:
    explicit ValueHeadline(QWidget* parent)
        : chart_(new ChartWidget(ChipsPage::tr("Value per $ vs. paradigm-shift hazard"), hazardAxis(),
                                 AxisSpec(ChipsPage::tr("GPU-years per $"), AxisScale::Linear, QStringLiteral("%.3g"),
                                          0.0),
                                 parent)) {
        declareArchitectures(chart_, gpu_, tpu_, asic_);
        hazard_ = chart_->addVerticalMarker(ChipsPage::tr("Your λ"), role::reference());
    }

    ChartWidget* chart() const override { return chart_; }

    void showResults(const std::vector<ScenarioView>& views) override {
        if (views.empty() || !views.front().results) return;
        showArchitectures(views, gpu_, tpu_, asic_);
        chart_->setMarker(hazard_, views.front().results->get<ChipsResults>().shiftHazard);
        chart_->updateRanges();
    }

private:
    ChartWidget* chart_;
    ScenarioSeries gpu_, tpu_, asic_;
    SeriesHandle hazard_;
};

// Each cell of the essays' table, in source order for the translators.
struct EssayRow {
    const char* architecture;
    const char* worldview;
    const char* strategy;
    const char* moat;
    const char* risk;
};

const EssayRow kEssays[] = {
    {QT_TRANSLATE_NOOP("ChipsPage", "GPU"),
     QT_TRANSLATE_NOOP("ChipsPage", "Intelligence stays divergent: the future stays open"),
     QT_TRANSLATE_NOOP("ChipsPage", "Stay flexible: programmable for any workload"),
     QT_TRANSLATE_NOOP("ChipsPage", "The CUDA ecosystem"),
     QT_TRANSLATE_NOOP("ChipsPage", "Very low")},
    {QT_TRANSLATE_NOOP("ChipsPage", "TPU"),
     QT_TRANSLATE_NOOP("ChipsPage", "Computation converges on matrix maths"),
     QT_TRANSLATE_NOOP("ChipsPage", "Specialise on matrix maths at data-centre scale"),
     QT_TRANSLATE_NOOP("ChipsPage", "System-level co-design of chip, network and software"),
     QT_TRANSLATE_NOOP("ChipsPage", "Medium")},
    {QT_TRANSLATE_NOOP("ChipsPage", "Inference ASIC"),
     QT_TRANSLATE_NOOP("ChipsPage", "Inference dominates and the computation is settled"),
     QT_TRANSLATE_NOOP("ChipsPage", "Hard-wire today's inference workload"),
     QT_TRANSLATE_NOOP("ChipsPage", "The best cost-performance"),
     QT_TRANSLATE_NOOP("ChipsPage", "Very high: a paradigm shift strands it")},
};

}  // namespace

std::unique_ptr<PageHeadline> ChipsPage::headline(QWidget* parent) { return std::make_unique<ValueHeadline>(parent); }

ChipsPage::ChipsPage(QWidget* parent) : ModelPage(parent) {
    kpis_ = new KpiStrip({QStringLiteral("chips.value_gpu"), QStringLiteral("chips.value_tpu"),
                          QStringLiteral("chips.value_asic"), QStringLiteral("chips.best"),
                          QStringLiteral("chips.breakeven_hazard_tpu"), QStringLiteral("chips.breakeven_hazard_asic")},
                         this);
    buildValueChart();
    buildPerfChart();
    buildEssaysTable();
    charts_ = {valueChart_, perfChart_};

    // The decision on top (value against the hazard), what moves it beside
    // it (the ASIC's edge in cost), the essays' reasoning below.
    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(valueChart_, 0, 0);
    grid->addWidget(perfChart_, 0, 1);
    grid->addWidget(essays_, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(kpis_);
    layout->addLayout(grid, 1);
}

void ChipsPage::buildValueChart() {
    valueChart_ = new ChartWidget(tr("Value per $ of the three bets vs. paradigm-shift hazard"), hazardAxis(),
                                  valueAxis(), this);
    declareArchitectures(valueChart_, gpu_, tpu_, asic_);
    hazardMarker_ = valueChart_->addVerticalMarker(tr("Your λ"), role::reference());
    tpuBreakeven_ = valueChart_->addPoints(tr("TPU break-even"), role::secondary(), 10);
    asicBreakeven_ = valueChart_->addPoints(tr("ASIC break-even"), role::highlight(), 10);
}

void ChipsPage::buildPerfChart() {
    // Both axes logarithmic: V is proportional to the perf per $, a straight line.
    perfChart_ = new ChartWidget(tr("Value per $ vs. the ASIC's perf per $, at your λ"),
                                 AxisSpec(tr("ASIC perf per $ (× a GPU)"), AxisScale::Log, QStringLiteral("%.3g")),
                                 AxisSpec(tr("Value per $ (GPU-years)"), AxisScale::Log, QStringLiteral("%.3g")),
                                 this);
    asicAtPerf_ = ScenarioSeries::declareLines(perfChart_, tr("Inference ASIC"));
    asicAtScenario_ = ScenarioSeries::declarePoints(perfChart_, tr("Your ASIC"), 8);
    ScenarioSeries::addSlotBySlot({&asicAtPerf_, &asicAtScenario_});
    asicAtPerf_.names(tr("Inference ASIC"));  // compare: each line is its scenario (the title says ASIC)
    asicAtScenario_.names(tr("Your ASIC"), QString()).legend(ScenarioSeries::Legend::Never);
    gpuLevel_ = perfChart_->addHorizontalMarker(tr("GPU"), role::reference());
    tpuLevel_ = perfChart_->addHorizontalMarker(tr("TPU"), role::secondary());
    perfMarker_ = perfChart_->addVerticalMarker(tr("Your ASIC perf per $"), role::highlight(), LineStyle::Dotted);
}

void ChipsPage::buildEssaysTable() {
    essays_ = new QTableWidget(int(std::size(kEssays)), 4, this);
    essays_->setObjectName(QStringLiteral("essaysTable"));
    essays_->setHorizontalHeaderLabels({tr("Worldview"), tr("Strategy"), tr("Moat"), tr("Risk")});
    essays_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    essays_->setSelectionMode(QAbstractItemView::NoSelection);
    essays_->setWordWrap(true);
    essays_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    essays_->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    essays_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    essays_->setMinimumHeight(4 * essays_->fontMetrics().height() * 2);
    essays_->setToolTip(tr("Every chip encodes a bet on the future of intelligence"));
    QStringList architectures;
    for (int row = 0; row < int(std::size(kEssays)); ++row) {
        const EssayRow& essay = kEssays[row];
        architectures << QCoreApplication::translate("ChipsPage", essay.architecture);
        const char* cells[] = {essay.worldview, essay.strategy, essay.moat, essay.risk};
        for (int column = 0; column < 4; ++column) {
            auto* item = new QTableWidgetItem(QCoreApplication::translate("ChipsPage", cells[column]));
            item->setFlags(Qt::ItemIsEnabled);  // read-only text
            essays_->setItem(row, column, item);
        }
    }
    essays_->setVerticalHeaderLabels(architectures);
}

void ChipsPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    kpis_->showResults(*views.front().results);
    showValue(views);
    showPerf(views);
}

void ChipsPage::showValue(const std::vector<ScenarioView>& views) {
    showArchitectures(views, gpu_, tpu_, asic_);

    const ChipsResults& active = views.front().results->get<ChipsResults>();
    valueChart_->setMarker(hazardMarker_, active.shiftHazard);
    valueChart_->setPoints(tpuBreakeven_, breakevenPoint(active, active.breakevenHazardTpu, active.breakevenValueTpu));
    valueChart_->setPoints(asicBreakeven_,
                           breakevenPoint(active, active.breakevenHazardAsic, active.breakevenValueAsic));
    QString note = beyondAxisNote(active);
    if (views.size() > 1) {
        const QString styles = tr("solid: GPU · dashed: TPU · dotted: ASIC");
        note = note.isEmpty() ? styles : styles + QStringLiteral(" · ") + note;
    }
    if (note != valueNote_) {
        valueNote_ = note;
        valueChart_->setNote(note);
    }
    valueChart_->updateRanges();
}

void ChipsPage::showPerf(const std::vector<ScenarioView>& views) {
    asicAtPerf_.show(views, [](const ScenarioView& view) {
        const ChipsResults& chips = view.results->get<ChipsResults>();
        return toPoints(chips.asicPerfGrid, chips.valueAsicAtPerf);
    });
    asicAtScenario_.show(views, [](const ScenarioView& view) {
        const ChipsResults& chips = view.results->get<ChipsResults>();
        return QList<QPointF>{QPointF(chips.asic.perfPerDollar, chips.asic.value)};
    });
    const ChipsResults& active = views.front().results->get<ChipsResults>();
    perfChart_->setMarker(gpuLevel_, active.gpu.value);
    perfChart_->setMarker(tpuLevel_, active.tpu.value);
    perfChart_->setMarker(perfMarker_, active.asic.perfPerDollar);
    perfChart_->updateRanges();
}

}  // namespace leverboard::ui
