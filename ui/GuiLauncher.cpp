#include "GuiLauncher.h"

#include <QApplication>
#include <QMainWindow>

namespace leverboard::ui {

int runGui(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QObject::tr("Leverboard"));
    window.show();
    return app.exec();
}

}  // namespace leverboard::ui
