#pragma once
// The File menu's behaviour: New, Open…, Open Recent, Save, Save As…, the
// save-or-discard prompt, and the bundled default workspace. Reading and
// validating files is the core loader's job (scenario/WorkspaceJson.h); this
// class only turns its answers into dialogs and document changes.

#include <QObject>
#include <QString>
#include <QStringList>

#include "scenario/Workspace.h"

class QAction;
class QMainWindow;
class QMenu;
class QMimeData;

namespace leverboard::ui {

class WorkspaceDocument;

class FileController : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecentFiles = 10;
    static inline const QString kExtension = QStringLiteral(".leverboard");
    static inline const QString kDefaultWorkspaceResource = QStringLiteral(":/default.leverboard");

    FileController(WorkspaceDocument* document, QMainWindow* window);

    // Puts New, Open…, Open Recent, Save and Save As… at the top of the menu,
    // so whatever is already there (Quit) stays last.
    void addActionsTo(QMenu* fileMenu);

    QAction* newAction() const { return new_; }
    QAction* openAction() const { return open_; }
    QAction* saveAction() const { return save_; }
    QAction* saveAsAction() const { return saveAs_; }
    QMenu* recentMenu() const { return recentMenu_; }

    // Each returns true when it did what was asked (false: cancelled or failed,
    // after telling the user why).
    bool newWorkspace();
    bool open();                          // asks for a file
    bool openFile(const QString& path);   // validates, then offers to save the current one
    bool save();                          // Save As… when the document has no file yet
    bool saveAs();
    bool saveTo(const QString& path);

    // Save / Discard / Cancel when there are unsaved changes; true = go on.
    bool maybeSave();

    // Recent files, most recent first, without files that no longer exist.
    QStringList recentFiles() const;
    void clearRecentFiles();
    // The list with `path` moved to the front, de-duplicated and trimmed.
    static QStringList withRecentFile(QStringList recent, const QString& path, int maxCount = kMaxRecentFiles);

    // The .leverboard file a drag carries, or an empty string.
    static QString workspaceFileIn(const QMimeData* mime);
    // The workspace shipped as a resource (the presets of MODEL.md).
    static Workspace bundledDefaultWorkspace();

signals:
    void recentFilesChanged();

private:
    void rememberRecentFile(const QString& path);
    void rebuildRecentMenu();
    void showStatus(const QString& message);
    QString displayName() const;
    QString startDirectory() const;

    WorkspaceDocument* document_;
    QMainWindow* window_;
    QAction* new_;
    QAction* open_;
    QAction* save_;
    QAction* saveAs_;
    QMenu* recentMenu_;
};

}  // namespace leverboard::ui
