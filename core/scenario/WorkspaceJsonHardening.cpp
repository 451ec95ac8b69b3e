#include "scenario/WorkspaceJsonHardening.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <string>
#include <system_error>
#include <unordered_set>
#include <vector>

namespace leverboard::workspace_json {
namespace {

// Deep enough for any workspace (ours needs 5 levels), shallow enough that
// hostile input cannot exhaust the stack or memory on the way in.
constexpr int kMaxNestingDepth = 64;
constexpr std::size_t kMaxParserDetailChars = 160;

struct NestingTooDeep {};
struct DuplicateKey {
    std::string path;
};

struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;  // in characters (UTF-8 code points), as editors count
};

TextPosition positionOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    TextPosition position;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    for (std::size_t i = lineStart; i < offset; ++i)
        if (!isUtf8Continuation(text[i])) ++position.column;
    return position;
}

std::string invalidJsonAt(std::string_view text, std::size_t offset, std::string_view detail) {
    const auto position = positionOf(text, offset);
    return "invalid JSON at line " + std::to_string(position.line) + ", column " +
           std::to_string(position.column) + ": " + std::string(detail);
}

// Walks JSON text one character at a time and says whether a character is
// structure (outside any string literal, and not the quote that opens one).
class OutsideStrings {
public:
    bool isStructure(char c) {
        if (inString_) {
            if (escaped_) escaped_ = false;
            else if (c == '\\') escaped_ = true;
            else if (c == '"') inString_ = false;
            return false;
        }
        if (c == '"') {
            inString_ = true;
            return false;
        }
        return true;
    }

private:
    bool inString_ = false;
    bool escaped_ = false;
};

// Where the first bracket opens level kMaxNestingDepth + 1 (brackets inside
// strings do not count).
std::size_t offsetOfExcessiveNesting(std::string_view text) {
    int depth = 0;
    OutsideStrings scanner;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!scanner.isStructure(c)) continue;
        if (c == '[' || c == '{') {
            if (++depth > kMaxNestingDepth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return text.size();
}

// nlohmann's message is "[json.exception.parse_error.101] parse error at line
// 3, column 14: syntax error while parsing value - unexpected '}'; ...": keep
// what follows the dash (we compute line and column ourselves, in characters).
std::string parserDetail(const std::string& what) {
    std::string detail = what;
    if (detail.starts_with('[')) {
        if (const auto close = detail.find("] "); close != std::string::npos) detail.erase(0, close + 2);
    }
    if (const auto dash = detail.find(" - "); dash != std::string::npos) detail.erase(0, dash + 3);
    return truncated(detail, kMaxParserDetailChars);
}

// A JSON number literal too large for a double. (from_chars says "out of
// range" for too small ones as well, which nlohmann accepts as 0: tell them
// apart by the decimal exponent.)
bool overflowsDouble(std::string_view token) {
    double value = 0;
    const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (ec != std::errc::result_out_of_range) return false;
    // value ≈ 0.d × 10^(digits + exponent): count the digits before the point
    // (or minus the zeros after it), then add the written exponent.
    long long magnitude = 0;
    bool significant = false;
    bool fraction = false;
    std::size_t i = 0;
    for (; i < token.size() && token[i] != 'e' && token[i] != 'E'; ++i) {
        const char c = token[i];
        if (c == '.') {
            fraction = true;
        } else if (c >= '0' && c <= '9') {
            if (!fraction && (significant || c != '0')) ++magnitude;
            if (fraction && !significant && c == '0') --magnitude;
            if (c != '0') significant = true;
        }
    }
    bool negativeExponent = false;
    long long exponent = 0;
    for (++i; i < token.size(); ++i) {
        if (token[i] == '-') negativeExponent = true;
        else if (token[i] >= '0' && token[i] <= '9') exponent = std::min(exponent * 10 + (token[i] - '0'), 1'000'000'000LL);
    }
    return magnitude + (negativeExponent ? -exponent : exponent) > 0;
}

// nlohmann refuses a number too large for a double (1e400) without saying
// where it is; find the first one ourselves (outside strings).
std::size_t offsetOfOverflowingNumber(std::string_view text) {
    OutsideStrings scanner;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!scanner.isStructure(c)) continue;
        if (c != '-' && (c < '0' || c > '9')) continue;
        std::size_t end = i;
        while (end < text.size() && std::string_view("0123456789+-.eE").find(text[end]) != std::string_view::npos)
            ++end;
        if (overflowsDouble(text.substr(i, end - i))) return i;
        i = end - 1;
    }
    return text.size();
}

// Follows the parser's events to refuse deep nesting before it is built and
// to name a duplicated key by its JSON Pointer (nlohmann would silently keep
// the last one, and a hand-edited file with two values for one parameter
// deserves an error, not a guess).
class StructureGuard {
public:
    bool operator()(int depth, Json::parse_event_t event, Json& parsed) {
        using Event = Json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            if (depth >= kMaxNestingDepth) throw NestingTooDeep{};
            levels_.push_back({event == Event::object_start, 0, {}, {}});
            break;
        case Event::key: {
            auto& level = levels_.back();
            level.key = parsed.get<std::string>();
            if (!level.keys.insert(level.key).second) throw DuplicateKey{currentPath()};
            break;
        }
        case Event::object_end:
        case Event::array_end:
            levels_.pop_back();
            valueDone();
            break;
        case Event::value:
            valueDone();
            break;
        }
        return true;
    }

private:
    struct Level {
        bool isObject;
        std::size_t index;  // arrays: index of the next element
        std::string key;    // objects: the key being read
        std::unordered_set<std::string> keys;
    };

    void valueDone() {
        if (!levels_.empty() && !levels_.back().isObject) ++levels_.back().index;
    }

    std::string currentPath() const {
        std::string path;
        for (const auto& level : levels_)
            path = level.isObject ? child(path, level.key) : child(path, level.index);
        return path;
    }

    std::vector<Level> levels_;
};

}  // namespace

Json parseJsonText(std::string_view text) {
    StructureGuard guard;
    try {
        return Json::parse(text.begin(), text.end(),
                           [&guard](int depth, Json::parse_event_t event, Json& parsed) {
                               return guard(depth, event, parsed);
                           });
    } catch (const Json::parse_error& e) {
        // e.byte counts the characters read, so the offending one is at e.byte - 1.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        throw WorkspaceError(invalidJsonAt(text, offset, parserDetail(e.what())));
    } catch (const NestingTooDeep&) {
        throw WorkspaceError(invalidJsonAt(text, offsetOfExcessiveNesting(text),
                                           "nesting deeper than " + std::to_string(kMaxNestingDepth) +
                                               " levels"));
    } catch (const DuplicateKey& e) {
        throw WorkspaceError(e.path + ": duplicate key");
    } catch (const Json::out_of_range& e) {
        // out_of_range.406 "number overflow parsing '1e400'": the only one parse() throws.
        throw WorkspaceError(invalidJsonAt(text, offsetOfOverflowingNumber(text), parserDetail(e.what())));
    } catch (const Json::exception& e) {
        throw WorkspaceError("invalid JSON: " + parserDetail(e.what()));
    }
}

}  // namespace leverboard::workspace_json
