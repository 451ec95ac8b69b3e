// File handling through the GUI: save/open round trip, the dirty marker, the
// save-or-discard prompt, bad files, recent files, failing saves, drops.
// Dialogs are scripted through the MessageBox / FileDialog seams.

#include <QAction>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <sys/stat.h>

#include "GuiLauncher.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "scenario/WorkspaceJson.h"
#include "workspace/Dialogs.h"
#include "workspace/FileController.h"
#include "workspace/RecoveryManager.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

// Writes text to a file in the test directory and returns its path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray serialized(const Workspace& ws) {
    const std::string text = serializeWorkspace(ws);
    return QByteArray(text.data(), qsizetype(text.size()));
}

}  // namespace

class TestFileController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripThroughSaveAsAndOpen();
    void saveOnUntitledAsksForAName();
    void dirtyMarkerFollowsEditsSavesAndUndo();
    void closeCancelKeepsEverything();
    void closeDiscardCloses();
    void closeSaveThatFailsKeepsWindowOpen();
    void newCancelKeepsWorkspace();
    void newDiscardGivesDefaultWorkspace();
    void openAsksBeforeReplacingModifiedWorkspace();
    void badFileShowsErrorAndKeepsWorkspace_data();
    void badFileShowsErrorAndKeepsWorkspace();
    void oversizedFileIsRefused();
    void warningsAreShownAfterSuccessfulOpen();
    void recentFilesAreOrderedDeduplicatedTrimmedAndPruned();
    void recentMenuOpensFile();
    void saveToUnwritablePathKeepsDocumentModified();
    void droppedWorkspaceFileOpens();
    void fileMenuKeepsQuitLastWithStandardShortcuts();
    void titleNamesFileAndScenario();
    void fileOnTheCommandLineOpens();
    void badFileOnTheCommandLineKeepsTheDefaultWorkspace();
    void dropAsksBeforeReplacingUnsavedWork();
    void savingAgainWritesNoPreferences();

private:
    void makeWindow();
    Workspace editedWorkspace();

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<WorkspaceDocument> document_;
    std::unique_ptr<MainWindow> window_;
};

void TestFileController::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeverboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_file_controller"));
}

void TestFileController::init() {
    QSettings().clear();
    MessageBox::clearPendingAnswers();
    MessageBox::clearHistory();
    // Copies left by an earlier run that crashed would be offered at start-up.
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    makeWindow();
}

void TestFileController::cleanup() {
    // Nothing scripted may be left over: each answer belongs to a dialog the test expected.
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QVERIFY(!FileDialog::hasPendingFileName());
    if (window_) {
        window_->document()->markSaved();  // so closing asks nothing
        window_->close();
    }
    window_.reset();
    document_.reset();
    dir_.reset();
}

void TestFileController::makeWindow() {
    document_ = std::make_unique<WorkspaceDocument>();
    document_->reset(FileController::bundledDefaultWorkspace(), QString());
    window_ = std::make_unique<MainWindow>(document_.get());
}

// The default workspace with an edit in scenario 1 (made active) and one in scenario 0.
Workspace TestFileController::editedWorkspace() {
    document_->setParameter(ParamId::CostFrontierPrice, 12.5);
    document_->setActiveIndex(1);
    document_->setParameter(ParamId::CapexUtilization, 0.61);
    return document_->workspace();
}

void TestFileController::roundTripThroughSaveAsAndOpen() {
    const Workspace edited = editedWorkspace();
    QCOMPARE(edited.scenarios[0][ParamId::CostFrontierPrice], 12.5);
    QCOMPARE(edited.active, 1);

    // No extension given: Save As adds ".leverboard".
    FileDialog::setNextFileName(dir_->filePath(QStringLiteral("three scenarios")));
    window_->fileController()->saveAsAction()->trigger();
    const QString saved = dir_->filePath(QStringLiteral("three scenarios.leverboard"));
    QVERIFY(QFile::exists(saved));
    QCOMPARE(document_->filePath(), saved);
    QVERIFY(!document_->isModified());
    QVERIFY(MessageBox::history().isEmpty());

    // Start afresh, then open the saved file through the Open action.
    window_->fileController()->newAction()->trigger();
    QCOMPARE(document_->workspace(), FileController::bundledDefaultWorkspace());
    QVERIFY(document_->filePath().isEmpty());

    FileDialog::setNextFileName(saved);
    window_->fileController()->openAction()->trigger();
    QCOMPARE(document_->filePath(), saved);
    QVERIFY(!document_->isModified());
    QCOMPARE(document_->workspace(), edited);  // every scenario, the active one, the compare set
    QCOMPARE(document_->activeIndex(), 1);
    QVERIFY(document_->workspace() != defaultWorkspace());
    for (std::size_t i = 0; i < edited.scenarios.size(); ++i)
        QCOMPARE(evaluate(document_->workspace().scenarios[i]).kpis, evaluate(edited.scenarios[i]).kpis);
    QVERIFY(MessageBox::history().isEmpty());  // no error, no warnings
}

void TestFileController::saveOnUntitledAsksForAName() {
    document_->setParameter(ParamId::CostFrontierPrice, 11);
    const QString path = dir_->filePath(QStringLiteral("named.LEVERBOARD"));  // any case counts as the extension
    FileDialog::setNextFileName(path);
    window_->fileController()->saveAction()->trigger();
    QVERIFY(!FileDialog::hasPendingFileName());  // the Save As dialog was asked
    QCOMPARE(document_->filePath(), path);
    QVERIFY(QFile::exists(path));

    // A second Save writes to the same file without asking.
    document_->setParameter(ParamId::CostFrontierPrice, 13);
    window_->fileController()->saveAction()->trigger();
    const WorkspaceLoad load = loadWorkspaceFile(path.toStdString());
    QVERIFY(load.workspace);
    QCOMPARE(load.workspace->scenarios[0][ParamId::CostFrontierPrice], 13.0);
}

void TestFileController::dirtyMarkerFollowsEditsSavesAndUndo() {
    QVERIFY(!window_->isWindowModified());
    QVERIFY(window_->windowTitle().contains(QStringLiteral("[*]")));
    document_->setParameter(ParamId::LevP, 0.6);
    QVERIFY(window_->isWindowModified());

    QVERIFY(window_->fileController()->saveTo(dir_->filePath(QStringLiteral("a.leverboard"))));
    QVERIFY(!window_->isWindowModified());
    QVERIFY(window_->windowTitle().startsWith(QStringLiteral("a.leverboard")));

    document_->setParameter(ParamId::LevP, 0.7);
    QVERIFY(window_->isWindowModified());
    document_->undoStack()->undo();  // back to the saved state
    QVERIFY(!window_->isWindowModified());
    document_->undoStack()->undo();  // before the saved state: modified again
    QVERIFY(window_->isWindowModified());
    QCOMPARE(document_->activeScenario()[ParamId::LevP], spec(ParamId::LevP).defaultValue);
}

void TestFileController::closeCancelKeepsEverything() {
    window_->show();
    const Workspace edited = editedWorkspace();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window_->close());
    QCOMPARE(MessageBox::pendingAnswers(), 0);  // the prompt was shown
    QCOMPARE(MessageBox::history().size(), 1);
    QVERIFY(MessageBox::history().last().text.contains(QStringLiteral("unsaved changes")));
    QVERIFY(window_->isVisible());
    QVERIFY(document_->isModified());
    QCOMPARE(document_->workspace(), edited);
}

void TestFileController::closeDiscardCloses() {
    window_->show();
    editedWorkspace();
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window_->close());
    QVERIFY(!window_->isVisible());
    QCOMPARE(MessageBox::history().size(), 1);
}

void TestFileController::closeSaveThatFailsKeepsWindowOpen() {
    window_->show();
    const Workspace edited = editedWorkspace();
    MessageBox::setNextAnswer(QMessageBox::Save);  // the prompt: Save → Save As (untitled)
    FileDialog::setNextFileName(dir_->filePath(QStringLiteral("no/such/folder/x.leverboard")));
    MessageBox::setNextAnswer(QMessageBox::Ok);  // the save error
    QVERIFY(!window_->close());
    QCOMPARE(MessageBox::history().size(), 2);
    QVERIFY(MessageBox::history().last().text.contains(QStringLiteral("Could not save")));
    QVERIFY(window_->isVisible());
    QVERIFY(document_->isModified());
    QCOMPARE(document_->workspace(), edited);
}

void TestFileController::newCancelKeepsWorkspace() {
    const Workspace edited = editedWorkspace();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window_->fileController()->newAction()->trigger();
    QCOMPARE(MessageBox::history().size(), 1);
    QCOMPARE(document_->workspace(), edited);
    QVERIFY(document_->isModified());
    QCOMPARE(document_->undoStack()->count(), 2);  // history kept too
}

void TestFileController::newDiscardGivesDefaultWorkspace() {
    editedWorkspace();
    MessageBox::setNextAnswer(QMessageBox::Discard);
    window_->fileController()->newAction()->trigger();
    QCOMPARE(document_->workspace(), defaultWorkspace());
    QVERIFY(!document_->isModified());
    QVERIFY(!window_->isWindowModified());
    QVERIFY(document_->filePath().isEmpty());
}

void TestFileController::openAsksBeforeReplacingModifiedWorkspace() {
    Workspace other = defaultWorkspace();
    other.scenarios[0][ParamId::CostFrontierPrice] = 20;
    const QString path = writeFile(*dir_, QStringLiteral("other.leverboard"), serialized(other));

    const Workspace edited = editedWorkspace();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window_->fileController()->openFile(path));
    QCOMPARE(document_->workspace(), edited);

    // Save in the prompt: the current work goes to disk first, then the file opens.
    const QString current = dir_->filePath(QStringLiteral("current.leverboard"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    FileDialog::setNextFileName(current);
    QVERIFY(window_->fileController()->openFile(path));
    QCOMPARE(document_->workspace(), other);
    QCOMPARE(*loadWorkspaceFile(current.toStdString()).workspace, edited);
}

void TestFileController::badFileShowsErrorAndKeepsWorkspace_data() {
    QTest::addColumn<QByteArray>("content");  // empty: the file does not exist
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("expected");  // every piece must appear in the error dialog

    QByteArray valid = serialized(defaultWorkspace());

    // Invalid JSON: the line and column of the first bad character, counted here.
    QByteArray broken = valid;
    const qsizetype brace = broken.indexOf("\"parameters\": {");
    broken.insert(brace, "}}");  // an extra closing brace where a key belongs
    const QByteArray before = broken.left(brace);
    const int line = int(before.count('\n')) + 1;
    const int column = int(brace - before.lastIndexOf('\n'));
    QTest::newRow("invalid JSON") << broken << "broken.leverboard"
                                  << QStringList{QStringLiteral("line %1").arg(line),
                                                 QStringLiteral("column %1").arg(column)};

    QByteArray wrongType = valid;
    wrongType.replace("\"cost.frontier_price\": 10,", "\"cost.frontier_price\": \"ten\",");
    QVERIFY(wrongType != valid);
    QTest::newRow("wrong type") << wrongType << "wrong-type.leverboard"
                                << QStringList{QStringLiteral("/scenarios/0/parameters/cost.frontier_price"),
                                               QStringLiteral("number")};

    QByteArray newer = valid;
    newer.replace("\"schema_version\": 2,", "\"schema_version\": 3,");
    QVERIFY(newer != valid);
    QTest::newRow("newer schema") << newer << "newer.leverboard"
                                  << QStringList{QStringLiteral("newer"), QStringLiteral("3")};

    QTest::newRow("missing file") << QByteArray() << "missing.leverboard"
                                  << QStringList{QStringLiteral("missing.leverboard"),
                                                 QStringLiteral("No such file")};
}

void TestFileController::badFileShowsErrorAndKeepsWorkspace() {
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    QFETCH(QStringList, expected);

    const QString good = dir_->filePath(QStringLiteral("good.leverboard"));
    editedWorkspace();
    QVERIFY(window_->fileController()->saveTo(good));
    document_->setParameter(ParamId::LevP, 0.9);  // unsaved work on top
    const Workspace before = document_->workspace();

    const QString path = content.isEmpty() ? dir_->filePath(fileName) : writeFile(*dir_, fileName, content);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window_->fileController()->openAction()->trigger();

    QCOMPARE(MessageBox::history().size(), 1);  // the error only: no save prompt for a file we cannot open
    const MessageBox::Shown error = MessageBox::history().last();
    QCOMPARE(error.icon, QMessageBox::Critical);
    QVERIFY2(error.text.contains(fileName), qPrintable(error.all()));
    for (const QString& piece : expected) QVERIFY2(error.all().contains(piece), qPrintable(error.all()));
    QCOMPARE(document_->workspace(), before);
    QCOMPARE(document_->filePath(), good);
    QVERIFY(document_->isModified());
    QCOMPARE(window_->fileController()->recentFiles(), QStringList{good});
}

void TestFileController::oversizedFileIsRefused() {
    const Workspace before = editedWorkspace();
    // A valid workspace padded with whitespace past 20 MB: only the size is wrong.
    QByteArray big = serialized(defaultWorkspace());
    big.append(QByteArray(qsizetype(kMaxWorkspaceBytes) + 1 - big.size(), ' '));
    QCOMPARE(std::size_t(big.size()), kMaxWorkspaceBytes + 1);
    const QString path = writeFile(*dir_, QStringLiteral("huge.leverboard"), big);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window_->fileController()->openFile(path));
    const QString message = MessageBox::history().last().all();
    QVERIFY2(message.contains(QStringLiteral("too large")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("20 MB")), qPrintable(message));
    QCOMPARE(document_->workspace(), before);
    QVERIFY(document_->isModified());
}

void TestFileController::warningsAreShownAfterSuccessfulOpen() {
    QByteArray text = serialized(defaultWorkspace());
    text.replace("\"cost.frontier_price\": 10,", "\"cost.frontier_price\": 10,\n\"cost.no_such_thing\": 3,");
    text.replace("\"lev.p\": 0.5,", "\"lev.p\": 7,");  // far above any sensible range
    const QString path = writeFile(*dir_, QStringLiteral("odd.leverboard"), text);

    QVERIFY(window_->fileController()->openFile(path));  // no answer needed: the notice is not modal
    QCOMPARE(document_->filePath(), path);
    QCOMPARE(document_->activeScenario()[ParamId::LevP], spec(ParamId::LevP).max);
    QCOMPARE(MessageBox::history().size(), 1);
    const MessageBox::Shown notice = MessageBox::history().last();
    QCOMPARE(notice.icon, QMessageBox::Warning);
    QVERIFY2(notice.all().contains(QStringLiteral("cost.no_such_thing")), qPrintable(notice.all()));
    QVERIFY2(notice.all().contains(QStringLiteral("lev.p")), qPrintable(notice.all()));
    QVERIFY(window_->statusBar()->currentMessage().contains(QStringLiteral("warning")));
}

void TestFileController::recentFilesAreOrderedDeduplicatedTrimmedAndPruned() {
    // The pure list operation: front insertion, de-duplication by path, trimming.
    QStringList list;
    list = FileController::withRecentFile(list, QStringLiteral("/x/a.leverboard"));
    list = FileController::withRecentFile(list, QStringLiteral("/x/b.leverboard"));
    list = FileController::withRecentFile(list, QStringLiteral("/x/../x/a.leverboard"));
    QCOMPARE(list, (QStringList{QStringLiteral("/x/a.leverboard"), QStringLiteral("/x/b.leverboard")}));
    QCOMPARE(FileController::withRecentFile(list, QStringLiteral("/y/c.leverboard"), 2),
             (QStringList{QStringLiteral("/y/c.leverboard"), QStringLiteral("/x/a.leverboard")}));

    // Through real opens: 12 files, one reopened, one deleted.
    FileController* files = window_->fileController();
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        paths << writeFile(*dir_, QStringLiteral("w%1.leverboard").arg(i), serialized(defaultWorkspace()));
        QVERIFY(files->openFile(paths.last()));
    }
    QVERIFY(files->openFile(paths[5]));
    QStringList expected{paths[5], paths[11], paths[10], paths[9], paths[8],
                         paths[7], paths[6],  paths[4],  paths[3], paths[2]};
    QCOMPARE(files->recentFiles(), expected);
    QCOMPARE(prefs::recentFiles.get(), expected);

    QVERIFY(QFile::remove(paths[9]));
    expected.removeOne(paths[9]);
    QCOMPARE(files->recentFiles(), expected);
    QCOMPARE(prefs::recentFiles.get(), expected);  // pruned in the stored list too
}

void TestFileController::recentMenuOpensFile() {
    FileController* files = window_->fileController();
    const QString a = writeFile(*dir_, QStringLiteral("a.leverboard"), serialized(defaultWorkspace()));
    Workspace other = defaultWorkspace();
    other.active = 2;
    const QString b = writeFile(*dir_, QStringLiteral("b.leverboard"), serialized(other));
    QVERIFY(files->openFile(b));
    QVERIFY(files->openFile(a));

    emit files->recentMenu()->aboutToShow();
    QList<QAction*> entries;
    for (QAction* action : files->recentMenu()->actions())
        if (!action->data().toString().isEmpty()) entries << action;
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0]->data().toString(), a);
    QCOMPARE(entries[1]->data().toString(), b);
    QVERIFY(entries[1]->text().contains(QStringLiteral("b.leverboard")));

    entries[1]->trigger();
    QCOMPARE(document_->filePath(), b);
    QCOMPARE(document_->activeIndex(), 2);
    QCOMPARE(files->recentFiles().first(), b);
}

void TestFileController::saveToUnwritablePathKeepsDocumentModified() {
    const Workspace edited = editedWorkspace();
    const QString bad = dir_->filePath(QStringLiteral("missing-folder/out.leverboard"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window_->fileController()->saveTo(bad));
    const MessageBox::Shown error = MessageBox::history().last();
    QCOMPARE(error.icon, QMessageBox::Critical);
    QCOMPARE(error.text, QStringLiteral("Could not save “%1”: %2")
                             .arg(QDir::toNativeSeparators(bad), QString::fromLocal8Bit(std::strerror(ENOENT))));
    QVERIFY2(error.all().contains(QStringLiteral("still open")), qPrintable(error.all()));
    QVERIFY(!QFile::exists(bad));
    QVERIFY(document_->isModified());
    QVERIFY(window_->isWindowModified());
    QVERIFY(document_->filePath().isEmpty());
    QCOMPARE(document_->workspace(), edited);

    // Nothing lost: Save As to a good place still saves the edits.
    const QString good = dir_->filePath(QStringLiteral("good.leverboard"));
    FileDialog::setNextFileName(good);
    QVERIFY(window_->fileController()->saveAs());
    QVERIFY(!document_->isModified());
    QCOMPARE(*loadWorkspaceFile(good.toStdString()).workspace, edited);
}

void TestFileController::droppedWorkspaceFileOpens() {
    Workspace other = defaultWorkspace();
    other.scenarios[3][ParamId::LevComputePerPerson] = 40;
    const QString path = writeFile(*dir_, QStringLiteral("dropped.leverboard"), serialized(other));

    QMimeData notAWorkspace;
    notAWorkspace.setUrls({QUrl::fromLocalFile(dir_->filePath(QStringLiteral("notes.txt")))});
    QCOMPARE(FileController::workspaceFileIn(&notAWorkspace), QString());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &drop);
    QTRY_COMPARE(document_->filePath(), path);  // opened after the drop returns
    QCOMPARE(document_->workspace(), other);
}

void TestFileController::fileMenuKeepsQuitLastWithStandardShortcuts() {
    FileController* files = window_->fileController();
    QCOMPARE(files->newAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(files->openAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(files->saveAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
    // Ctrl+Shift+S on every platform, plus whatever else the platform uses.
    QCOMPARE(files->saveAsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::SaveAs))
        QVERIFY(files->saveAsAction()->shortcuts().contains(key));

    // New, Open…, Open Recent ▸ | Save, Save As… | (Export ▸ …) | Quit.
    const QList<QAction*> actions = window_->fileMenu()->actions();
    QVERIFY(actions.size() >= 8);
    QCOMPARE(actions[0], files->newAction());
    QCOMPARE(actions[1], files->openAction());
    QCOMPARE(actions[2], files->recentMenu()->menuAction());
    QVERIFY(actions[3]->isSeparator());
    QCOMPARE(actions[4], files->saveAction());
    QCOMPARE(actions[5], files->saveAsAction());
    QVERIFY(actions[6]->isSeparator());
    QVERIFY(actions[actions.size() - 2]->isSeparator());
    for (int i = 7; i < actions.size() - 2; ++i)  // what others add (Export ▸) sits in between
        QVERIFY2(actions[i]->menu() || actions[i]->isSeparator(), qPrintable(actions[i]->text()));
    QAction* quit = actions.last();
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(quit->menuRole(), QAction::QuitRole);
    QVERIFY(quit->text().contains(QStringLiteral("Quit")));

    // Open Recent lists the files and ends with Clear.
    const QString a = writeFile(*dir_, QStringLiteral("a.leverboard"), serialized(defaultWorkspace()));
    QVERIFY(files->openFile(a));
    emit files->recentMenu()->aboutToShow();
    const QList<QAction*> recent = files->recentMenu()->actions();
    QCOMPARE(recent.first()->data().toString(), a);
    QVERIFY(recent.last()->text().contains(QStringLiteral("Clear")));
    recent.last()->trigger();
    QVERIFY(files->recentFiles().isEmpty());
    emit files->recentMenu()->aboutToShow();
    QCOMPARE(files->recentMenu()->actions().size(), 1);
    QVERIFY(!files->recentMenu()->actions().first()->isEnabled());  // "No Recent Files"

    // Quit asks about unsaved work like closing the window does.
    window_->show();
    document_->setParameter(ParamId::LevP, 0.6);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    quit->trigger();
    QVERIFY(window_->isVisible());
    QVERIFY(MessageBox::history().last().text.contains(QStringLiteral("unsaved changes")));
}

void TestFileController::titleNamesFileAndScenario() {
    QCOMPARE(window_->windowTitle(), QStringLiteral("Untitled[*] — Base — Leverboard"));
    document_->setActiveIndex(2);
    QCOMPARE(window_->windowTitle(), QStringLiteral("Untitled[*] — Bull: the floor, not the ceiling — Leverboard"));
    QVERIFY(window_->fileController()->saveTo(dir_->filePath(QStringLiteral("plans.leverboard"))));
    QCOMPARE(window_->windowTitle(),
             QStringLiteral("plans.leverboard[*] — Bull: the floor, not the ceiling — Leverboard"));
    QVERIFY(!window_->isWindowModified());
    document_->setParameter(ParamId::LevP, 0.6);
    QVERIFY(window_->isWindowModified());  // the [*] shows as "*"
}

void TestFileController::fileOnTheCommandLineOpens() {
    Workspace other = defaultWorkspace();
    other.scenarios[1][ParamId::CapexGpus] = 250000;
    other.active = 1;
    const QString path = writeFile(*dir_, QStringLiteral("argument.leverboard"), serialized(other));
    openInitialWorkspace(*window_, path);
    QCOMPARE(document_->workspace(), other);
    QCOMPARE(document_->filePath(), path);
    QVERIFY(!document_->isModified());
    QVERIFY(window_->windowTitle().startsWith(QStringLiteral("argument.leverboard")));
    QVERIFY(MessageBox::history().isEmpty());
    QCOMPARE(window_->fileController()->recentFiles().first(), path);
}

void TestFileController::badFileOnTheCommandLineKeepsTheDefaultWorkspace() {
    QByteArray wrongType = serialized(defaultWorkspace());
    wrongType.replace("\"capex.gpus\": 100000,", "\"capex.gpus\": [100000],");
    const QString path = writeFile(*dir_, QStringLiteral("bad-argument.leverboard"), wrongType);
    const std::string coreMessage = loadWorkspaceFile(path.toStdString()).error;
    QVERIFY(!coreMessage.empty());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    openInitialWorkspace(*window_, path);
    QCOMPARE(MessageBox::history().size(), 1);
    const MessageBox::Shown error = MessageBox::history().last();
    QCOMPARE(error.icon, QMessageBox::Critical);
    QVERIFY2(error.all().contains(QString::fromStdString(coreMessage)), qPrintable(error.all()));
    QVERIFY(error.all().contains(QStringLiteral("/scenarios/0/parameters/capex.gpus")));
    QCOMPARE(document_->workspace(), FileController::bundledDefaultWorkspace());
    QVERIFY(document_->filePath().isEmpty());
    QVERIFY(!document_->isModified());
}

void TestFileController::dropAsksBeforeReplacingUnsavedWork() {
    const QString path = writeFile(*dir_, QStringLiteral("dropped.leverboard"), serialized(defaultWorkspace()));
    const Workspace edited = editedWorkspace();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &drop);
    QTRY_COMPARE(MessageBox::pendingAnswers(), 0);  // asked after the drop returned
    QCOMPARE(MessageBox::history().size(), 1);
    QVERIFY(MessageBox::history().last().text.contains(QStringLiteral("unsaved changes")));
    QCOMPARE(document_->workspace(), edited);
    QVERIFY(document_->filePath().isEmpty());

    // A bad file dropped: the error, and nothing changes.
    const QString bad = writeFile(*dir_, QStringLiteral("bad.leverboard"), "{\"format\": ");
    mime.setUrls({QUrl::fromLocalFile(bad)});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QDragEnterEvent badEnter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &badEnter);
    QDropEvent badDrop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window_.get(), &badDrop);
    QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(MessageBox::history().last().icon, QMessageBox::Critical);
    QVERIFY(MessageBox::history().last().all().contains(QStringLiteral("invalid JSON at line 1")));
    QCOMPARE(document_->workspace(), edited);
}

void TestFileController::savingAgainWritesNoPreferences() {
    // Each settings write syncs a file to disk (the time is in bench_save):
    // saving the same file again must leave the preferences alone. QSettings
    // replaces its file whole (a new inode) whenever it writes.
    const QString settings = QSettings().fileName();
    auto identity = [&settings] {
        struct stat info {};
        return ::stat(QFile::encodeName(settings).constData(), &info) == 0 ? info.st_ino : ino_t(0);
    };
    const QString path = dir_->filePath(QStringLiteral("again.leverboard"));
    document_->setParameter(ParamId::LevP, 0.51);
    QVERIFY(window_->fileController()->saveTo(path));  // the first save: recent files, last folder
    const ino_t afterFirstSave = identity();
    QVERIFY(afterFirstSave != 0);
    for (int i = 0; i < 5; ++i) {
        document_->setParameter(ParamId::LevP, 0.52 + 0.01 * i);
        QVERIFY(window_->fileController()->saveTo(path));
    }
    QCOMPARE(identity(), afterFirstSave);
    QCOMPARE(QFileInfo(path).size(), qint64(serializeWorkspace(document_->workspace()).size()));

    // The probe does see writes: another file changes the recent list.
    QVERIFY(window_->fileController()->saveTo(dir_->filePath(QStringLiteral("other.leverboard"))));
    QVERIFY(identity() != afterFirstSave);
}

QTEST_MAIN(TestFileController)
#include "test_file_controller.moc"
