// Saves and exports that fail for want of space or at the rename fail
// cleanly: the error names the file and the OS cause, the document stays
// modified, the original file and the recovery copy are intact byte for
// byte, and no temporary is left.
//
// Both failures are real, and need root to set up: CTest starts this test
// through tests/tools/run-as-root.sh (as root, or in a user namespace where
// it is root). Without root it fails rather than skips.
//  - Disk full: a small tmpfs mounted by the test and filled to the last page.
//  - Failed rename: the workspace file is a bind mount (as a container mounts
//    a single file). QSaveFile writes its temporary beside it, then rename()
//    over a mount point fails with EBUSY.
// The read-only folder (an unprivileged user) is in test_save_failures.cpp.

#include <QTemporaryDir>
#include <QtTest>
#include <cerrno>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

#include "SaveFailureFixture.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace leverboard::ui::testing;

namespace {

constexpr const char* kFiller = "filler";

qint64 pageSize() { return qint64(::sysconf(_SC_PAGESIZE)); }
qint64 pagesFor(qint64 bytes) { return (bytes + pageSize() - 1) / pageSize(); }

}  // namespace

class TestSaveFailuresRoot : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        useTestLocations("test_save_failures_root");
        if (::geteuid() != 0)
            QFAIL("needs root to mount a tmpfs and bind-mount a file: "
                  "run it through tests/tools/run-as-root.sh (as CTest does)");
    }
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        disk_ = dir_->filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk_));
        QVERIFY2(::mount("tmpfs", QFile::encodeName(disk_).constData(), "tmpfs", 0, "size=512k,mode=0755") == 0,
                 std::strerror(errno));
        mounted_ << disk_;
        fixture_.setUp();
    }
    void cleanup() {
        fixture_.tearDown();
        while (!mounted_.isEmpty()) ::umount2(QFile::encodeName(mounted_.takeLast()).constData(), MNT_DETACH);
        dir_.reset();
    }

    // The save's bytes meet a disk with no page free, or with one page free
    // for a file that needs more (the write is cut short).
    void saveOnFullDisk_data() {
        QTest::addColumn<qint64>("freePages");
        QTest::newRow("no room") << qint64(0);
        QTest::newRow("room for part") << qint64(1);
    }
    void saveOnFullDisk() {
        QFETCH(qint64, freePages);
        const QString path = QDir(disk_).filePath(QStringLiteral("plans.leverboard"));
        fixture_.saveThenEdit(path);
        if (QTest::currentTestFailed()) return;
        QVERIFY(pagesFor(fixture_.recovery_.size()) > freePages);  // the save cannot fit
        fillDisk(freePages);
        if (QTest::currentTestFailed()) return;

        MessageBox::setNextAnswer(QMessageBox::Ok);
        fixture_.window_->fileController()->saveAction()->trigger();
        fixture_.verifyFailedSave(path, osText(ENOSPC), {QString::fromLatin1(kFiller), QStringLiteral("plans.leverboard")});
        if (QTest::currentTestFailed()) return;

        // Space again: the same Save succeeds and the recovery copy goes.
        QVERIFY(QFile::remove(QDir(disk_).filePath(QString::fromLatin1(kFiller))));
        MessageBox::clearHistory();
        QVERIFY(fixture_.window_->fileController()->save());
        QCOMPARE(*loadWorkspaceFile(QFile::encodeName(path).toStdString()).workspace, fixture_.edited_);
        QVERIFY(!QFile::exists(fixture_.window_->recoveryManager()->recoveryFilePath()));
    }

    // The file is a mount point: creating and writing the temporary works,
    // the rename over the file fails (EBUSY). What the path shows is intact.
    void saveOverBindMountedFile() {
        const QString path = QDir(disk_).filePath(QStringLiteral("plans.leverboard"));
        fixture_.saveThenEdit(path);
        if (QTest::currentTestFailed()) return;
        bindOnto(path);
        if (QTest::currentTestFailed()) return;

        MessageBox::setNextAnswer(QMessageBox::Ok);
        fixture_.window_->fileController()->saveAction()->trigger();
        fixture_.verifyFailedSave(path, osText(EBUSY), {QStringLiteral("plans.leverboard")});
    }

    void exportChartOnFullDisk_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<qint64>("freePages");
        QTest::newRow("PNG, no room") << int(ExportActions::ChartFormat::Png) << "chart.png" << qint64(0);
        QTest::newRow("PNG, room for part") << int(ExportActions::ChartFormat::Png) << "chart.png" << qint64(2);
        QTest::newRow("SVG, no room") << int(ExportActions::ChartFormat::Svg) << "chart.svg" << qint64(0);
        QTest::newRow("SVG, room for part") << int(ExportActions::ChartFormat::Svg) << "chart.svg" << qint64(1);
        QTest::newRow("PDF, no room") << int(ExportActions::ChartFormat::Pdf) << "chart.pdf" << qint64(0);
        QTest::newRow("PDF, room for part") << int(ExportActions::ChartFormat::Pdf) << "chart.pdf" << qint64(1);
    }
    void exportChartOnFullDisk() {
        QFETCH(int, format);
        QFETCH(QString, fileName);
        QFETCH(qint64, freePages);
        fillDisk(freePages);
        if (QTest::currentTestFailed()) return;
        const QString path = QDir(disk_).filePath(fileName);
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!fixture_.exportActions()->saveChart(fixture_.firstChart(), ExportActions::ChartFormat(format)));
        SaveFailureFixture::verifyExportError(path, osText(ENOSPC));
        QCOMPARE(folderEntries(disk_), QStringList{QString::fromLatin1(kFiller)});
    }

    // Room for cost.csv but not for the rest: the error, and cost.csv removed
    // again (a folder with some of the files looks complete and is not).
    void exportCsvOnFullDisk() {
        const qint64 costBytes =
            chart_export::modelCsv(fixture_.window_->scheduler()->views(), ModelGroup::Cost).toUtf8().size();
        QVERIFY(costBytes > 0);
        fillDisk(pagesFor(costBytes));
        if (QTest::currentTestFailed()) return;
        FileDialog::setNextFileName(disk_);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!fixture_.exportActions()->exportCsv());
        const QString second = QDir(disk_).filePath(chart_export::modelCsvFileNames().at(1));
        SaveFailureFixture::verifyExportError(second, osText(ENOSPC));
        QVERIFY2(MessageBox::history().last().all().contains(QStringLiteral("were removed")),
                 qPrintable(MessageBox::history().last().all()));
        QCOMPARE(folderEntries(disk_), QStringList{QString::fromLatin1(kFiller)});
    }

    void exportReportOnFullDisk() {
        fillDisk(1);
        if (QTest::currentTestFailed()) return;
        const QString path = QDir(disk_).filePath(QStringLiteral("report.pdf"));
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!fixture_.exportActions()->exportReport());
        SaveFailureFixture::verifyExportError(path, osText(ENOSPC));
        QCOMPARE(folderEntries(disk_), QStringList{QString::fromLatin1(kFiller)});
    }

    // Replacing a bind-mounted chart file: the rename fails, the old chart stays.
    void exportChartOverBindMountedFile() {
        const QString path = QDir(disk_).filePath(QStringLiteral("chart.png"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QCOMPARE(old.write("the old chart"), qint64(13));
        old.close();
        bindOnto(path);
        if (QTest::currentTestFailed()) return;
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!fixture_.exportActions()->saveChart(fixture_.firstChart(), ExportActions::ChartFormat::Png));
        SaveFailureFixture::verifyExportError(path, osText(EBUSY));
        QCOMPARE(readBytes(path), QByteArray("the old chart"));
        QCOMPARE(folderEntries(disk_), QStringList{QStringLiteral("chart.png")});
    }

private:
    // Fills the tmpfs until a write fails with ENOSPC, then frees `freePages`.
    void fillDisk(qint64 freePages) {
        const QByteArray filler = QFile::encodeName(QDir(disk_).filePath(QString::fromLatin1(kFiller)));
        const int fd = ::open(filler.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY2(fd >= 0, std::strerror(errno));
        const QByteArray page(pageSize(), 'f');
        qint64 size = 0;
        int lastError = 0;
        for (;;) {
            const ssize_t n = ::write(fd, page.constData(), std::size_t(page.size()));
            if (n <= 0) {
                lastError = errno;
                break;
            }
            size += n;
        }
        const bool truncated = ::ftruncate(fd, size - freePages * pageSize()) == 0;
        ::close(fd);
        QCOMPARE(lastError, ENOSPC);
        QVERIFY(truncated);
    }

    // Makes `path` a mount point showing a copy of itself (kept outside the tmpfs).
    void bindOnto(const QString& path) {
        const QString source = dir_->filePath(QFileInfo(path).fileName() + QStringLiteral(".source"));
        QVERIFY(QFile::copy(path, source));
        QVERIFY2(::mount(QFile::encodeName(source).constData(), QFile::encodeName(path).constData(), nullptr, MS_BIND,
                         nullptr) == 0,
                 std::strerror(errno));
        mounted_ << path;
    }

    std::unique_ptr<QTemporaryDir> dir_;
    QString disk_;
    QStringList mounted_;
    SaveFailureFixture fixture_;
};

QTEST_MAIN(TestSaveFailuresRoot)
#include "test_save_failures_root.moc"
