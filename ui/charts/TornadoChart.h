#pragma once
// A tornado chart: one horizontal bar per row (a parameter), from the base
// value of a KPI to its value at the row's low end and at its high end, the
// two ends in their own colours and labelled with their values, the base
// value as a vertical line. Rows read top to bottom in the order given (the
// largest swing first). Qt Charts types stay inside ui/charts: the bars are
// graphics items over an axis frame, updated in place.

#include <QList>
#include <QPair>
#include <QPoint>
#include <QString>
#include <functional>

#include "charts/Chart.h"

class QCategoryAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;

namespace leverboard::ui {

struct TornadoRow {
    QString label;       // the row's name on the axis (a parameter's label)
    double low = 0;      // the KPI with the parameter at its low end
    double high = 0;     // … at its high end
    QString lowText;     // drawn beyond the low end's bar, e.g. "−$1.2B"
    QString highText;
    QString toolTip;
};

class TornadoChart : public Chart {
    Q_OBJECT
public:
    explicit TornadoChart(const QString& title, QWidget* parent = nullptr);
    ~TornadoChart() override;

    // How tick labels of the value axis read (the KPI's people format).
    void setValueFormatter(std::function<QString(double)> formatter);
    void setValueTitle(const QString& title);
    // The legend's names of the two ends and of the base line.
    void setLegendNames(const QString& lowEnd, const QString& highEnd, const QString& base);

    // Replaces every row (top to bottom) and the base value.
    void setRows(double base, const QList<TornadoRow>& rows);
    // The base line hidden (a KPI with no value at the scenario).
    void setBaseVisible(bool visible);

    // Read-back for tests.
    int rowCount() const { return int(rows_.size()); }
    const TornadoRow& row(int index) const { return rows_[index]; }
    double base() const { return base_; }
    QPair<double, double> valueRange() const { return {xMin_, xMax_}; }
    QStringList tickLabels() const;
    // The middle of a row's bar, in paintSurface() coordinates (a click there selects it).
    QPoint rowCenter(int index) const;
    // The row at a point of paintSurface(), or -1.
    int rowAt(const QPoint& surfacePoint) const;
    // The row the keyboard is on (Up and Down move it, Enter or Space selects it), or -1.
    int currentRow() const { return current_; }

signals:
    void rowClicked(int index);

protected:
    QList<QAbstractAxis*> themedAxes() const override;
    void applyColors() override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct Bar {
        QGraphicsRectItem* lowBar = nullptr;
        QGraphicsRectItem* highBar = nullptr;
        QGraphicsSimpleTextItem* lowLabel = nullptr;
        QGraphicsSimpleTextItem* highLabel = nullptr;
    };

    void layoutBars();
    void updateAxes();
    Bar& barAt(int index);
    void styleBar(Bar& bar);

    QCategoryAxis* xAxis_ = nullptr;
    QCategoryAxis* yAxis_ = nullptr;
    QLineSeries* baseLine_ = nullptr;
    QScatterSeries* lowKey_ = nullptr;   // empty: the legend's swatch of the low end
    QScatterSeries* highKey_ = nullptr;
    std::function<QString(double)> formatter_;
    QList<TornadoRow> rows_;
    std::vector<Bar> bars_;  // a pool: items are reused, hidden when unused
    QGraphicsRectItem* highlight_ = nullptr;  // the keyboard's row, while the chart has the focus
    int current_ = -1;
    double base_ = 0;
    double xMin_ = -1, xMax_ = 1;
};

}  // namespace leverboard::ui
