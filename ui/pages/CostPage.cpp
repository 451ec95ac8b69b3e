#include "pages/CostPage.h"

namespace leverboard::ui {

// Placeholder until the page is built.
CostPage::CostPage(QWidget* parent) : ModelPage(parent) {}

void CostPage::showResults(const std::vector<ScenarioView>&) {}

}  // namespace leverboard::ui
