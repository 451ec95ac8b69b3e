#include "models/CostCurveModel.h"

namespace leverboard {

// TODO(helper): implement per MODEL.md.
CostCurve::CostCurve(const Scenario&)
    : frontierPrice_(10), frontierLogRate_(0), commodityLogRate_(0), hardwareLogRate_(0),
      commoditizeMonth_(18) {}
double CostCurve::frontierIndex(double) const { return 1; }
double CostCurve::hardwareIndex(double) const { return 1; }
double CostCurve::price(double month) const { return frontierPrice_ * frontierIndex(month); }
MaybeNumber CostCurve::monthIndexFallsTo(double, double) const { return std::nullopt; }

void CostCurveModel::evaluate(const Scenario&, const CostCurve&, CostResults& out,
                              std::vector<std::string>&) {
    out = CostResults{};
}
void CostCurveModel::appendKpis(const CostResults&, std::vector<Kpi>&) {}

}  // namespace leverboard
