#include "models/HalfLifeModel.h"

namespace leverboard {

// TODO(helper): implement per MODEL.md.
void HalfLifeModel::evaluate(const Scenario&, const CostCurve&, HalfLifeResults& out, std::vector<std::string>&) {
    out = HalfLifeResults{};
}

void HalfLifeModel::appendKpis(const HalfLifeResults&, std::vector<Kpi>&) {}

}  // namespace leverboard
