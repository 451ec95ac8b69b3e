// The report: its PDF has exactly the pages it planned, the plan holds every
// KPI, every parameter and every chart once, tables fit their pages, the page
// count grows with the compared scenarios, and the paper is A4 or Letter
// landscape.

#include <QBuffer>
#include <QRegularExpression>
#include <QtTest>

#include <memory>
#include <set>

#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
#include "params/ParameterRegistry.h"
#include "present/PageCharts.h"
#include "present/Report.h"
#include "present/ReportTable.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

int pdfPageCount(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return int(QString::fromLatin1(pdf).count(page));
}

QByteArray pdfOf(const Report& report) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!report.write(&buffer)) return {};
    return bytes;
}

// The first page's MediaBox in points, e.g. (842, 595) for A4 landscape.
QSizeF mediaBox(const QByteArray& pdf) {
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
    const auto match = box.match(QString::fromLatin1(pdf));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

// The scenarios in view, evaluated, and the pages showing them.
struct Fixture {
    WorkspaceDocument document;
    std::unique_ptr<EvaluationScheduler> scheduler;
    OffscreenPages pages;

    explicit Fixture(bool compare, const Workspace& workspace = defaultWorkspace()) {
        document.reset(workspace, QString());
        document.setCompareEnabled(compare);
        scheduler = std::make_unique<EvaluationScheduler>(&document);
        scheduler->evaluateNow();
        pages.showResults(scheduler->views());
    }
    Report report(Report::Options options = {}) const {
        return Report(document.workspace(), QStringLiteral("plans.leverboard"), scheduler->views(), pages.pages(),
                      options);
    }
};

const report::ReportTable* tableWithCaption(const Report& report, const QString& caption) {
    for (const auto& table : report.tables())
        if (table.caption == caption) return &table;
    return nullptr;
}

}  // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void pdfHasThePlannedPages_data();
    void pdfHasThePlannedPages();
    void titlePageFirstThenTablesThenCharts();
    void everyChartOnceFourPerPage();
    void everyKpiAndParameterOnce();
    void tablesFitTheirPages();
    void pageCountGrowsWithComparedScenarios();
    void comparisonHighlightsWhatDiffers();
    void paperIsLandscapeA4OrLetter();
    void paginationKeepsSectionsWithTheirRows();
};

void TestReport::pdfHasThePlannedPages_data() {
    QTest::addColumn<bool>("compare");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one scenario, A4") << false << int(QPageSize::A4);
    QTest::newRow("comparison, A4") << true << int(QPageSize::A4);
    QTest::newRow("one scenario, Letter") << false << int(QPageSize::Letter);
    QTest::newRow("comparison, Letter") << true << int(QPageSize::Letter);
}

void TestReport::pdfHasThePlannedPages() {
    QFETCH(bool, compare);
    QFETCH(int, pageSize);
    const Fixture fixture(compare);
    const Report report = fixture.report({QPageSize::PageSizeId(pageSize), QDateTime::currentDateTime()});
    const QByteArray pdf = pdfOf(report);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(report.pageCount() >= 8);
    QCOMPARE(pdfPageCount(pdf), report.pageCount());
    QCOMPARE(int(report.plan().size()), report.pageCount());
}

void TestReport::titlePageFirstThenTablesThenCharts() {
    const Fixture fixture(false);
    const Report report = fixture.report();
    const auto& plan = report.plan();
    QCOMPARE(plan.front().kind, Report::PageKind::Title);
    int titles = 0;
    bool chartsStarted = false;
    for (const auto& page : plan) {
        if (page.kind == Report::PageKind::Title) ++titles;
        if (page.kind == Report::PageKind::Charts) chartsStarted = true;
        if (page.kind == Report::PageKind::Tables) {
            QVERIFY2(!chartsStarted, "tables after charts");
            QVERIFY(!page.slices.empty());
        }
    }
    QCOMPARE(titles, 1);
    QVERIFY(chartsStarted);
}

void TestReport::everyChartOnceFourPerPage() {
    const Fixture fixture(true);
    const Report report = fixture.report();
    const QList<ModelPage*>& pages = fixture.pages.pages();

    // Expected from the pages themselves: ceil(charts / 4) sheets per page.
    int expectedSheets = 0;
    int totalCharts = 0;
    for (ModelPage* page : pages) {
        const int charts = int(pageCharts(page).size());
        totalCharts += charts;
        expectedSheets += (charts + 3) / 4;
    }
    QVERIFY(totalCharts >= 15);

    std::set<std::pair<int, int>> seen;
    int sheets = 0;
    for (const auto& page : report.plan()) {
        if (page.kind != Report::PageKind::Charts) continue;
        ++sheets;
        QVERIFY(!page.charts.isEmpty());
        QVERIFY(page.charts.size() <= Report::kChartsPerPage);
        QVERIFY2(page.heading.startsWith(pages.at(page.modelPage)->pageTitle()), qPrintable(page.heading));
        for (int chart : page.charts) {
            QVERIFY(chart >= 0 && chart < pageCharts(pages.at(page.modelPage)).size());
            QVERIFY2(seen.insert({page.modelPage, chart}).second, "chart placed twice");
        }
    }
    QCOMPARE(sheets, expectedSheets);
    QCOMPARE(int(seen.size()), totalCharts);
}

void TestReport::everyKpiAndParameterOnce() {
    const Fixture fixture(true);
    const Report report = fixture.report();
    const auto& views = fixture.scheduler->views();

    // Key figures: one column per scenario between the label and unit/meaning,
    // one row per KPI the engine returned.
    const report::ReportTable& kpis = report.tables().front();
    QCOMPARE(int(kpis.columns.size()), 1 + int(views.size()) + 2);
    for (std::size_t s = 0; s < views.size(); ++s) {
        QCOMPARE(kpis.columns[1 + s].title, views[s].name);
        QCOMPARE(kpis.columns[1 + s].swatch, views[s].color);
    }
    int kpiRows = 0;
    for (const auto& row : kpis.rows) kpiRows += row.section ? 0 : 1;
    QCOMPARE(kpiRows, int(views.front().results->kpis.size()));

    const report::ReportTable* all = tableWithCaption(report, QStringLiteral("Every parameter"));
    QVERIFY(all);
    QCOMPARE(all->columns.at(1).title, QStringLiteral("Id"));
    QStringList ids;
    for (const auto& row : all->rows)
        if (!row.section) ids << row.cells.value(1);
    QCOMPARE(ids.size(), int(kParamCount));
    for (const ParameterSpec& p : parameters())
        QCOMPARE(ids.count(QString::fromUtf8(p.id.data(), qsizetype(p.id.size()))), 1);
    // The registry's unit and source note are there too.
    for (const auto& row : all->rows) {
        if (row.section) continue;
        const ParameterSpec& p = spec(*findParameter(row.cells.value(1).toStdString()));
        QCOMPARE(row.cells.last(), QString::fromUtf8(p.source.data(), qsizetype(p.source.size())));
        QCOMPARE(row.cells.value(2 + int(views.size())), QString::fromUtf8(p.unit.data(), qsizetype(p.unit.size())));
    }

    // Every table row lands on exactly one page, in order.
    std::vector<int> nextRow(report.tables().size(), 0);
    for (const auto& page : report.plan()) {
        for (const auto& slice : page.slices) {
            QCOMPARE(slice.firstRow, nextRow[std::size_t(slice.table)]);
            QVERIFY(slice.endRow > slice.firstRow);
            nextRow[std::size_t(slice.table)] = slice.endRow;
        }
    }
    for (std::size_t t = 0; t < report.tables().size(); ++t)
        QCOMPARE(nextRow[t], int(report.tables()[t].rows.size()));
}

void TestReport::tablesFitTheirPages() {
    // Four scenarios: the narrowest columns, the most wrapping.
    Workspace workspace = defaultWorkspace();
    workspace.compared.clear();
    for (const Scenario& s : workspace.scenarios) workspace.compared.push_back(s.name);
    workspace.scenarios[1].notes = std::string(2000, 'x');  // very long notes stay on the title page
    const Fixture fixture(true, workspace);
    QCOMPARE(fixture.scheduler->views().size(), std::size_t(4));
    const Report report = fixture.report();
    const double height = report.contentRect().height();
    QVERIFY(height > 300);
    int tablePages = 0;
    for (const auto& page : report.plan()) {
        if (page.kind != Report::PageKind::Tables) continue;
        ++tablePages;
        double bottom = 0;
        for (const auto& slice : page.slices) {
            const auto& table = report.tables()[std::size_t(slice.table)];
            QVERIFY(slice.top >= bottom);
            double y = slice.top + table.captionHeight() + table.headerHeight();
            for (int r = slice.firstRow; r < slice.endRow; ++r) y += table.rowHeight(r);
            QVERIFY2(y <= height + 0.01, qPrintable(QStringLiteral("%1 > %2 on '%3'").arg(y).arg(height).arg(page.heading)));
            QVERIFY(table.width() <= report.contentRect().width() + 0.01);
            bottom = y;
        }
    }
    // 56 parameters and 30-odd KPIs cannot share one page.
    QVERIFY(tablePages >= 3);
    QCOMPARE(pdfPageCount(pdfOf(report)), report.pageCount());
}

void TestReport::pageCountGrowsWithComparedScenarios() {
    const Fixture one(false);
    const Fixture three(true);
    Workspace four = defaultWorkspace();
    four.compared.clear();
    for (const Scenario& s : four.scenarios) four.compared.push_back(s.name);
    const Fixture all(true, four);
    const int pagesOne = one.report().pageCount();
    const int pagesThree = three.report().pageCount();
    const int pagesFour = all.report().pageCount();
    QVERIFY2(pagesThree > pagesOne, qPrintable(QStringLiteral("%1 vs %2").arg(pagesThree).arg(pagesOne)));
    QVERIFY2(pagesFour >= pagesThree, qPrintable(QStringLiteral("%1 vs %2").arg(pagesFour).arg(pagesThree)));
    // One scenario: no "what differs" table.
    QVERIFY(!tableWithCaption(one.report(), QStringLiteral("Where the scenarios differ")));
    QVERIFY(tableWithCaption(three.report(), QStringLiteral("Where the scenarios differ")));
}

void TestReport::comparisonHighlightsWhatDiffers() {
    const Fixture fixture(true);
    const Report report = fixture.report();
    const auto& workspace = fixture.document.workspace();
    std::vector<const Scenario*> shown;
    for (const auto& view : fixture.scheduler->views()) shown.push_back(&workspace.scenarios[std::size_t(view.scenarioIndex)]);

    QStringList expected;  // labels of parameters whose values differ, computed here
    for (const ParameterSpec& p : parameters()) {
        bool differs = false;
        for (const Scenario* s : shown) differs = differs || (*s)[p.param] != (*shown.front())[p.param];
        if (differs) expected << QString::fromUtf8(p.id.data(), qsizetype(p.id.size()));
    }
    QVERIFY(expected.size() >= 3);  // Bear and Bull change several capex and life parameters

    const report::ReportTable* all = tableWithCaption(report, QStringLiteral("Every parameter"));
    QVERIFY(all);
    QStringList highlighted;
    for (const auto& row : all->rows)
        if (row.highlighted) highlighted << row.cells.value(1);
    QCOMPARE(highlighted, expected);

    const report::ReportTable* differ = tableWithCaption(report, QStringLiteral("Where the scenarios differ"));
    QVERIFY(differ);
    int parameterRows = 0;
    for (const auto& row : differ->rows)
        if (!row.section && row.cells.value(0) != QStringLiteral("Applications")) ++parameterRows;
    QCOMPARE(parameterRows, expected.size());
}

void TestReport::paperIsLandscapeA4OrLetter() {
    const Fixture fixture(false);
    const QSizeF a4 = mediaBox(pdfOf(fixture.report({QPageSize::A4, QDateTime::currentDateTime()})));
    const QSizeF letter = mediaBox(pdfOf(fixture.report({QPageSize::Letter, QDateTime::currentDateTime()})));
    // 297 × 210 mm and 11 × 8.5 in, in points, landscape.
    QCOMPARE(qRound(a4.width()), qRound(297 / 25.4 * 72));
    QCOMPARE(qRound(a4.height()), qRound(210 / 25.4 * 72));
    QCOMPARE(qRound(letter.width()), 11 * 72);
    QCOMPARE(qRound(letter.height()), qRound(8.5 * 72));
}

void TestReport::paginationKeepsSectionsWithTheirRows() {
    report::ReportTable table;
    table.caption = QStringLiteral("Synthetic");
    report::TableColumn label;
    label.title = QStringLiteral("Label");
    label.fixedWidth = 200;
    report::TableColumn text;
    text.title = QStringLiteral("Text");
    table.columns = {label, text};
    for (int i = 0; i < 240; ++i) {
        report::TableRow row;
        row.section = i % 7 == 0;
        row.cells << QStringLiteral("Row %1").arg(i)
                  << (i % 5 == 0 ? QStringLiteral("a long note that wraps onto more lines ").repeated(6) : QString());
        table.rows.push_back(row);
    }
    table.fitColumns(700);
    const double height = 500;
    const auto pages = report::paginateTables({table, table}, height);
    QVERIFY(pages.size() >= 6);
    std::vector<int> next(2, 0);
    for (const auto& page : pages) {
        for (const auto& slice : page) {
            const auto& rows = table.rows;
            QCOMPARE(slice.firstRow, next[std::size_t(slice.table)]);
            QCOMPARE(slice.continued, slice.firstRow > 0);
            next[std::size_t(slice.table)] = slice.endRow;
            double y = slice.top + table.captionHeight() + table.headerHeight();
            for (int r = slice.firstRow; r < slice.endRow; ++r) y += table.rowHeight(r);
            QVERIFY(y <= height);
            // A section heading is never the last thing on a page while its rows go on.
            if (slice.endRow < int(rows.size()))
                QVERIFY2(!rows[std::size_t(slice.endRow - 1)].section, qPrintable(QString::number(slice.endRow - 1)));
        }
    }
    QCOMPARE(next[0], 240);
    QCOMPARE(next[1], 240);
}

QTEST_MAIN(TestReport)
#include "test_report.moc"
