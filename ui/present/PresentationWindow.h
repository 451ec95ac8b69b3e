#pragma once
// The presentation itself: one full-screen window that shows the dashboard's
// model pages as slides in large type. A header names the slide, the
// scenario (or the compared scenarios, in their chart colours) and the
// active scenario's notes; a footer counts slides; a compact parameter strip
// can be shown under the slide to move sliders live in a meeting.
//
// Keys: → ↓ PageDown Space next · ← ↑ PageUp Backspace previous · Home/End
// first/last · 1–9 that slide · P parameter strip · Tab into the strip · Ctrl+Z / Ctrl+Shift+Z
// undo/redo · Esc leaves (or, while the strip has the keyboard, hands the
// keyboard back to the slides first).

#include <QColor>
#include <QList>
#include <QWidget>
#include <vector>

class QBoxLayout;
class QLabel;
class QStackedWidget;

namespace leverboard::ui {

class WorkspaceDocument;
class EvaluationScheduler;
class ModelPage;
class PresentationStrip;
class PresentationHint;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    PresentationWindow(WorkspaceDocument* document, EvaluationScheduler* scheduler, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    int slideCount() const;
    int currentSlide() const;
    ModelPage* slidePage(int index) const;
    ModelPage* currentSlidePage() const { return slidePage(currentSlide()); }
    void showSlide(int index);  // clamped to the first and the last slide
    void nextSlide();
    void previousSlide();

    // What the header and footer say, as plain text.
    QString slideTitle() const;
    QString scenarioText() const;  // "Base", or "Base · Bear · Bull" in compare mode
    QList<QColor> scenarioColors() const;
    QString notesText() const;    // as shown: at most two lines, elided
    QString counterText() const;  // "3 / 5"

    PresentationStrip* parameterStrip() const { return strip_; }
    bool isParameterStripShown() const;
    void setParameterStripShown(bool shown);

    PresentationHint* hint() const { return hint_; }
    // Type size over the application font; follows the window's size.
    double typeScale() const { return typeScale_; }

signals:
    void exitRequested();
    void quitRequested();  // Ctrl+Q while presenting: leave, then close the application
    void currentSlideChanged(int index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildFooter();
    void addEditActions();
    void refreshResults();
    void refreshHeader();
    void refreshNotes();
    void arrangeHeader();
    void updateTypeScale();

    WorkspaceDocument* document_;
    EvaluationScheduler* scheduler_;
    QList<ModelPage*> slides_;
    std::vector<bool> stale_;  // slides not yet shown the latest results
    QStackedWidget* stack_ = nullptr;
    QWidget* header_ = nullptr;
    QBoxLayout* headerTop_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* scenarios_ = nullptr;
    QLabel* notes_ = nullptr;
    QLabel* workspaceName_ = nullptr;
    QLabel* counter_ = nullptr;
    PresentationStrip* strip_ = nullptr;
    PresentationHint* hint_ = nullptr;
    QString fullNotes_;
    double typeScale_ = 0;
    bool greeted_ = false;  // the key hint was shown
};

}  // namespace leverboard::ui
