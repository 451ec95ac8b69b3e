#include <QApplication>

#include "CommandLine.h"
#include "GuiLauncher.h"

int main(int argc, char** argv) {
    if (leverboard::cli::isHeadlessInvocation(argc, argv)) return leverboard::cli::run(argc, argv);
    return leverboard::ui::runGui(argc, argv);
}
