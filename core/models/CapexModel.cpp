#include "models/CapexModel.h"

namespace leverboard {

// TODO(helper): implement per MODEL.md.
void CapexModel::evaluate(const Scenario&, const CostCurve&, CapexResults& out, std::vector<std::string>&) {
    out = CapexResults{};
}

void CapexModel::appendKpis(const CapexResults&, std::vector<Kpi>&) {}

}  // namespace leverboard
