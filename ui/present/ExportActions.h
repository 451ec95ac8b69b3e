#pragma once
// Export commands of the GUI: the chart context menu (PNG 2×, SVG, PDF, copy
// to clipboard) and the File ▸ Export submenu (charts of the current page,
// CSV per model, the report). MainWindow calls installExportActions once.
//
// Dialogs go through workspace/Dialogs.h, so a test scripts the file name
// (FileDialog::setNextFileName, also used for the directory choosers) and
// reads the errors back (MessageBox::history) without any modal opening.

#include <QObject>
#include <QPageSize>
#include <QPointer>
#include <QString>

#include "present/Dashboard.h"
#include "present/PageCharts.h"

class QAction;
class QMenu;

namespace leverboard::ui {

class ExportActions : public QObject {
    Q_OBJECT
public:
    enum class ChartFormat { Png, Svg, Pdf };

    explicit ExportActions(const Dashboard& dashboard);

    // The menu a chart's right click shows; deletes itself when closed.
    QMenu* chartMenu(Chart* chart);
    QMenu* exportMenu() const { return exportMenu_; }
    QAction* pageChartsAction() const { return pageChartsAction_; }
    QAction* csvAction() const { return csvAction_; }
    QAction* reportAction() const { return reportAction_; }

    // Each asks for a file or directory, writes, and reports an error in a
    // message box naming the file. False when cancelled or failed.
    bool saveChart(Chart* chart, ChartFormat format);
    bool exportPageCharts();
    bool exportCsv();
    bool exportReport();

    // "Base-price-path.png": the scenario (or the comparison) and the chart.
    QString defaultChartFileName(const Chart* chart, ChartFormat format) const;
    // The report's paper; the locale's by default (Letter in the US, A4 elsewhere).
    void setReportPageSize(QPageSize::PageSizeId size) { reportPageSize_ = size; }

signals:
    // What was written, for the status bar and tests.
    void exported(const QStringList& paths);

private:
    void connectChartMenus();
    QString scenarioSlug() const;
    QString startDirectory() const;
    QString chooseDirectory(const QString& caption);
    bool confirmReplacing(const QStringList& paths);
    void rememberDirectory(const QString& path);
    void showError(const QString& title, const QString& message);
    // A multi-file export failed after writing `written`: removes them, then shows the error.
    void showPartialExportError(const QStringList& written, const QString& error);
    void finish(const QStringList& written);

    Dashboard dashboard_;
    QMainWindow* window_;  // dashboard_.window
    QMenu* exportMenu_ = nullptr;
    QAction* pageChartsAction_ = nullptr;
    QAction* csvAction_ = nullptr;
    QAction* reportAction_ = nullptr;
    QString lastDirectory_;
    QPageSize::PageSizeId reportPageSize_;
};

// Puts the Export submenu into `fileMenu`, above its Quit action.
void installExportActions(const Dashboard& dashboard, QMenu* fileMenu);

}  // namespace leverboard::ui
