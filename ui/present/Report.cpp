#include "present/Report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>
#include <optional>

#include "analysis/AnalysisText.h"
#include "analysis/Attribution.h"
#include "analysis/UncertaintyReport.h"
#include "format/PeopleNumbers.h"
#include "models/CostCurveModel.h"
#include "pages/ModelPage.h"
#include "params/KpiRegistry.h"
#include "params/ParameterRegistry.h"
#include "present/ExportFiles.h"
#include "widgets/KpiFormatter.h"
#include "text/RegistryText.h"

namespace leverboard::ui {
namespace {

using report::ReportTable;
using report::TableColumn;
using report::TableRow;

// lupdate reads the context from the macro (a free tr() shim gives it none).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

TableColumn fixedColumn(const QString& title, double width, Qt::Alignment alignment = Qt::AlignLeft,
                        bool small = false) {
    TableColumn column;
    column.title = title;
    column.fixedWidth = width;
    column.alignment = alignment;
    column.small = small;
    return column;
}

TableColumn sharedColumn(const QString& title, bool small) {
    TableColumn column;
    column.title = title;
    column.small = small;
    return column;
}

// A scenario's value column, headed by its chart colour.
TableColumn scenarioColumn(const QString& name, const QColor& color, double width) {
    TableColumn column = fixedColumn(name, width, Qt::AlignRight);
    column.swatch = color;
    return column;
}

TableRow sectionRow(const QString& title) {
    TableRow row;
    row.cells << title;
    row.section = true;
    return row;
}

TableRow plainRow(const QStringList& cells) {
    TableRow row;
    row.cells = cells;
    return row;
}

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

QString parameterLabel(const ParameterSpec& p) {
    return registryLabel(p);
}

QString groupTitle(ModelGroup group) {
    return modelGroupTitle(group);
}

// Exact values, as the workspace holds them, made readable in the people
// locale: 100000 GPUs as 100,000, $100000000 as 100 million.
QString parameterValueText(ParamId id, double value) {
    if (spec(id).isEnum()) return QString::fromStdString(formatValue(id, value));
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e8 && magnitude < 1e15) {
        const bool billions = magnitude >= 1e9;
        const double scaled = value / (billions ? 1e9 : 1e6);
        return (billions ? Tr::tr("%1 billion") : Tr::tr("%1 million")).arg(formatSignificant(scaled, 12));
    }
    if (magnitude >= 1e4 && magnitude < 1e8 && value == std::floor(value)) return formatInteger(qlonglong(value));
    return formatSignificant(value, 15);
}

constexpr double kHeadingGap = 14;  // below the heading rule
constexpr double kFooterGap = 16;   // above the footer line
constexpr double kChartGap = 16;
const QColor kText{0x1f, 0x23, 0x28};
const QColor kSecondaryText{0x5a, 0x63, 0x6e};
const QColor kRule{0x9a, 0xa3, 0xad};

double headingHeight() { return QFontMetricsF(report::reportFonts().heading).height() + 6 + kHeadingGap; }
double footerHeight() { return QFontMetricsF(report::reportFonts().small).height() + kFooterGap; }

QString dateText(const QDateTime& when) {
    QLocale locale;
    if (locale.language() == QLocale::C) locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(when.date(), QLocale::LongFormat);
}

// When comparing: why the second scenario's NPV differs from the first's,
// parameter by parameter (Shapley values, the Compare page's waterfall as a
// table). No table when fewer than two scenarios are reported.
std::optional<ReportTable> attributionTable(const Workspace& workspace, const std::vector<ScenarioView>& views) {
    if (views.size() < 2) return std::nullopt;
    const auto from = std::size_t(views[0].scenarioIndex);
    const auto to = std::size_t(views[1].scenarioIndex);
    if (from >= workspace.scenarios.size() || to >= workspace.scenarios.size()) return std::nullopt;
    const std::string kpi = "capex.npv";
    const analysis::AttributionResult result = analysis::attribute(workspace.scenarios[from], workspace.scenarios[to], kpi);
    ReportTable table;
    table.caption = Tr::tr("%1: from %2 to %3, one row per parameter that differs (Shapley values)")
                        .arg(analysis_text::kpiTitle(kpi), views[0].name, views[1].name);
    table.columns = {sharedColumn(Tr::tr("Parameter"), false), fixedColumn(Tr::tr("Contribution"), 160, Qt::AlignRight)};
    auto value = [&](const std::optional<double>& v) { return v ? analysis_text::kpiValue(kpi, *v) : QStringLiteral("—"); };
    table.rows.push_back(plainRow({views[0].name, value(result.kpiFrom)}));
    if (!result.nullCoalitions.empty() || result.nullCoalitionCount > 0) {
        table.rows.push_back(plainRow({Tr::tr("No contributions: the value is null in %1 of the combinations.")
                                           .arg(formatInteger(qlonglong(result.nullCoalitionCount))),
                                       QString()}));
    } else {
        for (const analysis::Contribution& contribution : result.contributions) {
            QString text = analysis_text::kpiChange(kpi, contribution.value);
            if (contribution.stdError)
                text = Tr::tr("%1 ± %2").arg(text, analysis_text::kpiValue(kpi, *contribution.stdError));
            table.rows.push_back(plainRow({analysis_text::playerLabel(contribution.param), text}));
        }
    }
    TableRow end = plainRow({views[1].name, value(result.kpiTo)});
    end.highlighted = true;
    table.rows.push_back(end);
    return table;
}

}  // namespace

Report::Report(const Workspace& workspace, const QString& workspaceName, const std::vector<ScenarioView>& views,
               const QList<ModelPage*>& pages, Options options)
    : workspaceName_(workspaceName.isEmpty() ? Tr::tr("Untitled") : workspaceName), options_(std::move(options)),
      layout_(QPageSize(options_.pageSize), QPageLayout::Landscape, QMarginsF(36, 32, 36, 28), QPageLayout::Point),
      pages_(pages) {
    paintRect_ = QRectF(QPointF(0, 0), QSizeF(layout_.paintRectPixels(report::kReportDpi).size()));
    for (const ScenarioView& view : views) {
        const auto index = std::size_t(view.scenarioIndex);
        const QString notes =
            index < workspace.scenarios.size() ? QString::fromStdString(workspace.scenarios[index].notes) : QString();
        scenarios_.push_back({view.name, view.color, notes.simplified()});
    }

    buildKpiTable(views);
    const std::size_t firstAssumptionTable = tables_.size();
    buildParameterTables(workspace, views);
    const std::size_t endOfAssumptions = tables_.size();
    if (std::optional<ReportTable> attribution = attributionTable(workspace, views))
        tables_.push_back(std::move(*attribution));
    const std::size_t firstUncertaintyTable = tables_.size();  // distributions and KPI ranges (Monte Carlo)
    for (ReportTable& table : uncertaintyTables(workspace, views, pages)) tables_.push_back(std::move(table));
    for (ReportTable& table : tables_) table.fitColumns(paintRect_.width());

    std::vector<Section> sections{{Tr::tr("Key figures"), {0}}, {Tr::tr("Assumptions"), {}}};
    for (std::size_t t = firstAssumptionTable; t < endOfAssumptions; ++t) sections[1].tables.push_back(int(t));
    if (firstUncertaintyTable > endOfAssumptions) sections.push_back({Tr::tr("Why they differ"), {int(endOfAssumptions)}});
    if (tables_.size() > firstUncertaintyTable) {
        Section uncertainty{Tr::tr("How sure are we?"), {}};
        for (std::size_t t = firstUncertaintyTable; t < tables_.size(); ++t) uncertainty.tables.push_back(int(t));
        sections.push_back(std::move(uncertainty));
    }
    planPages(sections);
}

QPageSize::PageSizeId Report::localePageSize() {
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

// ---- Content ---------------------------------------------------------------

void Report::buildKpiTable(const std::vector<ScenarioView>& views) {
    ReportTable table;
    table.columns.push_back(fixedColumn(Tr::tr("Key figure"), 230));
    const double valueWidth = views.size() > 2 ? 104 : 124;
    for (const ScenarioInfo& scenario : scenarios_)
        table.columns.push_back(scenarioColumn(scenario.name, scenario.color, valueWidth));
    table.columns.push_back(fixedColumn(Tr::tr("Unit"), 120, Qt::AlignLeft, true));
    table.columns.push_back(sharedColumn(Tr::tr("What it means"), true));

    // Every KPI id any scenario has (applications may differ), in engine order.
    std::vector<std::string> ids;
    for (const ScenarioView& view : views) {
        if (!view.results) continue;
        for (const Kpi& kpi : view.results->kpis)
            if (std::find(ids.begin(), ids.end(), kpi.id) == ids.end()) ids.push_back(kpi.id);
    }
    std::optional<ModelGroup> group;
    for (const std::string& id : ids) {
        const KpiSpec* spec = findKpiSpec(id);
        if (!spec) continue;
        if (group != spec->group) {
            group = spec->group;
            table.rows.push_back(sectionRow(groupTitle(spec->group)));
        }
        TableRow row;
        QString label = registryLabel(*spec);
        if (spec->id == kUnlockMonthPrefix) {
            // The application's name where a scenario knows it, its id otherwise.
            QString application = QString::fromStdString(id.substr(kUnlockMonthPrefix.size()));
            for (const ScenarioView& view : views) {
                if (!view.results) continue;
                for (const auto& curve : view.results->get<CostResults>().applications)
                    if (id == std::string(kUnlockMonthPrefix) + curve.id) application = QString::fromStdString(curve.name);
            }
            label = Tr::tr("%1: %2").arg(label, application);
        }
        row.cells << label;
        // The unit once per row (a KPI's unit is the same in every scenario):
        // the value columns stay narrow enough for four scenarios.
        QString unit;
        for (const ScenarioView& view : views) {
            const Kpi* kpi = nullptr;
            if (view.results)
                for (const Kpi& k : view.results->kpis)
                    if (k.id == id) kpi = &k;
            if (!kpi) {
                row.cells << QStringLiteral("—");
                continue;
            }
            const FormattedKpi formatted = formatKpi(*spec, *kpi);
            row.cells << formatted.value;
            if (unit.isEmpty()) unit = spec->format == KpiFormat::People ? Tr::tr("people") : formatted.unit;
        }
        row.cells << unit;
        row.cells << QCoreApplication::translate("Kpi", std::string(spec->meaning).c_str());
        table.rows.push_back(row);
    }
    tables_.push_back(std::move(table));
}

void Report::buildParameterTables(const Workspace& workspace, const std::vector<ScenarioView>& views) {
    std::vector<const Scenario*> scenarios;
    for (const ScenarioView& view : views)
        if (std::size_t(view.scenarioIndex) < workspace.scenarios.size())
            scenarios.push_back(&workspace.scenarios[std::size_t(view.scenarioIndex)]);
    const bool comparing = scenarios.size() > 1;
    const double valueWidth = scenarios.size() > 2 ? 96 : 118;
    auto differs = [&](ParamId id) {
        return std::any_of(scenarios.begin(), scenarios.end(),
                           [&](const Scenario* s) { return (*s)[id] != (*scenarios.front())[id]; });
    };
    auto addScenarioColumns = [&](ReportTable& table) {
        for (const ScenarioInfo& scenario : scenarios_)
            table.columns.push_back(scenarioColumn(scenario.name, scenario.color, valueWidth));
    };
    auto valueCells = [&](ParamId id) {
        QStringList cells;
        for (const Scenario* s : scenarios) cells << parameterValueText(id, (*s)[id]);
        return cells;
    };

    // What differs first: in a comparison it is what the reader came for.
    if (comparing) {
        ReportTable table;
        table.caption = Tr::tr("Where the scenarios differ");
        table.columns.push_back(fixedColumn(Tr::tr("Parameter"), 210));
        addScenarioColumns(table);
        table.columns.push_back(sharedColumn(Tr::tr("Unit"), true));
        for (const ParameterSpec& p : parameters()) {
            if (!differs(p.param)) continue;
            table.rows.push_back(plainRow(QStringList{parameterLabel(p)} << valueCells(p.param) << fromView(p.unit)));
        }
        const bool applicationsDiffer = std::any_of(scenarios.begin(), scenarios.end(), [&](const Scenario* s) {
            return s->applications != scenarios.front()->applications;
        });
        if (applicationsDiffer) {
            QStringList cells{Tr::tr("Applications")};
            for (const Scenario* s : scenarios) cells << Tr::tr("%n application(s)", nullptr, int(s->applications.size()));
            cells << Tr::tr("see the applications table");
            table.rows.push_back(plainRow(cells));
        }
        if (table.rows.empty())
            table.rows.push_back(sectionRow(Tr::tr("No parameter differs: the scenarios share every assumption.")));
        tables_.push_back(std::move(table));
    }

    ReportTable all;
    all.caption = Tr::tr("Every parameter");
    all.columns.push_back(fixedColumn(Tr::tr("Parameter"), 180));
    all.columns.push_back(fixedColumn(Tr::tr("Id"), 150, Qt::AlignLeft, true));
    addScenarioColumns(all);
    all.columns.push_back(fixedColumn(Tr::tr("Unit"), 100, Qt::AlignLeft, true));
    all.columns.push_back(sharedColumn(Tr::tr("Source"), true));
    std::optional<ModelGroup> group;
    for (const ParameterSpec& p : parameters()) {
        if (group != p.group) {
            group = p.group;
            all.rows.push_back(sectionRow(groupTitle(p.group)));
        }
        TableRow row = plainRow(QStringList{parameterLabel(p), fromView(p.id)} << valueCells(p.param)
                                                                               << fromView(p.unit) << fromView(p.source));
        row.highlighted = comparing && differs(p.param);
        all.rows.push_back(row);
    }
    tables_.push_back(std::move(all));

    ReportTable applications;
    applications.caption = Tr::tr("Applications (cost curves: when each becomes viable)");
    applications.columns.push_back(fixedColumn(Tr::tr("Application"), 210));
    applications.columns.push_back(fixedColumn(Tr::tr("Id"), 150, Qt::AlignLeft, true));
    applications.columns.push_back(fixedColumn(Tr::tr("Tokens per task (M)"), 170, Qt::AlignRight));
    applications.columns.push_back(fixedColumn(Tr::tr("Value per task"), 170, Qt::AlignRight));
    applications.columns.push_back(sharedColumn(QString(), false));
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
        if (comparing) applications.rows.push_back(sectionRow(scenarios_[s].name));
        for (const Application& app : scenarios[s]->applications)
            applications.rows.push_back(plainRow({QString::fromStdString(app.name), QString::fromStdString(app.id),
                                                  formatNumber(app.tokensPerTask, 4), formatMoney(app.valuePerTask)}));
        if (scenarios[s]->applications.empty()) applications.rows.push_back(plainRow({Tr::tr("No applications")}));
    }
    tables_.push_back(std::move(applications));
}

void Report::planPages(const std::vector<Section>& sections) {
    plan_.push_back({PageKind::Title, Tr::tr("Report"), {}, -1, {}});
    const double contentHeight = contentRect().height();
    for (const Section& section : sections) {
        std::vector<ReportTable> sectionTables;
        for (int t : section.tables) sectionTables.push_back(tables_[std::size_t(t)]);
        if (sectionTables.empty()) continue;
        contents_.push_back({section.heading, int(plan_.size())});
        for (auto& slices : report::paginateTables(sectionTables, contentHeight)) {
            for (auto& slice : slices) slice.table = section.tables[std::size_t(slice.table)];
            plan_.push_back({PageKind::Tables, section.heading, std::move(slices), -1, {}});
        }
    }
    for (int p = 0; p < pages_.size(); ++p) {
        const int chartCount = int(pageCharts(pages_[p]).size());
        if (chartCount == 0) continue;
        const QString title = pages_[p]->pageTitle();
        contents_.push_back({Tr::tr("Charts: %1").arg(title), int(plan_.size())});
        const int sheets = (chartCount + kChartsPerPage - 1) / kChartsPerPage;
        for (int sheet = 0; sheet < sheets; ++sheet) {
            const QString sheetTitle =
                sheets > 1 ? Tr::tr("%1 (%2 of %3)").arg(title, formatInteger(sheet + 1), formatInteger(sheets)) : title;
            PlannedPage page{PageKind::Charts, sheetTitle, {}, p, {}};
            for (int c = sheet * kChartsPerPage; c < std::min(chartCount, (sheet + 1) * kChartsPerPage); ++c)
                page.charts << c;
            plan_.push_back(page);
        }
    }
}

// ---- Painting --------------------------------------------------------------

QRectF Report::contentRect() const {
    return paintRect_.adjusted(0, headingHeight(), 0, -footerHeight());
}

bool Report::write(QIODevice* device) const {
    QPdfWriter writer(device);
    writer.setResolution(report::kReportDpi);
    writer.setPageLayout(layout_);
    writer.setTitle(Tr::tr("Leverboard report: %1").arg(workspaceName_));
    writer.setCreator(QStringLiteral("Leverboard " LEVERBOARD_VERSION));
    QPainter painter;
    if (!painter.begin(&writer)) return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !writer.newPage()) return false;
        paintPage(painter, i);
    }
    return painter.end();
}

bool Report::write(const QString& path, QString* error) const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!write(&buffer)) {
        if (error) *error = Tr::tr("cannot create the report %1").arg(QFileInfo(path).fileName());
        return false;
    }
    return chart_export::writeFile(path, bytes, error);
}

void Report::paintPage(QPainter& painter, int index) const {
    const PlannedPage& page = plan_[std::size_t(index)];
    painter.save();
    switch (page.kind) {
    case PageKind::Title: paintTitlePage(painter); break;
    case PageKind::Tables: paintHeading(painter, page.heading); paintTablePage(painter, page); break;
    case PageKind::Charts: paintHeading(painter, page.heading); paintChartPage(painter, page); break;
    }
    painter.restore();
    paintFooter(painter, index);
}

void Report::paintHeading(QPainter& painter, const QString& heading) const {
    const auto& fonts = report::reportFonts();
    const double lineHeight = QFontMetricsF(fonts.heading).height();
    painter.setFont(fonts.heading);
    painter.setPen(kText);
    painter.drawText(QRectF(0, 0, paintRect_.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, heading);

    // The scenarios on the right, in their chart colours: the key to every chart.
    painter.setFont(fonts.body);
    const QFontMetricsF metrics(fonts.body);
    double x = paintRect_.width();
    for (auto it = scenarios_.rbegin(); it != scenarios_.rend(); ++it) {
        const double textWidth = metrics.horizontalAdvance(it->name);
        x -= textWidth;
        painter.setPen(kText);
        painter.drawText(QRectF(x, 0, textWidth + 2, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, it->name);
        x -= 16;
        painter.fillRect(QRectF(x, (lineHeight - 11) / 2, 11, 11), it->color);
        x -= 14;
    }
    painter.setPen(QPen(kRule, 1));
    painter.drawLine(QPointF(0, lineHeight + 4), QPointF(paintRect_.width(), lineHeight + 4));
}

void Report::paintFooter(QPainter& painter, int index) const {
    const auto& fonts = report::reportFonts();
    const double height = QFontMetricsF(fonts.small).height();
    const QRectF line(0, paintRect_.height() - height, paintRect_.width(), height);
    painter.setFont(fonts.small);
    painter.setPen(kSecondaryText);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     Tr::tr("%1 · Leverboard %2 · %3").arg(workspaceName_, QStringLiteral(LEVERBOARD_VERSION),
                                                      dateText(options_.created)));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     Tr::tr("%1 / %2").arg(formatInteger(index + 1), formatInteger(pageCount())));
}

void Report::paintTablePage(QPainter& painter, const PlannedPage& page) const {
    const QRectF content = contentRect();
    for (const report::TableSlice& slice : page.slices) {
        const ReportTable& table = tables_[std::size_t(slice.table)];
        double y = content.top() + slice.top;
        table.paintCaption(painter, QPointF(content.left(), y), slice.continued);
        y += table.captionHeight();
        table.paintHeader(painter, QPointF(content.left(), y));
        y += table.headerHeight();
        bool shaded = false;
        for (int r = slice.firstRow; r < slice.endRow; ++r) {
            if (table.rows[std::size_t(r)].section) shaded = false;
            else shaded = !shaded;
            table.paintRow(painter, r, QPointF(content.left(), y), !shaded);
            y += table.rowHeight(r);
        }
    }
}

void Report::paintChartPage(QPainter& painter, const PlannedPage& page) const {
    const QRectF content = contentRect();
    const QList<Chart*> charts = pageCharts(pages_.value(page.modelPage));
    const int columns = 2;
    const int rows = (kChartsPerPage + columns - 1) / columns;
    const QSizeF cell((content.width() - kChartGap * (columns - 1)) / columns,
                      (content.height() - kChartGap * (rows - 1)) / rows);
    for (int i = 0; i < page.charts.size(); ++i) {
        const int chart = page.charts[i];
        if (chart < 0 || chart >= charts.size()) continue;
        const QPointF topLeft(content.left() + (i % columns) * (cell.width() + kChartGap),
                              content.top() + (i / columns) * (cell.height() + kChartGap));
        const QRectF target(topLeft, cell);
        painter.save();
        charts[chart]->render(&painter, target);
        painter.restore();
        painter.setPen(QPen(QColor(0xd8, 0xdc, 0xe0), 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target);
    }
}

void Report::paintTitlePage(QPainter& painter) const {
    const auto& fonts = report::reportFonts();
    const double width = paintRect_.width();
    double y = 40;

    painter.setFont(fonts.caption);
    painter.setPen(kSecondaryText);
    painter.drawText(QRectF(0, y, width, 24), Qt::AlignLeft, Tr::tr("LEVERBOARD REPORT"));
    y += 34;

    painter.setPen(kText);
    const QStringList title = report::wrapText(fonts.title, width, workspaceName_, 2);
    report::drawTextLines(painter, fonts.title, QRectF(0, y, width, 0), Qt::AlignLeft, title);
    y += report::textHeight(fonts.title, int(title.size())) + 8;

    painter.setFont(fonts.subtitle);
    painter.setPen(kSecondaryText);
    const QString subtitle = scenarios_.size() > 1
                                 ? Tr::tr("A comparison of %n scenario(s)", nullptr, int(scenarios_.size()))
                                 : Tr::tr("Scenario: %1").arg(scenarios_.empty() ? QString() : scenarios_.front().name);
    painter.drawText(QRectF(0, y, width, 28), Qt::AlignLeft, subtitle);
    y += 28;
    painter.drawText(QRectF(0, y, width, 28), Qt::AlignLeft, dateText(options_.created));
    y += 48;

    // Scenarios with their colours and notes (left), contents (right).
    const double columnGap = 48;
    const double contentsWidth = 300;
    const double scenariosWidth = width - contentsWidth - columnGap;
    double left = y;
    painter.setFont(fonts.caption);
    painter.setPen(kText);
    painter.drawText(QRectF(0, left, scenariosWidth, 22), Qt::AlignLeft, Tr::tr("Scenarios"));
    left += 28;
    for (const ScenarioInfo& scenario : scenarios_) {
        painter.fillRect(QRectF(0, left + 3, 14, 14), scenario.color);
        painter.setPen(kText);
        const QStringList name = report::wrapText(fonts.bodyBold, scenariosWidth - 24, scenario.name, 1);
        report::drawTextLines(painter, fonts.bodyBold, QRectF(24, left + 2, scenariosWidth - 24, 0), Qt::AlignLeft, name);
        left += 22;
        if (!scenario.notes.isEmpty()) {
            // At most three lines: the title page introduces, the reader has the file.
            painter.setPen(kSecondaryText);
            const QStringList notes = report::wrapText(fonts.body, scenariosWidth - 24, scenario.notes, 3);
            report::drawTextLines(painter, fonts.body, QRectF(24, left, scenariosWidth - 24, 0), Qt::AlignLeft, notes);
            left += report::textHeight(fonts.body, int(notes.size()));
        }
        left += 12;
    }

    double right = y;
    const double contentsLeft = width - contentsWidth;
    painter.setFont(fonts.caption);
    painter.setPen(kText);
    painter.drawText(QRectF(contentsLeft, right, contentsWidth, 22), Qt::AlignLeft, Tr::tr("Contents"));
    right += 28;
    painter.setFont(fonts.body);
    const double lineHeight = QFontMetricsF(fonts.body).height() + 6;
    for (const ContentsEntry& entry : contents_) {
        const QRectF line(contentsLeft, right, contentsWidth, lineHeight);
        painter.setPen(kText);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, entry.title);
        painter.setPen(kSecondaryText);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, formatInteger(entry.page + 1));
        right += lineHeight;
    }

    painter.setFont(fonts.small);
    painter.setPen(kSecondaryText);
    const QString paper = QPageSize::name(options_.pageSize);
    painter.drawText(QRectF(0, paintRect_.height() - footerHeight() - 24, width, 18), Qt::AlignLeft,
                     Tr::tr("Made with Leverboard %1 · %2 landscape · values as of the date above; the workspace file "
                        "holds the full scenarios.")
                         .arg(QStringLiteral(LEVERBOARD_VERSION), paper));
}

}  // namespace leverboard::ui
