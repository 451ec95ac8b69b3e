// Exports: chart files (PNG at 2× pixels, SVG, PDF), the clipboard, the CSV
// per model, and the GUI commands that reach them (chart context menu, File ▸
// Export) driven through the dialog seams, errors included: CSV the same in
// every locale, and a full disk named with its cause, leaving nothing behind.

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <clocale>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

#include "MainWindow.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
#include "present/ExportActions.h"
#include "present/ExportFiles.h"
#include "present/PageCharts.h"
#include "present/Report.h"
#include "workspace/Dialogs.h"
#include "workspace/RecoveryManager.h"
#include "../app/FullDisk.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Page objects of a PDF: "/Type /Page", not the "/Type /Pages" tree node.
int pdfPageCount(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return int(QString::fromLatin1(pdf).count(page));
}

QStringList csvLines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

// The rows MODEL.md promises: months 0 … H (H = 12 × horizon_years) for the
// monthly models, years 1 … Y for capex.
int monthRows(double horizonYears) { return int(std::lround(12 * horizonYears)) + 1; }
int yearRows(double horizonYears) { return std::max(1, int(std::lround(horizonYears))); }

QStringList expectedHeader(ModelGroup group, const Scenario& scenario) {
    switch (group) {
    case ModelGroup::Cost: {
        QStringList columns{"month", "price", "frontier_index", "hardware_index"};
        for (const Application& app : scenario.applications)
            columns << QStringLiteral("cost_per_task.") + QString::fromStdString(app.id);
        return columns;
    }
    case ModelGroup::Leverage:
        return {"month", "frontier_index", "optimal_headcount", "optimal_compute", "optimal_cost_per_quarter"};
    case ModelGroup::HalfLife:
        return {"month", "demand", "retained", "premium", "cumulative_inference", "cumulative_pretrain",
                "replication_cost"};
    case ModelGroup::Capex:
        return {"year", "price", "revenue", "energy", "opex", "sbc", "depreciation_book", "depreciation_economic",
                "ebit_book", "ebit_economic", "tax", "nopat_book", "nopat_economic", "invested_book",
                "invested_economic", "roic_book", "roic_economic", "cash_flow", "cumulative_cash_flow"};
    default: break;  // the static models (cluster, power, chips): not over time
    }
    return {};
}

// The models over time (months or years), whose rows follow the horizon.
const ModelGroup kModels[] = {ModelGroup::Cost, ModelGroup::Leverage, ModelGroup::HalfLife, ModelGroup::Capex};

// One CSV per model of the registry, in its order: <id>.csv.
QStringList everyModelCsv(const QDir& dir) {
    QStringList paths;
    for (const char* id : {"cost", "leverage", "half_life", "capex", "cluster", "power", "chips"})
        paths << dir.filePath(QLatin1String(id) + QStringLiteral(".csv"));
    return paths;
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pngHasTwiceTheLogicalPixels();
    void svgIsXmlWithAnSvgRootAndDrawing();
    void pdfIsOnePageOfTheChartsSize();
    void clipboardGetsTheTwoTimesImage();
    void csvHeadersAndRowsFollowTheHorizon();
    void compareCsvLeadsWithTheScenario();

    void compareCsvKeepsColumnsAlignedWhenApplicationsDiffer();
    void chartContextMenuOffersEveryFormat();
    void saveChartFromTheMenuWritesTheChosenFile();
    void saveChartErrorNamesTheFile();
    void exportMenuSitsAboveQuit();
    void pageChartsExportWritesOnePngPerChart();
    void csvExportAsksBeforeReplacing();
    void reportExportWritesAPdf();
    void cancelledDialogWritesNothing();

    void csvIsTheSameUnderAGermanLocale();
    void exportsIntoAFullDiskNameTheFileAndLeaveNothing();

private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<WorkspaceDocument> document_;
    std::unique_ptr<MainWindow> window_;
    ExportActions* actions() const { return window_->findChild<ExportActions*>(); }
    Chart* firstChartOf(int pageIndex) const { return pageCharts(window_->pages().at(pageIndex)).at(0); }
};

void TestExport::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeverboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_export"));
}

void TestExport::init() {
    QSettings().clear();
    MessageBox::clearPendingAnswers();
    MessageBox::clearHistory();
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    document_ = std::make_unique<WorkspaceDocument>();
    document_->reset(defaultWorkspace(), QString());
    window_ = std::make_unique<MainWindow>(document_.get());
    window_->resize(1366, 768);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->scheduler()->evaluateNow();
    QVERIFY(actions());
}

void TestExport::cleanup() {
    QVERIFY2(!FileDialog::hasPendingFileName(), "a scripted file name was not used");
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    window_->recoveryManager()->discardRecovery();
    window_.reset();
    document_.reset();
    dir_.reset();
}

// ---- Files -----------------------------------------------------------------

void TestExport::pngHasTwiceTheLogicalPixels() {
    int checked = 0;
    for (ModelPage* page : window_->pages()) {
        for (Chart* chart : pageCharts(page)) {
            const QSize logical(640 + checked, 400);
            const QString path = dir_->filePath(QStringLiteral("chart-%1.png").arg(checked));
            QString error;
            QVERIFY2(chart_export::writePng(chart, logical, path, &error), qPrintable(error));
            QImageReader reader(path);
            QCOMPARE(reader.format(), QByteArray("png"));
            const QImage image = reader.read();
            QCOMPARE(image.size(), QSize(2 * logical.width(), 2 * logical.height()));
            // Not a blank canvas: a chart has lines, labels and a background.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 3, qPrintable(chart->title()));
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
}

void TestExport::svgIsXmlWithAnSvgRootAndDrawing() {
    Chart* const chart = firstChartOf(1);  // Cost: Price path
    const QString path = dir_->filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(chart_export::writeSvg(chart, QSize(800, 500), path, &error), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 1000);

    QXmlStreamReader xml(bytes);
    QString root;
    int drawn = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (root.isEmpty()) root = xml.name().toString();
        if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline") ||
            xml.name() == QLatin1String("text"))
            ++drawn;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY2(drawn > 10, qPrintable(QString::number(drawn)));
    QVERIFY(bytes.contains(chart->title().toUtf8()));
}

void TestExport::pdfIsOnePageOfTheChartsSize() {
    Chart* const chart = firstChartOf(4);  // Capex
    const QString path = dir_->filePath(QStringLiteral("chart.pdf"));
    QString error;
    QVERIFY2(chart_export::writePdf(chart, QSize(960, 600), path, &error), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
    QCOMPARE(pdfPageCount(bytes), 1);
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

void TestExport::clipboardGetsTheTwoTimesImage() {
    Chart* const chart = firstChartOf(2);
    chart_export::copyToClipboard(chart, QSize(500, 300));
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(1000, 600));
}

void TestExport::csvHeadersAndRowsFollowTheHorizon() {
    for (double years : {5.0, 2.0, 7.0}) {
        document_->setParameter(ParamId::HorizonYears, years);
        window_->scheduler()->evaluateNow();
        const auto& views = window_->scheduler()->views();
        QCOMPARE(views.size(), std::size_t(1));
        for (ModelGroup group : kModels) {
            const QStringList lines = csvLines(chart_export::modelCsv(views, group));
            QCOMPARE(lines.value(0).split(QLatin1Char(',')), expectedHeader(group, document_->activeScenario()));
            const int rows = group == ModelGroup::Capex ? yearRows(years) : monthRows(years);
            QCOMPARE(lines.size() - 1, rows);
            // First and last period: month 0 … H, year 1 … Y.
            const QString first = lines.value(1).section(QLatin1Char(','), 0, 0);
            const QString last = lines.last().section(QLatin1Char(','), 0, 0);
            QCOMPARE(first.toDouble(), group == ModelGroup::Capex ? 1.0 : 0.0);
            QCOMPARE(last.toDouble(), double(group == ModelGroup::Capex ? yearRows(years) : monthRows(years) - 1));
        }
    }

    QStringList written;
    QString error;
    QVERIFY2(chart_export::writeModelCsvs(window_->scheduler()->views(), dir_->path(), &written, &error),
             qPrintable(error));
    QCOMPARE(written, everyModelCsv(QDir(dir_->path())));
    QCOMPARE(csvLines(QString::fromUtf8(readAll(dir_->filePath("capex.csv")))).size(), 1 + yearRows(7));
}

void TestExport::compareCsvLeadsWithTheScenario() {
    document_->setCompareEnabled(true);
    window_->scheduler()->evaluateNow();
    const auto& views = window_->scheduler()->views();
    QCOMPARE(views.size(), std::size_t(3));  // Base, Bear, Bull
    const double years = document_->activeScenario()[ParamId::HorizonYears];
    for (ModelGroup group : kModels) {
        const QStringList lines = csvLines(chart_export::modelCsv(views, group));
        QCOMPARE(lines.value(0).split(QLatin1Char(',')),
                 QStringList{"scenario"} + expectedHeader(group, document_->activeScenario()));
        const int perScenario = group == ModelGroup::Capex ? yearRows(years) : monthRows(years);
        QCOMPARE(lines.size() - 1, 3 * perScenario);
        for (int s = 0; s < 3; ++s) {
            // RFC 4180: a name with a comma ("Bull: the floor, not the ceiling") is quoted.
            QString field = views[std::size_t(s)].name;
            if (field.contains(QLatin1Char(','))) field = QLatin1Char('"') + field + QLatin1Char('"');
            const QString first = lines.value(1 + s * perScenario);
            const QString last = lines.value((s + 1) * perScenario);
            QVERIFY2(first.startsWith(field + QStringLiteral(",0,")) || first.startsWith(field + QStringLiteral(",1,")),
                     qPrintable(first));
            QVERIFY2(last.startsWith(field + QLatin1Char(',')), qPrintable(last));
        }
    }
}

void TestExport::compareCsvKeepsColumnsAlignedWhenApplicationsDiffer() {
    // Bear drops one application and adds another: the cost table's columns differ.
    Workspace workspace = defaultWorkspace();
    Scenario& bear = workspace.scenarios.at(std::size_t(workspace.indexOf("Bear: the escalator")));
    bear.applications.erase(bear.applications.begin());
    bear.applications.push_back({"translation", "Translation", 0.01, 0.5});
    document_->reset(workspace, QString());
    document_->setCompareEnabled(true);
    window_->scheduler()->evaluateNow();
    const auto& views = window_->scheduler()->views();
    QCOMPARE(views.size(), std::size_t(3));

    const QStringList lines = csvLines(chart_export::modelCsv(views, ModelGroup::Cost));
    QStringList header{"scenario", "month", "price", "frontier_index", "hardware_index"};
    for (const Application& app : workspace.activeScenario().applications)
        header << QStringLiteral("cost_per_task.") + QString::fromStdString(app.id);
    header << QStringLiteral("cost_per_task.translation");
    QCOMPARE(lines.first().split(QLatin1Char(',')), header);

    const int perScenario = monthRows(workspace.activeScenario()[ParamId::HorizonYears]);
    QCOMPARE(lines.size() - 1, 3 * perScenario);
    const int dropped = header.indexOf(QStringLiteral("cost_per_task.") +
                                       QString::fromStdString(workspace.activeScenario().applications.front().id));
    const int added = int(header.size()) - 1;
    for (int i = 1; i < lines.size(); ++i) {
        // Split after the scenario field (the Bull name holds a quoted comma).
        QString line = lines[i];
        if (line.startsWith(QLatin1Char('"'))) line = QStringLiteral("quoted") + line.mid(line.indexOf(QStringLiteral("\","), 1) + 1);
        const QStringList fields = line.split(QLatin1Char(','));
        QCOMPARE(fields.size(), header.size());
        const bool isBear = lines[i].startsWith(QStringLiteral("Bear: the escalator,"));
        // Bear has no cell for the application it dropped; only Bear has the new one.
        QCOMPARE(fields[dropped].isEmpty(), isBear);
        QCOMPARE(fields[added].isEmpty(), !isBear);
    }
}

// ---- GUI commands ----------------------------------------------------------

void TestExport::chartContextMenuOffersEveryFormat() {
    Chart* const chart = firstChartOf(1);
    std::unique_ptr<QMenu> menu(actions()->chartMenu(chart));
    QStringList names;
    for (QAction* action : menu->actions())
        if (!action->isSeparator()) names << action->objectName();
    QCOMPARE(names, QStringList({"SaveChartPng", "SaveChartSvg", "SaveChartPdf", "CopyChartImage"}));

    // The chart's own right click opens it (as a popup: nothing blocks).
    auto* widget = qobject_cast<ChartWidget*>(chart);
    QVERIFY(widget);
    emit widget->contextMenuRequested(widget->mapToGlobal(QPoint(20, 20)));
    QMenu* popup = nullptr;
    QTRY_VERIFY((popup = qobject_cast<QMenu*>(QApplication::activePopupWidget())) != nullptr);
    QCOMPARE(popup->objectName(), QStringLiteral("ChartMenu"));
    popup->close();
}

void TestExport::saveChartFromTheMenuWritesTheChosenFile() {
    window_->showPage(1);
    Chart* const chart = firstChartOf(1);
    QTRY_VERIFY(chart->isVisible());
    QCOMPARE(actions()->defaultChartFileName(chart, ExportActions::ChartFormat::Png),
             QStringLiteral("base-") + fileSlug(chart->title()) + QStringLiteral(".png"));

    QSignalSpy exported(actions(), &ExportActions::exported);
    const QString path = dir_->filePath(QStringLiteral("from-menu.png"));
    FileDialog::setNextFileName(path);
    std::unique_ptr<QMenu> menu(actions()->chartMenu(chart));
    menu->findChild<QAction*>(QStringLiteral("SaveChartPng"))->trigger();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(0).toStringList(), QStringList{path});
    // On screen, the chart exports at its own size, twice the pixels.
    const QSize onScreen = chart->size();
    QVERIFY(onScreen.width() >= 100 && onScreen.height() >= 80);
    QCOMPARE(QImage(path).size(), onScreen * 2);

    const QString svg = dir_->filePath(QStringLiteral("from-menu.svg"));
    FileDialog::setNextFileName(svg);
    menu->findChild<QAction*>(QStringLiteral("SaveChartSvg"))->trigger();
    QVERIFY(readAll(svg).contains("<svg"));

    const QString pdf = dir_->filePath(QStringLiteral("from-menu.pdf"));
    FileDialog::setNextFileName(pdf);
    menu->findChild<QAction*>(QStringLiteral("SaveChartPdf"))->trigger();
    QVERIFY(readAll(pdf).startsWith("%PDF"));
    QVERIFY(MessageBox::history().isEmpty());
}

void TestExport::saveChartErrorNamesTheFile() {
    // A directory under a regular file can never be created, whoever runs the test.
    QFile blocker(dir_->filePath(QStringLiteral("plain-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir_->filePath(QStringLiteral("plain-file/chart.png"));
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);  // the error's OK button
    QVERIFY(!actions()->saveChart(firstChartOf(0), ExportActions::ChartFormat::Png));
    const auto history = MessageBox::history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().icon, QMessageBox::Critical);
    QVERIFY2(history.first().all().contains(QDir::toNativeSeparators(path)), qPrintable(history.first().all()));
    QVERIFY(!QFile::exists(path));
}

void TestExport::exportMenuSitsAboveQuit() {
    const QList<QAction*> items = window_->fileMenu()->actions();
    QVERIFY(items.size() >= 3);
    QCOMPARE(items.last()->menuRole(), QAction::QuitRole);
    int exportIndex = -1;
    for (int i = 0; i < items.size(); ++i)
        if (items[i]->menu() == actions()->exportMenu()) exportIndex = i;
    QVERIFY(exportIndex >= 0);
    QVERIFY(exportIndex < items.size() - 1);
    QVERIFY(actions()->exportMenu()->actions().contains(actions()->pageChartsAction()));
    QVERIFY(actions()->exportMenu()->actions().contains(actions()->csvAction()));
    QVERIFY(actions()->exportMenu()->actions().contains(actions()->reportAction()));

    // The Compare page has tables, no charts.
    window_->showPage(int(window_->pages().size()) - 1);
    QVERIFY(pageCharts(window_->currentPage()).isEmpty());
    QVERIFY(!actions()->pageChartsAction()->isEnabled());
    window_->showPage(1);
    QVERIFY(actions()->pageChartsAction()->isEnabled());
}

void TestExport::pageChartsExportWritesOnePngPerChart() {
    window_->showPage(2);  // Leverage
    const QList<Chart*> charts = pageCharts(window_->currentPage());
    QTRY_VERIFY(charts.first()->isVisible());
    QVERIFY(charts.size() >= 2);
    const QString target = dir_->filePath(QStringLiteral("charts"));
    QVERIFY(QDir().mkpath(target));
    FileDialog::setNextFileName(target);
    QSignalSpy exported(actions(), &ExportActions::exported);
    actions()->pageChartsAction()->trigger();
    QCOMPARE(exported.size(), 1);
    const QStringList written = exported.at(0).at(0).toStringList();
    QCOMPARE(written.size(), charts.size());
    for (int i = 0; i < charts.size(); ++i) {
        const QString expected = QDir(target).filePath(
            QStringLiteral("leverage-%1-%2.png").arg(i + 1).arg(fileSlug(charts[i]->title())));
        QCOMPARE(written[i], expected);
        QCOMPARE(QImage(expected).size(), charts[i]->size() * 2);
    }
    QCOMPARE(QDir(target).entryList(QDir::Files).size(), charts.size());
}

void TestExport::csvExportAsksBeforeReplacing() {
    const QString target = dir_->path();
    FileDialog::setNextFileName(target);
    QVERIFY(actions()->exportCsv());
    for (const QString& path : everyModelCsv(QDir(target))) QVERIFY2(QFile::exists(path), qPrintable(path));
    QVERIFY(MessageBox::history().isEmpty());

    // A second export over the same files asks; Cancel leaves them alone.
    QFile cost(QDir(target).filePath(QStringLiteral("cost.csv")));
    QVERIFY(cost.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cost.write("kept\n");
    cost.close();
    FileDialog::setNextFileName(target);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!actions()->exportCsv());
    QCOMPARE(MessageBox::history().size(), 1);
    QVERIFY(MessageBox::history().first().all().contains(QStringLiteral("cost.csv")));
    QCOMPARE(readAll(cost.fileName()), QByteArray("kept\n"));

    FileDialog::setNextFileName(target);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(actions()->exportCsv());
    QVERIFY(readAll(cost.fileName()).startsWith("month,price,"));
}

void TestExport::reportExportWritesAPdf() {
    document_->setCompareEnabled(true);
    window_->scheduler()->evaluateNow();
    const QString path = dir_->filePath(QStringLiteral("board.pdf"));
    FileDialog::setNextFileName(path);
    QVERIFY(actions()->exportReport());
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("%PDF"));
    // Title, key figures, assumptions and the charts of five pages at least.
    QVERIFY(pdfPageCount(bytes) >= 8);
    QVERIFY(MessageBox::history().isEmpty());

    // Unwritable: an error naming the file, nothing written.
    const QString bad = dir_->filePath(QStringLiteral("missing-dir/deeper/board.pdf"));
    FileDialog::setNextFileName(bad);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!actions()->exportReport());
    QCOMPARE(MessageBox::history().size(), 1);
    QVERIFY(MessageBox::history().first().all().contains(QDir::toNativeSeparators(bad)));
}

void TestExport::cancelledDialogWritesNothing() {
    QSignalSpy exported(actions(), &ExportActions::exported);
    FileDialog::setNextFileName(QString());
    QVERIFY(!actions()->saveChart(firstChartOf(1), ExportActions::ChartFormat::Svg));
    FileDialog::setNextFileName(QString());
    QVERIFY(!actions()->exportCsv());
    FileDialog::setNextFileName(QString());
    QVERIFY(!actions()->exportReport());
    QCOMPARE(exported.size(), 0);
    QVERIFY(MessageBox::history().isEmpty());
    QVERIFY(QDir(dir_->path()).isEmpty());
}

// ---- Locale and write errors ------------------------------------------------

// File ▸ Export CSV under a German user: Qt's default locale and the C
// library's LC_NUMERIC both write a decimal comma, the files must not.
void TestExport::csvIsTheSameUnderAGermanLocale() {
    document_->setCompareEnabled(true);  // the scenario column, names with commas
    window_->scheduler()->evaluateNow();
    const auto& views = window_->scheduler()->views();
    QCOMPARE(views.size(), std::size_t(3));
    const std::vector<ScenarioView> single{views.front()};

    const auto everything = [&](const QString& directory) {
        QStringList texts;
        for (ModelGroup group : kModels) texts << chart_export::modelCsv(views, group) << chart_export::modelCsv(single, group);
        QString error;
        if (!chart_export::writeModelCsvs(views, directory, nullptr, &error)) texts << error;
        for (const QString& name : chart_export::modelCsvFileNames())
            texts << QString::fromUtf8(readAll(QDir(directory).filePath(name)));
        return texts;
    };
    const QString cDir = dir_->filePath(QStringLiteral("c"));
    const QString germanDir = dir_->filePath(QStringLiteral("de"));
    QVERIFY(QDir().mkpath(cDir) && QDir().mkpath(germanDir));
    const QStringList inC = everything(cDir);

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const bool german = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;
    char probe[16];
    std::snprintf(probe, sizeof probe, "%g", 4.5);
    const QStringList inGerman = everything(germanDir);
    std::setlocale(LC_NUMERIC, "C");
    QLocale::setDefault(before);

    QVERIFY2(german, "the locale de_DE.UTF-8 is missing: run packaging/setup.sh, which generates it");
    QCOMPARE(QByteArray(probe), QByteArray("4,5"));  // the locale was really in force
    QCOMPARE(inGerman.size(), inC.size());
    for (qsizetype i = 0; i < inC.size(); ++i) {
        QVERIFY(inC[i].size() > 100);
        QCOMPARE(inGerman[i], inC[i]);
    }
    // Year 1 of Base's capex table: the default rental price, $4.5 per GPU-hour.
    QVERIFY2(inC[7].contains(QStringLiteral("\n1,4.5,")), qPrintable(inC[7].left(300)));
}

// Every way out of the GUI onto a disk with no space left: false, an error
// "cannot write <file>: No space left on device", and no file, whole, partial
// or temporary (QSaveFile's "<name>.XXXXXX"), left in the directory.
void TestExport::exportsIntoAFullDiskNameTheFileAndLeaveNothing() {
    if (!test_disk::canMount()) QSKIP("filling a disk needs a tmpfs mount, which needs root (CI runs as root)");
    const QString full = dir_->filePath(QStringLiteral("full"));
    const test_disk::SmallTmpfs disk(full, 64);
    QVERIFY2(disk.mounted(), qPrintable(QStringLiteral("cannot mount a tmpfs on %1: %2").arg(full, disk.error())));
    QVERIFY(disk.fill(QStringLiteral("filler")));

    window_->scheduler()->evaluateNow();
    const auto& views = window_->scheduler()->views();
    Chart* const chart = firstChartOf(1);
    const QSize size(640, 400);
    const Report report(document_->workspace(), QStringLiteral("plans"), views, window_->pages());
    const auto path = [&](const char* name) { return QDir(full).filePath(QLatin1String(name)); };
    const struct {
        QString path;
        std::function<bool(QString*)> write;
    } exports[] = {
        {path("bytes.txt"), [&](QString* e) { return chart_export::writeFile(path("bytes.txt"), QByteArray(100000, 'x'), e); }},
        {path("one.txt"), [&](QString* e) { return chart_export::writeFile(path("one.txt"), QByteArray("1"), e); }},
        {path("chart.png"), [&](QString* e) { return chart_export::writePng(chart, size, path("chart.png"), e); }},
        {path("chart.svg"), [&](QString* e) { return chart_export::writeSvg(chart, size, path("chart.svg"), e); }},
        {path("chart.pdf"), [&](QString* e) { return chart_export::writePdf(chart, size, path("chart.pdf"), e); }},
        {path("cost.csv"), [&](QString* e) { return chart_export::writeModelCsvs(views, full, nullptr, e); }},
        {path("report.pdf"), [&](QString* e) { return report.write(path("report.pdf"), e); }},
    };
    for (const auto& item : exports) {
        QString error;
        QVERIFY2(!item.write(&error), qPrintable(item.path));
        QCOMPARE(error, QStringLiteral("cannot write %1: No space left on device").arg(QDir::toNativeSeparators(item.path)));
        QCOMPARE(test_disk::entries(full), QStringList{QStringLiteral("filler")});
    }
}

QTEST_MAIN(TestExport)
#include "test_export.moc"
