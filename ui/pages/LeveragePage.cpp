#include "pages/LeveragePage.h"

namespace leverboard::ui {

// Placeholder until the page is built.
LeveragePage::LeveragePage(QWidget* parent) : ModelPage(parent) {}

void LeveragePage::showResults(const std::vector<ScenarioView>&) {}

}  // namespace leverboard::ui
