#include "style/Palette.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace leverboard::ui {

QColor scenarioColor(int slot) {
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0x94, 0x67, 0xbd)};
    return colors[static_cast<std::size_t>(std::clamp(slot, 0, int(std::size(colors)) - 1))];
}

namespace role {

QColor reference() { return QColor(0x80, 0x80, 0x80); }
QColor highlight() { return QColor(0xf2, 0xb7, 0x05); }
QColor secondary() { return QColor(0xff, 0x7f, 0x0e); }
QColor alert() { return QColor(0xd6, 0x27, 0x28); }

}  // namespace role

QColor categoryColor(int index) {
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22)};
    return colors[static_cast<std::size_t>(index) % std::size(colors)];
}

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

}  // namespace

QColor divergingColor(double t, bool darkTheme) {
    static const QColor good(0x21, 0x66, 0xac);
    static const QColor bad(0xb2, 0x18, 0x2b);
    const QColor neutral = darkTheme ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xf7, 0xf7, 0xf7);
    t = std::clamp(t, -1.0, 1.0);
    // A small step away from neutral on either side, so a cell just past the
    // line already shows which side it is on.
    const double strength = 0.15 + 0.85 * std::fabs(t);
    if (t > 0) return mix(neutral, good, strength);
    if (t < 0) return mix(neutral, bad, strength);
    return neutral;
}

QColor sequentialColor(double t) {
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b), QColor(0x21, 0x90, 0x8d),
                                   QColor(0x5d, 0xc8, 0x63), QColor(0xfd, 0xe7, 0x25)};
    t = std::clamp(t, 0.0, 1.0) * double(std::size(stops) - 1);
    const auto low = std::min(std::size_t(t), std::size(stops) - 2);
    return mix(stops[low], stops[low + 1], t - double(low));
}

}  // namespace leverboard::ui
