#pragma once
// The one place a warning or note of the engine (models/Message.h) becomes a
// sentence. Every code has one English source sentence, marked for
// translation in the "Messages" context; %1 is the message's subject and
// %2, %3, ... its arguments, each written in a fixed way (a name, a number,
// a per-cent, a count, a horizon). Notes that say why a KPI is null read
// "<KPI id> is null: <reason>", the reason alone being what a KPI card shows.
//
// Two channels:
// - Gui: translated, numbers for people in the user's locale
//   (format/PeopleNumbers): "0,5" under German.
// - Machine: the English source with C-locale numbers (text/MachineNumber),
//   byte-identical in every locale and language: the command line's eval
//   JSON and its stderr.

#include <QString>
#include <string_view>
#include <vector>

#include "models/Message.h"

namespace leverboard::ui {

enum class MessageChannel { Gui, Machine };

QString messageText(const Message& message, MessageChannel channel);

// For a KPI card (Gui channel): why the KPI is null. The reason of a
// "<KPI id> is null: <reason>" note, otherwise the whole sentence.
QString messageReason(const Message& message);

// Every code that has a sentence, in table order.
std::vector<std::string_view> messageCodes();

}  // namespace leverboard::ui
