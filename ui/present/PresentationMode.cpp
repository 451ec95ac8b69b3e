#include "present/PresentationMode.h"

#include "MainWindow.h"

namespace leverboard::ui {

void installPresentationMode(MainWindow* window) { (void)window; }

}  // namespace leverboard::ui
