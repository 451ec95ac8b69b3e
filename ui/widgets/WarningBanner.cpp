#include "widgets/WarningBanner.h"

#include <QEvent>
#include <QMouseEvent>
#include <QToolTip>

namespace leverboard::ui {

WarningBanner::WarningBanner(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("WarningBanner"));
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    hideTimer_.setSingleShot(true);
    hideTimer_.setInterval(kSettleMs);
    connect(&hideTimer_, &QTimer::timeout, this, [this] {
        if (lines_.isEmpty()) hide();
    });
    applyStyle();
    hide();
}

void WarningBanner::setWarnings(const QStringList& lines) {
    if (lines.isEmpty()) {
        const bool had = !lines_.isEmpty();
        lines_.clear();
        if (!isVisible()) return;
        hideTimer_.start();  // (re)started on every change: hides once the values are still
        if (!had) return;
        fullText_ = tr("✓ No warnings");
        setToolTip(QString());
    } else {
        hideTimer_.stop();
        if (lines == lines_ && isVisible()) return;
        lines_ = lines;
        fullText_ = tr("⚠ %n warning(s): ", nullptr, int(lines_.size())) + lines_.join(QStringLiteral(" · "));
        setToolTip(lines_.join(QLatin1Char('\n')));
    }
    applyStyle();
    updateText();
    if (!lines_.isEmpty()) show();
}

QSize WarningBanner::sizeHint() const {
    // The text is one line (no wrapping, no line breaks), so the height is
    // one line's whatever it says; the width is the layout's to give.
    return {200, QLabel::sizeHint().height()};
}

QSize WarningBanner::minimumSizeHint() const { return {40, QLabel::minimumSizeHint().height()}; }

void WarningBanner::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    updateText();
}

void WarningBanner::mousePressEvent(QMouseEvent* event) {
    if (!toolTip().isEmpty()) QToolTip::showText(event->globalPosition().toPoint(), toolTip(), this);
    QLabel::mousePressEvent(event);
}

void WarningBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) updateGeometry();
    QLabel::changeEvent(event);
}

void WarningBanner::updateText() {
    const int width = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().elidedText(fullText_, Qt::ElideRight, std::max(width, 0));
    if (shown != text()) setText(shown);
}

void WarningBanner::applyStyle() {
    // Amber while there are warnings; quiet once they cleared.
    const QString style = lines_.isEmpty()
                              ? QStringLiteral("QLabel#WarningBanner { background: palette(window); color: palette(mid);"
                                               " border: 1px solid palette(midlight); border-radius: 3px;"
                                               " padding: 3px 6px; }")
                              : QStringLiteral("QLabel#WarningBanner { background: #fff4ce; color: #5c4400;"
                                               " border: 1px solid #e0c060; border-radius: 3px; padding: 3px 6px; }");
    if (styleSheet() != style) setStyleSheet(style);
}

}  // namespace leverboard::ui
