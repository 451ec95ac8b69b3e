#pragma once
// Internal to the workspace loader: JSON text → JSON value, hardened against
// hostile input before the schema is looked at. Refuses nesting deeper than
// 64 levels before it is built, duplicate keys (named by their JSON Pointer)
// and numbers too large for a double, and says where a syntax error is in
// lines and characters, as editors count.

#include <string_view>

#include "scenario/WorkspaceMessages.h"

namespace leverboard::workspace_json {

// Throws WorkspaceError with a one-line message, e.g.
//   invalid JSON at line 3, column 14: unexpected '}'; expected string literal
//   /scenarios/0/parameters/cost.law: duplicate key
Json parseJsonText(std::string_view text);

}  // namespace leverboard::workspace_json
