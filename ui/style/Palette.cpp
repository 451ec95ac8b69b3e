#include "style/Palette.h"

#include <algorithm>
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

}  // namespace leverboard::ui
