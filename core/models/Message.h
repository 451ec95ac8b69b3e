#pragma once
// A warning or note of the engine as data: what it is about (subject), what
// happened (a stable machine code) and the numbers and names that go into the
// sentence (args). Core never makes the sentence: ui/text/MessageText turns a
// Message into text, in the user's language for people and in the English
// source with C-locale numbers for machine output (the command line's JSON
// and stderr), and nothing parses that text back.
//
// Codes are snake_case and stable (scripts may match them); every code has
// one sentence in ui/text/MessageText.cpp, where the meaning of each argument
// is listed.

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace leverboard {

struct MessageArg {
    // A name (application name, a parameter's choice), a number, or a count.
    std::variant<std::string, double, long long> value;

    MessageArg(std::string text) : value(std::move(text)) {}
    MessageArg(const char* text) : value(std::string(text)) {}
    MessageArg(double number) : value(number) {}
    MessageArg(long long count) : value(count) {}
    MessageArg(int count) : value(static_cast<long long>(count)) {}

    const std::string* text() const { return std::get_if<std::string>(&value); }
    const double* number() const { return std::get_if<double>(&value); }
    const long long* count() const { return std::get_if<long long>(&value); }

    bool operator==(const MessageArg&) const = default;
};

struct Message {
    std::string subject;  // a KPI id, a parameter id or an application id ("" if none)
    std::string code;     // stable machine code, e.g. "no_crossover_in_horizon"
    std::vector<MessageArg> args;

    bool operator==(const Message&) const = default;
};

// For test diagnostics only, not for people or machines: "code [subject] (arg, arg)".
std::string debugString(const Message& message);
std::string debugString(const std::vector<Message>& messages);

}  // namespace leverboard
