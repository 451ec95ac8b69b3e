#pragma once
// Crash recovery. While the document has unsaved changes, a copy of the
// workspace is written every few seconds to AppDataLocation/recovery/, one
// copy per running session (a lock file tells live sessions from crashed
// ones). A clean document has no copy. At start-up, copies left by a session
// that did not end cleanly are offered for restoring.
//
// The timer's copies are written off the GUI thread: the workspace's bytes
// are taken on the GUI thread (a snapshot), the write and its fsync run on a
// worker. One write at a time; a snapshot taken while one is being written
// waits behind it, and a newer one replaces it (the latest wins). Anything
// that needs the copy on disk now (writeIfChanged, discardRecovery, the
// destructor) first waits for the write in flight and the one queued.

#include <QByteArray>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <memory>
#include <optional>

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
    // Keeps the copy (only a clean end removes it) and waits for the write in
    // flight and the one queued behind it: nothing taken is lost at quit.
    ~RecoveryManager() override;

    static QString recoveryDirectory();
    QString recoveryFilePath() const;

    // How long after a change the copy is written (tests shorten it).
    void setInterval(int milliseconds) { timer_.setInterval(milliseconds); }
    int interval() const { return timer_.interval(); }
    // A write is due (timer), being written on the worker, or queued behind it.
    bool isWritePending() const { return timer_.isActive() || writeInFlight_ || queued_.has_value(); }
    bool isWriting() const { return writeInFlight_; }  // a background write in flight
    int writeCount() const { return writeCount_; }  // copies on disk (counted when a write lands)
    // How often a write was scheduled: once per quiet period, however many
    // edits follow, so the copy is never more than one interval behind.
    int scheduleCount() const { return scheduleCount_; }

    // Writes the copy now, on this thread, if the document has changes not yet
    // in it (after the background writes already taken have landed).
    bool writeIfChanged();
    // What the timer does: takes the bytes now and writes them on the worker
    // thread. Returns false if there was nothing new to copy.
    bool writeInBackground();
    // Blocks until the background write in flight and the one queued are done.
    void waitForPendingWrite();
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
    struct Snapshot {
        QString file;        // the copy
        QString originFile;  // beside it: the file the copy belongs to
        QByteArray origin;
        QByteArray bytes;    // the serialized workspace
    };
    struct WriteResult {
        bool ok = false;
        QString error;
    };
    Snapshot takeSnapshot() const;
    static WriteResult writeSnapshot(const Snapshot& snapshot);  // any thread
    void startWrite(Snapshot snapshot);
    void finishWrite(quint64 generation);

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

    QThreadPool pool_;  // one thread: never two writes at once
    bool writeInFlight_ = false;
    quint64 writeGeneration_ = 0;
    std::shared_ptr<WriteResult> inFlightResult_;
    std::optional<Snapshot> queued_;  // the latest snapshot taken while a write was in flight
};

}  // namespace leverboard::ui
