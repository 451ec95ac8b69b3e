// Never lose work: while a workspace has unsaved changes a recovery copy is
// written every few seconds; saving or a clean close removes it; after a
// crash the next start offers to restore it, and restoring gives back the
// edited workspace as an unsaved (modified) document.
//
// The crash is real: this executable starts itself again as a child session
// (LEVERBOARD_CRASH_SESSION set), which edits a workspace, waits for its
// recovery copy and ends with _exit, without any clean-up, like a crash.

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <cstdio>
#include <memory>
#include <unistd.h>

#include "GuiLauncher.h"
#include "MainWindow.h"
#include "document/WorkspaceDocument.h"
#include "scenario/WorkspaceJson.h"
#include "workspace/Dialogs.h"
#include "workspace/FileController.h"
#include "workspace/RecoveryManager.h"
#include "workspace/ScenarioCommands.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

constexpr const char* kCrashSessionVariable = "LEVERBOARD_CRASH_SESSION";

void useTestLocations() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeverboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_recovery"));
}

// What the crashing session edits: Bear gets a new half-life, Base a new
// frontier price, and Bull is renamed (a scenario operation).
Workspace crashSessionEdits(Workspace ws) {
    ws.scenarios[0][ParamId::CostFrontierPrice] = 21.5;
    ws.scenarios[1][ParamId::LifeHalfLifeMonths] = 9.25;
    ws.scenarios[2].name = "Bull, renamed";
    ws.compared[2] = "Bull, renamed";
    ws.active = 1;
    return ws;
}

// The child session: edits, waits for the recovery copy, then dies.
int runCrashingSession(int argc, char** argv) {
    QApplication app(argc, argv);
    useTestLocations();
    WorkspaceDocument document;
    const QString origin = qEnvironmentVariable(kCrashSessionVariable);
    document.reset(defaultWorkspace(), origin == QLatin1String("untitled") ? QString() : origin);
    RecoveryManager recovery(&document);
    recovery.setInterval(20);
    const Workspace edited = crashSessionEdits(document.workspace());
    document.setParameter(ParamId::CostFrontierPrice, 21.5);
    pushWorkspaceEdit(&document, scenario_ops::renameScenario(document.workspace(), 2, QStringLiteral("Bull, renamed")));
    document.setActiveIndex(1);
    document.setParameter(ParamId::LifeHalfLifeMonths, 9.25);
    if (!(document.workspace() == edited)) return 3;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (recovery.writeCount() > 0 && !recovery.isWritePending()) break;
    }
    if (recovery.writeCount() == 0) return 4;
    std::fputs(qPrintable(recovery.recoveryFilePath() + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
    ::_exit(0);  // no destructors: the copy and the lock file stay, as after a crash
}

QStringList recoveryEntries() {
    return QDir(RecoveryManager::recoveryDirectory()).entryList(QDir::Files, QDir::Name);
}

void removeRecoveryDirectory() { QDir(RecoveryManager::recoveryDirectory()).removeRecursively(); }

QString readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

}  // namespace

class TestRecovery : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QSettings().clear();
        MessageBox::clearPendingAnswers();
        MessageBox::clearHistory();
        removeRecoveryDirectory();
    }
    void cleanup() {
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        removeRecoveryDirectory();
    }

    // The cadence as configured and as scheduled, not as a wall clock sees it
    // (bench_save measures when the copy lands): one write at most
    // kDefaultIntervalMs after the first unsaved edit, however many follow.
    void defaultIntervalIsFourSecondsFromTheFirstEdit() {
        QCOMPARE(RecoveryManager::kDefaultIntervalMs, 4000);  // "a few seconds"; never more than 5 s of work lost
        WorkspaceDocument document;
        RecoveryManager recovery(&document);
        QCOMPARE(recovery.interval(), RecoveryManager::kDefaultIntervalMs);
        QVERIFY(!recovery.isWritePending());  // a clean document has nothing to copy
        QCOMPARE(recovery.scheduleCount(), 0);

        document.setParameter(ParamId::LevP, 0.7);
        QVERIFY(recovery.isWritePending());
        QCOMPARE(recovery.scheduleCount(), 1);
        QCOMPARE(recovery.writeCount(), 0);  // written later, not on every edit
        QVERIFY(!QFile::exists(recovery.recoveryFilePath()));

        // More edits do not push the write back (a restarted timer would wait
        // for a pause that a long slider drag never makes).
        const int drag = WorkspaceDocument::newDragSession();
        for (int i = 1; i <= 50; ++i) document.setParameter(ParamId::CapexWacc, 0.09 + i * 0.001, drag);
        document.setActiveIndex(2);
        QCOMPARE(recovery.scheduleCount(), 1);
        QCOMPARE(recovery.writeCount(), 0);

        QVERIFY(recovery.writeIfChanged());  // what the timer does when it fires
        QCOMPARE(*loadWorkspaceFile(QFile::encodeName(recovery.recoveryFilePath()).toStdString()).workspace,
                 document.workspace());
        QVERIFY(!recovery.writeIfChanged());  // nothing new since: no second write
        QCOMPARE(recovery.writeCount(), 1);
        recovery.discardRecovery();
    }

    // The timer's copy is written on a worker thread; the GUI thread only
    // takes the bytes. A snapshot taken while one is written waits behind it,
    // a newer one replaces it (never written: the latest wins), and the
    // destructor waits for what was taken (nothing lost at quit).
    void backgroundCopiesKeepTheLatestAndLandBeforeQuit() {
        WorkspaceDocument document;
        QString file;
        auto levPOnDisk = [&file] {
            const WorkspaceLoad load = loadWorkspaceFile(QFile::encodeName(file).toStdString());
            return load.workspace ? load.workspace->scenarios[0][ParamId::LevP] : -1.0;
        };
        {
            RecoveryManager recovery(&document);
            file = recovery.recoveryFilePath();
            QVERIFY(!recovery.writeInBackground());  // a clean document has nothing to copy
            document.setParameter(ParamId::LevP, 0.71);
            QVERIFY(recovery.writeInBackground());
            QVERIFY(recovery.isWriting());
            QVERIFY(!recovery.writeInBackground());  // nothing new since that snapshot
            document.setParameter(ParamId::LevP, 0.72);
            QVERIFY(recovery.writeInBackground());  // queued behind the write in flight
            document.setParameter(ParamId::LevP, 0.73);
            QVERIFY(recovery.writeInBackground());  // replaces the queued 0.72
            recovery.waitForPendingWrite();
            QVERIFY(!recovery.isWriting());
            QCOMPARE(recovery.writeCount(), 2);  // 0.71 and 0.73, one after the other
            QCOMPARE(levPOnDisk(), 0.73);

            document.setParameter(ParamId::LevP, 0.74);
            QVERIFY(recovery.writeInBackground());
            QVERIFY(recovery.isWriting());
        }  // no event-loop turn: the destructor waits for the write
        QCOMPARE(levPOnDisk(), 0.74);
    }

    // A save while a copy is being written: the copy does not come back.
    void discardWaitsForTheWriteInFlight() {
        WorkspaceDocument document;
        RecoveryManager recovery(&document);
        document.setParameter(ParamId::LevP, 0.75);
        QVERIFY(recovery.writeInBackground());
        document.setParameter(ParamId::LevP, 0.76);
        QVERIFY(recovery.writeInBackground());  // queued: dropped by the discard
        recovery.discardRecovery();
        QVERIFY(!recovery.isWritePending());
        QCOMPARE(recovery.writeCount(), 1);
        QTest::qWait(50);  // a late delivery of the finished write changes nothing
        QVERIFY(!QFile::exists(recovery.recoveryFilePath()));
        QCOMPARE(recovery.writeCount(), 1);
    }

    void copyFollowsEditsAndNamesItsFile() {
        WorkspaceDocument document;
        document.reset(defaultWorkspace(), QStringLiteral("/somewhere/plans.leverboard"));
        RecoveryManager recovery(&document);
        recovery.setInterval(30);
        QTest::qWait(100);
        QVERIFY(!QFile::exists(recovery.recoveryFilePath()));  // a clean document has no copy

        // A burst of slider ticks is one write, not one per tick.
        const int drag = WorkspaceDocument::newDragSession();
        for (int i = 1; i <= 50; ++i) document.setParameter(ParamId::CapexWacc, 0.09 + i * 0.001, drag);
        QTRY_COMPARE(recovery.writeCount(), 1);
        const QString file = recovery.recoveryFilePath();
        auto onDisk = [&] { return *loadWorkspaceFile(QFile::encodeName(file).toStdString()).workspace; };
        QCOMPARE(onDisk().scenarios[0][ParamId::CapexWacc], 0.09 + 50 * 0.001);
        QCOMPARE(readAll(file.chopped(RecoveryManager::kRecoverySuffix.size()) + RecoveryManager::kOriginSuffix),
                 QStringLiteral("/somewhere/plans.leverboard"));

        document.setActiveIndex(3);
        document.setParameter(ParamId::LevTargetWork, 12);
        QTRY_COMPARE(recovery.writeCount(), 2);
        QCOMPARE(onDisk(), document.workspace());

        // Undo back to the saved state: nothing unsaved, no copy.
        document.undoStack()->setIndex(0);
        QVERIFY(!document.isModified());
        QVERIFY(!QFile::exists(file));
    }

    void saveRemovesTheCopy() {
        QTemporaryDir dir;
        WorkspaceDocument document;
        MainWindow window(&document);
        window.recoveryManager()->setInterval(20);
        document.setParameter(ParamId::LevSalary, 250000);
        QTRY_VERIFY(QFile::exists(window.recoveryManager()->recoveryFilePath()));
        QVERIFY(window.fileController()->saveTo(dir.filePath(QStringLiteral("saved.leverboard"))));
        QVERIFY(!QFile::exists(window.recoveryManager()->recoveryFilePath()));
        QTest::qWait(100);
        QVERIFY(!QFile::exists(window.recoveryManager()->recoveryFilePath()));  // and none comes back

        document.setParameter(ParamId::LevSalary, 260000);  // unsaved again: a new copy
        QTRY_VERIFY(QFile::exists(window.recoveryManager()->recoveryFilePath()));
        QVERIFY(window.fileController()->saveTo(dir.filePath(QStringLiteral("saved.leverboard"))));
        QVERIFY(!QFile::exists(window.recoveryManager()->recoveryFilePath()));
    }

    void cleanCloseRemovesTheCopy() {
        WorkspaceDocument document;
        auto window = std::make_unique<MainWindow>(&document);
        window->show();
        window->recoveryManager()->setInterval(20);
        document.setParameter(ParamId::LevSalary, 250000);
        const QString copy = window->recoveryManager()->recoveryFilePath();
        QTRY_VERIFY(QFile::exists(copy));

        MessageBox::setNextAnswer(QMessageBox::Cancel);  // closing, then thinking better of it
        QVERIFY(!window->close());
        QVERIFY(QFile::exists(copy));

        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window->close());
        QVERIFY(!QFile::exists(copy));
        window.reset();
        QVERIFY(recoveryEntries().isEmpty());  // the lock went with the session
    }

    void liveSessionsDoNotOfferEachOthersCopies() {
        WorkspaceDocument first;
        RecoveryManager firstRecovery(&first);
        firstRecovery.setInterval(10);
        first.setParameter(ParamId::LevP, 0.8);
        QTRY_VERIFY(QFile::exists(firstRecovery.recoveryFilePath()));

        WorkspaceDocument second;
        RecoveryManager secondRecovery(&second);
        QVERIFY(secondRecovery.orphanedRecoveryFiles().isEmpty());  // the first is still running
        QVERIFY(!secondRecovery.offerRestore(nullptr));
        QVERIFY(MessageBox::history().isEmpty());
        firstRecovery.discardRecovery();
    }

    void crashedSessionIsOfferedAndRestoredAsModified() {
        const QString origin = QDir::temp().filePath(QStringLiteral("plans-from-last-week.leverboard"));
        const QString copy = crashSession(origin);
        QVERIFY(QFile::exists(copy));

        WorkspaceDocument document;
        document.reset(FileController::bundledDefaultWorkspace(), QString());
        MainWindow window(&document);
        window.show();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        openInitialWorkspace(window, QString());

        QCOMPARE(MessageBox::history().size(), 1);
        const MessageBox::Shown offer = MessageBox::history().first();
        QCOMPARE(offer.icon, QMessageBox::Question);
        QVERIFY2(offer.text.contains(QDir::toNativeSeparators(origin)), qPrintable(offer.all()));
        QVERIFY(offer.text.contains(QStringLiteral("did not close normally")));

        QCOMPARE(document.workspace(), crashSessionEdits(defaultWorkspace()));
        QCOMPARE(document.filePath(), origin);
        QVERIFY(document.isModified());  // the file on disk does not have these changes
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("plans-from-last-week.leverboard[*]")));
        QCOMPARE(document.undoStack()->count(), 0);

        // The old copy is gone; this session's own copy replaces it at once.
        QVERIFY(!QFile::exists(copy));
        QVERIFY(QFile::exists(window.recoveryManager()->recoveryFilePath()));
        QVERIFY(window.recoveryManager()->orphanedRecoveryFiles().isEmpty());

        // Saving is the user's call: Save writes to the original file.
        QVERIFY(window.fileController()->save());
        QCOMPARE(*loadWorkspaceFile(QFile::encodeName(origin).toStdString()).workspace,
                 crashSessionEdits(defaultWorkspace()));
        QVERIFY(!document.isModified());
        QFile::remove(origin);
    }

    void restoreTakesPrecedenceOverAFileArgument() {
        const QString copy = crashSession(QStringLiteral("untitled"));
        QTemporaryDir dir;
        const QString argument = dir.filePath(QStringLiteral("argument.leverboard"));
        const QByteArray text = QByteArray::fromStdString(serializeWorkspace(defaultWorkspace()));
        QFile file(argument);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
        file.close();

        WorkspaceDocument document;
        MainWindow window(&document);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        openInitialWorkspace(window, argument);
        QVERIFY(document.filePath().isEmpty());  // an untitled workspace was restored
        QVERIFY(document.isModified());
        QCOMPARE(document.workspace(), crashSessionEdits(defaultWorkspace()));
        QVERIFY(window.statusBar()->currentMessage().contains(argument));  // says the file waits
        QVERIFY(!QFile::exists(copy));
    }

    void discardDeletesTheCopyAndIgnoreKeepsIt() {
        const QString copy = crashSession(QStringLiteral("untitled"));
        {
            WorkspaceDocument document;
            MainWindow window(&document);
            MessageBox::setNextAnswer(QMessageBox::Ignore);
            openInitialWorkspace(window, QString());
            QVERIFY(!document.isModified());
            QCOMPARE(document.workspace(), defaultWorkspace());
            QVERIFY(QFile::exists(copy));  // asked again next time
            MessageBox::setNextAnswer(QMessageBox::Discard);
            QVERIFY(!window.recoveryManager()->offerRestore(&window));
            QVERIFY(!QFile::exists(copy));
            QVERIFY(window.recoveryManager()->orphanedRecoveryFiles().isEmpty());
        }
        QCOMPARE(MessageBox::history().size(), 2);
    }

    void unreadableCopyIsKeptAsideWithAnError() {
        const QString copy = crashSession(QStringLiteral("untitled"));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"format\": \"leverboard-workspace\", ");  // cut off mid-write
        file.close();

        WorkspaceDocument document;
        MainWindow window(&document);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        openInitialWorkspace(window, QString());
        QCOMPARE(MessageBox::history().last().icon, QMessageBox::Critical);
        QVERIFY(MessageBox::history().last().all().contains(QStringLiteral("invalid JSON")));
        QCOMPARE(document.workspace(), defaultWorkspace());
        QVERIFY(!QFile::exists(copy));
        QVERIFY(QFile::exists(copy + QStringLiteral(".unreadable")));
        QVERIFY(window.recoveryManager()->orphanedRecoveryFiles().isEmpty());
    }

private:
    // Runs a session that edits and crashes; returns the copy it left.
    static QString crashSession(const QString& origin) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kCrashSessionVariable), origin);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(20000) || child.exitCode() != 0) {
            qWarning("crash session failed: exit %d, %s", child.exitCode(), child.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    }
};

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsSet(kCrashSessionVariable)) return runCrashingSession(argc, argv);
    QApplication app(argc, argv);
    useTestLocations();
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_recovery.moc"
