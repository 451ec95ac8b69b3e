#pragma once
// Live Monte Carlo in the dashboard (issue 12; MODEL.md, "Uncertainty"). When
// a scenario on screen carries uncertainty, every new evaluation gets a first
// pass (1,000 samples of only what the page shows) computed in the same
// event-loop turn, so it is painted with the lines it belongs to; worker
// threads then refine it to 10,000 samples, and the next change cancels them
// (LatestJob: a superseded result is never delivered). Compared scenarios
// share the seed: common random numbers, so their difference is not noise.

#include <QObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/MonteCarlo.h"

class QLabel;
class QTimer;

namespace leverboard::ui {

class EvaluationScheduler;
class LatestJob;
class ModelPage;
class WorkspaceDocument;
struct Dashboard;
struct ScenarioView;

// What a page shows that the Monte Carlo must compute.
struct UncertaintyNeeds {
    std::vector<std::string> kpis;            // numeric KPI ids
    std::vector<analysis::SeriesRef> series;  // series-table columns with a fan band
    bool empty() const { return kpis.empty() && series.empty(); }
    bool operator==(const UncertaintyNeeds&) const = default;
};

// The page's KPI cards, its charts' band sources and (the Distributions page) its chosen KPI.
UncertaintyNeeds uncertaintyNeeds(const ModelPage* page);

class UncertaintyController : public QObject {
    Q_OBJECT
public:
    static constexpr std::size_t kFirstPassSamples = 1000;
    static constexpr std::size_t kFullSamples = 10000;
    static constexpr std::uint64_t kSeed = 1;
    // The refinement starts this long after the last change: while a slider
    // moves (an event every frame) it never competes with the painting for the
    // two cores, and it still lands well inside 150 ms of the last change.
    static constexpr int kRefineDelayMs = 25;

    UncertaintyController(WorkspaceDocument* document, EvaluationScheduler* scheduler, QObject* parent = nullptr);
    ~UncertaintyController() override;

    // What to compute; a change recomputes now.
    void setNeeds(UncertaintyNeeds needs);
    const UncertaintyNeeds& needs() const { return needs_; }
    // Tests and benchmarks; the dashboard uses 1,000 then 10,000.
    void setSampleCounts(std::size_t firstPass, std::size_t full);

    // Some scenario on screen carries uncertainty.
    bool active() const { return active_; }
    // The latest result for each of scheduler->views() (same order); null for a
    // scenario without uncertainty, or when nothing is needed.
    const analysis::MonteCarloResult* result(std::size_t viewSlot) const;
    std::size_t samples() const { return samples_; }  // behind what is shown; 0 when inactive
    bool refining() const;
    QString statusText() const;
    LatestJob* job() const { return job_; }

    // The first pass now (synchronously), then the refinement on worker threads.
    void recompute();

signals:
    // New results for the views on screen (the first pass or the refinement).
    void resultsChanged();
    void statusChanged(const QString& text);

private:
    void cancelRefinement();
    void startRefinement();
    void publish(std::vector<std::shared_ptr<const analysis::MonteCarloResult>> results, std::size_t samples);

    WorkspaceDocument* document_;
    EvaluationScheduler* scheduler_;
    LatestJob* job_;
    QTimer* refineTimer_;
    std::vector<Scenario> pendingScenarios_;  // what the refinement will sample (the values of the first pass)
    UncertaintyNeeds needs_;
    std::size_t firstPassSamples_ = kFirstPassSamples;
    std::size_t fullSamples_ = kFullSamples;
    bool active_ = false;
    std::size_t samples_ = 0;
    std::vector<std::shared_ptr<const analysis::MonteCarloResult>> results_;
};

// Shows the controller's latest results on a page: the KPI cards' P50 with
// P10–P90 and probability, the fan bands on its charts (the active scenario's,
// in its colour), the Distributions page's histograms. Clears them when there
// are none.
void showUncertainty(ModelPage* page, const UncertaintyController& controller,
                     const std::vector<ScenarioView>& views);

// The fan bands alone, from the active scenario's result (null hides them):
// the report and the headless render share it with showUncertainty.
void showFanBands(ModelPage* page, const analysis::MonteCarloResult* active, const std::vector<ScenarioView>& views);

// Creates the controller for the main window, its status-bar indicator, and
// keeps the current page's needs and display up to date.
UncertaintyController* installUncertainty(const Dashboard& dashboard);

}  // namespace leverboard::ui
