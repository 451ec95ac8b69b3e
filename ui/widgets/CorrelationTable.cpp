#include "widgets/CorrelationTable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

#include "analysis/Sampling.h"
#include "document/WorkspaceDocument.h"
#include "format/PeopleNumbers.h"
#include "style/Palette.h"
#include "widgets/DistributionEditor.h"
#include "widgets/ParameterEditor.h"

namespace leverboard::ui {
namespace {

constexpr double kRhoLimit = 0.99;  // ρ in (−1, 1)
constexpr double kDefaultRho = 0.5;
constexpr int kVisibleRows = 4;

QString label(ParamId id) { return parameterLabel(spec(id)); }

}  // namespace

CorrelationTable::CorrelationTable(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), hint_(new QLabel(this)), table_(new QTableWidget(0, 3, this)),
      first_(new QComboBox(this)), second_(new QComboBox(this)), rhoLabel_(new QLabel(this)),
      newRho_(new QDoubleSpinBox(this)), add_(new QToolButton(this)), remove_(new QToolButton(this)),
      message_(new QLabel(this)) {
    setObjectName(QStringLiteral("CorrelationTable"));
    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("correlationTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    hint_->setWordWrap(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    for (QComboBox* box : {first_, second_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
        connect(box, &QComboBox::currentIndexChanged, this, &CorrelationTable::updateButtons);
    }
    newRho_->setRange(-kRhoLimit, kRhoLimit);
    newRho_->setSingleStep(0.05);
    newRho_->setDecimals(2);
    newRho_->setValue(kDefaultRho);
    connect(newRho_, &QDoubleSpinBox::valueChanged, this, &CorrelationTable::updateButtons);
    rhoLabel_->setBuddy(newRho_);

    message_->setWordWrap(true);
    message_->setObjectName(QStringLiteral("CorrelationMessage"));
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette alert = message_->palette();
    alert.setColor(QPalette::WindowText, role::alert());
    message_->setPalette(alert);
    message_->hide();

    // One row under the table, narrow enough for the dock: first, second, ρ, +, −.
    for (QComboBox* box : {first_, second_}) {
        box->setMinimumContentsLength(3);
        box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        box->setMinimumWidth(48);
    }
    auto* pickers = new QHBoxLayout;
    pickers->setContentsMargins(0, 0, 0, 0);
    pickers->setSpacing(3);
    pickers->addWidget(first_, 1);
    pickers->addWidget(second_, 1);
    pickers->addWidget(rhoLabel_);
    pickers->addWidget(newRho_);
    pickers->addWidget(add_);
    pickers->addWidget(remove_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(title);
    layout->addWidget(hint_);
    layout->addWidget(table_);
    layout->addLayout(pickers);
    layout->addWidget(message_);

    connect(add_, &QToolButton::clicked, this, &CorrelationTable::addPair);
    connect(remove_, &QToolButton::clicked, this, &CorrelationTable::removeSelected);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &CorrelationTable::updateButtons);
    connect(document_, &WorkspaceDocument::scenarioEdited, this, [this](int index) {
        if (index == document_->activeIndex()) refresh();
    });
    connect(document_, &WorkspaceDocument::activeScenarioChanged, this, &CorrelationTable::refresh);
    connect(document_, &WorkspaceDocument::workspaceReset, this, &CorrelationTable::refresh);
    connect(document_, &WorkspaceDocument::scenariosChanged, this, &CorrelationTable::refresh);

    retranslate();
    refresh();
}

QDoubleSpinBox* CorrelationTable::rhoBox(int row) const {
    return qobject_cast<QDoubleSpinBox*>(table_->cellWidget(row, 2));
}

void CorrelationTable::refresh() {
    const Uncertainty& uncertainty = document_->activeScenario().uncertainty;
    hint_->setVisible(uncertainty.distributions.size() < 2);

    const QSignalBlocker block(table_);
    table_->setRowCount(int(uncertainty.correlations.size()));
    for (int row = 0; row < table_->rowCount(); ++row) {
        const RankCorrelation& c = uncertainty.correlations[std::size_t(row)];
        for (int column = 0; column < 2; ++column) {
            const ParamId id = column == 0 ? c.a : c.b;
            auto* item = new QTableWidgetItem(label(id));
            const Distribution* d = uncertainty.find(id);
            item->setToolTip(d ? distributionSummary(id, *d) : QString());
            table_->setItem(row, column, item);
        }
        auto* rho = rhoBox(row);
        if (!rho) {
            rho = new QDoubleSpinBox;
            rho->setRange(-kRhoLimit, kRhoLimit);
            rho->setSingleStep(0.05);
            rho->setDecimals(2);
            rho->setKeyboardTracking(false);
            rho->setFrame(false);
            table_->setCellWidget(row, 2, rho);
            connect(rho, &QDoubleSpinBox::valueChanged, this, [this, rho](double value) {
                // The row this box sits in now (rows are refilled in place).
                for (int r = 0; r < table_->rowCount(); ++r) {
                    if (rhoBox(r) != rho) continue;
                    const RankCorrelation pair = document_->activeScenario().uncertainty.correlations.at(std::size_t(r));
                    Uncertainty candidate = document_->activeScenario().uncertainty;
                    candidate.setCorrelation(pair.a, pair.b, value);
                    tryApply(candidate, value == 0 ? tr("Remove correlation %1–%2").arg(label(pair.a), label(pair.b))
                                                   : tr("Change correlation %1–%2").arg(label(pair.a), label(pair.b)));
                    return;
                }
            });
        }
        const QSignalBlocker blockRho(rho);
        rho->setValue(c.rho);
        rho->setToolTip(tr("Spearman rank correlation of %1 and %2, between −1 and 1 (0 removes the pair)")
                            .arg(label(c.a), label(c.b)));
        rho->setAccessibleName(tr("Correlation of %1 and %2").arg(label(c.a), label(c.b)));
    }
    // Short tables take only their rows' height; long ones scroll.
    const int rows = std::clamp(table_->rowCount(), 1, kVisibleRows);
    const int rowHeight = table_->verticalHeader()->defaultSectionSize();
    table_->setFixedHeight(table_->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * table_->frameWidth());
    table_->setVisible(!uncertainty.correlations.empty());

    refillPickers();
    // The document's own matrix is always valid (the reader and the table
    // refuse the rest); say so if it is not.
    const std::string error = analysis::buildCopula(uncertainty).error;
    message_->setText(error.empty() ? QString() : QString::fromStdString(error));
    message_->setVisible(!error.empty());
    updateButtons();
}

void CorrelationTable::refillPickers() {
    const Uncertainty& uncertainty = document_->activeScenario().uncertainty;
    for (QComboBox* box : {first_, second_}) {
        const QVariant chosen = box->currentData();
        const QSignalBlocker block(box);
        box->clear();
        for (const ParameterDistribution& d : uncertainty.distributions) {
            box->addItem(label(d.param), int(d.param));
            box->setItemData(box->count() - 1, distributionSummary(d.param, d.distribution), Qt::ToolTipRole);
        }
        const int index = box->findData(chosen);
        box->setCurrentIndex(index >= 0 ? index : 0);
    }
    // A pair needs two different parameters: the second picker moves off the first's.
    if (second_->count() > 1 && second_->currentData() == first_->currentData()) {
        const QSignalBlocker block(second_);
        second_->setCurrentIndex(first_->currentIndex() == 0 ? 1 : 0);
    }
}

void CorrelationTable::updateButtons() {
    const bool chosen = first_->currentIndex() >= 0 && second_->currentIndex() >= 0;
    const bool distinct = chosen && first_->currentData() != second_->currentData();
    bool present = false;
    if (distinct)
        present = document_->activeScenario().uncertainty.correlation(ParamId(first_->currentData().toInt()),
                                                                      ParamId(second_->currentData().toInt())) != 0;
    add_->setEnabled(distinct && !present && newRho_->value() != 0);
    add_->setToolTip(present ? tr("This pair is in the table already: change its ρ there")
                     : !distinct ? tr("Choose two different parameters")
                                 : tr("Add the rank correlation of the two parameters"));
    remove_->setEnabled(!table_->selectionModel()->selectedRows().isEmpty());
    const bool pickers = document_->activeScenario().uncertainty.distributions.size() >= 2;
    for (QWidget* w : std::initializer_list<QWidget*>{first_, second_, rhoLabel_, newRho_, add_, remove_})
        w->setVisible(pickers);
}

bool CorrelationTable::tryApply(const Uncertainty& candidate, const QString& description) {
    const std::string error = analysis::buildCopula(candidate).error;
    if (!error.empty()) {
        message_->setText(tr("Not applied: %1").arg(QString::fromStdString(error)));
        message_->show();
        return false;
    }
    message_->hide();
    document_->setUncertainty(candidate, description);
    return true;
}

void CorrelationTable::addPair() {
    const auto a = ParamId(first_->currentData().toInt());
    const auto b = ParamId(second_->currentData().toInt());
    if (a == b) return;
    Uncertainty candidate = document_->activeScenario().uncertainty;
    candidate.setCorrelation(a, b, newRho_->value());
    tryApply(candidate, tr("Add correlation %1–%2").arg(label(a), label(b)));
}

void CorrelationTable::removeSelected() {
    const Uncertainty& current = document_->activeScenario().uncertainty;
    Uncertainty candidate = current;
    std::set<int> rows;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows()) rows.insert(index.row());
    if (rows.empty()) return;
    for (int row : rows) {
        const RankCorrelation& c = current.correlations.at(std::size_t(row));
        candidate.setCorrelation(c.a, c.b, 0);
    }
    const RankCorrelation& first = current.correlations.at(std::size_t(*rows.begin()));
    tryApply(candidate, rows.size() == 1 ? tr("Remove correlation %1–%2").arg(label(first.a), label(first.b))
                                         : tr("Remove %n correlations", nullptr, int(rows.size())));
}

void CorrelationTable::retranslate() {
    if (auto* title = findChild<QLabel*>(QStringLiteral("correlationTitle"))) {
        title->setText(tr("Correlations"));
        title->setToolTip(tr("Rank correlations between uncertain parameters: Monte Carlo draws them "
                             "together through a Gaussian copula"));
    }
    hint_->setText(tr("Set distributions on two parameters (the control beside a slider) to correlate them."));
    table_->setHorizontalHeaderLabels({tr("Parameter"), tr("Parameter"), tr("ρ")});
    table_->horizontalHeaderItem(2)->setToolTip(tr("Spearman rank correlation, between −1 and 1"));
    first_->setToolTip(tr("First parameter of the pair"));
    second_->setToolTip(tr("Second parameter of the pair"));
    rhoLabel_->setText(tr("ρ:"));
    newRho_->setToolTip(tr("Spearman rank correlation of the new pair, between −1 and 1"));
    add_->setText(QStringLiteral("+"));
    add_->setAccessibleName(tr("Add the pair"));
    remove_->setText(QStringLiteral("−"));
    remove_->setToolTip(tr("Remove the selected pairs"));
    remove_->setAccessibleName(tr("Remove the selected pairs"));
    refresh();
}

void CorrelationTable::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

}  // namespace leverboard::ui
