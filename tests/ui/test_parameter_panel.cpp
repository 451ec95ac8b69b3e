// The parameter panel drives the document: sliders, spin boxes, the enum
// combo and reset buttons edit the active scenario through undoable
// commands, and the editors follow the document back (undo, scenario switch).

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QTextDocumentFragment>
#include <QToolBox>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>
#include <cmath>

#include "document/WorkspaceDocument.h"
#include "widgets/ApplicationTable.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

constexpr int kPositions = 1000;

// The slider mapping as the design states it, written out independently:
// position / 1000 is linear in the value, in log(value) or in log(1 + value).
double sliderSpace(Scale scale, double value) {
    switch (scale) {
    case Scale::Linear: return value;
    case Scale::Log: return std::log(value);
    case Scale::LogOnePlus: return std::log(1 + value);
    }
    return value;
}

double expectedValueAt(const ParameterSpec& p, int position) {
    const double low = sliderSpace(p.scale, p.min);
    const double high = sliderSpace(p.scale, p.max);
    const double coordinate = low + (high - low) * position / kPositions;
    switch (p.scale) {
    case Scale::Linear: return coordinate;
    case Scale::Log: return std::exp(coordinate);
    case Scale::LogOnePlus: return std::exp(coordinate) - 1;
    }
    return coordinate;
}

int expectedPosition(const ParameterSpec& p, double value) {
    const double low = sliderSpace(p.scale, p.min);
    const double high = sliderSpace(p.scale, p.max);
    return int(std::lround((sliderSpace(p.scale, value) - low) / (high - low) * kPositions));
}

// Width of one slider position in slider space.
double positionWidth(const ParameterSpec& p) {
    return (sliderSpace(p.scale, p.max) - sliderSpace(p.scale, p.min)) / kPositions;
}

bool near(double actual, double expected, double relative) {
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

QString plainText(const QString& html) { return QTextDocumentFragment::fromHtml(html).toPlainText(); }

QString text(std::string_view view) { return QString::fromUtf8(view.data(), qsizetype(view.size())); }

}  // namespace

class TestParameterPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void hasOneEditorPerParameter();
    void keyboardStepOnLinearSliderMovesOneRegistryStep();
    void pageUpOnLogSliderFollowsLogMapping();
    void sliderSetValueUpdatesSpinAndScenario();
    void spinValueMovesSliderAndKeepsTypedValue();
    void typedTextIsReadExactly();
    void logDefaultsRoundTripThroughSlider();
    void resetRestoresDefault();
    void dragIsOneUndoStep();
    void undoOfKeyboardStepUpdatesEditors();
    void costLawComboSwitchesToWright();
    void tooltipsNameUnitRangeAndSource();
    void followsActiveScenarioAndReset();
    void sectionsInModelOrder();
    void filterHidesOtherEditors();
    void fitsNarrowDock();
};

void TestParameterPanel::hasOneEditorPerParameter() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    QCOMPARE(parameters().size(), kParamCount);
    for (const ParameterSpec& p : parameters()) {
        ParameterEditor* editor = panel.editor(p.param);
        QVERIFY2(editor, p.id.data());
        QCOMPARE(editor->parameter(), p.param);
        QCOMPARE(editor->value(), document.activeScenario()[p.param]);
        QVERIFY(editor->resetButton());
        if (p.isEnum()) {
            QVERIFY(editor->comboBox());
            QVERIFY(!editor->slider());
            QVERIFY(!editor->spinBox());
        } else {
            QVERIFY(editor->slider() && editor->spinBox());
            QCOMPARE(editor->slider()->minimum(), 0);
            QCOMPARE(editor->slider()->maximum(), kPositions);
            QCOMPARE(editor->spinBox()->minimum(), p.min);
            QCOMPARE(editor->spinBox()->maximum(), p.max);
            QVERIFY(!editor->spinBox()->keyboardTracking());
            QCOMPARE(editor->slider()->value(), expectedPosition(p, p.defaultValue));
        }
        // Every default is shown as a default: plain label, reset disabled.
        QVERIFY(!editor->resetButton()->isEnabled());
        QVERIFY(!editor->label()->font().bold());
    }
}

void TestParameterPanel::keyboardStepOnLinearSliderMovesOneRegistryStep() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    ParameterEditor* horizon = panel.editor(ParamId::HorizonYears);
    QCOMPARE(document.activeScenario()[ParamId::HorizonYears], 5.0);  // MODEL.md default

    QTest::keyClick(horizon->slider(), Qt::Key_Right);
    QCOMPARE(document.activeScenario()[ParamId::HorizonYears], 6.0);  // one step of 1 year
    QCOMPARE(horizon->spinBox()->value(), 6.0);
    QCOMPARE(document.undoStack()->count(), 1);

    QTest::keyClick(horizon->slider(), Qt::Key_Left);
    QTest::keyClick(horizon->slider(), Qt::Key_Left);
    QCOMPARE(document.activeScenario()[ParamId::HorizonYears], 4.0);
    QCOMPARE(horizon->spinBox()->value(), 4.0);
    QCOMPARE(document.undoStack()->count(), 3);  // each key press is its own step
    QVERIFY(horizon->label()->font().bold());
}

void TestParameterPanel::pageUpOnLogSliderFollowsLogMapping() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    const ParameterSpec& p = spec(ParamId::CostFrontierPrice);
    ParameterEditor* editor = panel.editor(p.param);
    const int before = editor->slider()->value();
    QCOMPARE(before, 600);  // log10(10 / 0.01) / log10(1000 / 0.01) = 3 / 5

    QTest::keyClick(editor->slider(), Qt::Key_PageUp);
    const int after = editor->slider()->value();
    QVERIFY(after > before);
    const double value = document.activeScenario()[p.param];
    // The slider rounds to three significant digits: within 0.5 %.
    QVERIFY2(near(value, expectedValueAt(p, after), 0.005),
             qPrintable(QStringLiteral("%1 vs %2").arg(value).arg(expectedValueAt(p, after))));
    QVERIFY(value > 10);
    QCOMPARE(editor->spinBox()->value(), value);

    QTest::keyClick(editor->slider(), Qt::Key_Right);
    QCOMPARE(editor->slider()->value(), after + 1);
    QVERIFY(near(document.activeScenario()[p.param], expectedValueAt(p, after + 1), 0.005));
    QVERIFY(document.activeScenario()[p.param] > value);
}

void TestParameterPanel::sliderSetValueUpdatesSpinAndScenario() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    const ParamId ids[] = {ParamId::CapexWacc, ParamId::LifeQueriesPerMonth, ParamId::LevComputePerPerson};
    for (ParamId id : ids) {
        const ParameterSpec& p = spec(id);
        ParameterEditor* editor = panel.editor(id);
        for (int position : {250, 730}) {
            editor->slider()->setValue(position);
            const double value = document.activeScenario()[id];
            const double expected = expectedValueAt(p, position);
            if (p.scale == Scale::Linear)
                QVERIFY2(std::abs(value - expected) <= p.step / 2 + 1e-12, p.id.data());
            else
                QVERIFY2(near(value, expected, 0.005), p.id.data());
            QCOMPARE(editor->spinBox()->value(), value);
            QCOMPARE(editor->value(), value);
        }
    }
    // Linear values land on the registry's step: WACC steps by 0.005.
    const double wacc = document.activeScenario()[ParamId::CapexWacc];
    QVERIFY(std::abs(wacc / 0.005 - std::round(wacc / 0.005)) < 1e-9);
}

void TestParameterPanel::spinValueMovesSliderAndKeepsTypedValue() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    const ParameterSpec& p = spec(ParamId::CostFrontierPrice);
    ParameterEditor* editor = panel.editor(p.param);

    editor->spinBox()->setValue(12.34);
    // The typed value is kept exactly, not replaced by the slider's nearest position.
    QCOMPARE(document.activeScenario()[p.param], 12.34);
    QCOMPARE(editor->slider()->value(), expectedPosition(p, 12.34));
    QCOMPARE(editor->spinBox()->value(), 12.34);
    QCOMPARE(document.undoStack()->count(), 1);

    ParameterEditor* horizon = panel.editor(ParamId::HorizonYears);
    horizon->spinBox()->setValue(7);
    QCOMPARE(document.activeScenario()[ParamId::HorizonYears], 7.0);
    QCOMPARE(horizon->slider()->value(), expectedPosition(spec(ParamId::HorizonYears), 7));  // 6/19 → 316
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestParameterPanel::typedTextIsReadExactly() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    QDoubleSpinBox* queries = panel.editor(ParamId::LifeQueriesPerMonth)->spinBox();
    QCOMPARE(queries->text(), QStringLiteral("2 B"));  // 2e9 queries / month
    auto type = [](QDoubleSpinBox* spin, const QString& text) {
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
    };
    type(queries, QStringLiteral("3.5 B"));
    QCOMPARE(document.activeScenario()[ParamId::LifeQueriesPerMonth], 3.5e9);
    type(queries, QStringLiteral("123456789"));
    QCOMPARE(document.activeScenario()[ParamId::LifeQueriesPerMonth], 123456789.0);
    QCOMPARE(queries->text(), QStringLiteral("123.456789 M"));  // shortened, never rounded

    QDoubleSpinBox* salary = panel.editor(ParamId::LevSalary)->spinBox();
    type(salary, QStringLiteral("350k"));
    QCOMPARE(document.activeScenario()[ParamId::LevSalary], 350000.0);
    type(salary, QStringLiteral("2.5e5"));
    QCOMPARE(document.activeScenario()[ParamId::LevSalary], 250000.0);
    QCOMPARE(document.undoStack()->count(), 4);

    // Out of range or not a number: the old value stays.
    type(salary, QStringLiteral("9e9"));
    type(salary, QStringLiteral("abc"));
    QCOMPARE(document.activeScenario()[ParamId::LevSalary], 250000.0);
    QCOMPARE(document.undoStack()->count(), 4);
}

void TestParameterPanel::logDefaultsRoundTripThroughSlider() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    int checked = 0;
    for (const ParameterSpec& p : parameters()) {
        if (p.scale == Scale::Linear) continue;
        ParameterEditor* editor = panel.editor(p.param);
        const int position = editor->slider()->value();
        QCOMPARE(position, expectedPosition(p, p.defaultValue));
        const double width = positionWidth(p);
        const double mapped = slider_scale::valueAt(p, position);
        QVERIFY2(std::abs(sliderSpace(p.scale, mapped) - sliderSpace(p.scale, p.defaultValue)) <= width,
                 p.id.data());

        // Through the widget: move away and back; the scenario returns to the
        // default within one position's width.
        editor->slider()->setValue(position == kPositions ? position - 7 : position + 7);
        editor->slider()->setValue(position);
        const double back = document.activeScenario()[p.param];
        QVERIFY2(std::abs(sliderSpace(p.scale, back) - sliderSpace(p.scale, p.defaultValue)) <= width,
                 qPrintable(QStringLiteral("%1: %2 vs default %3").arg(text(p.id)).arg(back).arg(p.defaultValue)));
        ++checked;
    }
    QVERIFY(checked >= 20);  // the registry has more than twenty log-scaled parameters
}

void TestParameterPanel::resetRestoresDefault() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    const ParameterSpec& p = spec(ParamId::CostFrontierDecline);
    ParameterEditor* editor = panel.editor(p.param);
    QVERIFY(!editor->resetButton()->isEnabled());
    QVERIFY(editor->resetButton()->toolTip().contains(QStringLiteral("7 × per year")));

    editor->spinBox()->setValue(9);
    QCOMPARE(document.activeScenario()[p.param], 9.0);
    QVERIFY(editor->resetButton()->isEnabled());
    QVERIFY(editor->label()->font().bold());

    QTest::mouseClick(editor->resetButton(), Qt::LeftButton);
    QCOMPARE(document.activeScenario()[p.param], 7.0);  // MODEL.md default
    QCOMPARE(editor->spinBox()->value(), 7.0);
    QCOMPARE(editor->slider()->value(), expectedPosition(p, 7.0));
    QVERIFY(!editor->resetButton()->isEnabled());
    QVERIFY(!editor->label()->font().bold());
    QCOMPARE(document.undoStack()->count(), 2);  // the edit and the reset

    document.undoStack()->undo();
    QCOMPARE(editor->spinBox()->value(), 9.0);
    QVERIFY(editor->resetButton()->isEnabled());
}

void TestParameterPanel::dragIsOneUndoStep() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    const ParameterSpec& p = spec(ParamId::LevSalary);
    ParameterEditor* editor = panel.editor(p.param);
    QSlider* slider = editor->slider();
    const double original = document.activeScenario()[p.param];
    const int start = slider->value();

    slider->setSliderDown(true);
    for (int offset : {10, 20, 30}) slider->setValue(start + offset);
    slider->setSliderDown(false);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(near(document.activeScenario()[p.param], expectedValueAt(p, start + 30), 0.005));
    QCOMPARE(editor->spinBox()->value(), document.activeScenario()[p.param]);

    document.undoStack()->undo();
    QCOMPARE(document.activeScenario()[p.param], original);
    QCOMPARE(slider->value(), start);
    QCOMPARE(editor->spinBox()->value(), original);
    QVERIFY(!editor->resetButton()->isEnabled());

    // A second drag is a second step.
    slider->setSliderDown(true);
    slider->setValue(start - 40);
    slider->setValue(start - 80);
    slider->setSliderDown(false);
    QCOMPARE(document.undoStack()->count(), 1);  // the undone step was discarded
    QCOMPARE(document.undoStack()->index(), 1);
    QVERIFY(near(document.activeScenario()[p.param], expectedValueAt(p, start - 80), 0.005));
}

void TestParameterPanel::undoOfKeyboardStepUpdatesEditors() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    const ParameterSpec& p = spec(ParamId::LevP);
    ParameterEditor* editor = panel.editor(p.param);
    QTest::keyClick(editor->slider(), Qt::Key_Right);
    QTest::keyClick(editor->slider(), Qt::Key_Right);
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(document.activeScenario()[p.param], 0.52);  // 0.5 + two steps of 0.01

    document.undoStack()->undo();
    QCOMPARE(document.activeScenario()[p.param], 0.51);
    QCOMPARE(editor->spinBox()->value(), 0.51);
    QCOMPARE(editor->slider()->value(), expectedPosition(p, 0.51));

    document.undoStack()->undo();
    QCOMPARE(editor->spinBox()->value(), 0.5);
    QCOMPARE(editor->slider()->value(), expectedPosition(p, 0.5));
    QVERIFY(!editor->resetButton()->isEnabled());

    document.undoStack()->redo();
    QCOMPARE(editor->spinBox()->value(), 0.51);
}

void TestParameterPanel::costLawComboSwitchesToWright() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    ParameterEditor* editor = panel.editor(ParamId::CostLaw);
    QComboBox* combo = editor->comboBox();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("Exponential"));
    QCOMPARE(combo->itemText(1), QStringLiteral("Wright"));
    QCOMPARE(combo->currentIndex(), 0);

    combo->setCurrentIndex(1);
    QCOMPARE(document.activeScenario()[ParamId::CostLaw], double(CostLaw::Wright));
    QVERIFY(editor->resetButton()->isEnabled());
    QCOMPARE(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    QCOMPARE(document.activeScenario()[ParamId::CostLaw], double(CostLaw::Exponential));
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(!editor->resetButton()->isEnabled());
}

void TestParameterPanel::tooltipsNameUnitRangeAndSource() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    for (const ParameterSpec& p : parameters()) {
        const QString tip = plainText(panel.editor(p.param)->toolTip());
        auto require = [&](const QString& part) {
            QVERIFY2(tip.contains(part), qPrintable(text(p.id) + QStringLiteral(": tooltip lacks ") + part));
        };
        require(text(p.labelEn));
        require(text(p.meaning));
        require(text(p.source));
        require(text(p.id));
        if (!p.unit.empty()) require(text(p.unit));
        if (p.isEnum()) {
            require(QStringLiteral("Exponential"));
            require(QStringLiteral("Wright"));
        } else {
            require(QString::number(p.min, 'g', 15));
            require(QString::number(p.max, 'g', 15));
            require(QString::number(p.defaultValue, 'g', 15));
            if (p.scale != Scale::Linear) require(QStringLiteral("log"));
        }
    }
    // One worked case in full, as MODEL.md writes it.
    const QString frontier = plainText(panel.editor(ParamId::CostFrontierPrice)->toolTip());
    QVERIFY(frontier.contains(QStringLiteral("$ / 1M tokens")));
    QVERIFY(frontier.contains(QStringLiteral("0.01 to 1000")));
}

void TestParameterPanel::followsActiveScenarioAndReset() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    QVERIFY(document.workspace().scenarios.size() >= 2);
    document.setActiveIndex(1);
    int differing = 0;
    for (const ParameterSpec& p : parameters()) {
        const double value = document.activeScenario()[p.param];
        QCOMPARE(panel.editor(p.param)->value(), value);
        if (value != p.defaultValue) {
            ++differing;
            QVERIFY(panel.editor(p.param)->resetButton()->isEnabled());
        }
    }
    QVERIFY(differing > 0);  // the second preset is not the base case

    Workspace workspace = defaultWorkspace();
    workspace.active = 0;
    workspace.scenarios[0][ParamId::CostFrontierPrice] = 123;
    document.reset(workspace, QString());
    QCOMPARE(panel.editor(ParamId::CostFrontierPrice)->spinBox()->value(), 123.0);
    QCOMPARE(panel.editor(ParamId::CostFrontierPrice)->slider()->value(),
             expectedPosition(spec(ParamId::CostFrontierPrice), 123));
}

void TestParameterPanel::sectionsInModelOrder() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    QToolBox* sections = panel.sections();
    QCOMPARE(sections->count(), 7);
    QVERIFY(sections->itemText(0).startsWith(QStringLiteral("Cost curves")));
    QVERIFY(sections->itemText(0).contains(QStringLiteral("feeds every model")));
    QCOMPARE(sections->itemText(1), QStringLiteral("Compute leverage"));
    QCOMPARE(sections->itemText(2), QStringLiteral("Model half-life"));
    QCOMPARE(sections->itemText(3), QStringLiteral("Capex && ROIC"));  // "&&" shows one "&"
    QCOMPARE(sections->itemText(4), QStringLiteral("Cluster scaling"));
    QCOMPARE(sections->itemText(5), QStringLiteral("Power"));
    QCOMPARE(sections->itemText(6), QStringLiteral("Chip bets"));
    const ModelGroup order[] = {ModelGroup::Cost,    ModelGroup::Leverage, ModelGroup::HalfLife, ModelGroup::Capex,
                                ModelGroup::Cluster, ModelGroup::Power,    ModelGroup::Chips};
    for (const ParameterSpec& p : parameters()) {
        ParameterEditor* editor = panel.editor(p.param);
        if (p.group == ModelGroup::Global) {
            QVERIFY(!sections->isAncestorOf(editor));
            continue;
        }
        const int section = int(std::find(std::begin(order), std::end(order), p.group) - std::begin(order));
        QVERIFY2(sections->widget(section)->isAncestorOf(editor), p.id.data());
    }
    QVERIFY(sections->widget(0)->isAncestorOf(panel.applicationTable()));

    panel.showGroup(ModelGroup::Capex);
    QCOMPARE(sections->currentIndex(), 3);
    panel.showGroup(ModelGroup::Global);  // the horizon is always visible: leave the section open
    QCOMPARE(sections->currentIndex(), 3);
    panel.showGroup(ModelGroup::Leverage);
    QCOMPARE(sections->currentIndex(), 1);
}

void TestParameterPanel::filterHidesOtherEditors() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    panel.setFilterText(QStringLiteral("wacc"));
    QVERIFY(!panel.editor(ParamId::CapexWacc)->isHidden());
    QVERIFY(panel.editor(ParamId::CostFrontierPrice)->isHidden());
    QVERIFY(panel.editor(ParamId::HorizonYears)->isHidden());
    QCOMPARE(panel.sections()->currentIndex(), 3);  // the only section with a match opens
    QVERIFY(!panel.sections()->isItemEnabled(0));

    panel.setFilterText(QStringLiteral("life."));  // ids match too
    for (const ParameterSpec& p : parameters())
        QCOMPARE(panel.editor(p.param)->isHidden(), p.group != ModelGroup::HalfLife);
    QCOMPARE(panel.sections()->currentIndex(), 2);

    panel.setFilterText(QString());
    for (const ParameterSpec& p : parameters()) QVERIFY(!panel.editor(p.param)->isHidden());
    QCOMPARE(panel.sections()->itemText(1), QStringLiteral("Compute leverage"));
}

void TestParameterPanel::fitsNarrowDock() {
    WorkspaceDocument document;
    QScrollArea dock;  // as the main window hosts the panel
    auto* panel = new ParameterPanel(&document);
    dock.setWidget(panel);
    dock.setWidgetResizable(true);
    dock.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    dock.resize(340, 700);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const QString grabDir = qEnvironmentVariable("LEVERBOARD_GRAB_DIR");
    for (int i = 0; i < panel->sections()->count(); ++i) {
        panel->sections()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        QWidget* page = panel->sections()->widget(i);
        QVERIFY(page->width() >= page->minimumSizeHint().width());
        for (ParameterEditor* editor : page->findChildren<ParameterEditor*>()) {
            QVERIFY2(editor->label()->width() >= editor->label()->sizeHint().width(),
                     qPrintable(editor->labelText()));
            QVERIFY(editor->geometry().right() < page->width());
            if (QDoubleSpinBox* spin = editor->spinBox()) {
                // The shown value and a three-digit value from mid-slider fit the box.
                const ParameterSpec& p = editor->parameterSpec();
                const double mid = slider_scale::quantize(p, slider_scale::valueAt(p, 437));
                QLineEdit* line = spin->findChild<QLineEdit*>();
                const int room = line->width() - 4;
                QVERIFY2(line->fontMetrics().horizontalAdvance(line->text()) <= room, p.id.data());
                QVERIFY2(line->fontMetrics().horizontalAdvance(spin->textFromValue(mid)) <= room, p.id.data());
            }
        }
        auto* inner = qobject_cast<QScrollArea*>(page->parentWidget()->parentWidget());
        QVERIFY(inner);
        QVERIFY(!inner->horizontalScrollBar()->isVisible());
        if (!grabDir.isEmpty()) dock.grab().save(grabDir + QStringLiteral("/panel-%1.png").arg(i));
        if (i == 0) {
            // The application table at the bottom of the cost section fits too.
            ApplicationTable* table = panel->applicationTable();
            inner->ensureWidgetVisible(table);
            QCoreApplication::processEvents();
            QVERIFY(table->mapTo(page, QPoint(table->width(), 0)).x() <= inner->viewport()->width());
            if (!grabDir.isEmpty()) dock.grab().save(grabDir + QStringLiteral("/panel-applications.png"));
        }
    }
}

QTEST_MAIN(TestParameterPanel)
#include "test_parameter_panel.moc"
