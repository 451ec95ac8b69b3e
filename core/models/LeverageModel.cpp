#include "models/LeverageModel.h"

namespace leverboard {

// TODO(helper): implement per MODEL.md.
void LeverageModel::evaluate(const Scenario&, const CostCurve&, LeverageResults& out, std::vector<std::string>&) {
    out = LeverageResults{};
}

void LeverageModel::appendKpis(const LeverageResults&, std::vector<Kpi>&) {}

}  // namespace leverboard
