#pragma once
// Presentation mode (F5 / Esc): full screen slides of the model pages for a
// room. MainWindow calls installPresentationMode once; everything else lives
// behind it. The main window itself is left untouched while presenting (its
// page, docks and geometry are exactly as they were when the mode ends).

#include <QObject>
#include <QPointer>

#include "present/Dashboard.h"

class QAction;
class QMenu;
class QWidget;

namespace leverboard::ui {

class PresentationWindow;

class PresentationMode : public QObject {
    Q_OBJECT
public:
    explicit PresentationMode(const Dashboard& dashboard);
    ~PresentationMode() override;

    QAction* presentAction() const { return present_; }
    bool isPresenting() const { return !presentation_.isNull(); }
    PresentationWindow* presentationWindow() const;  // null when not presenting

    // Opens the slides full screen on the main window's screen, starting at
    // the page the user was on.
    void enter();
    void leave();

signals:
    void presentingChanged(bool presenting);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Dashboard dashboard_;
    QMainWindow* window_;  // dashboard_.window
    QAction* present_;
    QPointer<PresentationWindow> presentation_;
};

// Adds the "Present" action (F5) to `viewMenu`; the dashboard's window owns the mode.
void installPresentationMode(const Dashboard& dashboard, QMenu* viewMenu);
// The mode installed on a window (null before installPresentationMode).
PresentationMode* presentationMode(const QWidget* window);

}  // namespace leverboard::ui
