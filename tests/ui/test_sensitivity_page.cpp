// The Sensitivity (tornado) page, driven as a user does: its bars read back
// against the core's sensitivity() and against plain evaluations at each
// end, the band spin box, a click on a bar selecting that parameter's slider
// in the parameter panel, and the tornado following the sliders.

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolBox>
#include <QtTest>
#include <cmath>

#include "MainWindow.h"
#include "analysis/KpiProbe.h"
#include "analysis/SensitivityPage.h"
#include "charts/TornadoChart.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "pages/PageRegistry.h"
#include "text/RegistryText.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

int sensitivityIndex() {
    const auto specs = pageSpecs();
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (specs[i].id == "sensitivity") return int(i);
    return -1;
}

// The bars the page should draw: the core's, moving ones only, at most kMaxBars.
std::vector<analysis::SensitivityBar> drawnBars(const analysis::SensitivityResult& result) {
    std::vector<analysis::SensitivityBar> bars;
    for (const auto& bar : result.bars)
        if (bar.swing && *bar.swing > 0 && int(bars.size()) < SensitivityPage::kMaxBars) bars.push_back(bar);
    return bars;
}

std::optional<double> kpiWith(Scenario scenario, ParamId param, double value, const std::string& kpi) {
    scenario[param] = value;
    return analysis::numericKpi(evaluate(scenario), kpi);
}

struct Fixture {
    WorkspaceDocument document;
    MainWindow window{&document};
    SensitivityPage* page = nullptr;

    Fixture() {
        const int index = sensitivityIndex();
        page = qobject_cast<SensitivityPage*>(window.pages().value(index));
        window.showPage(index);
        if (page) page->waitForResult();
    }
};

}  // namespace

class TestSensitivityPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pageIsInTheRegistry() {
        const int index = sensitivityIndex();
        QVERIFY(index >= 0);
        QCOMPARE(pageSpecs()[std::size_t(index)].inReport, false);
        Fixture f;
        QVERIFY(f.page);
        QCOMPARE(f.page->kpi(), QStringLiteral("capex.npv"));  // the meeting's question first
        QCOMPARE(f.page->bandBox()->value(), 20);
        // The default workspace carries no distributions: nothing to use.
        QVERIFY(!f.page->distributionsBox()->isEnabled());
        // Every numeric KPI is offered.
        QCOMPARE(f.page->kpiBox()->count(), int(analysis::numericKpiIds(f.document.activeScenario()).size()));
    }

    void barsReadBackAgainstTheCoreAndPlainEvaluations() {
        Fixture f;
        const Scenario scenario = f.document.activeScenario();
        const auto core = analysis::sensitivity(scenario, "capex.npv");
        const auto expected = drawnBars(core);
        TornadoChart* chart = f.page->tornado();
        QVERIFY(!expected.empty());
        QCOMPARE(chart->rowCount(), int(expected.size()));
        QCOMPARE(chart->base(), *analysis::numericKpi(evaluate(scenario), "capex.npv"));
        double previousSwing = INFINITY;
        for (int i = 0; i < chart->rowCount(); ++i) {
            const auto& bar = expected[std::size_t(i)];
            QCOMPARE(f.page->barParameters()[std::size_t(i)], bar.param);
            QCOMPARE(chart->row(i).label, registryLabel(spec(bar.param)));
            QCOMPARE(chart->row(i).low, *bar.kpiLow);
            QCOMPARE(chart->row(i).high, *bar.kpiHigh);
            // The ends re-evaluate to the numbers drawn.
            QCOMPARE(kpiWith(scenario, bar.param, bar.low, "capex.npv"), std::optional<double>(chart->row(i).low));
            QCOMPARE(kpiWith(scenario, bar.param, bar.high, "capex.npv"), std::optional<double>(chart->row(i).high));
            // ±20% of the value, inside the range.
            const double v = scenario[bar.param];
            if (v != 0 && !spec(bar.param).wholeNumber) {
                QCOMPARE(bar.low, clampToRange(bar.param, v * 0.8));
                QCOMPARE(bar.high, clampToRange(bar.param, v * 1.2));
            }
            // Largest swing first.
            const double swing = std::abs(chart->row(i).high - chart->row(i).low);
            QVERIFY(swing <= previousSwing);
            previousSwing = swing;
            QVERIFY(!chart->row(i).lowText.isEmpty());
            QVERIFY(chart->row(i).lowText.contains(QLatin1Char('$')));  // NPV in dollars, as the cards write it
        }
        // The meeting's question: rental price among the three largest swings of
        // NPV, economic life among the five (after GPU price, utilisation and the GPU share).
        const std::vector<ParamId> top(f.page->barParameters().begin(), f.page->barParameters().begin() + 5);
        QStringList names;
        for (int i = 0; i < chart->rowCount(); ++i) names << chart->row(i).label;
        QVERIFY2(std::find(top.begin(), top.end(), ParamId::CapexEconomicLife) != top.end(), qPrintable(names.join(", ")));
        QVERIFY2(std::find(top.begin(), top.begin() + 3, ParamId::CapexRentalPrice) != top.begin() + 3,
                 qPrintable(names.join(", ")));
    }

    void bandAndKpiChoicesRecompute() {
        Fixture f;
        f.page->bandBox()->setValue(10);
        f.page->waitForResult();
        const Scenario scenario = f.document.activeScenario();
        analysis::SensitivityOptions options;
        options.band = 0.1;
        const auto expected = drawnBars(analysis::sensitivity(scenario, "capex.npv", options));
        QCOMPARE(f.page->tornado()->rowCount(), int(expected.size()));
        for (int i = 0; i < f.page->tornado()->rowCount(); ++i)
            QCOMPARE(f.page->tornado()->row(i).low, *expected[std::size_t(i)].kpiLow);

        f.page->setKpi(QStringLiteral("capex.irr"));
        f.page->waitForResult();
        QCOMPARE(f.page->result().kpi, std::string("capex.irr"));
        const auto irr = drawnBars(analysis::sensitivity(scenario, "capex.irr", options));
        QCOMPARE(f.page->tornado()->rowCount(), int(irr.size()));
        QVERIFY(f.page->tornado()->row(0).lowText.endsWith(QLatin1Char('%')));  // IRR in per cent
    }

    void clickingABarSelectsItsSlider() {
        Fixture f;
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.page->waitForResult();
        TornadoChart* chart = f.page->tornado();
        QVERIFY(chart->rowCount() >= 2);
        QSignalSpy requested(f.page, &SensitivityPage::parameterRequested);
        const int row = 1;
        const ParamId param = f.page->barParameters()[row];
        QCOMPARE(chart->rowAt(chart->rowCenter(row)), row);
        QTest::mouseClick(chart->paintSurface(), Qt::LeftButton, {}, chart->rowCenter(row));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<ParamId>(), param);

        ParameterEditor* editor = f.window.parameterPanel()->editor(param);
        QVERIFY(editor);
        QVERIFY(f.window.parameterPanel()->sections()->currentWidget()->isAncestorOf(editor));
        QCOMPARE(f.window.focusWidget(), static_cast<QWidget*>(editor->slider()));
        QTRY_VERIFY(!editor->visibleRegion().isEmpty());

        // A click beside the bars selects nothing.
        QTest::mouseClick(chart->paintSurface(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(requested.count(), 1);

        // The keyboard too, from the row clicked: Down, then Up past the top (clamped), Enter selects.
        QCOMPARE(chart->currentRow(), row);
        QTest::keyClick(chart, Qt::Key_Down);
        QCOMPARE(chart->currentRow(), row + 1);
        for (int i = 0; i < 4; ++i) QTest::keyClick(chart, Qt::Key_Up);
        QCOMPARE(chart->currentRow(), 0);
        QTest::keyClick(chart, Qt::Key_Return);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.last().first().value<ParamId>(), f.page->barParameters()[0]);
    }

    void followsTheSliders() {
        Fixture f;
        const double before = f.page->tornado()->base();
        const double price = f.document.activeScenario()[ParamId::CapexRentalPrice];
        f.document.setParameter(ParamId::CapexRentalPrice, price * 1.5);
        QTRY_VERIFY(f.page->tornado()->base() != before);  // the evaluation reached the page
        f.page->waitForResult();
        const Scenario scenario = f.document.activeScenario();
        QCOMPARE(f.page->tornado()->base(), *analysis::numericKpi(evaluate(scenario), "capex.npv"));
        const auto expected = drawnBars(analysis::sensitivity(scenario, "capex.npv"));
        QCOMPARE(f.page->tornado()->rowCount(), int(expected.size()));
        for (int i = 0; i < f.page->tornado()->rowCount(); ++i) {
            QCOMPARE(f.page->tornado()->row(i).low, *expected[std::size_t(i)].kpiLow);
            QCOMPARE(f.page->tornado()->row(i).high, *expected[std::size_t(i)].kpiHigh);
        }
    }

    void distributionsGiveTheirP10ToP90WhenTicked() {
        Fixture f;
        Uncertainty uncertainty;
        uncertainty.set(ParamId::CapexEconomicLife, Distribution{DistributionKind::Uniform, 2, 6, 0});
        QVERIFY(f.document.setUncertainty(uncertainty, QStringLiteral("test")));
        QTRY_VERIFY(f.page->distributionsBox()->isEnabled());
        f.page->waitForResult();
        f.page->distributionsBox()->setChecked(true);
        f.page->waitForResult();
        const Scenario scenario = f.document.activeScenario();
        analysis::SensitivityOptions options;
        options.useDistributions = true;
        const auto expected = drawnBars(analysis::sensitivity(scenario, "capex.npv", options));
        QCOMPARE(f.page->tornado()->rowCount(), int(expected.size()));
        bool found = false;
        for (int i = 0; i < f.page->tornado()->rowCount(); ++i) {
            const auto& bar = expected[std::size_t(i)];
            QCOMPARE(f.page->tornado()->row(i).low, *bar.kpiLow);
            if (bar.param != ParamId::CapexEconomicLife) continue;
            found = true;
            // Uniform(2, 6): P10 = 2.4, P90 = 5.6 years.
            QVERIFY(bar.fromDistribution);
            QVERIFY(std::abs(bar.low - 2.4) < 1e-9);
            QVERIFY(std::abs(bar.high - 5.6) < 1e-9);
            QVERIFY(f.page->tornado()->row(i).toolTip.contains(QStringLiteral("P10–P90")));
        }
        QVERIFY(found);
    }

    void nullEndsAreListedWithTheirEnd() {
        Fixture f;
        const Scenario scenario = f.document.activeScenario();
        // A KPI with a value at the scenario and a parameter whose end gives a
        // null: found by the core, named under the chart with the null end.
        bool named = false;
        for (const std::string& kpi : analysis::numericKpiIds(scenario)) {
            const auto result = analysis::sensitivity(scenario, kpi);
            const auto nullBar = std::find_if(result.bars.begin(), result.bars.end(),
                                              [](const auto& bar) { return !bar.swing; });
            if (!result.value || nullBar == result.bars.end()) continue;
            f.page->setKpi(QString::fromStdString(kpi));
            f.page->waitForResult();
            const QString text = f.page->nullList()->text();
            QVERIFY2(text.contains(registryLabel(spec(nullBar->param)).toHtmlEscaped()), qPrintable(text));
            const QString end = !nullBar->kpiLow && !nullBar->kpiHigh ? QStringLiteral("null at both ends")
                              : !nullBar->kpiLow                      ? QStringLiteral("null at its low end")
                                                                      : QStringLiteral("null at its high end");
            QVERIFY2(text.contains(end), qPrintable(text));
            // Not drawn as a bar.
            for (ParamId drawn : f.page->barParameters()) QVERIFY(drawn != nullBar->param);
            named = true;
            break;
        }
        QVERIFY(named);

        // A KPI null at the scenario: the parameters null at both ends are counted, not named.
        for (const std::string& kpi : analysis::numericKpiIds(scenario)) {
            const auto result = analysis::sensitivity(scenario, kpi);
            if (result.value) continue;
            const auto bothNull = std::count_if(result.bars.begin(), result.bars.end(),
                                                [](const auto& bar) { return !bar.kpiLow && !bar.kpiHigh; });
            f.page->setKpi(QString::fromStdString(kpi));
            f.page->waitForResult();
            QCOMPARE(f.page->tornado()->rowCount(), 0);
            const QString text = f.page->nullList()->text();
            QVERIFY2(text.contains(QStringLiteral("Parameters that leave this KPI null at both ends: %1.").arg(bothNull)),
                     qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("null at both ends (")), qPrintable(text));
            return;
        }
        QFAIL("no KPI of the default scenario is null");
    }
};

QTEST_MAIN(TestSensitivityPage)
#include "test_sensitivity_page.moc"
