#pragma once
// What every chart of the dashboard is, line or bar: a widget around one
// QChart with a title, a note in the plot's corner, painting into any target
// (export, report, presentation) and a context menu the exports connect to
// once. ChartWidget (XY data) and BarChartWidget (categories) derive from it.
// Qt Charts types stay inside ui/charts.

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QWidget>

class QAbstractAxis;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;

namespace leverboard::ui {

class Chart : public QWidget {
    Q_OBJECT
public:
    ~Chart() override;

    QString title() const;
    void setTitle(const QString& title);
    // A text note drawn in the plot's top-left corner (e.g. "not reachable").
    void setNote(const QString& text);

    // Lays the chart out at target's size and paints it there (vector output
    // on vector devices), independent of the size it has on screen.
    void render(QPainter* painter, const QRectF& target);
    // The chart at logicalSize on its own background, devicePixelRatio pixels per point.
    QImage toImage(const QSize& logicalSize, qreal devicePixelRatio = 2.0);

    // The graphics view that paints (benchmarks count its paint events).
    QWidget* paintSurface() const;

signals:
    // A right click on the chart; the exports offer their menu here.
    void contextMenuRequested(const QPoint& globalPos);

protected:
    // Sets up the chart (no animation, legend below, tight margins), its note
    // and a view for fast in-place updates. A derived class adds its axes and
    // then calls applyTheme().
    explicit Chart(const QString& title, QWidget* parent);

    // Colours follow the system's light or dark appearance, fonts the widget's.
    void applyTheme();
    // The axes whose labels and titles take the small font.
    virtual QList<QAbstractAxis*> themedAxes() const = 0;
    // Re-applies the series' own colours (a theme change resets them).
    virtual void applyColors() = 0;

    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    // A frame in the highlight colour while the chart has the keyboard focus.
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

    QChart* chart_ = nullptr;
    QChartView* view_ = nullptr;
    QGraphicsSimpleTextItem* note_ = nullptr;
};

}  // namespace leverboard::ui
