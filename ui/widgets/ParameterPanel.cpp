#include "widgets/ParameterPanel.h"

namespace leverboard::ui {

// Placeholder until the panel is built.
ParameterPanel::ParameterPanel(WorkspaceDocument*, QWidget* parent) : QWidget(parent) {}
void ParameterPanel::showGroup(ModelGroup) {}
ParameterEditor* ParameterPanel::editor(ParamId) const { return nullptr; }

}  // namespace leverboard::ui
