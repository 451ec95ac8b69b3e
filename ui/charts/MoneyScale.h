#pragma once
// The unit of a money axis ($, $ thousands, $ millions, $ billions,
// $ trillions), chosen by the magnitude of the numbers shown. A slider drag
// that moves the numbers across a band edge must not make the axis title and
// tick labels flip back and forth, so the unit changes only once the numbers
// are well outside the current band (hysteresis).

#include <QCoreApplication>
#include <QString>
#include <array>
#include <cmath>

namespace leverboard::ui {

class MoneyScale {
public:
    // Picks the unit for a reference value (typically the largest or the
    // most telling amount on the chart). Returns true when the unit changed.
    bool update(double reference) {
        const double magnitude = std::fabs(reference);
        if (!std::isfinite(magnitude) || magnitude == 0) return false;
        const double inUnit = magnitude / kUnits[band_].divisor;
        // Keep the band while the reference reads 0.5 … 5,000 in it.
        if (inUnit >= 0.5 && inUnit < 5000) return false;
        std::size_t wanted = 0;
        for (std::size_t i = 0; i < kUnits.size(); ++i)
            if (magnitude >= kUnits[i].divisor) wanted = i;
        if (wanted == band_) return false;
        band_ = wanted;
        return true;
    }

    double divisor() const { return kUnits[band_].divisor; }
    double toUnit(double dollars) const { return dollars / divisor(); }
    // "$", "$ thousands", "$ millions", … for axis titles.
    QString unitName() const { return QCoreApplication::translate("MoneyScale", kUnits[band_].name); }

private:
    struct Unit {
        double divisor;
        const char* name;
    };
    static constexpr std::array<Unit, 5> kUnits{{{1.0, QT_TRANSLATE_NOOP("MoneyScale", "$")},
                                                 {1e3, QT_TRANSLATE_NOOP("MoneyScale", "$ thousands")},
                                                 {1e6, QT_TRANSLATE_NOOP("MoneyScale", "$ millions")},
                                                 {1e9, QT_TRANSLATE_NOOP("MoneyScale", "$ billions")},
                                                 {1e12, QT_TRANSLATE_NOOP("MoneyScale", "$ trillions")}}};
    std::size_t band_ = 0;
};

}  // namespace leverboard::ui
