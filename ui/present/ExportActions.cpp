#include "present/ExportActions.h"

#include "MainWindow.h"

namespace leverboard::ui {

void installExportActions(MainWindow* window) { (void)window; }

}  // namespace leverboard::ui
