#include "present/PageCharts.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyle>
#include <QWidget>

#include "charts/Chart.h"
#include "pages/ModelPage.h"
#include "pages/PageRegistry.h"

namespace leverboard::ui {
namespace {

// Hidden by the page itself (not merely not shown yet because its window is not).
bool hiddenOnPurpose(const QWidget* widget, const QWidget* page) {
    for (const QWidget* w = widget; w && w != page; w = w->parentWidget())
        if (w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide)) return true;
    return false;
}

}  // namespace

QList<Chart*> pageCharts(const ModelPage* page) {
    QList<Chart*> charts;
    if (!page) return charts;
    for (Chart* chart : page->charts())
        if (!hiddenOnPurpose(chart, page)) charts.append(chart);
    return charts;
}

QList<ModelPage*> createModelPages() {
    QList<ModelPage*> pages;
    for (const PageSpec& spec : pageSpecs())
        if (spec.inReport) pages.append(spec.create(nullptr));
    return pages;
}

QString pageSlug(const ModelPage* page) {
    // The first page of its group: the Overview for Global (Compare has no charts to name).
    for (const PageSpec& spec : pageSpecs())
        if (spec.group == page->group()) return QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size()));
    return QStringLiteral("page");
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
