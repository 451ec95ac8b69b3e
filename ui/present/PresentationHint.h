#pragma once
// A short key hint over the slide ("←/→ slides · P parameters · Esc exit"):
// shown for a few seconds, then fades out so it never covers a chart for long.

#include <QLabel>

class QGraphicsOpacityEffect;
class QPropertyAnimation;
class QTimer;

namespace leverboard::ui {

class PresentationHint : public QLabel {
    Q_OBJECT
public:
    // Floats over `area` (the slide), as a child of its window so that no
    // sibling raised later (the next slide) hides it.
    explicit PresentationHint(QWidget* area);

    // Shows the text centred near the bottom of the area, then fades it out.
    void showHint(const QString& text);
    bool isShowing() const { return isVisible(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QWidget* area_;
    QGraphicsOpacityEffect* opacity_;
    QPropertyAnimation* fade_;
    QTimer* hold_;
};

}  // namespace leverboard::ui
