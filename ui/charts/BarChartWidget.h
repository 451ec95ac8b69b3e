#pragma once
// Our own small bar chart class, the companion of ChartWidget for data that
// comes in categories (years, scenarios). Qt Charts types stay inside
// ui/charts. Bar sets are created once and their values replaced in place
// (QBarSet::replace, PERFORMANCE.md): no rebuilds, no animation, a value
// axis whose range moves only when the data leaves it.

#include <QColor>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <vector>

#include "charts/Chart.h"
#include "charts/ChartWidget.h"  // AxisSpec

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace leverboard::ui {

class BarChartWidget : public Chart {
    Q_OBJECT
public:
    // y: the value axis (linear; its title carries the unit).
    BarChartWidget(const QString& title, const AxisSpec& y, QWidget* parent = nullptr);
    ~BarChartWidget() override;

    void setCategoryTitle(const QString& title);  // the category axis title, e.g. "Year"

    // Categories along the bottom; a no-op when unchanged.
    void setCategories(const QStringList& categories);
    QStringList categories() const;

    // Bar sets are created once, at page construction. Returns the set index.
    int addSet(const QString& name, const QColor& color);
    // Replaces a set's values in place, one per category (missing ones are
    // drawn as 0, extra ones ignored). Non-finite values are drawn as 0.
    void setValues(int set, const QList<double>& values);
    void setSetName(int set, const QString& name);
    void setSetColor(int set, const QColor& color);
    // Extra text for a set's hover tip (e.g. "a loss is drawn below zero").
    void setSetDescription(int set, const QString& description);

    // Stacked: a set's bars sit on top of the previous sets' (negative values
    // stack downwards from zero). Side by side otherwise (the default).
    void setStacked(bool stacked);
    bool isStacked() const { return stacked_; }

    void setLegendAlignment(Qt::Alignment alignment);

    // Recomputes the value axis range (0 always included), with hysteresis.
    // Call once after a batch of setValues.
    void updateRanges();

    // Read-back for tests, export and the report.
    int setCount() const { return static_cast<int>(sets_.size()); }
    int findSet(const QString& name) const;  // -1 when absent
    QString setName(int set) const;
    QList<double> values(int set) const;    // as drawn, one per category
    QPair<double, double> yRange() const { return {yMin_, yMax_}; }
    const AxisSpec& yAxisSpec() const { return ySpec_; }

protected:
    QList<QAbstractAxis*> themedAxes() const override;
    void applyColors() override;

private:
    struct Set {
        QBarSet* bars = nullptr;
        QColor color;
        QString description;
    };

    void attachSeries(QAbstractBarSeries* series);
    void showHoverTip(bool state, int index, QBarSet* bars);
    void fitCategoryLabels();

    AxisSpec ySpec_;
    QBarCategoryAxis* xAxis_ = nullptr;
    QValueAxis* yAxis_ = nullptr;
    QAbstractBarSeries* series_ = nullptr;
    std::vector<Set> sets_;
    QStringList categories_;
    bool stacked_ = false;
    bool labelsUpright_ = false;  // category labels turned by 90° to fit
    double yMin_ = 0, yMax_ = 1;
    bool rangeSet_ = false;
};

}  // namespace leverboard::ui
