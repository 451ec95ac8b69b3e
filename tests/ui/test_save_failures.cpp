// Saves and exports into a read-only folder fail cleanly: the error names the
// file and the OS cause ("Permission denied"), the document stays modified,
// the original file and the recovery copy are intact, nothing is left over.
//
// File permissions do not stop root, so this test must run as an ordinary
// user: CTest starts it through tests/tools/run-unprivileged.sh, which drops
// to nobody when CTest runs as root. As root it fails rather than skips.
// The full disk and the failed rename are in test_save_failures_root.cpp.

#include <QTemporaryDir>
#include <QtTest>
#include <cerrno>
#include <unistd.h>

#include "SaveFailureFixture.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace leverboard::ui::testing;

class TestSaveFailures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestLocations("test_save_failures");
        if (::geteuid() == 0)
            QFAIL("running as root, where folder permissions stop nothing: "
                  "run it through tests/tools/run-unprivileged.sh (as CTest does)");
    }
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        folder_ = dir_->filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder_));
        fixture_.setUp();
    }
    void cleanup() {
        QFile::setPermissions(folder_, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        fixture_.tearDown();
        dir_.reset();
    }

    // The file itself is writable; its folder is not, so QSaveFile cannot
    // create the temporary it writes before renaming it over the file.
    void saveIntoReadOnlyFolder() {
        const QString path = QDir(folder_).filePath(QStringLiteral("plans.leverboard"));
        fixture_.saveThenEdit(path);
        if (QTest::currentTestFailed()) return;
        makeReadOnly();
        QVERIFY(QFileInfo(path).isWritable());

        MessageBox::setNextAnswer(QMessageBox::Ok);
        fixture_.window_->fileController()->saveAction()->trigger();
        fixture_.verifyFailedSave(path, osText(EACCES), {QStringLiteral("plans.leverboard")});
        if (QTest::currentTestFailed()) return;

        // Nothing lost: Save As… to a writable folder saves the edits.
        const QString elsewhere = dir_->filePath(QStringLiteral("elsewhere.leverboard"));
        FileDialog::setNextFileName(elsewhere);
        QVERIFY(fixture_.window_->fileController()->saveAs());
        QVERIFY(!fixture_.document_->isModified());
        QCOMPARE(*loadWorkspaceFile(QFile::encodeName(elsewhere).toStdString()).workspace, fixture_.edited_);
        QVERIFY(!QFile::exists(fixture_.window_->recoveryManager()->recoveryFilePath()));  // saved: copy gone
    }

    // A new file in a read-only folder (Save As…): the same error, no file.
    void saveAsIntoReadOnlyFolder() {
        fixture_.saveThenEdit(dir_->filePath(QStringLiteral("plans.leverboard")));
        if (QTest::currentTestFailed()) return;
        makeReadOnly();
        const QString path = QDir(folder_).filePath(QStringLiteral("copy.leverboard"));
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!fixture_.window_->fileController()->saveAs());
        QCOMPARE(MessageBox::history().size(), 1);
        QCOMPARE(MessageBox::history().last().text,
                 QStringLiteral("Could not save “%1”: %2").arg(QDir::toNativeSeparators(path), osText(EACCES)));
        QCOMPARE(fixture_.document_->filePath(), dir_->filePath(QStringLiteral("plans.leverboard")));
        QVERIFY(fixture_.document_->isModified());
        QCOMPARE(readBytes(fixture_.window_->recoveryManager()->recoveryFilePath()), fixture_.recovery_);
        QCOMPARE(folderEntries(folder_), QStringList());
    }

    void exportChartIntoReadOnlyFolder_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("PNG") << int(ExportActions::ChartFormat::Png) << "chart.png";
        QTest::newRow("SVG") << int(ExportActions::ChartFormat::Svg) << "chart.svg";
        QTest::newRow("PDF") << int(ExportActions::ChartFormat::Pdf) << "chart.pdf";
    }
    void exportChartIntoReadOnlyFolder() {
        QFETCH(int, format);
        QFETCH(QString, fileName);
        makeReadOnly();
        const QString path = QDir(folder_).filePath(fileName);
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!fixture_.exportActions()->saveChart(fixture_.firstChart(), ExportActions::ChartFormat(format)));
        SaveFailureFixture::verifyExportError(path, osText(EACCES));
        QCOMPARE(folderEntries(folder_), QStringList());
    }

    void exportCsvIntoReadOnlyFolder() {
        makeReadOnly();
        FileDialog::setNextFileName(folder_);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!fixture_.exportActions()->exportCsv());
        SaveFailureFixture::verifyExportError(QDir(folder_).filePath(QStringLiteral("cost.csv")), osText(EACCES));
        QCOMPARE(folderEntries(folder_), QStringList());
    }

    void exportPageChartsIntoReadOnlyFolder() {
        makeReadOnly();
        FileDialog::setNextFileName(folder_);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!fixture_.exportActions()->exportPageCharts());
        const QString first = chart_export::pageChartFileNames(fixture_.window_->currentPage()).constFirst();
        SaveFailureFixture::verifyExportError(QDir(folder_).filePath(first), osText(EACCES));
        QCOMPARE(folderEntries(folder_), QStringList());
    }

    void exportReportIntoReadOnlyFolder() {
        makeReadOnly();
        const QString path = QDir(folder_).filePath(QStringLiteral("report.pdf"));
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!fixture_.exportActions()->exportReport());
        SaveFailureFixture::verifyExportError(path, osText(EACCES));
        QCOMPARE(folderEntries(folder_), QStringList());
    }

private:
    void makeReadOnly() {
        QVERIFY(QFile::setPermissions(folder_, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                   QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    }

    std::unique_ptr<QTemporaryDir> dir_;
    QString folder_;
    SaveFailureFixture fixture_;
};

QTEST_MAIN(TestSaveFailures)
#include "test_save_failures.moc"
