#pragma once
// Internal to the workspace loader (WorkspaceJsonHardening, WorkspaceReader,
// WorkspaceFile): the pieces every loader message is built from. A message is
// one line that starts with the JSON Pointer of what it is about and quotes
// the user's text JSON-escaped and cut short.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace leverboard::workspace_json {

using Json = nlohmann::ordered_json;

// Thrown inside the loader only; parseWorkspace turns it into WorkspaceLoad::error.
struct WorkspaceError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The shortest round-trip text, the same in every locale.
std::string formatNumber(double value);

bool isUtf8Continuation(char c);

// Cut after maxChars characters (UTF-8 code points), marking the cut with "…".
std::string truncated(std::string_view text, std::size_t maxChars);

// A user's string in a message: JSON-quoted and cut short.
std::string quotedText(std::string_view text);

// The JSON Pointer of a member or an element below path.
std::string child(const std::string& path, std::string_view key);
std::string child(const std::string& path, std::size_t index);

// Control characters escaped, so the message stays one line.
std::string oneLine(std::string text);

// "string", "object", ... for "expected X, got Y".
std::string_view typeName(const Json& value);

}  // namespace leverboard::workspace_json
