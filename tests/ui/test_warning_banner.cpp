// The warning banner above the pages: one line whatever it says, every
// warning in its tooltip, and it stays up through a run of changes, so that
// warnings coming and going while a slider moves never resize the pages (and
// with them every chart) under it.

#include <QTabWidget>
#include <QVBoxLayout>
#include <QtTest>

#include "MainWindow.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "pages/ModelPage.h"
#include "widgets/WarningBanner.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

// Values of lev.target_work with and without engine warnings on the default
// scenario, found by asking the engine (not written down here).
std::pair<double, double> targetWorkWithAndWithoutWarnings() {
    const ParameterSpec& p = spec(ParamId::LevTargetWork);
    std::optional<double> with, without;
    for (int i = 0; i <= 200 && !(with && without); ++i) {
        Scenario s;
        s[ParamId::LevTargetWork] = p.min * std::pow(p.max / p.min, i / 200.0);
        const bool warned = !evaluate(s).warnings.empty();
        if (warned && !with) with = s[ParamId::LevTargetWork];
        if (!warned && !without) without = s[ParamId::LevTargetWork];
    }
    if (!with || !without) return {0, 0};
    return {*with, *without};
}

}  // namespace

class TestWarningBanner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void oneLineWhateverItSays() {
        QWidget host;
        auto* layout = new QVBoxLayout(&host);
        auto* banner = new WarningBanner(&host);
        layout->addWidget(banner);
        layout->addStretch();
        host.resize(500, 300);
        host.show();
        QVERIFY(!banner->isVisible());  // no warnings yet

        banner->setWarnings({QStringLiteral("Target work was clamped into its range.")});
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("1 warning")));
        QCOMPARE(banner->toolTip(), QStringLiteral("Target work was clamped into its range."));
        QTRY_VERIFY(banner->height() > 0);
        const int oneLine = banner->sizeHint().height();
        const int shownHeight = banner->height();

        const QStringList many{QStringLiteral("No team reaches the target work within the horizon, however large."),
                               QStringLiteral("Saturation p_sat lies above p: the leverage curve bends the wrong way."),
                               QStringLiteral("目标工作量已被限制在其范围内，请检查输入。")};
        banner->setWarnings(many);
        QCoreApplication::processEvents();
        QCOMPARE(banner->sizeHint().height(), oneLine);
        QCOMPARE(banner->height(), shownHeight);
        // Elided to its width, the whole list in the tooltip.
        QVERIFY(banner->text().endsWith(QChar(0x2026)));
        QVERIFY(banner->fullText().startsWith(banner->text().chopped(1)));
        QCOMPARE(banner->toolTip(), many.join(QLatin1Char('\n')));
        QVERIFY(banner->fontMetrics().horizontalAdvance(banner->text()) <= banner->contentsRect().width());

        // Cleared: says so, same height, and hides once the values are still.
        banner->setWarnings({});
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->fullText(), QStringLiteral("✓ No warnings"));
        QVERIFY(banner->toolTip().isEmpty());
        QCOMPARE(banner->sizeHint().height(), oneLine);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), WarningBanner::kSettleMs + 2000);
    }

    void staysUpWhileChangesKeepComing() {
        QWidget host;
        auto* layout = new QVBoxLayout(&host);
        auto* banner = new WarningBanner(&host);
        layout->addWidget(banner);
        host.show();
        banner->setWarnings({QStringLiteral("A warning.")});
        banner->setWarnings({});
        // Changes (without warnings) every third of the settle time, for twice the settle time.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 2 * WarningBanner::kSettleMs) {
            QTest::qWait(WarningBanner::kSettleMs / 3);
            QVERIFY(banner->isVisible());
            banner->setWarnings({});
        }
        // A warning again mid-run: shown at once, and the run of quiet changes starts over.
        banner->setWarnings({QStringLiteral("Another warning.")});
        QVERIFY(banner->fullText().contains(QStringLiteral("Another warning.")));
        QTest::qWait(WarningBanner::kSettleMs + 300);
        QVERIFY(banner->isVisible());  // warnings never time out
        banner->setWarnings({});
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), WarningBanner::kSettleMs + 2000);
    }

    // In the window: moving in and out of a region with warnings, the pages
    // keep their size from the first warning on; the banner says what the
    // engine says.
    void pagesKeepTheirSizeWhileWarningsComeAndGo() {
        const auto [with, without] = targetWorkWithAndWithoutWarnings();
        QVERIFY2(with > 0 && without > 0, "the default scenario has lev.target_work values with and without warnings");
        WorkspaceDocument document;
        document.setParameter(ParamId::LevTargetWork, without);
        MainWindow window(&document);
        window.resize(1366, 768);
        window.show();
        window.scheduler()->evaluateNow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WarningBanner* banner = window.warningBanner();
        QVERIFY(!banner->isVisible());
        QWidget* pages = window.findChild<QTabWidget*>();
        QVERIFY(pages);

        document.setParameter(ParamId::LevTargetWork, with);
        window.scheduler()->evaluateNow();
        QCoreApplication::processEvents();
        QVERIFY(banner->isVisible());
        Scenario expected;
        expected[ParamId::LevTargetWork] = with;
        QCOMPARE(banner->warnings().size(), qsizetype(evaluate(expected).warnings.size()));
        const int pageHeight = pages->height();

        for (int i = 0; i < 12; ++i) {
            document.setParameter(ParamId::LevTargetWork, i % 2 ? with : without);
            window.scheduler()->evaluateNow();
            QCoreApplication::processEvents();
            QVERIFY(banner->isVisible());
            QCOMPARE(pages->height(), pageHeight);
            QCOMPARE(banner->warnings().isEmpty(), i % 2 == 0);
        }
        // Still at a value without warnings: the banner goes and the pages grow back.
        document.setParameter(ParamId::LevTargetWork, without);
        window.scheduler()->evaluateNow();
        QCoreApplication::processEvents();
        QCOMPARE(pages->height(), pageHeight);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), WarningBanner::kSettleMs + 2000);
        QTRY_VERIFY(pages->height() > pageHeight);
    }
};

QTEST_MAIN(TestWarningBanner)
#include "test_warning_banner.moc"
