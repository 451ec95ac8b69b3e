#include "workspace/FileController.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>
#include <QtDebug>
#include <string_view>

#include "Preferences.h"
#include "document/WorkspaceDocument.h"
#include "io/AtomicFile.h"
#include "scenario/WorkspaceJson.h"
#include "workspace/Dialogs.h"

namespace leverboard::ui {

namespace {

constexpr int kStatusMessageMs = 6000;

const QKeySequence kSaveAsKey(Qt::CTRL | Qt::SHIFT | Qt::Key_S);

QString nativePath(const QString& path) { return QDir::toNativeSeparators(path); }

QString normalizedPath(const QString& path) { return QDir::cleanPath(QFileInfo(path).absoluteFilePath()); }

QString fileFilter() {
    return FileController::tr("Leverboard workspaces (*.leverboard);;All files (*)");
}

}  // namespace

FileController::FileController(WorkspaceDocument* document, QMainWindow* window)
    : QObject(window), document_(document), window_(window), new_(new QAction(tr("&New"), window)),
      open_(new QAction(tr("&Open…"), window)), save_(new QAction(tr("&Save"), window)),
      saveAs_(new QAction(tr("Save &As…"), window)), recentMenu_(new QMenu(tr("Open &Recent"), window)) {
    new_->setShortcuts(QKeySequence::New);
    new_->setStatusTip(tr("Start a new workspace from the preset scenarios"));
    open_->setShortcuts(QKeySequence::Open);
    open_->setStatusTip(tr("Open a workspace file"));
    save_->setShortcuts(QKeySequence::Save);
    save_->setStatusTip(tr("Save the workspace"));
    // Some keyboard schemes (Windows, plain X11) have no Save As key; Ctrl+Shift+S everywhere.
    QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (!saveAsKeys.contains(kSaveAsKey)) saveAsKeys.prepend(kSaveAsKey);
    saveAs_->setShortcuts(saveAsKeys);
    saveAs_->setStatusTip(tr("Save the workspace under a new name"));
    recentMenu_->setObjectName(QStringLiteral("RecentFilesMenu"));

    connect(new_, &QAction::triggered, this, &FileController::newWorkspace);
    connect(open_, &QAction::triggered, this, &FileController::open);
    connect(save_, &QAction::triggered, this, &FileController::save);
    connect(saveAs_, &QAction::triggered, this, &FileController::saveAs);
    connect(recentMenu_, &QMenu::aboutToShow, this, &FileController::rebuildRecentMenu);
    connect(this, &FileController::recentFilesChanged, this, &FileController::rebuildRecentMenu);
    rebuildRecentMenu();
}

void FileController::addActionsTo(QMenu* fileMenu) {
    QAction* first = fileMenu->actions().value(0);  // nullptr appends
    fileMenu->insertActions(first, {new_, open_});
    fileMenu->insertMenu(first, recentMenu_);
    fileMenu->insertSeparator(first);
    fileMenu->insertActions(first, {save_, saveAs_});
    if (first) fileMenu->insertSeparator(first);
}

// ---- New / Open -------------------------------------------------------------

bool FileController::newWorkspace() {
    if (!maybeSave()) return false;
    document_->reset(bundledDefaultWorkspace(), QString());
    showStatus(tr("New workspace"));
    return true;
}

bool FileController::open() {
    const QString path = FileDialog::getOpenFileName(window_, tr("Open Workspace"), startDirectory(), fileFilter());
    if (path.isEmpty()) return false;
    return openFile(path);
}

bool FileController::openFile(const QString& path) {
    const QString absolute = normalizedPath(path);
    // Validate before asking about unsaved changes: a bad file needs no decision,
    // and the open workspace stays exactly as it is.
    WorkspaceLoad load = loadWorkspaceFile(QFile::encodeName(absolute).toStdString());
    if (!load.workspace) {
        MessageBox::critical(window_, tr("Could not open workspace"),
                             tr("Could not open “%1”.").arg(nativePath(absolute)),
                             QString::fromStdString(load.error));
        return false;
    }
    const bool reopeningOwnFile = document_->isModified() && absolute == document_->filePath();
    if (!maybeSave()) return false;
    // "Save" just rewrote the very file we are opening: read what is on disk now.
    if (reopeningOwnFile && !document_->isModified()) {
        load = loadWorkspaceFile(QFile::encodeName(absolute).toStdString());
        if (!load.workspace) return false;
    }

    document_->reset(*load.workspace, absolute);
    rememberRecentFile(absolute);
    const QString name = QFileInfo(absolute).fileName();
    if (load.warnings.empty()) {
        showStatus(tr("Opened %1").arg(name));
        return true;
    }
    QStringList lines;
    for (const std::string& warning : load.warnings) lines << QString::fromStdString(warning);
    const int count = int(lines.size());
    showStatus(tr("Opened %1 with %n warning(s)", nullptr, count).arg(name));
    // Non-blocking: the workspace is open and usable; the notice says what changed.
    constexpr int kLinesShown = 5;
    QString text = tr("“%1” was opened, but %n value(s) in it were ignored or adjusted. "
                      "Saving will write the adjusted workspace.",
                      nullptr, count)
                       .arg(name);
    text += QStringLiteral("\n\n") + lines.mid(0, kLinesShown).join(QLatin1Char('\n'));
    if (count > kLinesShown) text += QStringLiteral("\n") + tr("… and %n more (see details)", nullptr, count - kLinesShown);
    MessageBox::notify(window_, QMessageBox::Warning, tr("Workspace opened with warnings"), text,
                       lines.join(QLatin1Char('\n')));
    return true;
}

// ---- Save ---------------------------------------------------------------------

bool FileController::save() {
    if (document_->filePath().isEmpty()) return saveAs();
    return saveTo(document_->filePath());
}

bool FileController::saveAs() {
    const QString suggestion = document_->filePath().isEmpty()
                                   ? QDir(startDirectory()).filePath(tr("Untitled") + kExtension)
                                   : document_->filePath();
    QString path = FileDialog::getSaveFileName(window_, tr("Save Workspace As"), suggestion, fileFilter(),
                                               kExtension.mid(1));
    if (path.isEmpty()) return false;
    if (!path.endsWith(kExtension, Qt::CaseInsensitive)) path += kExtension;
    return saveTo(path);
}

bool FileController::saveTo(const QString& path) {
    const QString absolute = normalizedPath(path);
    const std::string text = serializeWorkspace(document_->workspace());
    QString error;
    if (!io::writeAtomically(absolute, QByteArray(text.data(), qsizetype(text.size())), &error)) {
        MessageBox::critical(window_, tr("Could not save workspace"),
                             tr("Could not save “%1”: %2").arg(nativePath(absolute), error),
                             tr("Nothing was lost: your changes are still open and unsaved. "
                                "Use Save As… to choose another place."));
        return false;
    }
    document_->setFilePath(absolute);
    document_->markSaved();
    rememberRecentFile(absolute);
    showStatus(tr("Saved %1").arg(QFileInfo(absolute).fileName()));
    return true;
}

bool FileController::maybeSave() {
    if (!document_->isModified()) return true;
    const auto answer = MessageBox::show(
        window_, QMessageBox::Warning, tr("Unsaved changes"),
        tr("“%1” has unsaved changes.").arg(displayName()), tr("Do you want to save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

// ---- Recent files -------------------------------------------------------------

QStringList FileController::withRecentFile(QStringList recent, const QString& path, int maxCount) {
    const QString added = normalizedPath(path);
    recent.removeIf([&](const QString& entry) { return normalizedPath(entry) == added; });
    recent.prepend(added);
    while (recent.size() > maxCount) recent.removeLast();
    return recent;
}

QStringList FileController::recentFiles() const {
    const QStringList stored = prefs::recentFiles.get();
    QStringList existing;
    for (const QString& path : stored)
        if (QFileInfo(path).isFile() && !existing.contains(path)) existing << path;
    while (existing.size() > kMaxRecentFiles) existing.removeLast();
    if (existing != stored) prefs::recentFiles.set(existing);
    return existing;
}

void FileController::clearRecentFiles() {
    prefs::recentFiles.set({});
    emit recentFilesChanged();
}

void FileController::rememberRecentFile(const QString& path) {
    // Each settings write syncs a file to disk (~10 ms): write only what
    // changed, so saving the same file again costs just the save.
    const QStringList recent = recentFiles();
    const QStringList updated = withRecentFile(recent, path);
    if (updated != recent) prefs::recentFiles.set(updated);
    const QString directory = QFileInfo(path).absolutePath();
    if (prefs::lastDirectory.get() != directory) prefs::lastDirectory.set(directory);
    if (updated != recent) emit recentFilesChanged();
}

void FileController::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = recentFiles();
    if (files.isEmpty()) {
        recentMenu_->addAction(tr("No Recent Files"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QString::number(i + 1);
        QAction* action = recentMenu_->addAction(QStringLiteral("%1 %2").arg(number, QFileInfo(path).fileName()));
        action->setData(path);
        action->setToolTip(nativePath(path));
        action->setStatusTip(nativePath(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    recentMenu_->addSeparator();
    connect(recentMenu_->addAction(tr("&Clear Menu")), &QAction::triggered, this,
            &FileController::clearRecentFiles);
}

// ---- Helpers --------------------------------------------------------------------

QString FileController::workspaceFileIn(const QMimeData* mime) {
    if (!mime || !mime->hasUrls()) return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(kExtension, Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}

Workspace FileController::bundledDefaultWorkspace() {
    QFile file(kDefaultWorkspaceResource);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        const WorkspaceLoad load = parseWorkspace(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (load.workspace) return *load.workspace;
        qWarning("The bundled default workspace is invalid: %s", load.error.c_str());
    } else {
        qWarning("The bundled default workspace %s is missing", qPrintable(kDefaultWorkspaceResource));
    }
    return defaultWorkspace();
}

void FileController::showStatus(const QString& message) {
    window_->statusBar()->showMessage(message, kStatusMessageMs);
}

QString FileController::displayName() const {
    return document_->filePath().isEmpty() ? tr("Untitled") : QFileInfo(document_->filePath()).fileName();
}

QString FileController::startDirectory() const {
    if (!document_->filePath().isEmpty()) return QFileInfo(document_->filePath()).absolutePath();
    const QString last = prefs::lastDirectory.get();
    if (!last.isEmpty() && QFileInfo(last).isDir()) return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

}  // namespace leverboard::ui
