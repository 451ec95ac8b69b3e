#include "GuiLauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStatusBar>

#include "MainWindow.h"
#include "document/WorkspaceDocument.h"
#include "workspace/FileController.h"
#include "workspace/RecoveryManager.h"
#include "Preferences.h"
#include "text/Language.h"
#include "text/LanguageMenu.h"

namespace leverboard::ui {

void openInitialWorkspace(MainWindow& window, const QString& fileArgument) {
    // Recovered work first: it exists nowhere else. Opening the file would
    // then only ask to save or discard it, so the file waits for the user.
    if (window.recoveryManager()->offerRestore(&window)) {
        if (!fileArgument.isEmpty())
            window.statusBar()->showMessage(
                QApplication::translate("GuiLauncher", "Restored unsaved work; %1 was not opened.")
                    .arg(fileArgument));
        return;
    }
    if (!fileArgument.isEmpty()) window.fileController()->openFile(fileArgument);
}

int runGui(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Leverboard"));
    QApplication::setOrganizationName(QStringLiteral("Leverboard"));
    QApplication::setApplicationVersion(QStringLiteral(LEVERBOARD_VERSION));
    // The language of the preferences (System: the environment, as gettext reads it).
    applyLanguage(languageFromKey(prefs::language.get()));
    // One id for the desktop file, metainfo and icon (packaging/); the theme's icon first,
    // the bundled SVG when the theme has none (e.g. running from the build tree).
    const QString appId = QStringLiteral("io.github.leverboard.Leverboard");
    QApplication::setDesktopFileName(appId);
    QApplication::setWindowIcon(
        QIcon::fromTheme(appId, QIcon(QStringLiteral(":/icons/%1.svg").arg(appId))));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("GuiLauncher", "Workspace file to open."),
                                 QStringLiteral("[FILE]"));
    parser.parse(QApplication::arguments());  // --help and commands are the headless side's job
    const QString fileArgument = parser.positionalArguments().value(0);

    WorkspaceDocument document;
    document.reset(FileController::bundledDefaultWorkspace(), QString());
    // The window is rebuilt in the new language when View ▸ Language changes it.
    MainWindow* window = replaceMainWindow(nullptr, &document);
    window->show();
    QObject::connect(&LanguageSwitcher::instance(), &LanguageSwitcher::languageChanged, &app,
                     [&window, &document] { window = replaceMainWindow(window, &document); });
    openInitialWorkspace(*window, fileArgument);
    const int status = app.exec();
    delete window;
    return status;
}

}  // namespace leverboard::ui
