#include "models/Results.h"

namespace leverboard {

const Kpi* Results::kpi(std::string_view id) const {
    for (const auto& k : kpis)
        if (k.id == id) return &k;
    return nullptr;
}

}  // namespace leverboard
