#pragma once
// The strip above the pages that lists the engine's warnings (inputs clamped
// into range, inputs that contradict each other, a goal no team reaches).
//
// Its geometry never follows its text: one line, elided to the width it is
// given, with every warning in the tooltip (a click shows it at once). A
// banner that wrapped onto one more line, or came and went, on a slider tick
// resized the pages under it, and with them every chart: a full relayout
// (25–40 ms on the Leverage page) inside that tick.
//
// So that it does not come and go while a slider is dragged either, it stays
// up once shown: when the warnings clear it reads "No warnings" until the
// values have been still for kSettleMs, then hides (after a single change,
// such as a typed value or an undo, that is kSettleMs later).

#include <QLabel>
#include <QStringList>
#include <QTimer>

namespace leverboard::ui {

class WarningBanner : public QLabel {
    Q_OBJECT
public:
    static constexpr int kSettleMs = 1200;

    explicit WarningBanner(QWidget* parent = nullptr);

    // The warnings of the evaluation just shown (sentences for people), empty for none.
    void setWarnings(const QStringList& lines);
    const QStringList& warnings() const { return lines_; }
    // What the banner says in full (before eliding).
    const QString& fullText() const { return fullText_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateText();
    void applyStyle();

    QStringList lines_;
    QString fullText_;
    QTimer hideTimer_;
};

}  // namespace leverboard::ui
