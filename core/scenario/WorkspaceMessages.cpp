#include "scenario/WorkspaceMessages.h"

#include <cstdio>

#include "text/MachineNumber.h"

namespace leverboard::workspace_json {
namespace {

// Names and keys quoted in messages are cut here so a 10 MB name cannot
// turn a warning into a 10 MB line.
constexpr std::size_t kMaxQuotedChars = 60;

// One segment of a JSON Pointer (RFC 6901): '~' → "~0", '/' → "~1".
std::string pointerToken(std::string_view key) {
    std::string token;
    for (char c : truncated(key, kMaxQuotedChars)) {
        if (c == '~') token += "~0";
        else if (c == '/') token += "~1";
        else token += c;
    }
    return token;
}

}  // namespace

// The shortest round-trip text, "100000000000" rather than "1e+11", matching
// the registry's range texts ("0.01–1000") and the same in every locale.
std::string formatNumber(double value) { return text::shortestNumber(value); }

bool isUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Cut at a character boundary, marking the cut.
std::string truncated(std::string_view text, std::size_t maxChars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (isUtf8Continuation(text[i])) continue;
        if (chars++ == maxChars) return std::string(text.substr(0, i)) + "…";
    }
    return std::string(text);
}

// A user's string in a message: JSON-quoted (escapes control characters) and cut short.
std::string quotedText(std::string_view text) {
    return Json(truncated(text, kMaxQuotedChars)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string child(const std::string& path, std::string_view key) { return path + "/" + pointerToken(key); }
std::string child(const std::string& path, std::size_t index) { return path + "/" + std::to_string(index); }

// Every message is one line, whatever the file's keys and names contain.
std::string oneLine(std::string text) {
    std::string line;
    line.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') line += "\\n";
        else if (c == '\r') line += "\\r";
        else if (c == '\t') line += "\\t";
        else if (u < 0x20 || u == 0x7F) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04X", u);
            line += escape;
        } else {
            line += c;
        }
    }
    return line;
}

// "a string", "an object", ... for "expected X, got Y".
std::string_view typeName(const Json& value) { return value.type_name(); }

}  // namespace leverboard::workspace_json
