#include "io/AtomicFile.h"

#include <unistd.h>

#include <cerrno>

#include <QCoreApplication>
#include <QSaveFile>

namespace leverboard::ui::io {
namespace {

// The cause of a failed file operation: Qt's text when it has one, otherwise
// what the OS said right after the failing call. Read it before anything can
// change errno or the file's error (after commit() errorString() says
// "Unknown error").
QString causeOf(const QFileDevice& file, int savedErrno) {
    if (file.error() != QFileDevice::NoError && !file.errorString().isEmpty() &&
        file.errorString() != QIODevice::tr("Unknown error"))
        return file.errorString();
    if (savedErrno != 0) return qt_error_string(savedErrno);
    return QCoreApplication::translate("AtomicFile", "the file could not be written completely");
}

}  // namespace

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* cause) {
    // QSaveFile writes to a temporary beside the target and renames it over
    // the target on commit. Two traps (Qt 6.4): a buffered write that fails
    // only when flushed inside commit() still renames the short temporary
    // over the target and returns true (an empty file replaces the good one),
    // and a short write leaves errorString() at "Unknown error". So: write
    // unbuffered, check every write, sync before commit, and take the cause
    // from errno where Qt has none.
    const auto fail = [cause](const QString& reason) {
        if (cause) *cause = reason;
        return false;
    };
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) return fail(causeOf(file, errno));
    // A full disk first shows as a short write with no error set: write the
    // rest until every byte is taken or the write fails with its reason.
    qint64 done = 0;
    errno = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) break;
        done += n;
    }
    bool failed = done != bytes.size() || !file.flush();
    // File systems that report a failure late (NFS, quotas, delayed
    // allocation) report it at fsync; QSaveFile's own sync ignores it and
    // would rename a damaged file in place.
    if (!failed && ::fsync(file.handle()) != 0 && errno != EINVAL) failed = true;
    if (failed) {
        const QString reason = causeOf(file, errno);
        file.cancelWriting();
        file.commit();  // after cancelWriting: removes the temporary, leaves the target untouched
        return fail(reason);
    }
    errno = 0;
    // The rename failed (EBUSY, EXDEV…): QSaveFile removes the temporary.
    if (!file.commit()) return fail(causeOf(file, errno));
    return true;
}

}  // namespace leverboard::ui::io
