#pragma once
// Numbers as text for machines and messages: CSV cells, JSON, `params`,
// ranges in error messages. Always "." for the decimal point and no digit
// grouping, whatever the user's locale: std::to_chars ignores the locale,
// while printf-style formatting follows LC_NUMERIC, which Qt sets from the
// environment (under de_DE "%g" prints 0.05 as "0,05"). Text for people goes
// through QLocale in the ui layer instead.

#include <optional>
#include <string>
#include <string_view>

namespace leverboard::text {

// The shortest "%g"-style text that reads back to the same double: "0.1",
// "100000000000" (not "1e+11"), "1e+300", "0.30000000000000004". Tries 15,
// 16 then 17 significant digits.
std::string shortestNumber(double value);

// Like printf "%.{digits}g" in the C locale: at most `digits` significant
// digits (1–17), trailing zeros dropped, an exponent only for very large or
// small magnitudes ("3153600000", "1.5e-07").
std::string significantNumber(double value, int digits);

// Like printf "%.{decimals}f" in the C locale: "12.50" for (12.5, 2).
// decimals is clamped to 0–17.
std::string fixedNumber(double value, int decimals);

// JSON for the command line's one-line outputs: a string literal with its
// quotes (", \ and control characters escaped), and a number or null.
std::string jsonString(std::string_view text);
std::string jsonNumber(const std::optional<double>& value);

}  // namespace leverboard::text
