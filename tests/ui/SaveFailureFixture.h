#pragma once
// What every failed save or export must leave behind, shared by
// test_save_failures (a read-only folder, run as an unprivileged user) and
// test_save_failures_root (a full disk and a failed rename, run as root):
// an error naming the file and the OS cause, the document still modified,
// the original file intact byte for byte, the recovery copy intact, and no
// temporary file (QSaveFile's "<name>.XXXXXX") left in the folder.

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>
#include <cstring>
#include <memory>

#include "MainWindow.h"
#include "document/WorkspaceDocument.h"
#include "scenario/WorkspaceJson.h"
#include "present/ExportActions.h"
#include "present/ExportFiles.h"
#include "present/PageCharts.h"
#include "workspace/Dialogs.h"
#include "workspace/FileController.h"
#include "workspace/RecoveryManager.h"

namespace leverboard::ui::testing {

inline QByteArray readBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every entry of a folder, hidden ones too (QSaveFile's temporaries are not hidden, but be sure).
inline QStringList folderEntries(const QString& folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// What the OS says for an error number (the tests run with LC_ALL=C.UTF-8).
inline QString osText(int errorNumber) { return QString::fromLocal8Bit(std::strerror(errorNumber)); }

inline void useTestLocations(const char* application) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeverboardTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(application));
}

// A main window over an edited workspace saved as `path`, with further
// unsaved edits and their recovery copy on disk.
class SaveFailureFixture {
public:
    void setUp() {
        QSettings().clear();
        MessageBox::clearPendingAnswers();
        MessageBox::clearHistory();
        QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
        document_ = std::make_unique<WorkspaceDocument>();
        document_->reset(FileController::bundledDefaultWorkspace(), QString());
        window_ = std::make_unique<MainWindow>(document_.get());
    }

    void tearDown() {
        const int pendingAnswers = MessageBox::pendingAnswers();
        const bool pendingFileName = FileDialog::hasPendingFileName();
        MessageBox::clearPendingAnswers();
        if (pendingFileName) FileDialog::getOpenFileName(nullptr, {}, {}, {});  // consumes it
        if (window_) {
            window_->document()->markSaved();
            window_->close();
        }
        window_.reset();
        document_.reset();
        // Every scripted answer belongs to a dialog the test expected.
        QCOMPARE(pendingAnswers, 0);
        QVERIFY(!pendingFileName);
    }

    // Saves the workspace as `path`, then edits it again (unsaved) and writes
    // the recovery copy. Remembers both files' bytes.
    void saveThenEdit(const QString& path) {
        document_->setParameter(ParamId::CostFrontierPrice, 12.5);
        QVERIFY(window_->fileController()->saveTo(path));
        original_ = readBytes(path);
        QVERIFY(!original_.isEmpty());
        document_->setParameter(ParamId::LevP, 0.65);
        document_->setActiveIndex(2);
        QVERIFY(document_->isModified());
        QVERIFY(window_->recoveryManager()->writeIfChanged());
        recovery_ = readBytes(window_->recoveryManager()->recoveryFilePath());
        QVERIFY(!recovery_.isEmpty());
        edited_ = document_->workspace();
    }

    // File ▸ Save failed: the error, exactly, and nothing lost or left over.
    void verifyFailedSave(const QString& path, const QString& reason, const QStringList& expectedEntries) {
        QCOMPARE(MessageBox::history().size(), 1);
        const MessageBox::Shown error = MessageBox::history().last();
        QCOMPARE(error.icon, QMessageBox::Critical);
        QCOMPARE(error.title, QStringLiteral("Could not save workspace"));
        QCOMPARE(error.text, QStringLiteral("Could not save “%1”: %2").arg(QDir::toNativeSeparators(path), reason));
        QVERIFY(error.informativeText.contains(QStringLiteral("still open and unsaved")));
        QVERIFY(document_->isModified());
        QVERIFY(window_->isWindowModified());
        QCOMPARE(document_->workspace(), edited_);
        QCOMPARE(readBytes(path), original_);
        QCOMPARE(readBytes(window_->recoveryManager()->recoveryFilePath()), recovery_);
        QCOMPARE(folderEntries(QFileInfo(path).absolutePath()), expectedEntries);
    }

    // An export failed: one error naming the file and the cause.
    static void verifyExportError(const QString& path, const QString& reason) {
        QCOMPARE(MessageBox::history().size(), 1);
        const MessageBox::Shown error = MessageBox::history().last();
        QCOMPARE(error.icon, QMessageBox::Critical);
        QCOMPARE(error.title, QStringLiteral("Export Failed"));
        QVERIFY2(error.all().contains(QDir::toNativeSeparators(path)), qPrintable(error.all()));
        QVERIFY2(error.all().contains(reason), qPrintable(error.all()));
        QVERIFY2(!error.all().contains(QStringLiteral("Unknown error")), qPrintable(error.all()));
    }

    ExportActions* exportActions() const { return window_->findChild<ExportActions*>(QStringLiteral("ExportActions")); }
    Chart* firstChart() const { return pageCharts(window_->currentPage()).constFirst(); }

    std::unique_ptr<WorkspaceDocument> document_;
    std::unique_ptr<MainWindow> window_;
    QByteArray original_;
    QByteArray recovery_;
    Workspace edited_;
};

}  // namespace leverboard::ui::testing
