#include "format/PeopleNumbers.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace leverboard::ui {
namespace {

constexpr double kGroupFrom = 1e4;

QLocale withGrouping(QLocale locale, bool grouped) {
    QLocale::NumberOptions options = locale.numberOptions();
    options.setFlag(QLocale::OmitGroupSeparator, !grouped);
    locale.setNumberOptions(options);
    return locale;
}

// Rounded figures group from 10,000 up, whatever the locale's own habit.
QLocale roundedLocale(double magnitude) { return withGrouping(peopleLocale(), magnitude >= kGroupFrom); }

// "1E-05" → "1e-05" where the locale's exponent letter is the Latin E.
QString lowercaseExponent(QString text, const QLocale& locale) {
    if (locale.exponential() == QLatin1String("E")) text.replace(QLatin1Char('E'), QLatin1Char('e'));
    return text;
}

QString withoutTrailingZeros(QString text, const QLocale& locale) {
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(locale.zeroDigit())) text.chop(locale.zeroDigit().size());
        if (text.endsWith(point)) text.chop(point.size());
    }
    return text;
}

struct Suffix {
    double scale;
    const char* letter;
};
constexpr std::array<Suffix, 4> kSuffixes{{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}}};

// 7.5M for 7,496,474: three significant digits and the letter of the
// largest scale reached once rounded ($999.6 reads $1K, not $1000).
QString abbreviated(double value) {
    const double magnitude = std::fabs(value);
    for (const Suffix& s : kSuffixes)
        if (magnitude >= s.scale * 0.9995) return formatNumber(value / s.scale, 3) + QLatin1String(s.letter);
    return formatNumber(value, 3);
}

}  // namespace

QLocale peopleLocale() { return QLocale(); }

QString formatNumber(double value, int significantDigits) {
    if (!std::isfinite(value)) return QStringLiteral("—");
    significantDigits = std::max(1, significantDigits);
    const double magnitude = std::fabs(value);
    if (magnitude >= kGroupFrom && magnitude < 1e15) return formatFixed(value, 0);
    if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e15)) return formatSignificant(value, significantDigits);
    // Decimals for the significant digits asked (14.1, 1.43), one fewer
    // below 1 (0.12, 0.0012), at most six.
    const int leadingDigit = magnitude > 0 ? int(std::floor(std::log10(magnitude))) : 0;
    const int belowOne = magnitude > 0 && magnitude < 1 ? 1 : 0;
    const int decimals = std::clamp(significantDigits - 1 - leadingDigit - belowOne, 0, 6);
    return withoutTrailingZeros(formatFixed(value, decimals), peopleLocale());
}

QString formatFixed(double value, int decimals) {
    if (!std::isfinite(value)) return QStringLiteral("—");
    return roundedLocale(std::fabs(value)).toString(value, 'f', std::max(0, decimals));
}

QString formatInteger(long long value) {
    const double magnitude = std::fabs(double(value));
    return roundedLocale(magnitude).toString(qlonglong(value));
}

QString formatPercent(double fraction, int significantDigits) {
    if (!std::isfinite(fraction)) return QStringLiteral("—");
    return formatNumber(fraction * 100, significantDigits) + peopleLocale().percent();
}

QString formatMoney(double dollars) {
    if (!std::isfinite(dollars)) return QStringLiteral("—");
    // The typographic minus before the "$": −$120K rather than $-120K.
    const QString sign = dollars < 0 ? QStringLiteral("−") : QString();
    return sign + QStringLiteral("$") + abbreviated(std::fabs(dollars));
}

QString formatMultiple(double factor) {
    if (!std::isfinite(factor)) return QStringLiteral("—");
    return abbreviated(factor) + QStringLiteral("×");
}

QString formatSignificant(double value, int significantDigits) {
    if (!std::isfinite(value)) return QStringLiteral("—");
    const QLocale locale = withGrouping(peopleLocale(), false);
    return lowercaseExponent(locale.toString(value, 'g', std::max(1, significantDigits)), locale);
}

QString formatEditable(double value, int decimals) {
    const QLocale locale = peopleLocale();
    return withoutTrailingZeros(locale.toString(value, 'f', std::max(0, decimals)), locale);
}

QString formatExact(double value, int significantDigits) {
    const QLocale locale = peopleLocale();
    return lowercaseExponent(locale.toString(value, 'g', std::max(1, significantDigits)), locale);
}

std::optional<double> parseNumber(const QString& text) {
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = peopleLocale().toDouble(trimmed, &ok);
    if (!ok) value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value)) return std::nullopt;
    return value;
}

QLocale chartAxisLocale() {
    const QLocale locale = peopleLocale();
    const bool writesLikeC = locale.decimalPoint() == QLatin1String(".") &&
                             locale.zeroDigit() == QLatin1String("0") &&
                             locale.negativeSign() == QLatin1String("-");
    return withGrouping(writesLikeC ? QLocale::c() : locale, false);
}

}  // namespace leverboard::ui
