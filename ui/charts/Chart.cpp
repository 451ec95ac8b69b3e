#include "charts/Chart.h"

#include "format/PeopleNumbers.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QPainter>
#include <QPalette>
#include <QVBoxLayout>

namespace leverboard::ui {
namespace {

bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

// Colours follow the system's light or dark appearance; fonts follow the
// widget (presentation mode scales them up).
bool changesAppearance(const QEvent* event) {
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::ThemeChange:
    case QEvent::FontChange: return true;
    default: return false;
    }
}

}  // namespace

Chart::Chart(const QString& title, QWidget* parent) : QWidget(parent) {
    chart_ = new QChart;
    chart_->setAnimationOptions(QChart::NoAnimation);
    chart_->setTitle(title);
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    chart_->layout()->setContentsMargins(0, 0, 0, 0);
    chart_->setBackgroundRoundness(0);
    // Tick labels in the people locale ("0,5" in German); the axes' printf
    // formats ("%.3g") then go through QLocale::toString.
    chart_->setLocalizeNumbers(true);
    chart_->setLocale(chartAxisLocale());

    note_ = new QGraphicsSimpleTextItem(chart_);
    note_->setZValue(20);
    note_->hide();
    connect(chart_, &QChart::plotAreaChanged, this,
            [this](const QRectF& area) { note_->setPos(area.topLeft() + QPointF(8, 6)); });

    // A frameless view with antialiasing and full-viewport updates (PERFORMANCE.md:
    // one rectangle to repaint is cheaper than the union of every series' bounds,
    // whose many-rectangle clip the raster engine intersects span by span). Its
    // context menu is this widget's.
    view_ = new QChartView(chart_, this);
    view_->setRenderHint(QPainter::Antialiasing, true);
    view_->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    view_->setFrameShape(QFrame::NoFrame);
    view_->setContextMenuPolicy(Qt::NoContextMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    setMinimumSize(260, 190);
    // One keyboard stop per chart (the view inside takes no focus): screen
    // readers read its title, and the menu key opens its export menu.
    view_->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(title);
}

Chart::~Chart() = default;

QString Chart::title() const { return chart_->title(); }
void Chart::setTitle(const QString& title) {
    chart_->setTitle(title);
    setAccessibleName(title);
}

void Chart::setNote(const QString& text) {
    if (note_->text() != text) note_->setText(text);
    note_->setVisible(!text.isEmpty());
}

void Chart::render(QPainter* painter, const QRectF& target) {
    const QSizeF original = chart_->size();
    chart_->resize(target.size());
    chart_->scene()->render(painter, target, QRectF(QPointF(0, 0), target.size()));
    chart_->resize(original);
}

QImage Chart::toImage(const QSize& logicalSize, qreal devicePixelRatio) {
    QImage image(logicalSize * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(chart_->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    return image;
}

QWidget* Chart::paintSurface() const { return view_->viewport(); }

void Chart::changeEvent(QEvent* event) {
    if (changesAppearance(event)) applyTheme();
    QWidget::changeEvent(event);
}

void Chart::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    view_->setFrameShape(QFrame::Box);
    view_->setLineWidth(2);
    QPalette framed = view_->palette();
    framed.setColor(QPalette::WindowText, palette().color(QPalette::Highlight));  // a Box frame's colour
    view_->setPalette(framed);
}

void Chart::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    view_->setFrameShape(QFrame::NoFrame);
}

void Chart::contextMenuEvent(QContextMenuEvent* event) {
    emit contextMenuRequested(event->globalPos());
    event->accept();
}

void Chart::applyTheme() {
    const auto theme = isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart_->theme() != theme) chart_->setTheme(theme);  // resets series colours: re-apply ours
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.05);
    chart_->setTitleFont(titleFont);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    for (QAbstractAxis* axis : themedAxes()) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
    chart_->legend()->setFont(small);
    note_->setBrush(palette().color(QPalette::WindowText));
    QFont noteFont = font();
    noteFont.setItalic(true);
    note_->setFont(noteFont);
    applyColors();
}

}  // namespace leverboard::ui
