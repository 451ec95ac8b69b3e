#include "style/Contrast.h"

#include <QEvent>
#include <QObject>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace leverboard::ui {
namespace {

double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor blend(const QColor& top, const QColor& bottom, double topWeight) {
    const double w = std::clamp(topWeight, 0.0, 1.0);
    return QColor::fromRgbF(float(top.redF() * w + bottom.redF() * (1 - w)),
                            float(top.greenF() * w + bottom.greenF() * (1 - w)),
                            float(top.blueF() * w + bottom.blueF() * (1 - w)));
}

// Re-derives the placeholder colour when the watched widget's palette changes.
class PlaceholderKeeper : public QObject {
public:
    PlaceholderKeeper(QWidget* widget, QPalette::ColorRole text, QPalette::ColorRole background)
        : QObject(widget), widget_(widget), text_(text), background_(background) {
        widget->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == widget_ &&
            (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange ||
             event->type() == QEvent::StyleChange))
            apply();
        return false;
    }

private:
    void apply() {
        // Only the placeholder becomes the widget's own: a copy of its palette
        // would also pin the roles it inherits (e.g. a dark theme's window
        // colour) and stop them following the next theme.
        const QPalette current = widget_->palette();
        QPalette own;
        own.setResolveMask(0);
        for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            own.setColor(group, QPalette::PlaceholderText,
                         mutedTextColor(current.color(group, text_), current.color(group, background_)));
        widget_->setPalette(own);  // a no-op when nothing changed, so no loop
    }

    QWidget* widget_;
    QPalette::ColorRole text_;
    QPalette::ColorRole background_;
};

}  // namespace

void keepPlaceholderReadable(QWidget* widget, QPalette::ColorRole text, QPalette::ColorRole background) {
    new PlaceholderKeeper(widget, text, background);
}

double relativeLuminance(const QColor& color) {
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor& foreground, const QColor& background) {
    const QColor opaque = blend(foreground, background, foreground.alphaF());
    const double a = relativeLuminance(opaque);
    const double b = relativeLuminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor mutedTextColor(const QColor& text, const QColor& background) {
    const QColor solid = blend(text, background, text.alphaF());
    // From 60% text / 40% background towards the text itself, in 5% steps.
    for (int percent = 60; percent < 100; percent += 5) {
        const QColor candidate = blend(solid, background, percent / 100.0);
        if (contrastRatio(candidate, background) >= kMinTextContrast) return candidate;
    }
    return solid;
}

}  // namespace leverboard::ui
