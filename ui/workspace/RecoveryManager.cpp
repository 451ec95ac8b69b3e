#include "workspace/RecoveryManager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtDebug>
#include <atomic>
#include <string>

#include "document/WorkspaceDocument.h"
#include "io/AtomicFile.h"
#include "scenario/WorkspaceJson.h"
#include "workspace/Dialogs.h"

namespace leverboard::ui {

namespace {

QString readOrigin(const QString& originFile) {
    QFile file(originFile);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

}  // namespace

RecoveryManager::RecoveryManager(WorkspaceDocument* document, QObject* parent)
    : QObject(parent), document_(document) {
    // One name per session (and per manager, so tests can run several).
    static std::atomic<int> counter{0};
    sessionName_ = QStringLiteral("session-%1-%2").arg(QCoreApplication::applicationPid()).arg(counter++);

    if (QDir().mkpath(recoveryDirectory())) {
        lock_ = std::make_unique<QLockFile>(sessionFile(recoveryFilePath(), kLockSuffix));
        lock_->setStaleLockTime(0);  // a live session's lock never goes stale
        if (!lock_->tryLock(0)) qWarning("Could not lock the recovery session %s", qPrintable(sessionName_));
    }

    pool_.setMaxThreadCount(1);
    timer_.setSingleShot(true);
    timer_.setInterval(kDefaultIntervalMs);
    // A failed background write restarts the timer (finishWrite): it retries.
    connect(&timer_, &QTimer::timeout, this, &RecoveryManager::writeInBackground);
    connect(document_->undoStack(), &QUndoStack::indexChanged, this, &RecoveryManager::noteChange);
    connect(document_, &WorkspaceDocument::activeScenarioChanged, this, &RecoveryManager::noteChange);
    connect(document_, &WorkspaceDocument::scenariosChanged, this, &RecoveryManager::noteChange);
    connect(document_, &WorkspaceDocument::workspaceReset, this, &RecoveryManager::noteChange);
    connect(document_, &WorkspaceDocument::filePathChanged, this, &RecoveryManager::noteChange);
    connect(document_, &WorkspaceDocument::modifiedChanged, this, [this](bool modified) {
        if (modified) noteChange();
        else discardRecovery();  // saved, or undone back to the saved state
    });
}

RecoveryManager::~RecoveryManager() { waitForPendingWrite(); }

QString RecoveryManager::recoveryDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryManager::recoveryFilePath() const {
    return QDir(recoveryDirectory()).filePath(sessionName_ + kRecoverySuffix);
}

QString RecoveryManager::sessionFile(const QString& recoveryFile, const QString& suffix) {
    return recoveryFile.chopped(kRecoverySuffix.size()) + suffix;
}

void RecoveryManager::noteChange() {
    changedSinceWrite_ = true;
    if (document_->isModified() && !timer_.isActive()) {
        timer_.start();  // not restarted by later edits: a steady stream of edits still gets copied
        ++scheduleCount_;
    }
}

RecoveryManager::Snapshot RecoveryManager::takeSnapshot() const {
    const std::string text = serializeWorkspace(document_->workspace());
    const QString file = recoveryFilePath();
    return Snapshot{file, sessionFile(file, kOriginSuffix), document_->filePath().toUtf8(),
                    QByteArray(text.data(), qsizetype(text.size()))};
}

RecoveryManager::WriteResult RecoveryManager::writeSnapshot(const Snapshot& snapshot) {
    if (!QDir().mkpath(QFileInfo(snapshot.file).absolutePath()))
        return {false, QStringLiteral("could not create the recovery folder %1").arg(QFileInfo(snapshot.file).absolutePath())};
    QString error;
    // The origin first: a copy on disk always has the right origin beside it.
    if (!io::writeAtomically(snapshot.originFile, snapshot.origin, &error) ||
        !io::writeAtomically(snapshot.file, snapshot.bytes, &error))
        return {false, error};
    return {true, {}};
}

bool RecoveryManager::writeIfChanged() {
    waitForPendingWrite();  // what was taken lands first: the copy on disk never goes back in time
    if (!document_->isModified() || !changedSinceWrite_) return false;
    if (!QDir().mkpath(recoveryDirectory())) {
        qWarning("Could not create the recovery folder %s", qPrintable(recoveryDirectory()));
        return false;
    }
    const Snapshot snapshot = takeSnapshot();
    const WriteResult result = writeSnapshot(snapshot);
    if (!result.ok) {
        qWarning("Could not write the recovery copy %s: %s", qPrintable(snapshot.file), qPrintable(result.error));
        return false;
    }
    changedSinceWrite_ = false;
    ++writeCount_;
    return true;
}

bool RecoveryManager::writeInBackground() {
    if (!document_->isModified() || !changedSinceWrite_) return false;
    Snapshot snapshot = takeSnapshot();
    changedSinceWrite_ = false;
    if (writeInFlight_) queued_ = std::move(snapshot);  // the latest wins; it goes when the one in flight lands
    else startWrite(std::move(snapshot));
    return true;
}

void RecoveryManager::startWrite(Snapshot snapshot) {
    writeInFlight_ = true;
    const quint64 generation = ++writeGeneration_;
    inFlightResult_ = std::make_shared<WriteResult>();
    pool_.start([this, generation, result = inFlightResult_, snapshot = std::move(snapshot)] {
        *result = writeSnapshot(snapshot);
        // Delivered on the GUI thread; dropped if this manager is gone (its
        // destructor waited for this write first, so `this` is alive here).
        QMetaObject::invokeMethod(this, [this, generation] { finishWrite(generation); }, Qt::QueuedConnection);
    });
}

void RecoveryManager::finishWrite(quint64 generation) {
    // Already collected by waitForPendingWrite (its queued call comes later).
    if (!writeInFlight_ || generation != writeGeneration_) return;
    writeInFlight_ = false;
    const WriteResult result = *inFlightResult_;
    inFlightResult_.reset();
    if (result.ok) {
        ++writeCount_;
    } else {
        qWarning("Could not write the recovery copy %s: %s", qPrintable(recoveryFilePath()), qPrintable(result.error));
        if (!queued_) {
            changedSinceWrite_ = true;  // not on disk: take it again
            if (document_->isModified() && !timer_.isActive()) timer_.start();  // retry
        }
    }
    if (queued_) {
        Snapshot next = std::move(*queued_);
        queued_.reset();
        startWrite(std::move(next));
    }
}

void RecoveryManager::waitForPendingWrite() {
    while (writeInFlight_) {
        pool_.waitForDone();
        finishWrite(writeGeneration_);  // may start the queued one: wait for it too
    }
}

void RecoveryManager::discardRecovery() {
    queued_.reset();  // not worth writing: it would be removed at once
    waitForPendingWrite();  // a write in flight must not bring the copy back after the removal
    timer_.stop();
    changedSinceWrite_ = false;
    removeRecoveryFiles(recoveryFilePath());
}

void RecoveryManager::removeRecoveryFiles(const QString& recoveryFile) {
    QFile::remove(recoveryFile);
    QFile::remove(sessionFile(recoveryFile, kOriginSuffix));
}

QStringList RecoveryManager::orphanedRecoveryFiles() const {
    const QDir directory(recoveryDirectory());
    const QFileInfoList copies = directory.entryInfoList({QStringLiteral("*") + kRecoverySuffix}, QDir::Files,
                                                         QDir::Time);  // newest first
    QStringList orphans;
    for (const QFileInfo& copy : copies) {
        const QString path = copy.absoluteFilePath();
        if (path == QFileInfo(recoveryFilePath()).absoluteFilePath()) continue;
        const QString lockPath = sessionFile(path, kLockSuffix);
        if (QFileInfo::exists(lockPath)) {
            // Taking the lock succeeds only when its session is gone (crashed).
            QLockFile probe(lockPath);
            probe.setStaleLockTime(0);
            if (!probe.tryLock(0)) continue;  // a running session's copy
            probe.unlock();
        }
        orphans << path;
    }
    return orphans;
}

bool RecoveryManager::offerRestore(QWidget* parent) {
    for (const QString& copy : orphanedRecoveryFiles()) {
        const QString origin = readOrigin(sessionFile(copy, kOriginSuffix));
        const QString name = origin.isEmpty() ? tr("an untitled workspace") : QDir::toNativeSeparators(origin);
        const QString when =
            QLocale().toString(QFileInfo(copy).lastModified(), QLocale::ShortFormat);
        const auto answer = MessageBox::show(
            parent, QMessageBox::Question, tr("Restore unsaved work?"),
            tr("Leverboard did not close normally. Unsaved changes to %1 were recovered (last copy %2).")
                .arg(name, when),
            tr("Yes restores them as an unsaved workspace. Discard deletes the recovered copy. "
               "Ignore keeps it and asks again at the next start."),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (restore(copy, parent)) return true;
        } else if (answer == QMessageBox::Discard) {
            removeRecoveryFiles(copy);
        }
    }
    return false;
}

bool RecoveryManager::restore(const QString& recoveryFile, QWidget* parent) {
    const WorkspaceLoad load = loadWorkspaceFile(QFile::encodeName(recoveryFile).toStdString());
    if (!load.workspace) {
        // Keep the bytes for a person to look at, but stop offering them.
        const QString kept = recoveryFile + QStringLiteral(".unreadable");
        QFile::rename(recoveryFile, kept);
        MessageBox::critical(parent, tr("Could not restore"),
                             tr("The recovered copy cannot be read: %1").arg(QString::fromStdString(load.error)),
                             tr("It was kept as “%1”.").arg(QDir::toNativeSeparators(kept)));
        return false;
    }
    const QString origin = readOrigin(sessionFile(recoveryFile, kOriginSuffix));
    document_->reset(*load.workspace, origin);
    document_->undoStack()->resetClean();  // unsaved: the file on disk does not have these changes
    writeIfChanged();  // our own copy first, then drop the old one: never a moment without a copy
    removeRecoveryFiles(recoveryFile);
    return true;
}

}  // namespace leverboard::ui
