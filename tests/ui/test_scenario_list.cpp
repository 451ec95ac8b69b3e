// The scenario list: every scenario operation changes the workspace as
// expected and is exactly one undo step; refusals leave everything as it was;
// switching the active scenario is a view change.

#include <QAction>
#include <QFocusEvent>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QUndoStack>
#include <QtTest>

#include "MainWindow.h"
#include "document/WorkspaceDocument.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"
#include "workspace/ScenarioCommands.h"
#include "workspace/ScenarioListPanel.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

const std::string kBase = "Base";
const std::string kBear = "Bear: the escalator";
const std::string kBull = "Bull: the floor, not the ceiling";
const std::string kThin = "Thin team";
const std::string kInfra = "Infra: 100k Blackwell on a power-limited site";

std::vector<std::string> names(const Workspace& workspace) {
    std::vector<std::string> result;
    for (const Scenario& s : workspace.scenarios) result.push_back(s.name);
    return result;
}

// Undo gives back `before` exactly, redo gives back `after` exactly, and the
// operation was one step.
void checkOneUndoStep(WorkspaceDocument& document, const Workspace& before, const Workspace& after) {
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.workspace() == after);
    document.undoStack()->undo();
    QVERIFY(document.workspace() == before);
    document.undoStack()->redo();
    QVERIFY(document.workspace() == after);
}

// The list shows the document: one row per scenario, names, ticks, the
// active row current.
void checkListMatches(const ScenarioListPanel& panel, const WorkspaceDocument& document) {
    const Workspace& ws = document.workspace();
    QListWidget* list = panel.list();
    QCOMPARE(list->count(), int(ws.scenarios.size()));
    QCOMPARE(list->currentRow(), ws.active);
    for (int row = 0; row < list->count(); ++row) {
        QCOMPARE(list->item(row)->text().toStdString(), ws.scenarios[std::size_t(row)].name);
        const bool compared =
            std::find(ws.compared.begin(), ws.compared.end(), ws.scenarios[std::size_t(row)].name) !=
            ws.compared.end();
        QCOMPARE(list->item(row)->checkState() == Qt::Checked, compared);
    }
    QCOMPARE(panel.notesEditor()->toPlainText().toStdString(), document.activeScenario().notes);
}

// Where the style draws a row's check box (a geometry query, as the delegate does).
QPoint checkBoxCenter(QListWidget* list, int row) {
    QListWidgetItem* item = list->item(row);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualItemRect(item);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay |
                      QStyleOptionViewItem::HasDecoration;
    option.decorationSize = list->iconSize();
    return list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list).center();
}

}  // namespace

class TestScenarioList : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LeverboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_scenario_list"));
    }

    void defaultListShowsWorkspace() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        QCOMPARE(names(document.workspace()), (std::vector<std::string>{kBase, kBear, kBull, kThin, kInfra}));
        checkListMatches(panel, document);
        QVERIFY(panel.list()->item(0)->font().bold());
        QVERIFY(!panel.list()->item(1)->font().bold());
    }

    void addCreatesDefaultScenario() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        const Workspace before = document.workspace();
        panel.addScenarioAction()->trigger();

        Workspace expected = before;
        Scenario fresh;  // every parameter at its registry default
        for (const ParameterSpec& p : parameters()) fresh[p.param] = p.defaultValue;
        fresh.name = "New scenario";
        fresh.notes.clear();
        fresh.applications = defaultApplications();
        expected.scenarios.push_back(fresh);
        expected.active = int(before.scenarios.size());  // the new last row
        checkOneUndoStep(document, before, expected);
        checkListMatches(panel, document);

        // A second one gets a name of its own.
        panel.addScenarioAction()->trigger();
        QCOMPARE(document.activeScenario().name, std::string("New scenario (2)"));
        QCOMPARE(document.undoStack()->count(), 2);
    }

    void duplicateCopiesTheActiveScenario() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        document.setActiveIndex(1);
        const Workspace before = document.workspace();
        panel.duplicateAction()->trigger();

        Workspace expected = before;
        Scenario copy = before.scenarios[1];
        copy.name = kBear + " (copy)";
        expected.scenarios.insert(expected.scenarios.begin() + 2, copy);
        expected.active = 2;  // the copy, right after its source
        checkOneUndoStep(document, before, expected);
        checkListMatches(panel, document);
        // Not compared just because its source is.
        QCOMPARE(document.workspace().compared, before.compared);

        document.setActiveIndex(1);
        panel.duplicateAction()->trigger();
        QCOMPARE(document.activeScenario().name, kBear + " (copy) (2)");
        QCOMPARE(document.activeIndex(), 2);
    }

    void renameInlineChangesNameAndComparisonSet() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        const Workspace before = document.workspace();
        // An inline edit ends with the item's text changing.
        panel.list()->item(1)->setText(QStringLiteral("  Bear case "));

        Workspace expected = before;
        expected.scenarios[1].name = "Bear case";  // trimmed
        expected.compared = {kBase, "Bear case", kBull};
        checkOneUndoStep(document, before, expected);
        checkListMatches(panel, document);
    }

    void renameRefusesEmptyAndTakenNames() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        const Workspace before = document.workspace();

        panel.list()->item(1)->setText(QStringLiteral("   "));
        QVERIFY(document.workspace() == before);
        QVERIFY(!panel.message().isEmpty());
        QCOMPARE(panel.list()->item(1)->text().toStdString(), kBear);  // the edit is taken back

        panel.list()->item(1)->setText(QString::fromStdString(kBull));
        QVERIFY(document.workspace() == before);
        QVERIFY(panel.message().contains(QString::fromStdString(kBull)));
        QCOMPARE(panel.list()->item(1)->text().toStdString(), kBear);

        QVERIFY(!panel.renameScenario(2, QString::fromStdString(kBase)));
        QVERIFY(document.workspace() == before);
        QCOMPARE(document.undoStack()->count(), 0);

        // The same name (or the same name with spaces) is no edit at all.
        QVERIFY(panel.renameScenario(1, QString::fromStdString(" " + kBear)));
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void deleteRemovesScenarioAndUndoRestoresIt() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        document.setActiveIndex(1);
        const Workspace before = document.workspace();
        panel.deleteAction()->trigger();

        Workspace expected = before;
        expected.scenarios.erase(expected.scenarios.begin() + 1);
        expected.compared = {kBase, kBull};
        expected.active = 1;  // its neighbour, Bull
        checkOneUndoStep(document, before, expected);
        checkListMatches(panel, document);

        document.undoStack()->undo();
        QCOMPARE(document.activeIndex(), 1);
        QCOMPARE(document.activeScenario().name, kBear);
        checkListMatches(panel, document);
    }

    void deletingTheLastRowMovesActiveUp() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        const int last = int(document.workspace().scenarios.size()) - 1;
        document.setActiveIndex(last);
        const Workspace before = document.workspace();
        panel.deleteAction()->trigger();
        Workspace expected = before;
        expected.scenarios.pop_back();
        expected.active = last - 1;
        checkOneUndoStep(document, before, expected);
        document.undoStack()->undo();
        QCOMPARE(document.activeIndex(), last);
        checkListMatches(panel, document);
    }

    void deletingBeforeTheActiveKeepsItActive() {
        Workspace ws = defaultWorkspace();
        ws.active = 2;
        const WorkspaceEdit edit = scenario_ops::deleteScenario(ws, 0);
        QVERIFY(edit.accepted());
        QCOMPARE(edit.after->active, 1);
        QCOMPARE(edit.after->activeScenario().name, kBull);
    }

    void deletingTheLastScenarioIsRefused() {
        Workspace single = defaultWorkspace();
        single.scenarios.resize(1);
        single.compared = {kBase};
        WorkspaceDocument document;
        document.reset(single, {});
        ScenarioListPanel panel(&document);
        QVERIFY(!panel.deleteAction()->isEnabled());
        panel.deleteAction()->trigger();
        QVERIFY(document.workspace() == single);

        const WorkspaceEdit edit = scenario_ops::deleteScenario(single, 0);
        QVERIFY(!edit.accepted());
        QVERIFY(edit.refused());
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void moveUpAndDownReorderAndActiveFollows() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        document.setActiveIndex(1);
        const Workspace before = document.workspace();
        panel.moveDownAction()->trigger();

        Workspace expected = before;
        std::swap(expected.scenarios[1], expected.scenarios[2]);
        expected.active = 2;  // Bear moved with the active index
        checkOneUndoStep(document, before, expected);
        checkListMatches(panel, document);

        document.undoStack()->undo();
        panel.moveUpAction()->trigger();
        Workspace up = before;
        std::swap(up.scenarios[0], up.scenarios[1]);
        up.active = 0;
        QVERIFY(document.workspace() == up);
        QVERIFY(!panel.moveUpAction()->isEnabled());  // already on top
        QVERIFY(panel.moveDownAction()->isEnabled());

        // Moving a scenario across the active one keeps the active scenario.
        Workspace ws = defaultWorkspace();
        ws.active = 2;
        const WorkspaceEdit edit = scenario_ops::moveScenario(ws, 3, -1);
        QCOMPARE(edit.after->activeScenario().name, kBull);
        QCOMPARE(edit.after->active, 3);
    }

    void shortcutsAreBoundToTheListOnly() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        const struct {
            QAction* action;
            QKeySequence keys;
        } expected[] = {{panel.deleteAction(), QKeySequence(QKeySequence::Delete)},
                        {panel.renameAction(), QKeySequence(Qt::Key_F2)},
                        {panel.moveUpAction(), QKeySequence(Qt::ALT | Qt::Key_Up)},
                        {panel.moveDownAction(), QKeySequence(Qt::ALT | Qt::Key_Down)}};
        for (const auto& e : expected) {
            QCOMPARE(e.action->shortcut(), e.keys);
            // Del typed into the notes must not delete the scenario.
            QCOMPARE(e.action->shortcutContext(), Qt::WidgetShortcut);
            QVERIFY(panel.list()->actions().contains(e.action));
            QVERIFY(!panel.notesEditor()->actions().contains(e.action));
        }
    }

    void compareCheckboxesAreLimitedToFour() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        const Workspace before = document.workspace();
        panel.list()->item(3)->setCheckState(Qt::Checked);  // Thin team: the fourth
        Workspace expected = before;
        expected.compared.push_back(kThin);
        checkOneUndoStep(document, before, expected);

        panel.addScenarioAction()->trigger();  // one more scenario, not compared
        const Workspace withFive = document.workspace();
        const int added = int(withFive.scenarios.size()) - 1;
        const int steps = document.undoStack()->count();
        panel.list()->item(added)->setCheckState(Qt::Checked);
        QVERIFY(document.workspace() == withFive);
        QCOMPARE(document.undoStack()->count(), steps);
        QCOMPARE(panel.list()->item(added)->checkState(), Qt::Unchecked);
        QVERIFY(panel.message().contains(QStringLiteral("4")));
        QCOMPARE(scenario_ops::comparedCount(document.workspace()), 4);

        // Unticking one frees a place.
        panel.list()->item(1)->setCheckState(Qt::Unchecked);
        panel.list()->item(added)->setCheckState(Qt::Checked);
        QCOMPARE(document.workspace().compared, (std::vector<std::string>{kBase, kBull, kThin, "New scenario"}));
        QCOMPARE(document.undoStack()->count(), steps + 2);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QVERIFY(document.workspace() == withFive);
    }

    void clickingACheckBoxDoesNotSwitchScenario() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        panel.resize(260, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QListWidget* list = panel.list();

        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, checkBoxCenter(list, 3));
        QCOMPARE(document.activeIndex(), 0);
        QCOMPARE(document.workspace().compared.back(), kThin);
        QCOMPARE(document.undoStack()->count(), 1);

        // A click on the name makes it active and leaves the tick alone.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(2)).center());
        QCOMPARE(document.activeIndex(), 2);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(scenario_ops::comparedCount(document.workspace()), 4);
    }

    void switchingScenarioIsAViewChange() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        QSignalSpy switched(&document, &WorkspaceDocument::activeScenarioChanged);
        panel.list()->setCurrentRow(2);
        QCOMPARE(document.activeIndex(), 2);
        QCOMPARE(document.activeScenario().name, kBull);
        QCOMPARE(switched.count(), 1);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
        QCOMPARE(panel.notesEditor()->toPlainText().toStdString(), document.workspace().scenarios[2].notes);

        // And the other way: the list follows the document.
        document.setActiveIndex(3);
        QCOMPARE(panel.list()->currentRow(), 3);
        QVERIFY(panel.list()->item(3)->font().bold());
        QVERIFY(!panel.list()->item(2)->font().bold());
    }

    void compareToggleIsBoundToTheDocument() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        QVERIFY(!panel.compareAction()->isChecked());
        panel.compareAction()->trigger();
        QVERIFY(document.compareEnabled());
        QCOMPARE(document.undoStack()->count(), 0);  // a view change
        document.setCompareEnabled(false);
        QVERIFY(!panel.compareAction()->isChecked());
        // Swatches appear in compare mode only.
        QVERIFY(panel.list()->item(1)->icon().pixmap(12, 12).toImage().pixelColor(6, 6).alpha() == 0);
        document.setCompareEnabled(true);
        QCOMPARE(panel.list()->item(1)->icon().pixmap(12, 12).toImage().pixelColor(6, 6).alpha(), 255);
    }

    void notesEditIsOneUndoStep() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        const Workspace before = document.workspace();
        QPlainTextEdit* notes = panel.notesEditor();
        notes->moveCursor(QTextCursor::End);
        QTest::keyClicks(notes, QStringLiteral(" Checked in May."));
        QCOMPARE(document.undoStack()->count(), 0);  // still typing

        QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
        QCoreApplication::sendEvent(notes, &focusOut);
        Workspace expected = before;
        expected.scenarios[0].notes += " Checked in May.";
        checkOneUndoStep(document, before, expected);

        document.undoStack()->undo();
        QCOMPARE(notes->toPlainText().toStdString(), before.scenarios[0].notes);
    }

    void notesAreCommittedAfterAnIdleSecond() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        QPlainTextEdit* notes = panel.notesEditor();
        notes->moveCursor(QTextCursor::End);
        QTest::keyClicks(notes, QStringLiteral("abc"));
        QTest::qWait(ScenarioListPanel::kNotesIdleMs / 2);
        QCOMPARE(document.undoStack()->count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(document.undoStack()->count(), 1, 3 * ScenarioListPanel::kNotesIdleMs);
        QCOMPARE(document.activeScenario().notes, defaultWorkspace().scenarios[0].notes + "abc");
    }

    void pendingNotesGoToTheirScenarioBeforeASwitch() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        QPlainTextEdit* notes = panel.notesEditor();
        notes->selectAll();
        QTest::keyClicks(notes, QStringLiteral("Rewritten"));
        panel.list()->setCurrentRow(1);
        QCOMPARE(document.workspace().scenarios[0].notes, std::string("Rewritten"));
        QCOMPARE(document.activeIndex(), 1);
        QCOMPARE(notes->toPlainText().toStdString(), document.workspace().scenarios[1].notes);
        QCOMPARE(document.undoStack()->count(), 1);
    }

    // A random walk of operations and undo/redo: the list always shows the
    // document, the active index is always valid, and undoing everything
    // gives back the start exactly.
    void randomOperationsNeverDesync() {
        WorkspaceDocument document;
        ScenarioListPanel panel(&document);
        const Workspace start = document.workspace();
        QRandomGenerator random(20240611);
        for (int step = 0; step < 300; ++step) {
            const int count = int(document.workspace().scenarios.size());
            switch (random.bounded(9)) {
            case 0: panel.addScenarioAction()->trigger(); break;
            case 1: panel.duplicateAction()->trigger(); break;
            case 2: panel.deleteAction()->trigger(); break;
            case 3: panel.moveUpAction()->trigger(); break;
            case 4: panel.moveDownAction()->trigger(); break;
            case 5: panel.list()->setCurrentRow(random.bounded(count)); break;
            case 6: {
                QListWidgetItem* item = panel.list()->item(random.bounded(count));
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
                break;
            }
            case 7: document.undoStack()->undo(); break;
            case 8: document.undoStack()->redo(); break;
            }
            const Workspace& ws = document.workspace();
            QVERIFY(ws.active >= 0 && ws.active < int(ws.scenarios.size()));
            QVERIFY(scenario_ops::comparedCount(ws) <= kMaxCompared);
            checkListMatches(panel, document);
        }
        const Workspace end = document.workspace();
        const int endIndex = document.undoStack()->index();  // undone steps may lie beyond it
        while (document.undoStack()->canUndo()) document.undoStack()->undo();
        QVERIFY(document.workspace().scenarios == start.scenarios);
        QCOMPARE(document.workspace().compared, start.compared);
        while (document.undoStack()->index() < endIndex) document.undoStack()->redo();
        QVERIFY(document.workspace().scenarios == end.scenarios);
        QCOMPARE(document.workspace().compared, end.compared);
        checkListMatches(panel, document);
    }

    void mainWindowSwitchUpdatesParametersAndTitle() {
        WorkspaceDocument document;
        MainWindow window(&document);
        ScenarioListPanel* panel = window.scenarioPanel();
        QVERIFY(panel);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Base")));

        panel->list()->setCurrentRow(1);
        QVERIFY(window.windowTitle().contains(QString::fromStdString(kBear)));
        // MODEL.md's bear preset: utilization 55%, economic life 3 years.
        QCOMPARE(window.parameterPanel()->editor(ParamId::CapexUtilization)->value(), 0.55);
        QCOMPARE(window.parameterPanel()->editor(ParamId::CapexEconomicLife)->value(), 3.0);

        panel->renameScenario(1, QStringLiteral("Bear case"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Bear case")));
        document.undoStack()->undo();
        QVERIFY(window.windowTitle().contains(QString::fromStdString(kBear)));

        panel->list()->setCurrentRow(0);
        QCOMPARE(window.parameterPanel()->editor(ParamId::CapexUtilization)->value(),
                 spec(ParamId::CapexUtilization).defaultValue);
    }
};

QTEST_MAIN(TestScenarioList)
#include "test_scenario_list.moc"
