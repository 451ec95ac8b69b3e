#pragma once
// Numbers for people: the one place the GUI turns a number into text a
// person reads (KPI cards, spin boxes, tables, chart tips and axes, the
// report). Machine text (CSV, JSON, files, clipboard data meant for another
// program) never comes here: it stays in the C locale (std::to_chars).
//
// The policy, in every function below:
// - The locale is the default QLocale(): Qt sets it from the environment
//   (LANG / LC_ALL) and a language menu sets it with QLocale::setDefault.
//   Its decimal point, group separator, minus and per-cent sign are used.
// - Rounded figures (formatNumber, formatFixed, formatInteger, formatPercent,
//   formatMoney, formatMultiple) group digits from 10,000 up and never below
//   (1250, a year 2030, then 12,500) — in every locale, the C locale too.
// - Values a person edits or retypes (formatEditable, formatExact) keep the
//   locale's own grouping: QLocale::C, the locale of LC_ALL=C, groups none.
// - Scientific notation writes a lowercase "e" where the locale's letter is
//   "E" (English, German…): the "1e-05" of the C locale and of earlier
//   versions; spin boxes read both.
// - Money is "$" in front and K, M, B, T after (thousand, million, billion,
//   trillion): the same letters in every language, as the cards have always
//   shown them. Multiples from 1,000 up use the same letters: "7.5M×".
// - The per-cent sign follows the number with no space.
//
// Worked examples (tests/ui/test_people_numbers.cpp has them all):
//                          English / C       German (de_DE)
//   formatMoney(7.5e9)     $7.5B             $7,5B
//   formatNumber(14.1)     14.1              14,1
//   formatNumber(12500)    12,500            12.500
//   formatPercent(0.122)   12.2%             12,2%
//   formatMultiple(7496474) 7.5M×            7,5M×

#include <QLocale>
#include <QString>
#include <optional>

namespace leverboard::ui {

// The locale numbers for people are written in: QLocale(), as it is now.
QLocale peopleLocale();

// significantDigits significant digits (one fewer below 1), trailing zeros
// dropped: 1.43, 14.1, 0.12; 12,500 from 10,000 up; 1.5e-05 below 0.001 and
// from 1e15.
// "—" for a value that is not finite.
QString formatNumber(double value, int significantDigits = 3);
// Exactly `decimals` decimals (trailing zeros kept): 3.50, 12,500.00.
QString formatFixed(double value, int decimals);
// 42, 1250, 12,500.
QString formatInteger(long long value);
// A fraction as per cent: 0.122 → 12.2%.
QString formatPercent(double fraction, int significantDigits = 3);
// Dollars with K/M/B/T: $950, $1.43, $7.5B, −$120K.
QString formatMoney(double dollars);
// A factor: 4.1×, 950×, 7.5K×, 7.5M×.
QString formatMultiple(double factor);
// printf's %g with significantDigits digits, no grouping: 1250, 1.25e+04.
// Chart hover tips (4 digits); parameter values in the compare table and
// the report (15 digits: every value the registry holds, exactly).
QString formatSignificant(double value, int significantDigits);

// A value a person may edit, to `decimals` decimals with trailing zeros
// dropped: 10, 0.125, 200,000 (C locale: 200000). Spin boxes.
QString formatEditable(double value, int decimals);
// A value in full (%g with up to significantDigits digits): ranges and
// defaults in tooltips, table cells.
QString formatExact(double value, int significantDigits = 15);

// What a person typed: the people locale's format first ("0,5" in German),
// then the C format ("0.5"), with exponents ("2.5e5"). Nothing for text that
// is not a number, or is not finite.
std::optional<double> parseNumber(const QString& text);

// The locale chart axes label their ticks in (Qt Charts formats the ticks
// itself, with QLocale::toString): the people locale without grouping; the
// C locale where the people locale writes numbers as C does but for the
// exponent letter, so that axes read "2e+03" like every other number.
QLocale chartAxisLocale();

}  // namespace leverboard::ui
