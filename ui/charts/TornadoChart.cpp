#include "charts/TornadoChart.h"

#include <QBrush>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPalette>
#include <QPen>
#include <QScatterSeries>
#include <algorithm>
#include <cmath>

#include "format/PeopleNumbers.h"

namespace leverboard::ui {
namespace {

bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

QColor lowColor(bool dark) { return dark ? QColor(0x6c, 0xa6, 0xe8) : QColor(0x2f, 0x6d, 0xb5); }
QColor highColor(bool dark) { return dark ? QColor(0xf0, 0xa2, 0x5e) : QColor(0xd9, 0x6a, 0x1d); }

// 1, 2 or 5 × 10^k: about `count` steps over span.
double niceStep(double span, int count) {
    if (!(span > 0) || !std::isfinite(span)) return 1;
    const double raw = span / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
    return nice * magnitude;
}

void clearCategories(QCategoryAxis* axis) {
    for (const QString& label : axis->categoriesLabels()) axis->remove(label);
}

constexpr double kBarHalfHeight = 0.32;  // of a row's height (1)

}  // namespace

TornadoChart::TornadoChart(const QString& title, QWidget* parent) : Chart(title, parent) {
    formatter_ = [](double value) { return formatNumber(value); };
    xAxis_ = new QCategoryAxis;
    xAxis_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    yAxis_ = new QCategoryAxis;
    yAxis_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    yAxis_->setGridLineVisible(false);
    chart_->addAxis(xAxis_, Qt::AlignBottom);
    chart_->addAxis(yAxis_, Qt::AlignLeft);

    baseLine_ = new QLineSeries;
    lowKey_ = new QScatterSeries;
    highKey_ = new QScatterSeries;
    for (QScatterSeries* key : {lowKey_, highKey_}) {
        key->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        key->setMarkerSize(10);
    }
    for (QXYSeries* series : {static_cast<QXYSeries*>(lowKey_), static_cast<QXYSeries*>(highKey_),
                              static_cast<QXYSeries*>(baseLine_)}) {
        chart_->addSeries(series);
        series->attachAxis(xAxis_);
        series->attachAxis(yAxis_);
    }
    setLegendNames(tr("Parameter at its low end"), tr("Parameter at its high end"), tr("Base value"));
    highlight_ = new QGraphicsRectItem(chart_);
    highlight_->setZValue(7);
    highlight_->setBrush(Qt::NoBrush);
    highlight_->hide();
    setFocusPolicy(Qt::StrongFocus);  // Up and Down pick a row, Enter selects it
    connect(chart_, &QChart::plotAreaChanged, this, [this] { layoutBars(); });
    paintSurface()->installEventFilter(this);
    paintSurface()->setMouseTracking(true);
    updateAxes();
    applyTheme();
}

TornadoChart::~TornadoChart() = default;

void TornadoChart::setValueFormatter(std::function<QString(double)> formatter) {
    formatter_ = std::move(formatter);
    updateAxes();
}

void TornadoChart::setValueTitle(const QString& title) { xAxis_->setTitleText(title); }

void TornadoChart::setLegendNames(const QString& lowEnd, const QString& highEnd, const QString& base) {
    lowKey_->setName(lowEnd);
    highKey_->setName(highEnd);
    baseLine_->setName(base);
}

void TornadoChart::setBaseVisible(bool visible) { baseLine_->setVisible(visible); }

void TornadoChart::setRows(double base, const QList<TornadoRow>& rows) {
    base_ = base;
    rows_ = rows;
    if (current_ >= int(rows_.size())) current_ = int(rows_.size()) - 1;
    // Nothing to draw: no empty frame, only the chart's note.
    xAxis_->setVisible(!rows_.isEmpty());
    yAxis_->setVisible(!rows_.isEmpty());
    updateAxes();
    layoutBars();
}

TornadoChart::Bar& TornadoChart::barAt(int index) {
    while (int(bars_.size()) <= index) {
        Bar bar;
        bar.lowBar = new QGraphicsRectItem(chart_);
        bar.highBar = new QGraphicsRectItem(chart_);
        bar.lowLabel = new QGraphicsSimpleTextItem(chart_);
        bar.highLabel = new QGraphicsSimpleTextItem(chart_);
        for (QGraphicsItem* item : std::initializer_list<QGraphicsItem*>{bar.lowBar, bar.highBar, bar.lowLabel, bar.highLabel})
            item->setZValue(5);
        styleBar(bar);
        bars_.push_back(bar);
    }
    return bars_[std::size_t(index)];
}

void TornadoChart::updateAxes() {
    const int count = int(rows_.size());
    double lo = base_, hi = base_;
    for (const TornadoRow& row : rows_) {
        lo = std::min({lo, row.low, row.high});
        hi = std::max({hi, row.low, row.high});
    }
    double span = hi - lo;
    if (!(span > 0)) span = std::max(1.0, std::abs(base_) * 0.1);
    // Room on both sides for the end labels.
    xMin_ = lo - 0.28 * span;
    xMax_ = hi + 0.28 * span;

    clearCategories(xAxis_);
    xAxis_->setStartValue(xMin_);
    const double step = niceStep(xMax_ - xMin_, 5);
    QString previous;
    for (double tick = std::ceil(xMin_ / step) * step; tick <= xMax_; tick += step) {
        const double value = std::abs(tick) < step * 1e-9 ? 0.0 : tick;
        const QString label = formatter_(value);
        if (label == previous || xAxis_->categoriesLabels().contains(label)) continue;
        xAxis_->append(label, value);
        previous = label;
    }
    xAxis_->setRange(xMin_, xMax_);

    clearCategories(yAxis_);
    yAxis_->setStartValue(-0.5);
    // Bottom to top: the last row first, so the first row reads at the top.
    for (int y = 0; y < count; ++y) {
        QString label = rows_[count - 1 - y].label;
        while (yAxis_->categoriesLabels().contains(label)) label += QChar(0x200B);  // labels are keys
        yAxis_->append(label, y + 0.5);
    }
    yAxis_->setRange(-0.5, std::max(0, count) - 0.5 + (count == 0 ? 1 : 0));
    baseLine_->replace(QList<QPointF>{{base_, -0.5}, {base_, count - 0.5 + (count == 0 ? 1 : 0)}});
}

void TornadoChart::layoutBars() {
    const int count = int(rows_.size());
    for (int i = 0; i < count; ++i) {
        Bar& bar = barAt(i);
        const TornadoRow& row = rows_[i];
        const double y = count - 1 - i;
        const QPointF top = chart_->mapToPosition(QPointF(base_, y + kBarHalfHeight), baseLine_);
        const QPointF bottom = chart_->mapToPosition(QPointF(base_, y - kBarHalfHeight), baseLine_);
        const double baseX = top.x();
        const auto place = [&](QGraphicsRectItem* rect, QGraphicsSimpleTextItem* text, double value,
                               const QString& label, bool otherIsFurther, double other) {
            const double x = chart_->mapToPosition(QPointF(value, y), baseLine_).x();
            rect->setRect(QRectF(QPointF(std::min(baseX, x), top.y()), QPointF(std::max(baseX, x), bottom.y())));
            // The nearer end is drawn over the further one, so both show.
            rect->setZValue(otherIsFurther ? 6 : 5);
            rect->setToolTip(row.toolTip);
            rect->show();
            text->setText(label);
            const QRectF box = text->boundingRect();
            const double middle = (top.y() + bottom.y()) / 2 - box.height() / 2;
            // Beyond its end, away from the base; an end at the base faces away from the other end.
            const bool right = value != base_ ? value > base_ : other < base_ || other == base_;
            if (right)
                text->setPos(x + 4, middle);
            else
                text->setPos(x - 4 - box.width(), middle);
            text->show();
        };
        const bool lowFurther = std::abs(row.low - base_) > std::abs(row.high - base_);
        place(bar.lowBar, bar.lowLabel, row.low, row.lowText, !lowFurther, row.high);
        place(bar.highBar, bar.highLabel, row.high, row.highText, lowFurther, row.low);
        // Ends on the same side of the base: one label would sit on the other.
        if ((row.low - base_) * (row.high - base_) > 0) {
            QGraphicsSimpleTextItem* nearer = lowFurther ? bar.highLabel : bar.lowLabel;
            QGraphicsSimpleTextItem* further = lowFurther ? bar.lowLabel : bar.highLabel;
            further->setText(nearer->text() + QStringLiteral(" · ") + further->text());
            if (further->pos().x() < baseX) further->setX(further->pos().x() - nearer->boundingRect().width() - 14);
            nearer->hide();
        }
    }
    if (current_ >= 0 && current_ < count && hasFocus()) {
        const double y = count - 1 - current_;
        const QRectF area = chart_->plotArea();
        const double top = chart_->mapToPosition(QPointF(base_, y + 0.5), baseLine_).y();
        const double bottom = chart_->mapToPosition(QPointF(base_, y - 0.5), baseLine_).y();
        highlight_->setRect(QRectF(QPointF(area.left() + 1, top + 1), QPointF(area.right() - 1, bottom - 1)));
        highlight_->setPen(QPen(palette().color(QPalette::Highlight), 2));
        highlight_->show();
    } else {
        highlight_->hide();
    }
    for (std::size_t i = std::size_t(count); i < bars_.size(); ++i) {
        bars_[i].lowBar->hide();
        bars_[i].highBar->hide();
        bars_[i].lowLabel->hide();
        bars_[i].highLabel->hide();
    }
}

QStringList TornadoChart::tickLabels() const { return xAxis_->categoriesLabels(); }

QPoint TornadoChart::rowCenter(int index) const {
    if (index < 0 || index >= int(rows_.size())) return {};
    const TornadoRow& row = rows_[index];
    const double y = double(rows_.size()) - 1 - index;
    // The middle of the longer end's bar.
    const double end = std::abs(row.low - base_) > std::abs(row.high - base_) ? row.low : row.high;
    const QPointF inChart = chart_->mapToPosition(QPointF((base_ + end) / 2, y), baseLine_);
    return view_->mapFromScene(chart_->mapToScene(inChart));
}

int TornadoChart::rowAt(const QPoint& surfacePoint) const {
    const QPointF inChart = chart_->mapFromScene(view_->mapToScene(surfacePoint));
    const QRectF area = chart_->plotArea();
    if (inChart.y() < area.top() || inChart.y() > area.bottom() || inChart.x() > area.right()) return -1;
    const double y = chart_->mapToValue(inChart, baseLine_).y();
    const int index = int(rows_.size()) - 1 - int(std::lround(y));
    return index >= 0 && index < int(rows_.size()) ? index : -1;
}

bool TornadoChart::eventFilter(QObject* watched, QEvent* event) {
    if (watched == paintSurface()) {
        if (event->type() == QEvent::MouseButtonPress) {
            auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->button() == Qt::LeftButton) {
                const int index = rowAt(mouse->position().toPoint());
                if (index >= 0) {
                    current_ = index;  // the keyboard goes on from the row clicked
                    layoutBars();
                    emit rowClicked(index);
                    return true;
                }
            }
        } else if (event->type() == QEvent::MouseMove) {
            auto* mouse = static_cast<QMouseEvent*>(event);
            const bool over = rowAt(mouse->position().toPoint()) >= 0;
            paintSurface()->setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
    }
    return Chart::eventFilter(watched, event);
}

void TornadoChart::keyPressEvent(QKeyEvent* event) {
    const int count = int(rows_.size());
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (count > 0) {
            const int step = event->key() == Qt::Key_Up ? -1 : 1;
            current_ = current_ < 0 ? 0 : std::clamp(current_ + step, 0, count - 1);
            layoutBars();
        }
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (current_ >= 0 && current_ < count) emit rowClicked(current_);
        event->accept();
        return;
    default: break;
    }
    Chart::keyPressEvent(event);
}

void TornadoChart::focusInEvent(QFocusEvent* event) {
    Chart::focusInEvent(event);
    if (current_ < 0 && !rows_.isEmpty()) current_ = 0;
    layoutBars();
}

void TornadoChart::focusOutEvent(QFocusEvent* event) {
    Chart::focusOutEvent(event);
    highlight_->hide();
}

QList<QAbstractAxis*> TornadoChart::themedAxes() const { return {xAxis_, yAxis_}; }

void TornadoChart::applyColors() {
    const bool dark = isDark(palette());
    const QColor low = lowColor(dark);
    const QColor high = highColor(dark);
    lowKey_->setColor(low);
    lowKey_->setBorderColor(low);
    highKey_->setColor(high);
    highKey_->setBorderColor(high);
    baseLine_->setPen(QPen(palette().color(QPalette::WindowText), 1.5));
    for (Bar& bar : bars_) styleBar(bar);
    if (!rows_.isEmpty()) layoutBars();
}

void TornadoChart::styleBar(Bar& bar) {
    const bool dark = isDark(palette());
    bar.lowBar->setBrush(lowColor(dark));
    bar.lowBar->setPen(Qt::NoPen);
    bar.highBar->setBrush(highColor(dark));
    bar.highBar->setPen(Qt::NoPen);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    for (QGraphicsSimpleTextItem* text : {bar.lowLabel, bar.highLabel}) {
        text->setBrush(palette().color(QPalette::WindowText));
        text->setFont(small);
    }
}

}  // namespace leverboard::ui
