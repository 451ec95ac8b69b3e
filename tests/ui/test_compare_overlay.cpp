// Compare mode as a user sees it: with up to four scenarios compared, every
// chart overlays one series per scenario (a chart that shows the active
// scenario only says so in its title), each scenario keeps one colour on
// every chart of every page (and in the scenario list's swatches), and the
// legends name the scenarios. Series are read back from the Qt Charts objects
// the pages draw, not from the pages' own bookkeeping.

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QXYSeries>
#include <QtTest>
#include <algorithm>
#include <map>
#include <set>

#include "MainWindow.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
#include "style/Palette.h"
#include "workspace/ScenarioCommands.h"
#include "workspace/ScenarioListPanel.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

struct DrawnSeries {
    QString name;
    QColor color;
    bool visible = false;
    qsizetype points = 0;
};

// Every line / scatter series a chart draws, as Qt Charts holds it.
QList<DrawnSeries> drawnSeries(const ChartWidget* chart) {
    QList<DrawnSeries> drawn;
    const auto* view = chart->findChild<QChartView*>();
    if (!view) return drawn;
    for (const QAbstractSeries* abstract : view->chart()->series())
        if (const auto* series = qobject_cast<const QXYSeries*>(abstract))
            drawn.append({series->name(), series->color(), series->isVisible(), series->count()});
    return drawn;
}

// Names of the legend entries a person can see.
std::set<QString> legendNames(const ChartWidget* chart) {
    std::set<QString> names;
    const auto* view = chart->findChild<QChartView*>();
    if (!view || !view->chart()->legend()->isVisible()) return names;
    for (QLegendMarker* marker : view->chart()->legend()->markers())
        if (marker->isVisible() && marker->series()->isVisible()) names.insert(marker->label());
    return names;
}

// The scenario a series belongs to: named after it ("Bear") or after it and
// a role ("Bear: pretrain").
std::map<QString, QColor>::const_iterator scenarioOf(const std::map<QString, QColor>& scenarios,
                                                     const QString& seriesName) {
    for (auto it = scenarios.begin(); it != scenarios.end(); ++it)
        if (seriesName == it->first || seriesName.startsWith(it->first + QStringLiteral(": "))) return it;
    return scenarios.end();
}

struct Fixture {
    WorkspaceDocument document;
    MainWindow window{&document};

    explicit Fixture(bool fourScenarios) {
        if (fourScenarios)  // tick Thin team too: all four scenarios of the default workspace
            pushWorkspaceEdit(&document, scenario_ops::setCompared(document.workspace(), 3, true));
        document.setCompareEnabled(true);
        window.show();  // legends lay out their entries when shown
        window.scheduler()->evaluateNow();
    }
    ~Fixture() { document.markSaved(); }
};

}  // namespace

class TestCompareOverlay : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LeverboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_compare_overlay"));
        QSettings().clear();
    }

    // Colour slots: compared scenarios keep their place in the set whichever
    // is active; an active scenario outside the set takes the first free slot.
    void colourSlotsAreStable() {
        WorkspaceDocument document;  // compares Base, Bear, Bull; Thin team is not compared
        QCOMPARE(document.colorSlots(), std::vector<int>{0});  // compare off: the active one only
        document.setCompareEnabled(true);
        QCOMPARE(document.visibleScenarios(), (std::vector<int>{0, 1, 2}));
        QCOMPARE(document.colorSlots(), (std::vector<int>{0, 1, 2}));
        document.setActiveIndex(2);  // Bull leads the views but keeps its colour
        QCOMPARE(document.visibleScenarios(), (std::vector<int>{2, 0, 1}));
        QCOMPARE(document.colorSlots(), (std::vector<int>{2, 0, 1}));
        document.setActiveIndex(3);  // Thin team, not compared: the fourth colour
        QCOMPARE(document.visibleScenarios(), (std::vector<int>{3, 0, 1, 2}));
        QCOMPARE(document.colorSlots(), (std::vector<int>{3, 0, 1, 2}));
    }

    void everyPageOverlaysEachScenarioInItsOwnColour_data() {
        QTest::addColumn<bool>("fourScenarios");
        QTest::addColumn<int>("active");
        QTest::newRow("three, Base active") << false << 0;
        QTest::newRow("four, Base active") << true << 0;
        QTest::newRow("four, Bull active") << true << 2;
    }

    void everyPageOverlaysEachScenarioInItsOwnColour() {
        QFETCH(bool, fourScenarios);
        QFETCH(int, active);
        Fixture f(fourScenarios);
        f.document.setActiveIndex(active);
        f.window.scheduler()->evaluateNow();

        const std::vector<ScenarioView>& views = f.window.scheduler()->views();
        QCOMPARE(int(views.size()), fourScenarios ? 4 : 3);
        QCOMPARE(views.front().scenarioIndex, active);  // the active scenario leads
        std::map<QString, QColor> colorOf;
        std::set<QRgb> distinct;
        const std::vector<std::string>& compared = f.document.workspace().compared;
        for (std::size_t slot = 0; slot < views.size(); ++slot) {
            // A scenario's colour is its place in the comparison set, whichever
            // scenario is active: switching does not recolour the charts.
            const auto place = std::find(compared.begin(), compared.end(), views[slot].name.toStdString());
            QVERIFY(place != compared.end());
            QCOMPARE(views[slot].color, scenarioColor(int(place - compared.begin())));
            colorOf[views[slot].name] = views[slot].color;
            distinct.insert(views[slot].color.rgb());
        }
        QCOMPARE(distinct.size(), views.size());  // one colour per scenario

        int pagesWithCharts = 0;
        for (int index = 0; index < f.window.pages().size(); ++index) {
            f.window.showPage(index);  // pages off screen catch up when shown
            QCoreApplication::processEvents();
            ModelPage* page = f.window.pages()[index];
            if (page->lineCharts().isEmpty()) continue;  // the Compare page's tables
            ++pagesWithCharts;
            int overlaidCharts = 0;
            for (ChartWidget* chart : page->lineCharts()) {
                std::set<QString> shown;
                for (const DrawnSeries& series : drawnSeries(chart)) {
                    const auto scenario = scenarioOf(colorOf, series.name);
                    if (scenario == colorOf.end() || !series.visible) continue;
                    // The scenario's colour, on every chart of every page.
                    QVERIFY2(series.color == scenario->second,
                             qPrintable(QStringLiteral("%1 / %2: %3 drawn in %4, expected %5")
                                            .arg(page->pageTitle(), chart->title(), series.name,
                                                 series.color.name(), scenario->second.name())));
                    if (series.points > 0) shown.insert(scenario->first);
                }
                // A chart that does not overlay says so in its title.
                if (chart->title().contains(QStringLiteral("active scenario"), Qt::CaseInsensitive)) continue;
                QVERIFY2(shown.size() == colorOf.size(),
                         qPrintable(page->pageTitle() + QStringLiteral(" / ") + chart->title() +
                                    QStringLiteral(": %1 of %2 scenarios").arg(shown.size()).arg(colorOf.size())));
                ++overlaidCharts;
                // The legend says which line is which scenario.
                std::set<QString> legend;
                for (const QString& label : legendNames(chart))
                    if (const auto scenario = scenarioOf(colorOf, label); scenario != colorOf.end())
                        legend.insert(scenario->first);
                for (const auto& [name, color] : colorOf)
                    QVERIFY2(legend.count(name),
                             qPrintable(page->pageTitle() + QStringLiteral(" / ") + chart->title() +
                                        QStringLiteral(": no legend entry ") + name));
            }
            QVERIFY2(overlaidCharts > 0, qPrintable(page->pageTitle()));
            qInfo("%s: %d of %d charts overlay all %d scenarios", qPrintable(page->pageTitle()), overlaidCharts,
                  int(page->lineCharts().size()), int(colorOf.size()));
        }
        QCOMPARE(pagesWithCharts, 8);  // the Overview and the seven model pages
    }

    void scenarioListSwatchesUseTheChartColours() {
        Fixture f(true);
        QListWidget* list = f.window.scenarioPanel()->list();
        const std::vector<ScenarioView>& views = f.window.scheduler()->views();
        for (const ScenarioView& view : views) {
            const QImage swatch = list->item(view.scenarioIndex)->icon().pixmap(12, 12).toImage();
            QCOMPARE(swatch.pixelColor(6, 6).rgb(), view.color.rgb());
        }
    }

    void compareOffShowsOnlyTheActiveScenario() {
        Fixture f(true);
        const std::set<QString> others = {QStringLiteral("Bear: the escalator"),
                                          QStringLiteral("Bull: the floor, not the ceiling"),
                                          QStringLiteral("Thin team")};
        // Lines of the other scenarios each page draws (or their "name: role" lines).
        auto othersDrawn = [&](int index) {
            f.window.showPage(index);  // pages off screen catch up when shown
            QCoreApplication::processEvents();
            QStringList drawn;
            for (ChartWidget* chart : f.window.pages()[index]->lineCharts())
                for (const DrawnSeries& series : drawnSeries(chart))
                    for (const QString& other : others)
                        if (series.visible &&
                            (series.name == other || series.name.startsWith(other + QStringLiteral(": "))))
                            drawn << chart->title() + QStringLiteral(" / ") + series.name;
            return drawn;
        };
        // Compared, every page with charts draws them: the check below is not
        // passed by names that were never there.
        int pagesWithCharts = 0;
        for (int index = 0; index < f.window.pages().size(); ++index) {
            if (f.window.pages()[index]->lineCharts().isEmpty()) continue;  // the Compare page's tables
            ++pagesWithCharts;
            QVERIFY2(!othersDrawn(index).isEmpty(), qPrintable(f.window.pages()[index]->pageTitle()));
        }
        QCOMPARE(pagesWithCharts, 8);  // the Overview and the seven model pages

        f.document.setCompareEnabled(false);
        f.window.scheduler()->evaluateNow();
        QCOMPARE(f.window.scheduler()->views().size(), std::size_t(1));
        for (int index = 0; index < f.window.pages().size(); ++index)
            QCOMPARE(othersDrawn(index), QStringList());
    }
};

QTEST_MAIN(TestCompareOverlay)
#include "test_compare_overlay.moc"
