// `leverboard render`, driven through the real binary with no display at all:
// every promised file (PNG per chart at 2×, report.pdf, a CSV per model,
// kpis.json), agreement with `eval` and `series`, compare mode, and every way
// to get the input wrong (exit 2, one line on stderr, nothing written); a full
// disk (exit 1, the file and the reason named, no partial file left).

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>

#include "scenario/Workspace.h"
#include "scenario/WorkspaceJson.h"
#include "CliRunner.h"
#include "FullDisk.h"

using namespace leverboard;

namespace {

using cli_test::Run;

// Rendering every chart takes longer than the other commands: twice the default wait.
Run runLeverboard(const QStringList& arguments) { return cli_test::runCli(arguments, 240000); }

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Width and height from a PNG's IHDR chunk (big-endian at bytes 16 and 20).
QSize pngSize(const QByteArray& png) {
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR") return {};
    auto be32 = [&](int at) {
        return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
               (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
    };
    return QSize(int(be32(16)), int(be32(20)));
}

int pdfPageCount(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return int(QString::fromLatin1(pdf).count(page));
}

QStringList lines(const QByteArray& text) {
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString badSample(const char* name) {
    return QDir::cleanPath(QStringLiteral(LEVERBOARD_TEST_DATA_DIR "/../../core/data/") + QLatin1String(name));
}

constexpr double kHorizonYears = 3;  // a short horizon: 37 months, 3 capex years
const char* const kModels[] = {"cost", "leverage", "half_life", "capex"};
const QStringList kPageSlugs = {"overview", "cost", "leverage", "half_life", "capex"};

}  // namespace

class TestRender : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void rendersEveryPromisedFile();
    void filesAgreeWithEvalAndSeries();
    void scenarioOptionRendersThatScenario();
    void compareRendersTheComparisonSet();
    void badInputExitsTwoWithOneLine_data();
    void badInputExitsTwoWithOneLine();
    void workspaceErrorsMatchEval();
    void helpDescribesRender();
    void aFullDiskNamesTheFileAndLeavesNoPartialFile();

private:
    QTemporaryDir dir_;
    QString workspace_;  // the presets with a 3-year horizon; compares Base, Bear, Bull
    QString out(const QString& name) const { return dir_.filePath(name); }
};

void TestRender::initTestCase() {
    QVERIFY(dir_.isValid());
    Workspace workspace = defaultWorkspace();
    for (Scenario& scenario : workspace.scenarios) scenario[ParamId::HorizonYears] = kHorizonYears;
    QCOMPARE(workspace.compared.size(), std::size_t(3));
    workspace_ = dir_.filePath(QStringLiteral("plans.leverboard"));
    const QByteArray text = QByteArray::fromStdString(serializeWorkspace(workspace));
    QFile file(workspace_);
    QVERIFY2(file.open(QIODevice::WriteOnly) && file.write(text) == text.size(), qPrintable(file.errorString()));
}

void TestRender::rendersEveryPromisedFile() {
    const QString target = out(QStringLiteral("pack/nested"));  // created, parents too
    QElapsedTimer timer;
    timer.start();
    const Run run = runLeverboard({"render", workspace_, "--out", target});
    qInfo("render of the presets took %.2f s", double(timer.elapsed()) / 1000.0);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());

    // stdout lists exactly the files in the directory, each once.
    QStringList listed = lines(run.out);
    QStringList present;
    for (const QString& name : QDir(target).entryList(QDir::Files | QDir::Hidden)) present << QDir(target).filePath(name);
    listed.sort();
    present.sort();
    QCOMPARE(listed, present);

    // One PNG per chart, numbered from 1 on every page, 2 × 960 × 600 pixels.
    static const QRegularExpression pngName(QStringLiteral("^(overview|cost|leverage|half_life|capex|cluster|power|chips)-(\\d+)-[a-z0-9-]+\\.png$"));
    std::map<QString, QList<int>> numbers;
    for (const QString& path : present) {
        const QString name = QFileInfo(path).fileName();
        if (!name.endsWith(QLatin1String(".png"))) continue;
        const auto match = pngName.match(name);
        QVERIFY2(match.hasMatch(), qPrintable(name));
        numbers[match.captured(1)] << match.captured(2).toInt();
        QCOMPARE(pngSize(readAll(path)), QSize(1920, 1200));
    }
    int chartSheets = 0;
    for (const QString& slug : kPageSlugs) {
        QList<int> n = numbers[slug];
        std::sort(n.begin(), n.end());
        QVERIFY2(!n.isEmpty(), qPrintable(slug));
        for (int i = 0; i < n.size(); ++i) QCOMPARE(n[i], i + 1);
        chartSheets += int((n.size() + 3) / 4);  // the report lays charts out four to a page
    }

    const QByteArray pdf = readAll(QDir(target).filePath("report.pdf"));
    QVERIFY(pdf.startsWith("%PDF-"));
    // Title, at least three pages of tables (KPIs, 56 parameters), the chart pages.
    QVERIFY2(pdfPageCount(pdf) >= 1 + 3 + chartSheets, qPrintable(QString::number(pdfPageCount(pdf))));

    const int months = int(std::lround(12 * kHorizonYears)) + 1;  // t = 0 … H
    const int years = int(kHorizonYears);                         // y = 1 … Y
    for (const char* model : kModels) {
        const QStringList csv = lines(readAll(QDir(target).filePath(QLatin1String(model) + QStringLiteral(".csv"))));
        QCOMPARE(csv.size() - 1, QLatin1String(model) == QLatin1String("capex") ? years : months);
        QVERIFY(csv.first().startsWith(QLatin1String(model) == QLatin1String("capex") ? "year," : "month,"));
    }

    const QJsonDocument kpis = QJsonDocument::fromJson(readAll(QDir(target).filePath("kpis.json")));
    QVERIFY(kpis.isObject());
    QCOMPARE(kpis.object().value("scenario").toString(), QStringLiteral("Base"));
    QVERIFY(kpis.object().value("kpis").toObject().size() >= 30);
}

void TestRender::filesAgreeWithEvalAndSeries() {
    const QString target = out(QStringLiteral("agree"));
    QCOMPARE(runLeverboard({"render", workspace_, "--out", target}).exitCode, 0);
    // The same engine, the same text: render's files are what the other commands print.
    const Run eval = runLeverboard({"eval", workspace_});
    QCOMPARE(eval.exitCode, 0);
    QCOMPARE(readAll(QDir(target).filePath("kpis.json")), eval.out);
    for (const char* model : kModels) {
        const Run series = runLeverboard({"series", workspace_, "--model", model});
        QCOMPARE(series.exitCode, 0);
        QCOMPARE(readAll(QDir(target).filePath(QLatin1String(model) + QStringLiteral(".csv"))), series.out);
    }
}

void TestRender::scenarioOptionRendersThatScenario() {
    const QString target = out(QStringLiteral("thin"));
    const Run run = runLeverboard({"render", workspace_, "--scenario", "Thin team", "--out", target});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject kpis = QJsonDocument::fromJson(readAll(QDir(target).filePath("kpis.json"))).object();
    QCOMPARE(kpis.value("scenario").toString(), QStringLiteral("Thin team"));
    const Run series = runLeverboard({"series", workspace_, "--scenario", "Thin team", "--model", "leverage"});
    QCOMPARE(readAll(QDir(target).filePath("leverage.csv")), series.out);
}

void TestRender::compareRendersTheComparisonSet() {
    const QString single = out(QStringLiteral("single"));
    const QString compared = out(QStringLiteral("compared"));
    QCOMPARE(runLeverboard({"render", workspace_, "--out", single}).exitCode, 0);
    const Run run = runLeverboard({"render", workspace_, "--compare", "--out", compared});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());

    // kpis.json: an array of eval's objects, the active scenario first.
    const QJsonDocument kpis = QJsonDocument::fromJson(readAll(QDir(compared).filePath("kpis.json")));
    QVERIFY(kpis.isArray());
    const QStringList names = {"Base", "Bear: the escalator", "Bull: the floor, not the ceiling"};
    QCOMPARE(kpis.array().size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject object = kpis.array().at(i).toObject();
        QCOMPARE(object.value("scenario").toString(), names[i]);
        const Run eval = runLeverboard({"eval", workspace_, "--scenario", names[i]});
        QCOMPARE(QJsonValue(object), QJsonValue(QJsonDocument::fromJson(eval.out).object()));
    }

    // CSV: a leading scenario column, every scenario's rows in turn.
    const int months = int(std::lround(12 * kHorizonYears)) + 1;
    const QStringList cost = lines(readAll(QDir(compared).filePath("cost.csv")));
    const QStringList singleCost = lines(readAll(QDir(single).filePath("cost.csv")));
    QCOMPARE(cost.first(), QStringLiteral("scenario,") + singleCost.first());
    QCOMPARE(cost.size() - 1, 3 * months);
    QCOMPARE(cost.value(1), QStringLiteral("Base,") + singleCost.value(1));
    QVERIFY(cost.value(1 + 2 * months).startsWith("\"Bull: the floor, not the ceiling\","));
    const QStringList capex = lines(readAll(QDir(compared).filePath("capex.csv")));
    QCOMPARE(capex.size() - 1, 3 * int(kHorizonYears));

    // The report gains a "what differs" table and wider tables.
    const int singlePages = pdfPageCount(readAll(QDir(single).filePath("report.pdf")));
    const int comparedPages = pdfPageCount(readAll(QDir(compared).filePath("report.pdf")));
    QVERIFY2(comparedPages > singlePages, qPrintable(QStringLiteral("%1 vs %2").arg(comparedPages).arg(singlePages)));
    // The same charts, one PNG each (titles may say more in compare mode: "solid", "dashed").
    auto numbered = [](const QString& directory) {
        QStringList pages;
        for (const QString& name : QDir(directory).entryList({"*.png"}))
            pages << name.section(QLatin1Char('-'), 0, 1);  // "capex-1"
        pages.sort();
        return pages;
    };
    QCOMPARE(numbered(compared), numbered(single));
}

void TestRender::badInputExitsTwoWithOneLine_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");  // words the message must contain
    QTest::addColumn<QString>("outDir");    // must not be created

    const QString fresh = out(QStringLiteral("never-created"));
    QFile file(out(QStringLiteral("regular-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a directory\n");
    file.close();
    const QString underFile = file.fileName() + QStringLiteral("/charts");

    QTest::newRow("broken JSON") << QStringList{"render", badSample("broken_syntax.leverboard"), "--out", fresh}
                                 << "invalid JSON at line" << fresh;
    QTest::newRow("not a workspace") << QStringList{"render", badSample("not_a_workspace.leverboard"), "--out", fresh}
                                     << "not a Leverboard workspace" << fresh;
    QTest::newRow("newer schema") << QStringList{"render", badSample("newer_schema.leverboard"), "--out", fresh}
                                  << "newer Leverboard" << fresh;
    QTest::newRow("missing file") << QStringList{"render", out("nowhere.leverboard"), "--out", fresh}
                                  << "nowhere.leverboard" << fresh;
    QTest::newRow("unknown scenario") << QStringList{"render", workspace_, "--scenario", "Nope", "--out", fresh}
                                      << "no scenario named 'Nope'" << fresh;
    QTest::newRow("scenario and compare")
        << QStringList{"render", workspace_, "--scenario", "Base", "--compare", "--out", fresh}
        << "--scenario and --compare cannot be combined" << fresh;
    QTest::newRow("no --out") << QStringList{"render", workspace_} << "needs --out DIR" << fresh;
    QTest::newRow("empty --out") << QStringList{"render", workspace_, "--out", ""} << "needs --out DIR" << fresh;
    QTest::newRow("no workspace") << QStringList{"render", "--out", fresh} << "needs a WORKSPACE" << fresh;
    QTest::newRow("two workspaces") << QStringList{"render", workspace_, workspace_, "--out", fresh}
                                    << "at most one WORKSPACE" << fresh;
    QTest::newRow("out under a regular file") << QStringList{"render", workspace_, "--out", underFile}
                                              << "cannot create the output directory" << underFile;
    QTest::newRow("out is a regular file") << QStringList{"render", workspace_, "--out", file.fileName()}
                                           << "is a file, not a directory" << QString();
    QTest::newRow("bad page size") << QStringList{"render", workspace_, "--out", fresh, "--page-size", "a5"}
                                   << "unknown page size 'a5'" << fresh;
    QTest::newRow("unknown option") << QStringList{"render", workspace_, "--out", fresh, "--colour"}
                                    << "colour" << fresh;
}

void TestRender::badInputExitsTwoWithOneLine() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QFETCH(QString, outDir);
    const Run run = runLeverboard(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QStringList err = lines(run.err);
    QCOMPARE(err.size(), 1);
    QVERIFY2(err.first().startsWith("leverboard: "), qPrintable(err.first()));
    QVERIFY2(err.first().contains(expected), qPrintable(err.first()));
    if (!outDir.isEmpty()) QVERIFY2(!QFileInfo::exists(outDir), qPrintable(outDir));
}

void TestRender::workspaceErrorsMatchEval() {
    for (const char* sample : {"broken_syntax.leverboard", "wrong_type.leverboard", "not_a_workspace.leverboard"}) {
        const Run eval = runLeverboard({"eval", badSample(sample)});
        const Run render = runLeverboard({"render", badSample(sample), "--out", out("unused")});
        QCOMPARE(eval.exitCode, 2);
        QCOMPARE(render.exitCode, 2);
        QCOMPARE(render.err, eval.err);
    }
    // A file that loads with warnings renders, and says so on stderr.
    const QString target = out(QStringLiteral("warned"));
    const Run run = runLeverboard({"render", badSample("loads_with_warnings.leverboard"), "--out", target});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.startsWith("leverboard: warning: "));
    const QJsonObject kpis = QJsonDocument::fromJson(readAll(QDir(target).filePath("kpis.json"))).object();
    QVERIFY(!kpis.value("warnings").toArray().isEmpty());
}

void TestRender::helpDescribesRender() {
    const Run general = runLeverboard({"--help"});
    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains("render WORKSPACE --out DIR [--scenario NAME | --compare]"));
    for (const QStringList& arguments : {QStringList{"render", "--help"}, QStringList{"--help", "render"}}) {
        const Run help = runLeverboard(arguments);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: leverboard render"));
        for (const char* word : {"--compare", "--scenario", "--out", "--page-size", "kpis.json", "report.pdf",
                                 "cost.csv", "JSON array"})
            QVERIFY2(help.out.contains(word), word);
    }
}

// A tmpfs of 200 KiB takes the first charts (50–80 KB each) and runs out on a
// later one: exit 1, one line naming that file and the OS's reason, and what
// is left in the directory is only whole files written before it.
void TestRender::aFullDiskNamesTheFileAndLeavesNoPartialFile() {
    if (!test_disk::canMount()) QSKIP("filling a disk needs a tmpfs mount, which needs root (CI runs as root)");
    const QString target = out(QStringLiteral("full-disk"));
    const test_disk::SmallTmpfs disk(target, 200);
    QVERIFY2(disk.mounted(), qPrintable(QStringLiteral("cannot mount a tmpfs on %1: %2").arg(target, disk.error())));

    const Run run = runLeverboard({"render", workspace_, "--out", target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QStringList err = lines(run.err);
    QCOMPARE(err.size(), 1);
    static const QRegularExpression message(QStringLiteral("^leverboard: cannot write (.+): No space left on device$"));
    const auto match = message.match(err.first());
    QVERIFY2(match.hasMatch(), qPrintable(err.first()));
    const QString failed = match.captured(1);
    QCOMPARE(QFileInfo(failed).absolutePath(), QFileInfo(target).absoluteFilePath());

    const QStringList left = test_disk::entries(target);
    QVERIFY2(!left.isEmpty(), "the first charts fit: the test must fail part-way, not at the start");
    QVERIFY2(!left.contains(QFileInfo(failed).fileName()), qPrintable(left.join(", ")));
    for (const QString& name : left) {
        // Only charts, each whole: 2 × 960 × 600 pixels, ending with the IEND chunk.
        QVERIFY2(name.endsWith(QLatin1String(".png")) && !name.startsWith(QLatin1Char('.')), qPrintable(name));
        const QByteArray png = readAll(QDir(target).filePath(name));
        QCOMPARE(pngSize(png), QSize(1920, 1200));
        QVERIFY2(png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)), qPrintable(name));
    }
}

QTEST_MAIN(TestRender)
#include "test_render.moc"
