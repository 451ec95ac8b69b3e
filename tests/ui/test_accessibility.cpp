// Readable and reachable: screen readers get each control's registry label
// and meaning and each chart's title; the keyboard walks the parameter panel
// in order; on a dark palette the unit labels and the filter box reach WCAG
// AA contrast; long compare headers and section titles wrap instead of
// being clipped.

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QStyleFactory>
#include <QToolButton>
#include <QtTest>

#include "charts/BarChartWidget.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "style/Contrast.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"
#include "widgets/WrappingToolBox.h"
#include "workspace/CompareTables.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

QString q(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

// A dark palette as a desktop theme or tests/tools/screenshots --dark sets
// it: text and backgrounds only, no placeholder colour of its own.
QPalette darkPalette() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, Qt::white);
    return dark;
}

// The unit label of an editor: its QLabel other than the name.
QLabel* unitLabel(ParameterEditor* editor) {
    for (QLabel* label : editor->findChildren<QLabel*>())
        if (label != editor->label()) return label;
    return nullptr;
}

}  // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private slots:
    void contrastRatioClosedForms();
    void controlsAreNamedFromTheRegistry();
    void chartsAreNamedByTitleAndTakeOneTabStop();
    void tabWalksSliderSpinBoxThenNextParameter();
    void darkPaletteKeepsUnitsAndFilterReadable();
    void compareHeaderWrapsLongNames();
    void sectionTitlesWrap();
};

void TestAccessibility::contrastRatioClosedForms() {
    // WCAG 2: (L1 + 0.05) / (L2 + 0.05); black on white is 21, a colour on itself 1.
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // #767676 is the lightest grey with 4.5:1 on white (4.54); #777777 just misses (4.48).
    QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    // Muted text is lighter than the text but still readable.
    const QColor muted = mutedTextColor(Qt::white, QColor(0x2b, 0x2b, 0x2b));
    QVERIFY(muted.lightness() < 255);
    QVERIFY(contrastRatio(muted, QColor(0x2b, 0x2b, 0x2b)) >= kMinTextContrast);
}

void TestAccessibility::controlsAreNamedFromTheRegistry() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    const ParameterSpec& price = spec(ParamId::CostFrontierPrice);
    ParameterEditor* editor = panel.editor(ParamId::CostFrontierPrice);
    QCOMPARE(editor->slider()->accessibleName(), q(price.labelEn));
    QCOMPARE(editor->spinBox()->accessibleName(), q(price.labelEn));
    QCOMPARE(editor->slider()->accessibleDescription(), q(price.meaning));
    QCOMPARE(editor->spinBox()->accessibleDescription(), q(price.meaning));
    const ParameterSpec& law = spec(ParamId::CostLaw);
    QCOMPARE(panel.editor(ParamId::CostLaw)->comboBox()->accessibleName(), q(law.labelEn));
    QCOMPARE(panel.editor(ParamId::CostLaw)->comboBox()->accessibleDescription(), q(law.meaning));
    // Every control of every parameter has a name and a description.
    for (const ParameterSpec& p : parameters()) {
        ParameterEditor* e = panel.editor(p.param);
        QVERIFY2(e, p.id.data());
        for (QWidget* control : {static_cast<QWidget*>(e->slider()), static_cast<QWidget*>(e->spinBox()),
                                 static_cast<QWidget*>(e->comboBox())}) {
            if (!control) continue;
            QCOMPARE(control->accessibleName(), q(p.labelEn));
            QVERIFY2(!control->accessibleDescription().isEmpty(), p.id.data());
        }
        QVERIFY(e->resetButton()->accessibleName().contains(q(p.labelEn)));
    }
}

void TestAccessibility::chartsAreNamedByTitleAndTakeOneTabStop() {
    ChartWidget chart(QStringLiteral("Price path"), AxisSpec(QStringLiteral("Month")),
                      AxisSpec(QStringLiteral("Price ($ / 1M tokens)")));
    QCOMPARE(chart.accessibleName(), QStringLiteral("Price path"));
    QCOMPARE(chart.accessibleDescription(), QStringLiteral("Price ($ / 1M tokens) against Month"));
    chart.setTitle(QStringLiteral("Cost per task"));
    QCOMPARE(chart.accessibleName(), QStringLiteral("Cost per task"));
    chart.setYAxisTitle(QStringLiteral("Cost ($)"));
    QCOMPARE(chart.accessibleDescription(), QStringLiteral("Cost ($) against Month"));
    QVERIFY(chart.focusPolicy() & Qt::TabFocus);
    QCOMPARE(chart.paintSurface()->parentWidget()->focusPolicy(), Qt::NoFocus);  // the view: no second stop
    // Focused from the keyboard, it shows a frame; without focus none.
    auto* view = qobject_cast<QFrame*>(chart.paintSurface()->parentWidget());
    QVERIFY(view);
    chart.show();
    QApplication::setActiveWindow(&chart);
    QVERIFY(QTest::qWaitForWindowActive(&chart));
    chart.clearFocus();
    QTRY_COMPARE(view->frameShape(), QFrame::NoFrame);
    chart.setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(view->frameShape(), QFrame::Box);
    chart.clearFocus();
    QTRY_COMPARE(view->frameShape(), QFrame::NoFrame);

    BarChartWidget bars(QStringLiteral("Where revenue goes"), AxisSpec(QStringLiteral("$ millions")));
    QCOMPARE(bars.accessibleName(), QStringLiteral("Where revenue goes"));
    QCOMPARE(bars.accessibleDescription(), QStringLiteral("$ millions"));
}

void TestAccessibility::tabWalksSliderSpinBoxThenNextParameter() {
    WorkspaceDocument document;
    ParameterPanel panel(&document);
    panel.resize(320, 2000);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    ParameterEditor* first = panel.editor(ParamId::CostFrontierPrice);
    ParameterEditor* second = panel.editor(ParamId::CostFrontierDecline);
    panel.showGroup(ModelGroup::Cost);
    first->slider()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(first->slider()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(first->spinBox()->hasFocus());
    // Then the distribution control (issue 12: the keyboard reaches the editor too).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(first->distributionButton()->hasFocus());
    // The reset button is disabled at the default value, so Tab goes on to the next parameter.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(second->slider()->hasFocus());
    // Changed from the default, the reset button comes after the spin box and the distribution control.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QVERIFY(second->resetButton()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(second->distributionButton()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(second->resetButton()->hasFocus());
}

void TestAccessibility::darkPaletteKeepsUnitsAndFilterReadable() {
    const QPalette light = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    // Before: the palette's own placeholder colour on the dark window.
    const QPalette dark = QApplication::palette();
    qInfo("placeholder of the dark palette on Window: %.2f:1, on Base: %.2f:1",
          contrastRatio(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Window)),
          contrastRatio(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)));

    WorkspaceDocument document;
    ParameterPanel panel(&document);
    QLabel* unit = unitLabel(panel.editor(ParamId::CostFrontierPrice));
    QVERIFY(unit);
    const QColor unitColor = unit->palette().color(unit->foregroundRole());
    const double unitContrast = contrastRatio(unitColor, unit->palette().color(QPalette::Window));
    QLineEdit* filter = panel.filterBox();
    const double placeholderContrast =
        contrastRatio(filter->palette().color(QPalette::PlaceholderText), filter->palette().color(QPalette::Base));
    const double textContrast =
        contrastRatio(filter->palette().color(QPalette::Text), filter->palette().color(QPalette::Base));
    qInfo("after: unit label %.2f:1, filter placeholder %.2f:1, filter text %.2f:1", unitContrast,
          placeholderContrast, textContrast);
    QVERIFY(unitContrast >= kMinTextContrast);
    QVERIFY(placeholderContrast >= kMinTextContrast);
    QVERIFY(textContrast >= kMinTextContrast);
    // The compare table's unit column is drawn in its placeholder colour.
    KpiCompareTable compare;
    QVERIFY(contrastRatio(compare.palette().color(QPalette::PlaceholderText), compare.palette().color(QPalette::Base)) >=
            kMinTextContrast);
    // Still secondary: lighter than the name beside it would be on dark.
    QVERIFY(unitColor != unit->palette().color(QPalette::WindowText));

    // Back to a light theme: the colours follow the palette (dark text again).
    QPalette lightTheme = darkPalette();
    lightTheme.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    lightTheme.setColor(QPalette::WindowText, Qt::black);
    lightTheme.setColor(QPalette::Base, Qt::white);
    lightTheme.setColor(QPalette::Text, Qt::black);
    QApplication::setPalette(lightTheme);
    QTRY_COMPARE(unit->palette().color(QPalette::Window), QColor(0xef, 0xef, 0xef));  // delivered as an event
    const QColor lightUnit = unit->palette().color(unit->foregroundRole());
    QVERIFY(contrastRatio(lightUnit, unit->palette().color(QPalette::Window)) >= kMinTextContrast);
    QVERIFY(lightUnit.lightness() < 128);
    QVERIFY(contrastRatio(filter->palette().color(QPalette::PlaceholderText), Qt::white) >= kMinTextContrast);
    QApplication::setPalette(light);
    QCoreApplication::processEvents();
}

void TestAccessibility::compareHeaderWrapsLongNames() {
    const QString longName =
        QStringLiteral("Aggressive pricing with a very long scenario name that cannot fit one column");
    KpiCompareTable table;
    std::vector<ScenarioView> views(2);
    views[0].name = QStringLiteral("Base");
    views[0].color = Qt::red;
    views[1].name = longName;
    views[1].color = Qt::blue;
    table.showScenarios(views);
    table.resize(520, 300);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QHeaderView* header = table.horizontalHeader();
    const int column = 3;  // label, unit, then the scenarios
    QCOMPARE(header->model()->headerData(column, Qt::Horizontal).toString(), longName);
    QCOMPARE(header->textElideMode(), Qt::ElideNone);
    const int width = header->sectionSize(column);
    QVERIFY(QFontMetrics(header->font()).horizontalAdvance(longName) > width);  // it must wrap
    // Tall enough for every wrapped line at the column's width (less the swatch).
    const int textWidth = width - 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) -
                          header->style()->pixelMetric(QStyle::PM_SmallIconSize) -
                          header->style()->pixelMetric(QStyle::PM_HeaderMargin);
    const int wrapped = QFontMetrics(header->font())
                            .boundingRect(QRect(0, 0, textWidth, 10000), int(Qt::AlignCenter | Qt::TextWordWrap), longName)
                            .height();
    QVERIFY(wrapped >= 2 * QFontMetrics(header->font()).height());
    QTRY_VERIFY(header->height() >= wrapped);
    QCOMPARE(header->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), longName);
}

void TestAccessibility::sectionTitlesWrap() {
    WrappingToolBox box;
    box.addItem(new QWidget, QStringLiteral("Cost curves — feeds every model"));
    box.addItem(new QWidget, QStringLiteral("Power"));
    box.resize(140, 400);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QAbstractButton* longTab = box.tabButton(0);
    QAbstractButton* shortTab = box.tabButton(1);
    QVERIFY(longTab && shortTab);
    QCOMPARE(longTab->text(), QStringLiteral("Cost curves — feeds every model"));  // the whole title, no "…"
    const QFontMetrics metrics(longTab->font());
    QVERIFY(metrics.horizontalAdvance(longTab->text()) > longTab->width());
    QTRY_VERIFY(longTab->height() >= 2 * metrics.height());  // two lines or more
    QVERIFY(shortTab->height() < longTab->height());          // one line
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
