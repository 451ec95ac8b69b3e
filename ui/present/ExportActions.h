#pragma once
// Export commands of the GUI: the chart context menu (PNG 2×, SVG, PDF, copy
// to clipboard) and the File ▸ Export submenu (charts, CSV per model, report).
// MainWindow calls installExportActions once.

namespace leverboard::ui {

class MainWindow;

void installExportActions(MainWindow* window);

}  // namespace leverboard::ui
