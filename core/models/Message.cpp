#include "models/Message.h"

#include "text/MachineNumber.h"

namespace leverboard {

std::string debugString(const Message& message) {
    std::string out = message.code + " [" + message.subject + "] (";
    for (std::size_t i = 0; i < message.args.size(); ++i) {
        if (i > 0) out += ", ";
        const MessageArg& arg = message.args[i];
        if (const auto* text = arg.text()) out += '"' + *text + '"';
        else if (const auto* number = arg.number()) out += text::shortestNumber(*number);
        else if (const auto* count = arg.count()) out += std::to_string(*count);
    }
    return out + ")";
}

std::string debugString(const std::vector<Message>& messages) {
    std::string out;
    for (const Message& message : messages) out += debugString(message) + "\n";
    return out;
}

}  // namespace leverboard
