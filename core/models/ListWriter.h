#pragma once
// How a model reports its KPIs and messages: through a writer that copies
// each entry (views of its strings) into a list. The engine's writers reuse
// the entries a previous evaluation left in the list: their strings keep
// their storage, so evaluating the same scenario shape again (a slider drag,
// a Monte Carlo's samples, a sweep) allocates nothing. A writer made from a
// plain vector appends to it, as push_back would (tests, one-off calls).

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "models/Message.h"
#include "models/Results.h"

namespace leverboard {

// A KPI as a model reports it: kpis.push_back({"capex.npv", npv, {}}).
struct KpiEntry {
    std::string_view id;
    MaybeNumber value;
    std::string_view text = {};  // string KPIs only
};

// A message as a model reports it: notes.push_back({"capex.irr", "irr_no_root", {low, high}}).
struct MessageEntry {
    std::string_view subject;
    std::string_view code;
    std::initializer_list<MessageArg> args = {};
};

inline void assignEntry(Kpi& kpi, const KpiEntry& entry) {
    kpi.id.assign(entry.id);
    kpi.value = entry.value;
    kpi.text.assign(entry.text);
}
inline Kpi makeEntry(const KpiEntry& entry) {
    return Kpi{std::string(entry.id), entry.value, std::string(entry.text)};
}
inline void assignEntry(Message& message, const MessageEntry& entry) {
    message.subject.assign(entry.subject);
    message.code.assign(entry.code);
    message.args.assign(entry.args.begin(), entry.args.end());
}
inline Message makeEntry(const MessageEntry& entry) {
    return Message{std::string(entry.subject), std::string(entry.code), std::vector<MessageArg>(entry.args)};
}

// A handle, passed by value. With a counter (the engine's): entry `used` is
// overwritten and the counter moves on; the owner drops what is left over
// (items.resize(used)) when the evaluation ends. Without: appends.
template <class T, class Entry>
class ListWriter {
public:
    ListWriter(std::vector<T>& items) : items_(&items) {}  // NOLINT: a plain vector appends
    ListWriter(std::vector<T>& items, std::size_t& used) : items_(&items), used_(&used) {}

    void push_back(const Entry& entry) const {
        if (used_ && *used_ < items_->size()) assignEntry((*items_)[*used_], entry);
        else items_->push_back(makeEntry(entry));
        if (used_) ++*used_;
    }
    // An entry built elsewhere (a note whose arguments depend on the case).
    void append(T item) const {
        if (used_ && *used_ < items_->size()) (*items_)[*used_] = std::move(item);
        else items_->push_back(std::move(item));
        if (used_) ++*used_;
    }

private:
    std::vector<T>* items_;
    std::size_t* used_ = nullptr;
};

using KpiWriter = ListWriter<Kpi, KpiEntry>;
using MessageWriter = ListWriter<Message, MessageEntry>;

}  // namespace leverboard
