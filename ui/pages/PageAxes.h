#pragma once

// Small chart helpers the model pages share, so each page states only what is
// particular to its charts.

#include <QList>
#include <QPointF>
#include <QString>
#include <algorithm>
#include <vector>

#include "charts/ChartWidget.h"

namespace leverboard::ui {

// A linear axis of whole numbers starting at 0 (months, years, people). The
// caller passes its own translated title so the tr() context stays the page's.
inline AxisSpec wholeNumberAxis(const QString& title) {
    return AxisSpec(title, AxisScale::Linear, QStringLiteral("%.0f"), 0.0);
}

// An engine series as chart points, y multiplied by yScale into the axis unit;
// a series longer than the other is cut to the shorter.
inline QList<QPointF> toPoints(const std::vector<double>& x, const std::vector<double>& y, double yScale = 1.0) {
    const std::size_t n = std::min(x.size(), y.size());
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i) points.append(QPointF(x[i], y[i] * yScale));
    return points;
}

}  // namespace leverboard::ui
