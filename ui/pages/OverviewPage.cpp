#include "pages/OverviewPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>
#include <algorithm>
#include <map>
#include <string>

#include "pages/PageRegistry.h"
#include "params/KpiRegistry.h"
#include "style/Palette.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

// The map. Row 0 is the root (spanning the columns), row 1 its leaves, row 2
// the physical world underneath. A registered model page missing here gets a
// tile on a row of its own below.
constexpr int kColumns = 3;
const OverviewNode kNodes[] = {
    {"cost", 0, 0},
    {"leverage", 1, 0},
    {"half_life", 1, 1},
    {"capex", 1, 2},
    {"cluster", 2, 0},
    {"power", 2, 1},
    {"chips", 2, 2},
};

// What flows along each arrow (MODEL.md: the frontier index If(t) prices the
// leverage model's compute and the half-life model's serving; the capex
// model's rental price follows the hardware index Ih(t); the power model runs
// jobs shaped like the cluster run; capex's power per GPU and its financing
// are what power and chip bets reuse).
const OverviewEdge kEdges[] = {
    {"cost", "leverage", QT_TRANSLATE_NOOP("OverviewPage", "price index If(t)")},
    {"cost", "half_life", QT_TRANSLATE_NOOP("OverviewPage", "price index If(t)")},
    {"cost", "capex", QT_TRANSLATE_NOOP("OverviewPage", "rental price × Ih(t)")},
    {"cluster", "power", QT_TRANSLATE_NOOP("OverviewPage", "MFU × goodput")},
    {"power", "capex", QT_TRANSLATE_NOOP("OverviewPage", "power per GPU")},
    {"chips", "capex", QT_TRANSLATE_NOOP("OverviewPage", "WACC, economic life")},
};

constexpr int kHorizontalGap = 52;  // room for a wrapped label beside a horizontal arrow
constexpr int kVerticalGap = 24;    // room for a one-line label on a vertical arrow
constexpr int kCardWidth = 104;
constexpr QSize kChartMinimum(128, 105);  // three tiles a row beside both docks at 1366 px
constexpr int kRootChartHeight = 112;  // the price path keeps its axis labels…
constexpr int kRootChartLines = 10;    // …in any script: at least this many label lines tall
constexpr int kArrowHead = 7;

QString modelTitle(ModelGroup group) {
    return QCoreApplication::translate("ModelGroup", std::string(groupTitleEn(group)).c_str());
}

const OverviewNode* findNode(std::string_view pageId) {
    for (const OverviewNode& node : kNodes)
        if (node.pageId == pageId) return &node;
    return nullptr;
}

QFont labelFont(const QFont& base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.82);
    return font;
}

}  // namespace

std::span<const OverviewNode> overviewNodes() { return kNodes; }
std::span<const OverviewEdge> overviewEdges() { return kEdges; }

OverviewPage::OverviewPage(QWidget* parent) : ModelPage(parent) {
    // Place the registered model pages: rows of the map that have no tile
    // close up, unlisted pages go on a row of their own below.
    const std::span<const PageSpec> models = modelPageSpecs();
    std::vector<int> usedRows;
    for (const PageSpec& page : models)
        if (const OverviewNode* node = findNode(page.id)) usedRows.push_back(node->row);
    std::sort(usedRows.begin(), usedRows.end());
    usedRows.erase(std::unique(usedRows.begin(), usedRows.end()), usedRows.end());
    const int extraRow = int(usedRows.size());
    int extraColumn = 0;

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(kHorizontalGap);
    grid->setVerticalSpacing(kVerticalGap);
    int rows = 0;
    for (std::size_t i = 0; i < models.size(); ++i) {
        const PageSpec& page = models[i];
        const OverviewNode* node = findNode(page.id);
        int row = extraRow;
        int column = extraColumn;
        if (node) {
            row = int(std::find(usedRows.begin(), usedRows.end(), node->row) - usedRows.begin());
            column = node->column;
        } else {
            extraColumn = (extraColumn + 1) % kColumns;
        }
        const bool root = node && node->row == 0;
        tiles_.push_back({page.id, page.headline(this), nullptr, row, column});
        charts_.append(tiles_.back().headline->chart());
        QFrame* frame = modelTile(page, i == 0, root);
        tiles_.back().frame = frame;
        if (root)
            grid->addWidget(frame, row, 0, 1, kColumns);
        else
            grid->addWidget(frame, row, column);
        rows = std::max(rows, row + 1);
    }
    for (int c = 0; c < kColumns; ++c) grid->setColumnStretch(c, 1);
    // Spare height goes to the rows of small tiles first, so their axis labels stay legible.
    for (int r = 0; r < rows; ++r) grid->setRowStretch(r, r == 0 && rows > 1 ? 2 : 3);
}

OverviewPage::~OverviewPage() = default;

const OverviewPage::Tile* OverviewPage::findTile(std::string_view pageId) const {
    for (const Tile& tile : tiles_)
        if (tile.pageId == pageId) return &tile;
    return nullptr;
}

ChartWidget* OverviewPage::headlineChart(std::string_view pageId) const {
    const Tile* tile = findTile(pageId);
    return tile ? tile->headline->chart() : nullptr;
}

QWidget* OverviewPage::tile(std::string_view pageId) const {
    const Tile* tile = findTile(pageId);
    return tile ? tile->frame : nullptr;
}

QFrame* OverviewPage::modelTile(const PageSpec& page, bool firstTile, bool root) {
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("OverviewNode"));
    frame->setCursor(Qt::PointingHandCursor);
    frame->setAttribute(Qt::WA_Hover);
    const QString title = modelTitle(page.group);
    frame->setToolTip(tr("Open the %1 page").arg(title));
    // The root stands out in the highlight colour; every tile lights up under the pointer.
    frame->setStyleSheet(QStringLiteral("QFrame#OverviewNode { border: %1px solid %2; border-radius: 6px; }"
                                        "QFrame#OverviewNode:hover { border-color: palette(highlight); }")
                             .arg(root ? 2 : 1)
                             .arg(root ? role::highlight().name() : QStringLiteral("palette(mid)")));

    auto* heading = new QLabel(title + QStringLiteral("  ›"), frame);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    heading->setFont(font);

    // Headline KPIs of the global group (none today) join the first tile.
    auto* cardColumn = new QVBoxLayout;
    cardColumn->setSpacing(2);
    for (const KpiSpec& spec : kpiSpecs()) {
        if (!spec.headline || !(spec.group == page.group || (firstTile && spec.group == ModelGroup::Global))) continue;
        auto* card = new KpiCard(QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size())), frame);
        // Compact: the map shows seven of these tiles at once.
        card->setFont(labelFont(this->font()));
        card->setLarge(false);
        if (card->layout()) card->layout()->setContentsMargins(6, 2, 6, 2);
        card->setFixedWidth(kCardWidth);
        cardColumn->addWidget(card);
        cards_.append(card);
    }
    cardColumn->addStretch(1);

    ChartWidget* chart = tiles_.back().headline->chart();
    chart->setParent(frame);
    // The root's chart keeps its axis labels: Qt Charts elides labels (to
    // "…") that do not fit, and a CJK font's lines are a third taller.
    const int labelLine = QFontMetrics(chart->font()).height() * 85 / 100;
    const int rootHeight = std::max(kRootChartHeight, kRootChartLines * labelLine);
    chart->setMinimumSize(root ? QSize(kChartMinimum.width(), rootHeight) : kChartMinimum);
    auto* body = new QHBoxLayout;
    body->setSpacing(6);
    body->addLayout(cardColumn);
    body->addWidget(chart, 1);

    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addLayout(body, 1);

    // A click anywhere on the tile opens its page: watch the tile and every
    // widget in it (the chart's viewport included).
    frame->installEventFilter(this);
    for (QWidget* child : frame->findChildren<QWidget*>()) child->installEventFilter(this);
    return frame;
}

bool OverviewPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        auto* widget = qobject_cast<QWidget*>(watched);
        for (const Tile& tile : tiles_) {
            if (widget && (widget == tile.frame || tile.frame->isAncestorOf(widget))) {
                emit pageRequested(QString::fromUtf8(tile.pageId.data(), qsizetype(tile.pageId.size())));
                return false;
            }
        }
    }
    return ModelPage::eventFilter(watched, event);
}

void OverviewPage::changeEvent(QEvent* event) {
    // Slides scale the page's type: the cards' compact type (set on each card)
    // follows, so their labels and fitted widths grow with it.
    if (event->type() == QEvent::FontChange) {
        for (KpiCard* card : cards_) {
            card->setFont(labelFont(font()));
            card->setLarge(false);
        }
    }
    ModelPage::changeEvent(event);
}

std::vector<OverviewPage::Arrow> OverviewPage::arrows() const {
    struct Pending {
        const OverviewEdge* edge;
        QRect from;
        QRect to;
    };
    std::vector<Pending> pending;
    for (const OverviewEdge& edge : kEdges) {
        const Tile* from = findTile(edge.from);
        const Tile* to = findTile(edge.to);
        if (from && to) pending.push_back({&edge, from->frame->geometry(), to->frame->geometry()});
    }

    // Several arrows meeting one side of a tile spread along it, ordered by
    // where their other end is, so they never overlap.
    enum Side { Top, Bottom };
    std::map<std::pair<const void*, int>, std::vector<std::pair<int, std::size_t>>> sideSlots;
    auto verticalSide = [](const QRect& self, const QRect& other) { return other.center().y() < self.center().y() ? Top : Bottom; };
    auto sameRow = [](const Pending& p) { return p.from.bottom() >= p.to.top() && p.to.bottom() >= p.from.top(); };
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const Pending& p = pending[i];
        if (sameRow(p)) continue;
        const Tile* from = findTile(p.edge->from);
        const Tile* to = findTile(p.edge->to);
        sideSlots[{from, verticalSide(p.from, p.to)}].push_back({p.to.center().x(), i});
        sideSlots[{to, verticalSide(p.to, p.from)}].push_back({p.from.center().x(), i});
    }
    auto slotX = [&](const void* tile, int side, const QRect& rect, const QRect& other, std::size_t index) {
        // A tile much wider than the other end (the root) meets it straight above or below it.
        if (rect.width() > 3 * other.width() / 2) return other.center().x();
        auto& list = sideSlots[{tile, side}];
        std::sort(list.begin(), list.end());
        const auto n = list.size();
        std::size_t k = 0;
        while (k < n && list[k].second != index) ++k;
        const int spacing = std::min(rect.width() / int(n + 1), rect.width() / 4);
        return rect.center().x() + int((double(k) - double(n - 1) / 2.0) * spacing);
    };

    const QFontMetrics metrics(labelFont(font()));
    std::vector<Arrow> result;
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const Pending& p = pending[i];
        Arrow arrow{p.edge, {}, {}, QCoreApplication::translate("OverviewPage", p.edge->label)};
        if (sameRow(p)) {
            // Side by side: a horizontal arrow through the gap, its label wrapped above it.
            const bool rightwards = p.from.center().x() < p.to.center().x();
            const int y = (std::max(p.from.top(), p.to.top()) + std::min(p.from.bottom(), p.to.bottom())) / 2;
            const int x0 = rightwards ? p.from.right() + 2 : p.from.left() - 2;
            const int x1 = rightwards ? p.to.left() - 2 : p.to.right() + 2;
            arrow.path = {QPoint(x0, y), QPoint(x1, y)};
            const int width = std::max(20, std::abs(x1 - x0) - 2);
            QRect box = metrics.boundingRect(QRect(0, 0, width, 200), Qt::AlignCenter | Qt::TextWordWrap, arrow.label);
            box.adjust(-2, -1, 2, 1);
            box.moveCenter(QPoint((x0 + x1) / 2, y - 4 - box.height() / 2));
            arrow.labelBox = box;
        } else {
            const Tile* from = findTile(p.edge->from);
            const Tile* to = findTile(p.edge->to);
            const int fromSide = verticalSide(p.from, p.to);
            const int toSide = verticalSide(p.to, p.from);
            const int xs = slotX(from, fromSide, p.from, p.to, i);
            const int xt = slotX(to, toSide, p.to, p.from, i);
            const int ys = fromSide == Bottom ? p.from.bottom() + 2 : p.from.top() - 2;
            const int yt = toSide == Top ? p.to.top() - 2 : p.to.bottom() + 2;
            // Through the gap next to the target: straight when the ends line up, else one elbow.
            const int gapY = toSide == Top ? p.to.top() - kVerticalGap / 2 : p.to.bottom() + kVerticalGap / 2;
            if (std::abs(xs - xt) < 3)
                arrow.path = {QPoint(xt, ys), QPoint(xt, yt)};
            else
                arrow.path = {QPoint(xs, ys), QPoint(xs, gapY), QPoint(xt, gapY), QPoint(xt, yt)};
            QRect box = metrics.boundingRect(arrow.label).adjusted(-5, -1, 5, 1);
            box.moveCenter(arrow.path.size() == 2 ? QPoint(xt, gapY) : QPoint((xs + xt) / 2, gapY));
            arrow.labelBox = box;
        }
        result.push_back(std::move(arrow));
    }
    return result;
}

void OverviewPage::paintEvent(QPaintEvent* event) {
    ModelPage::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor line = palette().color(QPalette::WindowText);
    line.setAlphaF(0.55);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor pill = palette().color(QPalette::Window);
    QColor border = palette().color(QPalette::WindowText);
    border.setAlphaF(0.25);
    painter.setFont(labelFont(font()));
    for (const Arrow& arrow : arrows()) {
        if (arrow.path.size() < 2) continue;
        painter.setPen(QPen(line, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        QPainterPath path(arrow.path.front());
        for (qsizetype k = 1; k < arrow.path.size(); ++k) path.lineTo(arrow.path[k]);
        painter.drawPath(path);
        // Arrowhead along the last segment.
        const QPointF tip = arrow.path.back();
        const QPointF before = arrow.path[arrow.path.size() - 2];
        QPointF direction = tip - before;
        const double length = std::hypot(direction.x(), direction.y());
        if (length > 0) {
            direction /= length;
            const QPointF normal(-direction.y(), direction.x());
            const QPointF base = tip - direction * kArrowHead;
            const QPolygonF head({tip, base + normal * (kArrowHead * 0.55), base - normal * (kArrowHead * 0.55)});
            painter.setPen(Qt::NoPen);
            painter.setBrush(line);
            painter.drawPolygon(head);
        }
        painter.setPen(QPen(border, 1));
        painter.setBrush(pill);
        painter.drawRoundedRect(QRectF(arrow.labelBox), 4, 4);
        painter.setPen(text);
        painter.drawText(arrow.labelBox, Qt::AlignCenter | Qt::TextWordWrap, arrow.label);
    }
}

void OverviewPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    for (KpiCard* card : cards_) card->showKpi(*views.front().results);
    for (const Tile& tile : tiles_) tile.headline->showResults(views);
}

}  // namespace leverboard::ui
