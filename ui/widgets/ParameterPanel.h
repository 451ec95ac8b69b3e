#pragma once
// The parameter panel, generated from the registry: the global horizon on
// top, then one section per model. Every edit goes to the document as an
// undoable command.

#include <QWidget>
#include <array>

#include "params/ParameterRegistry.h"

class QLineEdit;
class QToolBox;

namespace leverboard::ui {

class WorkspaceDocument;
class ParameterEditor;
class ApplicationTable;
class CorrelationTable;

class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    // Brings a model's section forward (the page shown changed).
    void showGroup(ModelGroup group);
    ParameterEditor* editor(ParamId id) const;
    // Shows one parameter's editor (its section open, past the filter, scrolled
    // into view) and gives its slider the keyboard focus: a tornado bar's click.
    void focusParameter(ParamId id);

    ApplicationTable* applicationTable() const { return applications_; }
    // Under the sections: the scenario's rank correlations (shown once a
    // parameter carries a distribution).
    CorrelationTable* correlationTable() const { return correlations_; }
    QToolBox* sections() const { return sections_; }
    QLineEdit* filterBox() const { return filter_; }
    // Shows only the editors whose label, id or unit contains the text.
    void setFilterText(const QString& text);

private:
    QWidget* buildSection(ModelGroup group);
    void refreshFromDocument();
    void applyFilter();
    void updateSectionTitles();
    int sectionIndex(ModelGroup group) const;
    QString sectionTitle(ModelGroup group) const;

    WorkspaceDocument* document_;
    QLineEdit* filter_;
    QToolBox* sections_;
    ApplicationTable* applications_ = nullptr;
    QWidget* applicationsBlock_ = nullptr;
    CorrelationTable* correlations_ = nullptr;
    std::array<ParameterEditor*, kParamCount> editors_{};
};

}  // namespace leverboard::ui
