#include "present/PresentationMode.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>

#include "present/PresentationWindow.h"

namespace leverboard::ui {

PresentationMode::PresentationMode(const Dashboard& dashboard)
    : QObject(dashboard.window), dashboard_(dashboard), window_(dashboard.window),
      present_(new QAction(tr("&Present"), dashboard.window)) {
    setObjectName(QStringLiteral("PresentationMode"));
    present_->setObjectName(QStringLiteral("PresentAction"));
    present_->setShortcut(QKeySequence(Qt::Key_F5));
    present_->setStatusTip(tr("Show the pages full screen as slides (Esc leaves)"));
    connect(present_, &QAction::triggered, this, &PresentationMode::enter);
    window_->installEventFilter(this);
}

PresentationMode::~PresentationMode() = default;

PresentationWindow* PresentationMode::presentationWindow() const { return presentation_; }

void PresentationMode::enter() {
    if (isPresenting()) return;
    auto* presentation = new PresentationWindow(dashboard_.document, dashboard_.scheduler, window_);
    presentation_ = presentation;
    // Tab 5 is the Compare tables, which has no slide: start on the last one.
    presentation->showSlide(std::clamp(dashboard_.pageTabs->currentIndex(), 0, presentation->slideCount() - 1));
    connect(presentation, &PresentationWindow::exitRequested, this, &PresentationMode::leave);
    connect(presentation, &PresentationWindow::quitRequested, this, [this] {
        leave();
        window_->close();
    });
    if (QScreen* screen = window_->screen()) {
        presentation->setScreen(screen);
        presentation->setGeometry(screen->geometry());
    }
    presentation->showFullScreen();
    presentation->raise();
    presentation->activateWindow();
    emit presentingChanged(true);
}

void PresentationMode::leave() {
    if (!isPresenting()) return;
    PresentationWindow* presentation = presentation_;
    presentation_.clear();
    presentation->disconnect(this);
    presentation->hide();
    presentation->deleteLater();
    window_->raise();
    window_->activateWindow();
    emit presentingChanged(false);
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event) {
    // The main window closing ends the presentation with it (once the close
    // went through: a "Save changes?" answer of Cancel keeps both open).
    if (watched == window_ && event->type() == QEvent::Close && isPresenting()) {
        QTimer::singleShot(0, this, [this] {
            if (!window_->isVisible()) leave();
        });
    }
    return QObject::eventFilter(watched, event);
}

void installPresentationMode(const Dashboard& dashboard, QMenu* viewMenu) {
    auto* mode = new PresentationMode(dashboard);
    viewMenu->addAction(mode->presentAction());
}

PresentationMode* presentationMode(const QWidget* window) {
    return window->findChild<PresentationMode*>(QStringLiteral("PresentationMode"), Qt::FindDirectChildrenOnly);
}

}  // namespace leverboard::ui
