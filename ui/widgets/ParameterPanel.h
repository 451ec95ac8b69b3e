#pragma once
// The parameter panel, generated from the registry: the global horizon on
// top, then one section per model. Every edit goes to the document as an
// undoable command.

#include <QWidget>

#include "params/ParameterRegistry.h"

namespace leverboard::ui {

class WorkspaceDocument;
class ParameterEditor;

class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

    // Brings a model's section forward (the page shown changed).
    void showGroup(ModelGroup group);
    ParameterEditor* editor(ParamId id) const;
};

}  // namespace leverboard::ui
