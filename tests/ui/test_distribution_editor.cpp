// The distribution editor behind the control beside each slider, the P10–P90
// band on the slider, and the correlation table under the parameter panel
// (issue 12, "An editor"): driven through the real widgets, every edit one
// undo step, invalid numbers and inconsistent correlations refused with the
// core's message.

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include "document/WorkspaceDocument.h"
#include "scenario/WorkspaceJson.h"
#include "widgets/CorrelationTable.h"
#include "widgets/DistributionEditor.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

constexpr ParamId kLife = ParamId::CapexEconomicLife;        // years, 1–10, step 0.5, default 4
constexpr ParamId kUtilization = ParamId::CapexUtilization;  // fraction, 0.05–1, step 0.01, default 0.8
constexpr ParamId kRental = ParamId::CapexRentalPrice;       // $ / GPU-hour, 0.1–20, linear

// Opens the editor the way a user does: a click on the control beside the slider.
DistributionEditor* clickControl(ParameterEditor* editor) {
    QTest::mouseClick(editor->distributionButton(), Qt::LeftButton);
    return editor->findChild<DistributionEditor*>();
}

void chooseKind(DistributionEditor* dialog, DistributionKind kind) {
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(kind)));
}

void chooseNone(DistributionEditor* dialog) { dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(-1)); }

// The handle's centre when the slider stands at `position` (the style's own geometry).
int handleCentreAt(QSlider* slider, int position) {
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = position;
    option.sliderValue = position;
    return slider->style()
        ->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider)
        .center()
        .x();
}

Uncertainty withUniforms(std::initializer_list<std::tuple<ParamId, double, double>> list) {
    Uncertainty u;
    for (const auto& [id, low, high] : list) u.set(id, {DistributionKind::Uniform, low, high, 0});
    return u;
}

}  // namespace

class TestDistributionEditor : public QObject {
    Q_OBJECT
private slots:
    void uniformThroughTheEditorUndoRedo();
    void prefillsAroundTheValue();
    void invalidNumbersDisableOk();
    void noneRemovesTheDistribution();
    void sliderBandSpansP10ToP90();
    void correlationAddAndUndo();
    void inconsistentCorrelationsAreRefusedNamingThePairs();
    void noControlForChoiceParameters();
    void editsMarkModifiedAndSaveWithTheWorkspace();
};

void TestDistributionEditor::uniformThroughTheEditorUndoRedo() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    ParameterEditor* editor = panel.editor(kLife);
    QVERIFY(!editor->shownDistribution());
    QVERIFY(editor->distributionButton()->toolTip().startsWith(QStringLiteral("No distribution")));

    DistributionEditor* dialog = clickControl(editor);
    QVERIFY(dialog);
    QCOMPARE(dialog->parameter(), kLife);
    QCOMPARE(dialog->lowBox()->suffix(), QString());  // the unit is a label beside the box
    chooseKind(dialog, DistributionKind::Uniform);
    dialog->lowBox()->setValue(2);
    dialog->highBox()->setValue(4);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->validationMessage().isEmpty());
    // P10 and P90 of uniform(2, 4): 2 + 0.1 × 2 and 2 + 0.9 × 2.
    QCOMPARE(dialog->percentilesLabel()->text(), QStringLiteral("P10 2.2 · median 3 · P90 3.8 years"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    const Distribution expected{DistributionKind::Uniform, 2, 4, 0};
    const Distribution* stored = document.activeScenario().uncertainty.find(kLife);
    QVERIFY(stored);
    QCOMPARE(*stored, expected);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set distribution of Economic life"));
    QCOMPARE(editor->shownDistribution(), std::optional(expected));
    QCOMPARE(editor->distributionButton()->toolTip(),
             QStringLiteral("Distribution: uniform 2–4 years. Click to change it."));

    document.undoStack()->undo();
    QVERIFY(document.activeScenario().uncertainty.empty());
    QVERIFY(!editor->shownDistribution());
    QVERIFY(!editor->bandPositions());
    document.undoStack()->redo();
    QCOMPARE(*document.activeScenario().uncertainty.find(kLife), expected);
    QCOMPARE(editor->shownDistribution(), std::optional(expected));
    // The parameter's value is untouched by the distribution.
    QCOMPARE(document.activeScenario()[kLife], 4.0);

    // Reopened, the editor shows what is set.
    DistributionEditor* again = editor->openDistributionEditor();
    QCOMPARE(again->kindBox()->currentData().toInt(), int(DistributionKind::Uniform));
    QCOMPARE(again->lowBox()->value(), 2.0);
    QCOMPARE(again->highBox()->value(), 4.0);
    QCOMPARE(again->distribution(), std::optional(expected));
    again->reject();
    QCOMPARE(document.undoStack()->count(), 1);  // Cancel is no edit
}

void TestDistributionEditor::prefillsAroundTheValue() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    // ±20% around the value, rounded to the parameter's step: 4 years ± 0.8 → 3 and 5 (step 0.5).
    DistributionEditor* life = panel.editor(kLife)->openDistributionEditor();
    QCOMPARE(life->kindBox()->currentData().toInt(), -1);  // none yet
    QVERIFY(!life->distribution());
    QVERIFY(life->okButton()->isEnabled());               // OK with none: nothing set
    QCOMPARE(life->lowBox()->value(), 3.0);
    QCOMPARE(life->highBox()->value(), 5.0);
    chooseKind(life, DistributionKind::Triangular);
    QCOMPARE(life->distribution(), std::optional(Distribution{DistributionKind::Triangular, 3, 4, 5}));
    life->reject();

    // Utilization 0.8 ± 0.16 → 0.64 and 0.96; clipped at the range's top: 0.95 → 0.76 and 1.
    DistributionEditor* util = panel.editor(kUtilization)->openDistributionEditor();
    QCOMPARE(util->lowBox()->value(), 0.64);
    QCOMPARE(util->highBox()->value(), 0.96);
    util->reject();
    document.setParameter(kUtilization, 0.95);
    DistributionEditor* clipped = panel.editor(kUtilization)->openDistributionEditor();
    QCOMPARE(clipped->lowBox()->value(), 0.76);
    QCOMPARE(clipped->highBox()->value(), 1.0);
    clipped->reject();
}

void TestDistributionEditor::invalidNumbersDisableOk() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    DistributionEditor* dialog = panel.editor(kLife)->openDistributionEditor();
    chooseKind(dialog, DistributionKind::Uniform);
    dialog->lowBox()->setValue(5);
    dialog->highBox()->setValue(3);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->validationMessage(), QStringLiteral("capex.economic_life: low 5 is above high 3"));
    QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("Not valid: capex.economic_life: low 5 is above high 3"));
    QVERIFY(!dialog->messageLabel()->isHidden());
    QVERIFY(!dialog->preview()->distribution());  // nothing drawn for numbers that are not valid

    chooseKind(dialog, DistributionKind::Lognormal);  // the same boxes, now P5 and P95
    dialog->lowBox()->setValue(0);
    dialog->highBox()->setValue(6);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->validationMessage(), QStringLiteral("capex.economic_life: lognormal needs p5 > 0"));

    dialog->lowBox()->setValue(2);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->messageLabel()->isHidden());
    QCOMPARE(dialog->preview()->distribution(), std::optional(Distribution{DistributionKind::Lognormal, 2, 6, 0}));

    // No mass inside the range 1–10.
    chooseKind(dialog, DistributionKind::Uniform);
    dialog->lowBox()->setValue(20);
    dialog->highBox()->setValue(30);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->validationMessage().contains(QStringLiteral("no mass inside the range")),
             qPrintable(dialog->validationMessage()));
    dialog->reject();
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestDistributionEditor::noneRemovesTheDistribution() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    document.setUncertainty(withUniforms({{kLife, 2, 4}}), QStringLiteral("set"));
    DistributionEditor* dialog = clickControl(panel.editor(kLife));
    chooseNone(dialog);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(document.activeScenario().uncertainty.empty());
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove distribution of Economic life"));
    document.undoStack()->undo();
    QVERIFY(document.activeScenario().uncertainty.find(kLife));
}

void TestDistributionEditor::sliderBandSpansP10ToP90() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    panel.resize(340, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showGroup(ModelGroup::Capex);
    QCoreApplication::processEvents();
    ParameterEditor* editor = panel.editor(kLife);
    QVERIFY(editor->bandRect().isEmpty());

    document.setUncertainty(withUniforms({{kLife, 2, 4}}), QStringLiteral("set"));
    // uniform(2, 4): P10 = 2.2, P90 = 3.8; on the linear 1–10 slider of 1,000
    // positions: (2.2 − 1)/9 × 1000 = 133.3 → 133 and (3.8 − 1)/9 × 1000 = 311.1 → 311.
    QCOMPARE(editor->bandPositions(), std::optional(std::pair{133, 311}));
    const QRect band = editor->bandRect();
    QVERIFY(!band.isEmpty());
    // The band's ends are where the handle's centre stands at those positions.
    QVERIFY(std::abs(band.left() - handleCentreAt(editor->slider(), 133)) <= 1);
    QVERIFY(std::abs(band.left() + band.width() - handleCentreAt(editor->slider(), 311)) <= 1);
    // And inside the slider, on its groove's line.
    QVERIFY(editor->slider()->rect().contains(band.center()));

    // A log-scale parameter: the band follows the slider's log axis. Frontier
    // decline 1–100×, "5 to 10× a year" as uniform(5, 10): P10 5.5, P90 9.5 at
    // ln 5.5 / ln 100 × 1000 = 370.2 → 370 and ln 9.5 / ln 100 × 1000 = 488.9 → 489.
    Uncertainty both = document.activeScenario().uncertainty;
    both.set(ParamId::CostFrontierDecline, {DistributionKind::Uniform, 5, 10, 0});
    document.setUncertainty(both, QStringLiteral("set"));
    QCOMPARE(panel.editor(ParamId::CostFrontierDecline)->bandPositions(), std::optional(std::pair{370, 489}));

    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(editor->bandRect().isEmpty());
}

void TestDistributionEditor::correlationAddAndUndo() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    CorrelationTable* table = panel.correlationTable();
    QVERIFY(table->isHidden());  // nothing uncertain: out of the way
    document.setUncertainty(withUniforms({{kUtilization, 0.6, 0.9}, {kLife, 2, 4}}), QStringLiteral("set"));
    QVERIFY(!table->isHidden());
    QCOMPARE(table->firstBox()->count(), 2);

    table->firstBox()->setCurrentIndex(table->firstBox()->findData(int(kLife)));
    table->secondBox()->setCurrentIndex(table->secondBox()->findData(int(kUtilization)));
    table->newRhoBox()->setValue(-0.4);
    QVERIFY(table->addButton()->isEnabled());
    const int steps = document.undoStack()->count();
    QTest::mouseClick(table->addButton(), Qt::LeftButton);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.activeScenario().uncertainty.correlation(kLife, kUtilization), -0.4);
    QCOMPARE(document.activeScenario().uncertainty.correlations.size(), std::size_t(1));
    QCOMPARE(table->table()->rowCount(), 1);
    // Stored in registry order: utilization before economic life.
    QCOMPARE(table->table()->item(0, 0)->text(), QStringLiteral("Utilization"));
    QCOMPARE(table->table()->item(0, 1)->text(), QStringLiteral("Economic life"));
    QCOMPARE(table->rhoBox(0)->value(), -0.4);
    QVERIFY(!table->addButton()->isEnabled());  // the pair is there already

    // ρ edited in the table: one more step.
    table->rhoBox(0)->setValue(0.3);
    QCOMPARE(document.activeScenario().uncertainty.correlation(kLife, kUtilization), 0.3);
    QCOMPARE(document.undoStack()->count(), steps + 2);

    document.undoStack()->undo();
    QCOMPARE(document.activeScenario().uncertainty.correlation(kLife, kUtilization), -0.4);
    QCOMPARE(table->rhoBox(0)->value(), -0.4);
    document.undoStack()->undo();
    QVERIFY(document.activeScenario().uncertainty.correlations.empty());
    QCOMPARE(table->table()->rowCount(), 0);
    document.undoStack()->redo();
    QCOMPARE(table->table()->rowCount(), 1);

    // Remove the selected row.
    table->table()->selectRow(0);
    QVERIFY(table->removeButton()->isEnabled());
    QTest::mouseClick(table->removeButton(), Qt::LeftButton);
    QVERIFY(document.activeScenario().uncertainty.correlations.empty());
    document.undoStack()->undo();
    QCOMPARE(document.activeScenario().uncertainty.correlation(kLife, kUtilization), -0.4);
}

void TestDistributionEditor::inconsistentCorrelationsAreRefusedNamingThePairs() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    CorrelationTable* table = panel.correlationTable();
    Uncertainty u = withUniforms({{kUtilization, 0.6, 0.9}, {kRental, 2, 6}, {kLife, 2, 4}});
    u.setCorrelation(kUtilization, kRental, 0.6);
    u.setCorrelation(kUtilization, kLife, 0.6);
    document.setUncertainty(u, QStringLiteral("set"));
    const int steps = document.undoStack()->count();

    // With both tied to utilization, rental price and economic life cannot be
    // strongly opposed: Pearson 2 sin(π 0.6 / 6) = 0.618 each, so their own
    // must be at least 2 × 0.618² − 1 = −0.236; −0.9 gives −0.908.
    table->firstBox()->setCurrentIndex(table->firstBox()->findData(int(kRental)));
    table->secondBox()->setCurrentIndex(table->secondBox()->findData(int(kLife)));
    table->newRhoBox()->setValue(-0.9);
    QTest::mouseClick(table->addButton(), Qt::LeftButton);
    QCOMPARE(document.undoStack()->count(), steps);  // not applied
    QCOMPARE(document.activeScenario().uncertainty, u);
    QVERIFY(!table->messageLabel()->isHidden());
    QCOMPARE(table->messageLabel()->text(),
             QStringLiteral("Not applied: the rank correlations are not consistent (not positive definite): "
                            "capex.utilization–capex.rental_price, capex.utilization–capex.economic_life, "
                            "capex.rental_price–capex.economic_life"));

    // A consistent value is taken, and the message goes.
    table->newRhoBox()->setValue(0.8);
    QTest::mouseClick(table->addButton(), Qt::LeftButton);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.activeScenario().uncertainty.correlation(kRental, kLife), 0.8);
    QVERIFY(table->messageLabel()->isHidden());

    // The document itself refuses what the workspace reader would refuse:
    // a saved file always opens again.
    Uncertainty contradictory = document.activeScenario().uncertainty;
    contradictory.setCorrelation(kRental, kLife, -0.9);
    QVERIFY(!document.setUncertainty(contradictory, QStringLiteral("bad")));
    QCOMPARE(document.undoStack()->count(), steps + 1);
}

void TestDistributionEditor::noControlForChoiceParameters() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    for (const ParameterSpec& p : parameters()) {
        ParameterEditor* editor = panel.editor(p.param);
        QCOMPARE(editor->distributionButton() != nullptr, canBeUncertain(p.param));
    }
    QVERIFY(!panel.editor(ParamId::CostLaw)->distributionButton());
}

void TestDistributionEditor::editsMarkModifiedAndSaveWithTheWorkspace() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    document.markSaved();
    int edits = 0;
    connect(&document, &WorkspaceDocument::scenarioEdited, this, [&edits] { ++edits; });

    DistributionEditor* dialog = clickControl(panel.editor(kLife));
    chooseKind(dialog, DistributionKind::Triangular);
    dialog->lowBox()->setValue(2);
    dialog->modeBox()->setValue(3);
    dialog->highBox()->setValue(4);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    DistributionEditor* second = clickControl(panel.editor(kUtilization));
    chooseKind(second, DistributionKind::Normal);
    second->lowBox()->setValue(0.6);
    second->highBox()->setValue(0.9);
    QTest::mouseClick(second->okButton(), Qt::LeftButton);
    CorrelationTable* table = panel.correlationTable();
    table->newRhoBox()->setValue(0.25);
    QTest::mouseClick(table->addButton(), Qt::LeftButton);

    QCOMPARE(edits, 3);  // the views re-evaluate on each edit
    QVERIFY(document.isModified());
    const Uncertainty& edited = document.activeScenario().uncertainty;
    QCOMPARE(edited.distributions.size(), std::size_t(2));
    QCOMPARE(edited.correlation(kUtilization, kLife), 0.25);

    // Saved and read back: the same uncertainty on the same scenario.
    const WorkspaceLoad load = parseWorkspace(serializeWorkspace(document.workspace()));
    QVERIFY2(load.workspace, load.error.c_str());
    QCOMPARE(load.workspace->scenarios.at(std::size_t(document.activeIndex())).uncertainty, edited);

    // Undone back to where it was saved: not modified.
    for (int i = 0; i < 3; ++i) document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QVERIFY(document.activeScenario().uncertainty.empty());
}

QTEST_MAIN(TestDistributionEditor)
#include "test_distribution_editor.moc"
