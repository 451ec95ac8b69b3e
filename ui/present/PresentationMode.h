#pragma once
// Presentation mode (F5 / Esc): full screen slides of the model pages for a
// room. MainWindow calls installPresentationMode once; everything else lives
// behind it. The main window itself is left untouched while presenting (its
// page, docks and geometry are exactly as they were when the mode ends).

#include <QObject>
#include <QPointer>

class QAction;

namespace leverboard::ui {

class MainWindow;
class PresentationWindow;

class PresentationMode : public QObject {
    Q_OBJECT
public:
    explicit PresentationMode(MainWindow* window);
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
    MainWindow* window_;
    QAction* present_;
    QPointer<PresentationWindow> presentation_;
};

// Adds the "Present" action (F5) to the window's View menu and owns the mode.
void installPresentationMode(MainWindow* window);
// The mode installed on a window (null before installPresentationMode).
PresentationMode* presentationMode(const MainWindow* window);

}  // namespace leverboard::ui
