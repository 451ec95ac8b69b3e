#pragma once
// The main window: page tabs, the parameter panel, menus. It wires parts
// together and owns no model logic.

#include <QList>
#include <QMainWindow>
#include <QSet>

#include "params/ParameterRegistry.h"

class QTabWidget;
class QLabel;
class QMenu;
class QDockWidget;

namespace leverboard::ui {

class WorkspaceDocument;
class EvaluationScheduler;
class ParameterPanel;
class ModelPage;
class WarningBanner;
class FileController;
class RecoveryManager;
class ScenarioListPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkspaceDocument* document() const { return document_; }
    EvaluationScheduler* scheduler() const { return scheduler_; }
    ParameterPanel* parameterPanel() const { return parameterPanel_; }
    QTabWidget* pageTabs() const { return tabs_; }
    QList<ModelPage*> pages() const { return pages_; }
    ModelPage* currentPage() const;
    void showPage(int index);

    QMenu* fileMenu() const { return fileMenu_; }
    QMenu* editMenu() const { return editMenu_; }
    QMenu* viewMenu() const { return viewMenu_; }
    FileController* fileController() const { return fileController_; }
    RecoveryManager* recoveryManager() const { return recoveryManager_; }
    ScenarioListPanel* scenarioPanel() const { return scenarioPanel_; }
    WarningBanner* warningBanner() const { return warningBanner_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void refreshResults();
    void updateTitle();
    void restoreSettings();
    void fitToScreen(QDockWidget* parameters, QDockWidget* scenarios);

    WorkspaceDocument* document_;
    EvaluationScheduler* scheduler_;
    ParameterPanel* parameterPanel_;
    QTabWidget* tabs_;
    WarningBanner* warningBanner_;
    QList<ModelPage*> pages_;
    QSet<ModelPage*> stalePages_;  // pages whose results are older than the scheduler's
    QMenu* fileMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    FileController* fileController_ = nullptr;
    RecoveryManager* recoveryManager_ = nullptr;
    ScenarioListPanel* scenarioPanel_ = nullptr;
};

}  // namespace leverboard::ui
