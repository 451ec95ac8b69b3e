// Machine output is the same in every locale. Qt sets the C library's
// LC_NUMERIC from the environment, so anything printf-like would write
// "4,5" under de_DE: the real binary runs under LC_ALL=de_DE.UTF-8 and
// LC_ALL=C.UTF-8 and every CSV, JSON and message must be byte-identical.
// de_DE.UTF-8 must exist: packaging/setup.sh generates it. Without it this
// test fails rather than pass without having checked anything.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <charconv>
#include <clocale>
#include <cstdio>

#include "scenario/Workspace.h"
#include "scenario/WorkspaceJson.h"
#include "text/MachineNumber.h"
#include "CliRunner.h"

using namespace leverboard;

namespace {

using cli_test::Run;
using cli_test::RunOptions;

const QString kGerman = QStringLiteral("LC_ALL=de_DE.UTF-8");
const QString kC = QStringLiteral("LC_ALL=C.UTF-8");

Run runIn(const QString& locale, const QStringList& arguments,
          cli_test::Stdout stdoutTo = cli_test::Stdout::Pipe) {
    RunOptions options;
    // LANGUAGE would override LC_ALL for messages: leave only the locale under test.
    options.environment = {locale, QStringLiteral("LANGUAGE=")};
    options.stdoutTo = stdoutTo;
    options.timeoutMs = 240000;  // render draws every chart
    return cli_test::runCli(arguments, options);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// printf in the C library's current LC_NUMERIC, for proving the locale bites.
QByteArray printfG(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

// Switches this process's C library numbers to German for one scope.
class GermanNumbers {
public:
    GermanNumbers() : ok_(std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr) {}
    ~GermanNumbers() { std::setlocale(LC_NUMERIC, "C"); }
    GermanNumbers(const GermanNumbers&) = delete;
    GermanNumbers& operator=(const GermanNumbers&) = delete;
    bool ok() const { return ok_; }

private:
    bool ok_;
};

}  // namespace

class TestLocale : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void machineNumbersIgnoreTheLocale();
    void commandOutputIsTheSameInEveryLocale_data();
    void commandOutputIsTheSameInEveryLocale();
    void errorMessagesUseAPoint_data();
    void errorMessagesUseAPoint();
    void writeErrorsReadTheSameInEveryLocale();
    void renderFilesAreTheSameInEveryLocale();

private:
    QTemporaryDir dir_;
    QString workspace_;
};

void TestLocale::initTestCase() {
    QVERIFY(dir_.isValid());
    {
        const GermanNumbers german;
        QVERIFY2(german.ok(), "the locale de_DE.UTF-8 is missing: run packaging/setup.sh, which generates it");
        // The locale really writes a decimal comma, so the comparisons below can fail.
        QCOMPARE(printfG(0.05), QByteArray("0,05"));
    }
    QCOMPARE(printfG(0.05), QByteArray("0.05"));

    Workspace workspace = defaultWorkspace();
    for (Scenario& scenario : workspace.scenarios) scenario[ParamId::HorizonYears] = 3;  // a quick render
    workspace_ = dir_.filePath(QStringLiteral("plans.leverboard"));
    const QByteArray text = QByteArray::fromStdString(serializeWorkspace(workspace));
    QFile file(workspace_);
    QVERIFY2(file.open(QIODevice::WriteOnly) && file.write(text) == text.size(), qPrintable(file.errorString()));
}

// printf's "%.Ng" and "%.Nf" in the C locale, whatever LC_NUMERIC says.
void TestLocale::machineNumbersIgnoreTheLocale() {
    const GermanNumbers german;
    QVERIFY(german.ok());
    QCOMPARE(printfG(4.5), QByteArray("4,5"));

    QCOMPARE(text::significantNumber(0.05, 15), std::string("0.05"));
    QCOMPARE(text::significantNumber(4.5, 10), std::string("4.5"));
    QCOMPARE(text::significantNumber(3153600000.0, 10), std::string("3153600000"));
    QCOMPARE(text::significantNumber(0.21629613521, 10), std::string("0.2162961352"));
    QCOMPARE(text::significantNumber(-5164297440.0, 10), std::string("-5164297440"));
    QCOMPARE(text::significantNumber(1.5e-7, 10), std::string("1.5e-07"));
    QCOMPARE(text::significantNumber(12345.678, 4), std::string("1.235e+04"));
    QCOMPARE(text::significantNumber(0.0, 10), std::string("0"));

    QCOMPARE(text::shortestNumber(0.1), std::string("0.1"));
    QCOMPARE(text::shortestNumber(1e11), std::string("100000000000"));
    QCOMPARE(text::shortestNumber(0.1 + 0.2), std::string("0.30000000000000004"));
    QCOMPARE(text::shortestNumber(1e300), std::string("1e+300"));
    for (double value : {0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 1e-310, 123456789.123456789, -0.007}) {
        const std::string written = text::shortestNumber(value);
        double back = 0;
        const auto [end, ec] = std::from_chars(written.data(), written.data() + written.size(), back);
        QVERIFY2(ec == std::errc{} && end == written.data() + written.size() && back == value, written.c_str());
    }

    QCOMPARE(text::fixedNumber(21.629613521, 2), std::string("21.63"));
    QCOMPARE(text::fixedNumber(12.5, 2), std::string("12.50"));
    QCOMPARE(text::fixedNumber(-2.0 / 3.0, 3), std::string("-0.667"));
    QCOMPARE(text::fixedNumber(1e20, 1), std::string("100000000000000000000.0"));
}

void TestLocale::commandOutputIsTheSameInEveryLocale_data() {
    QTest::addColumn<QStringList>("arguments");
    for (const char* model : {"cost", "leverage", "half_life", "capex"})
        QTest::newRow(model) << QStringList{"series", "--model", model};
    QTest::newRow("series of a workspace")
        << QStringList{"series", workspace_, "--scenario", "Bear: the escalator", "--model", "capex"};
    QTest::newRow("params") << QStringList{"params"};
    QTest::newRow("eval") << QStringList{"eval"};
    QTest::newRow("eval with settings")
        << QStringList{"eval", "--set", "lev.p=0.65", "--set", "capex.wacc=0.085", "--set", "capex.growth=0.09"};
    QTest::newRow("eval of a workspace") << QStringList{"eval", workspace_, "--scenario", "Thin team"};
}

void TestLocale::commandOutputIsTheSameInEveryLocale() {
    QFETCH(QStringList, arguments);
    const Run c = runIn(kC, arguments);
    const Run german = runIn(kGerman, arguments);
    QVERIFY2(c.exitCode == 0, c.err.constData());
    QCOMPARE(german.exitCode, 0);
    QVERIFY(!c.out.isEmpty());
    QCOMPARE(german.out, c.out);
    QCOMPARE(german.err, c.err);  // warnings and notes carry numbers too
}

void TestLocale::errorMessagesUseAPoint_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("out of range") << QStringList{"eval", "--set", "capex.app_margin=0.01"}
                                  << QByteArray("leverboard: capex.app_margin = 0.01: out of range (allowed: 0.05–1)\n");
    // The parser reads only a point: a comma is not a number, in any locale.
    QTest::newRow("decimal comma") << QStringList{"series", "--model", "cost", "--set", "cost.frontier_price=2,5"}
                                   << QByteArray("leverboard: cost.frontier_price = 2,5: not a number "
                                                 "(allowed: 0.01–1000)\n");
}

void TestLocale::errorMessagesUseAPoint() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    for (const QString& locale : {kGerman, kC}) {
        const Run run = runIn(locale, arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, message);
    }
}

// The command line is English; the system's reason in its messages too.
void TestLocale::writeErrorsReadTheSameInEveryLocale() {
    const Run full = runIn(kGerman, {"params"}, cli_test::Stdout::DevFull);
    QCOMPARE(full.exitCode, 1);
    QCOMPARE(full.err, QByteArray("leverboard: cannot write output: No space left on device\n"));
    const Run closed = runIn(kGerman, {"params"}, cli_test::Stdout::Closed);
    QCOMPARE(closed.exitCode, 1);
    QCOMPARE(closed.err, QByteArray("leverboard: cannot write output: Bad file descriptor\n"));
}

// render's CSVs (compare mode: a scenario column, three scenarios) and kpis.json.
void TestLocale::renderFilesAreTheSameInEveryLocale() {
    const QString cDir = dir_.filePath(QStringLiteral("render-c"));
    const QString germanDir = dir_.filePath(QStringLiteral("render-de"));
    const Run c = runIn(kC, {"render", workspace_, "--compare", "--out", cDir});
    QVERIFY2(c.exitCode == 0, c.err.constData());
    const Run german = runIn(kGerman, {"render", workspace_, "--compare", "--out", germanDir});
    QVERIFY2(german.exitCode == 0, german.err.constData());
    QCOMPARE(german.err, c.err);
    for (const char* name : {"cost.csv", "leverage.csv", "half_life.csv", "capex.csv", "kpis.json"}) {
        const QByteArray expected = readAll(QDir(cDir).filePath(name));
        QVERIFY2(expected.size() > 100, name);
        QCOMPARE(readAll(QDir(germanDir).filePath(name)), expected);
    }
    // Every row of the C file has the header's number of fields (no "4,5" cells).
    const QList<QByteArray> rows = readAll(QDir(cDir).filePath("capex.csv")).split('\n');
    const qsizetype fields = rows.first().count(',');
    for (const QByteArray& row : rows)
        if (!row.isEmpty() && !row.contains('"')) QCOMPARE(row.count(','), fields);
}

QTEST_GUILESS_MAIN(TestLocale)
#include "test_locale.moc"
