#include "widgets/ParameterPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSlider>
#include <QTimer>
#include <QToolBox>
#include <QVBoxLayout>
#include <vector>

#include "document/WorkspaceDocument.h"
#include "models/ModelRegistry.h"
#include "text/RegistryText.h"
#include "widgets/ApplicationTable.h"
#include "widgets/CorrelationTable.h"
#include "style/Contrast.h"
#include "widgets/ParameterEditor.h"
#include "widgets/WrappingToolBox.h"

namespace leverboard::ui {
namespace {

// Toolbox order: the model registry's (the cost curve first, because it feeds the others).
const std::vector<ModelGroup>& modelSections() {
    static const std::vector<ModelGroup> groups = [] {
        std::vector<ModelGroup> list;
        for (const ModelSpec& model : models()) list.push_back(model.group);
        return list;
    }();
    return groups;
}

}  // namespace

ParameterPanel::ParameterPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), filter_(new QLineEdit(this)), sections_(new WrappingToolBox(this)) {
    setObjectName(QStringLiteral("ParameterPanel"));
    filter_->setPlaceholderText(tr("Filter parameters…"));
    filter_->setClearButtonEnabled(true);
    keepPlaceholderReadable(filter_);  // dark themes: the placeholder stays legible
    filter_->setToolTip(tr("Show only parameters whose name, id or unit contains this text"));
    connect(filter_, &QLineEdit::textChanged, this, &ParameterPanel::applyFilter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(filter_);
    for (const ParameterSpec& p : parameters()) {
        if (p.group != ModelGroup::Global) continue;
        auto* editor = new ParameterEditor(p.param, document_, this);
        editors_[std::size_t(p.param)] = editor;
        layout->addWidget(editor);
    }
    for (ModelGroup group : modelSections()) sections_->addItem(buildSection(group), QString());
    updateSectionTitles();
    layout->addWidget(sections_, 1);
    correlations_ = new CorrelationTable(document_, this);
    layout->addWidget(correlations_);

    refreshFromDocument();
    connect(document_, &WorkspaceDocument::scenarioEdited, this, [this](int index) {
        if (index == document_->activeIndex()) refreshFromDocument();
    });
    connect(document_, &WorkspaceDocument::activeScenarioChanged, this, &ParameterPanel::refreshFromDocument);
    connect(document_, &WorkspaceDocument::workspaceReset, this, &ParameterPanel::refreshFromDocument);
    connect(document_, &WorkspaceDocument::scenariosChanged, this, &ParameterPanel::refreshFromDocument);
}

QWidget* ParameterPanel::buildSection(ModelGroup group) {
    auto* page = new QWidget;
    page->setObjectName(QString::fromUtf8(groupId(group).data(), qsizetype(groupId(group).size())));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 2, 4, 6);
    layout->setSpacing(2);
    for (const ParameterSpec& p : parameters()) {
        if (p.group != group) continue;
        auto* editor = new ParameterEditor(p.param, document_, page);
        editors_[std::size_t(p.param)] = editor;
        layout->addWidget(editor);
    }
    if (group == ModelGroup::Cost) {
        applicationsBlock_ = new QWidget(page);
        auto* block = new QVBoxLayout(applicationsBlock_);
        block->setContentsMargins(0, 8, 0, 0);
        block->setSpacing(2);
        auto* title = new QLabel(tr("Applications"), applicationsBlock_);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setToolTip(tr("Tasks whose unlock month the cost curve decides: a task is viable when its "
                             "inference cost is at most the max cost share of its value"));
        applications_ = new ApplicationTable(document_, applicationsBlock_);
        block->addWidget(title);
        block->addWidget(applications_);
        layout->addWidget(applicationsBlock_);
    }
    layout->addStretch(1);
    return page;
}

QString ParameterPanel::sectionTitle(ModelGroup group) const {
    // The registry's title; the root model (the first, whose curve every other
    // model reads) says so.
    const QString title = modelGroupTitle(group);
    if (group != ModelGroup::Global && &modelSpec(group) == &models().front())
        return tr("%1 — feeds every model").arg(title);
    return title;
}

int ParameterPanel::sectionIndex(ModelGroup group) const {
    for (std::size_t i = 0; i < modelSections().size(); ++i)
        if (modelSections()[i] == group) return int(i);
    return -1;
}

void ParameterPanel::showGroup(ModelGroup group) {
    const int index = sectionIndex(group);
    if (index >= 0 && sections_->isItemEnabled(index)) sections_->setCurrentIndex(index);
}

ParameterEditor* ParameterPanel::editor(ParamId id) const {
    const auto index = std::size_t(id);
    return index < editors_.size() ? editors_[index] : nullptr;
}

void ParameterPanel::setFilterText(const QString& text) { filter_->setText(text); }

void ParameterPanel::focusParameter(ParamId id) {
    ParameterEditor* target = editor(id);
    if (!target) return;
    if (!target->matchesFilter(filter_->text().trimmed())) filter_->clear();
    showGroup(target->parameterSpec().group);
    QWidget* control = target->slider() ? static_cast<QWidget*>(target->slider())
                                        : static_cast<QWidget*>(target->comboBox());
    if (control) control->setFocus(Qt::OtherFocusReason);
    // The section's own scroll area and the dock's, once the section is laid out.
    const auto reveal = [target] {
        for (QWidget* w = target->parentWidget(); w; w = w->parentWidget())
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) scroll->ensureWidgetVisible(target);
    };
    reveal();
    QTimer::singleShot(0, target, reveal);
}

void ParameterPanel::refreshFromDocument() {
    const Scenario& scenario = document_->activeScenario();
    for (ParameterEditor* editor : editors_) {
        editor->showValue(scenario[editor->parameter()]);
        editor->showDistribution(scenario.uncertainty.find(editor->parameter()));
    }
    // Nothing to correlate without distributions: the table stays out of the way.
    correlations_->setHidden(scenario.uncertainty.empty() && scenario.uncertainty.correlations.empty());
}

void ParameterPanel::applyFilter() {
    const QString text = filter_->text().trimmed();
    for (ParameterEditor* editor : editors_) editor->setHidden(!editor->matchesFilter(text));
    applicationsBlock_->setHidden(!text.isEmpty() && !tr("Applications").contains(text, Qt::CaseInsensitive));
    updateSectionTitles();

    // Keep a section with matches open.
    if (!sections_->isItemEnabled(sections_->currentIndex())) {
        for (int i = 0; i < sections_->count(); ++i) {
            if (sections_->isItemEnabled(i)) {
                sections_->setCurrentIndex(i);
                break;
            }
        }
    }
}

void ParameterPanel::updateSectionTitles() {
    const bool filtering = !filter_->text().trimmed().isEmpty();
    for (std::size_t i = 0; i < modelSections().size(); ++i) {
        const ModelGroup group = modelSections()[i];
        int shown = 0;
        for (ParameterEditor* editor : editors_)
            if (editor->parameterSpec().group == group && !editor->isHidden()) ++shown;
        if (group == ModelGroup::Cost && !applicationsBlock_->isHidden()) ++shown;
        QString title = sectionTitle(group);
        if (filtering) title = tr("%1 (%n)", nullptr, shown).arg(title);
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));  // "Capex & ROIC" is no shortcut
        sections_->setItemText(int(i), title);
        sections_->setItemEnabled(int(i), !filtering || shown > 0);
    }
}

}  // namespace leverboard::ui
