#pragma once

#include <QString>

namespace leverboard::ui {

class MainWindow;

// Creates the QApplication and the main window and runs the event loop.
// `leverboard [FILE]` opens FILE; otherwise the bundled default workspace.
int runGui(int argc, char** argv);

// Start-up after the window is shown: offers to restore work left by a
// session that crashed, then opens `fileArgument` (if any; a bad file shows
// the loader's error and the default workspace stays open).
void openInitialWorkspace(MainWindow& window, const QString& fileArgument);

}  // namespace leverboard::ui
