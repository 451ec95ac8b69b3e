#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "Preferences.h"
#include "analysis/GoalSeekDialog.h"
#include "analysis/SensitivityPage.h"
#include "analysis/UncertaintyController.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "help/AboutDialog.h"
#include "help/ModelReference.h"
#include "models/ModelRegistry.h"
#include "pages/ModelPage.h"
#include "pages/PageRegistry.h"
#include "present/ExportActions.h"
#include "present/PresentationMode.h"
#include "text/LanguageMenu.h"
#include "text/MessageText.h"
#include "widgets/KpiCard.h"
#include "widgets/ParameterPanel.h"
#include "widgets/WarningBanner.h"
#include "workspace/FileController.h"
#include "workspace/RecoveryManager.h"
#include "workspace/ScenarioListPanel.h"

namespace leverboard::ui {

MainWindow::MainWindow(WorkspaceDocument* document, QWidget* parent)
    : QMainWindow(parent), document_(document), scheduler_(new EvaluationScheduler(document, this)),
      parameterPanel_(new ParameterPanel(document, this)), tabs_(new QTabWidget(this)),
      warningBanner_(new WarningBanner(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    for (const PageSpec& spec : pageSpecs()) pages_.append(spec.create(document_));
    // "Capex & ROIC": a tab reads '&' as a mnemonic marker, so double it.
    // Each page in a scroll area: a page taller than the screen (KPI cards with
    // their P10–P90 lines under uncertainty) scrolls instead of making the
    // window taller than a 1366×768 laptop's screen.
    for (ModelPage* page : pages_) {
        auto* scroll = new QScrollArea(tabs_);
        scroll->setObjectName(QStringLiteral("PageScroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        scroll->setWidget(page);
        tabs_->addTab(scroll, QString(page->pageTitle()).replace(QLatin1Char('&'), QStringLiteral("&&")));
    }
    for (ModelPage* page : pages_)
        connect(page, &ModelPage::pageRequested, this, [this](const QString& pageId) {
            const std::span<const PageSpec> specs = pageSpecs();
            for (std::size_t i = 0; i < specs.size(); ++i)
                if (QString::fromUtf8(specs[i].id.data(), qsizetype(specs[i].id.size())) == pageId) showPage(int(i));
        });
    for (ModelPage* page : pages_)  // a tornado bar's click selects its parameter's slider
        if (auto* sensitivity = qobject_cast<SensitivityPage*>(page))
            connect(sensitivity, &SensitivityPage::parameterRequested, parameterPanel_, &ParameterPanel::focusParameter);
    tabs_->setDocumentMode(true);
    // Nine tabs must not set the window's minimum width (the parameter dock
    // would be squeezed): scroll them when the window is narrow.
    tabs_->tabBar()->setUsesScrollButtons(true);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(warningBanner_);
    layout->addWidget(tabs_, 1);
    setCentralWidget(central);

    auto* dock = new QDockWidget(tr("Parameters"), this);
    dock->setObjectName(QStringLiteral("ParametersDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto* scroll = new QScrollArea(dock);
    scroll->setWidget(parameterPanel_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    dock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    // Scenarios on the left, narrow: switching and ticking need only the names.
    scenarioPanel_ = new ScenarioListPanel(document_, this);
    auto* scenarioDock = new QDockWidget(tr("Scenarios"), this);
    scenarioDock->setObjectName(QStringLiteral("ScenariosDock"));
    scenarioDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                              QDockWidget::DockWidgetClosable);
    scenarioDock->setWidget(scenarioPanel_);
    addDockWidget(Qt::LeftDockWidgetArea, scenarioDock);
    connect(scenarioPanel_, &ScenarioListPanel::statusMessage, this, [this](const QString& text) {
        if (!text.isEmpty()) statusBar()->showMessage(text, 8000);
    });

    buildMenus();
    fileController_ = new FileController(document_, this);
    fileController_->addActionsTo(fileMenu_);
    recoveryManager_ = new RecoveryManager(document_, this);
    const Dashboard dashboard{this, document_, scheduler_, tabs_, pages_};
    installExportActions(dashboard, fileMenu_);
    installPresentationMode(dashboard, viewMenu_);
    installLanguageMenu(viewMenu_);
    installUncertainty(dashboard);  // live Monte Carlo: cards, fan bands, status indicator
    setAcceptDrops(true);
    connect(scheduler_, &EvaluationScheduler::resultsReady, this, &MainWindow::refreshResults);
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (index < 0 || index >= pages_.size()) return;
        ModelPage* page = pages_[index];
        if (stalePages_.remove(page)) page->showResults(scheduler_->views());
        parameterPanel_->showGroup(page->group());
        prefs::lastPage.set(index);
    });
    connect(document_, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &WorkspaceDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document_, &WorkspaceDocument::activeScenarioChanged, this, &MainWindow::updateTitle);
    connect(document_, &WorkspaceDocument::workspaceReset, this, &MainWindow::updateTitle);
    connect(document_, &WorkspaceDocument::scenariosChanged, this, &MainWindow::updateTitle);

    fitToScreen(dock, scenarioDock);
    restoreSettings();
    refreshResults();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::fitToScreen(QDockWidget* parameters, QDockWidget* scenarios) {
    // First launch (no saved geometry): 1366×768 or the screen, whichever is
    // smaller. Narrow screens (1920×1080 at 2× is 960 logical pixels) put the
    // scenario list behind the parameters so the charts keep their width.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1366, available.width()), std::min(768, available.height()));
    if (available.width() < 1200) {
        tabifyDockWidget(parameters, scenarios);
        parameters->raise();
        resizeDocks({parameters}, {240}, Qt::Horizontal);
    } else {
        resizeDocks({scenarios, parameters}, {185, 250}, Qt::Horizontal);
    }
}

ModelPage* MainWindow::currentPage() const { return pages_.value(tabs_->currentIndex()); }

void MainWindow::showPage(int index) { tabs_->setCurrentIndex(index); }

void MainWindow::buildMenus() {
    fileMenu_ = menuBar()->addMenu(tr("&File"));
    editMenu_ = menuBar()->addMenu(tr("&Edit"));
    viewMenu_ = menuBar()->addMenu(tr("&View"));
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));

    // Goal seek: from the Tools menu, or "What would it take?" on a KPI card (that KPI chosen).
    const auto openGoalSeek = [this](const QString& kpiId) {
        auto* dialog = findChild<GoalSeekDialog*>();
        if (!dialog) dialog = new GoalSeekDialog(document_, this);
        if (!kpiId.isEmpty()) dialog->setKpi(kpiId);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    };
    QAction* goalSeek = tools->addAction(tr("&Goal seek…"));
    goalSeek->setObjectName(QStringLiteral("GoalSeekAction"));
    goalSeek->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(goalSeek, &QAction::triggered, this, [openGoalSeek] { openGoalSeek({}); });
    connect(KpiCardRequests::instance(), &KpiCardRequests::goalSeekRequested, this,
            [this, openGoalSeek](QWidget* card, const QString& kpiId) {
                // Cards of this window or of its slides, not of another main window.
                if (card->window() == this || !qobject_cast<MainWindow*>(card->window())) openGoalSeek(kpiId);
            });

    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);  // Ctrl+Y and Ctrl+Shift+Z where both are usual
    editMenu_->addAction(undo);
    editMenu_->addAction(redo);

    for (int i = 0; i < pages_.size(); ++i) {
        QAction* action = viewMenu_->addAction(pages_[i]->pageTitle());
        action->setShortcut(pageShortcut(i));
        action->setShortcutContext(Qt::ApplicationShortcut);
        connect(action, &QAction::triggered, this, [this, i] { showPage(i); });
    }
    viewMenu_->addSeparator();
    viewMenu_->addAction(scenarioPanel_->compareAction());
    if (auto* scenarioDock = findChild<QDockWidget*>(QStringLiteral("ScenariosDock")))
        viewMenu_->addAction(scenarioDock->toggleViewAction());
    viewMenu_->addSeparator();

    // Quit first into the File menu: FileController and the export actions
    // insert their entries above it, so it stays last.
    QAction* quit = fileMenu_->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));  // also where the platform has no Quit key
    quit->setMenuRole(QAction::QuitRole);

    QAction* reference = help->addAction(tr("&Model reference"));
    reference->setShortcut(QKeySequence::HelpContents);
    connect(reference, &QAction::triggered, this, [this] {
        auto* dialog = findChild<ModelReference*>();
        if (!dialog) dialog = new ModelReference(this);
        if (const ModelPage* page = currentPage())
            for (const ModelSpec& model : models())
                if (model.group == page->group()) dialog->showModel(model.id);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Leverboard"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::refreshResults() {
    // Only the page on screen redraws now; the others catch up when shown.
    // Hidden pages would otherwise rebuild their series' geometry on every
    // slider tick for nobody (five pages' worth of work per frame).
    const auto& views = scheduler_->views();
    ModelPage* current = currentPage();
    for (ModelPage* page : pages_) stalePages_.insert(page);
    if (current) {
        current->showResults(views);
        stalePages_.remove(current);
    }
    // One line that stays up through a drag (widgets/WarningBanner.h): the
    // pages under it keep their size, so no tick relayouts every chart.
    QStringList lines;
    for (const auto& w : scheduler_->activeResults().warnings) lines << messageText(w, MessageChannel::Gui);
    warningBanner_->setWarnings(lines);
}

void MainWindow::updateTitle() {
    const QString file = document_->filePath().isEmpty() ? tr("Untitled")
                                                         : QFileInfo(document_->filePath()).fileName();
    const QString scenario = QString::fromStdString(document_->activeScenario().name);
    setWindowTitle(QStringLiteral("%1[*] — %2 — Leverboard").arg(file, scenario));
    setWindowModified(document_->isModified());
}

void MainWindow::restoreSettings() {
    const QByteArray geometry = prefs::mainWindowGeometry.get();
    if (!geometry.isEmpty()) restoreGeometry(geometry);
    const QByteArray state = prefs::mainWindowState.get();
    if (!state.isEmpty()) restoreState(state);
    const int page = prefs::lastPage.get();
    showPage(page >= 0 && page < pages_.size() ? page : 0);
    parameterPanel_->showGroup(currentPage()->group());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!fileController_->maybeSave()) {
        event->ignore();
        return;
    }
    recoveryManager_->discardRecovery();  // saved or discarded on purpose: a clean close
    prefs::mainWindowGeometry.set(saveGeometry());
    prefs::mainWindowState.set(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!FileController::workspaceFileIn(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = FileController::workspaceFileIn(event->mimeData());
    if (path.isEmpty()) return;
    event->acceptProposedAction();
    // After the drop returns: the source application must not wait on our dialogs.
    QMetaObject::invokeMethod(fileController_, [this, path] { fileController_->openFile(path); },
                              Qt::QueuedConnection);
}

}  // namespace leverboard::ui
