#pragma once
// `leverboard render`: the dashboard's pages built offscreen for one scenario
// or the comparison set, written out as files (one PNG per chart, the report,
// a CSV per model). The command line parses and validates; this does the
// drawing and the writing.

#include <QApplication>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "document/EvaluationScheduler.h"
#include "scenario/Workspace.h"

namespace leverboard::cli {

// The application render draws with. With neither DISPLAY nor
// WAYLAND_DISPLAY set and no platform chosen, it uses the offscreen platform
// so rendering works on a server.
std::unique_ptr<QApplication> createRenderApplication(int& argc, char** argv);

// Creates the directory (and its parents) when missing and proves it takes
// files. False with a one-line error naming it.
bool prepareOutputDirectory(const QString& directory, QString* error);

struct RenderJob {
    Workspace workspace;
    QString workspaceFileName;  // the report's title
    int scenarioIndex = 0;      // shown first (the active scenario unless --scenario)
    bool compare = false;       // add the workspace's comparison set
    QString directory;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

class HeadlessRender {
public:
    explicit HeadlessRender(const RenderJob& job);
    ~HeadlessRender();
    HeadlessRender(const HeadlessRender&) = delete;
    HeadlessRender& operator=(const HeadlessRender&) = delete;

    // The scenarios rendered, the first one first, with their results.
    const std::vector<ui::ScenarioView>& views() const;

    // <page>-<n>-<chart>.png for every chart, report.pdf and <model id>.csv
    // for every model of the registry. Appends each path written;
    // false with a one-line error at the first failure.
    bool writeFiles(QStringList* written, QString* error);

    int reportPageCount() const { return reportPageCount_; }

private:
    struct State;
    std::unique_ptr<State> state_;
    RenderJob job_;
    int reportPageCount_ = 0;
};

}  // namespace leverboard::cli
