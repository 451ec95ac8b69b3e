#include "models/Results.h"

#include "models/ModelRegistry.h"

namespace leverboard {

Results::Results() {
    parts.reserve(models().size());
    for (const auto& model : models()) parts.push_back(model.makeResults());
}

const Kpi* Results::kpi(std::string_view id) const {
    for (const auto& k : kpis)
        if (k.id == id) return &k;
    return nullptr;
}

}  // namespace leverboard
