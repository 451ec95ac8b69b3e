#include "analysis/UncertaintyController.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <any>
#include <map>

#include "analysis/DistributionsPage.h"
#include "analysis/LatestJob.h"
#include "analysis/UncertaintyText.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "format/PeopleNumbers.h"
#include "models/ModelRegistry.h"
#include "pages/ModelPage.h"
#include "present/Dashboard.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

using ResultList = std::vector<std::shared_ptr<const analysis::MonteCarloResult>>;

analysis::MonteCarloOptions optionsFor(const UncertaintyNeeds& needs, std::size_t samples) {
    analysis::MonteCarloOptions options;
    options.samples = samples;
    options.seed = UncertaintyController::kSeed;  // the same for every scenario: common random numbers
    options.kpis = needs.kpis;
    options.series = needs.series;
    options.keepValues = true;  // the Distributions page's differences
    return options;
}

// One Monte Carlo per scenario that carries uncertainty (null for the others).
ResultList run(const std::vector<Scenario>& scenarios, const analysis::MonteCarloOptions& options) {
    ResultList results;
    results.reserve(scenarios.size());
    for (const Scenario& scenario : scenarios) {
        if (scenario.uncertainty.empty()) {
            results.push_back(nullptr);
            continue;
        }
        auto result = std::make_shared<analysis::MonteCarloResult>(runMonteCarlo(scenario, options));
        if (result->cancelled) return {};
        results.push_back(std::move(result));
    }
    return results;
}

bool isNumericKpi(const std::string& id) {
    const KpiSpec* spec = findKpiSpec(id);
    return spec && spec->format != KpiFormat::Text;
}

}  // namespace

UncertaintyNeeds uncertaintyNeeds(const ModelPage* page) {
    UncertaintyNeeds needs;
    if (!page) return needs;
    auto addKpi = [&](const std::string& id) {
        if (isNumericKpi(id) && std::find(needs.kpis.begin(), needs.kpis.end(), id) == needs.kpis.end())
            needs.kpis.push_back(id);
    };
    for (const KpiCard* card : page->findChildren<KpiCard*>()) addKpi(card->kpiId().toStdString());
    for (const ChartWidget* chart : page->lineCharts()) {
        for (const ChartWidget::BandSource& source : chart->bandSources()) {
            const analysis::SeriesRef ref{source.model.toStdString(), source.column.toStdString()};
            if (std::find(needs.series.begin(), needs.series.end(), ref) == needs.series.end())
                needs.series.push_back(ref);
        }
    }
    if (const auto* distributions = qobject_cast<const DistributionsPage*>(page))
        if (!distributions->kpiId().isEmpty()) addKpi(distributions->kpiId().toStdString());
    return needs;
}

UncertaintyController::UncertaintyController(WorkspaceDocument* document, EvaluationScheduler* scheduler,
                                             QObject* parent)
    : QObject(parent), document_(document), scheduler_(scheduler), job_(new LatestJob(this)),
      refineTimer_(new QTimer(this)) {
    setObjectName(QStringLiteral("UncertaintyController"));
    refineTimer_->setSingleShot(true);
    refineTimer_->setInterval(kRefineDelayMs);
    connect(refineTimer_, &QTimer::timeout, this, &UncertaintyController::startRefinement);
    // A change cancels the refinement at once, before the evaluation it
    // schedules runs: a result for the old values is never delivered.
    connect(document, &WorkspaceDocument::scenarioEdited, this, &UncertaintyController::cancelRefinement);
    connect(document, &WorkspaceDocument::activeScenarioChanged, this, &UncertaintyController::cancelRefinement);
    connect(document, &WorkspaceDocument::scenariosChanged, this, &UncertaintyController::cancelRefinement);
    connect(document, &WorkspaceDocument::compareModeChanged, this, &UncertaintyController::cancelRefinement);
    connect(document, &WorkspaceDocument::workspaceReset, this, &UncertaintyController::cancelRefinement);
    connect(scheduler, &EvaluationScheduler::resultsReady, this, &UncertaintyController::recompute);
    connect(job_, &LatestJob::runningChanged, this, [this] { emit statusChanged(statusText()); });
}

UncertaintyController::~UncertaintyController() = default;

void UncertaintyController::setNeeds(UncertaintyNeeds needs) {
    if (needs == needs_) return;
    needs_ = std::move(needs);
    recompute();
}

void UncertaintyController::setSampleCounts(std::size_t firstPass, std::size_t full) {
    firstPassSamples_ = std::max<std::size_t>(1, firstPass);
    fullSamples_ = std::max(firstPassSamples_, full);
}

const analysis::MonteCarloResult* UncertaintyController::result(std::size_t viewSlot) const {
    return viewSlot < results_.size() ? results_[viewSlot].get() : nullptr;
}

bool UncertaintyController::refining() const { return active_ && (refineTimer_->isActive() || job_->isRunning()); }

QString UncertaintyController::statusText() const {
    if (!active_ || samples_ == 0) return {};
    const QString count = formatInteger(static_cast<long long>(samples_));
    return refining() ? tr("Monte Carlo: %1 samples, refining…").arg(count) : tr("Monte Carlo: %1 samples").arg(count);
}

void UncertaintyController::cancelRefinement() {
    refineTimer_->stop();
    job_->cancel();
}

void UncertaintyController::publish(ResultList results, std::size_t samples) {
    results_ = std::move(results);
    samples_ = samples;
    emit resultsChanged();
    emit statusChanged(statusText());
}

void UncertaintyController::recompute() {
    cancelRefinement();
    const Workspace& workspace = document_->workspace();
    std::vector<Scenario> scenarios;
    for (const ScenarioView& view : scheduler_->views())
        scenarios.push_back(workspace.scenarios.at(std::size_t(view.scenarioIndex)));
    active_ = std::any_of(scenarios.begin(), scenarios.end(),
                          [](const Scenario& scenario) { return !scenario.uncertainty.empty(); });
    if (!active_ || needs_.empty()) {
        const bool hadResults = !results_.empty();
        results_.clear();
        samples_ = 0;
        if (hadResults) emit resultsChanged();
        emit statusChanged(statusText());
        return;
    }
    // The first pass in this event-loop turn: it is painted with the lines.
    publish(run(scenarios, optionsFor(needs_, firstPassSamples_)), firstPassSamples_);
    if (fullSamples_ <= firstPassSamples_) return;
    pendingScenarios_ = std::move(scenarios);
    refineTimer_->start();
    emit statusChanged(statusText());
}

void UncertaintyController::startRefinement() {
    const analysis::MonteCarloOptions full = optionsFor(needs_, fullSamples_);
    const std::size_t samples = fullSamples_;
    job_->start(
        [scenarios = std::move(pendingScenarios_), full](const std::atomic<bool>& cancel) -> std::any {
            analysis::MonteCarloOptions options = full;
            options.cancel = &cancel;
            return run(scenarios, options);
        },
        [this, samples](std::any result) {
            auto results = std::any_cast<ResultList>(std::move(result));
            if (!results.empty()) publish(std::move(results), samples);
        });
    emit statusChanged(statusText());
}

void showUncertainty(ModelPage* page, const UncertaintyController& controller,
                     const std::vector<ScenarioView>& views) {
    if (!page) return;
    const analysis::MonteCarloResult* active = controller.result(0);
    const Results* base = views.empty() ? nullptr : views.front().results;

    for (KpiCard* card : page->findChildren<KpiCard*>()) {
        const KpiSpec* spec = findKpiSpec(card->kpiId().toStdString());
        const analysis::KpiStats* stats = active && spec ? active->kpi(card->kpiId().toStdString()) : nullptr;
        // A KPI the uncertain inputs do not move (P10 = P90, never null) keeps a plain card.
        const bool fixed = stats && stats->p10 && stats->p90 && *stats->p10 == *stats->p90 && stats->nulls == 0;
        if (!stats || !base || fixed) {
            card->showUncertainty({}, {});
            continue;
        }
        QStringList detail{UncertaintyText::range(*spec, *stats), UncertaintyText::probability(*spec, *stats, *base),
                           UncertaintyText::nullShare(*stats)};
        detail.removeAll(QString());
        card->showUncertainty(UncertaintyText::cardLines(*spec, *stats, *base), detail.join(QLatin1Char('\n')));
    }

    showFanBands(page, active, views);

    if (auto* distributions = qobject_cast<DistributionsPage*>(page)) distributions->showUncertainty(controller, views);
}

void showFanBands(ModelPage* page, const analysis::MonteCarloResult* active, const std::vector<ScenarioView>& views) {
    if (!page) return;
    const Results* base = views.empty() ? nullptr : views.front().results;
    // The x of a band's rows: the first column (year, month) of the model's series table.
    std::map<QString, SeriesTable> tables;
    for (ChartWidget* chart : page->lineCharts()) {
        if (chart->bandSources().isEmpty()) continue;
        if (!active || !base) {
            chart->hideBands();
            chart->updateRanges();
            continue;
        }
        for (const ChartWidget::BandSource& source : chart->bandSources()) {
            const analysis::SeriesBand* band =
                active->band(analysis::SeriesRef{source.model.toStdString(), source.column.toStdString()});
            const ModelSpec* model = findModel(source.model.toStdString());
            if (!band || !model) continue;
            auto table = tables.find(source.model);
            if (table == tables.end()) table = tables.emplace(source.model, model->seriesTable(*base)).first;
            QList<double> xs;
            QList<std::optional<double>> p10, p50, p90;
            const std::size_t rows = std::min(table->second.rows.size(), band->p50.size());
            for (std::size_t row = 0; row < rows; ++row) {
                const MaybeNumber x = table->second.rows[row].empty() ? MaybeNumber{} : table->second.rows[row].front();
                xs.append(x ? *x : std::numeric_limits<double>::quiet_NaN());
                auto scaled = [&](const std::vector<std::optional<double>>& column) -> std::optional<double> {
                    if (row >= column.size() || !column[row]) return std::nullopt;
                    return *column[row] * source.scale;
                };
                p10.append(scaled(band->p10));
                p50.append(scaled(band->p50));
                p90.append(scaled(band->p90));
            }
            const QColor color = source.color.isValid() && (views.size() == 1 || source.colorInCompare)
                                     ? source.color
                                     : views.front().color;
            chart->setBand(source.column, xs, p10, p50, p90, color);
        }
        chart->updateRanges();
    }
}

UncertaintyController* installUncertainty(const Dashboard& dashboard) {
    auto* controller = new UncertaintyController(dashboard.document, dashboard.scheduler, dashboard.window);
    auto* indicator = new QLabel(dashboard.window);
    indicator->setObjectName(QStringLiteral("MonteCarloIndicator"));
    indicator->hide();
    dashboard.window->statusBar()->addPermanentWidget(indicator);
    QObject::connect(controller, &UncertaintyController::statusChanged, indicator, [indicator](const QString& text) {
        indicator->setText(text);
        // Only ever wider: "…, refining…" and back on every slider tick would
        // relayout the status bar twice a tick.
        indicator->setMinimumWidth(std::max(indicator->minimumWidth(), indicator->sizeHint().width()));
        indicator->setVisible(!text.isEmpty());
    });
    auto refresh = [controller, dashboard] {
        showUncertainty(dashboard.currentPage(), *controller, dashboard.scheduler->views());
    };
    QObject::connect(controller, &UncertaintyController::resultsChanged, controller, refresh);
    auto follow = [controller, dashboard, refresh] {
        controller->setNeeds(uncertaintyNeeds(dashboard.currentPage()));
        refresh();
    };
    QObject::connect(dashboard.pageTabs, &QTabWidget::currentChanged, controller, follow);
    // A chart whose bands follow the data (one per application) declares new
    // columns while its page redraws: queued, the needs follow once it is done.
    for (ModelPage* page : dashboard.pages)
        for (ChartWidget* chart : page->lineCharts())
            QObject::connect(chart, &ChartWidget::bandSourcesChanged, controller, follow, Qt::QueuedConnection);
    for (ModelPage* page : dashboard.pages)
        if (auto* distributions = qobject_cast<DistributionsPage*>(page))
            QObject::connect(distributions, &DistributionsPage::kpiChosen, controller, follow);
    follow();
    return controller;
}

}  // namespace leverboard::ui
