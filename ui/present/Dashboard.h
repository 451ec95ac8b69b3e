#pragma once
// What presentation mode and the export commands need of the main window,
// handed to them by it: present/ never includes MainWindow.h (the main window
// includes present/, not the other way round).

#include <QList>
#include <QTabWidget>

class QMainWindow;

namespace leverboard::ui {

class EvaluationScheduler;
class ModelPage;
class WorkspaceDocument;

struct Dashboard {
    QMainWindow* window = nullptr;  // parent of dialogs, its status bar; closing it ends a presentation
    WorkspaceDocument* document = nullptr;
    EvaluationScheduler* scheduler = nullptr;
    QTabWidget* pageTabs = nullptr;  // one tab per page, in the order of `pages`
    QList<ModelPage*> pages;

    ModelPage* currentPage() const { return pages.value(pageTabs ? pageTabs->currentIndex() : -1); }
};

}  // namespace leverboard::ui
