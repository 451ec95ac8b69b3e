#pragma once
// The report: a multi-page PDF for the active scenario or the comparison
// set, for sending to people who were not in the room. A title page with the
// contents, the KPI table, the assumptions (what differs, every parameter
// with its unit and source, the applications) and every chart of every model
// page, landscape, "n / N" on every page.
//
// The whole layout is planned when the report is built, before anything is
// painted: pageCount() is what write() produces.

#include <QDateTime>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <vector>

#include "document/EvaluationScheduler.h"
#include "present/PageCharts.h"
#include "present/ReportTable.h"
#include "scenario/Workspace.h"

class QPainter;
class QIODevice;

namespace leverboard::ui {

class ModelPage;

class Report {
public:
    struct Options {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        QDateTime created = QDateTime::currentDateTime();
    };

    enum class PageKind { Title, Tables, Charts };
    struct PlannedPage {
        PageKind kind = PageKind::Title;
        QString heading;
        std::vector<report::TableSlice> slices;  // Tables: indices into tables()
        int modelPage = -1;                      // Charts: index into the pages given
        QList<int> charts;                       // Charts: indices into pageCharts(page)
    };

    // workspaceName: the file's name, or "Untitled". views: the scenarios
    // reported, the active one first (their results must outlive the
    // report). pages: the model pages, already showing those views.
    Report(const Workspace& workspace, const QString& workspaceName, const std::vector<ScenarioView>& views,
           const QList<ModelPage*>& pages, Options options);
    Report(const Workspace& workspace, const QString& workspaceName, const std::vector<ScenarioView>& views,
           const QList<ModelPage*>& pages)
        : Report(workspace, workspaceName, views, pages, Options{}) {}

    int pageCount() const { return int(plan_.size()); }
    const std::vector<PlannedPage>& plan() const { return plan_; }
    const std::vector<report::ReportTable>& tables() const { return tables_; }
    QPageLayout pageLayout() const { return layout_; }
    // Where tables and charts go on a page, in device units (report::kReportDpi):
    // below the heading, above the footer.
    QRectF contentRect() const;

    bool write(QIODevice* device) const;
    // Atomic (QSaveFile); false with a one-line error naming the file.
    bool write(const QString& path, QString* error) const;

    // Letter where the locale measures in inches (US), A4 elsewhere.
    static QPageSize::PageSizeId localePageSize();
    // The charts laid out per page (a 2 × 2 grid).
    static constexpr int kChartsPerPage = 4;

private:
    struct Section {
        QString heading;
        std::vector<int> tables;
    };
    struct ScenarioInfo {
        QString name;
        QColor color;
        QString notes;
    };

    void buildKpiTable(const std::vector<ScenarioView>& views);
    void buildParameterTables(const Workspace& workspace, const std::vector<ScenarioView>& views);
    void planPages(const std::vector<Section>& sections);

    void paintPage(QPainter& painter, int index) const;
    void paintTitlePage(QPainter& painter) const;
    void paintTablePage(QPainter& painter, const PlannedPage& page) const;
    void paintChartPage(QPainter& painter, const PlannedPage& page) const;
    void paintHeading(QPainter& painter, const QString& heading) const;
    void paintFooter(QPainter& painter, int index) const;

    QString workspaceName_;
    Options options_;
    QPageLayout layout_;
    QRectF paintRect_;  // device units (report::kReportDpi), origin at the margins
    std::vector<ScenarioInfo> scenarios_;
    QList<ModelPage*> pages_;
    std::vector<report::ReportTable> tables_;
    std::vector<PlannedPage> plan_;
    struct ContentsEntry {
        QString title;
        int page;  // 0-based
    };
    std::vector<ContentsEntry> contents_;
};

}  // namespace leverboard::ui
