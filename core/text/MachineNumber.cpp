#include "text/MachineNumber.h"

#include <algorithm>
#include <charconv>
#include <system_error>

namespace leverboard::text {
namespace {

// The longest "%.17g" text: sign, 17 digits, point, "e-308".
constexpr std::size_t kGeneralBufferSize = 32;
// The longest "%.17f" text: sign, 309 integer digits, point, 17 decimals.
constexpr std::size_t kFixedBufferSize = 330;

}  // namespace

std::string significantNumber(double value, int digits) {
    char buffer[kGeneralBufferSize];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general,
                                      std::clamp(digits, 1, 17));
    return std::string(buffer, result.ptr);
}

std::string shortestNumber(double value) {
    for (int digits = 15; digits < 17; ++digits) {
        std::string text = significantNumber(value, digits);
        double back = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), back);
        if (ec == std::errc{} && back == value) return text;
    }
    return significantNumber(value, 17);  // 17 significant digits always read back
}

std::string fixedNumber(double value, int decimals) {
    char buffer[kFixedBufferSize];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed,
                                      std::clamp(decimals, 0, 17));
    return std::string(buffer, result.ptr);
}

std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[(c >> 4) & 0xf];
            out += kHex[c & 0xf];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string jsonNumber(const std::optional<double>& value) {
    return value ? shortestNumber(*value) : std::string("null");
}

}  // namespace leverboard::text
