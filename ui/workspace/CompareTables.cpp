#include "workspace/CompareTables.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <algorithm>

#include "format/PeopleNumbers.h"
#include "style/Contrast.h"
#include "widgets/KpiFormatter.h"
#include "widgets/ParameterEditor.h"
#include "text/RegistryText.h"

namespace leverboard::ui {
namespace {

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

QIcon colorSwatch(const QColor& color) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

// A horizontal header whose titles wrap onto more lines instead of being
// clipped or elided ("Aggressive pricing with a very long na…"): it is as tall
// as the longest title needs at its column's width, re-measured when the
// columns are resized.
class WrappingHeader : public QHeaderView {
public:
    explicit WrappingHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent) {
        setTextElideMode(Qt::ElideNone);
        setSectionsClickable(true);
        connect(this, &QHeaderView::sectionResized, this, [this] { refit(); });
    }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override {
        QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
        if (!model() || sectionResizeMode(logicalIndex) == QHeaderView::ResizeToContents) return size;
        const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
        const bool hasIcon = !model()->headerData(logicalIndex, orientation(), Qt::DecorationRole).isNull();
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
        const int icon = hasIcon ? style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + margin : 0;
        const int width = sectionSize(logicalIndex) - 2 * margin - icon;
        if (width <= 0 || text.isEmpty()) return size;
        const QRect lines = fontMetrics().boundingRect(QRect(0, 0, width, 100000),
                                                       int(Qt::AlignCenter | Qt::TextWordWrap), text);
        size.setHeight(std::max(size.height(), lines.height() + 2 * margin));
        return size;
    }

private:
    // The wanted height changes with the columns' widths: have the view lay
    // the header out again when it does.
    void refit() {
        int needed = 0;
        for (int i = 0; i < count(); ++i)
            if (!isSectionHidden(i)) needed = std::max(needed, sectionSizeFromContents(i).height());
        if (needed == fittedHeight_) return;
        fittedHeight_ = needed;
        headerDataChanged(orientation(), 0, std::max(0, count() - 1));  // drops the cached size hint
        updateGeometry();
        emit geometriesChanged();
    }

    int fittedHeight_ = -1;
};

const Kpi* findKpi(const Results& results, const std::string& id) {
    for (const Kpi& kpi : results.kpis)
        if (kpi.id == id) return &kpi;
    return nullptr;
}

// Every KPI id of the scenarios, in registry order; per-application unlock
// months of applications only some scenarios have are merged in next to the
// ones they follow.
std::vector<std::string> kpiRowIds(const std::vector<ScenarioView>& views) {
    std::vector<std::string> ids;
    for (const ScenarioView& view : views) {
        if (!view.results) continue;
        std::size_t insertAt = 0;
        for (const Kpi& kpi : view.results->kpis) {
            const auto found = std::find(ids.begin(), ids.end(), kpi.id);
            if (found != ids.end()) {
                insertAt = std::size_t(found - ids.begin()) + 1;
            } else {
                ids.insert(ids.begin() + std::ptrdiff_t(insertAt), kpi.id);
                ++insertAt;
            }
        }
    }
    return ids;
}

// A parameter's value in full, in the people locale (an enum by its name).
QString parameterValueText(const ParameterSpec& p, double value) {
    return p.isEnum() ? QString::fromStdString(formatValue(p.param, value)) : formatSignificant(value, 15);
}

QString applicationsSummary(const std::vector<Application>& applications) {
    QStringList names;
    for (const Application& app : applications) names << QString::fromStdString(app.name);
    return QCoreApplication::translate("CompareTables", "%n application(s): ", nullptr, int(applications.size())) +
           names.join(QStringLiteral(", "));
}

QString applicationsDetail(const std::vector<Application>& applications) {
    QStringList lines;
    for (const Application& app : applications)
        lines << QCoreApplication::translate("CompareTables", "%1: %2 M tokens per task, $%3 per task")
                     .arg(QString::fromStdString(app.name), formatNumber(app.tokensPerTask),
                          formatNumber(app.valuePerTask));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

std::vector<ParamId> differingParameters(std::span<const Scenario* const> scenarios) {
    std::vector<ParamId> ids;
    if (scenarios.size() < 2) return ids;
    for (std::size_t i = 0; i < kParamCount; ++i) {
        const auto id = ParamId(int(i));
        const double first = (*scenarios.front())[id];
        if (std::any_of(scenarios.begin() + 1, scenarios.end(), [&](const Scenario* s) { return (*s)[id] != first; }))
            ids.push_back(id);
    }
    return ids;
}

bool applicationsDiffer(std::span<const Scenario* const> scenarios) {
    if (scenarios.size() < 2) return false;
    return std::any_of(scenarios.begin() + 1, scenarios.end(), [&](const Scenario* s) {
        return s->applications != scenarios.front()->applications;
    });
}

QString kpiCellText(const Kpi& kpi) {
    const KpiSpec* spec = findKpiSpec(kpi.id);
    if (!spec) return QString::fromStdString(kpi.text);
    const FormattedKpi formatted = formatKpi(*spec, kpi);
    return formatted.unit.isEmpty() ? formatted.value : formatted.value + QLatin1Char(' ') + formatted.unit;
}

// ---- ScenarioColumnsTable -------------------------------------------------

ScenarioColumnsTable::ScenarioColumnsTable(QWidget* parent) : QTableWidget(parent) {
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setHorizontalHeader(new WrappingHeader(this));  // long scenario names wrap
    keepPlaceholderReadable(this);  // the unit column's muted text, legible on dark themes too
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) | Qt::Alignment(Qt::TextWordWrap));
    horizontalHeader()->setHighlightSections(false);
    setColumnCount(kFirstScenarioColumn);
    setHorizontalHeaderItem(kLabelColumn, new QTableWidgetItem);
    setHorizontalHeaderItem(kUnitColumn, new QTableWidgetItem(tr("Unit")));
}

QString ScenarioColumnsTable::rowKey(int row) const {
    const QTableWidgetItem* label = item(row, kLabelColumn);
    return label ? label->data(kRowKeyRole).toString() : QString();
}

QString ScenarioColumnsTable::cellText(int row, int scenarioColumn) const {
    const QTableWidgetItem* cellItem = item(row, kFirstScenarioColumn + scenarioColumn);
    return cellItem ? cellItem->text() : QString();
}

QTableWidgetItem* ScenarioColumnsTable::cell(int row, int column) {
    QTableWidgetItem* existing = item(row, column);
    if (existing) return existing;
    auto* created = new QTableWidgetItem;
    if (column >= kFirstScenarioColumn) created->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setItem(row, column, created);
    return created;
}

void ScenarioColumnsTable::setScenarioColumns(const std::vector<ScenarioView>& views) {
    const int columns = kFirstScenarioColumn + int(views.size());
    if (columnCount() != columns) setColumnCount(columns);
    for (std::size_t i = 0; i < views.size(); ++i) {
        const int column = kFirstScenarioColumn + int(i);
        QTableWidgetItem* header = horizontalHeaderItem(column);
        if (!header) {
            header = new QTableWidgetItem;
            setHorizontalHeaderItem(column, header);
        }
        if (header->text() != views[i].name) {
            header->setText(views[i].name);
            header->setToolTip(views[i].name);
        }
        if (header->data(Qt::UserRole).value<QColor>() != views[i].color) {
            header->setData(Qt::UserRole, views[i].color);
            header->setIcon(colorSwatch(views[i].color));
        }
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    horizontalHeader()->setSectionResizeMode(kLabelColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(kUnitColumn, QHeaderView::ResizeToContents);
}

void ScenarioColumnsTable::setRowHeader(int row, const QString& key, const QString& label, const QString& unit,
                                        const QString& toolTip) {
    QTableWidgetItem* labelItem = cell(row, kLabelColumn);
    labelItem->setData(kRowKeyRole, key);
    labelItem->setText(label);
    labelItem->setToolTip(toolTip);
    QTableWidgetItem* unitItem = cell(row, kUnitColumn);
    unitItem->setText(unit);
    unitItem->setForeground(palette().brush(QPalette::PlaceholderText));
}

// ---- KpiCompareTable --------------------------------------------------------

KpiCompareTable::KpiCompareTable(QWidget* parent) : ScenarioColumnsTable(parent) {
    setObjectName(QStringLiteral("KpiCompareTable"));
    horizontalHeaderItem(kLabelColumn)->setText(tr("KPI"));
}

void KpiCompareTable::showScenarios(const std::vector<ScenarioView>& views) {
    setScenarioColumns(views);
    const std::vector<std::string> ids = kpiRowIds(views);
    if (rowCount() != int(ids.size())) setRowCount(int(ids.size()));
    const QColor good(0x1b, 0x7a, 0x2e), bad(0xb0, 0x24, 0x18);
    for (int row = 0; row < int(ids.size()); ++row) {
        const std::string& id = ids[std::size_t(row)];
        const KpiSpec* spec = findKpiSpec(id);
        Kpi named;
        named.id = id;
        setRowHeader(row, QString::fromStdString(id), spec ? kpiLabel(*spec, named) : QString::fromStdString(id),
                     spec ? unitText(spec->unit) : QString(),
                     spec ? QCoreApplication::translate("Kpi", std::string(spec->meaning).c_str()) : QString());
        QString first;
        for (std::size_t i = 0; i < views.size(); ++i) {
            QTableWidgetItem* valueItem = cell(row, kFirstScenarioColumn + int(i));
            const Kpi* kpi = views[i].results ? findKpi(*views[i].results, id) : nullptr;
            const QString text = kpi ? kpiCellText(*kpi) : tr("n/a");
            valueItem->setText(text);
            const QString reason = kpi ? nullReason(*kpi, *views[i].results) : tr("Not in this scenario");
            valueItem->setToolTip(reason);
            // Values that differ from the first column stand out.
            if (i == 0) first = text;
            QFont font = valueItem->font();
            font.setBold(i > 0 && text != first);
            valueItem->setFont(font);
            const KpiTone tone = kpi ? kpiTone(*kpi, *views[i].results) : KpiTone::Neutral;
            valueItem->setForeground(tone == KpiTone::Good  ? QBrush(good)
                                     : tone == KpiTone::Bad ? QBrush(bad)
                                                            : palette().brush(QPalette::Text));
        }
    }
}

// ---- ParameterDiffTable -----------------------------------------------------

ParameterDiffTable::ParameterDiffTable(QWidget* parent) : ScenarioColumnsTable(parent) {
    setObjectName(QStringLiteral("ParameterDiffTable"));
    horizontalHeaderItem(kLabelColumn)->setText(tr("Parameter"));
}

void ParameterDiffTable::showScenarios(const Workspace& workspace, const std::vector<ScenarioView>& views) {
    std::vector<const Scenario*> scenarios;
    std::vector<ScenarioView> shown;
    for (const ScenarioView& view : views) {
        if (view.scenarioIndex < 0 || view.scenarioIndex >= int(workspace.scenarios.size())) continue;
        scenarios.push_back(&workspace.scenarios[std::size_t(view.scenarioIndex)]);
        shown.push_back(view);
    }
    setScenarioColumns(shown);
    const std::vector<ParamId> ids = differingParameters(scenarios);
    const bool appsDiffer = applicationsDiffer(scenarios);
    const int rows = int(ids.size()) + (appsDiffer ? 1 : 0);
    if (rowCount() != rows) setRowCount(rows);
    for (int row = 0; row < int(ids.size()); ++row) {
        const ParameterSpec& p = spec(ids[std::size_t(row)]);
        setRowHeader(row, fromView(p.id), parameterLabel(p), parameterUnit(p),
                     fromView(p.id) + QStringLiteral("\n") + registryMeaning(p));
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            QTableWidgetItem* valueItem = cell(row, kFirstScenarioColumn + int(i));
            const double value = (*scenarios[i])[p.param];
            valueItem->setText(parameterValueText(p, value));
            QFont font = valueItem->font();
            font.setBold(value != p.defaultValue);
            valueItem->setFont(font);
            valueItem->setToolTip(value == p.defaultValue ? tr("The default") : tr("Default: %1").arg(
                                      parameterValueText(p, p.defaultValue)));
        }
    }
    if (appsDiffer) {
        const int row = rows - 1;
        setRowHeader(row, kApplicationsKey, tr("Applications"), QString(),
                     tr("The cost model's application list differs"));
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            QTableWidgetItem* valueItem = cell(row, kFirstScenarioColumn + int(i));
            valueItem->setText(applicationsSummary(scenarios[i]->applications));
            valueItem->setToolTip(applicationsDetail(scenarios[i]->applications));
            QFont font = valueItem->font();
            font.setBold(false);
            valueItem->setFont(font);
        }
    }
}

}  // namespace leverboard::ui
