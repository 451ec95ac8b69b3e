#include "pages/OverviewPage.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <string>

#include "pages/PageRegistry.h"
#include "params/KpiRegistry.h"
#include "widgets/KpiCard.h"
#include "text/RegistryText.h"

namespace leverboard::ui {
namespace {

// Four tiles share the page (≈ 1000 × 620 with the parameter dock open);
// three columns (five to nine models) leave each chart less width.
constexpr QSize kChartMinimum(220, 170);
constexpr QSize kChartMinimumThreeColumns(160, 130);
constexpr int kCardWidth = 140;

QString modelTitle(ModelGroup group) {
    return modelGroupTitle(group);
}

}  // namespace

OverviewPage::OverviewPage(QWidget* parent) : ModelPage(parent) {
    // One tile per model: its heading, its headline cards in a column and its
    // chart beside them, so each chart keeps a readable width. Two columns for
    // up to four models, then three.
    const std::span<const PageSpec> models = modelPageSpecs();
    const int count = int(models.size());
    const int columns = count <= 4 ? 2 : 3;
    const int rows = (count + columns - 1) / columns;
    const QSize chartMinimum = columns <= 2 ? kChartMinimum : kChartMinimumThreeColumns;

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    for (int i = 0; i < count; ++i) {
        const PageSpec& page = models[std::size_t(i)];
        tiles_.push_back({page.id, page.headline(this)});
        charts_.append(tiles_.back().headline->chart());
        grid->addLayout(modelTile(page, i == 0, chartMinimum), i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c) grid->setColumnStretch(c, 1);
    for (int r = 0; r < rows; ++r) grid->setRowStretch(r, 1);
}

OverviewPage::~OverviewPage() = default;

ChartWidget* OverviewPage::headlineChart(std::string_view pageId) const {
    for (const Tile& tile : tiles_)
        if (tile.pageId == pageId) return tile.headline->chart();
    return nullptr;
}

QLayout* OverviewPage::modelTile(const PageSpec& page, bool firstTile, QSize chartMinimum) {
    auto* title = new QLabel(modelTitle(page.group), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);

    // Headline KPIs of the global group (none today) join the first tile.
    auto* cardColumn = new QVBoxLayout;
    cardColumn->setSpacing(4);
    for (const KpiSpec& spec : kpiSpecs()) {
        if (!spec.headline || !(spec.group == page.group || (firstTile && spec.group == ModelGroup::Global))) continue;
        auto* card = new KpiCard(QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size())), this);
        card->setFixedWidth(kCardWidth);
        cardColumn->addWidget(card);
        cards_.append(card);
    }
    cardColumn->addStretch(1);

    ChartWidget* chart = tiles_.back().headline->chart();
    chart->setMinimumSize(chartMinimum);
    auto* body = new QHBoxLayout;
    body->setSpacing(6);
    body->addLayout(cardColumn);
    body->addWidget(chart, 1);

    auto* tile = new QVBoxLayout;
    tile->setSpacing(3);
    tile->addWidget(title);
    tile->addLayout(body, 1);
    return tile;
}

void OverviewPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    for (KpiCard* card : cards_) card->showKpi(*views.front().results);
    for (const Tile& tile : tiles_) tile.headline->showResults(views);
}

}  // namespace leverboard::ui
