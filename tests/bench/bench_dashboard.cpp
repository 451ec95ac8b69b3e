// Dashboard benchmark: for each page of the page registry at 1366×768, steps a
// slider through 200 values and measures value change → the page repainted
// with the new value's results. Prints one line of JSON: p50/p99 per page,
// start-up to the first painted window, peak resident memory. Never fails on
// time (PERFORMANCE.md).
//
//   bench_dashboard [--short] [--page NAME] [--compare]
//   LEVERBOARD_BENCH_TRACE=1 bench_dashboard …   also prints each sample on stderr
//
// --compare overlays the default comparison set (Base, Bear, Bull) on every chart.
//
// Each page is swept on the first slider of its parameter group (pages of
// every group — Overview, Compare, Sensitivity, Distributions, Map — on the
// root model's). What is watched: every visible chart of the page (line, bar
// and tornado charts: their paint surface), every visible heatmap, and for a
// page without charts (Compare's tables) its views; KPI cards too, though a
// card whose text did not change never repaints.
//
// A paint is "fresh" when it can show the new value's results: any paint
// after the change on pages that draw in the evaluation's own turn; on the
// pages that compute on worker threads (LatestJob) only a paint after the
// page received the result for the new value — the Sensitivity page's
// resultShown(), a new map on the Map page (the coarse 16 × 16 one first).
// p50/p99 are slider → every watched chart painted fresh, up to the end of the
// last event-loop pass that still painted (a chart whose content did not
// change never repaints: then the last fresh paint ends the sample, and the
// sample counts in "charts_not_repainted"). final_p50/final_p99 are slider →
// the last paint before the page is idle again (no worker job running, no
// Monte Carlo refinement pending): the Map page's 64 × 64 map, a Monte Carlo
// refinement. The next sample starts only when the page is idle, so no sample
// shares the cores with the previous one's work.
//
// A page that paints nothing fresh for a change (it does not show anything
// that slider moves — e.g. Distributions while no scenario carries
// distributions) is not waited for: such samples count as "unchanged_samples",
// and a page unchanged in all ten warm-up samples is reported with
// "unchanged":true and a note instead of times. Slider steps that leave the
// parameter's value as it was are skipped ("same_value_skipped").
//
// After the registry's pages, "distributions_with_uncertainty" measures the
// Distributions page with distributions on the active scenario (its histogram
// is then drawn; the Monte Carlo first pass runs in the evaluation's turn),
// swept on capex.utilization.
//
// The machine is shared: load_average_start/_end are the 1-minute load
// average before and after the run, and next to the wall-clock times, cpu_p50_ms and
// cpu_p99_ms are the GUI thread's CPU time over slider → repainted, which
// other processes' load barely changes (compare before/after with them when
// the load average differs).

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QSlider>
#include <QStringList>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <sys/resource.h>
#include <time.h>
#include <vector>

#include "MainWindow.h"
#include "analysis/DistributionsPage.h"
#include "analysis/LatestJob.h"
#include "analysis/MapPage.h"
#include "analysis/SensitivityPage.h"
#include "analysis/UncertaintyController.h"
#include "charts/Chart.h"
#include "charts/HeatmapWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
#include "pages/PageRegistry.h"
#include "widgets/KpiCard.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

const auto processStart = std::chrono::steady_clock::now();

// CPU time of the calling thread, in nanoseconds.
qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5));
    return values[index];
}

// The 1-minute load average (/proc/loadavg), or -1 where there is none: the
// wall-clock columns are only comparable between runs under similar load.
double loadAverage() {
    double load = -1;
    if (std::FILE* file = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(file, "%lf", &load) != 1) load = -1;
        std::fclose(file);
    }
    return load;
}

// A JSON string's content (chart titles may hold quotes or backslashes).
std::string jsonEscaped(const QString& text) {
    std::string out;
    for (const char c : text.toStdString()) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
    return out;
}

// Counts paint events of the widgets it watches; a paint is fresh when the
// page's freshness test says the new value's results were there to paint.
class PaintCounter : public QObject {
public:
    void watch(QWidget* widget, const QString& name = {}) {
        widget->installEventFilter(this);
        watched_.push_back(widget);
        names_.push_back(name);
        fresh_.push_back(false);
    }
    void unwatchAll() {
        for (QWidget* widget : watched_) widget->removeEventFilter(this);
        watched_.clear();
        names_.clear();
        fresh_.clear();
    }
    // The names of the watched widgets that have not painted fresh since reset().
    QStringList stale() const {
        QStringList names;
        for (std::size_t i = 0; i < watched_.size(); ++i)
            if (!fresh_[i]) names << names_[i];
        return names;
    }
    void reset(std::function<bool()> isFresh) {
        isFresh_ = std::move(isFresh);
        fresh_.assign(watched_.size(), false);
        paints_ = 0;
        freshPaints_ = 0;
    }
    std::size_t size() const { return watched_.size(); }
    bool allFresh() const { return std::all_of(fresh_.begin(), fresh_.end(), [](bool p) { return p; }); }
    int paints() const { return paints_; }
    int freshPaints() const { return freshPaints_; }
    bool eventFilter(QObject* object, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            ++paints_;
            if (!isFresh_ || isFresh_()) {
                ++freshPaints_;
                for (std::size_t i = 0; i < watched_.size(); ++i)
                    if (watched_[i] == object) fresh_[i] = true;
            }
        }
        return false;
    }

private:
    std::vector<QWidget*> watched_;
    QStringList names_;
    std::vector<bool> fresh_;
    std::function<bool()> isFresh_;
    int paints_ = 0;
    int freshPaints_ = 0;
};

// The first parameter of a group that has a slider.
std::optional<ParamId> sliderParameter(ModelGroup group, ParameterPanel* panel) {
    for (const ParameterSpec& p : parameters()) {
        if (p.group != group || p.isEnum()) continue;
        ParameterEditor* editor = panel->editor(p.param);
        if (editor && editor->slider() && !editor->slider()->isHidden()) return p.param;
    }
    return std::nullopt;
}

// LEVERBOARD_BENCH_TRACE=1: every sample's slider value and times on stderr.
bool traceSamples() {
    static const bool trace = qEnvironmentVariableIntValue("LEVERBOARD_BENCH_TRACE") == 1;
    return trace;
}

struct Sample {
    double repaintedMs = 0;  // slider → every watched chart painted fresh (or the last fresh paint)
    double cpuMs = 0;        // the GUI thread's CPU time over the same span
    double finalMs = 0;      // slider → the last paint before the page was idle again
    bool unchanged = false;  // nothing watched painted fresh
    bool allFresh = false;   // every watched chart painted fresh
    bool timedOut = false;
    QStringList stale;       // the watched charts that did not paint fresh
};

class Bench {
public:
    Bench(MainWindow& window, WorkspaceDocument& document) : window_(window), document_(document) {
        controller_ = window.findChild<UncertaintyController*>();
        jobs_ = window.findChildren<LatestJob*>();
        // Wakes a waiting event loop at least every millisecond: waiting for
        // a worker's result never spins the GUI thread against the workers.
        tick_.setTimerType(Qt::PreciseTimer);
        tick_.setInterval(1);
        tick_.start();
    }

    bool busy() const {
        for (const LatestJob* job : jobs_)
            if (job->isRunning()) return true;
        return controller_ && controller_->refining();
    }

    // Runs the event loop until the page is idle: no job running, no
    // refinement pending, and two passes in a row that handled nothing that painted.
    void settle(int timeoutMs = 5000) {
        QElapsedTimer timer;
        timer.start();
        int quiet = 0;
        while (quiet < 2 && timer.elapsed() < timeoutMs) {
            const int before = watched_.paints() + cards_.paints();
            loop_.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            quiet = (!busy() && watched_.paints() + cards_.paints() == before) ? quiet + 1 : 0;
        }
    }

    // Watches what the current page draws; returns the number of charts watched.
    std::size_t watchPage() {
        watched_.unwatchAll();
        cards_.unwatchAll();
        ModelPage* page = window_.currentPage();
        for (Chart* chart : page->findChildren<Chart*>())
            if (chart->isVisible()) watched_.watch(chart->paintSurface(), chart->title());
        for (HeatmapWidget* map : page->findChildren<HeatmapWidget*>())
            if (map->isVisible()) watched_.watch(map, map->objectName());
        if (watched_.size() == 0)  // a page of tables (Compare): its views repaint instead
            for (QAbstractScrollArea* view : page->findChildren<QAbstractScrollArea*>())
                if (view->isVisible()) watched_.watch(view->viewport(), view->objectName());
        for (KpiCard* card : page->findChildren<KpiCard*>())
            if (card->isVisible()) cards_.watch(card);
        return watched_.size();
    }

    // One slider change: std::nullopt when the value did not change.
    std::optional<Sample> sample(QSlider* slider, int value, ParamId param, const std::function<bool()>& isFresh,
                                 const std::function<void()>& beforeChange, int unchangedWaitMs) {
        const double before = document_.activeScenario()[param];
        if (beforeChange) beforeChange();
        watched_.reset(isFresh);
        cards_.reset(isFresh);
        Sample s;
        QElapsedTimer timer;
        const qint64 cpuStart = threadCpuNs();
        timer.start();
        slider->setValue(value);
        if (document_.activeScenario()[param] == before) {
            settle();
            return std::nullopt;
        }
        qint64 repaintedNs = -1;
        qint64 repaintedCpu = cpuStart;
        qint64 lastFreshNs = -1;
        qint64 lastFreshCpu = cpuStart;
        qint64 lastPaintNs = -1;
        bool extending = false;  // every chart fresh; later passes that still paint extend the sample
        int quiet = 0;
        for (;;) {
            const int paintsBefore = watched_.paints() + cards_.paints();
            const int freshBefore = watched_.freshPaints() + cards_.freshPaints();
            loop_.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            const qint64 now = timer.nsecsElapsed();
            const bool painted = watched_.paints() + cards_.paints() > paintsBefore;
            const bool paintedFresh = watched_.freshPaints() + cards_.freshPaints() > freshBefore;
            if (painted) lastPaintNs = now;
            if (paintedFresh) {
                lastFreshNs = now;
                lastFreshCpu = threadCpuNs();
            }
            if (repaintedNs < 0 && watched_.allFresh()) extending = true;
            if (extending) {
                if (paintedFresh) {
                    repaintedNs = now;
                    repaintedCpu = lastFreshCpu;
                } else {
                    extending = false;
                }
            }
            quiet = (!busy() && !painted) ? quiet + 1 : 0;
            // Idle: nothing more will paint for this change. A page that painted
            // nothing fresh gets unchangedWaitMs more to show that it really is unchanged.
            if (quiet >= 2 && (lastFreshNs >= 0 || timer.elapsed() >= unchangedWaitMs)) break;
            if (timer.elapsed() > 3000) {
                s.timedOut = true;
                break;
            }
        }
        s.allFresh = repaintedNs >= 0;
        s.stale = watched_.stale();
        s.unchanged = lastFreshNs < 0;
        if (repaintedNs < 0) {
            repaintedNs = lastFreshNs;
            repaintedCpu = lastFreshCpu;
        }
        s.repaintedMs = double(std::max<qint64>(repaintedNs, 0)) / 1e6;
        s.cpuMs = double(repaintedCpu - cpuStart) / 1e6;
        s.finalMs = double(std::max(lastPaintNs, repaintedNs)) / 1e6;
        return s;
    }

    // Sweeps the slider of param on the current page and prints its JSON object.
    void run(const std::string& name, ParamId param, int samples, const char* separator,
             const std::function<bool()>& isFresh = {}, const std::function<void()>& beforeChange = {},
             const char* freshRule = nullptr) {
        settle();
        const std::size_t charts = watchPage();
        ParameterEditor* editor = window_.parameterPanel()->editor(param);
        QSlider* slider = editor ? editor->slider() : nullptr;
        const std::string_view paramId = spec(param).id;
        std::printf("%s\"%s\":{\"param\":\"%.*s\",\"charts_watched\":%zu", separator, name.c_str(),
                    int(paramId.size()), paramId.data(), charts);
        if (freshRule) std::printf(",\"repainted_means\":\"%s\"", freshRule);
        if (!slider) {
            std::printf(",\"error\":\"no slider\"}");
            return;
        }
        std::vector<double> times, cpuTimes, finals;
        QStringList staleCharts;  // charts that missed a repaint in some sample
        int notRepainted = 0, unchanged = 0, sameValue = 0, timedOut = 0, warmUnchanged = 0, warm = 0;
        const int lo = slider->minimum(), hi = slider->maximum(), span = hi - lo;
        for (int i = 0; int(times.size()) + unchanged < samples && i < 4 * (samples + 10); ++i) {
            // Sweep up and down across the range so every value differs from the last.
            const int step = (i * 7) % (2 * span);
            const int value = lo + (step <= span ? step : 2 * span - step);
            if (value == slider->value()) continue;
            const std::optional<Sample> s = sample(slider, value, param, isFresh, beforeChange, warm < 10 ? 300 : 60);
            if (!s) {
                ++sameValue;
                continue;
            }
            settle();
            if (warm < 10) {  // the first 10 warm up
                ++warm;
                if (s->unchanged) ++warmUnchanged;
                if (warm == 10 && warmUnchanged == 10) {
                    std::printf(",\"unchanged\":true,\"note\":\"nothing on this page painted anew in 10 changes of "
                                "this slider: the page does not show what it moves\"}");
                    return;
                }
                continue;
            }
            if (s->timedOut) ++timedOut;
            if (s->unchanged) {
                ++unchanged;
                continue;
            }
            times.push_back(s->repaintedMs);
            cpuTimes.push_back(s->cpuMs);
            if (traceSamples())  // which slider values are slow, for finding out why
                std::fprintf(stderr, "%s value %d: %.2f ms (cpu %.2f)\n", name.c_str(), value, s->repaintedMs, s->cpuMs);
            finals.push_back(s->finalMs);
            if (!s->allFresh) ++notRepainted;
            for (const QString& chart : s->stale)
                if (!staleCharts.contains(chart)) staleCharts << chart;
        }
        std::printf(",\"samples\":%zu,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"cpu_p50_ms\":%.2f,"
                    "\"cpu_p99_ms\":%.2f,\"final_p50_ms\":%.2f,\"final_p99_ms\":%.2f,\"charts_not_repainted\":%d,"
                    "\"unchanged_samples\":%d,\"same_value_skipped\":%d,\"timed_out\":%d",
                    times.size(), percentile(times, 0.5), percentile(times, 0.95), percentile(times, 0.99),
                    percentile(times, 1.0), percentile(cpuTimes, 0.5), percentile(cpuTimes, 0.99),
                    percentile(finals, 0.5), percentile(finals, 0.99), notRepainted, unchanged, sameValue, timedOut);
        if (!staleCharts.isEmpty()) {  // names for people: which charts this slider does not change
            std::printf(",\"charts_not_repainted_names\":[");
            for (int i = 0; i < staleCharts.size(); ++i)
                std::printf("%s\"%s\"", i ? "," : "", jsonEscaped(staleCharts[i]).c_str());
            std::printf("]");
        }
        std::printf("}");
        std::fflush(stdout);
    }

private:
    MainWindow& window_;
    WorkspaceDocument& document_;
    UncertaintyController* controller_ = nullptr;
    QList<LatestJob*> jobs_;
    QEventLoop loop_;
    QTimer tick_;
    PaintCounter watched_;
    PaintCounter cards_;
};

}  // namespace

int main(int argc, char** argv) {
    bool shortMode = false;
    bool compare = false;
    const char* onlyPage = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--short") == 0) shortMode = true;
        if (std::strcmp(argv[i], "--compare") == 0) compare = true;
        if (std::strcmp(argv[i], "--page") == 0 && i + 1 < argc) onlyPage = argv[++i];
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeverboardBench"));  // keep user settings out

    WorkspaceDocument document;
    document.setCompareEnabled(compare);
    MainWindow window(&document);
    window.resize(1366, 768);
    PaintCounter firstPaint;
    firstPaint.watch(&window);
    firstPaint.reset({});
    window.show();
    while (!firstPaint.allFresh()) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double startupMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - processStart).count();
    firstPaint.unwatchAll();

    Bench bench(window, document);
    const ModelGroup rootGroup = modelPageSpecs().front().group;
    const int samples = shortMode ? 40 : 200;
    std::printf("{\"benchmark\":\"dashboard\",\"scenarios\":%d,\"samples_per_page\":%d,\"load_average_start\":%.2f,"
                "\"pages\":{",
                int(document.visibleScenarios().size()), samples, loadAverage());
    std::fflush(stdout);
    bool first = true;
    int distributionsIndex = -1;
    for (int index = 0; index < int(pageSpecs().size()); ++index) {
        const PageSpec& spec = pageSpecs()[std::size_t(index)];
        if (spec.id == "distributions") distributionsIndex = index;
        if (onlyPage && spec.id != onlyPage) continue;
        const std::string name(spec.id);
        const char* separator = first ? "" : ",";
        first = false;
        window.showPage(index);
        ModelPage* page = window.currentPage();
        const ModelGroup group = page->group() == ModelGroup::Global ? rootGroup : page->group();
        const std::optional<ParamId> param = sliderParameter(group, window.parameterPanel());
        if (!param) {
            std::printf("%s\"%s\":{\"error\":\"no slider in its group\"}", separator, name.c_str());
            continue;
        }
        // Pages that compute on worker threads: only the result for the new value counts.
        if (auto* sensitivity = qobject_cast<SensitivityPage*>(page)) {
            auto shown = std::make_shared<bool>(false);
            const auto connection =
                QObject::connect(sensitivity, &SensitivityPage::resultShown, [shown] { *shown = true; });
            bench.run(name, *param, samples, separator, [shown] { return *shown; }, [shown] { *shown = false; },
                      "the tornado painted the sweep for the new value");
            QObject::disconnect(connection);
        } else if (auto* map = qobject_cast<MapPage*>(page)) {
            auto before = std::make_shared<const void*>(nullptr);
            bench.run(name, *param, samples, separator, [map, before] { return map->shownMap() != *before; },
                      [map, before] { *before = map->shownMap(); },
                      "the heatmap painted a map for the new value (16x16 first; final: 64x64)");
        } else {
            bench.run(name, *param, samples, separator);
        }
    }

    // The Distributions page draws something only when a scenario carries distributions.
    if (distributionsIndex >= 0 && (!onlyPage || std::strcmp(onlyPage, "distributions") == 0)) {
        const Workspace original = document.workspace();
        Workspace workspace = original;
        Scenario& active = workspace.activeScenario();
        active.uncertainty.set(ParamId::CapexEconomicLife, Distribution{DistributionKind::Uniform, 2, 4, 0});
        active.uncertainty.set(ParamId::CostFrontierDecline, Distribution{DistributionKind::Uniform, 5, 10, 0});
        document.applyWorkspace(workspace);
        window.showPage(distributionsIndex);
        window.scheduler()->evaluateNow();
        bench.run("distributions_with_uncertainty", ParamId::CapexUtilization, samples, first ? "" : ",", {}, {},
                  "the histogram painted the Monte Carlo first pass (final: the 10,000-sample refinement)");
        document.applyWorkspace(original);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("},\"load_average_end\":%.2f,\"startup_ms\":%.1f,\"peak_rss_mb\":%.1f}\n", loadAverage(), startupMs,
                double(usage.ru_maxrss) / 1024.0);
    return 0;
}
