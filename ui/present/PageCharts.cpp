#include "present/PageCharts.h"

#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QWidget>

#include "charts/BarChartWidget.h"
#include "charts/ChartWidget.h"
#include "models/SeriesTables.h"
#include "pages/CapexPage.h"
#include "pages/CostPage.h"
#include "pages/HalfLifePage.h"
#include "pages/LeveragePage.h"
#include "pages/OverviewPage.h"

namespace leverboard::ui {
namespace {

// Hidden by the page itself (not merely not shown yet because its window is not).
bool hiddenOnPurpose(const QWidget* widget, const QWidget* page) {
    for (const QWidget* w = widget; w && w != page; w = w->parentWidget())
        if (w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide)) return true;
    return false;
}

}  // namespace

QWidget* PageChart::widget() const {
    return line_ ? static_cast<QWidget*>(line_) : static_cast<QWidget*>(bar_);
}

QString PageChart::title() const { return line_ ? line_->title() : bar_->title(); }

void PageChart::render(QPainter* painter, const QRectF& target) const {
    if (line_) line_->render(painter, target);
    else bar_->render(painter, target);
}

QImage PageChart::toImage(const QSize& logicalSize, qreal devicePixelRatio) const {
    return line_ ? line_->toImage(logicalSize, devicePixelRatio) : bar_->toImage(logicalSize, devicePixelRatio);
}

QList<PageChart> pageCharts(const ModelPage* page) {
    QList<PageChart> charts;
    if (!page) return charts;
    // findChildren walks children in creation order: the order the page built its charts.
    for (QWidget* child : page->findChildren<QWidget*>()) {
        if (hiddenOnPurpose(child, page)) continue;
        if (auto* line = qobject_cast<ChartWidget*>(child)) charts.append(PageChart(line));
        else if (auto* bar = qobject_cast<BarChartWidget*>(child)) charts.append(PageChart(bar));
    }
    return charts;
}

QList<ModelPage*> createModelPages() {
    // The dashboard's tab order (MainWindow builds the same list).
    return {new OverviewPage, new CostPage, new LeveragePage, new HalfLifePage, new CapexPage};
}

QString pageSlug(const ModelPage* page) {
    if (page->group() == ModelGroup::Global) return QStringLiteral("overview");
    const std::string_view name = modelName(page->group());
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString fileSlug(const QString& text) {
    static const QRegularExpression notWordCharacters(QStringLiteral("[^a-z0-9]+"));
    QString slug = text.toLower();
    slug.replace(notWordCharacters, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-'))) slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-'))) slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("chart") : slug.left(60);
}

OffscreenPages::OffscreenPages() : host_(std::make_unique<QWidget>()) {
    host_->setAttribute(Qt::WA_DontShowOnScreen);
    // Paper is white: the light palette whatever the desktop's theme.
    host_->setPalette(QApplication::style()->standardPalette());
    pages_ = createModelPages();
    for (ModelPage* page : pages_) page->setParent(host_.get());
}

OffscreenPages::~OffscreenPages() = default;

void OffscreenPages::showResults(const std::vector<ScenarioView>& views) {
    for (ModelPage* page : pages_) page->showResults(views);
}

}  // namespace leverboard::ui
