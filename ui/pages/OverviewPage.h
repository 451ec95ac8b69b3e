#pragma once
// The Overview: the causal map the essays draw. The compute cost curve is the
// root and leverage, half-life and capex are its leaves; underneath, cluster
// scaling → power → capex and chip bets → capex show where compute physically
// comes from. Each node is a tile of a registered model page (its headline
// KPI cards, KpiSpec::headline, and the small live chart the page offers,
// PageSpec::headline); arrows between nodes carry the index or parameter that
// flows. Where the nodes sit and which arrows join them is data (overviewNodes,
// overviewEdges); a page that is not registered simply has no tile, and an
// arrow is drawn only when both its ends have one. A click on a tile asks for
// its page (ModelPage::pageRequested, by registry id).

#include <QRect>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "charts/ChartWidget.h"
#include "pages/ModelPage.h"

class QFrame;

namespace leverboard::ui {

class KpiCard;
struct PageSpec;

// A node's place on the map (grid row and column), by page registry id.
struct OverviewNode {
    std::string_view pageId;
    int row;
    int column;
};

// An arrow: what flows from one model page's node to another's. The label is
// English source text, translated in the "OverviewPage" context.
struct OverviewEdge {
    std::string_view from;
    std::string_view to;
    const char* label;
};

std::span<const OverviewNode> overviewNodes();
std::span<const OverviewEdge> overviewEdges();

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
    // The tile (node) of the model page with this registry id; null if none.
    QWidget* tile(std::string_view pageId) const;

    // An arrow as drawn: its edge, the polyline from the source tile's border
    // to the target tile's border, and the label's box (page coordinates).
    struct Arrow {
        const OverviewEdge* edge;
        QList<QPoint> path;
        QRect labelBox;
        QString label;
    };
    // The arrows for the current geometry (those whose two ends have tiles).
    std::vector<Arrow> arrows() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;  // the cards' compact type follows the page's

private:
    struct Tile {
        std::string_view pageId;
        std::unique_ptr<PageHeadline> headline;
        QFrame* frame;
        int row;
        int column;
    };

    QFrame* modelTile(const PageSpec& page, bool firstTile, bool root);
    const Tile* findTile(std::string_view pageId) const;

    std::vector<Tile> tiles_;
    QList<KpiCard*> cards_;
    QList<Chart*> charts_;
};

}  // namespace leverboard::ui
