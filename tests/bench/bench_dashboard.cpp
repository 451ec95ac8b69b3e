// Dashboard benchmark: for each page of the page registry at 1366×768, steps a slider through 200
// values and measures value change → every visible chart and KPI card
// repainted. Prints one line of JSON: p50/p99 per page, start-up to the first
// painted window, peak resident memory. Never fails on time (PERFORMANCE.md).
//
//   bench_dashboard [--short] [--page NAME] [--compare]
//
// --compare overlays the default comparison set (Base, Bear, Bull) on every chart.
//
// A sample ends when the visible charts and KPI cards have repainted and an
// event-loop pass paints nothing more (a chart or card whose content did not
// change never repaints, so waiting for all of them would only measure a
// time-out); its time is the end of the last pass that painted. The number of
// samples where some visible chart did not repaint is reported as
// "charts_not_repainted".
//
// The machine is shared: next to the wall-clock times, cpu_p50_ms and
// cpu_p99_ms are the GUI thread's CPU time over the same span, which other
// processes' load barely changes (compare before/after with them when the
// load average differs).

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <sys/resource.h>
#include <time.h>
#include <vector>

#include "MainWindow.h"
#include "charts/ChartWidget.h"
#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
#include "pages/PageRegistry.h"
#include "widgets/KpiCard.h"
#include "widgets/ParameterPanel.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

const auto processStart = std::chrono::steady_clock::now();

// Counts paint events of the widgets it watches.
class PaintCounter : public QObject {
public:
    void watch(QWidget* widget) {
        widget->installEventFilter(this);
        watched_.push_back(widget);
    }
    void reset() {
        painted_.assign(watched_.size(), false);
        paints_ = 0;
    }
    bool allPainted() const {
        return std::all_of(painted_.begin(), painted_.end(), [](bool p) { return p; });
    }
    int paints() const { return paints_; }  // paint events seen since reset()
    bool eventFilter(QObject* object, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            ++paints_;
            for (std::size_t i = 0; i < watched_.size(); ++i)
                if (watched_[i] == object) painted_[i] = true;
        }
        return false;
    }

private:
    std::vector<QWidget*> watched_;
    std::vector<bool> painted_;
    int paints_ = 0;
};

// CPU time of the calling thread, in nanoseconds.
qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::min<double>(values.size() - 1, p * double(values.size() - 1) + 0.5));
    return values[index];
}

struct PageBench {
    std::string name;              // page registry id
    std::optional<ParamId> param;  // the slider swept
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
    firstPaint.reset();
    window.show();
    while (!firstPaint.allPainted()) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double startupMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - processStart).count();

    // Every page of the registry, in tab order, each swept on the first
    // slider parameter of its group (pages of every group, the Overview and
    // Compare, on the root model's).
    std::vector<PageBench> benches;
    const ModelGroup rootGroup = modelPageSpecs().front().group;
    for (const PageSpec& page : pageSpecs()) {
        const ModelGroup group = page.group == ModelGroup::Global ? rootGroup : page.group;
        std::optional<ParamId> param;
        for (const ParameterSpec& p : parameters())
            if (p.group == group && !p.isEnum()) {
                param = p.param;
                break;
            }
        benches.push_back({std::string(page.id), param});
    }
    const int samples = shortMode ? 40 : 200;
    std::printf("{\"benchmark\":\"dashboard\",\"scenarios\":%d,\"samples_per_page\":%d,\"pages\":{",
                int(document.visibleScenarios().size()), samples);
    bool first = true;
    for (int page = 0; page < int(benches.size()); ++page) {
        if (onlyPage && benches[std::size_t(page)].name != onlyPage) continue;
        const PageBench& bench = benches[std::size_t(page)];
        const char* separator = first ? "" : ",";
        first = false;
        window.showPage(page);
        QCoreApplication::processEvents();
        QWidget* editor = bench.param ? reinterpret_cast<QWidget*>(window.parameterPanel()->editor(*bench.param)) : nullptr;
        QSlider* slider = editor ? editor->findChild<QSlider*>() : nullptr;
        if (!slider) {
            std::printf("%s\"%s\":null", separator, bench.name.c_str());
            continue;
        }
        PaintCounter charts;  // must all repaint
        PaintCounter cards;   // repaint when their text changes
        for (ChartWidget* chart : window.currentPage()->lineCharts())
            if (chart->isVisible()) charts.watch(chart->paintSurface());
        for (KpiCard* card : window.currentPage()->findChildren<KpiCard*>())
            if (card->isVisible()) cards.watch(card);
        // A page of tables (Compare): its views repaint instead.
        if (window.currentPage()->lineCharts().isEmpty())
            for (QAbstractScrollArea* view : window.currentPage()->findChildren<QAbstractScrollArea*>())
                if (view->isVisible()) charts.watch(view->viewport());
        std::vector<double> times;
        std::vector<double> cpuTimes;
        int notRepainted = 0;
        const int lo = slider->minimum(), hi = slider->maximum();
        for (int i = 0; i < samples + 10; ++i) {
            // Sweep up and down across the range so every value differs from the last.
            const int span = hi - lo;
            const int step = (i * 7) % (2 * span);
            const int value = lo + (step <= span ? step : 2 * span - step);
            if (value == slider->value()) continue;
            charts.reset();
            cards.reset();
            QElapsedTimer timer;
            const qint64 cpuStart = threadCpuNs();
            timer.start();
            slider->setValue(value);
            qint64 lastPaintEnd = 0;
            qint64 lastPaintCpu = cpuStart;
            for (;;) {
                const int before = charts.paints() + cards.paints();
                QCoreApplication::processEvents(QEventLoop::AllEvents);
                const bool paintedNow = charts.paints() + cards.paints() > before;
                if (paintedNow) {
                    lastPaintEnd = timer.nsecsElapsed();
                    lastPaintCpu = threadCpuNs();
                }
                // Done when something painted and a further pass paints nothing more.
                if (lastPaintEnd > 0 && !paintedNow) break;
                if (timer.elapsed() > 2000) {  // nothing ever repaints: stop waiting
                    lastPaintEnd = timer.nsecsElapsed();
                    lastPaintCpu = threadCpuNs();
                    break;
                }
            }
            if (i >= 10) {  // the first 10 warm up
                times.push_back(double(lastPaintEnd) / 1e6);
                cpuTimes.push_back(double(lastPaintCpu - cpuStart) / 1e6);
                if (!charts.allPainted()) ++notRepainted;
            }
        }
        const std::string_view paramId = spec(*bench.param).id;
        std::printf("%s\"%s\":{\"param\":\"%.*s\",\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"cpu_p50_ms\":%.2f,\"cpu_p99_ms\":%.2f,\"charts_not_repainted\":%d}",
                    separator, bench.name.c_str(), int(paramId.size()), paramId.data(), percentile(times, 0.5), percentile(times, 0.95),
                    percentile(times, 0.99), percentile(times, 1.0), percentile(cpuTimes, 0.5),
                    percentile(cpuTimes, 0.99), notRepainted);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("},\"startup_ms\":%.1f,\"peak_rss_mb\":%.1f}\n", startupMs, double(usage.ru_maxrss) / 1024.0);
    return 0;
}
