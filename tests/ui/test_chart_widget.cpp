// ChartWidget behaviours that cost or save a frame: a new axis range is laid
// out in the same pass that paints it (one paint, not two), and a series given
// the same points again is not rebuilt.

#include <QChartView>
#include <QGraphicsLayout>
#include <QSignalSpy>
#include <QXYSeries>
#include <QtTest>

#include "charts/ChartWidget.h"

using namespace leverboard::ui;

namespace {

struct PaintCount : QObject {
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint) ++paints;
        return false;
    }
};

QList<QPointF> line(double from, double to) {
    QList<QPointF> points;
    for (int i = 0; i <= 50; ++i) points.append(QPointF(i, from + (to - from) * i / 50.0));
    return points;
}

// Runs the event loop until nothing has painted for a while.
void settle(const PaintCount& count) {
    int last = -1;
    for (int quiet = 0; quiet < 5;) {
        QTest::qWait(20);
        quiet = count.paints == last ? quiet + 1 : 0;
        last = count.paints;
    }
}

}  // namespace

class TestChartWidget : public QObject {
    Q_OBJECT

private slots:
    void aNewRangeIsPaintedOnce() {
        ChartWidget chart(QStringLiteral("Range"), AxisSpec(QStringLiteral("x")), AxisSpec(QStringLiteral("y")));
        const SeriesHandle series = chart.addLine(QStringLiteral("data"), Qt::blue);
        chart.resize(400, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPoints(series, line(0, 10));
        chart.updateRanges();
        PaintCount count;
        chart.paintSurface()->installEventFilter(&count);
        settle(count);

        // Data inside the range: one paint, the range as it was.
        const auto before = chart.yRange();
        count.paints = 0;
        chart.setPoints(series, line(1, 9));
        chart.updateRanges();
        settle(count);
        QCOMPARE(chart.yRange(), before);
        QCOMPARE(count.paints, 1);

        // Data far outside it: a new range, its labels laid out, still one paint.
        // Qt Charts invalidates the chart's layout when new tick labels change
        // the axes' size (as a histogram's money axis does); that layout must
        // be done before updateRanges returns, not left for a later event-loop
        // pass, which paints the chart a second time 4–8 ms later.
        QGraphicsLayout* layout = chart.findChild<QChartView*>()->chart()->layout();
        count.paints = 0;
        chart.setPoints(series, line(-5000, 70000));
        layout->invalidate();  // as the axis does when its labels' size changes
        QVERIFY(!layout->isActivated());
        chart.updateRanges();
        QVERIFY(layout->isActivated());
        settle(count);
        QVERIFY(chart.yRange() != before);
        QVERIFY(chart.yRange().first <= -5000 && chart.yRange().second >= 70000);
        QCOMPARE(count.paints, 1);
    }

    void theSamePointsAreNotRebuilt() {
        ChartWidget chart(QStringLiteral("Same"), AxisSpec(QStringLiteral("x")), AxisSpec(QStringLiteral("y")));
        const SeriesHandle series = chart.addLine(QStringLiteral("data"), Qt::blue);
        chart.setPoints(series, line(0, 10));
        auto* xy = qobject_cast<QXYSeries*>(chart.findChild<QChartView*>()->chart()->series().front());
        QVERIFY(xy);
        QSignalSpy replaced(xy, &QXYSeries::pointsReplaced);
        chart.setPoints(series, line(0, 10));
        QCOMPARE(replaced.count(), 0);
        chart.setPoints(series, line(0, 11));
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(chart.points(series), line(0, 11));
    }
};

QTEST_MAIN(TestChartWidget)
#include "test_chart_widget.moc"
