#include "present/SlideFonts.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QVariant>
#include <QWidget>
#include <algorithm>

#include "charts/Chart.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

// The widget's font size over its parent's, remembered the first time the
// widget is scaled (before the root's font moves anything).
constexpr char kFontRatio[] = "leverboard_slideFontRatio";
// A card's fixed width on the dashboard, before the slide widened it.
constexpr char kDashboardWidth[] = "leverboard_slideDashboardWidth";
// The card's type size when it was last fitted.
constexpr char kFittedSize[] = "leverboard_slideFittedSize";

// Chart text a little under the slide's: tick labels and legends need room,
// and titles and KPI values carry the message to the back of the room.
constexpr double kChartTypeRatio = 0.85;
// Up to this many large cards share a row at full size; more shrink together.
constexpr double kRoomyCardsPerRow = 5.5;
constexpr double kMinCrowdedRatio = 0.6;
constexpr double kStackedRowsRatio = 0.78;

double pointSize(const QWidget* widget) { return widget->font().pointSizeF(); }

bool isChart(const QWidget* widget) { return qobject_cast<const Chart*>(widget); }

// KPI cards size their own labels (KpiCard::setLarge); fitSlideKpiCards owns them.
bool ownedByKpiCards(const QWidget* widget, const QWidget* root) {
    for (const QWidget* w = widget; w && w != root; w = w->parentWidget())
        if (qobject_cast<const KpiCard*>(w) || qobject_cast<const KpiStrip*>(w)) return true;
    return false;
}

// Rows and columns of a strip's grid (a strip may wrap its cards into rows).
QSize cardGrid(const KpiStrip* strip) {
    const auto* grid = qobject_cast<const QGridLayout*>(strip->layout());
    if (!grid) return QSize(int(strip->cards().size()), 1);
    int columns = 0;
    int rows = 0;
    for (int i = 0; i < grid->count(); ++i) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        columns = std::max(columns, column + columnSpan);
        rows = std::max(rows, row + rowSpan);
    }
    return QSize(columns, rows);
}

// How large a strip's cards can be: full size for one roomy row; smaller
// when a row is crowded or the page stacks rows of cards, so the charts
// keep most of the slide.
double cardScale(const KpiStrip* strip) {
    int rowsOnPage = 0;
    for (const KpiStrip* sibling : strip->parentWidget()->findChildren<KpiStrip*>(Qt::FindDirectChildrenOnly))
        rowsOnPage += cardGrid(sibling).height();
    const double perRow = cardGrid(strip).width();
    double scale = perRow > kRoomyCardsPerRow ? std::max(kMinCrowdedRatio, kRoomyCardsPerRow / perRow) : 1.0;
    if (rowsOnPage > 1) scale = std::min(scale, kStackedRowsRatio);
    return scale;
}

void rememberRatio(QWidget* widget) {
    if (widget->property(kFontRatio).isValid()) return;
    if (isChart(widget)) {
        widget->setProperty(kFontRatio, kChartTypeRatio);
        return;
    }
    if (!widget->testAttribute(Qt::WA_SetFont)) return;
    const QWidget* parent = widget->parentWidget();
    if (!parent || pointSize(parent) <= 0 || pointSize(widget) <= 0) return;  // pixel-sized fonts stay
    widget->setProperty(kFontRatio, pointSize(widget) / pointSize(parent));
}

void applyRatio(QWidget* widget) {
    const QVariant ratio = widget->property(kFontRatio);
    if (!ratio.isValid() || !widget->parentWidget()) return;
    QFont font = widget->font();
    const double size = ratio.toDouble() * pointSize(widget->parentWidget());
    if (size <= 0 || qFuzzyCompare(font.pointSizeF(), size)) return;
    font.setPointSizeF(size);
    widget->setFont(font);
}

// Charts take their fonts from the widget when they apply their theme,
// which they do on a palette change but not on a font change.
void refreshChartFonts(QWidget* chart) {
    QEvent paletteChanged(QEvent::PaletteChange);
    QCoreApplication::sendEvent(chart, &paletteChanged);
}

}  // namespace

void scaleSlideFonts(QWidget* root, double factor) {
    // findChildren lists parents before their children: ratios are taken
    // while every font is still consistent, then applied top-down.
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.erase(std::remove_if(widgets.begin(), widgets.end(),
                                 [root](const QWidget* w) { return ownedByKpiCards(w, root); }),
                  widgets.end());
    for (QWidget* widget : widgets) rememberRatio(widget);

    QFont rootFont = QApplication::font();
    if (rootFont.pointSizeF() > 0) rootFont.setPointSizeF(rootFont.pointSizeF() * factor);
    root->setFont(rootFont);
    for (QWidget* widget : widgets) applyRatio(widget);

    for (QWidget* widget : widgets)
        if (isChart(widget)) refreshChartFonts(widget);
    fitSlideKpiCards(root, factor);
}

void fitSlideKpiCards(QWidget* root, double factor) {
    // Cheap when nothing changed: it runs after every update of the slide.
    for (KpiStrip* strip : root->findChildren<KpiStrip*>()) {
        QFont font = strip->parentWidget()->font();
        font.setPointSizeF(font.pointSizeF() * cardScale(strip));
        if (strip->testAttribute(Qt::WA_SetFont) && strip->font() == font) continue;
        strip->setFont(font);
        strip->setLarge(true);
    }
    for (KpiCard* card : root->findChildren<KpiCard*>()) {
        if (qobject_cast<KpiStrip*>(card->parentWidget())) continue;
        if (card->property(kFittedSize).toDouble() == pointSize(card)) continue;
        card->setProperty(kFittedSize, pointSize(card));
        card->setLarge(false);  // its labels follow the slide's type, at the dashboard's ratios
        if (!card->property(kDashboardWidth).isValid() && card->minimumWidth() == card->maximumWidth())
            card->setProperty(kDashboardWidth, card->minimumWidth());
        const QVariant width = card->property(kDashboardWidth);
        if (width.isValid()) card->setFixedWidth(int(width.toInt() * factor));
    }
}

}  // namespace leverboard::ui
