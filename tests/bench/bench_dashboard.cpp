// Dashboard benchmark: for each page at 1366×768, steps a slider through 200
// values and measures value change → every visible chart and KPI card
// repainted. Prints one line of JSON: p50/p99 per page, start-up to the first
// painted window, peak resident memory. Never fails on time (PERFORMANCE.md).
//
//   bench_dashboard [--short]

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
#include <sys/resource.h>
#include <vector>

#include "MainWindow.h"
#include "charts/ChartWidget.h"
#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
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
    void reset() { painted_.assign(watched_.size(), false); }
    bool allPainted() const {
        return std::all_of(painted_.begin(), painted_.end(), [](bool p) { return p; });
    }
    bool eventFilter(QObject* object, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            for (std::size_t i = 0; i < watched_.size(); ++i)
                if (watched_[i] == object) painted_[i] = true;
        }
        return false;
    }

private:
    std::vector<QWidget*> watched_;
    std::vector<bool> painted_;
};

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::min<double>(values.size() - 1, p * double(values.size() - 1) + 0.5));
    return values[index];
}

struct PageBench {
    const char* name;
    ParamId param;
};

}  // namespace

int main(int argc, char** argv) {
    const bool shortMode = argc > 1 && std::strcmp(argv[1], "--short") == 0;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeverboardBench"));  // keep user settings out

    WorkspaceDocument document;
    MainWindow window(&document);
    window.resize(1366, 768);
    PaintCounter firstPaint;
    firstPaint.watch(&window);
    firstPaint.reset();
    window.show();
    while (!firstPaint.allPainted()) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double startupMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - processStart).count();

    const PageBench benches[] = {{"overview", ParamId::CostFrontierDecline},
                                 {"cost", ParamId::CostFrontierDecline},
                                 {"leverage", ParamId::LevComputePerPerson},
                                 {"half_life", ParamId::LifeHalfLifeMonths},
                                 {"capex", ParamId::CapexUtilization}};
    const int samples = shortMode ? 40 : 200;
    std::printf("{\"benchmark\":\"dashboard\",\"samples_per_page\":%d,\"pages\":{", samples);
    for (int page = 0; page < 5; ++page) {
        window.showPage(page);
        QCoreApplication::processEvents();
        QWidget* editor = reinterpret_cast<QWidget*>(window.parameterPanel()->editor(benches[page].param));
        QSlider* slider = editor ? editor->findChild<QSlider*>() : nullptr;
        if (!slider) {
            std::printf("%s\"%s\":null", page ? "," : "", benches[page].name);
            continue;
        }
        PaintCounter counter;
        for (ChartWidget* chart : window.currentPage()->charts())
            if (chart->isVisible()) counter.watch(chart->paintSurface());
        for (KpiCard* card : window.currentPage()->findChildren<KpiCard*>())
            if (card->isVisible()) counter.watch(card);
        std::vector<double> times;
        const int lo = slider->minimum(), hi = slider->maximum();
        for (int i = 0; i < samples + 10; ++i) {
            // Sweep up and down across the range so every value differs from the last.
            const int span = hi - lo;
            const int step = (i * 7) % (2 * span);
            const int value = lo + (step <= span ? step : 2 * span - step);
            if (value == slider->value()) continue;
            counter.reset();
            QElapsedTimer timer;
            timer.start();
            slider->setValue(value);
            while (!counter.allPainted()) {
                QCoreApplication::processEvents(QEventLoop::AllEvents);
                if (timer.elapsed() > 2000) break;  // a view that never repaints: stop waiting
            }
            if (i >= 10) times.push_back(double(timer.nsecsElapsed()) / 1e6);  // first 10 warm up
        }
        std::printf("%s\"%s\":{\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f}",
                    page ? "," : "", benches[page].name, percentile(times, 0.5), percentile(times, 0.95),
                    percentile(times, 0.99), percentile(times, 1.0));
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("},\"startup_ms\":%.1f,\"peak_rss_mb\":%.1f}\n", startupMs, double(usage.ru_maxrss) / 1024.0);
    return 0;
}
