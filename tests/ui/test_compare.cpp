// Compare mode: the KPI table shows the engine's KPIs of every compared
// scenario side by side, the parameter table lists exactly the parameters
// that differ, and every page overlays one series per compared scenario.

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>
#include <set>

#include "MainWindow.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "pages/ComparePage.h"
#include "style/Palette.h"
#include "widgets/KpiFormatter.h"
#include "workspace/CompareTables.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

// What a KPI card shows: the formatted value, then its unit if it has one.
QString expectedCell(const Kpi& kpi) {
    const KpiSpec* spec = findKpiSpec(kpi.id);
    if (!spec) return {};
    const FormattedKpi f = formatKpi(*spec, kpi);
    return f.unit.isEmpty() ? f.value : f.value + QStringLiteral(" ") + f.unit;
}

int rowOf(const ScenarioColumnsTable& table, const QString& key) {
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.rowKey(row) == key) return row;
    return -1;
}

std::set<QString> rowKeys(const ScenarioColumnsTable& table) {
    std::set<QString> keys;
    for (int row = 0; row < table.rowCount(); ++row) keys.insert(table.rowKey(row));
    return keys;
}

// Ids whose values are not all equal, straight from the value arrays.
std::set<QString> differingIds(const std::vector<const Scenario*>& scenarios) {
    std::set<QString> ids;
    for (std::size_t i = 0; i < kParamCount; ++i) {
        bool differs = false;
        for (const Scenario* s : scenarios) differs |= s->values[i] != scenarios.front()->values[i];
        if (differs) ids.insert(QString::fromUtf8(parameters()[i].id.data(), qsizetype(parameters()[i].id.size())));
    }
    return ids;
}

struct Fixture {
    WorkspaceDocument document;
    EvaluationScheduler scheduler{&document};
    ComparePage page{&document};

    Fixture() {
        document.setCompareEnabled(true);
        refresh();
    }
    void refresh() {
        scheduler.evaluateNow();
        page.showResults(scheduler.views());
    }
    std::vector<const Scenario*> shownScenarios() const {
        std::vector<const Scenario*> result;
        for (int index : document.visibleScenarios()) result.push_back(&document.workspace().scenarios[std::size_t(index)]);
        return result;
    }
};

}  // namespace

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LeverboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_compare"));
    }

    void kpiTableHasOneColumnPerComparedScenario() {
        Fixture f;
        const KpiCompareTable& table = *f.page.kpiTable();
        const Workspace& ws = f.document.workspace();
        const std::vector<std::string> compared = {"Base", "Bear: the escalator", "Bull: the floor, not the ceiling"};
        QCOMPARE(table.scenarioColumnCount(), 3);
        for (int column = 0; column < 3; ++column) {
            const QTableWidgetItem* header =
                table.horizontalHeaderItem(ScenarioColumnsTable::kFirstScenarioColumn + column);
            QCOMPARE(header->text().toStdString(), compared[std::size_t(column)]);
            // The swatch has the scenario's chart colour.
            const QImage swatch = header->icon().pixmap(12, 12).toImage();
            QCOMPARE(swatch.pixelColor(6, 6).rgb(), scenarioColor(column).rgb());

            const Results results = evaluate(ws.scenarios[std::size_t(ws.indexOf(compared[std::size_t(column)]))]);
            QCOMPARE(table.rowCount(), int(results.kpis.size()));  // same application lists
            for (const Kpi& kpi : results.kpis) {
                const int row = rowOf(table, QString::fromStdString(kpi.id));
                QVERIFY2(row >= 0, kpi.id.c_str());
                QCOMPARE(table.cellText(row, column), expectedCell(kpi));
                const KpiSpec* spec = findKpiSpec(kpi.id);
                QCOMPARE(table.item(row, ScenarioColumnsTable::kLabelColumn)->text(), kpiLabel(*spec, kpi));
                QCOMPARE(table.item(row, ScenarioColumnsTable::kUnitColumn)->text().toStdString(),
                         std::string(spec->unit));
            }
        }
    }

    void kpiTableFollowsEdits() {
        Fixture f;
        f.document.setActiveIndex(2);  // Bull: now the first column
        f.document.setParameter(ParamId::CapexUtilization, 0.3);
        f.refresh();
        const KpiCompareTable& table = *f.page.kpiTable();
        QCOMPARE(table.horizontalHeaderItem(ScenarioColumnsTable::kFirstScenarioColumn)->text(),
                 QStringLiteral("Bull: the floor, not the ceiling"));
        const Results results = evaluate(f.document.activeScenario());
        for (const Kpi& kpi : results.kpis)
            QCOMPARE(table.cellText(rowOf(table, QString::fromStdString(kpi.id)), 0), expectedCell(kpi));
    }

    void parameterTableListsExactlyTheDifferences() {
        Fixture f;
        const ParameterDiffTable& table = *f.page.parameterTable();
        const std::set<QString> expected = differingIds(f.shownScenarios());
        QVERIFY(expected.count(QStringLiteral("capex.utilization")));  // the presets do differ
        QVERIFY(expected.count(QStringLiteral("life.half_life_months")));
        QCOMPARE(rowKeys(table), expected);
        QCOMPARE(table.scenarioColumnCount(), 3);
        for (int row = 0; row < table.rowCount(); ++row) {
            const ParamId id = *findParameter(table.rowKey(row).toStdString());
            for (int column = 0; column < 3; ++column)
                QCOMPARE(table.cellText(row, column).toStdString(),
                         formatValue(id, (*f.shownScenarios()[std::size_t(column)])[id]));
        }
    }

    void baseAgainstBearListsTheBearPreset() {
        Fixture f;
        Workspace ws = f.document.workspace();
        ws.compared = {"Base", "Bear: the escalator"};
        f.document.reset(ws, {});
        f.document.setCompareEnabled(true);
        f.refresh();
        const std::set<QString> expected = differingIds(f.shownScenarios());
        // MODEL.md's bear preset moves these (app revenue only if it differs from the default).
        for (const char* id : {"capex.utilization", "capex.economic_life", "capex.extra_price_decline",
                               "capex.sbc_share", "capex.industry_capex", "life.half_life_months"})
            QVERIFY2(expected.count(QString::fromLatin1(id)), id);
        QCOMPARE(rowKeys(*f.page.parameterTable()), expected);
        QCOMPARE(f.page.kpiTable()->scenarioColumnCount(), 2);
    }

    void differingApplicationsAreNoted() {
        Fixture f;
        QCOMPARE(rowOf(*f.page.parameterTable(), ParameterDiffTable::kApplicationsKey), -1);
        f.document.setActiveIndex(1);
        std::vector<Application> apps = f.document.activeScenario().applications;
        apps.push_back(Application{"legal_memo", "Legal memo", 0.05, 40});
        f.document.setApplications(apps, QStringLiteral("Add application"));
        f.refresh();
        const ParameterDiffTable& table = *f.page.parameterTable();
        const int row = rowOf(table, ParameterDiffTable::kApplicationsKey);
        QVERIFY(row >= 0);
        QCOMPARE(table.rowCount(), int(differingIds(f.shownScenarios()).size()) + 1);
        QVERIFY(table.cellText(row, 0).contains(QStringLiteral("Legal memo")));  // Bear, active
        QVERIFY(!table.cellText(row, 1).contains(QStringLiteral("Legal memo")));
        // The new application's unlock month appears as a KPI row, empty for the others.
        const KpiCompareTable& kpis = *f.page.kpiTable();
        const int unlock = rowOf(kpis, QStringLiteral("cost.unlock_month.legal_memo"));
        QVERIFY(unlock >= 0);
        QCOMPARE(kpis.cellText(unlock, 1), QStringLiteral("n/a"));
    }

    void compareOffShowsTheActiveScenarioAndAHint() {
        Fixture f;
        QVERIFY(f.page.hintText().isEmpty());
        f.document.setCompareEnabled(false);
        f.refresh();
        QCOMPARE(f.page.kpiTable()->scenarioColumnCount(), 1);
        QVERIFY(!f.page.hintText().isEmpty());
        QVERIFY(f.page.parameterTable()->isHidden());
    }

    void everyPageOverlaysTheComparedScenarios() {
        WorkspaceDocument document;
        MainWindow window(&document);
        document.setCompareEnabled(true);
        window.scheduler()->evaluateNow();
        const std::vector<QString> names = {QStringLiteral("Base"), QStringLiteral("Bear: the escalator"),
                                            QStringLiteral("Bull: the floor, not the ceiling")};
        int pagesWithCharts = 0;
        for (int index = 0; index < window.pages().size(); ++index) {
            window.showPage(index);  // hidden pages catch up when shown
            ModelPage* page = window.pages()[index];
            if (page->lineCharts().isEmpty()) continue;  // the Compare tables
            ++pagesWithCharts;
            bool overlaid = false;
            for (ChartWidget* chart : page->lineCharts()) {
                bool all = true;
                for (const QString& name : names) {
                    bool found = false;
                    for (SeriesHandle series : chart->allSeries())
                        found |= chart->seriesName(series) == name && chart->seriesVisible(series) &&
                                 !chart->points(series).isEmpty();
                    all &= found;
                }
                overlaid |= all;
            }
            QVERIFY2(overlaid, qPrintable(page->pageTitle()));
        }
        QCOMPARE(pagesWithCharts, 8);  // the Overview and the seven model pages
    }

    void compareTabIsTheLastShortcut() {
        WorkspaceDocument document;
        MainWindow window(&document);
        document.setCompareEnabled(true);
        window.scheduler()->evaluateNow();
        QAction* showCompare = nullptr;
        for (QAction* action : window.viewMenu()->actions())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_9)) showCompare = action;  // the ninth tab
        QVERIFY(showCompare);
        showCompare->trigger();
        auto* page = qobject_cast<ComparePage*>(window.currentPage());
        QVERIFY(page);
        QCOMPARE(page->kpiTable()->scenarioColumnCount(), 3);
        QCOMPARE(window.pageTabs()->tabText(window.pageTabs()->currentIndex()), page->pageTitle());
    }
};

QTEST_MAIN(TestCompare)
#include "test_compare.moc"
