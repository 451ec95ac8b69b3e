#include "pages/CapexPage.h"

namespace leverboard::ui {

// Placeholder until the page is built.
CapexPage::CapexPage(QWidget* parent) : ModelPage(parent) {}

void CapexPage::showResults(const std::vector<ScenarioView>&) {}

}  // namespace leverboard::ui
