#pragma once
// The Distributions page (issue 12; MODEL.md, "Uncertainty"): the histogram of
// any KPI over the Monte Carlo's samples with its statistics and null share,
// each compared scenario overlaid, and when comparing the distribution of the
// difference sample by sample (common random numbers), e.g.
// "P(Bull NPV > Base NPV) = 58%". When no scenario on screen carries
// uncertainty it says how to add distributions. It draws what the
// UncertaintyController computed; it computes nothing itself.

#include <QLabel>
#include <QList>
#include <optional>
#include <vector>

#include "analysis/MonteCarlo.h"
#include "pages/ModelPage.h"

class QComboBox;

namespace leverboard::ui {

class UncertaintyController;

class DistributionsPage : public ModelPage {
    Q_OBJECT
public:
    explicit DistributionsPage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Distributions"); }
    ModelGroup group() const override { return ModelGroup::Global; }
    void showResults(const std::vector<ScenarioView>& views) override;
    // None while it explains how to add distributions (nothing to export or present).
    QList<Chart*> charts() const override {
        if (content_->isHidden()) return {};
        return {histogramChart_, differenceChart_};
    }

    // The KPI shown (an id of the KPI registry); empty before the first results.
    QString kpiId() const;
    void setKpi(const QString& kpiId);
    void showUncertainty(const UncertaintyController& controller, const std::vector<ScenarioView>& views);

    // Read-back for tests.
    QComboBox* kpiChooser() const { return chooser_; }
    ChartWidget* histogramChart() const { return histogramChart_; }
    ChartWidget* differenceChart() const { return differenceChart_; }
    QString statisticsText() const { return statistics_->text(); }
    QString differenceText() const { return difference_->text(); }
    bool showsExplanation() const { return !explanation_->isHidden(); }
    // The difference shown (compared − active, sample by sample); nullopt when not comparing.
    const std::optional<analysis::KpiStats>& differenceStats() const { return differenceStats_; }

signals:
    void kpiChosen(const QString& kpiId);

private:
    void fillChooser(const Results& results);
    void clear();

    QComboBox* chooser_;
    QLabel* explanation_;
    QLabel* statistics_;
    QLabel* difference_;
    QWidget* content_;
    ChartWidget* histogramChart_;
    QList<SeriesHandle> histograms_;  // one per scenario slot, the active one first
    QList<SeriesHandle> fixedValues_;  // a scenario without distributions: its one value, a line
    ChartWidget* differenceChart_;
    SeriesHandle differenceHistogram_;
    SeriesHandle differenceZero_;
    // The KPI asked for (kept across results that lack it); NPV until the user
    // chooses: the number most decisions turn on.
    QString wanted_ = QStringLiteral("capex.npv");
    std::optional<analysis::KpiStats> differenceStats_;
};

}  // namespace leverboard::ui
