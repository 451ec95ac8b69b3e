#pragma once
// Presentation mode (F5 / Esc): full screen slides of the model pages for a
// room. MainWindow calls installPresentationMode once; everything else lives
// behind it.

namespace leverboard::ui {

class MainWindow;

// Adds the "Present" action (F5) to the window's View menu and owns the mode.
void installPresentationMode(MainWindow* window);

}  // namespace leverboard::ui
