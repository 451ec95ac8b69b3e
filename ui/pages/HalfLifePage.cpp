#include "pages/HalfLifePage.h"

namespace leverboard::ui {

// Placeholder until the page is built.
HalfLifePage::HalfLifePage(QWidget* parent) : ModelPage(parent) {}

void HalfLifePage::showResults(const std::vector<ScenarioView>&) {}

}  // namespace leverboard::ui
