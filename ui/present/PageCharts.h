#pragma once
// What export, the report, presentation mode and the headless render see of
// the dashboard's pages: the pages themselves (built by one factory, in the
// dashboard's order) and every chart on a page, line or bar alike.

#include <QList>
#include <QString>
#include <memory>
#include <vector>

#include "document/EvaluationScheduler.h"

class QWidget;

namespace leverboard::ui {

class Chart;
class ModelPage;

// The charts of the page that go on paper: ModelPage::charts() (reading
// order, line and bar charts interleaved) less those the page hid on purpose.
// Empty for a null page.
QList<Chart*> pageCharts(const ModelPage* page);

// The pages of the page registry that go on paper and slides (PageSpec::inReport), in tab order.
QList<ModelPage*> createModelPages();

// The page's registry id (PageSpec::id): file names and CSV names.
QString pageSlug(const ModelPage* page);
// A file-name-safe form of a title: "Price path" → "price-path".
QString fileSlug(const QString& text);

// The pages built once more, never shown, for the report and the headless
// render: a light palette whatever the desktop theme (paper is white), fed
// the same views the dashboard shows.
class OffscreenPages {
public:
    OffscreenPages();
    ~OffscreenPages();
    OffscreenPages(const OffscreenPages&) = delete;
    OffscreenPages& operator=(const OffscreenPages&) = delete;

    void showResults(const std::vector<ScenarioView>& views);
    const QList<ModelPage*>& pages() const { return pages_; }

private:
    std::unique_ptr<QWidget> host_;  // parent of the pages
    QList<ModelPage*> pages_;
};

}  // namespace leverboard::ui
