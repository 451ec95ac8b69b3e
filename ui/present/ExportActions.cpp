#include "present/ExportActions.h"

#include <QCoreApplication>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QGuiApplication>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

#include "charts/Chart.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
#include "present/ExportFiles.h"
#include "present/Report.h"
#include "workspace/Dialogs.h"

namespace leverboard::ui {
namespace {

struct FormatInfo {
    const char* suffix;
    const char* filter;
    const char* caption;
};

FormatInfo formatInfo(ExportActions::ChartFormat format) {
    switch (format) {
    case ExportActions::ChartFormat::Png:
        return {"png", QT_TRANSLATE_NOOP("ExportActions", "PNG image (*.png)"),
                QT_TRANSLATE_NOOP("ExportActions", "Save Chart as PNG")};
    case ExportActions::ChartFormat::Svg:
        return {"svg", QT_TRANSLATE_NOOP("ExportActions", "SVG drawing (*.svg)"),
                QT_TRANSLATE_NOOP("ExportActions", "Save Chart as SVG")};
    case ExportActions::ChartFormat::Pdf: break;
    }
    return {"pdf", QT_TRANSLATE_NOOP("ExportActions", "PDF document (*.pdf)"),
            QT_TRANSLATE_NOOP("ExportActions", "Save Chart as PDF")};
}

// Scoped wait cursor: offscreen pages and the report take a moment.
class BusyCursor {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

}  // namespace

ExportActions::ExportActions(const Dashboard& dashboard)
    : QObject(dashboard.window), dashboard_(dashboard), window_(dashboard.window),
      reportPageSize_(Report::localePageSize()) {
    setObjectName(QStringLiteral("ExportActions"));

    exportMenu_ = new QMenu(tr("&Export"), window_);
    exportMenu_->setObjectName(QStringLiteral("ExportMenu"));
    pageChartsAction_ = exportMenu_->addAction(tr("Current Page &Charts…"));
    pageChartsAction_->setToolTip(tr("Every chart of the current page as a PNG image (2× pixels), into a folder"));
    csvAction_ = exportMenu_->addAction(tr("&Time Series as CSV…"));
    csvAction_->setToolTip(tr("%1, into a folder").arg(QLocale().createSeparatedList(chart_export::modelCsvFileNames())));
    exportMenu_->addSeparator();
    reportAction_ = exportMenu_->addAction(tr("&Report (PDF)…"));
    reportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(pageChartsAction_, &QAction::triggered, this, &ExportActions::exportPageCharts);
    connect(csvAction_, &QAction::triggered, this, &ExportActions::exportCsv);
    connect(reportAction_, &QAction::triggered, this, &ExportActions::exportReport);

    // A page without charts (Compare) has nothing for "Current page charts".
    auto updateEnabled = [this] { pageChartsAction_->setEnabled(!pageCharts(dashboard_.currentPage()).isEmpty()); };
    connect(dashboard_.pageTabs, &QTabWidget::currentChanged, this, updateEnabled);
    updateEnabled();

    connectChartMenus();
}

void ExportActions::connectChartMenus() {
    // Every chart, hidden ones too: a page may show a chart later.
    for (ModelPage* page : dashboard_.pages)
        for (Chart* chart : page->charts())
            connect(chart, &Chart::contextMenuRequested, this,
                    [this, chart](const QPoint& at) { chartMenu(chart)->popup(at); });
}

QMenu* ExportActions::chartMenu(Chart* chart) {
    auto* menu = new QMenu(window_);
    menu->setObjectName(QStringLiteral("ChartMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<Chart> alive = chart;
    // The chart may go away while the menu is open (never in practice): check first.
    auto save = [this, alive](ChartFormat format) {
        if (alive) saveChart(alive, format);
    };
    QAction* png = menu->addAction(tr("Save as &PNG…"), this, [save] { save(ChartFormat::Png); });
    png->setObjectName(QStringLiteral("SaveChartPng"));
    QAction* svg = menu->addAction(tr("Save as &SVG…"), this, [save] { save(ChartFormat::Svg); });
    svg->setObjectName(QStringLiteral("SaveChartSvg"));
    QAction* pdf = menu->addAction(tr("Save as P&DF…"), this, [save] { save(ChartFormat::Pdf); });
    pdf->setObjectName(QStringLiteral("SaveChartPdf"));
    menu->addSeparator();
    QAction* copy = menu->addAction(tr("&Copy Image"), this, [this, alive] {
        if (!alive) return;
        chart_export::copyToClipboard(alive, chart_export::exportSize(alive));
        window_->statusBar()->showMessage(tr("Copied “%1” to the clipboard").arg(alive->title()), 5000);
    });
    copy->setObjectName(QStringLiteral("CopyChartImage"));
    return menu;
}

// ---- Names and places ------------------------------------------------------

QString ExportActions::scenarioSlug() const {
    const auto& views = dashboard_.scheduler->views();
    if (views.size() > 1) return QStringLiteral("compare");
    return fileSlug(QString::fromStdString(dashboard_.document->activeScenario().name));
}

QString ExportActions::defaultChartFileName(const Chart* chart, ChartFormat format) const {
    return QStringLiteral("%1-%2.%3").arg(scenarioSlug(), fileSlug(chart->title()), QLatin1String(formatInfo(format).suffix));
}

QString ExportActions::startDirectory() const {
    if (!lastDirectory_.isEmpty() && QFileInfo(lastDirectory_).isDir()) return lastDirectory_;
    const QString file = dashboard_.document->filePath();
    if (!file.isEmpty()) return QFileInfo(file).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void ExportActions::rememberDirectory(const QString& path) {
    const QFileInfo info(path);
    lastDirectory_ = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

QString ExportActions::chooseDirectory(const QString& caption) {
    // FileDialog's test seam answers directory questions too: a scripted name
    // is returned by its open dialog without anything opening.
    if (FileDialog::hasPendingFileName()) return FileDialog::getOpenFileName(window_, caption, startDirectory(), {});
    return QFileDialog::getExistingDirectory(window_, caption, startDirectory());
}

bool ExportActions::confirmReplacing(const QStringList& paths) {
    QStringList existing;
    for (const QString& path : paths)
        if (QFileInfo::exists(path)) existing << QFileInfo(path).fileName();
    if (existing.isEmpty()) return true;
    const auto answer = MessageBox::show(
        window_, QMessageBox::Warning, tr("Replace Files?"),
        tr("%n file(s) already exist in this folder and will be replaced.", nullptr, int(existing.size())),
        existing.join(QStringLiteral(", ")), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void ExportActions::showError(const QString& title, const QString& message) {
    MessageBox::critical(window_, title, message);
}

void ExportActions::showPartialExportError(const QStringList& written, const QString& error) {
    // All or nothing: a folder with one model's CSV but not the next (or half the
    // charts of a page) looks complete and is not. The files this export did
    // write are removed; the workspace itself is untouched.
    for (const QString& path : written) QFile::remove(path);
    QString message = error;
    if (!written.isEmpty())
        message += QLatin1Char('\n') + tr("The %n file(s) written before the error were removed.", nullptr,
                                           int(written.size()));
    showError(tr("Export Failed"), message);
}

void ExportActions::finish(const QStringList& written) {
    if (written.size() == 1)
        window_->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(written.first())), 8000);
    else if (!written.isEmpty())
        window_->statusBar()->showMessage(
            tr("Saved %n file(s) to %1", nullptr, int(written.size()))
                .arg(QDir::toNativeSeparators(QFileInfo(written.first()).absolutePath())),
            8000);
    emit exported(written);
}

// ---- Commands --------------------------------------------------------------

bool ExportActions::saveChart(Chart* chart, ChartFormat format) {
    const FormatInfo info = formatInfo(format);
    const QString path = FileDialog::getSaveFileName(
        // The texts were marked in the context "ExportActions" (QT_TRANSLATE_NOOP above); tr()
        // would look them up under leverboard::ui::ExportActions and never find them.
        window_, QCoreApplication::translate("ExportActions", info.caption),
        QDir(startDirectory()).filePath(defaultChartFileName(chart, format)),
        QCoreApplication::translate("ExportActions", info.filter), QLatin1String(info.suffix));
    if (path.isEmpty()) return false;
    rememberDirectory(path);

    const QSize size = chart_export::exportSize(chart);
    QString error;
    bool ok = false;
    switch (format) {
    case ChartFormat::Png: ok = chart_export::writePng(chart, size, path, &error); break;
    case ChartFormat::Svg: ok = chart_export::writeSvg(chart, size, path, &error); break;
    case ChartFormat::Pdf: ok = chart_export::writePdf(chart, size, path, &error); break;
    }
    if (!ok) {
        showError(tr("Export Failed"), tr("Could not save the chart to “%1”: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    finish({path});
    return true;
}

bool ExportActions::exportPageCharts() {
    const ModelPage* page = dashboard_.currentPage();
    if (pageCharts(page).isEmpty()) return false;
    const QString directory = chooseDirectory(tr("Export the Charts of “%1” to Folder").arg(page->pageTitle()));
    if (directory.isEmpty()) return false;
    rememberDirectory(directory);
    QStringList planned;
    for (const QString& name : chart_export::pageChartFileNames(page)) planned << QDir(directory).filePath(name);
    if (!confirmReplacing(planned)) return false;

    QStringList written;
    QString error;
    if (!chart_export::writePageCharts(page, QSize(), directory, &written, &error)) {
        showPartialExportError(written, error);
        return false;
    }
    finish(written);
    return true;
}

bool ExportActions::exportCsv() {
    const QString directory = chooseDirectory(tr("Export Time Series as CSV to Folder"));
    if (directory.isEmpty()) return false;
    rememberDirectory(directory);
    QStringList planned;
    for (const QString& name : chart_export::modelCsvFileNames()) planned << QDir(directory).filePath(name);
    if (!confirmReplacing(planned)) return false;

    QStringList written;
    QString error;
    if (!chart_export::writeModelCsvs(dashboard_.scheduler->views(), directory, &written, &error)) {
        showPartialExportError(written, error);
        return false;
    }
    finish(written);
    return true;
}

bool ExportActions::exportReport() {
    WorkspaceDocument* document = dashboard_.document;
    const QString workspaceName =
        document->filePath().isEmpty() ? QString() : QFileInfo(document->filePath()).completeBaseName();
    const QString defaultName = QStringLiteral("%1-%2-report.pdf")
                                    .arg(workspaceName.isEmpty() ? QStringLiteral("leverboard") : fileSlug(workspaceName),
                                         scenarioSlug());
    const QString path =
        FileDialog::getSaveFileName(window_, tr("Save Report"), QDir(startDirectory()).filePath(defaultName),
                                    tr("PDF document (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty()) return false;
    rememberDirectory(path);

    QString error;
    bool ok = false;
    {
        const BusyCursor busy;
        const auto& views = dashboard_.scheduler->views();
        // Pages of its own in the light palette: paper is white whatever the desktop theme.
        OffscreenPages pages;
        pages.showResults(views);
        const Report report(document->workspace(),
                            document->filePath().isEmpty() ? QString() : QFileInfo(document->filePath()).fileName(),
                            views, pages.pages(), Report::Options{reportPageSize_, QDateTime::currentDateTime()});
        ok = report.write(path, &error);
    }
    if (!ok) {
        showError(tr("Export Failed"), tr("Could not save the report to “%1”: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    finish({path});
    return true;
}

void installExportActions(const Dashboard& dashboard, QMenu* file) {
    auto* actions = new ExportActions(dashboard);
    // Just above Quit, in its own group.
    QAction* quit = nullptr;
    for (QAction* action : file->actions())
        if (action->menuRole() == QAction::QuitRole) quit = action;
    file->insertMenu(quit, actions->exportMenu());
    file->insertSeparator(quit);
}

}  // namespace leverboard::ui
