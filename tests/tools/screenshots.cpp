// Developer tool, not a test: saves a PNG of every page of the main window so
// a person can look at the layout. Run under a real display or Xvfb:
//
//   xvfb-run -a -s "-screen 0 1366x768x24" screenshots OUT_DIR [--compare] [--dark] [--uncertainty] [--set ID=VALUE]...
//   QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1920x1080x24" screenshots OUT_DIR
//
// The window is maximized on the screen it gets, like a user's first launch.

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTest>
#include <cstdio>

#include "MainWindow.h"
#include "document/WorkspaceDocument.h"
#include "pages/ModelPage.h"
#include "widgets/DistributionEditor.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"
#include "text/Language.h"
#include "workspace/FileController.h"

using namespace leverboard::ui;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // keep the user's settings out
    leverboard::ui::applyLanguage(leverboard::ui::Language::System);  // LANG=zh_CN.UTF-8: in Chinese
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: screenshots OUT_DIR [--compare] [--dark] [--uncertainty] [--set ID=VALUE]...\n");
        return 2;
    }
    const QString out = args[1];
    QDir().mkpath(out);
    if (args.contains(QStringLiteral("--dark"))) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, Qt::white);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark);
    }

    WorkspaceDocument document;
    document.reset(FileController::bundledDefaultWorkspace(), QString());
    if (args.contains(QStringLiteral("--compare"))) document.setCompareEnabled(true);
    // --set lev.target_work=5e6: a parameter of the active scenario (e.g. to show the warning banner).
    for (int i = 2; i + 1 < args.size(); ++i) {
        if (args[i] != QStringLiteral("--set")) continue;
        const QStringList pair = args[i + 1].split(QLatin1Char('='));
        const auto param = pair.size() == 2 ? leverboard::findParameter(pair[0].toStdString()) : std::nullopt;
        bool ok = false;
        const double value = pair.size() == 2 ? pair[1].toDouble(&ok) : 0;
        if (!param || !ok) {
            std::fprintf(stderr, "screenshots: --set needs ID=VALUE with a known parameter id, got '%s'\n",
                         qPrintable(args[i + 1]));
            return 2;
        }
        document.setParameter(*param, value);
    }
    if (args.contains(QStringLiteral("--uncertainty"))) {
        // Live Monte Carlo (issue 12): the active scenario unsure about frontier
        // decline (5–10×), economic life (2–4 years) and the rental price ($3–10):
        // fan bands, P10–P90 on the cards, the Distributions page.
        leverboard::Workspace workspace = document.workspace();
        auto& uncertainty = workspace.activeScenario().uncertainty;
        uncertainty.set(leverboard::ParamId::CostFrontierDecline, {leverboard::DistributionKind::Uniform, 5, 10, 0});
        uncertainty.set(leverboard::ParamId::CapexEconomicLife, {leverboard::DistributionKind::Uniform, 2, 4, 0});
        uncertainty.set(leverboard::ParamId::CapexRentalPrice, {leverboard::DistributionKind::Uniform, 3, 10, 0});
        document.reset(workspace, QString());
    }
    MainWindow window(&document);
    window.showMaximized();
    if (!QTest::qWaitForWindowExposed(&window)) return 1;
    QTest::qWait(300);
    const QSize size = window.screen()->size();
    for (int i = 0; i < window.pages().size(); ++i) {
        window.showPage(i);
        QTest::qWait(150);
        const QString path = QStringLiteral("%1/%2-%3x%4.png")
                                 .arg(out)
                                 .arg(i + 1)
                                 .arg(size.width())
                                 .arg(size.height());
        window.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    }

    // Uncertainty (issue 12): bands on the Capex sliders, the correlation
    // table under the panel, and the distribution editor of the rental price.
    {
        using leverboard::Distribution;
        using leverboard::DistributionKind;
        using leverboard::ParamId;
        leverboard::Uncertainty uncertainty;
        uncertainty.set(ParamId::CapexEconomicLife, Distribution{DistributionKind::Uniform, 2, 4, 0});
        uncertainty.set(ParamId::CapexUtilization, Distribution{DistributionKind::Normal, 0.6, 0.9, 0});
        uncertainty.set(ParamId::CapexRentalPrice, Distribution{DistributionKind::Lognormal, 2, 6, 0});
        uncertainty.setCorrelation(ParamId::CapexUtilization, ParamId::CapexRentalPrice, 0.5);
        document.setUncertainty(uncertainty, QStringLiteral("screenshot"));
        window.parameterPanel()->showGroup(leverboard::ModelGroup::Capex);
        QTest::qWait(200);
        ParameterEditor* utilization = window.parameterPanel()->editor(ParamId::CapexUtilization);
        for (QWidget* w = utilization->parentWidget(); w; w = w->parentWidget())
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) scroll->ensureWidgetVisible(utilization);
        QTest::qWait(200);
        const QString panelPath = QStringLiteral("%1/uncertainty-%2x%3.png").arg(out).arg(size.width()).arg(size.height());
        window.grab().save(panelPath);
        std::printf("%s\n", qPrintable(panelPath));
        DistributionEditor* editor = window.parameterPanel()->editor(ParamId::CapexRentalPrice)->openDistributionEditor();
        QTest::qWait(300);
        const QString editorPath = QStringLiteral("%1/distribution-editor.png").arg(out);
        editor->grab().save(editorPath);
        std::printf("%s\n", qPrintable(editorPath));
        editor->reject();
    }
    return 0;
}
