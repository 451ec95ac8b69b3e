#include "RenderCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
#include "present/ExportFiles.h"
#include "present/PageCharts.h"
#include "present/Report.h"

namespace leverboard::cli {

namespace {

QtMessageHandler previousHandler = nullptr;

// Containers and CI runners often have no XDG_RUNTIME_DIR; Qt then warns
// while starting the platform and uses a directory of its own, which is
// fine for drawing. Scripts read stderr: keep it for what matters.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) return;
    if (previousHandler) previousHandler(type, context, message);
}

}  // namespace

std::unique_ptr<QApplication> createRenderApplication(int& argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
    auto app = std::make_unique<QApplication>(argc, argv);
    qInstallMessageHandler(previousHandler);
    return app;
}

bool prepareOutputDirectory(const QString& directory, QString* error) {
    const QString shown = QDir::toNativeSeparators(directory);
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir()) {
        *error = QCoreApplication::translate("CommandLine", "--out %1 is a file, not a directory").arg(shown);
        return false;
    }
    if (!info.exists() && !QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("CommandLine", "cannot create the output directory %1").arg(shown);
        return false;
    }
    // Permissions say too little (root, read-only mounts, ACLs): try a file.
    QTemporaryFile probe(QDir(directory).filePath(QStringLiteral(".leverboard-render-XXXXXX")));
    if (!probe.open()) {
        *error = QCoreApplication::translate("CommandLine", "cannot write to the output directory %1: %2")
                     .arg(shown, probe.errorString());
        return false;
    }
    return true;
}

struct HeadlessRender::State {
    ui::WorkspaceDocument document;
    std::unique_ptr<ui::EvaluationScheduler> scheduler;
    ui::OffscreenPages pages;
};

HeadlessRender::HeadlessRender(const RenderJob& job) : state_(std::make_unique<State>()), job_(job) {
    state_->document.reset(job.workspace, job.workspaceFileName);
    state_->document.setActiveIndex(job.scenarioIndex);
    state_->document.setCompareEnabled(job.compare);
    state_->scheduler = std::make_unique<ui::EvaluationScheduler>(&state_->document);
    state_->scheduler->evaluateNow();
    state_->pages.showResults(state_->scheduler->views());
}

HeadlessRender::~HeadlessRender() = default;

const std::vector<ui::ScenarioView>& HeadlessRender::views() const { return state_->scheduler->views(); }

bool HeadlessRender::writeFiles(QStringList* written, QString* error) {
    namespace chart_export = ui::chart_export;
    const QDir directory(job_.directory);
    // The report first: with uncertainty it puts the fan bands on the charts written next.
    const ui::Report report(state_->document.workspace(), QFileInfo(job_.workspaceFileName).fileName(), views(),
                            state_->pages.pages(), ui::Report::Options{job_.pageSize, QDateTime::currentDateTime()});
    for (const ui::ModelPage* page : state_->pages.pages())
        if (!chart_export::writePageCharts(page, chart_export::kDefaultChartSize, job_.directory, written, error))
            return false;

    reportPageCount_ = report.pageCount();
    const QString reportPath = directory.filePath(QStringLiteral("report.pdf"));
    if (!report.write(reportPath, error)) return false;
    written->append(reportPath);

    return chart_export::writeModelCsvs(views(), job_.directory, written, error);
}

}  // namespace leverboard::cli
