#pragma once
// The Overview: one tile per model page of the page registry, each with the
// model's headline KPI cards (KpiSpec::headline) and the small live chart
// its page offers (PageSpec::headline), in a grid shaped by the count.

#include <memory>
#include <string_view>
#include <vector>

#include "charts/ChartWidget.h"
#include "pages/ModelPage.h"

class QLayout;

namespace leverboard::ui {

class KpiCard;
struct PageSpec;

class OverviewPage : public ModelPage {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    QString pageTitle() const override { return tr("Overview"); }
    ModelGroup group() const override { return ModelGroup::Global; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<Chart*> charts() const override { return charts_; }

    QList<KpiCard*> cards() const { return cards_; }
    // The chart on the tile of the model page with this registry id; null if none.
    ChartWidget* headlineChart(std::string_view pageId) const;

private:
    struct Tile {
        std::string_view pageId;
        std::unique_ptr<PageHeadline> headline;
    };

    QLayout* modelTile(const PageSpec& page, bool firstTile, QSize chartMinimum);

    std::vector<Tile> tiles_;
    QList<KpiCard*> cards_;
    QList<Chart*> charts_;
};

}  // namespace leverboard::ui
