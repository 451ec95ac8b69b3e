#pragma once
// View ▸ Language: System / English / 中文, remembered in the preferences (prefs::language).
// Choosing one installs its translators (Language.h) and announces it; the launcher then
// rebuilds the main window in the new language (replaceMainWindow), keeping the document,
// its undo stack, the page on screen (prefs::lastPage) and the window's geometry.

#include <QObject>

class QMenu;

namespace leverboard::ui {

class MainWindow;
class WorkspaceDocument;

class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    static LanguageSwitcher& instance();
    // Stores `key` ("system", "en", "zh_CN") and applies it; emits languageChanged when the
    // language in effect changes.
    void choose(const QString& key);

signals:
    void languageChanged();
};

// Adds the Language submenu to `viewMenu` (the checked entry is the stored preference).
void installLanguageMenu(QMenu* viewMenu);

// A new main window for `document` in the language now in effect, with the geometry and dock
// layout of `old`, shown in its place; `old` is hidden and deleted later (no close
// event: nothing asks to save, the document is untouched). Returns the new window.
MainWindow* replaceMainWindow(MainWindow* old, WorkspaceDocument* document);

}  // namespace leverboard::ui
