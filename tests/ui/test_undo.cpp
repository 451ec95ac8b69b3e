// Undo and redo of every kind of edit, as a user makes them: parameter
// changes (a slider drag with the mouse is one step), resets, application
// list edits, scenario operations and notes, across scenarios. Each undo
// gives back exactly the workspace before the edit, each redo exactly the
// one after it; undoing everything leaves an unmodified document.

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QUndoStack>
#include <QtTest>
#include <vector>

#include "MainWindow.h"
#include "document/WorkspaceDocument.h"
#include "widgets/ApplicationTable.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"
#include "workspace/ScenarioCommands.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

// The workspace before and after one undoable command.
struct Step {
    QString what;
    Workspace before;
    Workspace after;
};

// Runs `edit` and records the workspace around it; the edit must be exactly
// one new undo step.
bool record(WorkspaceDocument& document, std::vector<Step>& steps, const QString& what,
            const std::function<void()>& edit) {
    const int count = document.undoStack()->count();
    Step step{what, document.workspace(), {}};
    edit();
    step.after = document.workspace();
    steps.push_back(step);
    if (document.undoStack()->count() != count + 1) {
        qWarning("%s: %d undo steps, expected 1", qPrintable(what), document.undoStack()->count() - count);
        return false;
    }
    return !(step.before == step.after);
}

QPoint handleCenter(QSlider* slider) {
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.upsideDown = slider->invertedAppearance();
    return slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider).center();
}

void sendMouse(QWidget* widget, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons) {
    QMouseEvent event(type, QPointF(pos), QPointF(widget->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// Presses the slider's handle, moves it right by each offset in turn, releases.
void dragHandle(QSlider* slider, const std::vector<int>& offsets) {
    const QPoint start = handleCenter(slider);
    sendMouse(slider, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    QPoint at = start;
    for (int dx : offsets) {
        at = start + QPoint(dx, 0);
        sendMouse(slider, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
    }
    sendMouse(slider, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
}

}  // namespace

class TestUndo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LeverboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_undo"));
        QSettings().clear();
    }

    void editMenuUndoesAndRedoesWithStandardShortcuts() {
        WorkspaceDocument document;
        MainWindow window(&document);
        const QList<QAction*> actions = window.editMenu()->actions();
        QVERIFY(actions.size() >= 2);
        QAction* undo = actions[0];
        QAction* redo = actions[1];
        QVERIFY(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
        QCOMPARE(undo->shortcuts(), QKeySequence::keyBindings(QKeySequence::Undo));
        QCOMPARE(redo->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
        QVERIFY(!redo->shortcuts().isEmpty());
        QVERIFY(!undo->isEnabled());

        document.setParameter(ParamId::CostFrontierPrice, 14);
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("Frontier")), qPrintable(undo->text()));  // says what it undoes
        undo->trigger();
        QCOMPARE(document.activeScenario()[ParamId::CostFrontierPrice], 10.0);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(document.activeScenario()[ParamId::CostFrontierPrice], 14.0);
        document.markSaved();
    }

    void mouseDragOnASliderIsOneStep() {
        WorkspaceDocument document;
        MainWindow window(&document);
        window.showPage(2);  // Leverage: its parameters are in the panel
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ParameterEditor* editor = window.parameterPanel()->editor(ParamId::LevSalary);
        QVERIFY(editor && editor->isVisible());
        QSlider* slider = editor->slider();
        const double original = document.activeScenario()[ParamId::LevSalary];
        const int startPosition = slider->value();

        dragHandle(slider, {5, 12, 20, 31, 40});
        const double dragged = document.activeScenario()[ParamId::LevSalary];
        QVERIFY2(slider->value() > startPosition, qPrintable(QString::number(slider->value())));
        QVERIFY(dragged > original);
        QCOMPARE(document.undoStack()->count(), 1);  // five moves, one step

        // A second drag of the same slider is a second step.
        dragHandle(slider, {-10, -25});
        const double second = document.activeScenario()[ParamId::LevSalary];
        QVERIFY(second < dragged);
        QCOMPARE(document.undoStack()->count(), 2);

        document.undoStack()->undo();
        QCOMPARE(document.activeScenario()[ParamId::LevSalary], dragged);
        QCOMPARE(editor->value(), dragged);
        document.undoStack()->undo();
        QCOMPARE(document.activeScenario()[ParamId::LevSalary], original);  // exactly, not the slider's rounding
        QCOMPARE(editor->value(), original);
        QCOMPARE(slider->value(), startPosition);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QCOMPARE(document.activeScenario()[ParamId::LevSalary], dragged);
        document.markSaved();
    }

    void everyEditKindUndoesAndRedoesExactly() {
        WorkspaceDocument document;
        MainWindow window(&document);
        ApplicationTable table(&document);
        std::vector<Step> steps;
        using namespace scenario_ops;
        auto push = [&](const WorkspaceEdit& edit) { QVERIFY(pushWorkspaceEdit(&document, edit)); };

        QVERIFY(record(document, steps, "parameter", [&] { document.setParameter(ParamId::CostFrontierPrice, 12.5); }));
        QVERIFY(record(document, steps, "slider drag", [&] {
            const int drag = WorkspaceDocument::newDragSession();
            for (double v : {0.09, 0.1, 0.11, 0.125}) document.setParameter(ParamId::CapexWacc, v, drag);
        }));
        QVERIFY(record(document, steps, "enum", [&] { document.setParameter(ParamId::CostLaw, 1); }));
        QVERIFY(record(document, steps, "reset", [&] { document.resetParameter(ParamId::CostFrontierPrice); }));
        QVERIFY(record(document, steps, "add application", [&] { table.addApplication(); }));
        QVERIFY(record(document, steps, "edit application", [&] {
            QAbstractItemModel* model = table.model();
            QVERIFY(model->setData(model->index(1, ApplicationTable::ValueColumn), 3.5, Qt::EditRole));
        }));
        QVERIFY(record(document, steps, "application list", [&] {
            std::vector<Application> apps = document.activeScenario().applications;
            apps.erase(apps.begin());
            document.setApplications(apps, QStringLiteral("Remove “Chat answer”"));
        }));
        document.setActiveIndex(1);  // a view change: no step
        QCOMPARE(document.undoStack()->count(), int(steps.size()));
        QVERIFY(record(document, steps, "parameter in Bear", [&] { document.setParameter(ParamId::LifeHalfLifeMonths, 5); }));
        QVERIFY(record(document, steps, "add scenario", [&] { push(addScenario(document.workspace(), QStringLiteral("Mine"))); }));
        QVERIFY(record(document, steps, "edit the new one", [&] { document.setParameter(ParamId::LevTargetWork, 20); }));
        QVERIFY(record(document, steps, "duplicate", [&] { push(duplicateScenario(document.workspace(), 0)); }));
        QVERIFY(record(document, steps, "rename", [&] { push(renameScenario(document.workspace(), 1, QStringLiteral("Base copy"))); }));
        QVERIFY(record(document, steps, "notes", [&] { push(setNotes(document.workspace(), 1, QStringLiteral("Why: a test."))); }));
        QVERIFY(record(document, steps, "compare", [&] { push(setCompared(document.workspace(), 4, true)); }));
        QVERIFY(record(document, steps, "move", [&] { push(moveScenario(document.workspace(), 4, -2)); }));
        QVERIFY(record(document, steps, "delete", [&] { push(deleteScenario(document.workspace(), 0)); }));
        QVERIFY(record(document, steps, "parameter after delete", [&] { document.setParameter(ParamId::CapexGpus, 5000); }));
        QCOMPARE(document.undoStack()->count(), int(steps.size()));
        const Workspace final = document.workspace();

        for (int i = int(steps.size()) - 1; i >= 0; --i) {
            document.undoStack()->undo();
            QVERIFY2(document.workspace() == steps[std::size_t(i)].before, qPrintable(steps[std::size_t(i)].what));
        }
        QVERIFY(!document.isModified());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(document.workspace(), defaultWorkspace());
        for (const Step& step : steps) {
            document.undoStack()->redo();
            QVERIFY2(document.workspace() == step.after, qPrintable(step.what));
        }
        QCOMPARE(document.workspace(), final);
        QVERIFY(window.isWindowModified());
        document.markSaved();
    }

    void undoShowsTheScenarioItChanges() {
        WorkspaceDocument document;
        ParameterPanel panel(&document);
        document.setActiveIndex(1);  // Bear
        document.setParameter(ParamId::CapexUtilization, 0.7);
        document.setActiveIndex(0);  // back to Base; Bear's edit is out of sight
        QCOMPARE(panel.editor(ParamId::CapexUtilization)->value(), spec(ParamId::CapexUtilization).defaultValue);

        document.undoStack()->undo();
        QCOMPARE(document.activeIndex(), 1);  // the undo is seen where it happens
        QCOMPARE(document.activeScenario()[ParamId::CapexUtilization], 0.55);  // Bear's preset again
        QCOMPARE(panel.editor(ParamId::CapexUtilization)->value(), 0.55);
        QCOMPARE(document.workspace().scenarios[0][ParamId::CapexUtilization], 0.8);  // Base untouched

        document.setActiveIndex(2);
        document.undoStack()->redo();
        QCOMPARE(document.activeIndex(), 1);
        QCOMPARE(panel.editor(ParamId::CapexUtilization)->value(), 0.7);
    }
};

QTEST_MAIN(TestUndo)
#include "test_undo.moc"
