#pragma once
// Crash recovery. While the document has unsaved changes, a copy of the
// workspace is written every few seconds to AppDataLocation/recovery/, one
// copy per running session (a lock file tells live sessions from crashed
// ones). A clean document has no copy. At start-up, copies left by a session
// that did not end cleanly are offered for restoring.

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>

class QWidget;

namespace leverboard::ui {

class WorkspaceDocument;

class RecoveryManager : public QObject {
    Q_OBJECT
public:
    // At most this long after a change, the copy has it: 4 s, so that even a
    // busy machine loses no more than 5 s of work.
    static constexpr int kDefaultIntervalMs = 4000;
    static inline const QString kRecoverySuffix = QStringLiteral(".leverboard");
    static inline const QString kOriginSuffix = QStringLiteral(".origin");  // the file the copy belongs to
    static inline const QString kLockSuffix = QStringLiteral(".lock");

    explicit RecoveryManager(WorkspaceDocument* document, QObject* parent = nullptr);
    ~RecoveryManager() override;  // keeps the copy: only a clean end removes it

    static QString recoveryDirectory();
    QString recoveryFilePath() const;

    // How long after a change the copy is written (tests shorten it).
    void setInterval(int milliseconds) { timer_.setInterval(milliseconds); }
    int interval() const { return timer_.interval(); }
    bool isWritePending() const { return timer_.isActive(); }
    int writeCount() const { return writeCount_; }
    // How often a write was scheduled: once per quiet period, however many
    // edits follow, so the copy is never more than one interval behind.
    int scheduleCount() const { return scheduleCount_; }

    // Writes the copy now if the document has changes not yet in it.
    bool writeIfChanged();
    // Takes over from a manager being replaced (the window rebuilt in another language):
    // writes this session's copy now if the document is modified.
    bool takeOver() {
        changedSinceWrite_ = true;
        return writeIfChanged();
    }
    // Removes this session's copy: after a save, or a close that saved or discarded.
    void discardRecovery();

    // Copies left behind by sessions that are no longer running, newest first.
    QStringList orphanedRecoveryFiles() const;
    // Asks about each orphaned copy (Restore / Discard / Later). Restoring
    // loads it as a modified document with its original file path and stops.
    // Returns true if a copy was restored.
    bool offerRestore(QWidget* parent);

private:
    void noteChange();
    bool restore(const QString& recoveryFile, QWidget* parent);
    static void removeRecoveryFiles(const QString& recoveryFile);
    static QString sessionFile(const QString& recoveryFile, const QString& suffix);

    WorkspaceDocument* document_;
    QString sessionName_;
    std::unique_ptr<QLockFile> lock_;
    QTimer timer_;
    bool changedSinceWrite_ = false;
    int writeCount_ = 0;
    int scheduleCount_ = 0;
};

}  // namespace leverboard::ui
