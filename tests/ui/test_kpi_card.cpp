// A KPI card's value takes the colour of its side of the KPI's natural
// threshold, and changes its palette only when that colour changes: setting
// it on every update cost each card a palette propagation and an extra
// repaint per slider tick.

#include <QLabel>
#include <QtTest>

#include "models/Engine.h"
#include "widgets/KpiCard.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

struct PaletteChanges : QObject {
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::PaletteChange) ++count;
        return false;
    }
};

QLabel* valueLabel(const KpiCard& card) {
    for (QLabel* label : card.findChildren<QLabel*>())
        if (label->text() == card.valueText()) return label;
    return nullptr;
}

Results withUtilization(double utilization) {
    Scenario s;
    s[ParamId::CapexUtilization] = utilization;
    return evaluate(s);
}

}  // namespace

class TestKpiCard : public QObject {
    Q_OBJECT

private slots:
    void valueColourFollowsTheThresholdAndIsSetOnlyWhenItChanges() {
        // NPV against 0 (good above): negative at the default utilisation,
        // positive near full utilisation (the engine says which, checked here).
        const Results low = withUtilization(0.6), lower = withUtilization(0.55), high = withUtilization(0.99);
        QVERIFY(*low.kpi("capex.npv")->value < 0 && *lower.kpi("capex.npv")->value < 0);
        QVERIFY(*high.kpi("capex.npv")->value > 0);

        KpiCard card(QStringLiteral("capex.npv"));
        card.show();
        card.showKpi(low);
        QCOMPARE(card.tone(), KpiTone::Bad);
        QLabel* value = valueLabel(card);
        QVERIFY(value);
        const QColor bad = value->palette().color(QPalette::WindowText);
        QVERIFY(bad != card.palette().color(QPalette::WindowText));  // coloured, not plain text

        PaletteChanges changes;
        value->installEventFilter(&changes);
        card.showKpi(lower);  // another value, the same side
        QCOMPARE(card.tone(), KpiTone::Bad);
        QCOMPARE(changes.count, 0);

        card.showKpi(high);
        QCOMPARE(card.tone(), KpiTone::Good);
        QCOMPARE(changes.count, 1);
        const QColor good = value->palette().color(QPalette::WindowText);
        QVERIFY(good != bad);
        QVERIFY(good.green() > good.red());

        card.showKpi(low);
        QCOMPARE(value->palette().color(QPalette::WindowText), bad);
        QCOMPARE(changes.count, 2);
    }
};

QTEST_MAIN(TestKpiCard)
#include "test_kpi_card.moc"
