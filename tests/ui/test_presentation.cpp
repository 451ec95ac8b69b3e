// Presentation mode: F5 on the main window opens full-screen slides of the
// five model pages, keys step through them (clamped at both ends), the
// header names the scenario(s) and notes, the parameter strip edits the
// document live (undoable) and Esc gives back the main window as it was.

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUndoStack>
#include <QtTest>
#include <cmath>

#include "ChartProbe.h"
#include "MainWindow.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "models/LeverageModel.h"
#include "pages/PageRegistry.h"
#include "pages/LeveragePage.h"
#include "pages/ModelPage.h"
#include "present/PresentationMode.h"
#include "present/PresentationStrip.h"
#include "present/PresentationWindow.h"
#include "scenario/Workspace.h"
#include "style/Palette.h"
#include "widgets/KpiCard.h"
#include "widgets/ParameterEditor.h"
#include "workspace/RecoveryManager.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace chart_probe;

namespace {

// One slide per page of the page registry that goes on paper and slides (Overview and every model page).
int kSlides() {
    int count = 0;
    for (const PageSpec& spec : pageSpecs()) count += spec.inReport ? 1 : 0;
    return count;
}

// The headcount chart's line for a scenario: N_req at 1 + C, drawn as steps.
QList<QPointF> expectedHeadcountSteps(const LeverageResults& lev) {
    QList<QPointF> points;
    for (std::size_t i = 0; i < lev.computeGrid.size(); ++i)
        if (lev.headcountAtCompute[i]) points.append(QPointF(1.0 + lev.computeGrid[i], *lev.headcountAtCompute[i]));
    return stepPoints(points);
}

QString name(const Scenario& scenario) { return QString::fromStdString(scenario.name); }

}  // namespace

class TestPresentation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void f5EntersFullScreenAndEscLeaves();
    void leavingRestoresTheMainWindow();
    void startsOnTheCurrentPage();
    void keysStepThroughFiveSlidesClampedAtBothEnds();
    void slideShowsScenarioNameAndNotes();
    void longNotesAreCutToTwoLines();
    void compareModeHeaderListsComparedScenarios();
    void longScenarioNamesMoveBelowTheTitle();
    void stripTogglesWithPAndFollowsTheSlide();
    void stripEditsTheDocumentLiveAndUndoRestores();
    void sliderDragIsOneUndoStep();
    void escapeFromTheStripFirstReturnsTheKeys();
    void closingTheMainWindowEndsThePresentation();
    void quitWhilePresentingClosesTheApplication();
    void typeIsLargerThanTheDashboard();
    void screenshots();


private:
    PresentationWindow* enter();
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void waitForResults();
    PresentationMode* mode() const { return presentationMode(window_); }

    WorkspaceDocument* document_ = nullptr;
    MainWindow* window_ = nullptr;
};

void TestPresentation::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestPresentation::init() {
    document_ = new WorkspaceDocument;
    window_ = new MainWindow(document_);
    window_->showPage(0);
    window_->show();
    QVERIFY(QTest::qWaitForWindowActive(window_));
}

void TestPresentation::cleanup() {
    window_->recoveryManager()->discardRecovery();  // no copy left to offer the next run
    delete window_;
    delete document_;
    window_ = nullptr;
    document_ = nullptr;
}

// F5 as a person presses it: to the window that has the keyboard.
PresentationWindow* TestPresentation::enter() {
    if (!QTest::qWaitFor([this] { return QApplication::activeWindow() == window_; }))
        qWarning("main window not active");
    QTest::keyClick(window_, Qt::Key_F5);
    PresentationWindow* presentation = mode()->presentationWindow();
    // The window system activates it (asynchronously): keys then go to it.
    if (presentation && !QTest::qWaitFor([presentation] { return QApplication::activeWindow() == presentation; }))
        qWarning("presentation window not active");
    return presentation;
}

// Keys go where the keyboard is, as on a real screen.
void TestPresentation::press(int key, Qt::KeyboardModifiers modifiers) {
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestPresentation::waitForResults() {
    QSignalSpy ready(window_->scheduler(), &EvaluationScheduler::resultsReady);
    QVERIFY(ready.wait(2000));
}

void TestPresentation::f5EntersFullScreenAndEscLeaves() {
    QVERIFY(mode());
    QCOMPARE(mode()->presentAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(window_->viewMenu()->actions().contains(mode()->presentAction()));
    QVERIFY(!mode()->isPresenting());

    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    QVERIFY(mode()->isPresenting());
    QVERIFY(presentation->isWindow());
    QVERIFY(presentation->isVisible());
    QVERIFY(presentation->windowState() & Qt::WindowFullScreen);
    QCOMPARE(QApplication::activeWindow(), presentation);
    QCOMPARE(presentation->slideCount(), kSlides());

    QPointer<PresentationWindow> gone = presentation;
    press(Qt::Key_Escape);
    QVERIFY(!mode()->isPresenting());
    QVERIFY(!presentation->isVisible());
    QTRY_VERIFY(gone.isNull());  // the slides are freed, not kept updating in the background
    QTRY_COMPARE(QApplication::activeWindow(), window_);

    // F5 again opens a fresh presentation.
    QVERIFY(enter());
    QVERIFY(mode()->isPresenting());
}

void TestPresentation::leavingRestoresTheMainWindow() {
    window_->showPage(3);
    const QByteArray state = window_->saveState();
    const QRect geometry = window_->geometry();
    const Qt::WindowStates windowState = window_->windowState();
    QList<QDockWidget*> docks = window_->findChildren<QDockWidget*>();
    QVERIFY(!docks.isEmpty());
    QList<bool> docksVisible;
    for (QDockWidget* dock : docks) docksVisible << dock->isVisible();

    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    press(Qt::Key_Right);  // moving through slides does not move the dashboard
    press(Qt::Key_P);
    press(Qt::Key_Escape);
    QVERIFY(!mode()->isPresenting());

    QCOMPARE(window_->pageTabs()->currentIndex(), 3);
    QCOMPARE(window_->saveState(), state);
    QCOMPARE(window_->geometry(), geometry);
    QCOMPARE(window_->windowState(), windowState);
    QVERIFY(window_->isVisible());
    QVERIFY(!window_->menuBar()->isHidden());
    for (qsizetype i = 0; i < docks.size(); ++i) QCOMPARE(docks[i]->isVisible(), docksVisible[i]);
}

void TestPresentation::startsOnTheCurrentPage() {
    window_->showPage(2);
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    QCOMPARE(presentation->currentSlide(), 2);
    QCOMPARE(presentation->slideTitle(), window_->pages().at(2)->pageTitle());
    press(Qt::Key_Escape);

    // The Compare tables (the last tab) have no slide: the last slide instead.
    window_->showPage(int(pageSpecs().size()) - 1);
    presentation = enter();
    QVERIFY(presentation);
    QCOMPARE(presentation->currentSlide(), kSlides() - 1);
}

void TestPresentation::keysStepThroughFiveSlidesClampedAtBothEnds() {
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    QCOMPARE(presentation->currentSlide(), 0);

    // Every slide is one of the dashboard's model pages, in the dashboard's order.
    QStringList titles;
    auto expectSlide = [&](int index) {
        QCOMPARE(presentation->currentSlide(), index);
        QCOMPARE(presentation->slideTitle(), window_->pages().at(index)->pageTitle());
        QCOMPARE(presentation->currentSlidePage()->pageTitle(), window_->pages().at(index)->pageTitle());
        QCOMPARE(presentation->counterText(), QStringLiteral("%1 / %2").arg(index + 1).arg(kSlides()));
        QVERIFY(presentation->currentSlidePage()->isVisible());
    };
    expectSlide(0);
    titles << presentation->slideTitle();
    const int forward[] = {Qt::Key_Right, Qt::Key_Space, Qt::Key_PageDown, Qt::Key_Down};
    for (int i = 0; i + 1 < kSlides(); ++i) {
        press(forward[i % 4]);
        expectSlide(i + 1);
        titles << presentation->slideTitle();
    }
    QCOMPARE(titles.size(), kSlides());
    QCOMPARE(QSet<QString>(titles.begin(), titles.end()).size(), kSlides());  // all different slides

    // Past the last slide: stays there.
    press(Qt::Key_Right);
    press(Qt::Key_Space);
    press(Qt::Key_PageDown);
    expectSlide(kSlides() - 1);

    const int backward[] = {Qt::Key_Left, Qt::Key_PageUp, Qt::Key_Up, Qt::Key_Backspace};
    for (int i = 0; i + 1 < kSlides(); ++i) {
        press(backward[i % 4]);
        expectSlide(kSlides() - 2 - i);
    }
    press(Qt::Key_Left);
    press(Qt::Key_PageUp);
    expectSlide(0);

    press(Qt::Key_End);
    expectSlide(kSlides() - 1);
    press(Qt::Key_Home);
    expectSlide(0);
    press(Qt::Key_3);
    expectSlide(2);
    press(Qt::Key_9);  // no ninth slide: nothing happens
    expectSlide(2);
    QVERIFY(mode()->isPresenting());
}

void TestPresentation::slideShowsScenarioNameAndNotes() {
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    const Scenario& base = document_->activeScenario();
    QVERIFY(!base.notes.empty());
    QCOMPARE(presentation->scenarioText(), name(base));
    QCOMPARE(presentation->notesText(), QString::fromStdString(base.notes));
    QVERIFY(presentation->scenarioColors().isEmpty());  // one scenario: no colour key

    // Another scenario made active while presenting: the header follows.
    document_->setActiveIndex(1);
    waitForResults();
    const Scenario& bear = document_->activeScenario();
    QVERIFY(name(bear) != name(base));
    QCOMPARE(presentation->scenarioText(), name(bear));
    QCOMPARE(presentation->notesText(), QString::fromStdString(bear.notes));
    // The KPI cards on the slide show the new scenario's numbers.
    const Results expected = evaluate(bear);
    KpiCard* card = presentation->currentSlidePage()->findChildren<KpiCard*>().value(0);
    QVERIFY(card);
    const Kpi* kpi = expected.kpi(card->kpiId().toStdString());
    QVERIFY(kpi);
    const KpiSpec* spec = findKpiSpec(kpi->id);
    QVERIFY(spec);
    QCOMPARE(card->valueText(), formatKpi(*spec, *kpi).value);
}

void TestPresentation::longNotesAreCutToTwoLines() {
    Workspace workspace = defaultWorkspace();
    std::string notes;
    for (int i = 0; i < 120; ++i) notes += "Sentence " + std::to_string(i) + " of a long note. ";
    workspace.scenarios.front().notes = notes;
    workspace.active = 0;
    document_->reset(workspace, QString());
    window_->scheduler()->evaluateNow();

    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    const QString shown = presentation->notesText();
    const QStringList lines = shown.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.back().endsWith(QChar(0x2026)));  // "…": the note goes on
    // What is shown is the note's beginning.
    QString prefix = shown;
    prefix.replace(QLatin1Char('\n'), QLatin1Char(' '));
    prefix.chop(1);
    QVERIFY(QString::fromStdString(notes).simplified().startsWith(prefix.simplified()));
    QVERIFY(prefix.size() > 40);
}

void TestPresentation::compareModeHeaderListsComparedScenarios() {
    document_->setCompareEnabled(true);
    window_->scheduler()->evaluateNow();
    window_->showPage(2);
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);

    const std::vector<int> visible = document_->visibleScenarios();
    QVERIFY(visible.size() >= 2);
    QStringList names;
    QList<QColor> colors;
    for (std::size_t slot = 0; slot < visible.size(); ++slot) {
        names << name(document_->workspace().scenarios.at(std::size_t(visible[slot])));
        colors << scenarioColor(int(slot));
    }
    QCOMPARE(presentation->scenarioText(), names.join(QStringLiteral(" · ")));
    QCOMPARE(presentation->scenarioColors(), colors);
    // The notes are the active scenario's, and say so.
    QCOMPARE(presentation->notesText(),
             names.front() + QStringLiteral(": ") + QString::fromStdString(document_->activeScenario().notes));

    // Every slide overlays one series per compared scenario, with its numbers.
    auto* leverage = qobject_cast<LeveragePage*>(presentation->currentSlidePage());
    QVERIFY(leverage);
    ChartWidget* headcount = leverage->lineCharts().at(0);
    for (std::size_t slot = 0; slot < visible.size(); ++slot) {
        const Results expected = evaluate(document_->workspace().scenarios.at(std::size_t(visible[slot])));
        const SeriesHandle series = onlyVisible(headcount, names[qsizetype(slot)]);
        QVERIFY2(series.valid(), qPrintable(names[qsizetype(slot)]));
        QCOMPARE(headcount->points(series), expectedHeadcountSteps(expected.get<LeverageResults>()));
    }
    for (int slide = 0; slide < kSlides(); ++slide) {
        press(slide == 0 ? Qt::Key_Home : Qt::Key_Right);
        bool overlaid = false;
        for (ChartWidget* chart : presentation->currentSlidePage()->lineCharts()) {
            bool all = true;
            for (const QString& n : names) {
                bool found = false;
                for (SeriesHandle s : chart->allSeries())
                    found |= chart->seriesVisible(s) && chart->seriesName(s) == n && !chart->points(s).isEmpty();
                all &= found;
            }
            overlaid |= all;
        }
        QVERIFY2(overlaid, qPrintable(presentation->slideTitle()));
    }

    // Leaving compare mode while presenting: back to one name.
    document_->setCompareEnabled(false);
    waitForResults();
    QCOMPARE(presentation->scenarioText(), names.front());
}

void TestPresentation::longScenarioNamesMoveBelowTheTitle() {
    // The type grows with the window, so whether the names fit beside the
    // title depends on their length, not on the screen: short names sit
    // beside it, long ones on a row of their own; inside the window either way.
    auto present = [this](bool longNames) {
        Workspace workspace = defaultWorkspace();
        workspace.compared.clear();
        for (std::size_t i = 0; i < workspace.scenarios.size() && i < std::size_t(kMaxCompared); ++i) {
            if (longNames) workspace.scenarios[i].name += " — a rather long scenario name";
            workspace.compared.push_back(workspace.scenarios[i].name);
        }
        document_->reset(workspace, QString());
        document_->setCompareEnabled(true);
        window_->scheduler()->evaluateNow();
        PresentationWindow* presentation = enter();
        if (presentation) presentation->showNormal();
        return presentation;
    };
    auto inWindow = [](const QWidget* w, const QWidget* window) {
        return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
    };

    PresentationWindow* presentation = present(false);
    QVERIFY(presentation);
    const QLabel* title = presentation->findChild<QLabel*>(QStringLiteral("SlideTitle"));
    const QLabel* names = presentation->findChild<QLabel*>(QStringLiteral("SlideScenarios"));
    QVERIFY(title && names);
    presentation->resize(2560, 1440);
    QTRY_COMPARE(presentation->size(), QSize(2560, 1440));
    QTRY_VERIFY(inWindow(names, presentation).top() < inWindow(title, presentation).bottom() &&
                inWindow(names, presentation).left() > inWindow(title, presentation).right());
    QVERIFY(inWindow(names, presentation).right() <= presentation->width());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!window_->findChild<PresentationWindow*>() ||
                !window_->findChild<PresentationWindow*>()->isVisible());

    presentation = present(true);
    QVERIFY(presentation);
    title = presentation->findChild<QLabel*>(QStringLiteral("SlideTitle"));
    names = presentation->findChild<QLabel*>(QStringLiteral("SlideScenarios"));
    QVERIFY(title && names);
    for (const QSize size : {QSize(2560, 1440), QSize(1366, 768)}) {
        presentation->resize(size);
        QTRY_COMPARE(presentation->size(), size);
        QTRY_VERIFY(inWindow(names, presentation).top() >= inWindow(title, presentation).bottom());
        QVERIFY(inWindow(names, presentation).right() <= presentation->width());
        QCOMPARE(presentation->width(), size.width());  // the names never widen the slide
    }
}

void TestPresentation::stripTogglesWithPAndFollowsTheSlide() {
    window_->showPage(1);
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    PresentationStrip* strip = presentation->parameterStrip();
    QVERIFY(!presentation->isParameterStripShown());

    press(Qt::Key_P);
    QVERIFY(presentation->isParameterStripShown());
    QVERIFY(strip->isVisible());
    // The strip edits the slide's model: the cost parameters, in registry order.
    auto idsOf = [](ModelGroup group) {
        QList<ParamId> ids;
        for (const ParameterSpec& p : parameters())
            if (p.group == group) ids << p.param;
        return ids;
    };
    auto shownIds = [strip] {
        QList<ParamId> ids;
        for (ParameterEditor* e : strip->editors()) ids << e->parameter();
        return ids;
    };
    QCOMPARE(shownIds(), idsOf(ModelGroup::Cost));
    QVERIFY(shownIds().contains(ParamId::CostFrontierPrice));
    QVERIFY(!shownIds().contains(ParamId::LevComputePerPerson));

    // The keyboard is still on the slides: the next slide brings its own parameters.
    press(Qt::Key_Right);
    QCOMPARE(presentation->currentSlide(), 2);
    QCOMPARE(shownIds(), idsOf(ModelGroup::Leverage));
    QVERIFY(strip->captionText().contains(presentation->slideTitle()));
    // Every editor shows the document's value.
    for (ParameterEditor* e : strip->editors())
        QCOMPARE(e->value(), document_->activeScenario()[e->parameter()]);

    press(Qt::Key_P);
    QVERIFY(!presentation->isParameterStripShown());
    QVERIFY(!strip->isVisible());
}

void TestPresentation::stripEditsTheDocumentLiveAndUndoRestores() {
    window_->showPage(2);  // Compute leverage
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    auto* leverage = qobject_cast<LeveragePage*>(presentation->currentSlidePage());
    QVERIFY(leverage);
    ChartWidget* headcount = leverage->lineCharts().at(0);
    const Scenario before = document_->activeScenario();
    QCOMPARE(before[ParamId::LevComputePerPerson], 10.0);
    const QList<QPointF> stepsBefore = headcount->points(onlyVisible(headcount, QStringLiteral("Required headcount")));
    QCOMPARE(stepsBefore, expectedHeadcountSteps(evaluate(before).get<LeverageResults>()));

    const int undoIndexBefore = document_->undoStack()->index();
    press(Qt::Key_P);
    ParameterEditor* compute = presentation->parameterStrip()->editor(ParamId::LevComputePerPerson);
    QVERIFY(compute);
    QVERIFY(compute->slider());
    compute->slider()->setFocus(Qt::MouseFocusReason);  // as a click on it would
    QCOMPARE(QApplication::focusWidget(), compute->slider());

    // Arrows move the slider, not the slides.
    for (int i = 0; i < 8; ++i) press(Qt::Key_Right);
    press(Qt::Key_PageDown);  // the slider's page step (down = towards the minimum)
    press(Qt::Key_PageUp);
    QCOMPARE(presentation->currentSlide(), 2);
    QVERIFY(mode()->isPresenting());
    const double moved = document_->activeScenario()[ParamId::LevComputePerPerson];
    QVERIFY2(moved > 10.0, qPrintable(QString::number(moved)));
    QCOMPARE(compute->value(), moved);

    // Only that parameter changed.
    Scenario expectedScenario = before;
    expectedScenario[ParamId::LevComputePerPerson] = moved;
    QVERIFY(document_->activeScenario() == expectedScenario);

    // The slide redraws with the engine's numbers for the new scenario.
    waitForResults();
    const Results expected = evaluate(expectedScenario);
    const QList<QPointF> steps = headcount->points(onlyVisible(headcount, QStringLiteral("Required headcount")));
    QCOMPARE(steps, expectedHeadcountSteps(expected.get<LeverageResults>()));
    QVERIFY(steps != stepsBefore);
    const QList<QPointF> marker = headcount->points(onlyVisible(headcount, QStringLiteral("Your compute")));
    QVERIFY(!marker.isEmpty());
    QCOMPARE(marker.front().x(), 1.0 + moved);

    // Undo from the presentation (Ctrl+Z; one step per key press on the
    // slider) restores the value, the slider and the chart.
    presentation->setFocus();
    const int undoSteps = document_->undoStack()->index() - undoIndexBefore;
    QVERIFY(undoSteps >= 1);
    for (int i = 0; i < undoSteps; ++i) press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document_->activeScenario() == before);
    QCOMPARE(compute->value(), 10.0);
    waitForResults();
    QCOMPARE(headcount->points(onlyVisible(headcount, QStringLiteral("Required headcount"))), stepsBefore);
    QCOMPARE(headcount->points(onlyVisible(headcount, QStringLiteral("Your compute"))).front().x(), 11.0);

    // Redo brings the edit back.
    for (int i = 0; i < undoSteps; ++i) press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(document_->activeScenario()[ParamId::LevComputePerPerson], moved);
}

void TestPresentation::sliderDragIsOneUndoStep() {
    window_->showPage(1);
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    press(Qt::Key_P);
    ParameterEditor* price = presentation->parameterStrip()->editor(ParamId::CostFrontierPrice);
    QVERIFY(price && price->slider());
    QSlider* slider = price->slider();
    const int undoSteps = document_->undoStack()->count();
    const double before = document_->activeScenario()[ParamId::CostFrontierPrice];

    slider->setSliderDown(true);  // the handle is held
    for (int step = 1; step <= 10; ++step) slider->setValue(slider->value() + 15);
    slider->setSliderDown(false);
    const double after = document_->activeScenario()[ParamId::CostFrontierPrice];
    QVERIFY(after > before);
    QCOMPARE(document_->undoStack()->count(), undoSteps + 1);
    document_->undoStack()->undo();
    QCOMPARE(document_->activeScenario()[ParamId::CostFrontierPrice], before);
    QCOMPARE(price->value(), before);
}

void TestPresentation::escapeFromTheStripFirstReturnsTheKeys() {
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    press(Qt::Key_P);
    press(Qt::Key_Tab);  // into the strip: its first slider
    PresentationStrip* strip = presentation->parameterStrip();
    QVERIFY(strip->containsFocus());
    ParameterEditor* first = strip->editors().front();
    QWidget* firstControl = first->slider() ? static_cast<QWidget*>(first->slider()) : first->comboBox();
    QCOMPARE(QApplication::focusWidget(), firstControl);
    press(Qt::Key_Space);  // not "next slide" while the strip has the keyboard
    QCOMPARE(presentation->currentSlide(), 0);

    press(Qt::Key_Escape);
    QVERIFY(mode()->isPresenting());  // first Esc: the keys go back to the slides
    QVERIFY(!strip->containsFocus());
    QVERIFY(presentation->isParameterStripShown());
    press(Qt::Key_Right);
    QCOMPARE(presentation->currentSlide(), 1);

    // A click on the slide (here a chart) also gives the keys back.
    press(Qt::Key_Tab);
    QVERIFY(strip->containsFocus());
    ChartWidget* chart = presentation->currentSlidePage()->lineCharts().front();
    QTest::mouseClick(chart->paintSurface(), Qt::LeftButton, Qt::NoModifier, chart->paintSurface()->rect().center());
    QCOMPARE(QApplication::focusWidget(), presentation);
    press(Qt::Key_Left);
    QCOMPARE(presentation->currentSlide(), 0);

    press(Qt::Key_Escape);
    QVERIFY(!mode()->isPresenting());
}

void TestPresentation::closingTheMainWindowEndsThePresentation() {
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    QPointer<PresentationWindow> alive = presentation;
    QVERIFY(!document_->isModified());  // nothing to save: the close goes through
    QVERIFY(window_->close());
    QTRY_VERIFY(!mode()->isPresenting());
    QTRY_VERIFY(alive.isNull());

    // Closing the presentation window itself (the window manager's close) leaves too.
    window_->show();
    QVERIFY(QTest::qWaitForWindowActive(window_));
    presentation = enter();
    QVERIFY(presentation);
    QVERIFY(presentation->close());
    QVERIFY(!mode()->isPresenting());
    QVERIFY(!presentation->testAttribute(Qt::WA_QuitOnClose));
}

void TestPresentation::quitWhilePresentingClosesTheApplication() {
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    press(Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(!mode()->isPresenting());
    QVERIFY(!window_->isVisible());
}

void TestPresentation::typeIsLargerThanTheDashboard() {
    window_->showPage(3);  // Model half-life: one row of six cards
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    presentation->showNormal();
    presentation->resize(1920, 1080);
    QTRY_COMPARE(presentation->size(), QSize(1920, 1080));
    // About 1.75 × the dashboard's type on a 1080p screen.
    QVERIFY(presentation->typeScale() > 1.5 && presentation->typeScale() < 2.0);
    const double appSize = QApplication::font().pointSizeF();
    QVERIFY(std::abs(presentation->font().pointSizeF() - appSize * presentation->typeScale()) < 0.01);

    // KPI values: the same text, far larger than on the dashboard.
    const QList<KpiCard*> slideCards = presentation->currentSlidePage()->findChildren<KpiCard*>();
    const QList<KpiCard*> dashboardCards = window_->pages().at(3)->findChildren<KpiCard*>();
    QCOMPARE(slideCards.size(), dashboardCards.size());
    QVERIFY(!slideCards.isEmpty());
    auto valueLabel = [](const KpiCard* card) -> const QLabel* {
        for (const QLabel* label : card->findChildren<QLabel*>())
            if (label->text() == card->valueText()) return label;
        return nullptr;
    };
    const QLabel* slideValue = valueLabel(slideCards.front());
    const QLabel* dashboardValue = valueLabel(dashboardCards.front());
    QVERIFY(slideValue && dashboardValue);
    QCOMPARE(slideValue->text(), dashboardValue->text());
    const double largeValueSize = slideValue->font().pointSizeF();
    QVERIFY2(largeValueSize > 2.0 * dashboardValue->font().pointSizeF(), qPrintable(QString::number(largeValueSize)));

    // Charts grow too, and the slide title is larger than the slide's text.
    ChartWidget* slideChart = presentation->currentSlidePage()->lineCharts().front();
    ChartWidget* dashboardChart = window_->pages().at(3)->lineCharts().front();
    QVERIFY(slideChart->font().pointSizeF() > 1.4 * dashboardChart->font().pointSizeF());
    const QLabel* title = presentation->findChild<QLabel*>(QStringLiteral("SlideTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), presentation->slideTitle());
    QVERIFY(title->font().pointSizeF() > 1.4 * presentation->font().pointSizeF());

    // The Overview's cards stand in columns of fixed width: wider for the larger type.
    press(Qt::Key_Home);
    KpiCard* overviewCard = presentation->currentSlidePage()->findChildren<KpiCard*>().value(0);
    KpiCard* dashboardOverviewCard = window_->pages().at(0)->findChildren<KpiCard*>().value(0);
    QVERIFY(overviewCard && dashboardOverviewCard);
    QVERIFY(overviewCard->minimumWidth() > 1.5 * dashboardOverviewCard->minimumWidth());

    // A smaller screen: smaller type, rescaled from the same ratios (never compounding).
    presentation->resize(1366, 768);
    QTRY_COMPARE(presentation->size(), QSize(1366, 768));
    QVERIFY(presentation->typeScale() < 1.5);
    QVERIFY(slideValue->font().pointSizeF() < largeValueSize * 0.9);
    const double titleAtSmall = title->font().pointSizeF();
    presentation->resize(1920, 1080);
    QTRY_COMPARE(presentation->size(), QSize(1920, 1080));
    QCOMPARE(slideValue->font().pointSizeF(), largeValueSize);
    presentation->resize(1366, 768);
    QTRY_COMPARE(presentation->size(), QSize(1366, 768));
    QCOMPARE(title->font().pointSizeF(), titleAtSmall);
}

void TestPresentation::screenshots() {
    // Saved only when asked (a person looks at them; nothing is committed).
    const QString dir = qEnvironmentVariable("LEVERBOARD_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("set LEVERBOARD_SCREENSHOT_DIR to save the slides as PNG");
    PresentationWindow* presentation = enter();
    QVERIFY(presentation);
    presentation->showNormal();
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
        presentation->resize(size);
        QTRY_COMPARE(presentation->size(), size);
        for (bool compare : {false, true}) {
            document_->setCompareEnabled(compare);
            window_->scheduler()->evaluateNow();
            for (int slide = 0; slide < kSlides(); ++slide) {
                presentation->showSlide(slide);
                for (bool strip : {false, true}) {
                    if (strip && slide != 0 && slide != 2) continue;
                    presentation->setParameterStripShown(strip);
                    QCoreApplication::processEvents();
                    const QString file = QStringLiteral("slide-%1x%2-%3-%4%5.png")
                                             .arg(size.width())
                                             .arg(size.height())
                                             .arg(compare ? QStringLiteral("compare") : QStringLiteral("single"))
                                             .arg(slide + 1)
                                             .arg(strip ? QStringLiteral("-strip") : QString());
                    QVERIFY(presentation->grab().save(QDir(dir).filePath(file)));
                }
            }
        }
    }
    // Four scenarios compared on the small screen: the longest header.
    Workspace workspace = defaultWorkspace();
    workspace.compared.clear();
    for (const Scenario& scenario : workspace.scenarios) workspace.compared.push_back(scenario.name);
    document_->reset(workspace, QString());
    document_->setCompareEnabled(true);
    window_->scheduler()->evaluateNow();
    QCOMPARE(presentation->scenarioColors().size(), qsizetype(workspace.scenarios.size()));
    presentation->showSlide(2);
    QCoreApplication::processEvents();
    QVERIFY(presentation->grab().save(QDir(dir).filePath(QStringLiteral("slide-1366x768-compare4-3.png"))));
}

QTEST_MAIN(TestPresentation)
#include "test_presentation.moc"
