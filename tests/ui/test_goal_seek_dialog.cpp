// Goal seek as a user meets it: Tools ▸ Goal seek… and "What would it take?"
// on a KPI card open the dialog with that KPI chosen and its natural
// threshold as the target; the answer re-evaluates to the target; Apply is
// one undoable edit that never merges with the slider drag before it; a
// target no value reaches gets the plain sentence with the closest point.

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>
#include <cmath>

#include "MainWindow.h"
#include "analysis/GoalSeekDialog.h"
#include "analysis/KpiProbe.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "pages/ModelPage.h"
#include "pages/PageRegistry.h"
#include "widgets/KpiCard.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

KpiCard* findCard(MainWindow& window, const QString& kpiId) {
    for (KpiCard* card : window.findChildren<KpiCard*>())
        if (card->kpiId() == kpiId) return card;
    return nullptr;
}

std::optional<double> kpiWith(Scenario scenario, ParamId param, double value, const std::string& kpi) {
    scenario[param] = value;
    return analysis::numericKpi(evaluate(scenario), kpi);
}

}  // namespace

class TestGoalSeek : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void targetParsesAsTheCardsWriteIt() {
        QCOMPARE(GoalSeekDialog::parseTarget("capex.npv", QStringLiteral("$1.5B")), std::optional<double>(1.5e9));
        QCOMPARE(GoalSeekDialog::parseTarget("capex.npv", QStringLiteral("-$120K")), std::optional<double>(-120e3));
        QCOMPARE(GoalSeekDialog::parseTarget("capex.npv", QStringLiteral("\u2212$2M")), std::optional<double>(-2e6));
        QCOMPARE(GoalSeekDialog::parseTarget("capex.irr", QStringLiteral("8%")), std::optional<double>(0.08));
        QCOMPARE(GoalSeekDialog::parseTarget("capex.irr", QStringLiteral("12.5")), std::optional<double>(0.125));
        QCOMPARE(GoalSeekDialog::parseTarget("capex.npv", QStringLiteral("lots")), std::nullopt);
        QCOMPARE(GoalSeekDialog::parseTarget("capex.npv", QString()), std::nullopt);
        // Round trip of the prefilled text.
        QCOMPARE(GoalSeekDialog::parseTarget("capex.irr", GoalSeekDialog::targetText("capex.irr", 0.07)),
                 std::optional<double>(0.07));
    }

    void appliedThenUndoneIsOneStep() {
        WorkspaceDocument document;
        // A slider drag just before: the applied answer must not merge into it.
        const double start = document.activeScenario()[ParamId::CapexUtilization];
        const int drag = WorkspaceDocument::newDragSession();
        document.setParameter(ParamId::CapexUtilization, 0.5, drag);
        document.setParameter(ParamId::CapexUtilization, 0.45, drag);
        const int steps = document.undoStack()->count();

        GoalSeekDialog dialog(&document);
        dialog.setKpi(QStringLiteral("capex.npv"));
        QCOMPARE(dialog.target(), std::optional<double>(0.0));  // NPV's natural threshold
        dialog.setParameter(ParamId::CapexUtilization);
        dialog.waitForAnswer();
        QVERIFY(dialog.answer());
        const analysis::GoalSeekResult answer = *dialog.answer();
        QVERIFY2(answer.solved, answer.message.c_str());
        QCOMPARE(answer.param, ParamId::CapexUtilization);
        // The root re-evaluates to the target (NPV = 0) within a dollar-scale tolerance.
        const auto npv = kpiWith(document.activeScenario(), answer.param, answer.value, "capex.npv");
        QVERIFY(npv);
        const auto npvAtStart = analysis::numericKpi(evaluate(document.activeScenario()), "capex.npv");
        QVERIFY(std::abs(*npv) < 1e-6 * std::abs(*npvAtStart) + 1.0);
        QVERIFY(dialog.answerLabel()->text().contains(QStringLiteral("Utilization")));
        QVERIFY(dialog.applyButton()->isEnabled());

        dialog.applyButton()->click();
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.activeScenario()[ParamId::CapexUtilization], answer.value);
        document.undoStack()->undo();
        QCOMPARE(document.activeScenario()[ParamId::CapexUtilization], 0.45);  // the drag's end, not before it
        document.undoStack()->undo();
        QCOMPARE(document.activeScenario()[ParamId::CapexUtilization], start);
        document.undoStack()->redo();
        document.undoStack()->redo();
        QCOMPARE(document.activeScenario()[ParamId::CapexUtilization], answer.value);
        // Solved where it stands now: nothing left to apply.
        dialog.waitForAnswer();
        QVERIFY(!dialog.applyButton()->isEnabled());
    }

    void noSolutionSaysSoWithTheClosestPoint() {
        WorkspaceDocument document;
        GoalSeekDialog dialog(&document);
        dialog.setKpi(QStringLiteral("capex.npv"));
        dialog.setParameter(ParamId::CapexUtilization);
        dialog.setTargetText(QStringLiteral("$1000T"));
        dialog.waitForAnswer();
        QVERIFY(dialog.answer());
        const analysis::GoalSeekResult answer = *dialog.answer();
        QVERIFY(!answer.solved);
        QVERIFY(answer.closestValue && answer.closestKpi);
        QCOMPARE(kpiWith(document.activeScenario(), answer.param, *answer.closestValue, "capex.npv"),
                 answer.closestKpi);
        const QString text = dialog.answerLabel()->text();
        QVERIFY2(text.startsWith(QStringLiteral("No value of Utilization in [5%, 100%] reaches "
                                                "NPV = $1000T.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("The closest is NPV = ")), qPrintable(text));
        QVERIFY(!dialog.applyButton()->isEnabled());
        const int steps = document.undoStack()->count();
        dialog.applyButton()->click();
        QCOMPARE(document.undoStack()->count(), steps);

        dialog.setTargetText(QStringLiteral("many"));
        QVERIFY(dialog.answerLabel()->text().startsWith(QStringLiteral("Type the target as a number")));
        QVERIFY(!dialog.answer());
    }

    void cardContextMenuOpensTheDialogWithItsKpi() {
        WorkspaceDocument document;
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        KpiCard* card = findCard(window, QStringLiteral("capex.roic_economic"));
        QVERIFY(card);
        QCOMPARE(card->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(card->goalSeekAction());
        QVERIFY(card->actions().contains(card->goalSeekAction()));
        QCOMPARE(card->goalSeekAction()->text(), QStringLiteral("What would it take?…"));
        QVERIFY(!window.findChild<GoalSeekDialog*>());
        card->goalSeekAction()->trigger();
        auto* dialog = window.findChild<GoalSeekDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->kpi(), QStringLiteral("capex.roic_economic"));
        // The economic ROIC's line is the cost of capital: the target starts there.
        const double wacc = document.activeScenario()[ParamId::CapexWacc];
        QVERIFY(dialog->target());
        QVERIFY(std::abs(*dialog->target() - wacc) < 1e-6);
        dialog->waitForAnswer();
        QVERIFY(dialog->answer());

        // A text KPI has no goal seek.
        for (KpiCard* any : window.findChildren<KpiCard*>())
            if (any->kpiId() == QStringLiteral("chips.best")) QVERIFY(!any->goalSeekAction());
    }

    void toolsMenuOpensIt() {
        WorkspaceDocument document;
        MainWindow window(&document);
        auto* action = window.findChild<QAction*>(QStringLiteral("GoalSeekAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
        action->trigger();
        auto* dialog = window.findChild<GoalSeekDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->kpi(), QStringLiteral("capex.npv"));
        QVERIFY(dialog->parameter());
        dialog->waitForAnswer();
        QVERIFY(dialog->answer());
    }
};

QTEST_MAIN(TestGoalSeek)
#include "test_goal_seek_dialog.moc"
