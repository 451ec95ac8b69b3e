#include "pages/OverviewPage.h"

namespace leverboard::ui {

// Placeholder until the page is built.
OverviewPage::OverviewPage(QWidget* parent) : ModelPage(parent) {}

void OverviewPage::showResults(const std::vector<ScenarioView>&) {}

}  // namespace leverboard::ui
