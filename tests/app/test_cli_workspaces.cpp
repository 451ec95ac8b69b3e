// The command line reads workspace files with the loader the GUI uses:
// every bad file of issue 4 makes `eval` and `series` exit 2 with the
// loader's own one-line message (the text the GUI's error dialog shows), and
// a file that loads with warnings reports exactly the loader's warnings.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <string>

#include "scenario/WorkspaceJson.h"
#include "CliRunner.h"

using namespace leverboard;

namespace {

using cli_test::Run;
using cli_test::runCli;

QString dataFile(const char* name) {
    return QDir::cleanPath(QStringLiteral(LEVERBOARD_TEST_DATA_DIR "/../../core/data/") + QLatin1String(name));
}

QByteArray canonical() {
    const std::string text = serializeWorkspace(defaultWorkspace());
    return QByteArray(text.data(), qsizetype(text.size()));
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) qFatal("cannot write %s", qPrintable(path));
    return path;
}

}  // namespace

class TestCliWorkspaces : public QObject {
    Q_OBJECT

private slots:
    void badFilesExitTwoWithTheLoadersMessage_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mustMention");  // what issue 4 says the message names

        static QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QTest::newRow("invalid JSON") << dataFile("broken_syntax.leverboard") << "line";
        QTest::newRow("wrong type") << dataFile("wrong_type.leverboard") << "/scenarios/";
        QTest::newRow("newer schema") << dataFile("newer_schema.leverboard") << "newer";
        QTest::newRow("not a workspace") << dataFile("not_a_workspace.leverboard") << "format";

        QByteArray json = canonical();
        json.insert(json.indexOf("\"scenarios\""), "\"extra\": ,\n");  // a value missing at a known place
        QTest::newRow("invalid JSON, generated") << writeFile(dir, QStringLiteral("gap.leverboard"), json)
                                                 << "column";
        QByteArray big = canonical();
        big.append(QByteArray(qsizetype(kMaxWorkspaceBytes) + 1 - big.size(), ' '));
        QTest::newRow("over 20 MB") << writeFile(dir, QStringLiteral("big.leverboard"), big) << "20 MB";
    }

    void badFilesExitTwoWithTheLoadersMessage() {
        QFETCH(QString, path);
        QFETCH(QString, mustMention);
        const WorkspaceLoad load = loadWorkspaceFile(QFile::encodeName(path).toStdString());
        QVERIFY(!load.workspace);
        const QByteArray expected = "leverboard: " + QByteArray::fromStdString(load.error) + "\n";
        QVERIFY2(QString::fromStdString(load.error).contains(mustMention), load.error.c_str());

        const QList<QStringList> commands = {{QStringLiteral("eval"), path},
                                             {QStringLiteral("series"), path, QStringLiteral("--model"),
                                              QStringLiteral("cost")}};
        for (const QStringList& arguments : commands) {
            const Run run = runCli(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.out.isEmpty(), run.out.constData());
            QCOMPARE(QString::fromUtf8(run.err), QString::fromUtf8(expected));
        }
    }

    void warningsAreTheLoadersWarnings() {
        const QString path = dataFile("loads_with_warnings.leverboard");
        const WorkspaceLoad load = loadWorkspaceFile(QFile::encodeName(path).toStdString());
        QVERIFY2(load.workspace, load.error.c_str());
        QVERIFY(!load.warnings.empty());

        const Run eval = runCli({QStringLiteral("eval"), path});
        QCOMPARE(eval.exitCode, 0);
        const QJsonArray warnings = QJsonDocument::fromJson(eval.out).object().value(QStringLiteral("warnings")).toArray();
        QVERIFY(warnings.size() >= qsizetype(load.warnings.size()));
        for (std::size_t i = 0; i < load.warnings.size(); ++i)
            QCOMPARE(warnings[qsizetype(i)].toString(), QString::fromStdString(load.warnings[i]));

        const Run series = runCli({QStringLiteral("series"), path, QStringLiteral("--model"), QStringLiteral("capex")});
        QCOMPARE(series.exitCode, 0);
        const QString err = QString::fromUtf8(series.err);
        for (const std::string& warning : load.warnings)
            QVERIFY2(err.contains(QStringLiteral("leverboard: warning: ") + QString::fromStdString(warning)),
                     qPrintable(err));
    }

    void presetsEvaluateWithoutWarningsOnTheCommandLine() {
        const QString bundled = QDir::cleanPath(QStringLiteral(LEVERBOARD_TEST_DATA_DIR "/../../../resources/default.leverboard"));
        for (const QString& scenario : {QStringLiteral("Base"), QStringLiteral("Bear: the escalator"),
                                        QStringLiteral("Bull: the floor, not the ceiling"), QStringLiteral("Thin team")}) {
            const Run run = runCli({QStringLiteral("eval"), bundled, QStringLiteral("--scenario"), scenario});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.err.isEmpty(), run.err.constData());
            const QJsonObject root = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(root.value(QStringLiteral("scenario")).toString(), scenario);
            QVERIFY2(root.value(QStringLiteral("warnings")).toArray().isEmpty(), run.out.constData());
            // Null KPIs say why, as notes: at least the crossover at these presets.
            const QJsonArray notes = root.value(QStringLiteral("notes")).toArray();
            bool crossover = false;
            for (const QJsonValue& note : notes)
                crossover |= note.toString().startsWith(QStringLiteral("life.crossover_month is null"));
            QVERIFY2(crossover == root.value(QStringLiteral("kpis")).toObject().value(QStringLiteral("life.crossover_month")).isNull(),
                     run.out.constData());
        }
    }
};

QTEST_MAIN(TestCliWorkspaces)
#include "test_cli_workspaces.moc"
