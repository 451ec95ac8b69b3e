#include "analysis/AttributionView.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "analysis/AnalysisText.h"
#include "analysis/Attribution.h"
#include "analysis/KpiProbe.h"
#include "analysis/LatestJob.h"
#include "charts/WaterfallChart.h"
#include "document/WorkspaceDocument.h"
#include "format/PeopleNumbers.h"
#include "params/KpiRegistry.h"

namespace leverboard::ui {
namespace {

using analysis::AttributionResult;
using AttributionPointer = std::shared_ptr<const AttributionResult>;

// "" is A itself; otherwise the parameters taken from B, "+"-joined.
QString coalitionText(const std::string& coalition, const QString& fromName) {
    if (coalition.empty()) return AttributionView::tr("%1 itself").arg(fromName);
    QStringList labels;
    for (const QString& player : QString::fromStdString(coalition).split(QLatin1Char('+')))
        labels << analysis_text::playerLabel(player.toStdString());
    return labels.join(QStringLiteral(" + "));
}

}  // namespace

AttributionView::AttributionView(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), kpiChooser_(new QComboBox(this)), fromChooser_(new QComboBox(this)),
      toChooser_(new QComboBox(this)), message_(new QLabel(this)), chart_(new WaterfallChart(this)),
      job_(new LatestJob(this)) {
    setObjectName(QStringLiteral("AttributionView"));
    kpiChooser_->setObjectName(QStringLiteral("AttributionKpi"));
    fromChooser_->setObjectName(QStringLiteral("AttributionFrom"));
    toChooser_->setObjectName(QStringLiteral("AttributionTo"));
    kpiChooser_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    kpiChooser_->setMinimumContentsLength(16);
    for (const std::string& id : analysis::numericKpiIds(Scenario()))
        kpiChooser_->addItem(analysis_text::kpiTitle(id), QString::fromStdString(id));
    kpiChooser_->setCurrentIndex(std::max(0, kpiChooser_->findData(QStringLiteral("capex.npv"))));

    auto* controls = new QHBoxLayout;
    auto* kpiLabel = new QLabel(tr("&Why does"), this);
    kpiLabel->setBuddy(kpiChooser_);
    controls->addWidget(kpiLabel);
    controls->addWidget(kpiChooser_, 2);
    auto* fromLabel = new QLabel(tr("differ from"), this);
    fromLabel->setBuddy(fromChooser_);
    controls->addWidget(fromLabel);
    controls->addWidget(fromChooser_, 1);
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(toChooser_);
    controls->addWidget(toLabel);
    controls->addWidget(toChooser_, 1);
    controls->addStretch(1);

    message_->setObjectName(QStringLiteral("AttributionMessage"));
    message_->setWordWrap(true);
    chart_->setObjectName(QStringLiteral("AttributionWaterfall"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(message_);
    layout->addWidget(chart_, 1);

    for (QComboBox* chooser : {kpiChooser_, fromChooser_, toChooser_})
        connect(chooser, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
}

AttributionView::~AttributionView() = default;

void AttributionView::fillScenarioChoosers() {
    const Workspace& workspace = document_->workspace();
    const int from = fromScenario();
    const int to = toScenario();
    const QSignalBlocker blockFrom(fromChooser_);
    const QSignalBlocker blockTo(toChooser_);
    fromChooser_->clear();
    toChooser_->clear();
    for (std::size_t i = 0; i < workspace.scenarios.size(); ++i) {
        const QString name = QString::fromStdString(workspace.scenarios[i].name);
        fromChooser_->addItem(name, int(i));
        toChooser_->addItem(name, int(i));
    }
    fromChooser_->setCurrentIndex(std::max(0, fromChooser_->findData(from)));
    toChooser_->setCurrentIndex(std::max(0, toChooser_->findData(to)));
}

void AttributionView::showScenarios(const std::vector<ScenarioView>& views) {
    std::vector<int> visible;
    colors_.assign(document_->workspace().scenarios.size(), QColor());
    for (const ScenarioView& view : views) {
        visible.push_back(view.scenarioIndex);
        if (std::size_t(view.scenarioIndex) < colors_.size()) colors_[std::size_t(view.scenarioIndex)] = view.color;
    }
    fillScenarioChoosers();
    if (visible != lastVisible_ && visible.size() >= 2) {
        lastVisible_ = visible;
        setScenarios(visible[0], visible[1]);
        return;
    }
    lastVisible_ = visible;
    refresh();
}

void AttributionView::setKpi(const std::string& kpi) {
    const int index = kpiChooser_->findData(QString::fromStdString(kpi));
    if (index >= 0) kpiChooser_->setCurrentIndex(index);
}

void AttributionView::setScenarios(int from, int to) {
    {
        const QSignalBlocker block(fromChooser_);
        fromChooser_->setCurrentIndex(std::max(0, fromChooser_->findData(from)));
    }
    {
        const QSignalBlocker block(toChooser_);
        toChooser_->setCurrentIndex(std::max(0, toChooser_->findData(to)));
    }
    refresh();
}

std::string AttributionView::kpi() const { return kpiChooser_->currentData().toString().toStdString(); }
int AttributionView::fromScenario() const { return fromChooser_->count() ? fromChooser_->currentData().toInt() : -1; }
int AttributionView::toScenario() const { return toChooser_->count() ? toChooser_->currentData().toInt() : -1; }

void AttributionView::waitForResult() {
    while (job_->isRunning()) {
        job_->wait();
        QCoreApplication::processEvents();
    }
}

void AttributionView::refresh() {
    const Workspace& workspace = document_->workspace();
    const int from = fromScenario();
    const int to = toScenario();
    if (from < 0 || to < 0 || std::size_t(from) >= workspace.scenarios.size() ||
        std::size_t(to) >= workspace.scenarios.size())
        return;
    if (from == to) {
        job_->cancel();
        result_.reset();
        chart_->clear();
        message_->setText(tr("Pick two different scenarios."));
        return;
    }
    const Scenario a = workspace.scenarios[std::size_t(from)];
    const Scenario b = workspace.scenarios[std::size_t(to)];
    const std::string kpi = this->kpi();
    job_->start(
        [a, b, kpi](const std::atomic<bool>& cancel) -> std::any {
            return AttributionPointer(std::make_shared<const AttributionResult>(analysis::attribute(a, b, kpi, 0, &cancel)));
        },
        [this](std::any result) { showResult(std::any_cast<AttributionPointer>(result)); });
}

void AttributionView::showResult(std::shared_ptr<const AttributionResult> result) {
    if (!result || result->cancelled) return;
    result_ = std::move(result);
    const AttributionResult& r = *result_;
    const QString fromName = fromChooser_->currentText();
    const QString toName = toChooser_->currentText();
    const QString kpiName = analysis_text::kpiTitle(r.kpi);

    if (!r.nullCoalitions.empty() || r.nullCoalitionCount > 0 || !r.kpiFrom || !r.kpiTo) {
        chart_->clear();
        QStringList coalitions;
        for (const std::string& coalition : r.nullCoalitions) coalitions << coalitionText(coalition, fromName);
        QString text = tr("No bars: %1 has no value when %2 takes these parameters from %3: %4.")
                           .arg(kpiName, fromName, toName, coalitions.join(QStringLiteral("; ")));
        if (coalitions.isEmpty()) text = tr("No bars: %1 has no value in %2 or %3.").arg(kpiName, fromName, toName);
        if (r.nullCoalitionCount > r.nullCoalitions.size())
            text += QLatin1Char(' ') + tr("And %1 more.").arg(formatInteger(qlonglong(r.nullCoalitionCount - r.nullCoalitions.size())));
        message_->setText(text);
        return;
    }
    if (r.contributions.empty()) {
        chart_->clear();
        message_->setText(tr("%1 and %2 have the same parameter values.").arg(fromName, toName));
        return;
    }
    const double difference = *r.kpiTo - *r.kpiFrom;
    message_->setText(
        (r.exact ? tr("%1: %2 − %3 = %4, one bar per parameter that differs (Shapley values, exact).")
                 : tr("%1: %2 − %3 = %4, one bar per parameter that differs (Shapley values from 2,000 sampled "
                      "orders, ± one standard error)."))
            .arg(kpiName, toName, fromName, analysis_text::kpiChange(r.kpi, difference)));

    WaterfallData data;
    data.startLabel = fromName;
    data.start = *r.kpiFrom;
    data.startColor = std::size_t(fromScenario()) < colors_.size() ? colors_[std::size_t(fromScenario())] : QColor();
    data.endLabel = toName;
    data.end = *r.kpiTo;
    data.endColor = std::size_t(toScenario()) < colors_.size() ? colors_[std::size_t(toScenario())] : QColor();
    if (const KpiSpec* spec = findKpiSpec(r.kpi)) data.higherIsBetter = spec->sense != KpiSense::LowerIsBetter;
    const std::string kpi = r.kpi;
    data.formatTotal = [kpi](double v) { return analysis_text::kpiValue(kpi, v); };
    data.formatChange = [kpi](double v) { return analysis_text::kpiChange(kpi, v); };
    for (const analysis::Contribution& contribution : r.contributions)
        data.steps.push_back({analysis_text::playerLabel(contribution.param), contribution.value, contribution.stdError});
    chart_->setData(std::move(data));
}

}  // namespace leverboard::ui
