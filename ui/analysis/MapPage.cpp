#include "analysis/MapPage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

#include "analysis/AnalysisText.h"
#include "analysis/KpiProbe.h"
#include "analysis/LatestJob.h"
#include "analysis/ParameterMap.h"
#include "charts/HeatmapWidget.h"
#include "document/WorkspaceDocument.h"
#include "format/PeopleNumbers.h"
#include "style/Contrast.h"
#include "text/RegistryText.h"
#include "widgets/KpiFormatter.h"
#include "widgets/ParameterEditor.h"

namespace leverboard::ui {
namespace {

using analysis::ParameterMapResult;

QString fromStd(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

using analysis_text::kpiTitle;
using analysis_text::parameterTitle;

QString kpiValueText(const std::string& id, double value) { return analysis_text::kpiValue(id, value); }

HeatmapData::AxisScale axisScale(ParamId id) {
    switch (spec(id).scale) {
    case Scale::Log: return HeatmapData::AxisScale::Log;
    case Scale::LogOnePlus: return HeatmapData::AxisScale::LogOnePlus;
    case Scale::Linear: break;
    }
    return HeatmapData::AxisScale::Linear;
}

ParamId paramOf(const QComboBox* chooser) {
    return ParamId(chooser->currentData().toInt());
}

void selectParameter(QComboBox* chooser, ParamId id) {
    const int index = chooser->findData(int(id));
    if (index >= 0) chooser->setCurrentIndex(index);
}

}  // namespace

MapPage::MapPage(WorkspaceDocument* document, QWidget* parent)
    : ModelPage(parent), document_(document), kpiChooser_(new QComboBox(this)), xChooser_(new QComboBox(this)),
      yChooser_(new QComboBox(this)), status_(new QLabel(this)), heatmap_(new HeatmapWidget(this)),
      coarseJob_(new LatestJob(this)), fineJob_(new LatestJob(this)) {
    setObjectName(QStringLiteral("MapPage"));
    kpiChooser_->setObjectName(QStringLiteral("MapKpi"));
    xChooser_->setObjectName(QStringLiteral("MapX"));
    yChooser_->setObjectName(QStringLiteral("MapY"));
    heatmap_->setObjectName(QStringLiteral("MapHeatmap"));
    for (QComboBox* chooser : {kpiChooser_, xChooser_, yChooser_}) {
        chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        chooser->setMinimumContentsLength(14);
    }
    for (const ParamId id : analysis::analysableParameters()) {
        const QString label = registryLabel(spec(id));
        xChooser_->addItem(label, int(id));
        yChooser_->addItem(label, int(id));
        xChooser_->setItemData(xChooser_->count() - 1, fromStd(spec(id).id), Qt::ToolTipRole);
        yChooser_->setItemData(yChooser_->count() - 1, fromStd(spec(id).id), Qt::ToolTipRole);
    }
    selectParameter(xChooser_, ParamId::CapexUtilization);
    selectParameter(yChooser_, ParamId::CapexRentalPrice);
    fillKpiChooser(document_ ? document_->activeScenario() : Scenario());
    const int npv = kpiChooser_->findData(QStringLiteral("capex.npv"));
    if (npv >= 0) kpiChooser_->setCurrentIndex(npv);

    auto* controls = new QHBoxLayout;
    auto* kpiLabel = new QLabel(tr("&Map:"), this);
    kpiLabel->setBuddy(kpiChooser_);
    auto* xLabel = new QLabel(tr("&across:"), this);
    xLabel->setBuddy(xChooser_);
    auto* yLabel = new QLabel(tr("a&nd:"), this);
    yLabel->setBuddy(yChooser_);
    controls->addWidget(kpiLabel);
    controls->addWidget(kpiChooser_, 2);
    controls->addWidget(xLabel);
    controls->addWidget(xChooser_, 2);
    controls->addWidget(yLabel);
    controls->addWidget(yChooser_, 2);
    controls->addStretch(1);

    status_->setObjectName(QStringLiteral("MapStatus"));
    status_->setForegroundRole(QPalette::PlaceholderText);
    keepPlaceholderReadable(status_, QPalette::WindowText, QPalette::Window);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addWidget(status_);
    layout->addWidget(heatmap_, 1);

    for (QComboBox* chooser : {kpiChooser_, xChooser_, yChooser_})
        connect(chooser, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(heatmap_, &HeatmapWidget::cellClicked, this, &MapPage::onCellClicked);
}

MapPage::~MapPage() = default;

void MapPage::fillKpiChooser(const Scenario& scenario) {
    std::vector<std::string> ids = analysis::numericKpiIds(scenario);
    for (const KpiSpec& kpi : kpiSpecs())
        if (kpi.format == KpiFormat::Text) ids.emplace_back(kpi.id);
    bool same = int(ids.size()) == kpiChooser_->count();
    for (std::size_t i = 0; same && i < ids.size(); ++i)
        same = kpiChooser_->itemData(int(i)).toString().toStdString() == ids[i];
    if (same) return;
    const QString current = kpiChooser_->currentData().toString();
    const QSignalBlocker blocker(kpiChooser_);
    kpiChooser_->clear();
    for (const std::string& id : ids) {
        kpiChooser_->addItem(kpiTitle(id), QString::fromStdString(id));
        kpiChooser_->setItemData(kpiChooser_->count() - 1, QString::fromStdString(id), Qt::ToolTipRole);
    }
    const int index = kpiChooser_->findData(current);
    kpiChooser_->setCurrentIndex(std::max(0, index));
}

void MapPage::setKpi(const std::string& kpi) {
    const int index = kpiChooser_->findData(QString::fromStdString(kpi));
    if (index >= 0) kpiChooser_->setCurrentIndex(index);
}

void MapPage::setAxes(ParamId x, ParamId y) {
    {
        const QSignalBlocker blockX(xChooser_);
        selectParameter(xChooser_, x);
    }
    selectParameter(yChooser_, y);
    refresh();
}

std::string MapPage::kpi() const { return kpiChooser_->currentData().toString().toStdString(); }
ParamId MapPage::xParameter() const { return paramOf(xChooser_); }
ParamId MapPage::yParameter() const { return paramOf(yChooser_); }

bool MapPage::isRefined() const { return shown_ && refinedRequest_ == request_; }

void MapPage::waitForMap() {
    while (coarseJob_->isRunning() || fineJob_->isRunning()) {
        coarseJob_->wait();
        fineJob_->wait();
        QCoreApplication::processEvents();
    }
}

void MapPage::showResults(const std::vector<ScenarioView>&) {
    if (!document_) return;
    hasScenario_ = true;
    fillKpiChooser(document_->activeScenario());
    refresh();
}

void MapPage::refresh() {
    if (!document_ || !hasScenario_) return;
    const ParamId x = xParameter();
    const ParamId y = yParameter();
    ++request_;
    if (x == y) {
        coarseJob_->cancel();
        fineJob_->cancel();
        status_->setText(tr("Pick two different parameters."));
        return;
    }
    const Scenario scenario = document_->activeScenario();
    const std::string kpi = this->kpi();
    const quint64 request = request_;
    auto work = [scenario, kpi, x, y](int size) {
        return [scenario, kpi, x, y, size](const std::atomic<bool>& cancel) -> std::any {
            analysis::MapOptions options;
            options.size = size;
            options.cancel = &cancel;
            return std::make_shared<const ParameterMapResult>(analysis::parameterMap(scenario, kpi, x, y, options));
        };
    };
    using MapPointer = std::shared_ptr<const ParameterMapResult>;
    coarseJob_->start(work(kCoarseSize), [this, request](std::any result) {
        if (refinedRequest_ == request) return;  // the full map came first
        showMap(std::any_cast<MapPointer>(result), false);
    });
    fineJob_->start(work(kFineSize), [this, request](std::any result) {
        refinedRequest_ = request;
        showMap(std::any_cast<MapPointer>(result), true);
    });
    if (!shown_) status_->setText(tr("Computing the map…"));
}

void MapPage::showMap(std::shared_ptr<const ParameterMapResult> map, bool refined) {
    if (!map || map->cancelled) return;
    shown_ = std::move(map);
    const ParameterMapResult& result = *shown_;
    HeatmapData data;
    data.xs = result.xs;
    data.ys = result.ys;
    data.xScale = axisScale(result.x);
    data.yScale = axisScale(result.y);
    data.xTitle = parameterTitle(result.x);
    data.yTitle = parameterTitle(result.y);
    data.valueTitle = kpiTitle(result.kpi);
    data.formatX = [](double value) { return formatParameterNumber(value); };
    data.formatY = data.formatX;
    const std::string kpi = result.kpi;
    data.formatValue = [kpi](double value) { return kpiValueText(kpi, value); };
    data.marker = QPointF(result.scenarioX, result.scenarioY);
    if (result.textKpi) {
        std::set<std::string> distinct;
        for (const std::string& text : result.texts)
            if (!text.empty()) distinct.insert(text);
        const std::vector<std::string> names(distinct.begin(), distinct.end());
        for (const std::string& name : names) data.categories << kpiTextValue(name);
        data.categoryOf.reserve(result.texts.size());
        for (const std::string& text : result.texts) {
            const auto at = std::find(names.begin(), names.end(), text);
            data.categoryOf.push_back(text.empty() || at == names.end() ? -1 : int(at - names.begin()));
        }
    } else {
        data.values = result.values;
        data.thresholds = result.thresholds;
        if (const KpiSpec* kpiSpec = findKpiSpec(result.kpi)) data.goodAbove = kpiSpec->threshold.goodAbove;
    }
    heatmap_->setData(std::move(data));
    const QString size = tr("%1 × %2").arg(formatInteger(qlonglong(result.xs.size())),
                                          formatInteger(qlonglong(result.ys.size())));
    status_->setText(refined ? tr("%1 cells. Hover for values; click a cell to set both parameters (one undoable edit).")
                                   .arg(size)
                             : tr("%1 cells, refining…").arg(size));
}

void MapPage::onCellClicked(double x, double y) {
    if (!document_ || !shown_) return;
    const ParamId px = shown_->x;
    const ParamId py = shown_->y;
    document_->setParameters({{px, x}, {py, y}}, tr("Set %1 and %2 from the map")
                                                     .arg(registryLabel(spec(px)), registryLabel(spec(py))));
}

}  // namespace leverboard::ui
