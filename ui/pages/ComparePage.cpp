#include "pages/ComparePage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "analysis/AttributionView.h"
#include "document/WorkspaceDocument.h"
#include "format/PeopleNumbers.h"
#include "style/Contrast.h"
#include "workspace/CompareTables.h"

namespace leverboard::ui {
namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

}  // namespace

ComparePage::ComparePage(WorkspaceDocument* document, QWidget* parent)
    : ModelPage(parent), document_(document), hint_(new QFrame(this)), hintLabel_(new QLabel(hint_)),
      compareButton_(new QPushButton(tr("Turn On Compare"), hint_)), kpiTable_(new KpiCompareTable(this)),
      parameterTable_(new ParameterDiffTable(this)),
      noDifferences_(new QLabel(tr("The compared scenarios have the same parameter values."), this)),
      attributionPane_(new QWidget(this)), attribution_(new AttributionView(document, attributionPane_)) {
    setObjectName(QStringLiteral("ComparePage"));

    hint_->setObjectName(QStringLiteral("CompareHint"));
    hint_->setStyleSheet(QStringLiteral(
        "QFrame#CompareHint { background: #eef4fb; border: 1px solid #b7cde6; border-radius: 3px; }"
        // Its own light background: its own dark text, whatever the theme's text colour.
        "QFrame#CompareHint QLabel { color: #1f2d3d; }"));
    hintLabel_->setWordWrap(true);
    auto* hintLayout = new QHBoxLayout(hint_);
    hintLayout->setContentsMargins(8, 4, 8, 4);
    hintLayout->addWidget(hintLabel_, 1);
    hintLayout->addWidget(compareButton_);
    connect(compareButton_, &QPushButton::clicked, this, [this] { document_->setCompareEnabled(true); });

    noDifferences_->setForegroundRole(QPalette::PlaceholderText);
    keepPlaceholderReadable(noDifferences_, QPalette::WindowText, QPalette::Window);

    auto* kpiPane = new QWidget(this);
    auto* kpiLayout = new QVBoxLayout(kpiPane);
    kpiLayout->setContentsMargins(0, 0, 0, 0);
    kpiLayout->addWidget(sectionTitle(tr("Key numbers"), kpiPane));
    kpiLayout->addWidget(kpiTable_, 1);

    auto* parameterPane = new QWidget(this);
    auto* parameterLayout = new QVBoxLayout(parameterPane);
    parameterLayout->setContentsMargins(0, 0, 0, 0);
    parameterLayout->addWidget(sectionTitle(tr("Parameters that differ"), parameterPane));
    parameterLayout->addWidget(noDifferences_);
    parameterLayout->addWidget(parameterTable_, 1);

    auto* attributionLayout = new QVBoxLayout(attributionPane_);
    attributionLayout->setContentsMargins(0, 0, 0, 0);
    attributionLayout->addWidget(sectionTitle(tr("Why they differ"), attributionPane_));
    attributionLayout->addWidget(attribution_, 1);

    // Top to bottom: the KPIs, what differs, and why the KPI differs (the
    // waterfall needs the height; the tables scroll).
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(kpiPane);
    splitter->addWidget(parameterPane);
    splitter->addWidget(attributionPane_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(hint_);
    layout->addWidget(splitter, 1);
}

QString ComparePage::hintText() const { return hint_->isHidden() ? QString() : hintLabel_->text(); }

void ComparePage::showResults(const std::vector<ScenarioView>& views) {
    kpiTable_->showScenarios(views);
    parameterTable_->showScenarios(document_->workspace(), views);

    const bool compare = document_->compareEnabled();
    if (!compare) {
        hintLabel_->setText(tr("Compare mode is off: the tables show the active scenario only. Tick up to %1 "
                               "scenarios in the Scenarios list, then turn on Compare.")
                                .arg(formatInteger(kMaxCompared)));
    } else if (views.size() < 2) {
        hintLabel_->setText(tr("Only the active scenario is shown: tick other scenarios in the Scenarios "
                               "list to compare them."));
    }
    hint_->setVisible(!compare || views.size() < 2);
    compareButton_->setVisible(!compare);
    noDifferences_->setVisible(views.size() >= 2 && parameterTable_->rowCount() == 0);
    parameterTable_->setVisible(views.size() >= 2);
    const bool attribution = compare && views.size() >= 2;
    attributionPane_->setVisible(attribution);
    if (attribution) attribution_->showScenarios(views);
}

}  // namespace leverboard::ui
