#include "analysis/GoalSeekDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <any>
#include <cmath>

#include "analysis/SensitivityText.h"
#include "analysis/KpiProbe.h"
#include "analysis/LatestJob.h"
#include "analysis/Sensitivity.h"
#include "document/WorkspaceDocument.h"
#include "format/PeopleNumbers.h"
#include "models/Engine.h"
#include "params/KpiRegistry.h"
#include "text/RegistryText.h"

namespace leverboard::ui {
namespace {

KpiFormat formatOf(const std::string& kpiId) {
    const KpiSpec* spec = findKpiSpec(kpiId);
    return spec ? spec->format : KpiFormat::Number;
}

// The parameter a question about this KPI most likely means: the one of the
// KPI's own model that moves it most, else the one that moves it most.
std::optional<ParamId> likelyParameter(const Scenario& scenario, const std::string& kpiId) {
    const KpiSpec* spec = findKpiSpec(kpiId);
    analysis::SensitivityOptions options;
    options.threads = 1;
    const analysis::SensitivityResult sweep = analysis::sensitivity(scenario, kpiId, options);
    std::optional<ParamId> anyGroup;
    for (const analysis::SensitivityBar& bar : sweep.bars) {
        if (!bar.swing || *bar.swing <= 0) continue;
        if (spec && leverboard::spec(bar.param).group == spec->group) return bar.param;
        if (!anyGroup) anyGroup = bar.param;
    }
    return anyGroup;
}

}  // namespace

GoalSeekDialog::GoalSeekDialog(WorkspaceDocument* document, QWidget* parent)
    : QDialog(parent), document_(document), kpiLabel_(new QLabel(this)), kpiBox_(new QComboBox(this)),
      targetLabel_(new QLabel(this)), target_(new QLineEdit(this)), targetUnit_(new QLabel(this)),
      paramLabel_(new QLabel(this)), paramBox_(new QComboBox(this)), answer_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Close, this)), job_(new LatestJob(this)) {
    setObjectName(QStringLiteral("GoalSeekDialog"));
    kpiBox_->setObjectName(QStringLiteral("GoalSeekKpi"));
    target_->setObjectName(QStringLiteral("GoalSeekTarget"));
    paramBox_->setObjectName(QStringLiteral("GoalSeekParameter"));
    answer_->setObjectName(QStringLiteral("GoalSeekAnswer"));
    kpiBox_->setMaxVisibleItems(20);
    paramBox_->setMaxVisibleItems(20);
    answer_->setWordWrap(true);
    answer_->setTextFormat(Qt::RichText);
    answer_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    answer_->setMinimumHeight(answer_->fontMetrics().height() * 4);
    answer_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    kpiLabel_->setBuddy(kpiBox_);
    targetLabel_->setBuddy(target_);
    paramLabel_->setBuddy(paramBox_);
    apply_ = buttons_->addButton(QString(), QDialogButtonBox::ApplyRole);
    apply_->setEnabled(false);

    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(target_, 1);
    targetRow->addWidget(targetUnit_);
    auto* form = new QFormLayout;
    form->addRow(kpiLabel_, kpiBox_);
    form->addRow(targetLabel_, targetRow);
    form->addRow(paramLabel_, paramBox_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(answer_, 1);
    layout->addWidget(buttons_);
    setMinimumWidth(460);

    retranslate();
    fillChoices();
    connect(kpiBox_, &QComboBox::currentIndexChanged, this, [this] { setKpi(kpi()); });
    connect(target_, &QLineEdit::textChanged, this, [this] { solve(); });
    connect(paramBox_, &QComboBox::currentIndexChanged, this, [this] { solve(); });
    connect(apply_, &QPushButton::clicked, this, &GoalSeekDialog::applyAnswer);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The scenario moved (a slider, undo, another scenario): the answer follows it.
    connect(document_, &WorkspaceDocument::scenarioEdited, this, [this] { solve(); });
    connect(document_, &WorkspaceDocument::activeScenarioChanged, this, [this] { solve(); });
    connect(document_, &WorkspaceDocument::workspaceReset, this, [this] { solve(); });
    setKpi(QStringLiteral("capex.npv"));
}

GoalSeekDialog::~GoalSeekDialog() = default;

void GoalSeekDialog::retranslate() {
    setWindowTitle(tr("Goal seek"));
    kpiLabel_->setText(tr("&KPI:"));
    targetLabel_->setText(tr("&Target:"));
    paramLabel_->setText(tr("By changing &parameter:"));
    apply_->setText(tr("&Apply"));
    apply_->setToolTip(tr("Set the parameter to the answer (one step to undo)"));
    target_->setToolTip(tr("The value the KPI should reach, as the cards show it: 8%, $1.5B, 14"));
}

void GoalSeekDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillChoices();
        if (result_) showAnswer(*result_);
    }
    QDialog::changeEvent(event);
}

void GoalSeekDialog::fillChoices() {
    const QString kpiNow = kpi();
    const std::optional<ParamId> paramNow = parameter();
    {
        const QSignalBlocker quiet(kpiBox_);
        kpiBox_->clear();
        for (const std::string& id : analysis::numericKpiIds(document_->activeScenario()))
            kpiBox_->addItem(kpiChoiceLabel(id), QString::fromStdString(id));
        kpiBox_->setCurrentIndex(std::max(0, kpiBox_->findData(kpiNow)));
    }
    {
        const QSignalBlocker quiet(paramBox_);
        paramBox_->clear();
        for (ParamId param : analysis::analysableParameters()) {
            const ParameterSpec& p = spec(param);
            paramBox_->addItem(tr("%1 (%2)").arg(registryLabel(p), modelGroupTitle(p.group)), int(param));
        }
        if (paramNow) paramBox_->setCurrentIndex(std::max(0, paramBox_->findData(int(*paramNow))));
    }
}

QString GoalSeekDialog::kpi() const { return kpiBox_->currentData().toString(); }

std::optional<ParamId> GoalSeekDialog::parameter() const {
    const QVariant data = paramBox_->currentData();
    if (!data.isValid()) return std::nullopt;
    return ParamId(data.toInt());
}

void GoalSeekDialog::setParameter(ParamId param) {
    const int index = paramBox_->findData(int(param));
    if (index >= 0) paramBox_->setCurrentIndex(index);
}

void GoalSeekDialog::setTargetText(const QString& text) { target_->setText(text); }

std::optional<double> GoalSeekDialog::target() const { return parseTarget(kpi().toStdString(), target_->text()); }

void GoalSeekDialog::setKpi(const QString& kpiId) {
    const int index = kpiBox_->findData(kpiId);
    if (index < 0) return;
    const QSignalBlocker quietKpi(kpiBox_);
    const QSignalBlocker quietTarget(target_);
    const QSignalBlocker quietParam(paramBox_);
    kpiBox_->setCurrentIndex(index);
    const std::string id = kpiId.toStdString();
    const Scenario& scenario = document_->activeScenario();
    const Results results = evaluate(scenario);
    std::optional<double> prefill;
    if (const KpiSpec* spec = findKpiSpec(id)) prefill = thresholdValue(*spec, results);
    if (!prefill) prefill = analysis::numericKpi(results, id);
    target_->setText(prefill ? targetText(id, *prefill) : QString());
    switch (formatOf(id)) {
    case KpiFormat::Percent: targetUnit_->setText(QStringLiteral("%")); break;
    case KpiFormat::Money:
    case KpiFormat::MoneyBillions: targetUnit_->setText(tr("$ (K, M, B, T allowed)")); break;
    default: {
        const KpiSpec* spec = findKpiSpec(id);
        targetUnit_->setText(spec ? unitText(spec->unit) : QString());
    }
    }
    if (const std::optional<ParamId> param = likelyParameter(scenario, id)) setParameter(*param);
    solve();
}

QString GoalSeekDialog::targetText(const std::string& kpiId, double value) {
    switch (formatOf(kpiId)) {
    case KpiFormat::Percent: return formatNumber(value * 100, 4) + QLatin1Char('%');
    case KpiFormat::Money: return formatMoney(value);
    case KpiFormat::MoneyBillions: return formatMoney(value * 1e9);
    case KpiFormat::MonthIndex:
    case KpiFormat::People: return formatInteger(std::llround(value));
    default: return formatNumber(value, 4);
    }
}

std::optional<double> GoalSeekDialog::parseTarget(const std::string& kpiId, const QString& text) {
    QString t = text.trimmed();
    t.replace(QChar(0x2212), QLatin1Char('-'));  // the typographic minus of people's numbers
    t.remove(QLatin1Char('$')).remove(QChar(0x00D7)).remove(QLatin1Char('%')).remove(QLatin1Char(' '));
    double scale = 1;
    if (!t.isEmpty()) {
        const QChar last = t.back().toUpper();
        const double suffix = last == QLatin1Char('K') ? 1e3 : last == QLatin1Char('M') ? 1e6
                            : last == QLatin1Char('B') ? 1e9 : last == QLatin1Char('T') ? 1e12 : 0;
        if (suffix > 0) {
            scale = suffix;
            t.chop(1);
        }
    }
    std::optional<double> number = parseNumber(t);
    if (!number) return std::nullopt;
    double value = *number * scale;
    switch (formatOf(kpiId)) {
    case KpiFormat::Percent: value /= 100; break;
    case KpiFormat::MoneyBillions: value /= 1e9; break;
    default: break;
    }
    if (!std::isfinite(value)) return std::nullopt;
    return value;
}

void GoalSeekDialog::solve() {
    result_.reset();
    apply_->setEnabled(false);
    const std::string kpiId = kpi().toStdString();
    const std::optional<ParamId> param = parameter();
    const std::optional<double> goal = target();
    const Scenario scenario = document_->activeScenario();
    QString problem;
    if (kpiId.empty())
        problem = tr("Choose a KPI.");
    else if (const std::string check = analysis::checkNumericKpi(scenario, kpiId); !check.empty())
        problem = QString::fromStdString(check);
    else if (!param)
        problem = tr("Choose a parameter.");
    else if (!goal)
        problem = tr("Type the target as a number, e.g. %1.").arg(targetText(kpiId, 0));
    if (!problem.isEmpty()) {
        job_->cancel();
        answer_->setText(problem.toHtmlEscaped());
        return;
    }
    solvedTarget_ = *goal;
    answer_->setText(tr("Searching…"));
    const double y = *goal;
    const ParamId x = *param;
    job_->start([scenario, kpiId, y, x](const std::atomic<bool>&) {
        return std::any(analysis::goalSeek(scenario, kpiId, y, x));
    }, [this](std::any result) { showAnswer(std::any_cast<analysis::GoalSeekResult>(std::move(result))); });
}

void GoalSeekDialog::showAnswer(analysis::GoalSeekResult result) {
    const std::string kpiId = kpi().toStdString();
    const ParameterSpec& p = spec(result.param);
    const QString name = registryLabel(p);
    const QString kpiName = kpiChoiceLabel(kpiId);
    const QString goal = kpiValueText(kpiId, solvedTarget_);
    const double now = document_->activeScenario()[result.param];
    const Results results = evaluate(document_->activeScenario());
    const QString kpiNow = kpiValueText(kpiId, analysis::numericKpi(results, kpiId));
    QString text;
    if (result.solved) {
        text = tr("<b>%1 = %2</b> gives %3 = %4.").arg(name.toHtmlEscaped(), parameterValueText(result.param, result.value).toHtmlEscaped(),
                                                       kpiName.toHtmlEscaped(), kpiValueText(kpiId, result.kpiValue).toHtmlEscaped());
        text += QStringLiteral("<br>") + tr("Now %1 = %2 gives %3.").arg(name.toHtmlEscaped(), parameterValueText(result.param, now).toHtmlEscaped(), kpiNow.toHtmlEscaped());
        apply_->setEnabled(clampToRange(result.param, result.value) != now);
    } else {
        text = tr("No value of %1 in [%2, %3] reaches %4 = %5.")
                   .arg(name, parameterValueText(result.param, p.min), parameterValueText(result.param, p.max),
                        kpiName, goal)
                   .toHtmlEscaped();
        if (result.closestValue && result.closestKpi)
            text += QStringLiteral("<br>") + tr("The closest is %1 = %2, at %3 = %4.")
                                                  .arg(kpiName, kpiValueText(kpiId, result.closestKpi), name,
                                                       parameterValueText(result.param, *result.closestValue))
                                                  .toHtmlEscaped();
        else
            text += QStringLiteral("<br>") + tr("%1 is null over the whole range.").arg(kpiName).toHtmlEscaped();
        apply_->setEnabled(false);
    }
    answer_->setText(text);
    result_ = std::move(result);
    emit answered();
}

void GoalSeekDialog::applyAnswer() {
    if (!result_ || !result_->solved) return;
    const analysis::GoalSeekResult answer = *result_;
    const double value = clampToRange(answer.param, answer.value);
    if (value == document_->activeScenario()[answer.param]) return;
    // One step of its own: a new command with no drag session never merges
    // with a slider drag before it (SetParameterCommand::mergeWith).
    QUndoStack* stack = document_->undoStack();
    stack->beginMacro(tr("Goal seek: %1 = %2").arg(registryLabel(spec(answer.param)),
                                                    parameterValueText(answer.param, value)));
    document_->setParameter(answer.param, value);
    stack->endMacro();
}

void GoalSeekDialog::waitForAnswer() {
    job_->wait();
    QCoreApplication::sendPostedEvents(job_, QEvent::MetaCall);
}

}  // namespace leverboard::ui
