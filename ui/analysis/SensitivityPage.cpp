#include "analysis/SensitivityPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <any>

#include "analysis/SensitivityText.h"
#include "analysis/KpiProbe.h"
#include "analysis/LatestJob.h"
#include "charts/TornadoChart.h"
#include "document/WorkspaceDocument.h"
#include "params/KpiRegistry.h"
#include "text/RegistryText.h"
#include "widgets/KpiFormatter.h"

namespace leverboard::ui {
namespace {

const char* const kDefaultKpi = "capex.npv";

// A tick of the value axis: the KPI's people format without its unit (the axis title has it).
QString tickText(const std::string& kpiId, double value) {
    const KpiSpec* spec = findKpiSpec(kpiId);
    if (!spec) return formatNumber(value);
    Kpi kpi;
    kpi.id = kpiId;
    kpi.value = value;
    return formatKpi(*spec, kpi).value;
}

}  // namespace

SensitivityPage::SensitivityPage(WorkspaceDocument* document, QWidget* parent)
    : ModelPage(parent), document_(document), kpiLabel_(new QLabel(this)), kpiBox_(new QComboBox(this)),
      bandLabel_(new QLabel(this)), bandBox_(new QSpinBox(this)), distributions_(new QCheckBox(this)),
      status_(new QLabel(this)), tornado_(new TornadoChart(QString(), this)), nullList_(new QLabel(this)),
      job_(new LatestJob(this)) {
    setObjectName(QStringLiteral("SensitivityPage"));
    kpiBox_->setObjectName(QStringLiteral("SensitivityKpi"));
    kpiBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    kpiBox_->setMaxVisibleItems(20);
    kpiLabel_->setBuddy(kpiBox_);
    bandBox_->setObjectName(QStringLiteral("SensitivityBand"));
    bandBox_->setRange(1, 100);
    bandBox_->setValue(20);
    bandBox_->setSuffix(QStringLiteral("%"));
    bandBox_->setPrefix(QStringLiteral("±"));
    bandLabel_->setBuddy(bandBox_);
    distributions_->setObjectName(QStringLiteral("SensitivityUseDistributions"));
    distributions_->setEnabled(false);
    status_->setObjectName(QStringLiteral("SensitivityStatus"));
    nullList_->setObjectName(QStringLiteral("SensitivityNullList"));
    nullList_->setWordWrap(true);
    nullList_->setTextFormat(Qt::RichText);
    nullList_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(kpiLabel_);
    controls->addWidget(kpiBox_);
    controls->addSpacing(12);
    controls->addWidget(bandLabel_);
    controls->addWidget(bandBox_);
    controls->addSpacing(12);
    controls->addWidget(distributions_);
    controls->addSpacing(12);
    controls->addWidget(status_);
    controls->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(controls);
    layout->addWidget(tornado_, 1);
    layout->addWidget(nullList_);

    retranslate();
    connect(kpiBox_, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(bandBox_, &QSpinBox::valueChanged, this, [this] { recompute(); });
    connect(distributions_, &QCheckBox::toggled, this, [this] { recompute(); });
    connect(tornado_, &TornadoChart::rowClicked, this, [this](int row) {
        if (row >= 0 && row < int(barParams_.size())) emit parameterRequested(barParams_[std::size_t(row)]);
    });
    connect(job_, &LatestJob::runningChanged, this,
            [this](bool running) { status_->setText(running ? tr("Computing…") : QString()); });
}

SensitivityPage::~SensitivityPage() = default;

QString SensitivityPage::pageTitle() const { return tr("Sensitivity"); }

void SensitivityPage::retranslate() {
    kpiLabel_->setText(tr("&KPI:"));
    bandLabel_->setText(tr("&Band:"));
    bandBox_->setToolTip(tr("Each parameter is moved this far down and up from its value, within its range"));
    distributions_->setText(tr("Use &distributions"));
    distributions_->setToolTip(
        tr("A parameter that carries a distribution uses its P10–P90 as its band (set distributions in the "
           "parameter panel)"));
    tornado_->setLegendNames(tr("Parameter at its low end"), tr("Parameter at its high end"), tr("Scenario's value"));
}

void SensitivityPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshKpiList();
        if (!result_.kpi.empty()) show(result_);
    }
    ModelPage::changeEvent(event);
}

void SensitivityPage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty()) return;
    scenarioIndex_ = views.front().scenarioIndex;
    const Scenario& scenario = document_->workspace().scenarios[std::size_t(scenarioIndex_)];
    const bool hasDistributions = !scenario.uncertainty.empty();
    if (distributions_->isEnabled() != hasDistributions) {
        const QSignalBlocker quiet(distributions_);
        distributions_->setEnabled(hasDistributions);
    }
    refreshKpiList();
    recompute();
}

void SensitivityPage::refreshKpiList() {
    if (scenarioIndex_ < 0) return;
    const Scenario& scenario = document_->workspace().scenarios[std::size_t(scenarioIndex_)];
    const std::vector<std::string> ids = analysis::numericKpiIds(scenario);
    QString current = kpi();
    if (current.isEmpty()) current = QString::fromLatin1(kDefaultKpi);
    const QSignalBlocker quiet(kpiBox_);
    bool same = kpiBox_->count() == int(ids.size());
    for (int i = 0; same && i < kpiBox_->count(); ++i)
        same = kpiBox_->itemData(i).toString() == QString::fromStdString(ids[std::size_t(i)]);
    if (!same) {
        kpiBox_->clear();
        for (const std::string& id : ids) kpiBox_->addItem(kpiChoiceLabel(id), QString::fromStdString(id));
    } else {
        for (int i = 0; i < kpiBox_->count(); ++i) kpiBox_->setItemText(i, kpiChoiceLabel(ids[std::size_t(i)]));
    }
    const int index = kpiBox_->findData(current);
    kpiBox_->setCurrentIndex(index >= 0 ? index : 0);
}

void SensitivityPage::setKpi(const QString& kpiId) {
    const int index = kpiBox_->findData(kpiId);
    if (index >= 0) kpiBox_->setCurrentIndex(index);
}

QString SensitivityPage::kpi() const { return kpiBox_->currentData().toString(); }

bool SensitivityPage::isComputing() const { return job_->isRunning(); }

void SensitivityPage::waitForResult() {
    job_->wait();
    QCoreApplication::sendPostedEvents(job_, QEvent::MetaCall);
}

void SensitivityPage::recompute() {
    if (scenarioIndex_ < 0 || kpiBox_->count() == 0) return;
    const Scenario scenario = document_->workspace().scenarios[std::size_t(scenarioIndex_)];
    const std::string kpiId = kpi().toStdString();
    analysis::SensitivityOptions options;
    options.band = bandBox_->value() / 100.0;
    options.useDistributions = distributions_->isEnabled() && distributions_->isChecked();
    job_->start(
        [scenario, kpiId, options](const std::atomic<bool>& cancel) mutable {
            options.cancel = &cancel;
            return std::any(analysis::sensitivity(scenario, kpiId, options));
        },
        [this](std::any result) { show(std::any_cast<analysis::SensitivityResult>(std::move(result))); });
}

void SensitivityPage::show(analysis::SensitivityResult result) {
    if (result.cancelled) return;
    result_ = std::move(result);
    const std::string& kpiId = result_.kpi;
    tornado_->setValueFormatter([kpiId](double value) { return tickText(kpiId, value); });
    QString axisTitle = kpiChoiceLabel(kpiId);
    if (const KpiSpec* spec = findKpiSpec(kpiId); spec && !spec->unit.empty())
        axisTitle += QStringLiteral(" (%1)").arg(unitText(spec->unit));
    tornado_->setValueTitle(axisTitle);
    tornado_->setTitle(tr("What moves %1 most").arg(kpiChoiceLabel(kpiId)));

    QList<TornadoRow> rows;
    barParams_.clear();
    QStringList nulls;
    int unmoved = 0;
    int nullEverywhere = 0;
    int nullsBeyond = 0;
    int beyond = 0;
    const QString band = tr("±%1%").arg(bandBox_->value());
    for (const analysis::SensitivityBar& bar : result_.bars) {
        const QString name = registryLabel(spec(bar.param));
        const QString lowParam = parameterValueText(bar.param, bar.low);
        const QString highParam = parameterValueText(bar.param, bar.high);
        if (!bar.swing) {
            QString end;
            if (!bar.kpiLow && !bar.kpiHigh && !result_.value) {
                ++nullEverywhere;  // null at the scenario and at both ends: nothing to tell per parameter
                continue;
            }
            if (nulls.size() >= kMaxListed) {
                ++nullsBeyond;
                continue;
            }
            if (!bar.kpiLow && !bar.kpiHigh)
                end = tr("null at both ends (%1 and %2)").arg(lowParam, highParam);
            else if (!bar.kpiLow)
                end = tr("null at its low end (%1)").arg(lowParam);
            else
                end = tr("null at its high end (%1)").arg(highParam);
            nulls << QStringLiteral("<b>%1</b> %2").arg(name.toHtmlEscaped(), end.toHtmlEscaped());
            continue;
        }
        if (*bar.swing == 0) {
            ++unmoved;
            continue;
        }
        if (rows.size() >= kMaxBars) {
            ++beyond;
            continue;
        }
        TornadoRow row;
        row.label = name;
        row.low = *bar.kpiLow;
        row.high = *bar.kpiHigh;
        row.lowText = kpiValueText(kpiId, bar.kpiLow);
        row.highText = kpiValueText(kpiId, bar.kpiHigh);
        row.toolTip = tr("%1: %2 → %3 (%4)\n%5: %6 → %7\nSwing %8\nClick to select its slider")
                          .arg(name, lowParam, highParam, bar.fromDistribution ? tr("P10–P90") : band,
                               kpiChoiceLabel(kpiId), row.lowText, row.highText,
                               kpiValueText(kpiId, *bar.swing));
        rows.append(row);
        barParams_.push_back(bar.param);
    }
    tornado_->setRows(result_.value.value_or(0), rows);
    tornado_->setBaseVisible(result_.value.has_value());
    tornado_->setLegendNames(tr("Parameter at its low end"), tr("Parameter at its high end"),
                             tr("Scenario's value: %1").arg(kpiValueText(kpiId, result_.value)));
    if (!result_.value)
        tornado_->setNote(tr("Not reachable at this scenario's values"));
    else if (rows.isEmpty())
        tornado_->setNote(tr("No parameter moves this KPI"));
    else
        tornado_->setNote(QString());

    QStringList lines;
    if (beyond > 0) lines << tr("Smaller swings, not drawn: %1 more parameters.").arg(beyond).toHtmlEscaped();
    if (unmoved > 0) lines << tr("Parameters that do not move this KPI: %1.").arg(unmoved).toHtmlEscaped();
    if (nullsBeyond > 0) nulls << tr("and %1 more").arg(nullsBeyond).toHtmlEscaped();
    if (!nulls.isEmpty())
        lines << tr("Not drawn, the KPI is null at an end:").toHtmlEscaped() + QLatin1Char(' ') +
                     nulls.join(QStringLiteral("; "));
    if (nullEverywhere > 0)
        lines << tr("Parameters that leave this KPI null at both ends: %1.").arg(nullEverywhere).toHtmlEscaped();
    nullList_->setText(lines.join(QStringLiteral("<br>")));
    nullList_->setVisible(!lines.isEmpty());
    emit resultShown();
}

}  // namespace leverboard::ui
