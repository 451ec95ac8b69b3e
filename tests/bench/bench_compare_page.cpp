// How long the Compare page takes to show new results (the KPI and parameter
// tables for the default comparison set: Base, Bear, Bull). Qt offscreen.
// Prints one JSON line; never fails on time: machines differ and runs vary.
//
//   bench_compare_page [--short]

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "pages/ComparePage.h"

using namespace leverboard::ui;

namespace {

// Nearest-rank percentile of sorted samples.
double percentile(const std::vector<double>& sorted, double fraction) {
    const auto rank = std::size_t(fraction * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(rank, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
    int samples = 200;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--short") == 0) {
            samples = 20;
        } else {
            std::fprintf(stderr, "bench_compare_page: unknown argument '%s' (only --short)\n", argv[i]);
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeverboardBench"));  // keep user settings out

    WorkspaceDocument document;
    document.setCompareEnabled(true);
    EvaluationScheduler scheduler(&document);
    ComparePage page(&document);
    scheduler.evaluateNow();
    for (int i = 0; i < 10; ++i) page.showResults(scheduler.views());  // warm-up

    std::vector<double> times;
    times.reserve(std::size_t(samples));
    QElapsedTimer timer;
    for (int i = 0; i < samples; ++i) {
        timer.start();
        page.showResults(scheduler.views());
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("{\"benchmark\":\"compare_page_show_results\",\"scenarios\":%d,\"samples\":%d,\"p50_ms\":%.3f,"
                "\"p95_ms\":%.3f,\"max_ms\":%.3f}\n",
                int(scheduler.views().size()), samples, percentile(times, 0.5), percentile(times, 0.95),
                times.back());
    return 0;
}
