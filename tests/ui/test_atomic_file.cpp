// io::writeAtomically, the one writer behind saves, recovery copies, exports,
// the report and the render: the target is replaced whole or left as it was,
// a link keeps pointing at its file, the file keeps its permissions, and no
// temporary is left either way. The failures with a full disk and a read-only
// folder, through the menus, are in test_save_failures(_root) and test_export.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>

#include "io/AtomicFile.h"

using namespace leverboard::ui;

namespace {

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void put(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) qFatal("cannot write %s", qPrintable(path));
}

// Every entry, hidden ones too, so a left-over temporary cannot hide.
QStringList entries(const QString& directory) {
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                     QDir::Name);
}

}  // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT

private slots:
    void writesThenReplacesKeepingPermissions() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("my.leverboard"));
        QString cause = QStringLiteral("untouched");
        QVERIFY(io::writeAtomically(path, QByteArray("first\n"), &cause));
        QCOMPARE(cause, QStringLiteral("untouched"));  // set only on failure
        QCOMPARE(contents(path), QByteArray("first\n"));

        const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;  // 0640
        QVERIFY(QFile::setPermissions(path, mode));
        QVERIFY(io::writeAtomically(path, QByteArray("second, longer\n"), &cause));
        QCOMPARE(contents(path), QByteArray("second, longer\n"));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), mode);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("my.leverboard")});

        // Nothing to write still replaces the file: with an empty one.
        QVERIFY(io::writeAtomically(path, QByteArray(), &cause));
        QCOMPARE(QFileInfo(path).size(), qint64(0));
    }

    void writingThroughALinkKeepsTheLink() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString real = dir.filePath(QStringLiteral("real.leverboard"));
        const QString link = dir.filePath(QStringLiteral("link.leverboard"));
        put(real, "old");
        QVERIFY(QFile::link(QStringLiteral("real.leverboard"), link));
        QString cause;
        QVERIFY2(io::writeAtomically(link, QByteArray("new"), &cause), qPrintable(cause));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(contents(real), QByteArray("new"));
        QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("link.leverboard"), QStringLiteral("real.leverboard")}));
    }

    void aDirectoryIsNotReplaced() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("folder.leverboard"));
        QVERIFY(QDir().mkpath(target));
        put(target + QStringLiteral("/inside.txt"), "keep me");
        QString cause;
        QVERIFY(!io::writeAtomically(target, QByteArray("bytes"), &cause));
        QCOMPARE(cause, QSaveFile::tr("Filename refers to a directory"));
        QVERIFY(QFileInfo(target).isDir());
        QCOMPARE(contents(target + QStringLiteral("/inside.txt")), QByteArray("keep me"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("folder.leverboard")});
    }

    void aMissingFolderIsNotCreated() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("missing"));
        QString cause;
        QVERIFY(!io::writeAtomically(missing + QStringLiteral("/ws.leverboard"), QByteArray("bytes"), &cause));
        QCOMPARE(cause, qt_error_string(ENOENT));
        QVERIFY(!QFileInfo::exists(missing));
        QCOMPARE(entries(dir.path()), QStringList());
    }

    // A file system nobody may write to, even root: /proc. Its "original",
    // /proc/version, reads the same afterwards.
    void aReadOnlyFileSystemLeavesTheOriginal() {
        const QString target = QStringLiteral("/proc/version");
        if (!QFileInfo::exists(target)) QSKIP("no /proc on this system");
        const QByteArray before = contents(target);
        QString cause;
        QVERIFY(!io::writeAtomically(target, QByteArray("bytes"), &cause));
        QVERIFY2(!cause.isEmpty() && cause != QIODevice::tr("Unknown error"), qPrintable(cause));
        QCOMPARE(contents(target), before);
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "test_atomic_file.moc"
