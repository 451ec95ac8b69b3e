#include "present/PresentationHint.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QPropertyAnimation>
#include <QTimer>

namespace leverboard::ui {
namespace {

constexpr int kHoldMs = 3000;  // long enough to read two short phrases
constexpr int kFadeMs = 900;
constexpr double kBottomMarginFraction = 0.08;

}  // namespace

PresentationHint::PresentationHint(QWidget* area)
    : QLabel(area->window()), area_(area), opacity_(new QGraphicsOpacityEffect(this)),
      fade_(new QPropertyAnimation(opacity_, "opacity", this)), hold_(new QTimer(this)) {
    setObjectName(QStringLiteral("PresentationHint"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAlignment(Qt::AlignCenter);
    // Light text on a dark pill reads on light and dark slides alike.
    setStyleSheet(QStringLiteral("QLabel#PresentationHint { background: rgba(20, 20, 20, 200); color: white;"
                                 " border-radius: 10px; padding: 10px 22px; }"));
    setGraphicsEffect(opacity_);
    fade_->setDuration(kFadeMs);
    fade_->setStartValue(1.0);
    fade_->setEndValue(0.0);
    connect(fade_, &QPropertyAnimation::finished, this, &QWidget::hide);
    hold_->setSingleShot(true);
    hold_->setInterval(kHoldMs);
    connect(hold_, &QTimer::timeout, fade_, [this] { fade_->start(); });
    area_->installEventFilter(this);
    hide();
}

void PresentationHint::showHint(const QString& text) {
    fade_->stop();
    opacity_->setOpacity(1.0);
    setText(text);
    place();
    show();
    raise();
    hold_->start();
}

void PresentationHint::place() {
    // A style-sheeted label keeps the font it was polished with: follow the slide's type.
    QFont font = area_->font();
    if (font.pointSizeF() > 0) font.setPointSizeF(font.pointSizeF() * 0.9);
    setFont(font);
    adjustSize();
    const QRect area(area_->mapTo(parentWidget(), QPoint(0, 0)), area_->size());
    const int bottomMargin = int(area.height() * kBottomMarginFraction);
    move(area.left() + (area.width() - width()) / 2, area.bottom() - height() - bottomMargin);
}

bool PresentationHint::eventFilter(QObject* watched, QEvent* event) {
    if (watched == area_ && isVisible() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::FontChange))
        place();
    return QLabel::eventFilter(watched, event);
}

}  // namespace leverboard::ui
