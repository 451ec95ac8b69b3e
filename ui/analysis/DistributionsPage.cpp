#include "analysis/DistributionsPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "analysis/UncertaintyController.h"
#include "analysis/UncertaintyText.h"
#include "charts/MoneyScale.h"
#include "scenario/Workspace.h"
#include "format/PeopleNumbers.h"
#include "style/Palette.h"
#include "text/RegistryText.h"
#include "widgets/KpiFormatter.h"

namespace leverboard::ui {
namespace {

// Category-like short names in sentences: "Bull: cheap tokens" → "Bull".
QString shortName(const QString& name) {
    const QString head = name.section(QLatin1Char(':'), 0, 0).trimmed();
    return head.isEmpty() ? name : head;
}

// The chart's unit for a KPI's values: percent for fractions, a money unit
// by magnitude, otherwise the registry's unit.
struct AxisUnit {
    double factor = 1;
    QString title;
};

AxisUnit axisUnit(const KpiSpec& spec, const analysis::KpiStats& stats) {
    switch (spec.format) {
    case KpiFormat::Percent: return {100.0, QStringLiteral("%")};
    case KpiFormat::Money: {
        MoneyScale scale;
        scale.update(std::max(std::fabs(stats.p5.value_or(0)), std::fabs(stats.p95.value_or(0))));
        return {1.0 / scale.divisor(), scale.unitName()};
    }
    default: return {1.0, unitText(spec.unit)};
    }
}

// The histogram as a step outline, in percent of all samples per bin.
QList<QPointF> histogramOutline(const analysis::KpiStats& stats, double factor) {
    QList<QPointF> points;
    if (stats.histogram.empty() || stats.samples == 0) return points;
    const double width = (stats.histogramHigh - stats.histogramLow) / double(stats.histogram.size());
    points.reserve(qsizetype(stats.histogram.size()) * 2 + 2);
    points.append(QPointF(stats.histogramLow * factor, 0));
    for (std::size_t bin = 0; bin < stats.histogram.size(); ++bin) {
        const double share = 100.0 * double(stats.histogram[bin]) / double(stats.samples);
        points.append(QPointF((stats.histogramLow + width * double(bin)) * factor, share));
        points.append(QPointF((stats.histogramLow + width * double(bin + 1)) * factor, share));
    }
    points.append(QPointF(stats.histogramHigh * factor, 0));
    return points;
}

// A scenario without uncertainty: every sample is its value.
analysis::KpiStats constantStats(const std::string& id, const Results& results, std::size_t samples) {
    const Kpi* kpi = results.kpi(id);
    std::vector<std::optional<double>> values(samples, kpi ? kpi->value : std::nullopt);
    return analysis::summarize(id, std::move(values), {}, true, true);
}

QString statisticsLine(const KpiSpec& spec, const analysis::KpiStats& stats) {
    if (!stats.mean) return UncertaintyText::tr("Not reachable in any sample");
    auto v = [&](const std::optional<double>& x) { return x ? UncertaintyText::value(spec, *x) : QStringLiteral("—"); };
    return DistributionsPage::tr("Mean %1 · P5 %2 · P10 %3 · P50 %4 · P90 %5 · P95 %6")
        .arg(v(stats.mean), v(stats.p5), v(stats.p10), v(stats.p50), v(stats.p90), v(stats.p95));
}

}  // namespace

DistributionsPage::DistributionsPage(QWidget* parent)
    : ModelPage(parent), chooser_(new QComboBox(this)), explanation_(new QLabel(this)), statistics_(new QLabel),
      difference_(new QLabel), content_(new QWidget(this)) {
    setObjectName(QStringLiteral("DistributionsPage"));
    chooser_->setObjectName(QStringLiteral("DistributionKpiChooser"));
    chooser_->setAccessibleName(tr("KPI"));
    chooser_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(chooser_, &QComboBox::activated, this, [this](int index) {
        wanted_ = chooser_->itemData(index).toString();
        emit kpiChosen(wanted_);
    });

    explanation_->setObjectName(QStringLiteral("DistributionsExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    explanation_->setText(
        tr("<p><b>No scenario on screen carries uncertainty.</b></p>"
           "<p>Every input the essays argue about is a range: \"the price falls 5 to 10× a year\", \"a GPU earns "
           "for 2 to 4 years\". To say so, click the small distribution button beside a parameter's slider and "
           "choose a distribution (uniform, triangular, normal or lognormal) with its numbers, in the "
           "parameter's unit. Leverboard then samples the scenario 10,000 times (Monte Carlo) while you drag.</p>"
           "<p>You then see fan bands (P10–P90, with the P50 line) on the charts over time, the P10–P90 range "
           "and the odds of being on the good side (e.g. P(NPV &gt; 0)) on the KPI cards, and here the "
           "histogram of any KPI and, when comparing, the distribution of the difference between "
           "scenarios.</p>"));

    // The histogram moves along its value axis as a slider moves: room to move in.
    AxisSpec valueAxis(tr("Value"));
    valueAxis.slack = 0.25;
    histogramChart_ = new ChartWidget(tr("Distribution"), valueAxis,
                                      AxisSpec(tr("Share of samples (%)"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0),
                                      content_);
    for (int slot = 0; slot < kMaxCompared; ++slot)
        histograms_.append(slot == 0 ? histogramChart_->addArea(QString(), scenarioColor(0))
                                     : histogramChart_->addLine(QString(), scenarioColor(slot), 1.5));
    for (int slot = 0; slot < kMaxCompared; ++slot) {
        fixedValues_.append(histogramChart_->addVerticalMarker(QString(), scenarioColor(slot), LineStyle::Solid));
        histogramChart_->setSeriesVisible(fixedValues_.back(), true);  // shown while it has a position
    }
    differenceChart_ = new ChartWidget(tr("Difference, sample by sample"), valueAxis,
                                       AxisSpec(tr("Share of samples (%)"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0),
                                       content_);
    differenceHistogram_ = differenceChart_->addArea(tr("Difference"), role::highlight());
    differenceZero_ = differenceChart_->addVerticalMarker(tr("Zero"), role::reference(), LineStyle::Solid);
    differenceChart_->setSeriesVisible(differenceZero_, true);
    differenceChart_->setInLegend(differenceZero_, false);

    statistics_->setObjectName(QStringLiteral("DistributionStatistics"));
    statistics_->setWordWrap(true);
    statistics_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    difference_->setObjectName(QStringLiteral("DistributionDifference"));
    difference_->setWordWrap(true);
    difference_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("KPI:"), this));
    top->addWidget(chooser_);
    top->addStretch(1);

    auto* charts = new QHBoxLayout;
    charts->setSpacing(6);
    charts->addWidget(histogramChart_, 1);
    charts->addWidget(differenceChart_, 1);
    auto* contentLayout = new QVBoxLayout(content_);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(statistics_);
    contentLayout->addWidget(difference_);
    contentLayout->addLayout(charts, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(explanation_);
    layout->addWidget(content_, 1);
    content_->hide();
}

QString DistributionsPage::kpiId() const {
    return chooser_->currentIndex() >= 0 ? chooser_->currentData().toString() : wanted_;
}

void DistributionsPage::setKpi(const QString& kpiId) {
    wanted_ = kpiId;
    const int index = chooser_->findData(kpiId);
    if (index >= 0 && index != chooser_->currentIndex()) chooser_->setCurrentIndex(index);
    emit kpiChosen(kpiId);
}

void DistributionsPage::fillChooser(const Results& results) {
    QStringList ids;
    for (const Kpi& kpi : results.kpis) {
        const KpiSpec* spec = findKpiSpec(kpi.id);
        if (spec && spec->format != KpiFormat::Text) ids << QString::fromStdString(kpi.id);
    }
    QStringList current;
    for (int i = 0; i < chooser_->count(); ++i) current << chooser_->itemData(i).toString();
    if (ids == current) return;
    const QSignalBlocker block(chooser_);
    chooser_->clear();
    for (const QString& id : ids) {
        const std::string key = id.toStdString();
        chooser_->addItem(kpiLabel(*findKpiSpec(key), *results.kpi(key)), id);
    }
    const int index = chooser_->findData(wanted_);
    chooser_->setCurrentIndex(index >= 0 ? index : 0);
}

void DistributionsPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    const QString before = kpiId();
    fillChooser(*views.front().results);
    if (kpiId() != before) emit kpiChosen(kpiId());
}

void DistributionsPage::clear() {
    for (SeriesHandle handle : histograms_) histogramChart_->setPoints(handle, {});
    differenceChart_->setPoints(differenceHistogram_, {});
    statistics_->clear();
    difference_->clear();
    differenceStats_.reset();
}

void DistributionsPage::showUncertainty(const UncertaintyController& controller,
                                        const std::vector<ScenarioView>& views) {
    const bool active = controller.active() && !views.empty() && views.front().results;
    explanation_->setVisible(!active);
    content_->setVisible(active);
    if (!active) {
        clear();
        return;
    }
    const QString before = kpiId();
    fillChooser(*views.front().results);
    if (kpiId() != before) {  // the KPI asked for is not in these results: compute the one chosen instead
        emit kpiChosen(kpiId());
        return;
    }
    const std::string id = kpiId().toStdString();
    const KpiSpec* spec = findKpiSpec(id);
    const Kpi* kpi = views.front().results->kpi(id);
    if (!spec || !kpi) {
        clear();
        return;
    }

    // Every scenario's samples of the KPI; a scenario without uncertainty is its value in every sample.
    std::size_t samples = 0;
    for (std::size_t slot = 0; slot < views.size(); ++slot)
        if (const analysis::MonteCarloResult* result = controller.result(slot)) samples = std::max(samples, result->samples);
    std::vector<analysis::KpiStats> stats;
    for (std::size_t slot = 0; slot < views.size(); ++slot) {
        const analysis::MonteCarloResult* result = controller.result(slot);
        const analysis::KpiStats* found = result ? result->kpi(id) : nullptr;
        if (result && !found) {  // not computed (yet): the controller follows kpiChosen
            clear();
            return;
        }
        stats.push_back(found ? *found : constantStats(id, *views[slot].results, samples));
    }
    if (samples == 0) {
        clear();
        return;
    }

    const QString label = kpiLabel(*spec, *kpi);
    const AxisUnit unit = axisUnit(*spec, stats.front());
    const QString title = unit.title.isEmpty() ? label : tr("%1 (%2)", "KPI and unit").arg(label, unit.title);
    if (histogramChart_->title() != title) histogramChart_->setTitle(title);
    for (int slot = 0; slot < histograms_.size(); ++slot) {
        const bool shown = std::size_t(slot) < views.size();
        histogramChart_->setSeriesVisible(histograms_[slot], shown);
        if (!shown) {
            histogramChart_->setPoints(histograms_[slot], {});
            histogramChart_->setMarker(fixedValues_[slot], std::nullopt);
            continue;
        }
        // A scenario without distributions has one value in every sample: a
        // line at it, not a bar as tall as the chart that flattens the others.
        const bool fixed = !controller.result(std::size_t(slot));
        const analysis::KpiStats& own = stats[std::size_t(slot)];
        histogramChart_->setSeriesName(histograms_[slot], views[std::size_t(slot)].name);
        histogramChart_->setSeriesColor(histograms_[slot], views[std::size_t(slot)].color);
        histogramChart_->setPoints(histograms_[slot], fixed ? QList<QPointF>{} : histogramOutline(own, unit.factor));
        histogramChart_->setSeriesVisible(histograms_[slot], !fixed);
        histogramChart_->setSeriesName(fixedValues_[slot], views[std::size_t(slot)].name);
        histogramChart_->setSeriesColor(fixedValues_[slot], views[std::size_t(slot)].color);
        histogramChart_->setMarker(fixedValues_[slot],
                                   fixed && own.p50 ? std::optional<double>(*own.p50 * unit.factor) : std::nullopt);
    }
    histogramChart_->updateRanges();

    QStringList lines;
    for (std::size_t slot = 0; slot < views.size(); ++slot) {
        if (!controller.result(slot)) {  // no distributions: its one value
            const QString line = tr("%1, without distributions").arg(
                stats[slot].p50 ? UncertaintyText::value(*spec, *stats[slot].p50) : QStringLiteral("—"));
            lines << (views.size() > 1 ? tr("%1: %2", "scenario: statistics").arg(shortName(views[slot].name), line) : line);
            continue;
        }
        QStringList parts{statisticsLine(*spec, stats[slot])};
        const QString nulls = UncertaintyText::nullShare(stats[slot]);
        if (!nulls.isEmpty()) parts << nulls;
        const QString odds = UncertaintyText::probability(*spec, stats[slot], *views[slot].results);
        if (!odds.isEmpty()) parts << odds;
        const QString line = parts.join(QStringLiteral(" · "));
        lines << (views.size() > 1 ? tr("%1: %2", "scenario: statistics").arg(shortName(views[slot].name), line) : line);
    }
    statistics_->setText(lines.join(QLatin1Char('\n')));

    // Comparing: each compared scenario against the active one, sample by sample.
    differenceStats_.reset();
    QStringList differences;
    for (std::size_t slot = 1; slot < views.size(); ++slot) {
        if (stats[slot].values.size() != stats.front().values.size() || stats.front().values.empty()) continue;
        const analysis::KpiStats diff = analysis::differenceStats(stats.front(), stats[slot]);
        if (slot == 1) differenceStats_ = diff;
        if (diff.pGood)
            differences << UncertaintyText::tidyEnds(tr("P(%1 %2 > %3 %2) = %4")
                                                         .arg(shortName(views[slot].name), label,
                                                              shortName(views.front().name),
                                                              UncertaintyText::percent(*diff.pGood)));
    }
    difference_->setText(differences.join(QLatin1Char('\n')));
    difference_->setVisible(!differences.isEmpty());
    differenceChart_->setVisible(differenceStats_.has_value());
    if (differenceStats_) {
        const QString diffTitle = tr("%1 − %2: %3", "compared − active: KPI")
                                      .arg(shortName(views[1].name), shortName(views.front().name), title);
        if (differenceChart_->title() != diffTitle) differenceChart_->setTitle(diffTitle);
        differenceChart_->setPoints(differenceHistogram_, histogramOutline(*differenceStats_, unit.factor));
        differenceChart_->setMarker(differenceZero_, 0.0);
        differenceChart_->updateRanges();
    }
}

}  // namespace leverboard::ui
