#include "charts/ChartPlumbing.h"

#include "format/PeopleNumbers.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace leverboard::ui::chart_plumbing {

QChartView* makeView(QChart* chart, QWidget* parent) {
    // Tick labels in the people locale ("0,5" in German); the axes' printf
    // formats ("%.3g") then go through QLocale::toString.
    chart->setLocalizeNumbers(true);
    chart->setLocale(chartAxisLocale());
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing, true);
    view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    view->setFrameShape(QFrame::NoFrame);
    view->setContextMenuPolicy(Qt::NoContextMenu);
    return view;
}

void render(QChart* chart, QPainter* painter, const QRectF& target) {
    const QSizeF original = chart->size();
    chart->resize(target.size());
    chart->scene()->render(painter, target, QRectF(QPointF(0, 0), target.size()));
    chart->resize(original);
}

QImage toImage(QChart* chart, const QSize& logicalSize, qreal devicePixelRatio) {
    QImage image(logicalSize * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    return image;
}

bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

bool changesAppearance(const QEvent* event) {
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::ThemeChange:
    case QEvent::FontChange: return true;
    default: return false;
    }
}

}  // namespace leverboard::ui::chart_plumbing
