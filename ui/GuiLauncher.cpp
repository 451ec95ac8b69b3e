#include "GuiLauncher.h"

#include <QApplication>

#include "MainWindow.h"
#include "document/WorkspaceDocument.h"

namespace leverboard::ui {

int runGui(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Leverboard"));
    QApplication::setOrganizationName(QStringLiteral("Leverboard"));
    QApplication::setApplicationVersion(QStringLiteral(LEVERBOARD_VERSION));
    WorkspaceDocument document;
    MainWindow window(&document);
    window.show();
    return app.exec();
}

}  // namespace leverboard::ui
