// The Chinese user interface: the language follows the system and View ▸ Language, the
// widgets, a KPI card, the menus and the report read back in Chinese, the registry's labels
// come from its Chinese column, and the command line's help and errors follow the language
// while its machine output (eval JSON, params and series CSV) stays byte-identical.
#include <QBuffer>
#include <QDir>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "../app/CliRunner.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "params/KpiRegistry.h"
#include "params/ParameterRegistry.h"
#include "present/PageCharts.h"
#include "present/Report.h"
#include "present/ReportTable.h"
#include "scenario/Workspace.h"
#include "text/Language.h"
#include "text/LanguageMenu.h"
#include "text/RegistryText.h"
#include "widgets/KpiCard.h"
#include "workspace/RecoveryManager.h"
#include "pages/ModelPage.h"
#include "widgets/ParameterEditor.h"

using namespace leverboard;
using namespace leverboard::ui;
using cli_test::runCli;
using cli_test::RunOptions;

namespace {

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

QStringList menuTitles(const MainWindow& window) {
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions()) titles << action->text();
    return titles;
}

ParameterEditor* editorOf(const QWidget& window, ParamId id) {
    for (ParameterEditor* editor : window.findChildren<ParameterEditor*>())
        if (editor->parameterSpec().param == id) return editor;
    return nullptr;
}

// The child's language from LANG alone (LC_ALL and LANGUAGE, which win over it, emptied).
RunOptions inLanguage(const QString& lang) {
    RunOptions options;
    options.environment = {QStringLiteral("LANG=") + lang, QStringLiteral("LC_ALL="), QStringLiteral("LANGUAGE="),
                           QStringLiteral("LC_MESSAGES=")};
    return options;
}

// The check's output lists `name` under the heading that ends in `heading`, before the next one.
bool sectionNames(const QString& output, const QString& heading, const QString& name) {
    const QStringList lines = output.split(QLatin1Char('\n'));
    bool inSection = false;
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1Char(' '))) inSection = line.endsWith(heading);
        else if (inSection && line.trimmed() == name) return true;
    }
    return false;
}

}  // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void systemLanguageReadsTheEnvironmentAsGettext();
    void registryLabelsComeFromTheChineseColumn();
    void mainWindowSwitchesLiveKeepingTheDocument();
    void reportIsChinese();
    void cliHelpAndErrorsFollowTheLanguage();
    void cliMachineOutputIsTheSameInChinese();
    void translationCheckNamesUnfinishedMissingAndVanished();
};

void TestLanguage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LeverboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_language"));
    prefs::language.set(QStringLiteral("system"));
}

void TestLanguage::cleanup() { applyLanguage(Language::English); }

void TestLanguage::systemLanguageReadsTheEnvironmentAsGettext() {
    const QByteArray saved[] = {qgetenv("LANGUAGE"), qgetenv("LC_ALL"), qgetenv("LC_MESSAGES"), qgetenv("LANG")};
    const auto set = [](const char* language, const char* all, const char* messages, const char* lang) {
        qputenv("LANGUAGE", language);
        qputenv("LC_ALL", all);
        qputenv("LC_MESSAGES", messages);
        qputenv("LANG", lang);
    };
    set("", "", "", "zh_CN.UTF-8");
    QCOMPARE(systemLanguage(), Language::Chinese);
    set("", "C.UTF-8", "", "zh_CN.UTF-8");  // LC_ALL wins over LANG
    QCOMPARE(systemLanguage(), Language::English);
    set("zh_CN:en", "", "", "en_US.UTF-8");  // LANGUAGE's first entry wins over the locale
    QCOMPARE(systemLanguage(), Language::Chinese);
    set("zh_CN:en", "C.UTF-8", "", "");  // but not in the C locale (as gettext)
    QCOMPARE(systemLanguage(), Language::English);
    set("en_GB", "", "", "zh_CN.UTF-8");
    QCOMPARE(systemLanguage(), Language::English);
    set("", "", "zh_TW.UTF-8", "en_US.UTF-8");
    QCOMPARE(systemLanguage(), Language::Chinese);
    set("", "", "", "");
    QCOMPARE(systemLanguage(), Language::English);
    set(saved[0].constData(), saved[1].constData(), saved[2].constData(), saved[3].constData());

    QCOMPARE(languageFromKey(languageKey(Language::Chinese)), Language::Chinese);
    QCOMPARE(languageFromKey(languageKey(Language::English)), Language::English);
    QCOMPARE(languageFromKey(QStringLiteral("klingon")), Language::System);
}

void TestLanguage::registryLabelsComeFromTheChineseColumn() {
    QCOMPARE(applyLanguage(Language::Chinese), Language::Chinese);
    QCOMPARE(registryLabel(spec(ParamId::HorizonYears)), QStringLiteral("时间范围"));
    QCOMPARE(registryLabel(spec(ParamId::CostFrontierPrice)), QStringLiteral("前沿模型价格"));
    for (const ParameterSpec& p : parameters()) QCOMPARE(registryLabel(p), fromView(p.labelZh));
    for (const KpiSpec& k : kpiSpecs()) QCOMPARE(registryLabel(k), fromView(k.labelZh));
    QCOMPARE(modelGroupTitle(ModelGroup::Leverage), QStringLiteral("算力杠杆"));
    QCOMPARE(modelGroupTitle(ModelGroup::HalfLife), QStringLiteral("模型半衰期"));
    QCOMPARE(unitText("months"), QStringLiteral("个月"));
    QCOMPARE(unitText("not a unit"), QStringLiteral("not a unit"));  // unknown: unchanged

    QCOMPARE(applyLanguage(Language::English), Language::English);
    QCOMPARE(registryLabel(spec(ParamId::HorizonYears)), QStringLiteral("Horizon"));
    QCOMPARE(modelGroupTitle(ModelGroup::Leverage), QStringLiteral("Compute leverage"));
    QCOMPARE(unitText("months"), QStringLiteral("months"));
}

void TestLanguage::mainWindowSwitchesLiveKeepingTheDocument() {
    applyLanguage(Language::English);
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    WorkspaceDocument document;
    document.reset(defaultWorkspace(), QString());
    MainWindow* window = replaceMainWindow(nullptr, &document);
    QVERIFY(menuTitles(*window).contains(QStringLiteral("&File")));
    // An edit to undo later: the switch must keep the document and its undo stack.
    document.setParameter(ParamId::HorizonYears, 7);
    const int undoCount = document.undoStack()->count();
    QVERIFY(undoCount > 0);
    QVERIFY(window->recoveryManager()->writeIfChanged());  // the old window's recovery copy

    MainWindow* current = window;
    QObject::connect(&LanguageSwitcher::instance(), &LanguageSwitcher::languageChanged, this,
                     [&current, &document] { current = replaceMainWindow(current, &document); });
    LanguageSwitcher::instance().choose(QStringLiteral("zh_CN"));
    QCOMPARE(prefs::language.get(), QStringLiteral("zh_CN"));
    QVERIFY(current != window);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // A menu, a parameter label and a KPI card, in Chinese.
    const QStringList titles = menuTitles(*current);
    QVERIFY2(titles.contains(QStringLiteral("文件(&F)")), qPrintable(titles.join(QLatin1Char('|'))));
    QVERIFY(titles.contains(QStringLiteral("视图(&V)")));
    ParameterEditor* horizon = editorOf(*current, ParamId::HorizonYears);
    QVERIFY(horizon);
    QCOMPARE(horizon->labelText(), QStringLiteral("时间范围"));
    // The page on screen (the others fill in when shown).
    QVERIFY(current->currentPage());
    const QList<KpiCard*> cards = current->currentPage()->findChildren<KpiCard*>();
    QVERIFY(!cards.isEmpty());
    int checked = 0;
    for (const KpiCard* card : cards) {
        const KpiSpec* kpi = findKpiSpec(card->kpiId().toStdString());
        if (!kpi || fromView(kpi->id) != card->kpiId()) continue;  // per-application KPIs add a name
        QCOMPARE(card->labelText(), fromView(kpi->labelZh));
        ++checked;
    }
    QVERIFY(checked > 0);
    QCOMPARE(document.undoStack()->count(), undoCount);
    // One recovery copy of the unsaved edit, the new window's (none left by the old one).
    const QStringList copies = QDir(RecoveryManager::recoveryDirectory())
                                   .entryList({QStringLiteral("*.leverboard")}, QDir::Files);
    QVERIFY2(copies.size() == 1, qPrintable(copies.join(QLatin1Char(' '))));
    QVERIFY(current->recoveryManager()->orphanedRecoveryFiles().isEmpty());
    QCOMPARE(document.activeScenario()[ParamId::HorizonYears], 7.0);

    // And back.
    LanguageSwitcher::instance().choose(QStringLiteral("en"));
    QVERIFY(menuTitles(*current).contains(QStringLiteral("&File")));
    QCOMPARE(editorOf(*current, ParamId::HorizonYears)->labelText(), QStringLiteral("Horizon"));
    prefs::language.set(QStringLiteral("system"));
    delete current;
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
}

void TestLanguage::reportIsChinese() {
    QCOMPARE(applyLanguage(Language::Chinese), Language::Chinese);
    WorkspaceDocument document;
    document.reset(defaultWorkspace(), QString());
    EvaluationScheduler scheduler(&document);
    scheduler.evaluateNow();
    OffscreenPages pages;
    pages.showResults(scheduler.views());
    const Report report(document.workspace(), QStringLiteral("plans.leverboard"), scheduler.views(), pages.pages(),
                        {});
    QStringList captions;
    for (const auto& table : report.tables()) captions << table.caption;
    QVERIFY2(captions.contains(QStringLiteral("全部参数")), qPrintable(captions.join(QLatin1Char('|'))));

    // The PDF's own text layer: the CJK glyphs are really there (no tofu, no missing font).
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(report.write(&file));
    }
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                  QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0,
             "pdftotext (poppler-utils, packaging/debian-packages.txt) failed");
    // NFKC: the CJK font maps some glyphs back to Kangxi radicals (⼒ U+2F12 for 力).
    const QString text =
        QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(QStringLiteral("关键指标")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("算力杠杆")));
    QVERIFY(text.contains(QStringLiteral("时间范围")));
}

void TestLanguage::cliHelpAndErrorsFollowTheLanguage() {
    const auto zh = runCli({QStringLiteral("--help")}, inLanguage(QStringLiteral("zh_CN.UTF-8")));
    QCOMPARE(zh.exitCode, 0);
    QVERIFY2(QString::fromUtf8(zh.out).startsWith(QStringLiteral("用法：leverboard [命令] [选项]\n")),
             zh.out.left(200).constData());
    const auto en = runCli({QStringLiteral("--help")}, inLanguage(QStringLiteral("C.UTF-8")));
    QVERIFY(en.out.startsWith("Usage: leverboard [COMMAND] [OPTIONS]\n"));

    const auto evalHelp = runCli({QStringLiteral("eval"), QStringLiteral("--help")},
                                 inLanguage(QStringLiteral("zh_CN.UTF-8")));
    QVERIFY2(QString::fromUtf8(evalHelp.out).startsWith(QStringLiteral("用法：leverboard eval")),
             evalHelp.out.left(200).constData());

    const auto wrong = runCli({QStringLiteral("evl")}, inLanguage(QStringLiteral("zh_CN.UTF-8")));
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(QString::fromUtf8(wrong.err).contains(QStringLiteral("未知命令")), wrong.err.constData());
}

void TestLanguage::cliMachineOutputIsTheSameInChinese() {
    const QList<QStringList> commands = {
        {QStringLiteral("eval")},
        // Out-of-range values: eval's warnings and notes are machine text too.
        {QStringLiteral("eval"), QStringLiteral("--set"), QStringLiteral("lev.share_generate=0.8"),
         QStringLiteral("--set"), QStringLiteral("lev.share_review=0.6"), QStringLiteral("--set"),
         QStringLiteral("capex.growth=0.2")},
        {QStringLiteral("params")},
        {QStringLiteral("series"), QStringLiteral("--model"), QStringLiteral("cost")},
    };
    for (const QStringList& command : commands) {
        const auto en = runCli(command, inLanguage(QStringLiteral("C.UTF-8")));
        const auto zh = runCli(command, inLanguage(QStringLiteral("zh_CN.UTF-8")));
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(zh.exitCode, 0);
        QVERIFY(!en.out.isEmpty());
        QCOMPARE(zh.out, en.out);
    }
    // The warnings and notes are there, in English (machine text), whatever the language.
    const auto zh = runCli(commands[1], inLanguage(QStringLiteral("zh_CN.UTF-8")));
    QVERIFY(zh.out.contains("\"lev.share_generate + lev.share_review = 1.4 is above 1; scaled both down"));
    QVERIFY(zh.out.contains("does not exceed long-run growth (20.00%)"));
}

// packaging/check-translations.sh on altered copies of the committed .ts: each kind of
// problem fails the check and is named.
void TestLanguage::translationCheckNamesUnfinishedMissingAndVanished() {
    const QString root = QStringLiteral(LEVERBOARD_SOURCE_DIR);
    QFile committed(root + QStringLiteral("/resources/translations/leverboard_zh_CN.ts"));
    QVERIFY(committed.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(committed.readAll());
    QTemporaryDir dir;
    const auto check = [&](const QString& text) {
        const QString path = dir.filePath(QStringLiteral("altered.ts"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text.toUtf8());
        file.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LEVERBOARD_TS"), path);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("sh"), {root + QStringLiteral("/packaging/check-translations.sh")});
        process.waitForFinished(120000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    };
    const QString message = QStringLiteral("<source>Turn On Compare</source>\n        <translation>开启对比</translation>");
    QVERIFY(ts.contains(message));

    QString unfinished = ts;
    unfinished.replace(message, QStringLiteral("<source>Turn On Compare</source>\n        <translation type=\"unfinished\"></translation>"));
    auto [code, out] = check(unfinished);
    QCOMPARE(code, 1);
    QVERIFY2(sectionNames(out, QStringLiteral("unfinished:"), QStringLiteral("[leverboard::ui::ComparePage] 'Turn On Compare'")),
             qPrintable(out));

    QString missing = ts;
    missing.replace(QStringLiteral("    <message>\n        ") + message + QStringLiteral("\n    </message>\n"), QString());
    std::tie(code, out) = check(missing);
    QCOMPARE(code, 1);
    QVERIFY2(sectionNames(out, QStringLiteral("missing (in the sources, not in the .ts):"),
                          QStringLiteral("[leverboard::ui::ComparePage] 'Turn On Compare'")),
             qPrintable(out));

    QString vanished = ts;
    vanished.replace(message, message + QStringLiteral("\n    </message>\n    <message>\n        <source>No such text</source>\n"
                                                       "        <translation>没有</translation>"));
    std::tie(code, out) = check(vanished);
    QCOMPARE(code, 1);
    QVERIFY2(sectionNames(out, QStringLiteral("vanished (in the .ts, no longer in the sources):"),
                          QStringLiteral("[leverboard::ui::ComparePage] 'No such text'")),
             qPrintable(out));

    // The committed file itself: nothing of the above (other messages may be new in the sources
    // being edited; check_translations is the test of completeness).
    std::tie(code, out) = check(ts);
    QVERIFY(!out.contains(QStringLiteral("'Turn On Compare'")));
    QVERIFY(!out.contains(QStringLiteral("'No such text'")));
}

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
