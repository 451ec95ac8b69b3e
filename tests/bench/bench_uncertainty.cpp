// Live Monte Carlo benchmark (issue 12, "Speed"): the capex page at 1366×768
// with "economic life 2–4 years" and "frontier decline 5–10×" as uniform
// distributions, the utilization slider dragged. Prints one line of JSON:
//   first_pass: slider → the charts with a fan band repainted with the
//               1,000-sample first pass (the drag: the next value follows at once);
//   refined:    slider → the 10,000-sample refinement landed and repainted
//               (the last change of a drag: nothing follows);
//   first_pass_compute: the first pass alone (UncertaintyController::recompute);
//   no_uncertainty: the same drag without distributions, for the ratio;
// p50/p95/p99/max in ms, and peak resident memory. Never fails on time.
//
//   bench_uncertainty [--short]

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSlider>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <vector>

#include "MainWindow.h"
#include "analysis/LatestJob.h"
#include "analysis/UncertaintyController.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
#include "pages/PageRegistry.h"
#include "widgets/ParameterPanel.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

class PaintCounter : public QObject {
public:
    void watch(QWidget* widget) {
        widget->installEventFilter(this);
        watched_.push_back(widget);
        painted_.push_back(false);
    }
    void reset() {
        painted_.assign(watched_.size(), false);
        paints_ = 0;
    }
    bool allPainted() const { return std::all_of(painted_.begin(), painted_.end(), [](bool p) { return p; }); }
    int paints() const { return paints_; }
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

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::min<double>(double(values.size() - 1), p * double(values.size() - 1) + 0.5));
    return values[index];
}

void printStats(const char* name, const std::vector<double>& times, bool comma = true) {
    std::printf("\"%s\":{\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f}%s", name,
                percentile(times, 0.5), percentile(times, 0.95), percentile(times, 0.99), percentile(times, 1.0),
                comma ? "," : "");
}

int sweepValue(const QSlider* slider, int i) {
    const int lo = slider->minimum(), hi = slider->maximum(), span = hi - lo;
    const int step = (i * 7) % (2 * span);
    return lo + (step <= span ? step : 2 * span - step);
}

}  // namespace

int main(int argc, char** argv) {
    const bool shortMode = argc > 1 && std::strcmp(argv[1], "--short") == 0;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeverboardBench"));

    WorkspaceDocument document;
    MainWindow window(&document);
    window.resize(1366, 768);
    window.show();
    for (int i = 0; i < 20; ++i) QCoreApplication::processEvents();
    auto* controller = window.findChild<UncertaintyController*>();
    int capexPage = 0;
    for (std::size_t i = 0; i < pageSpecs().size(); ++i)
        if (pageSpecs()[i].id == "capex") capexPage = int(i);
    window.showPage(capexPage);
    QCoreApplication::processEvents();

    auto* editor = reinterpret_cast<QWidget*>(window.parameterPanel()->editor(ParamId::CapexUtilization));
    QSlider* slider = editor ? editor->findChild<QSlider*>() : nullptr;
    if (!slider || !controller) {
        std::printf("{\"benchmark\":\"uncertainty\",\"error\":\"no utilization slider or controller\"}\n");
        return 1;
    }
    PaintCounter charts;  // every visible chart of the page
    PaintCounter banded;  // the charts with a fan band: the refinement repaints them
    for (ChartWidget* chart : window.currentPage()->lineCharts()) {
        if (!chart->isVisible()) continue;
        charts.watch(chart->paintSurface());
        if (!chart->bandSources().isEmpty()) banded.watch(chart->paintSurface());
    }

    const int samples = shortMode ? 40 : 200;
    int step = 0;
    // Slider → the charts with a fan band painted (their lines and bands change
    // with every value; the first pass is computed in the evaluation's turn),
    // then the rest of the page settled. The refinement that would start
    // kRefineDelayMs later is not waited for: a drag's next move cancels it.
    auto drag = [&](std::vector<double>& times, int count) {
        for (int i = 0; i < count + 10; ++i) {
            const int value = sweepValue(slider, ++step);
            if (value == slider->value()) continue;
            const double before = document.activeScenario()[ParamId::CapexUtilization];
            charts.reset();
            banded.reset();
            QElapsedTimer timer;
            timer.start();
            slider->setValue(value);
            if (document.activeScenario()[ParamId::CapexUtilization] == before) continue;
            while (!banded.allPainted() && timer.elapsed() < 2000) QCoreApplication::processEvents();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (i >= 10) times.push_back(ms);
        }
    };

    std::vector<double> plain;
    drag(plain, samples);

    Workspace workspace = document.workspace();
    Scenario& active = workspace.activeScenario();
    active.uncertainty.set(ParamId::CapexEconomicLife, Distribution{DistributionKind::Uniform, 2, 4, 0});
    active.uncertainty.set(ParamId::CostFrontierDecline, Distribution{DistributionKind::Uniform, 5, 10, 0});
    document.applyWorkspace(workspace);
    window.scheduler()->evaluateNow();
    controller->job()->wait();
    QCoreApplication::processEvents();

    std::vector<double> firstPass;
    drag(firstPass, samples);

    // The last change of a drag: until the refinement has landed and painted.
    std::vector<double> refined;
    for (int i = 0; i < samples / 2 + 3; ++i) {
        const int value = sweepValue(slider, ++step);
        if (value == slider->value()) continue;
        const double before = document.activeScenario()[ParamId::CapexUtilization];
        bool landed = false;
        QElapsedTimer timer;
        const auto connection = QObject::connect(controller, &UncertaintyController::resultsChanged, [&] {
            if (controller->samples() == UncertaintyController::kFullSamples) {
                landed = true;
                banded.reset();
            }
        });
        timer.start();
        slider->setValue(value);
        const bool changed = document.activeScenario()[ParamId::CapexUtilization] != before;
        while (changed && !(landed && banded.allPainted()) && timer.elapsed() < 5000) QCoreApplication::processEvents();
        QObject::disconnect(connection);
        if (i >= 3 && changed) refined.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    std::vector<double> compute;
    for (int i = 0; i < samples; ++i) {
        controller->job()->cancel();
        QElapsedTimer timer;
        timer.start();
        controller->recompute();  // the first pass, then starts the refinement
        compute.push_back(double(timer.nsecsElapsed()) / 1e6);
        controller->job()->cancel();
    }
    controller->job()->wait();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"benchmark\":\"uncertainty\",\"page\":\"capex\",\"param\":\"capex.utilization\",\"samples\":%d,"
                "\"first_pass_samples\":%zu,\"full_samples\":%zu,",
                samples, UncertaintyController::kFirstPassSamples, UncertaintyController::kFullSamples);
    printStats("no_uncertainty", plain);
    printStats("first_pass", firstPass);
    printStats("refined", refined);
    printStats("first_pass_compute", compute);
    std::printf("\"peak_rss_mb\":%.1f}\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
